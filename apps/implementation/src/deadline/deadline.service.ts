import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  EVENT_TYPES,
  POOL_AGGREGATE,
  ROADMAP_AGGREGATE,
  TASK_AGGREGATE,
  can,
  roadmapOverdue,
  validationOverdue,
  type Actor,
  type DomainEvent,
  type PassportFillOverduePayload,
  type PoolDecisionOverduePayload,
  type RoadmapDeadlineMissedPayload,
  type RuleEdition,
  type TaskValidationOverduePayload,
} from '@ndip/domain';
import { CLOCK, RULE_EDITION, uuidv7, type Clock, type CommandMessage } from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { ImplementationOutbox, domainEvent } from '../common/implementation-outbox';
import { RoadmapEntity } from '../roadmap/roadmap.entity';
import { StateServiceService } from '../state-service/state-service.service';
import { TaskEntity } from '../task/task.entity';

export interface DeadlineScanResult {
  asOf: string;
  published: {
    passportFill: number;
    formation: number;
    approval: number;
    rework: number;
    validation: number;
    poolDecision: number;
    providerViolation: number;
  };
}

const BATCH = 100;
const OPEN_ROADMAP_STATUSES = ['DRAFTING', 'NC_REVIEW', 'ON_APPROVAL', 'REWORK'];
const TIMERS = {
  FORM: { timer: 'T06_FORM', type: EVENT_TYPES.roadmapFormationOverdue, key: 'formation' },
  APPROVAL: { timer: 'T07_APPROVAL', type: EVENT_TYPES.roadmapApprovalOverdue, key: 'approval' },
  REWORK: { timer: 'T08_REWORK', type: EVENT_TYPES.roadmapReworkOverdue, key: 'rework' },
} as const;

/**
 * The deadline job of Module 2 (rules.md §3.1 "Recommended system behaviour": overdue flag and notification):
 * T05 [E001] passport not filled in within 30 CD of the project entering Module 2, T06 roadmap not formed within 30 CD of naming the MIO, T07 [E001] approval not finished within 30 CD of the
 * passport, T08 roadmap not fixed within 5 WD of a return, T10 a completed task not validated within 5 WD, and
 * T11 the authorized body past its 5 WD for a national-pool request, and S10 a state-service provider past its term (the violation notice). Each miss is published once: a row in
 * `deadline_notice` (aggregate, timer, due date) is inserted with the event in the same transaction, and a
 * second run (or a replica running side by side, FOR UPDATE SKIP LOCKED) finds it and publishes nothing.
 * The dates come from the domain (`roadmapOverdue`, `validationOverdue`), computed with the working-day calendar.
 */
