import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { startStack, type Stack } from '../../tools/dev/stack';
import { Api } from '../support/api';
import { eventually } from '../support/eventually';
import { query, testInfra, testPortBase } from '../support/infra';
import {
  checkExactlyOnce,
  counters,
  moduleFlow,
  printCounters,
  startFaultSystem,
  DB_NAMES,
  type FaultSystem,
  type FlowResult,
  type ServiceKey,
} from './fault-support';
import { LocalPg, systemPgBin, testSettings } from './infra-control';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ops = require('../../tools/ops/backup') as {
  backup(o: {
    adminUrl: string;
    prefix: string;
    out: string;
    log?: (s: string) => void;
  }): Promise<{ dir: string; manifest: { databases: Record<string, { bytes: number }> } }>;
  restore(o: { adminUrl: string; from: string; prefix: string; log?: (s: string) => void }): Promise<{ urls: Record<ServiceKey, string> }>;
  rebuildReporting(o: { gatewayUrl: string; token: string; log?: (s: string) => void }): Promise<{ generation: number }>;
  databaseName(prefix: string, service: string): string;
};

/** Rows of every table of a database, by table. */
async function tableCounts(url: string): Promise<Record<string, number>> {
  const tables = await query<{ t: string }>(url, `SELECT quote_ident(tablename) AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  const out: Record<string, number> = {};
  for (const { t } of tables) out[t] = (await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM ${t}`))[0]!.n;
  return out;
}

/**
 * Data safety: the system runs a Module 1 → 2 → 3 flow on a PostgreSQL server; tools/ops/backup.js dumps every
 * service's database with pg_dump; the system is stopped; the dumps are restored into fresh databases; every table
 * has the same rows; the system started on the restored databases rebuilds reporting from the event topics and
 * answers as before (effects exactly once), and takes new commands.
 * The databases live on the operating system's PostgreSQL (v15 here), not the embedded v18 one, because the
 * installed pg_dump (v15) refuses newer servers (see docs/reliability.md).
 */
describe('data safety: pg_dump backups and a restore that rebuilds reporting from events', () => {
  const REGION = '610000000';
  const BIN = '940740000139';
  let server: LocalPg | null = null;
  let sys: FaultSystem;
  let restored: Stack | null = null;
  const flows: FlowResult[] = [];
  const prefix = `bk_${randomBytes(3).toString('hex')}`;

  beforeAll(async () => {
    const dataDir = path.join(path.dirname(testSettings().pg.dataDir), 'postgres-backup');
    const bin = systemPgBin();
    if (!bin) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql: install postgresql-15 (Debian) for this test');
    server = await (await new LocalPg(bin, Number(process.env.NDIP_TEST_PG_PORT ?? 25432) + 2, dataDir).init()).start();
    const admin = server.adminUrl;
    const urls = {} as Record<ServiceKey, string>;
    for (const s of DB_NAMES) {
      const db = ops.databaseName(prefix, s);
      await query(admin, `CREATE DATABASE "${db}"`);
      const u = new URL(admin);
      u.pathname = `/${db}`;
      urls[s] = u.toString();
    }
    sys = await startFaultSystem('fb', 80, REGION, BIN, { pgUrls: urls });
  });

  afterAll(async () => {
    await restored?.stop();
    await sys?.stack.stop();
    await server?.stop();
    printCounters('backup');
  });

  it('backs up every service database, restores into fresh databases with the same rows, and rebuilds reporting', async () => {
    flows.push(await moduleFlow(sys.users, REGION, BIN, 'before-backup'));
    await checkExactlyOnce(sys, REGION, flows);
    // The outboxes are drained (the relays published everything), so the dumps are a settled state.
    for (const s of ['attraction', 'implementation', 'post-investment', 'reporting'] as const) {
      await eventually(async () => {
        const [r] = await query<{ n: number }>(sys.dbs[s], `SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`);
        if (r!.n !== 0) throw new Error(`${s}: ${r!.n} unpublished`);
      });
    }
    await sys.stack.stop();
    const before: Record<string, Record<string, number>> = {};
    for (const s of DB_NAMES) before[s] = await tableCounts(sys.dbs[s]);

    const out = path.join(path.dirname(testSettings().pg.dataDir), 'backups', prefix);
    const { manifest } = await ops.backup({ adminUrl: server!.adminUrl, prefix, out, log: () => undefined });
    expect(Object.keys(manifest.databases).sort()).toEqual([...DB_NAMES].sort());
    for (const d of Object.values(manifest.databases)) expect(d.bytes).toBeGreaterThan(0);
    counters.faultsInjected += 1; // the whole system stopped, its databases replaced by restored copies

    const restoredPrefix = `rs_${randomBytes(3).toString('hex')}`;
    const { urls } = await ops.restore({ adminUrl: server!.adminUrl, from: out, prefix: restoredPrefix, log: () => undefined });
    for (const s of DB_NAMES) expect({ db: s, rows: await tableCounts(urls[s]) }).toEqual({ db: s, rows: before[s] });
    // A restore never overwrites: the same prefix again is refused.
    await expect(ops.restore({ adminUrl: server!.adminUrl, from: out, prefix: restoredPrefix, log: () => undefined })).rejects.toThrow(/already exists/);

    // The same deployment (consumer groups, secrets) on the restored databases; reporting rebuilt from the topics.
    restored = await startStack({
      brokers: testInfra().brokers,
      pgUrls: urls,
      basePort: testPortBase(81),
      gatewayPort: testPortBase(80),
      groupPrefix: sys.prefix,
      logDir: `.data/test/logs/${restoredPrefix}`,
      logLevel: 'warn',
      adminPassword: sys.adminPassword,
      jwtSecret: sys.jwtSecret,
      build: false,
      env: { NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000', NDIP_M3_JOB_INTERVAL_MS: '0' },
    });
    const status = await ops.rebuildReporting({ gatewayUrl: restored.gatewayUrl, token: sys.adminToken, log: () => undefined });
    expect(status.generation).toBeGreaterThan(1);
    const again: FaultSystem = { ...sys, stack: restored, dbs: urls, anonymous: new Api(`${restored.gatewayUrl}/api/v1`) };
    await checkExactlyOnce(again, REGION, flows);
    // The restored system takes new work: one more flow, every effect once.
    flows.push(await moduleFlow(again.users, REGION, BIN, 'after-restore'));
    await checkExactlyOnce(again, REGION, flows);
  });
});
