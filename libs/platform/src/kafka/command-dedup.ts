import { Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { from, mergeMap, of, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import type { CommandResult } from '../messaging/command';

type Claim = { kind: 'run' } | { kind: 'replay'; result: CommandResult } | { kind: 'busy' } | { kind: 'down' };

/** The key the gateway puts on a command sent for a request with an Idempotency-Key (absent otherwise). */
export function commandKeyOf(msg: unknown): string | null {
  const k = typeof msg === 'object' && msg !== null ? (msg as { commandKey?: unknown }).commandKey : undefined;
  return typeof k === 'string' && k.length > 0 && k.length <= 200 ? k : null;
}

/**
 * Executes a keyed request-reply command at most once per key (table `command_dedup`, platform migration):
 * the first delivery claims the key and runs; its result is stored; a later delivery with the same key — the
 * client's retry after its gateway timed out waiting for a reply that was in fact produced — gets the stored
 * result and changes nothing. A result that applied nothing (UNAVAILABLE, INTERNAL: the transaction rolled
 * back) releases the key so that a retry runs. A key still running answers UNAVAILABLE (the caller retries);
 * a claim whose process died is taken over after `lockMs`; a key is forgotten after 24 hours, as at the gateway.
 * Commands without a key run as before.
 *
 * The claim and the command's own transaction are separate: a crash between the command's commit and the
 * stored result leaves the key running, and a retry after `lockMs` runs the command again. That window is
 * the time of one UPDATE; closing it needs the key written inside each service's own transaction.
 */
export class CommandDedupInterceptor implements NestInterceptor {
  private readonly log = new Logger('CommandDedup');

  constructor(
    private readonly db: DataSource,
    private readonly lockMs = 60_000,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'rpc') return next.handle();
    const key = commandKeyOf(ctx.switchToRpc().getData<unknown>());
    if (!key) return next.handle();
    return from(this.claim(key)).pipe(
      mergeMap((claim) => {
        switch (claim.kind) {
          case 'replay':
            return of(claim.result);
          case 'busy':
            return of(unavailable('the same command (Idempotency-Key) is still running; retry later'));
          case 'down':
            return of(unavailable('the service database is unavailable'));
          default:
            return next.handle().pipe(mergeMap((result: unknown) => from(this.finish(key, result).then(() => result))));
        }
      }),
    );
  }

  private async claim(key: string): Promise<Claim> {
    try {
      // Keys live as long as the gateway's (24 h): an expired key is free again on both sides.
      await this.db.query(`DELETE FROM command_dedup WHERE command_key = $1 AND created_at < now() - interval '24 hours'`, [key]);
      const inserted = await this.db.query<unknown[]>(
        // (wrapped in a SELECT: TypeORM answers INSERT/UPDATE … RETURNING with [rows, count], a SELECT with rows)
        `WITH claimed AS (
           INSERT INTO command_dedup (command_key, state, locked_until) VALUES ($1, 'running', now() + make_interval(secs => $2))
           ON CONFLICT (command_key) DO NOTHING RETURNING command_key)
         SELECT command_key FROM claimed`,
        [key, this.lockMs / 1000],
      );
      if (inserted.length > 0) {
        if (Math.random() < 0.01) await this.db.query(`DELETE FROM command_dedup WHERE created_at < now() - interval '24 hours'`);
        return { kind: 'run' };
      }
      const [row] = await this.db.query<{ state: string; result: CommandResult | null }[]>(`SELECT state, result FROM command_dedup WHERE command_key = $1`, [
        key,
      ]);
      if (row?.state === 'done' && row.result) return { kind: 'replay', result: row.result };
      const taken = await this.db.query<unknown[]>(
        `WITH taken AS (
           UPDATE command_dedup SET locked_until = now() + make_interval(secs => $2)
           WHERE command_key = $1 AND state = 'running' AND locked_until < now() RETURNING command_key)
         SELECT command_key FROM taken`,
        [key, this.lockMs / 1000],
      );
      return taken.length > 0 ? { kind: 'run' } : { kind: 'busy' };
    } catch (e) {
      this.log.warn(`command key ${key}: cannot claim (${(e as Error).message})`);
      return { kind: 'down' };
    }
  }

  private async finish(key: string, result: unknown): Promise<void> {
    const r = result as Partial<CommandResult> | null;
    const appliedNothing = !!r && r.ok === false && (r.error?.code === 'UNAVAILABLE' || r.error?.code === 'INTERNAL');
    try {
      if (appliedNothing || !r || typeof r.ok !== 'boolean') {
        await this.db.query(`DELETE FROM command_dedup WHERE command_key = $1 AND state = 'running'`, [key]);
      } else {
        await this.db.query(`UPDATE command_dedup SET state = 'done', result = $2 WHERE command_key = $1`, [key, JSON.stringify(r)]);
      }
    } catch (e) {
      // The effect (if any) stands; the key stays running and is taken over after lockMs.
      this.log.warn(`command key ${key}: result not stored (${(e as Error).message})`);
    }
  }
}

function unavailable(message: string): CommandResult {
  return { ok: false, error: { code: 'UNAVAILABLE', message } };
}
