/** What `EgovOAuthClient.start()` produced and `finish()` needs back, kept server-side between the two. */
export interface StartedLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Free data of the caller (e.g. where to return after login). */
  returnTo?: string;
}

export interface StartedLoginStore {
  put(login: StartedLogin): Promise<void>;
  /** Returns and deletes the login started with this state; undefined if unknown or expired (one-time). */
  take(state: string): Promise<StartedLogin | undefined>;
}

/**
 * In-memory store keyed by state, with a TTL (default 10 minutes) and a size bound (default 100 000).
 * For several gateway replicas use a shared store (a table keyed by state, `DELETE … RETURNING`).
 */
export class InMemoryStartedLoginStore implements StartedLoginStore {
  private readonly entries = new Map<string, { login: StartedLogin; expiresAt: number }>();
  private readonly ttlMs: number;
  private readonly clock: () => Date;
  private readonly maxEntries: number;

  constructor(options: { ttlMs?: number; clock?: () => Date; maxEntries?: number } = {}) {
    this.ttlMs = options.ttlMs ?? 10 * 60_000;
    this.clock = options.clock ?? (() => new Date());
    this.maxEntries = options.maxEntries ?? 100_000;
  }

  async put(login: StartedLogin): Promise<void> {
    const now = this.clock().getTime();
    if (this.entries.size >= this.maxEntries) {
      for (const [k, v] of this.entries) if (v.expiresAt <= now) this.entries.delete(k);
      if (this.entries.size >= this.maxEntries) throw new Error('too many pending eGov logins');
    }
    this.entries.set(login.state, { login: { ...login }, expiresAt: now + this.ttlMs });
  }

  async take(state: string): Promise<StartedLogin | undefined> {
    const e = this.entries.get(state);
    if (!e) return undefined;
    this.entries.delete(state);
    return e.expiresAt > this.clock().getTime() ? e.login : undefined;
  }

  get size(): number {
    return this.entries.size;
  }
}
