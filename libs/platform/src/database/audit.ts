import type { Actor, RuleEditionCode } from '@ndip/domain';
import type { EntityManager } from 'typeorm';

export interface AuditEntry {
  actor: Actor;
  action: string;
  entityType: string;
  entityId: string;
  oldValue: unknown;
  newValue: unknown;
  ruleEdition: RuleEditionCode;
  correlationId: string | null;
}

/** Append one row to the service's append-only audit trail, inside the caller's transaction. */
export async function appendAudit(m: EntityManager, e: AuditEntry): Promise<void> {
  await m.query(
    `INSERT INTO audit_log (user_id, organization_id, role, action, entity_type, entity_id, old_value, new_value, rule_edition, correlation_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      e.actor.userId,
      e.actor.organizationId,
      e.actor.role,
      e.action,
      e.entityType,
      e.entityId,
      e.oldValue === null || e.oldValue === undefined ? null : JSON.stringify(e.oldValue),
      e.newValue === null || e.newValue === undefined ? null : JSON.stringify(e.newValue),
      e.ruleEdition,
      e.correlationId,
    ],
  );
}
