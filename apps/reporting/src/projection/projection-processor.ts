import { Logger } from '@nestjs/common';
import { DomainError, validateEnvelope, type EventEnvelope } from '@ndip/domain';
import { UnprocessableEventError, validateContract, type DeadLetter, type IncomingMessage } from '@ndip/platform';
import type { DataSource, EntityManager } from 'typeorm';

/** A change of one region's rating sums: penalty halves, overdue tasks, projects counted for the tie-break. */
export interface RegionDelta {
  halves: number;
  overdueTasks: number;
  projects: number;
}

/** What every handler of one batch shares: the rating's evaluation date and the changes of the region sums. */
export interface ProjectionContext {
  /** projection_state.rating_as_of (the day the rating is evaluated on), read in the batch's transaction. */
  asOf: string;
  /** Added to rating_region_live at the end of the batch, in the same transaction. */
  regionDeltas: Map<string, RegionDelta>;
}

export function addRegionDelta(ctx: ProjectionContext, region: string, d: Partial<RegionDelta>): void {
  const cur = ctx.regionDeltas.get(region) ?? { halves: 0, overdueTasks: 0, projects: 0 };
  cur.halves += d.halves ?? 0;
  cur.overdueTasks += d.overdueTasks ?? 0;
  cur.projects += d.projects ?? 0;
  ctx.regionDeltas.set(region, cur);
}

/**
 * One handler of one event type. The platform's `EventHandler` (handle(m, event)) has this shape too, so the
 * handlers of ProjectionService plug in unchanged.
 */
export interface ProjectionHandler {
  type: string;
  payloadClass: new () => object;
  handle(m: EntityManager, event: EventEnvelope<object>, ctx: ProjectionContext): Promise<void>;
}

/** A handler that applies all events of its types in a batch at once (set-based SQL): the task events. */
export interface BatchProjectionHandler {
  payloadClasses: Readonly<Record<string, new () => object>>;
  handleBatch(m: EntityManager, events: EventEnvelope<object>[], ctx: ProjectionContext): Promise<void>;
}

export interface DeadLetterSink {
  publish(d: DeadLetter): Promise<void>;
}

/** The batch was read by a runner of an older generation: a rebuild started meanwhile. */
export class StaleGenerationError extends Error {}

export interface BatchOutcome {
  processed: number;
  duplicate: number;
  ignored: number;
  deadLettered: number;
}

interface Valid {
  msg: IncomingMessage;
  env: EventEnvelope<object>;
}

/**
 * Applies a batch of messages in ONE transaction: envelope and payload validation, the inbox (idempotency on
 * the event id), every handler, the changes of the per-region rating sums, and the offsets reached. Invalid messages go
 * to the dead-letter topic after the commit. When the transaction fails, the messages are retried one by one,
 * so that one bad event is isolated (dead-lettered when unprocessable or after `maxAttempts`) and the rest apply.
 */
export class ProjectionProcessor {
  private readonly log = new Logger('ProjectionProcessor');
  private readonly handlers = new Map<string, ProjectionHandler[]>();
  private readonly batchTypes = new Map<string, { handler: BatchProjectionHandler; payloadClass: new () => object }>();
  private readonly attempts = new Map<string, number>();

  constructor(
    private readonly consumer: string,
    private readonly dataSource: DataSource,
    private readonly deadLetters: DeadLetterSink,
    handlers: readonly ProjectionHandler[],
    private readonly batchHandlers: readonly BatchProjectionHandler[],
    private readonly afterBatch: (m: EntityManager, ctx: ProjectionContext) => Promise<void>,
    private readonly maxAttempts = 5,
  ) {
    for (const h of handlers) this.handlers.set(h.type, [...(this.handlers.get(h.type) ?? []), h]);
    for (const b of batchHandlers) {
      for (const [type, payloadClass] of Object.entries(b.payloadClasses)) this.batchTypes.set(type, { handler: b, payloadClass });
    }
  }

  handledTypes(): string[] {
    return [...new Set([...this.handlers.keys(), ...this.batchTypes.keys()])].sort();
  }

