#!/usr/bin/env node
'use strict';
/**
 * `npm run start:all`: PostgreSQL + Kafka + the five services on this machine, until Ctrl-C.
 * The JWT secret and the administrator password are generated on first run and kept in
 * .data/secrets.json (or taken from NDIP_JWT_SECRET / NDIP_ADMIN_PASSWORD).
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { startStack } = require('./stack');

const ROOT = path.resolve(__dirname, '..', '..');

function secrets() {
  const file = path.join(ROOT, '.data', 'secrets.json');
  let s = {};
  if (fs.existsSync(file)) s = JSON.parse(fs.readFileSync(file, 'utf8'));
  s.jwtSecret = process.env.NDIP_JWT_SECRET || s.jwtSecret || crypto.randomBytes(32).toString('base64url');
  s.adminPassword = process.env.NDIP_ADMIN_PASSWORD || s.adminPassword || `Ndip-${crypto.randomBytes(9).toString('base64url')}1`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(s, null, 2), { mode: 0o600 });
  return s;
}

async function main() {
  const s = secrets();
  const stack = await startStack({ jwtSecret: s.jwtSecret, adminPassword: s.adminPassword, gatewayPort: Number(process.env.NDIP_GATEWAY_PORT ?? 3000) });
  console.log('');
  console.log(`NDIP is up.`);
  console.log(`  Admin UI:   ${stack.gatewayUrl}/admin/`);
  console.log(`  API:        ${stack.gatewayUrl}/api/v1`);
  console.log(`  OpenAPI:    ${stack.gatewayUrl}/api/docs  (JSON: ${stack.gatewayUrl}/api/docs/openapi.json)`);
  console.log(`  Login:      POST ${stack.gatewayUrl}/api/v1/auth/login  {"login":"admin","password":"${s.adminPassword}"}`);
  console.log(`  Kafka:      ${stack.kafka.brokers.join(',')}   PostgreSQL: ${stack.urls.gateway.replace(/:[^:@/]+@/, ':***@').replace(/\/[^/]+$/, '')}`);
  console.log(`  Logs:       ${stack.logDir}`);
  console.log('Ctrl-C stops everything.');
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping ...');
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((e) => {
  console.error(e.message ?? e);
  process.exit(1);
});
