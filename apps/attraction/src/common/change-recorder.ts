import { Inject, Injectable } from '@nestjs/common';
import type { Actor, DomainEvent, RuleEdition } from '@ndip/domain';
import { CLOCK, OutboxWriter, RULE_EDITION, appendAudit, type Clock } from '@ndip/platform';
import type { EntityManager } from 'typeorm';

export interface ChangeOrigin {
  actor: Actor;
  correlationId: string;
}

export interface AuditedChange {
  action: string;
  entityType: string;
  entityId: string;
  oldValue: unknown;
  newValue: unknown;
}

/**
 * The two writes that go with every state change of Module 1, inside the caller's transaction:
 * the outgoing events (outbox) and the audit entry (who, when, old and new values, edition).
 */
@Injectable()
export class ChangeRecorder {
  constructor(
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  async record(m: EntityManager, origin: ChangeOrigin, events: readonly DomainEvent[], change: AuditedChange): Promise<void> {
    await this.outbox.append(m, events, {
      actor: origin.actor,
      correlationId: origin.correlationId,
      causationId: null,
      ruleEdition: this.edition.code,
      occurredAt: this.clock.now(),
    });
    await appendAudit(m, { actor: origin.actor, ...change, ruleEdition: this.edition.code, correlationId: origin.correlationId });
  }
}
