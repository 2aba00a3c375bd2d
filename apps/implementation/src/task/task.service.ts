import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  EVENT_TYPES,
  LAST_TASK_CODE,
  TASK_AGGREGATE,
  TASK_EVENTS,
  addCalendarDays,
  can,
  decideTask,
  taskOverdue,
  trafficLight,
  validationOverdue,
  type Actor,
  type DomainEvent,
  type RuleEdition,
  type TaskBecameOverduePayload,
  type TaskCommand,
  type TaskCompletedPayload,
  type TaskCreatedPayload,
  type TaskDueDateChangedPayload,
  type TaskFacts,
  type TaskState,
  type TaskValidatedPayload,
  type TrafficLight,
} from '@ndip/domain';
import { CLOCK, RULE_EDITION, uuidv7, type Clock, type CommandMessage, type Page, type TaskTransitionCommand, ReferenceDataCache } from '@ndip/platform';
import { DataSource } from 'typeorm';
import { ImplementationOutbox, domainEvent } from '../common/implementation-outbox';
import { ProjectRepository, projectVisibleTo, scopedActor, type ScopedActor } from '../project/project.repository';
import { ProjectService } from '../project/project.service';
import { TaskEntity } from './task.entity';
import { TaskRepository } from './task.repository';

export interface TaskView {
  id: string;
  roadmapId: string;
  projectId: string;
  stage: string;
  position: number;
  code: string;
  title: string;
  status: string;
  effective: boolean;
  dueDate: string;
  dueHistory: string[];
  responsible: TaskEntity['responsible'];
  expectedResult: string;
  supportMeasures: string[];
  requiresValidation: boolean;
  startedOn: string | null;
  actualCompletionDate: string | null;
  /** Completed after its due date. */
  completedLate: boolean;
  validationDueOn: string | null;
  validatedOn: string | null;
  validationLate: boolean;
  validationRefusal: TaskState['validationRefusal'];
  pendingReschedule: TaskState['pendingReschedule'];
  /** rules.md §4.6: colour of an open task; NONE once completed. */
  trafficLight: TrafficLight;
  /** T6: open and past its due date. */
  overdue: boolean;
  /** T10: awaiting validation past the 5 WD. */
  validationOverdue: boolean;
  version: number;
}

export function taskView(t: TaskEntity, today: string): TaskView {
  const s = t.state;
  const completed = s.actualCompletionDate !== null;
  return {
    id: t.id,
    roadmapId: t.roadmapId,
    projectId: t.projectId,
    stage: t.stage,
    position: t.position,
    code: t.code,
    title: s.title,
    status: s.status,
    effective: t.effective,
    dueDate: s.dueDate,
    dueHistory: s.dueHistory,
    responsible: t.responsible,
    expectedResult: t.expectedResult,
    supportMeasures: t.supportMeasures,
    requiresValidation: s.requiresValidation,
    startedOn: s.startedOn,
    actualCompletionDate: s.actualCompletionDate,
    completedLate: completed && (s.actualCompletionDate as string) > s.dueDate,
    validationDueOn: s.validationDueOn,
    validatedOn: s.validatedOn,
    validationLate: s.validationLate,
    validationRefusal: s.validationRefusal,
    pendingReschedule: s.pendingReschedule,
    trafficLight: trafficLight({ dueDate: s.dueDate, today, completed }),
    overdue: t.effective && taskOverdue(s, today),
    validationOverdue: validationOverdue(s, today),
    version: t.version,
  };
}

/** The facts every task event for reporting carries. */
export function taskFacts(t: TaskEntity, s: TaskState = t.state): TaskFacts {
  return {
    taskId: t.id,
    projectId: t.projectId,
    roadmapId: t.roadmapId,
    code: t.code,
    regionCode: t.regionCode,
    responsibleOrganizationId: t.responsible.organizationId,
    dueDate: s.dueDate,
    actualCompletionDate: s.actualCompletionDate,
  };
}

export function taskCreatedEvent(t: TaskEntity): DomainEvent<TaskCreatedPayload> {
  return domainEvent(TASK_AGGREGATE, t.id, EVENT_TYPES.taskCreated, { ...taskFacts(t), stage: t.stage, requiresValidation: t.state.requiresValidation });
}

