import { Injectable } from '@nestjs/common';
import type { DeadlineKind, ReminderDecision } from '@ndip/domain/rules/reminders';
import type { EntityManager } from 'typeorm';
import { NotificationWriter } from './notification.service';
import type { Audience } from './notification.types';

export interface DeadlineRow {
  id: string;
  kind: DeadlineKind;
  record_type: string;
  record_id: string;
  title: string;
  due_on: string;
  region_code: string | null;
  project_id: string | null;
  audience: Audience[];
  overdue_audience: Audience[];
  link: string | null;
  closed_at: Date | null;
}

export interface DeadlineInput {
  id: string;
  kind: DeadlineKind;
  recordType: string;
  recordId: string;
  title: string;
  dueOn: string;
  regionCode: string | null;
  projectId: string | null;
  audience: Audience[];
  overdueAudience: Audience[];
  link: string | null;
  sourceEventId: string | null;
}

export const DEADLINE_COLUMNS = `id, kind, record_type, record_id, title, due_on::text AS due_on, region_code, project_id::text AS project_id,
  audience, overdue_audience, link, closed_at`;

/** The context (region, pool, investor, name) of the records the events speak of, kept from earlier events. */
export interface ContextRow {
  region_code: string | null;
  project_id: string | null;
  company_bin: string | null;
  pool: string | null;
  name: string | null;
}

export async function putContext(
  m: EntityManager,
  recordType: string,
  recordId: string,
  v: { regionCode?: string | null; projectId?: string | null; companyBin?: string | null; pool?: string | null; name?: string | null },
): Promise<void> {
  await m.query(
    `INSERT INTO notification_context (record_type, record_id, region_code, project_id, company_bin, pool, name) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (record_type, record_id) DO UPDATE SET
       region_code = COALESCE(EXCLUDED.region_code, notification_context.region_code),
       project_id = COALESCE(EXCLUDED.project_id, notification_context.project_id),
       company_bin = COALESCE(EXCLUDED.company_bin, notification_context.company_bin),
       pool = COALESCE(EXCLUDED.pool, notification_context.pool),
       name = COALESCE(EXCLUDED.name, notification_context.name),
       updated_at = now()`,
    [recordType, recordId, v.regionCode ?? null, v.projectId ?? null, v.companyBin ?? null, v.pool ?? null, v.name ?? null],
  );
}

export async function getContext(m: EntityManager, recordType: string, recordId: string | null): Promise<ContextRow | null> {
  if (!recordId) return null;
  const rows = (await m.query(
    `SELECT region_code, project_id::text AS project_id, company_bin, pool, name FROM notification_context WHERE record_type = $1 AND record_id = $2`,
    [recordType, recordId],
  )) as ContextRow[];
  return rows[0] ?? null;
}

export async function upsertDeadline(m: EntityManager, d: DeadlineInput): Promise<void> {
  await m.query(
    `INSERT INTO notification_deadline (id, kind, record_type, record_id, title, due_on, region_code, project_id, audience, overdue_audience, link, source_event_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, due_on = EXCLUDED.due_on, region_code = EXCLUDED.region_code,
       project_id = EXCLUDED.project_id, audience = EXCLUDED.audience, overdue_audience = EXCLUDED.overdue_audience, link = EXCLUDED.link,
       source_event_id = EXCLUDED.source_event_id, closed_at = NULL, closed_reason = NULL, updated_at = now()`,
    [
      d.id,
      d.kind,
      d.recordType,
      d.recordId,
      d.title,
      d.dueOn,
      d.regionCode,
      d.projectId,
      JSON.stringify(d.audience),
      JSON.stringify(d.overdueAudience),
      d.link,
      d.sourceEventId,
    ],
  );
}

export async function getDeadline(m: EntityManager, id: string, lock = false): Promise<DeadlineRow | null> {
  const rows = (await m.query(`SELECT ${DEADLINE_COLUMNS} FROM notification_deadline WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id])) as DeadlineRow[];
  return rows[0] ?? null;
}

export async function moveDeadline(m: EntityManager, id: string, dueOn: string): Promise<void> {
  await m.query(`UPDATE notification_deadline SET due_on = $2, closed_at = NULL, closed_reason = NULL, updated_at = now() WHERE id = $1`, [id, dueOn]);
}

export async function setDeadlineAudience(m: EntityManager, id: string, audience: Audience[]): Promise<void> {
  await m.query(`UPDATE notification_deadline SET audience = $2, updated_at = now() WHERE id = $1`, [id, JSON.stringify(audience)]);
}

export async function closeDeadline(m: EntityManager, id: string, reason: string): Promise<void> {
  await m.query(`UPDATE notification_deadline SET closed_at = now(), closed_reason = $2, updated_at = now() WHERE id = $1 AND closed_at IS NULL`, [id, reason]);
}

export async function sentKeys(m: EntityManager, deadlineId: string): Promise<string[]> {
  const rows = (await m.query(`SELECT key FROM notification_reminder WHERE deadline_id = $1`, [deadlineId])) as { key: string }[];
  return rows.map((r) => r.key);
}

/** Sends (or records as superseded) one reminder of a deadline, exactly once per key: the reminder row is the guard. */
@Injectable()
export class ReminderSender {
  constructor(private readonly writer: NotificationWriter) {}

  async record(m: EntityManager, d: DeadlineRow, r: ReminderDecision, runDate: string, outcome: 'SENT' | 'SUPERSEDED'): Promise<boolean> {
    const inserted = (await m.query(
      `INSERT INTO notification_reminder (deadline_id, key, kind, outcome, run_date) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING key`,
      [d.id, r.key, r.kind, outcome, runDate],
    )) as unknown[];
    if (inserted.length === 0 || outcome === 'SUPERSEDED') return inserted.length > 0;
    const audiences = r.kind === 'OVERDUE' ? [...d.audience, ...d.overdue_audience, ...(await this.escalation(m, d))] : d.audience;
    await this.writer.notify(m, {
      type: r.kind === 'OVERDUE' ? 'DEADLINE_OVERDUE' : 'DEADLINE_REMINDER',
      dedupeKey: `deadline:${d.id}:${r.key}`,
      audiences,
      template: r.kind === 'OVERDUE' ? 'deadline.overdue' : 'deadline.reminder',
      params: { title: d.title, dueOn: d.due_on, days: r.days, deadlineKind: d.kind, regionCode: d.region_code },
      recordType: d.record_type,
      recordId: d.record_id,
      link: d.link,
      dueOn: d.due_on,
    });
    return true;
  }

  /** The authorized body is told of overdue roadmap tasks of national-pool projects (rules.md §6.2), and of every overdue initiative clock. */
  private async escalation(m: EntityManager, d: DeadlineRow): Promise<Audience[]> {
    if (d.kind !== 'TASK_DUE' && d.kind !== 'TASK_VALIDATION') return [];
    const project = await getContext(m, 'project', d.project_id);
    return project?.pool === 'NATIONAL' ? [{ kind: 'ORG_TYPE', type: 'AB' }] : [];
  }
}
