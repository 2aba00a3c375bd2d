import { Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { from, mergeMap, of, type Observable } from 'rxjs';
import type { DataSource, EntityManager } from 'typeorm';
import type { CommandResult } from '../messaging/command';

type Claim = { kind: 'run' } | { kind: 'replay'; result: CommandResult } | { kind: 'busy' } | { kind: 'lost' } | { kind: 'down' };

/** The keyed command the current async context executes, and the transactions that already marked it. */
const runningCommand = new AsyncLocalStorage<{ key: string; marked: WeakSet<EntityManager> }>();

/**
 * Marks the keyed command being executed (if any) as applied, inside the caller's transaction: the mark commits
 * or rolls back with the command's own changes. OutboxWriter.append calls it, so every command that changes
 * state and publishes an event marks its key; once per transaction.
 */
export async function markCommandApplied(m: EntityManager): Promise<void> {
  const running = runningCommand.getStore();
  if (!running || running.marked.has(m)) return;
  running.marked.add(m);
  await m.query(`UPDATE command_dedup SET state = 'applied' WHERE command_key = $1 AND state = 'running'`, [running.key]);
}

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
 * The claim is written before the command runs; inside the command's own transaction the claim is marked
 * 'applied' (markCommandApplied, called by OutboxWriter.append). A crash between the command's commit and the
 * stored result therefore leaves the key 'applied' without a result: a retry does not run the command again
 * but gets CONFLICT saying the request was applied and its answer lost (the caller reads the resource). Only
 * a claim still 'running' (nothing committed) is taken over after `lockMs`.
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
          case 'lost':
            return of(lostAnswer());
          case 'down':
            return of(unavailable('the service database is unavailable'));
          default:
            // The handler runs in the key's async context (Nest binds it when handle() is called).
            return runningCommand
              .run({ key, marked: new WeakSet() }, () => next.handle())
              .pipe(mergeMap((result: unknown) => from(this.finish(key, result).then(() => result))));
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
      const [row] = await this.db.query<{ state: string; result: CommandResult | null; locked: boolean }[]>(
        `SELECT state, result, locked_until > now() AS locked FROM command_dedup WHERE command_key = $1`,
        [key],
      );
      if (row?.state === 'done' && row.result) return { kind: 'replay', result: row.result };
      // Committed, answer not stored: still finishing (busy) or its process died before storing it (lost).
      if (row?.state === 'applied') return row.locked ? { kind: 'busy' } : { kind: 'lost' };
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

  protected async finish(key: string, result: unknown): Promise<void> {
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

function lostAnswer(): CommandResult {
  return {
    ok: false,
    error: {
      code: 'CONFLICT',
      message: 'this request (Idempotency-Key) was already applied, but its answer was lost when the service stopped; read the resource to see the result',
    },
  };
}

function unavailable(message: string): CommandResult {
  return { ok: false, error: { code: 'UNAVAILABLE', message } };
}