@Injectable()
export class DeadlineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly out: ImplementationOutbox,
    private readonly applications: StateServiceService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  async runNow(cmd: CommandMessage): Promise<DeadlineScanResult> {
    if (!can(cmd.actor.role, 'platform.operate', this.edition.code, 'perform')) {
      throw new DomainError(DomainErrorCode.WRONG_ROLE, `${cmd.actor.role} may not run the deadline job`);
    }
    return this.scan(this.clock.today(), cmd.actor, cmd.correlationId);
  }

  newCorrelationId(): string {
    return uuidv7(this.clock.now().getTime());
  }

  async scan(today: string, actor: Actor, correlationId: string): Promise<DeadlineScanResult> {
    const published = { passportFill: 0, formation: 0, approval: 0, rework: 0, validation: 0, poolDecision: 0, providerViolation: 0 };
    published.passportFill = await this.scanPassportFill(today, actor, correlationId);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const n = await this.dataSource.transaction(async (m) => {
        const rows: { id: string }[] = await m.query(`SELECT id FROM roadmap WHERE status = ANY($1) AND id > $2 ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED`, [
          OPEN_ROADMAP_STATUSES,
          after,
          BATCH,
        ]);
        const events: DomainEvent[] = [];
        for (const { id } of rows) {
          const r = await m.getRepository(RoadmapEntity).findOneOrFail({ where: { id } });
          for (const kind of roadmapOverdue(r.state, today)) {
            const t = TIMERS[kind];
            const dueOn = (kind === 'FORM' ? r.state.formDueOn : kind === 'REWORK' ? r.state.reworkDueOn : r.state.approvalDueOn) as string;
            if (!(await this.notice(m, r.id, t.timer, dueOn, today))) continue;
            const payload: RoadmapDeadlineMissedPayload = {
              roadmapId: r.id,
              projectId: r.projectId,
              regionCode: r.regionCode,
              timer: t.timer,
              dueOn,
              detectedOn: today,
              notify: notifyFor(kind, r.state.edition),
            };
            events.push(domainEvent(ROADMAP_AGGREGATE, r.id, t.type, payload));
            published[t.key] += 1;
          }
        }
        await this.out.emit(m, events, actor, correlationId);
        return rows;
      });
      if (n.length < BATCH) break;
      after = n[n.length - 1]!.id;
    }
    for (;;) {
      const n = await this.dataSource.transaction(async (m) => {
        const rows: { id: string }[] = await m.query(
          `SELECT t.id FROM roadmap_task t
            WHERE t.effective AND t.status = 'AWAITING_VALIDATION' AND (t.state->>'validationDueOn') < $1
              AND NOT EXISTS (SELECT 1 FROM deadline_notice n
                               WHERE n.aggregate_id = t.id AND n.timer = 'T10_VALIDATION' AND n.due_on = (t.state->>'validationDueOn')::date)
            ORDER BY t.id LIMIT $2 FOR UPDATE OF t SKIP LOCKED`,
          [today, BATCH],
        );
        const events: DomainEvent[] = [];
        for (const { id } of rows) {
          const t = await m.getRepository(TaskEntity).findOneOrFail({ where: { id } });
          const dueOn = t.state.validationDueOn as string;
          if (!validationOverdue(t.state, today) || !(await this.notice(m, t.id, 'T10_VALIDATION', dueOn, today))) continue;
          const payload: TaskValidationOverduePayload = {
            taskId: t.id,
            roadmapId: t.roadmapId,
            projectId: t.projectId,
            regionCode: t.regionCode,
            code: t.code,
            actualCompletionDate: t.state.actualCompletionDate as string,
            dueOn,
            detectedOn: today,
          };
          events.push(domainEvent(TASK_AGGREGATE, t.id, EVENT_TYPES.taskValidationOverdue, payload));
        }
        await this.out.emit(m, events, actor, correlationId);
        published.validation += events.length;
        return { locked: rows.length, published: events.length };
      });
      if (n.locked < BATCH || n.published === 0) break;
    }
    published.poolDecision = await this.scanPoolDecisions(today, actor, correlationId);
    published.providerViolation = await this.applications.scanProviderViolations(today, actor, correlationId, (m, id, dueOn) =>
      this.notice(m, id, 'S10_PROVIDER', dueOn, today),
    );
    return { asOf: today, published };
  }

  /**
   * T05 [E001] (001 §45): passports still incomplete after their fill deadline (set from the domain's
   * `passportFillDueOn` when the project entered Module 2; null under E000), once per project and due date.
   */
  private async scanPassportFill(today: string, actor: Actor, correlationId: string): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.dataSource.transaction(async (m) => {
        const rows: { id: string; region_code: string; initiator_organization_id: string | null; due_on: string }[] = await m.query(
          `SELECT p.id, p.region_code, p.initiator_organization_id, to_char(p.passport_fill_due_on, 'YYYY-MM-DD') AS due_on FROM project p
            WHERE p.status = 'IMPLEMENTATION' AND p.passport_status = 'INCOMPLETE' AND p.passport_fill_due_on < $1::date
              AND NOT EXISTS (SELECT 1 FROM deadline_notice n
                               WHERE n.aggregate_id = p.id AND n.timer = 'T05_PASSPORT_FILL' AND n.due_on = p.passport_fill_due_on)
            ORDER BY p.id LIMIT $2 FOR UPDATE OF p SKIP LOCKED`,
          [today, BATCH],
        );
        const events: DomainEvent[] = [];
        for (const r of rows) {
          if (!(await this.notice(m, r.id, 'T05_PASSPORT_FILL', r.due_on, today))) continue;
          const payload: PassportFillOverduePayload = {
            projectId: r.id,
            regionCode: r.region_code,
            initiatorOrganizationId: r.initiator_organization_id,
            timer: 'T05_PASSPORT_FILL',
            dueOn: r.due_on,
            detectedOn: today,
            // rules.md §3.1 T05: "Overdue flag; notify AB"; the initiator body is the one bound by it.
            notify: ['INITIATOR', 'AB'],
          };
          events.push(domainEvent('project', r.id, EVENT_TYPES.passportFillOverdue, payload));
        }
        await this.out.emit(m, events, actor, correlationId);
        return { locked: rows.length, published: events.length };
      });
      total += n.published;
      if (n.locked < BATCH || n.published === 0) break;
    }
    return total;
  }

  /** T11 (000 §35; 001 §33): pending national-pool requests AB has not decided within 5 WD; once per request and due date. */
  private async scanPoolDecisions(today: string, actor: Actor, correlationId: string): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.dataSource.transaction(async (m) => {
        const rows: { id: string; project_id: string; kind: string; submitted_on: string; due_on: string; region_code: string }[] = await m.query(
          `SELECT r.id, r.project_id, r.kind, to_char(r.submitted_on, 'YYYY-MM-DD') AS submitted_on,
                  to_char(r.decision_due_on, 'YYYY-MM-DD') AS due_on, pm.region_code
             FROM pool_request r JOIN pool_membership pm ON pm.project_id = r.project_id
            WHERE r.status = 'PENDING' AND r.decision_due_on < $1::date
              AND NOT EXISTS (SELECT 1 FROM deadline_notice n
                               WHERE n.aggregate_id = r.id AND n.timer = 'T11_POOL_DECISION' AND n.due_on = r.decision_due_on)
            ORDER BY r.id LIMIT $2 FOR UPDATE OF r SKIP LOCKED`,
          [today, BATCH],
        );
        const events: DomainEvent[] = [];
        for (const r of rows) {
          if (!(await this.notice(m, r.id, 'T11_POOL_DECISION', r.due_on, today))) continue;
          const payload: PoolDecisionOverduePayload = {
            requestId: r.id,
            projectId: r.project_id,
            regionCode: r.region_code,
            kind: r.kind,
            submittedOn: r.submitted_on,
            timer: 'T11_POOL_DECISION',
            dueOn: r.due_on,
            detectedOn: today,
            // rules.md §3.1 T11: "Overdue flag; notify the AB head. No deemed approval."
            notify: ['AB'],
          };
          events.push(domainEvent(POOL_AGGREGATE, r.project_id, EVENT_TYPES.poolDecisionOverdue, payload));
        }
        await this.out.emit(m, events, actor, correlationId);
        return { locked: rows.length, published: events.length };
      });
      total += n.published;
      if (n.locked < BATCH || n.published === 0) break;
    }
    return total;
  }

  /** Records the notice; false when one exists already for this aggregate, timer and due date. */
  private async notice(m: EntityManager, aggregateId: string, timer: string, dueOn: string, today: string): Promise<boolean> {
    const r: unknown[] = await m.query(
      `INSERT INTO deadline_notice (aggregate_id, timer, due_on, detected_on) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING aggregate_id`,
      [aggregateId, timer, dueOn, today],
    );
    return r.length === 1;
  }
}

/** rules.md §3.1: T06 notify the initiator body and AB; T07 AB; T08 NC [E000] or AB [E001]. */
function notifyFor(kind: keyof typeof TIMERS, edition: string): string[] {
  if (kind === 'FORM') return ['INITIATOR', 'AB'];
  if (kind === 'APPROVAL') return ['AB'];
  return edition === 'E000' ? ['NC'] : ['AB'];
}