const OVERDUE_BATCH = 200;

function fail(code: DomainErrorCode, message: string, field?: string, extra: Record<string, unknown> = {}): never {
  throw new DomainError(code, message, { ...(field ? { field } : {}), ...extra });
}

/**
 * SM-TASK orchestration (decideTask): progress, completion, National Chamber validation (5 WD),
 * reschedules approved by AB, the hand-over to Module 3 after the last task, and the daily overdue job.
 * Task events that reporting consumes are published with the catalogue payloads (TaskFacts).
 */
@Injectable()
export class TaskService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tasks: TaskRepository,
    private readonly projectRows: ProjectRepository,
    private readonly projects: ProjectService,
    private readonly out: ImplementationOutbox,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
    private readonly reference: ReferenceDataCache,
  ) {}

  async transition(c: TaskTransitionCommand, cmd: CommandMessage): Promise<TaskView> {
    const actor = scopedActor(cmd.actor, c.investorBin);
    const found = await this.tasks.findById(c.taskId);
    const visible = found ? await this.projectRows.findById(found.projectId) : null;
    if (!found || !visible || !projectVisibleTo(actor, visible)) fail(DomainErrorCode.NOT_FOUND, `task ${c.taskId} not found`, 'taskId');
    return this.dataSource.transaction(async (m) => {
      // Lock order: project, then task (as the roadmap approval does).
      const p = await this.projects.loadForCommand(m, found.projectId, actor, null);
      const t = (await this.tasks.findForUpdate(m, c.taskId)) as TaskEntity;
      if (!t.effective) fail(DomainErrorCode.WRONG_STATE, 'the roadmap of this task is not approved yet', undefined, { status: t.status });
      const today = this.clock.today();
      const command = this.command(c);
      if (command.type === 'COMPLETE' && t.code === LAST_TASK_CODE) {
        // §2.2.7 M1: the last task closes the roadmap; every other task is done first.
        const open = (await this.tasks.ofRoadmap(m, t.roadmapId)).filter((x) => x.id !== t.id && x.status !== 'DONE').map((x) => x.code);
        if (open.length > 0) fail(DomainErrorCode.WRONG_STATE, `the last task comes after ${open.join(', ')}`, undefined, { open });
      }
      const d = decideTask(t.state, command, { actor, today, edition: this.edition, calendar: this.reference.calendar() });
      if (!d.ok) throw d.error;
      const before = taskView(t, today);
      const events = d.events.map((e) => this.publicEvent(e, t, d.state, today));
      const s = d.state;
      t.state = s;
      t.status = s.status;
      t.dueDate = s.dueDate;
      await this.tasks.save(m, t);
      const lastDone = t.code === LAST_TASK_CODE && s.status === 'DONE';
      if (lastDone) {
        // 000 §60 / 001 §68: validation of the last task (its date is the Module 3 entry date, A-25).
        events.push(this.projects.transferToPostInvestment(p, s.validatedOn ?? today));
        await this.projects.save(m, p);
      }
      await this.out.emit(m, events, cmd.actor, cmd.correlationId);
      const after = taskView(t, today);
      await this.out.audit(m, cmd.actor, `task.${c.action.toLowerCase()}`, TASK_AGGREGATE, t.id, before, after, cmd.correlationId);
      return after;
    });
  }

  async list(projectId: string, actor: ScopedActor): Promise<Page<TaskView>> {
    const p = await this.projectRows.findById(projectId);
    if (!p || !projectVisibleTo(actor, p)) fail(DomainErrorCode.NOT_FOUND, `project ${projectId} not found`, 'projectId');
    const today = this.clock.today();
    const items = (await this.tasks.ofProject(projectId)).map((t) => taskView(t, today));
    return { items, total: items.length, page: 1, pageSize: Math.max(items.length, 1) };
  }

  /** The request-reply command that runs the overdue job once (operators, tests). §9.2 "Operate NDIP": NC, ADMIN. */
  async runOverdueScan(cmd: CommandMessage): Promise<{ asOf: string; published: number }> {
    if (!can(cmd.actor.role, 'platform.operate', this.edition.code, 'perform'))
      fail(DomainErrorCode.WRONG_ROLE, `${cmd.actor.role} may not run the overdue job`);
    const asOf = this.clock.today();
    return { asOf, published: await this.scanOverdue(asOf, cmd.actor, cmd.correlationId) };
  }

  /**
   * T6 (rules.md §2.2.6; 000 §55–56): every effective open task whose due date has passed gets one
   * `implementation.task.became-overdue` event per due date. Batches in transactions with
   * FOR UPDATE SKIP LOCKED, so that replicas can run side by side.
   */
  async scanOverdue(today: string, actor: Actor, correlationId: string): Promise<number> {
    let published = 0;
    for (;;) {
      const n = await this.dataSource.transaction(async (m) => {
        const batch = await this.tasks.lockOverdueBatch(m, today, OVERDUE_BATCH);
        const events: DomainEvent[] = [];
        for (const t of batch) {
          if (!(await this.tasks.insertOverdueNotice(m, t.id, t.dueDate, today))) continue;
          const payload: TaskBecameOverduePayload = { ...taskFacts(t), overdueSince: addCalendarDays(t.dueDate, 1), detectedOn: today };
          events.push(domainEvent(TASK_AGGREGATE, t.id, EVENT_TYPES.taskBecameOverdue, payload));
        }
        await this.out.emit(m, events, actor, correlationId);
        return { locked: batch.length, published: events.length };
      });
      published += n.published;
      if (n.locked < OVERDUE_BATCH) return published;
    }
  }

  newCorrelationId(): string {
    return uuidv7(this.clock.now().getTime());
  }

  private command(c: TaskTransitionCommand): TaskCommand {
    switch (c.action) {
      case 'START':
        return { type: 'START', investorConsent: c.investorConsent };
      case 'COMPLETE':
        return {
          type: 'COMPLETE',
          actualCompletionDate: c.actualCompletionDate as string,
          evidenceFileIds: c.evidenceFileIds ?? [],
          investorConsent: c.investorConsent,
        };
      case 'VALIDATE':
        return { type: 'VALIDATE' };
      case 'REFUSE_VALIDATION':
        return { type: 'REFUSE_VALIDATION', reason: c.reason as string };
      case 'REQUEST_RESCHEDULE':
        return { type: 'REQUEST_RESCHEDULE', newDueDate: c.newDueDate as string, reason: c.reason as string, investorConsent: c.investorConsent };
      case 'APPROVE_RESCHEDULE':
        return { type: 'APPROVE_RESCHEDULE' };
      case 'REFUSE_RESCHEDULE':
        return { type: 'REFUSE_RESCHEDULE', reason: c.reason };
    }
  }

  /** The machine's completed / validated / rescheduled events become the catalogue events reporting consumes. */
  private publicEvent(e: DomainEvent, t: TaskEntity, s: TaskState, today: string): DomainEvent {
    const p = e.payload as Record<string, unknown>;
    switch (e.type) {
      case TASK_EVENTS.completed: {
        const payload: TaskCompletedPayload = {
          ...taskFacts(t, s),
          awaitingValidation: p.awaitingValidation === true,
          validationDueOn: (p.validationDueOn as string | null) ?? null,
        };
        return domainEvent(TASK_AGGREGATE, t.id, EVENT_TYPES.taskCompleted, payload);
      }
      case TASK_EVENTS.validated: {
        const payload: TaskValidatedPayload = {
          ...taskFacts(t, s),
          validatedOn: s.validatedOn ?? today,
          late: s.validationLate,
          movesProjectToModule3: t.code === LAST_TASK_CODE,
        };
        return domainEvent(TASK_AGGREGATE, t.id, EVENT_TYPES.taskValidated, payload);
      }
      case TASK_EVENTS.rescheduled: {
        const payload: TaskDueDateChangedPayload = { ...taskFacts(t, s), previousDueDate: p.previousDueDate as string, changedOn: today };
        return domainEvent(TASK_AGGREGATE, t.id, EVENT_TYPES.taskDueDateChanged, payload);
      }
      default:
        return e;
    }
  }
}
