import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Settings of the run's infrastructure (started by tools/test/global-setup.js). */
export function testInfra(): { brokers: string; pgUrl: string } {
  const brokers = process.env.NDIP_TEST_BROKERS;
  const pgUrl = process.env.NDIP_TEST_PG_URL;
  if (!brokers || !pgUrl) throw new Error('test infrastructure not started: run through jest.integration/e2e configs');
  return { brokers, pgUrl };
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(4).toString('hex')}`;
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

/** Creates fresh databases (one per name) and returns their URLs. */
export async function createDatabases<N extends string>(prefix: string, names: readonly N[]): Promise<Record<N, string>> {
  const { pgUrl } = testInfra();
  const admin = new Client({ connectionString: pgUrl });
  await admin.connect();
  const out = {} as Record<N, string>;
  try {
    for (const n of names) {
      const db = `${prefix}_${n.replace(/-/g, '_')}`;
      await admin.query(`CREATE DATABASE "${db}"`);
      out[n] = withDatabase(pgUrl, db);
    }
  } finally {
    await admin.end();
  }
  return out;
}

export async function query<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

/**
 * Base of the HTTP ports the services of a test use (gateway = base, others base+101..104).
 * NDIP_TEST_PORT_BASE moves it, so that two test runs on one machine do not clash.
 */
export function testPortBase(offset = 0): number {
  return Number(process.env.NDIP_TEST_PORT_BASE ?? 23000) + offset;
}
