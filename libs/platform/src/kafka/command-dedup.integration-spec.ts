import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { firstValueFrom, from, Observable, of } from 'rxjs';
import { DataSource } from 'typeorm';
import { createDatabases, uniqueName } from '../../../../test/support/infra';
import { serviceDataSourceOptions } from '../database/data-source-options';
import type { CommandResult } from '../messaging/command';
import { OutboxWriter } from '../outbox/outbox.writer';
import { CommandDedupInterceptor } from './command-dedup';

/** Keyed request-reply commands on real PostgreSQL: at most one execution per key, the result replayed. */
describe('CommandDedupInterceptor', () => {
  let ds: DataSource;
  let dedup: CommandDedupInterceptor;

  const rpc = (msg: unknown): ExecutionContext =>
    ({ getType: () => 'rpc', switchToRpc: () => ({ getData: () => msg, getContext: () => undefined }) }) as unknown as ExecutionContext;

  /** A command handler that counts its executions and answers `answer`. */
  function handler(answer: () => CommandResult): { calls: number; next: CallHandler } {
    const h = {
      calls: 0,
      next: {
        handle: () =>
          new Observable<CommandResult>((sub) => {
            h.calls += 1;
            sub.next(answer());
            sub.complete();
          }),
      },
    };
    return h;
  }

  const run = (msg: unknown, next: CallHandler): Promise<unknown> => firstValueFrom(dedup.intercept(rpc(msg), next));

  beforeAll(async () => {
    const url = (await createDatabases(uniqueName('dedup'), ['svc'] as const)).svc;
    ds = new DataSource(serviceDataSourceOptions({ url, entities: [], migrations: [], applicationName: 'test' }));
    await ds.initialize();
    dedup = new CommandDedupInterceptor(ds, 1_000);
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  it('runs a keyed command once and replays its result to a repeat', async () => {
    const h = handler(() => ({ ok: true, data: { id: 'company-1' } }));
    const msg = { commandKey: uniqueName('k'), data: {} };
    expect(await run(msg, h.next)).toEqual({ ok: true, data: { id: 'company-1' } });
    expect(await run(msg, h.next)).toEqual({ ok: true, data: { id: 'company-1' } });
    expect(h.calls).toBe(1);
  });

  it('stores a refusal too (a domain error is a result), but releases the key when nothing was applied', async () => {
    const refused = handler(() => ({ ok: false, error: { code: 'CONFLICT', message: 'duplicate' } }));
    const k1 = { commandKey: uniqueName('k'), data: {} };
    await run(k1, refused.next);
    expect(await run(k1, refused.next)).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'duplicate' } });
    expect(refused.calls).toBe(1);

    let down = true;
    const flaky = handler(() => (down ? { ok: false, error: { code: 'UNAVAILABLE', message: 'db down' } } : { ok: true, data: 1 }));
    const k2 = { commandKey: uniqueName('k'), data: {} };
    expect(await run(k2, flaky.next)).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    down = false;
    expect(await run(k2, flaky.next)).toEqual({ ok: true, data: 1 });
    expect(flaky.calls).toBe(2);
  });

  it('answers UNAVAILABLE to a repeat while the first is still running, and takes over a claim whose holder died', async () => {
    const key = uniqueName('k');
    await ds.query(`INSERT INTO command_dedup (command_key, state, locked_until) VALUES ($1, 'running', now() + interval '1 hour')`, [key]);
    const h = handler(() => ({ ok: true, data: 'done' }));
    expect(await run({ commandKey: key, data: {} }, h.next)).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(h.calls).toBe(0);
    await ds.query(`UPDATE command_dedup SET locked_until = now() - interval '1 second' WHERE command_key = $1`, [key]);
    expect(await run({ commandKey: key, data: {} }, h.next)).toEqual({ ok: true, data: 'done' });
    expect(h.calls).toBe(1);
  });

  it('forgets a key after 24 hours, like the gateway', async () => {
    const h = handler(() => ({ ok: true, data: 'again' }));
    const msg = { commandKey: uniqueName('k'), data: {} };
    await run(msg, h.next);
    await ds.query(`UPDATE command_dedup SET created_at = now() - interval '24 hours 1 second' WHERE command_key = $1`, [msg.commandKey]);
    await run(msg, h.next);
    expect(h.calls).toBe(2);
  });

  it('leaves commands without a key and non-Kafka contexts alone', async () => {
    const h = handler(() => ({ ok: true, data: null }));
    await run({ data: {} }, h.next);
    await run({ data: {} }, h.next);
    expect(h.calls).toBe(2);
    const http = { getType: () => 'http' } as unknown as ExecutionContext;
    expect(await firstValueFrom(dedup.intercept(http, { handle: () => of('x') }))).toBe('x');
    const [{ n }] = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM command_dedup WHERE state = 'running'`);
    expect(n).toBe(0);
  });

  describe("a crash between the command's commit and its stored answer", () => {
    const outbox = new OutboxWriter('attraction');
    const actor = { userId: 'u-1', organizationId: 'o-1', role: 'NC' } as const;

    /** A handler that commits a state change with its event in one transaction (as services do), counting runs. */
    function writer(key: string, fail = false): { calls: number; next: CallHandler } {
      const h = {
        calls: 0,
        next: {
          handle: () =>
            from(
              ds.transaction(async (m) => {
                h.calls += 1;
                await outbox.append(m, [{ type: 'test.thing.created', version: 1, aggregateType: 'thing', aggregateId: key, payload: { n: h.calls } }], {
                  actor,
                  correlationId: 'c-1',
                  causationId: null,
                  ruleEdition: 'E000',
                  occurredAt: new Date(),
                });
                if (fail) throw new Error('rolled back after the outbox write');
                return { ok: true, data: { n: h.calls } } as CommandResult;
              }),
            ),
        },
      };
      return h;
    }

    /** The interceptor of a process that dies right after the command commits: its answer is never stored. */
    class DyingInterceptor extends CommandDedupInterceptor {
      protected override async finish(): Promise<void> {
        /* the process is gone */
      }
    }

    /** Events the command committed (its aggregate id is the key). */
    const events = async (key: string): Promise<number> =>
      (await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM outbox WHERE aggregateid = $1`, [key]))[0]!.n;

    it("marks the key applied in the command's own transaction: a retry does not run it again but answers CONFLICT (answer lost)", async () => {
      const key = uniqueName('k');
      const dying = new DyingInterceptor(ds, 1_000);
      const h = writer(key);
      expect(await firstValueFrom(dying.intercept(rpc({ commandKey: key, data: {} }), h.next))).toEqual({ ok: true, data: { n: 1 } });
      const [row] = await ds.query<{ state: string }[]>(`SELECT state FROM command_dedup WHERE command_key = $1`, [key]);
      expect(row!.state).toBe('applied');
      // While the claim is fresh the retry is told to wait; after it expires, that the answer is lost.
      expect(await run({ commandKey: key, data: {} }, h.next)).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
      await ds.query(`UPDATE command_dedup SET locked_until = now() - interval '1 second' WHERE command_key = $1`, [key]);
      expect(await run({ commandKey: key, data: {} }, h.next)).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: expect.stringMatching(/already applied/) },
      });
      expect(h.calls).toBe(1);
      expect(await events(key)).toBe(1);
    });

    it('a rolled-back command leaves the key running (the mark rolls back with it), so a retry runs it', async () => {
      const key = uniqueName('k');
      const failing = writer(key, true);
      await expect(firstValueFrom(new DyingInterceptor(ds, 1_000).intercept(rpc({ commandKey: key, data: {} }), failing.next))).rejects.toThrow(/rolled back/);
      const [row] = await ds.query<{ state: string }[]>(`SELECT state FROM command_dedup WHERE command_key = $1`, [key]);
      expect(row!.state).toBe('running');
      await ds.query(`UPDATE command_dedup SET locked_until = now() - interval '1 second' WHERE command_key = $1`, [key]);
      expect(await events(key)).toBe(0);
      const ok = writer(key);
      expect(await run({ commandKey: key, data: {} }, ok.next)).toEqual({ ok: true, data: { n: 1 } });
      expect(await run({ commandKey: key, data: {} }, ok.next)).toEqual({ ok: true, data: { n: 1 } });
      expect(ok.calls).toBe(1);
      expect(await events(key)).toBe(1);
    });
  });
});