  async processBatch(msgs: readonly IncomingMessage[], generation: number | null): Promise<BatchOutcome> {
    const outcome: BatchOutcome = { processed: 0, duplicate: 0, ignored: 0, deadLettered: 0 };
    const dead: { msg: IncomingMessage; error: string }[] = [];
    const valid: Valid[] = [];
    for (const msg of msgs) {
      const problems = validateEnvelope(msg.value);
      if (problems.length > 0) {
        dead.push({ msg, error: `invalid envelope: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}` });
        continue;
      }
      const env = msg.value as EventEnvelope<Record<string, unknown>>;
      const batchClass = this.batchTypes.get(env.type)?.payloadClass;
      const classes = [...(this.handlers.get(env.type) ?? []).map((h) => h.payloadClass), ...(batchClass ? [batchClass] : [])];
      if (classes.length === 0) {
        outcome.ignored += 1;
        continue;
      }
      let payload: object | null = null;
      for (const cls of new Set(classes)) {
        const { value, problems: pp } = validateContract(cls, env.payload);
        if (pp.length > 0) {
          dead.push({ msg, error: `invalid payload of ${env.type}: ${pp.map((p) => `${p.field}: ${p.message}`).join('; ')}` });
          payload = null;
          break;
        }
        payload ??= value;
      }
      if (payload !== null) valid.push({ msg, env: { ...env, payload } as EventEnvelope<object> });
    }

    try {
      const counts = await this.apply(msgs, valid, generation);
      outcome.processed = counts.processed;
      outcome.duplicate = counts.duplicate;
    } catch (e) {
      if (e instanceof StaleGenerationError) throw e;
      if (msgs.length > 1) {
        this.log.warn(`batch of ${msgs.length} failed (${(e as Error).message}); applying its messages one by one`);
        const total: BatchOutcome = { processed: 0, duplicate: 0, ignored: 0, deadLettered: 0 };
        for (const m of msgs) {
          const o = await this.processBatch([m], generation);
          total.processed += o.processed;
          total.duplicate += o.duplicate;
          total.ignored += o.ignored;
          total.deadLettered += o.deadLettered;
        }
        return total;
      }
      const msg = msgs[0]!;
      const key = `${msg.topic}:${msg.partition}:${msg.offset}`;
      if (e instanceof DomainError || e instanceof UnprocessableEventError) {
        dead.push({ msg, error: `${(e as Error).name}: ${(e as Error).message}` });
      } else {
        const n = (this.attempts.get(key) ?? 0) + 1;
        this.attempts.set(key, n);
        if (n < this.maxAttempts) throw e;
        this.attempts.delete(key);
        dead.push({ msg, error: `retries exhausted: ${(e as Error).message}` });
      }
      // The message is given up: record its offset so that a rebuild's progress can still reach the end.
      await this.apply(msgs, [], generation);
    }
    for (const d of dead) await this.deadLetter(d.msg, d.error);
    outcome.deadLettered = dead.length;
    return outcome;
  }

  private async apply(msgs: readonly IncomingMessage[], valid: Valid[], generation: number | null): Promise<{ processed: number; duplicate: number }> {
    return this.dataSource.transaction(async (m) => {
      const [state] = (await m.query(`SELECT generation, rating_as_of::text AS as_of FROM projection_state WHERE id = 1 FOR SHARE`)) as {
        generation: number;
        as_of: string | null;
      }[];
      if (generation !== null && state!.generation !== generation) {
        throw new StaleGenerationError(`projection generation is ${state!.generation}, this runner reads generation ${generation}`);
      }
      let fresh: Valid[] = [];
      if (valid.length > 0) {
        const inserted = (await m.query(
          `INSERT INTO inbox (event_id, consumer, type)
           SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING RETURNING event_id`,
          [valid.map((v) => v.env.id), valid.map(() => this.consumer), valid.map((v) => v.env.type)],
        )) as { event_id: string }[];
        const ids = new Set(inserted.map((r) => r.event_id));
        // The same id twice in one batch: only its first occurrence applies.
        fresh = valid.filter((v) => ids.delete(v.env.id));
      }
      const ctx: ProjectionContext = { asOf: state!.as_of ?? '1970-01-01', regionDeltas: new Map() };
      const batches = new Map<BatchProjectionHandler, EventEnvelope<object>[]>();
      for (const { env } of fresh) {
        for (const h of this.handlers.get(env.type) ?? []) await h.handle(m, env, ctx);
        const b = this.batchTypes.get(env.type);
        if (b) batches.set(b.handler, [...(batches.get(b.handler) ?? []), env]);
      }
      for (const b of this.batchHandlers) {
        const events = batches.get(b);
        if (events) await b.handleBatch(m, events, ctx);
      }
      await this.afterBatch(m, ctx);
      if (generation !== null) await this.recordOffsets(m, msgs, generation);
      return { processed: fresh.length, duplicate: valid.length - fresh.length };
    });
  }

  private async recordOffsets(m: EntityManager, msgs: readonly IncomingMessage[], generation: number): Promise<void> {
    const next = new Map<string, { topic: string; partition: number; offset: bigint }>();
    for (const msg of msgs) {
      const k = `${msg.topic}:${msg.partition}`;
      const o = BigInt(msg.offset) + 1n;
      const cur = next.get(k);
      if (!cur || cur.offset < o) next.set(k, { topic: msg.topic, partition: msg.partition, offset: o });
    }
    for (const r of next.values()) {
      await m.query(
        `INSERT INTO projection_offset (generation, topic, partition, next_offset) VALUES ($1, $2, $3, $4)
         ON CONFLICT (generation, topic, partition) DO UPDATE SET next_offset = GREATEST(projection_offset.next_offset, EXCLUDED.next_offset)`,
        [generation, r.topic, r.partition, r.offset.toString()],
      );
    }
  }

  private async deadLetter(msg: IncomingMessage, error: string): Promise<void> {
    this.log.warn(`dead-lettering ${msg.topic}[${msg.partition}]@${msg.offset}: ${error}`);
    await this.deadLetters.publish({
      topic: msg.topic,
      partition: msg.partition,
      offset: msg.offset,
      key: msg.key,
      value: typeof msg.value === 'string' ? msg.value : JSON.stringify(msg.value),
      consumer: this.consumer,
      error,
      attempts: 1,
    });
  }
}
