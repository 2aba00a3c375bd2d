import { randomBytes } from 'node:crypto';

/**
 * One-time challenges for EDS login. The browser has NCALayer sign the nonce (its UTF-8 bytes are the
 * CMS content: pass `Buffer.from(nonce).toString('base64')` to `createCAdESFromBase64`).
 *
 * `consume` must be atomic: it returns true exactly once for a nonce that was issued and has not expired,
 * even when several gateway replicas race on it.
 */
export interface NonceStore {
  issue(): Promise<{ nonce: string; expiresAt: Date }>;
  /** True once for an issued, unexpired nonce; false if unknown, expired or already consumed. */
  consume(nonce: string): Promise<boolean>;
}

export interface NonceStoreOptions {
  /** Lifetime of a nonce; default 5 minutes. */
  ttlMs?: number;
  clock?: () => Date;
}

/** 256 bits from the CSPRNG, base64url (43 characters, ASCII: the signed bytes are the same in every encoding). */
export function newNonce(): string {
  return randomBytes(32).toString('base64url');
}

const DEFAULT_TTL_MS = 5 * 60_000;
const NONCE_SHAPE = /^[A-Za-z0-9_-]{16,128}$/;

/** In-process store: for one gateway replica or tests. Multi-replica deployments use {@link PgNonceStore}. */
export class InMemoryNonceStore implements NonceStore {
  private readonly ttlMs: number;
  private readonly clock: () => Date;
  private readonly maxEntries: number;
  private readonly entries = new Map<string, number>();

  /** `maxEntries` (default 100 000) bounds the memory an unauthenticated caller can make us hold. */
  constructor(options: NonceStoreOptions & { maxEntries?: number } = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    this.clock = options.clock ?? (() => new Date());
    this.maxEntries = options.maxEntries ?? 100_000;
  }

  async issue(): Promise<{ nonce: string; expiresAt: Date }> {
    const now = this.clock().getTime();
    if (this.entries.size >= this.maxEntries) this.sweep(now);
    if (this.entries.size >= this.maxEntries) throw new Error('too many outstanding EDS nonces');
    const nonce = newNonce();
    const expiresAt = now + this.ttlMs;
    this.entries.set(nonce, expiresAt);
    return { nonce, expiresAt: new Date(expiresAt) };
  }

  async consume(nonce: string): Promise<boolean> {
    const expiresAt = this.entries.get(nonce);
    if (expiresAt === undefined) return false;
    this.entries.delete(nonce);
    return expiresAt > this.clock().getTime();
  }

  /** Outstanding (issued, not consumed, possibly expired) nonces. */
  get size(): number {
    return this.entries.size;
  }

  private sweep(now: number): void {
    for (const [k, exp] of this.entries) if (exp <= now) this.entries.delete(k);
  }
}

/** The `query` function of node-postgres (`pool.query.bind(pool)`) or anything with its shape. */
export type SqlQuery = (sql: string, params: unknown[]) => Promise<{ rowCount: number | null; rows: unknown[] }>;

/**
 * Table for {@link PgNonceStore} (the engineer wiring the store adds it as a gateway migration).
 * Expired rows are deleted by `purgeExpired()` (run it from a periodic job); they are never accepted anyway.
 */
export const EDS_NONCE_TABLE_SQL = `CREATE TABLE IF NOT EXISTS eds_login_nonce (
  nonce       text        PRIMARY KEY,
  expires_at  timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS eds_login_nonce_expires_at ON eds_login_nonce (expires_at);`;

/**
 * PostgreSQL store shared by all gateway replicas. `consume` is one `DELETE … RETURNING`: the row lock makes
 * it succeed for exactly one caller; the expiry is compared with the application clock passed as a parameter.
 */
export class PgNonceStore implements NonceStore {
  private readonly ttlMs: number;
  private readonly clock: () => Date;
  private readonly table: string;

  constructor(
    private readonly query: SqlQuery,
    options: NonceStoreOptions & { table?: string } = {},
  ) {
    this.ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    this.clock = options.clock ?? (() => new Date());
    this.table = options.table ?? 'eds_login_nonce';
    if (!/^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/.test(this.table)) throw new Error(`invalid table name ${this.table}`);
  }

  async issue(): Promise<{ nonce: string; expiresAt: Date }> {
    const nonce = newNonce();
    const expiresAt = new Date(this.clock().getTime() + this.ttlMs);
    await this.query(`INSERT INTO ${this.table} (nonce, expires_at) VALUES ($1, $2)`, [nonce, expiresAt]);
    return { nonce, expiresAt };
  }

  async consume(nonce: string): Promise<boolean> {
    if (!NONCE_SHAPE.test(nonce)) return false;
    const r = await this.query(`DELETE FROM ${this.table} WHERE nonce = $1 AND expires_at > $2 RETURNING nonce`, [nonce, this.clock()]);
    return (r.rowCount ?? r.rows.length) === 1;
  }

  /** Deletes expired nonces; returns how many. */
  async purgeExpired(): Promise<number> {
    const r = await this.query(`DELETE FROM ${this.table} WHERE expires_at <= $1`, [this.clock()]);
    return r.rowCount ?? 0;
  }
}
