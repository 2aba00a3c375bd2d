#!/usr/bin/env node
'use strict';
/**
 * Backups of each service's database with pg_dump, and their restore into fresh databases.
 *
 *   node tools/ops/backup.js backup  --admin-url postgres://user:pass@host:5432/postgres [--prefix ndip] [--out DIR]
 *   node tools/ops/backup.js restore --admin-url postgres://user:pass@host:5432/postgres --from DIR --prefix NEW
 *                                    [--gateway http://host:3000 --token JWT]
 *
 * The databases are `<prefix>_<service>` (tools/pg/postgres.js naming): attraction, implementation,
 * post_investment, reporting, gateway. `backup` writes one custom-format dump per database (`pg_dump -Fc`) and a
 * manifest.json (sizes, SHA-256, server and pg_dump versions). `restore` checks the SHA-256 of every dump,
 * creates the databases `<NEW>_<service>` (they must not exist) and runs `pg_restore` into them. Reporting's
 * projections are rebuilt from the event topics afterwards: with --gateway/--token the tool starts the rebuild
 * (POST /api/v1/reports/projections/rebuild) once the services run on the restored databases, and waits for it.
 *
 * pg_dump must be at least the server's major version (pg_dump refuses newer servers): the tool takes
 * NDIP_PG_BIN, then /usr/lib/postgresql/<N>/bin (highest first), then PATH, and says so when none fits.
 */
const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { Client } = require('pg');

const ROOT = path.resolve(__dirname, '..', '..');
const SERVICES = ['attraction', 'implementation', 'post-investment', 'reporting', 'gateway'];

function databaseName(prefix, service) {
  return `${prefix}_${service.replace(/-/g, '_')}`;
}

function withDatabase(url, db) {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

function majorOf(versionText) {
  const m = /(\d+)(?:\.\d+)?/.exec(versionText);
  return m ? Number(m[1]) : 0;
}

async function serverMajor(adminUrl) {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const { rows } = await c.query('SHOW server_version_num');
    return Math.floor(Number(rows[0].server_version_num) / 10000);
  } finally {
    await c.end();
  }
}

/** A pg_dump / pg_restore whose major version is at least the server's. */
function pgTool(tool, minMajor) {
  const dirs = [];
  if (process.env.NDIP_PG_BIN) dirs.push(process.env.NDIP_PG_BIN);
  const debian = '/usr/lib/postgresql';
  if (fs.existsSync(debian)) {
    for (const v of fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a))) dirs.push(path.join(debian, v, 'bin'));
  }
  dirs.push(...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean));
  const tried = [];
  for (const d of dirs) {
    const bin = path.join(d, tool);
    if (!fs.existsSync(bin)) continue;
    const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    const major = majorOf(r.stdout ?? '');
    tried.push(`${bin} (${major})`);
    if (r.status === 0 && major >= minMajor) return { bin, major, version: r.stdout.trim() };
  }
  throw new Error(
    `no ${tool} of PostgreSQL ${minMajor} or newer found (tried: ${tried.join(', ') || 'none'}); ` +
      `install postgresql-client-${minMajor} (apt.postgresql.org) or set NDIP_PG_BIN to its bin folder`,
  );
}

