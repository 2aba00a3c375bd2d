import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_KEY, SERVICE_CONFIG } from '@ndip/platform';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import type { GatewayEnv } from '../gateway.env';
import { ProblemException } from './problem';

/** Runs one SQL statement and returns its rows (a DataSource or a pg client adapter). */
export type SqlRunner = (sql: string, params: unknown[]) => Promise<unknown[]>;

/**
 * One statement per hit, atomic under concurrency (the upsert locks the key's row): the row of the key
 * is created, counted in its current window, or restarted when its window has passed. A window starts at
 * the key's first hit and lasts `$2` seconds, on the database clock, so every replica sees the same window.
 */
export const RATE_LIMIT_HIT_SQL = `
  INSERT INTO rate_limit_counter AS c (key, window_start, hits)
  VALUES ($1, now(), 1)
  ON CONFLICT (key) DO UPDATE
     SET hits = CASE WHEN c.window_start > now() - make_interval(secs => $2::float8) THEN c.hits + 1 ELSE 1 END,
         window_start = CASE WHEN c.window_start > now() - make_interval(secs => $2::float8) THEN c.window_start ELSE now() END
  RETURNING hits, ceil(extract(epoch FROM (c.window_start + make_interval(secs => $2::float8) - now())))::int AS "secondsLeft"`;

/**
 * Fixed windows per key (from the key's first hit), counted in the gateway's PostgreSQL so that all replicas share the limits
 * (a client cannot multiply its attempts by the number of replicas behind the load balancer).
 * Keys are stored hashed: no address or login in the table.
 */
export class PgRateLimiter {
  private hitsSinceSweep = 0;

  constructor(
    private readonly run: SqlRunner,
    private readonly limit: number,
    private readonly windowSeconds = 60,
    private readonly sweepEvery = 1000,
  ) {}

  /** Counts one hit; returns 0 when allowed, or the seconds to wait until the window ends. */
  async hit(key: string): Promise<number> {
    const hashed = `${this.windowSeconds}:${createHash('sha256').update(key).digest('hex')}`;
    const rows = (await this.run(RATE_LIMIT_HIT_SQL, [hashed, this.windowSeconds])) as { hits: number; secondsLeft: number }[];
    if (++this.hitsSinceSweep >= this.sweepEvery) {
      this.hitsSinceSweep = 0;
      await this.run(`DELETE FROM rate_limit_counter WHERE window_start < now() - make_interval(secs => $1::float8)`, [this.windowSeconds * 2]);
    }
    const row = rows[0];
    if (!row) throw new Error('rate limiter: the upsert returned no row');
    return row.hits > this.limit ? Math.max(1, row.secondsLeft) : 0;
  }
}

/**
 * Global guard after authentication: login attempts per client address and login; every other
 * call per user (or per address when anonymous). Counters live in PostgreSQL (shared by replicas).
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly log = new Logger('RateLimitGuard');
  private readonly login: PgRateLimiter;
  private readonly api: PgRateLimiter;

  constructor(
    private readonly reflector: Reflector,
    dataSource: DataSource,
    @Inject(SERVICE_CONFIG) env: GatewayEnv,
  ) {
    const run: SqlRunner = async (sql, params) => (await dataSource.query(sql, params)) as unknown[];
    this.login = new PgRateLimiter(run, env.NDIP_LOGIN_RATE_PER_MINUTE, env.NDIP_RATE_WINDOW_SECONDS);
    this.api = new PgRateLimiter(run, env.NDIP_API_RATE_PER_MINUTE, env.NDIP_RATE_WINDOW_SECONDS);
  }

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<Request & { user?: { userId: string } }>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [ctx.getHandler(), ctx.getClass()]);
    let wait: number;
    try {
      if (isPublic && req.path.startsWith('/api/v1/auth/')) {
        const body = req.body as { login?: unknown } | undefined;
        const login = typeof body?.login === 'string' ? body.login.toLowerCase() : '';
        wait = await this.login.hit(`login|${req.ip ?? '-'}|${req.path}|${login}`);
      } else {
        wait = await this.api.hit(req.user ? `u:${req.user.userId}` : `ip:${req.ip ?? '-'}`);
      }
    } catch (e) {
      // Fail closed: without its counters the gateway cannot tell a guesser from a user.
      this.log.error(`rate limiter unavailable: ${(e as Error).message}`);
      throw new ProblemException('UNAVAILABLE', 'the rate limiter is unavailable; try again shortly', { retryAfterSeconds: 5 });
    }
    if (wait > 0) throw new ProblemException('RATE_LIMITED', `too many requests; retry in ${wait} s`, { retryAfterSeconds: wait });
    return true;
  }
}
