import { createHash } from 'node:crypto';
import type { Actor, RuleEditionCode } from '@ndip/domain';
import type { EntityManager } from 'typeorm';

export interface AuditEntry {
  /** Who acted. For events that precede identification (a failed login) the role may be 'ANONYMOUS'. */
  actor: Pick<Actor, 'userId' | 'organizationId'> & { role: string };
  action: string;
  entityType: string;
  entityId: string;
  oldValue: unknown;
  newValue: unknown;
  ruleEdition: RuleEditionCode;
  correlationId: string | null;
}

/** The genesis value the first entry chains to. */
export const AUDIT_GENESIS = '0'.repeat(64);

interface StoredAudit {
  id: string;
  at: Date | string;
  user_id: string;
  organization_id: string;
  role: string;
  action: string;
  entity_type: string;
  entity_id: string;
  old_value: unknown;
  new_value: unknown;
  rule_edition: string;
  correlation_id: string | null;
  prev_hash: string | null;
  hash: string | null;
}

/** Canonical JSON: keys sorted at every level, so the hash does not depend on key order (jsonb reorders keys). */
export function canonicalJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v instanceof Date) return JSON.stringify(v.toISOString());
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

export function auditHash(prevHash: string, e: Omit<StoredAudit, 'id' | 'prev_hash' | 'hash'>): string {
  const at = e.at instanceof Date ? e.at.toISOString() : new Date(e.at).toISOString();
  const body = canonicalJson({
    at,
    user: e.user_id,
    org: e.organization_id,
    role: e.role,
    action: e.action,
    entityType: e.entity_type,
    entityId: e.entity_id,
    old: e.old_value ?? null,
    new: e.new_value ?? null,
    edition: e.rule_edition,
    correlation: e.correlation_id,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/**
 * Appends one entry to the service's append-only audit trail inside the caller's transaction.
 * Entries form a hash chain (each hash covers the previous hash and the entry), so an altered or
 * removed entry is detected by `verifyAuditChain`. Appends are serialised by a transaction-scoped
 * advisory lock, which keeps the chain linear under concurrent writers.
 */
export async function appendAudit(m: EntityManager, e: AuditEntry): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtext('ndip.audit_log'))`);
  const last = (await m.query(`SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1`)) as { hash: string | null }[];
  const prev = last[0]?.hash ?? AUDIT_GENESIS;
  // Values go through JSON once so that the hash covers exactly what jsonb stores.
  const oldValue = e.oldValue === null || e.oldValue === undefined ? null : (JSON.parse(JSON.stringify(e.oldValue)) as unknown);
  const newValue = e.newValue === null || e.newValue === undefined ? null : (JSON.parse(JSON.stringify(e.newValue)) as unknown);
  const at = new Date();
  const row = {
    at,
    user_id: e.actor.userId,
    organization_id: e.actor.organizationId,
    role: e.actor.role,
    action: e.action,
    entity_type: e.entityType,
    entity_id: e.entityId,
    old_value: oldValue,
    new_value: newValue,
    rule_edition: e.ruleEdition,
    correlation_id: e.correlationId,
  };
  const hash = auditHash(prev, row);
  await m.query(
    `INSERT INTO audit_log (at, user_id, organization_id, role, action, entity_type, entity_id, old_value, new_value, rule_edition, correlation_id, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      at,
      row.user_id,
      row.organization_id,
      row.role,
      row.action,
      row.entity_type,
      row.entity_id,
      oldValue === null ? null : JSON.stringify(oldValue),
      newValue === null ? null : JSON.stringify(newValue),
      row.rule_edition,
      row.correlation_id,
      prev,
      hash,
    ],
  );
}

export interface AuditChainReport {
  ok: boolean;
  checked: number;
  /** The first entry whose hash or link does not match, when the chain is broken. */
  brokenAtId: string | null;
  reason: string | null;
}

/** Recomputes the whole chain in id order (in pages, so memory stays flat). */
export async function verifyAuditChain(m: EntityManager, pageSize = 5000): Promise<AuditChainReport> {
  let prev = AUDIT_GENESIS;
  let lastId = '0';
  let checked = 0;
  for (;;) {
    const rows = (await m.query(
      `SELECT id::text AS id, at, user_id, organization_id, role, action, entity_type, entity_id, old_value, new_value, rule_edition, correlation_id, prev_hash, hash
         FROM audit_log WHERE audit_log.id > $1::bigint ORDER BY audit_log.id LIMIT $2`, // not the text alias
      [lastId, pageSize],
    )) as StoredAudit[];
    if (rows.length === 0) return { ok: true, checked, brokenAtId: null, reason: null };
    for (const r of rows) {
      if (r.hash === null) {
        // Entries written before the chain existed: they start no chain and break none.
        lastId = r.id;
        continue;
      }
      if (r.prev_hash !== prev) return { ok: false, checked, brokenAtId: r.id, reason: 'link to the previous entry does not match' };
      const expected = auditHash(prev, r);
      if (expected !== r.hash) return { ok: false, checked, brokenAtId: r.id, reason: 'entry content does not match its hash' };
      prev = r.hash;
      lastId = r.id;
      checked += 1;
    }
  }
}