function sha256(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function run(bin, args, env) {
  const r = spawnSync(bin, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${path.basename(bin)} ${args.filter((a) => !a.startsWith('postgres')).join(' ')} failed (${r.status}):\n${r.stderr}`);
  return r;
}

/** Dumps every service database; returns the manifest. */
async function backup({ adminUrl, prefix = 'ndip', out, services = SERVICES, log = console.log }) {
  const dir = path.resolve(ROOT, out ?? path.join('.data', 'backups', new Date().toISOString().replace(/[:.]/g, '-')));
  fs.mkdirSync(dir, { recursive: true });
  const major = await serverMajor(adminUrl);
  const dump = pgTool('pg_dump', major);
  const manifest = { createdAt: new Date().toISOString(), serverMajor: major, pgDump: dump.version, prefix, databases: {} };
  for (const s of services) {
    const db = databaseName(prefix, s);
    const file = path.join(dir, `${s}.dump`);
    run(dump.bin, ['--format=custom', '--no-owner', '--no-privileges', '--compress=6', `--file=${file}`, withDatabase(adminUrl, db)]);
    manifest.databases[s] = { database: db, file: path.basename(file), bytes: fs.statSync(file).size, sha256: sha256(file) };
    log(`[backup] ${db} → ${path.relative(ROOT, file)} (${manifest.databases[s].bytes} bytes)`);
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, manifest };
}

/** Restores a backup into fresh databases `<prefix>_<service>`; returns their URLs. */
async function restore({ adminUrl, from, prefix, log = console.log }) {
  if (!prefix || !/^[a-z][a-z0-9_]{0,40}$/.test(prefix))
    throw new Error('--prefix: lower-case letters, digits and _ (the new databases are <prefix>_<service>)');
  const dir = path.resolve(ROOT, from);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const major = await serverMajor(adminUrl);
  const tool = pgTool('pg_restore', Math.max(major, manifest.serverMajor));
  for (const d of Object.values(manifest.databases)) {
    const got = sha256(path.join(dir, d.file));
    if (got !== d.sha256) throw new Error(`${d.file}: SHA-256 ${got} differs from the manifest (${d.sha256}); the backup is damaged`);
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const urls = {};
  try {
    for (const s of Object.keys(manifest.databases)) {
      const db = databaseName(prefix, s);
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [db]);
      if (exists.rowCount > 0) throw new Error(`database ${db} already exists: restore goes into fresh databases only`);
      await admin.query(`CREATE DATABASE "${db}"`);
      urls[s] = withDatabase(adminUrl, db);
    }
  } finally {
    await admin.end();
  }
  for (const [s, d] of Object.entries(manifest.databases)) {
    run(tool.bin, ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${urls[s]}`, path.join(dir, d.file)]);
    log(`[restore] ${d.file} → ${databaseName(prefix, s)}`);
  }
  return { urls, manifest };
}

/** Starts reporting's rebuild from the event topics through the gateway and waits until it has caught up. */
async function rebuildReporting({ gatewayUrl, token, timeoutMs = 600_000, log = console.log }) {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const started = await fetch(`${gatewayUrl}/api/v1/reports/projections/rebuild`, { method: 'POST', headers, body: '{}' });
  if (started.status >= 300) throw new Error(`rebuild refused: ${started.status} ${await started.text()}`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await fetch(`${gatewayUrl}/api/v1/reports/projections/status`, { headers });
    const s = await r.json();
    // `rebuilding` is reported by newer reporting versions only; `caughtUp` by all.
    if (r.status === 200 && s.caughtUp === true && s.rebuilding !== true) {
      log(`[restore] reporting rebuilt from events (generation ${s.generation})`);
      return s;
    }
    if (Date.now() > deadline) throw new Error(`reporting rebuild not finished after ${timeoutMs} ms: ${JSON.stringify(s)}`);
    await new Promise((res) => setTimeout(res, 1000));
  }
}

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

async function main() {
  const cmd = process.argv[2];
  const adminUrl = arg('admin-url', process.env.NDIP_DATABASE_URL);
  if (!adminUrl) throw new Error('--admin-url postgres://user:pass@host:port/postgres (or NDIP_DATABASE_URL) is required');
  if (cmd === 'backup') {
    const { dir } = await backup({ adminUrl, prefix: arg('prefix', 'ndip'), out: arg('out') });
    console.log(`[backup] done: ${path.relative(ROOT, dir)}`);
  } else if (cmd === 'restore') {
    const from = arg('from');
    if (!from) throw new Error('--from DIR is required');
    const { urls } = await restore({ adminUrl, from, prefix: arg('prefix') });
    for (const [s, u] of Object.entries(urls)) console.log(`[restore] ${s}: ${u.replace(/:[^:@/]*@/, ':***@')}`);
    if (arg('gateway')) await rebuildReporting({ gatewayUrl: arg('gateway'), token: arg('token') });
    else console.log('[restore] start the services on these databases, then rebuild reporting: POST /api/v1/reports/projections/rebuild');
  } else {
    throw new Error('usage: backup.js backup|restore --admin-url URL [...] (see the header of tools/ops/backup.js)');
  }
}

module.exports = { backup, restore, rebuildReporting, pgTool, databaseName, SERVICES };

if (require.main === module) {
  main().catch((e) => {
    console.error(e.message ?? e);
    process.exit(1);
  });
}
