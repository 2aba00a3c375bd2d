import { EVENT_TOPICS, envelope, type Actor, type DomainEvent, type EventEnvelope, type RuleEditionCode, type ServiceName } from '@ndip/domain';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { uuidv7 } from '../ids/uuid7';
import { markCommandApplied } from '../kafka/command-dedup';
import { injectTraceHeaders } from '../observability/tracing';
import { OutboxEntity } from './outbox.entity';

export interface EventContext {
  actor: Actor;
  correlationId: string;
  causationId: string | null;
  ruleEdition: RuleEditionCode;
  occurredAt: Date;
}

/** The notification channel the relay listens on; NOTIFY is delivered only when the transaction commits. */
export const OUTBOX_CHANNEL = 'ndip_outbox';

/**
 * Stamps domain events into envelopes and writes them to the outbox inside the caller's
 * transaction, so the state change and its events commit together.
 */
export class OutboxWriter {
  /** `topic`: the producer's events topic, or another topic the producer owns (the reference store: REFERENCE_TOPIC). */
  constructor(
    private readonly producer: ServiceName,
    private readonly topic: string = EVENT_TOPICS[producer],
  ) {}

  async append(m: EntityManager, events: readonly DomainEvent[], ctx: EventContext): Promise<EventEnvelope[]> {
    if (events.length === 0) return [];
    const envelopes = events.map((e) =>
      envelope(e, {
        id: uuidv7(ctx.occurredAt.getTime()),
        occurredAt: ctx.occurredAt.toISOString(),
        producer: this.producer,
        correlationId: ctx.correlationId,
        causationId: ctx.causationId,
        actor: ctx.actor,
        ruleEdition: ctx.ruleEdition,
      }),
    );
    const rows = envelopes.map((env) =>
      m.create(OutboxEntity, {
        id: env.id,
        aggregateType: env.aggregateType,
        aggregateId: env.aggregateId,
        type: env.type,
        topic: this.topic,
        payload: env as unknown as Record<string, unknown>,
        // W3C trace context of the command or event being handled: the consumers' spans join the same trace.
        headers: { ...injectTraceHeaders(), 'ndip-correlation-id': env.correlationId, 'ndip-event-type': env.type },
      }),
    );
    await m.insert(OutboxEntity, rows as QueryDeepPartialEntity<OutboxEntity>[]);
    await markCommandApplied(m);
    await m.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
    return envelopes;
  }
}
