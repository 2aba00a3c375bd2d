import { Inject, Injectable } from '@nestjs/common';
import type { Actor, DomainEvent, RuleEdition } from '@ndip/domain';
import { CLOCK, OutboxWriter, RULE_EDITION, appendAudit, type Clock } from '@ndip/platform';
import type { EntityManager } from 'typeorm';

/** The system actor of scheduled work (the daily overdue job). */
export const SYSTEM_ACTOR: Actor = { userId: 'system', organizationId: 'system', role: 'ADMIN', regionCode: null, countryCode: null };

/** Writes Module 2 events to the outbox and audit rows, inside the caller's transaction. */
@Injectable()
export class ImplementationOutbox {
  constructor(
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  async emit(m: EntityManager, events: DomainEvent[], actor: Actor, correlationId: string, causationId: string | null = null): Promise<string[]> {
    const envs = await this.outbox.append(m, events, { actor, correlationId, causationId, ruleEdition: this.edition.code, occurredAt: this.clock.now() });
    return envs.map((e) => e.id);
  }

  async audit(
    m: EntityManager,
    actor: Actor,
    action: string,
    entityType: string,
    entityId: string,
    oldValue: unknown,
    newValue: unknown,
    correlationId: string,
  ): Promise<void> {
    await appendAudit(m, { actor, action, entityType, entityId, oldValue, newValue, ruleEdition: this.edition.code, correlationId });
  }
}

export function domainEvent<P>(aggregateType: string, aggregateId: string, type: string, payload: P): DomainEvent<P> {
  return { type, version: 1, aggregateType, aggregateId, payload };
}
