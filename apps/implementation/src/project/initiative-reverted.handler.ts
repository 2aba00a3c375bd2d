import { EVENT_TYPES, type EventEnvelope, type ProjectRevertedToInitiativePayload } from '@ndip/domain';
import { InitiativeRevertedFromProjectContract, type EventHandler } from '@ndip/platform';
import type { EntityManager } from 'typeorm';
import { ImplementationOutbox, domainEvent } from '../common/implementation-outbox';
import { ProjectEntity } from './project.entity';
import { projectView } from './project.service';

/**
 * I12 [E001] (001 §41): Module 1 turned a project card back into an initiative. Module 2 withdraws the
 * project of that initiative (status REVERTED_TO_INITIATIVE): `loadForCommand` then refuses passport,
 * roadmap and task commands on it with WRONG_STATE. Only a project still in implementation is withdrawn;
 * idempotent on the project (a second event for the same initiative changes nothing and publishes
 * nothing). A later conversion of the same initiative brings the project back (ProjectService.reinstate).
 * Registered in app.module's EventProcessor; ProjectConsumer delivers the attraction topic.
 */
export function initiativeRevertedHandler(out: ImplementationOutbox): EventHandler {
  const handler: EventHandler<InitiativeRevertedFromProjectContract> = {
    type: EVENT_TYPES.initiativeRevertedFromProject,
    payloadClass: InitiativeRevertedFromProjectContract,
    handle: async (m: EntityManager, e: EventEnvelope<InitiativeRevertedFromProjectContract>) => {
      const r = e.payload;
      const p = await m.getRepository(ProjectEntity).findOne({ where: { initiativeId: r.initiativeId }, lock: { mode: 'pessimistic_write' } });
      if (!p || p.status !== 'IMPLEMENTATION') return;
      const before = projectView(p);
      const previousStatus = p.status;
      p.status = 'REVERTED_TO_INITIATIVE';
      await m.getRepository(ProjectEntity).save(p);
      const payload: ProjectRevertedToInitiativePayload = {
        projectId: p.id,
        initiativeId: r.initiativeId,
        regionCode: p.regionCode,
        previousStatus,
        reason: r.reason,
        revertedOn: r.revertedOn,
      };
      await out.emit(m, [domainEvent('project', p.id, EVENT_TYPES.projectRevertedToInitiative, payload)], e.actor, e.correlationId, e.id);
      await out.audit(m, e.actor, 'project.revert-to-initiative', 'project', p.id, before, projectView(p), e.correlationId);
    },
  };
  return handler as unknown as EventHandler;
}
