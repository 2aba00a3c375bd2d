import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { DomainError, DomainErrorCode, type Actor, type OrganizationType } from '@ndip/domain';
import type { EntityManager } from 'typeorm';
import type { Page } from '../messaging/command';
import { verifyAuditChain, type AuditChainReport } from './audit';

/**
 * Reading the audit trail (catalogue §9: "queryable by the authorized body, exportable").
 * Every service keeps its own `audit_log`; the gateway asks each one over request-reply
 * (`COMMANDS.<service>.queryAudit` / `verifyAudit`) so that no database is shared.
 */

/** Who may read audit trails: the authorized body and the platform administrator (operator). */
export const AUDIT_READERS: readonly OrganizationType[] = ['AB', 'ADMIN'];

/** Largest CSV export; a wider filter is refused (narrow the date range). */
export const AUDIT_EXPORT_MAX_ROWS = 10_000;

const ACTION = /^[a-z0-9][a-z0-9._-]{0,99}\*?$/;
const TEXT = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,199}$/;

/** Filters of an audit query (HTTP query string and request-reply command alike). */
export class AuditQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Acting user' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Acting user's organisation" })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ example: 'auth.login', description: 'Action; a trailing * matches a prefix (auth.*)' })
  @IsOptional()
  @Matches(ACTION, { message: 'action must be an action code, optionally ending with * (e.g. auth.*)' })
  action?: string;

  @ApiPropertyOptional({ example: 'initiative' })
  @IsOptional()
  @Matches(TEXT, { message: 'entityType must be 1-200 characters of A-Z a-z 0-9 . _ : @ -' })
  entityType?: string;

  @ApiPropertyOptional({ description: 'Id of the changed record' })
  @IsOptional()
  @Matches(TEXT, { message: 'entityId must be 1-200 characters of A-Z a-z 0-9 . _ : @ -' })
  entityId?: string;

  @ApiPropertyOptional({ example: '2026-01-01T00:00:00Z', description: 'From (inclusive), ISO 8601' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date-time' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-02-01T00:00:00Z', description: 'To (exclusive), ISO 8601' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date-time' })
  to?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}

export interface AuditRecord {
  id: string;
  at: string;
  userId: string;
  organizationId: string;
  role: string;
  action: string;
  entityType: string;
  entityId: string;
  oldValue: unknown;
  newValue: unknown;
  ruleEdition: string;
  correlationId: string | null;
  hash: string | null;
}

interface Row {
  id: string;
  at: Date;
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
  hash: string | null;
}

/** Refuses callers outside {@link AUDIT_READERS} (checked in the owning service, not only at the gateway). */
export function assertAuditReader(actor: Pick<Actor, 'role'>): void {
  if (!AUDIT_READERS.includes(actor.role)) {
    throw new DomainError(DomainErrorCode.WRONG_ROLE, `${actor.role} may not read the audit trail`, { field: 'role' });
  }
}

function where(q: AuditQueryDto): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, v: unknown): void => {
    params.push(v);
    parts.push(sql.replace('?', `$${params.length}`));
  };
  if (q.from && q.to && Date.parse(q.from) > Date.parse(q.to)) {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'from must not be after to', { field: 'from' });
  }
  if (q.userId) add('user_id = ?', q.userId);
  if (q.organizationId) add('organization_id = ?', q.organizationId);
  if (q.action?.endsWith('*'))
    add(
      `action LIKE ? || '%'`,
      q.action.slice(0, -1).replace(/[\\%_]/g, (c) => `\\${c}`),
    );
  else if (q.action) add('action = ?', q.action);
  if (q.entityType) add('entity_type = ?', q.entityType);
  if (q.entityId) add('entity_id = ?', q.entityId);
  if (q.from) add('at >= ?::timestamptz', q.from);
  if (q.to) add('at < ?::timestamptz', q.to);
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

function view(r: Row): AuditRecord {
  return {
    id: String(r.id),
    at: new Date(r.at).toISOString(),
    userId: r.user_id,
    organizationId: r.organization_id,
    role: r.role,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    oldValue: r.old_value ?? null,
    newValue: r.new_value ?? null,
    ruleEdition: r.rule_edition,
    correlationId: r.correlation_id,
    hash: r.hash,
  };
}

const COLUMNS = `id::text AS id, at, user_id, organization_id, role, action, entity_type, entity_id, old_value, new_value, rule_edition, correlation_id, hash`;

/** One page of entries matching the filters, newest first. */
export async function queryAudit(m: EntityManager, q: AuditQueryDto): Promise<Page<AuditRecord>> {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 50;
  const w = where(q);
  const total = ((await m.query(`SELECT count(*)::int AS n FROM audit_log ${w.sql}`, w.params)) as { n: number }[])[0]?.n ?? 0;
  const rows = (await m.query(
    `SELECT ${COLUMNS} FROM audit_log ${w.sql} ORDER BY audit_log.id DESC LIMIT $${w.params.length + 1} OFFSET $${w.params.length + 2}`,
    [...w.params, pageSize, (page - 1) * pageSize],
  )) as Row[];
  return { items: rows.map(view), total, page, pageSize };
}

export const AUDIT_CSV_HEADER = [
  'id',
  'at',
  'userId',
  'organizationId',
  'role',
  'action',
  'entityType',
  'entityId',
  'oldValue',
  'newValue',
  'ruleEdition',
  'correlationId',
  'hash',
] as const;

function cell(v: unknown): string {
  let s = v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  // A spreadsheet must not run a value as a formula (CSV injection).
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV of audit records (UTF-8, CRLF, header row); JSON values as JSON text. */
export function auditCsv(records: readonly AuditRecord[]): string {
  const lines = [AUDIT_CSV_HEADER.join(',')];
  for (const r of records) lines.push(AUDIT_CSV_HEADER.map((k) => cell(r[k])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The reading side of a service's audit trail, for its request-reply commands and the gateway's own. */
export class AuditReader {
  constructor(private readonly manager: () => EntityManager) {}

  query(q: AuditQueryDto, actor: Pick<Actor, 'role'>): Promise<Page<AuditRecord>> {
    assertAuditReader(actor);
    return queryAudit(this.manager(), q);
  }

  /** Recomputes the service's hash chain (REPEATABLE READ: one consistent snapshot). */
  verify(actor: Pick<Actor, 'role'>): Promise<AuditChainReport> {
    assertAuditReader(actor);
    return this.manager().transaction('REPEATABLE READ', (m) => verifyAuditChain(m));
  }
}
