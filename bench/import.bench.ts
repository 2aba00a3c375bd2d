/**
 * Benchmark of the bulk import (issue 13):
 *   node bench/reporting-run.js bench/import.bench.ts
 * Builds the services (tsc), starts a Kafka broker and an embedded PostgreSQL of its own (ports
 * NDIP_BENCH_KAFKA_PORT, default 29720, and NDIP_BENCH_PG_PORT, default 26220; data in .data/bench-import) and the
 * five services (gateway on NDIP_BENCH_PORT_BASE, default 21300), then uploads a generated CSV of BENCH_IMPORT_ROWS
 * rows (default 10,000 projects, one roadmap task each) through the gateway as the administrator and prints the
 * rows per second of the import (validation of the whole file + batches to the implementation service, each in one
 * transaction with its outbox), the time until reporting shows every project (events through Kafka), and the time
 * of a second import of the same file (nothing created, nothing published). Set NDIP_BENCH_SKIP_BUILD=1 to use dist.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { FINISHED, PROJECT_HEADER, getImport, projectRows, toCsv, uploadImport, type ImportJob } from '../test/integration/import-support';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startStack } = require('../tools/dev/stack') as typeof import('../tools/dev/stack');

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const KAFKA_PORT = Number(process.env.NDIP_BENCH_KAFKA_PORT ?? 29720);
const PG_PORT = Number(process.env.NDIP_BENCH_PG_PORT ?? 26220);
const PORT_BASE = Number(process.env.NDIP_BENCH_PORT_BASE ?? 21300);

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function count(url: string, sql: string, params: unknown[]): Promise<number> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return Number(((await c.query(sql, params)).rows[0] as { n: string }).n);
  } finally {
    await c.end();
  }
}

async function waitJob(base: string, token: string, id: string, label: string): Promise<ImportJob> {
  let last = -1;
  for (;;) {
    const j = await getImport(base, token, id);
    if (j.progress.rowsDone !== last) {
      last = j.progress.rowsDone;
      console.log(`[bench] ${label}: ${j.status} ${j.progress.rowsDone}/${j.progress.rowsTotal} rows (${j.progress.percent} %)`);
    }
    if (FINISHED.has(j.status)) return j;
    await sleep(200);
  }
}

async function main(): Promise<void> {
  const dataDir = join(__dirname, '..', '.data', 'bench-import');
  rmSync(dataDir, { recursive: true, force: true });
  const password = `Adm1n-${randomBytes(6).toString('hex')}`;
  const t0 = performance.now();
  const stack = await startStack({
    kafka: { port: KAFKA_PORT, dataDir: join(dataDir, 'kafka') },
    pg: { port: PG_PORT, dataDir: join(dataDir, 'postgres'), databasePrefix: 'bench' },
    basePort: PORT_BASE + 10,
    gatewayPort: PORT_BASE,
    groupPrefix: 'bench-import',
    logDir: join(dataDir, 'logs'),
    logLevel: 'warn',
    adminPassword: password,
    jwtSecret: randomBytes(32).toString('hex'),
    env: { NDIP_BUS_TIMEOUT_MS: '60000' },
    build: process.env.NDIP_BENCH_SKIP_BUILD !== '1',
    ui: false,
  } as Parameters<typeof startStack>[0]);
  console.log(`[bench] stack ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  try {
    const base = `${stack.gatewayUrl}/api/v1`;
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'admin', password }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const rows = projectRows(ROWS, 'BENCH', 1);
    const csv = toCsv(PROJECT_HEADER, rows);
    console.log(`[bench] file: ${rows.length} rows (${ROWS} projects, one roadmap task each), ${(csv.length / 1024 / 1024).toFixed(1)} MiB CSV`);

    const t1 = performance.now();
    const up = await uploadImport(base, accessToken, 'projects', 'bench.csv', csv);
    if (up.status !== 202) throw new Error(`upload: ${up.status} ${JSON.stringify(up.body)}`);
    const done = await waitJob(base, accessToken, up.body.id, 'import');
    const seconds = (performance.now() - t1) / 1000;
    if (done.status !== 'COMPLETED') throw new Error(`import ended ${done.status}: ${done.failure ?? JSON.stringify(done.errors.slice(0, 5))}`);
    console.log(
      `[bench] import of ${rows.length} rows: ${seconds.toFixed(1)} s = ${Math.round(rows.length / seconds)} rows/s (created ${done.result.created}, unchanged ${done.result.unchanged})`,
    );

    const reporting = stack.urls.reporting as string;
    for (;;) {
      const n = await count(reporting, `SELECT count(*) AS n FROM dash_project WHERE name LIKE 'Imported project %' AND pool IS NOT NULL`, []);
      if (n >= ROWS) break;
      await sleep(500);
    }
    const seenIn = (performance.now() - t1) / 1000;
    console.log(`[bench] reporting shows all ${ROWS} projects ${seenIn.toFixed(1)} s after the upload (${Math.round(ROWS / seenIn)} projects/s end to end)`);

    const t2 = performance.now();
    const again = await uploadImport(base, accessToken, 'projects', 'bench.csv', csv);
    const second = await waitJob(base, accessToken, again.body.id, 're-import');
    const s2 = (performance.now() - t2) / 1000;
    console.log(
      `[bench] second import of the same file: ${s2.toFixed(1)} s = ${Math.round(rows.length / s2)} rows/s (created ${second.result.created}, unchanged ${second.result.unchanged})`,
    );
    const projects = await count(stack.urls.implementation as string, `SELECT count(*) AS n FROM project`, []);
    console.log(`[bench] projects in the implementation database: ${projects}`);
  } finally {
    await stack.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
