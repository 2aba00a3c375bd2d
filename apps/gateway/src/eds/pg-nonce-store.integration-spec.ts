/** PgNonceStore against the real PostgreSQL of the test run: one-time consumption under concurrency, expiry. */
import { Pool } from 'pg';
import { createDatabases, uniqueName } from '../../../../test/support/infra';
import { EDS_NONCE_TABLE_SQL, PgNonceStore } from './nonce-store';

let pool: Pool;

beforeAll(async () => {
  const { gw } = await createDatabases(uniqueName('eds_nonce'), ['gw'] as const);
  pool = new Pool({ connectionString: gw, max: 10 });
  await pool.query(EDS_NONCE_TABLE_SQL);
});

afterAll(async () => {
  await pool?.end();
});

describe('PgNonceStore', () => {
  it('lets exactly one of many concurrent consumers use a nonce', async () => {
    const store = new PgNonceStore((sql, params) => pool.query(sql, params));
    const { nonce } = await store.issue();
    const results = await Promise.all(Array.from({ length: 8 }, () => store.consume(nonce)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await store.consume(nonce)).toBe(false);
  });

  it('refuses unknown and expired nonces, and purges expired rows', async () => {
    let now = Date.now();
    const store = new PgNonceStore((sql, params) => pool.query(sql, params), { ttlMs: 60_000, clock: () => new Date(now) });
    expect(await store.consume('never-issued-nonce-0000000')).toBe(false);
    const a = await store.issue();
    const b = await store.issue();
    now += 59_000;
    expect(await store.consume(a.nonce)).toBe(true);
    now += 2_000;
    expect(await store.consume(b.nonce)).toBe(false);
    expect(await store.purgeExpired()).toBeGreaterThanOrEqual(1);
    const left = await pool.query('SELECT count(*)::int AS n FROM eds_login_nonce WHERE nonce = $1', [b.nonce]);
    expect(left.rows[0].n).toBe(0);
  });
});
