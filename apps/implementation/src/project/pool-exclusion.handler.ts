import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { EVENT_TOPICS, EVENT_TYPES, type EventEnvelope, type RuleEditionCode } from '@ndip/domain';
import { EventProcessor, ProjectExcludedFromNationalPoolContract, appendAudit, incomingFrom, type EventHandler } from '@ndip/platform';
import type { EntityManager } from 'typeorm';

/** Module 2 consumes Module 3's events (the exclusion from the national pool); other types are ignored. */
@Controller()
export class PoolExclusionConsumer {
  constructor(private readonly processor: EventProcessor) {}

  @EventPattern(EVENT_TOPICS['post-investment'])
  async onPostInvestmentEvent(@Payload() value: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    await this.processor.process(incomingFrom(value, ctx));
  }
}

/**
 * Module 3 excluded a project from the national pool at the end of its post-investment period
 * (rules.md §4.7, §6.2; SM-POOL Q7; 000 §36). Module 2 records it on the project: the pool stays as
 * classified, `national_pool_excluded_on` says since when it is out. Idempotent on the project: a
 * second event (new id, same project) changes nothing. Registered in app.module's EventProcessor.
 */
export function poolExclusionHandler(edition: RuleEditionCode): EventHandler {
  const handler: EventHandler<ProjectExcludedFromNationalPoolContract> = {
    type: EVENT_TYPES.projectExcludedFromNationalPool,
    payloadClass: ProjectExcludedFromNationalPoolContract,
    handle: async (m: EntityManager, e: EventEnvelope<ProjectExcludedFromNationalPoolContract>) => {
      const p = e.payload;
      const rows = (await m.query(
        `UPDATE project SET national_pool_excluded_on = $2, national_pool_exclusion_basis = $3, updated_at = now(), version = version + 1
          WHERE id = $1 AND pool = 'NATIONAL' AND national_pool_excluded_on IS NULL
          RETURNING id`,
        [p.projectId, p.effectiveFrom, p.basis],
      )) as unknown[];
      if (rows.length === 0) return;
      await appendAudit(m, {
        actor: e.actor,
        action: 'project.exclude-from-national-pool',
        entityType: 'project',
        entityId: p.projectId,
        oldValue: { nationalPoolExcludedOn: null },
        newValue: { nationalPoolExcludedOn: p.effectiveFrom, basis: p.basis, excludedOn: p.excludedOn },
        ruleEdition: edition,
        correlationId: e.correlationId,
      });
    },
  };
  return handler as unknown as EventHandler;
}
