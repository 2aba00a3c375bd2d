import { createHash } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { SERVICE_CONFIG } from '@ndip/platform';
import type { Request, Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import type { GatewayEnv } from '../gateway.env';
import { ProblemException } from './problem';

/** Header a client sends with a write so that a retry of it is not applied twice (IETF draft-ietf-httpapi-idempotency-key-header). */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Set on a response that was replayed from the stored first response. */
export const REPLAYED_HEADER = 'Idempotent-Replayed';
/** How long a key is remembered. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;

const KEY_SHAPE = /^[\x21-\x7e]{1,200}$/;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Key-sorted JSON: the same body in another key order is the same request. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v ?? null);
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .filter((k) => o[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(',')}}`;
}

/** What identifies "the same request": method, path with query, and the body. */
export function requestFingerprint(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method.toUpperCase()} ${url}\n${canonicalJson(body)}`)
    .digest('hex');
}

interface StoredRow {
  request_hash: string;
  state: 'in-progress' | 'done';
  status_code: number | null;
  response_body: string | null;
  locked_until: Date;
  expires_at: Date;
}

/**
 * `Idempotency-Key` on every write of a signed-in caller (POST/PUT/PATCH/DELETE), stored in the gateway's
 * PostgreSQL (table `idempotency_key`, shared by all replicas):
 * - first request with a key: runs, its successful response is stored for 24 hours;
 * - same caller, same key, same method + path + body: the stored response is replayed (header
 *   `Idempotent-Replayed: true`) and nothing is applied again;
 * - same key with another body or route: 422 problem+json (`IDEMPOTENCY_KEY_REUSED`);
 * - same key while the first request still runs: 409 with Retry-After;
 * - a failed first request (4xx/5xx) is not stored: the key is released and a retry runs again.
 * A request whose gateway crashed mid-way holds the key only until `locked_until` (bus timeout + 5 s),
 * after which a retry takes the key over. Anonymous calls (login) are not stored: their answers hold tokens.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor, OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('Idempotency');
  private readonly lockMs: number;
  private sweeper: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly reflector: Reflector,
    @Inject(SERVICE_CONFIG) env: GatewayEnv,
  ) {
    this.lockMs = env.NDIP_BUS_TIMEOUT_MS + 5_000;
  }

  onModuleInit(): void {
    this.sweeper = setInterval(() => void this.sweep(), 3600_000);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }

  /** Forgets expired keys; returns how many. */
  async sweep(): Promise<number> {
    try {
      const r = (await this.dataSource.query(`DELETE FROM idempotency_key WHERE expires_at < now()`)) as [unknown, number];
      return r[1] ?? 0;
    } catch (e) {
      this.log.warn(`sweeping expired idempotency keys failed: ${(e as Error).message}`);
      return 0;
    }
  }

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const req = ctx.switchToHttp().getRequest<Request & { user?: { userId?: string } }>();
    const given = req.headers[IDEMPOTENCY_HEADER];
    if (given === undefined || !WRITES.has(req.method)) return next.handle();
    const key = Array.isArray(given) ? given[0] : given;
    if (typeof key !== 'string' || !KEY_SHAPE.test(key)) {
      throw new ProblemException('INVALID_INPUT', 'Idempotency-Key must be 1–200 visible ASCII characters', { field: 'Idempotency-Key' });
    }
    const caller = req.user?.userId;
    if (!caller) return next.handle();
    const res = ctx.switchToHttp().getResponse<Response>();
    const hash = requestFingerprint(req.method, req.originalUrl, req.body);
    const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, ctx.getHandler()) ?? (req.method === 'POST' ? 201 : 200);
    return from(this.run(caller, key, hash, status, res, next));
  }

  private async run(caller: string, key: string, hash: string, status: number, res: Response, next: CallHandler): Promise<unknown> {
    const claimed = await this.claim(caller, key, hash);
    if (claimed !== true) {
      res.setHeader(REPLAYED_HEADER, 'true');
      return claimed.body;
    }
    let body: unknown;
    try {
      body = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (e) {
      await this.release(caller, key);
      throw e;
    }
    const stored = body === undefined ? null : safeJson(body);
    if (body !== undefined && stored === null) {
      await this.release(caller, key); // not JSON (a file): not replayable
      return body;
    }
    await this.dataSource
      .query(`UPDATE idempotency_key SET state = 'done', status_code = $3, response_body = $4, completed_at = now() WHERE caller = $1 AND key = $2`, [
        caller,
        key,
        status,
        stored,
      ])
      .catch((e: Error) => this.log.warn(`storing the response of idempotency key failed: ${e.message}`));
    return body;
  }

  /** true: this request owns the key and runs; otherwise the stored response to replay. Throws 409/422. */
  private async claim(caller: string, key: string, hash: string): Promise<true | { body: unknown }> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const inserted = (await this.dataSource.query(
        `INSERT INTO idempotency_key (caller, key, request_hash, state, locked_until, expires_at)
         VALUES ($1, $2, $3, 'in-progress', now() + make_interval(secs => $4), now() + make_interval(secs => $5))
         ON CONFLICT (caller, key) DO NOTHING RETURNING key`,
        [caller, key, hash, this.lockMs / 1000, IDEMPOTENCY_TTL_MS / 1000],
      )) as unknown[];
      if (inserted.length === 1) return true;
      const [row] = (await this.dataSource.query(
        `SELECT request_hash, state, status_code, response_body, locked_until, expires_at FROM idempotency_key WHERE caller = $1 AND key = $2`,
        [caller, key],
      )) as StoredRow[];
      if (!row) continue; // released meanwhile: try to insert again
      if (row.expires_at.getTime() < Date.now()) {
        await this.dataSource.query(`DELETE FROM idempotency_key WHERE caller = $1 AND key = $2 AND expires_at < now()`, [caller, key]);
        continue;
      }
      if (row.request_hash !== hash) {
        throw new ProblemException('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was already used with another request (method, path or body)', {
          field: 'Idempotency-Key',
        });
      }
      if (row.state === 'done') return { body: row.response_body === null ? undefined : (JSON.parse(row.response_body) as unknown) };
      // In progress: either still running (409, retry later) or its gateway died (take it over).
      const taken = (await this.dataSource.query(
        `UPDATE idempotency_key SET locked_until = now() + make_interval(secs => $3)
         WHERE caller = $1 AND key = $2 AND state = 'in-progress' AND locked_until < now() RETURNING key`,
        [caller, key, this.lockMs / 1000],
      )) as [unknown[], number];
      if (taken[0].length === 1) return true;
      throw new ProblemException('CONFLICT', 'a request with this Idempotency-Key is still being processed; retry later', {
        field: 'Idempotency-Key',
        retryAfterSeconds: 1,
      });
    }
    throw new ProblemException('CONFLICT', 'the Idempotency-Key is contended; retry later', { field: 'Idempotency-Key', retryAfterSeconds: 1 });
  }

  private async release(caller: string, key: string): Promise<void> {
    await this.dataSource
      .query(`DELETE FROM idempotency_key WHERE caller = $1 AND key = $2 AND state = 'in-progress'`, [caller, key])
      .catch((e: Error) => this.log.warn(`releasing idempotency key failed: ${e.message}`));
  }
}

function safeJson(v: unknown): string | null {
  if (Buffer.isBuffer(v) || (typeof v === 'object' && v !== null && typeof (v as { pipe?: unknown }).pipe === 'function')) return null;
  if (typeof v === 'object' && v !== null && v.constructor?.name === 'StreamableFile') return null;
  try {
    return JSON.stringify(v) ?? null;
  } catch {
    return null;
  }
}
