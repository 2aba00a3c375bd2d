import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  EVENT_TYPES,
  ROADMAP_AGGREGATE,
  TASK_AGGREGATE,
  can,
  roadmapOverdue,
  validationOverdue,
  type Actor,
  type DomainEvent,
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
  published: { formation: number; approval: number; rework: number; validation: number; providerViolation: number };
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
 * T06 roadmap not formed within 30 CD of naming the MIO, T07 [E001] approval not finished within 30 CD of the
 * passport, T08 roadmap not fixed within 5 WD of a return, T10 a completed task not validated within 5 WD, and
 * S10 a state-service provider past its term (the violation notice). Each miss is published once: a row in
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
    const published = { formation: 0, approval: 0, rework: 0, validation: 0, providerViolation: 0 };
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
    published.providerViolation = await this.applications.scanProviderViolations(today, actor, correlationId, (m, id, dueOn) =>
      this.notice(m, id, 'S10_PROVIDER', dueOn, today),
    );
    return { asOf: today, published };
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
