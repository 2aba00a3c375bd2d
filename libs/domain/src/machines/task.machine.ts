/**
 * SM-TASK: a roadmap task (rules.md §2.2.6; 000 §48, §53, §55–60; 001 §63–66), including the
 * Module 2 → Module 3 hand-over of §2.2.7 (M1/M2): completing the last task (POST_CAPACITY) needs NCH validation,
 * and its validation date is the Module 3 entry date; the validated event says so.
 *
 * Editions: who records progress (E000: initiator bodies per §9.2; E001: only the MIO, with the investor's
 * consent, 001 §64), which tasks need validation (`validationRequiredFor`, A-26), and whether a reschedule needs
 * the investor jointly (E001, §9.2 "Make roadmap change / revise deadlines": INV A [E001]).
 * Deadlines: T10 (5 WD to validate) binds NCH and has no stated consequence: a late validation is accepted
 * and flagged (`validationLate`); T6 overdue tasks are a flag (`taskOverdue`). No automatic validation (M3).
 * Check order: edition → §9.2 role → status → scope (MIO region) → input.
 */
import type { Actor } from '../access/organization-type';
import { can } from '../access/permissions';
import { DomainErrorCode } from '../errors/domain-error';
import { compareDates } from '../reference/calendar';
import {
  accept,
  authorizeCommand,
  event,
  fail,
  guarded,
  isAfter,
  optionalText,
  passing,
  requireDate,
  requireNotFuture,
  requireSameRegion,
  requireText,
  requireTextList,
  timerEnd,
  type CommandSpec,
  type Decision,
  type EditionPinned,
  type TransitionContext,
} from './transition';

export const TASK_AGGREGATE = 'roadmap-task';
export const TASK_STATUSES = ['PLANNED', 'IN_PROGRESS', 'AWAITING_VALIDATION', 'DONE'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** The last task of every roadmap: design capacity / serial production (rules.md §2.2.4). */
export const LAST_TASK_CODE = 'POST_CAPACITY';

export const TASK_EVENTS = {
  created: 'implementation.task.created',
  started: 'implementation.task.started',
  completed: 'implementation.task.completed',
  validated: 'implementation.task.validated',
  validationRefused: 'implementation.task.validation-refused',
  rescheduleRequested: 'implementation.task.reschedule-requested',
  rescheduled: 'implementation.task.rescheduled',
  rescheduleRefused: 'implementation.task.reschedule-refused',
  commented: 'implementation.task.commented',
} as const;

export interface TaskState extends EditionPinned {
  taskId: string;
  roadmapId: string;
  projectId: string;
  /** Template code (rules.md §2.2.4) or a custom code. */
  code: string;
  title: string;
  regionCode: string;
  status: TaskStatus;
  dueDate: string;
  /** Previous due dates (T7: history kept). */
  dueHistory: string[];
  /** Decided at creation from the edition's `validationRequiredFor`. */
  requiresValidation: boolean;
  startedOn: string | null;
  actualCompletionDate: string | null;
  evidenceFileIds: string[];
  /** T10: actualCompletionDate + 5 WD. */
  validationDueOn: string | null;
  validatedOn: string | null;
  validationLate: boolean;
  validationRefusal: { reason: string; on: string } | null;
  pendingReschedule: { newDueDate: string; reason: string; requestedOn: string } | null;
  commentCount: number;
}

export type TaskCommand =
  | { type: 'CREATE'; taskId: string; roadmapId: string; projectId: string; code: string; title: string; dueDate: string; regionCode: string }
  | { type: 'START'; investorConsent?: boolean }
  | { type: 'COMPLETE'; actualCompletionDate: string; evidenceFileIds: string[]; investorConsent?: boolean }
  | { type: 'VALIDATE' }
  | { type: 'REFUSE_VALIDATION'; reason: string }
  | { type: 'REQUEST_RESCHEDULE'; newDueDate: string; reason: string; investorConsent?: boolean }
  | { type: 'APPROVE_RESCHEDULE' }
  | { type: 'REFUSE_RESCHEDULE'; reason?: string }
  | { type: 'COMMENT'; text: string; fileIds?: string[] };
export type TaskCommandType = TaskCommand['type'];

const OPEN: readonly TaskStatus[] = ['PLANNED', 'IN_PROGRESS'];

const RULES: Record<TaskCommandType, CommandSpec<TaskStatus> & { mioRegion: boolean; needsNoPending?: boolean }> = {
  // §9.2 M2 "Form roadmap": MIO X (T1: tasks are created as part of the roadmap).
  CREATE: { action: 'roadmap.form', mode: 'perform', from: null, mioRegion: true },
  // §9.2 M2 "Update task progress": E000 MIO/NC/NCR/CSB/NCH/NH X, INV x; E001 MIO X only (INV consent = A).
  START: { action: 'task.update-progress', mode: 'perform', from: ['PLANNED'], mioRegion: true },
  COMPLETE: { action: 'task.update-progress', mode: 'perform', from: OPEN, mioRegion: true },
  // §9.2 M2 "Validate last task [E000] / key tasks [E001]": NCH A.
  VALIDATE: { action: 'task.validate', mode: 'approve', from: ['AWAITING_VALIDATION'], mioRegion: false },
  REFUSE_VALIDATION: { action: 'task.validate', mode: 'approve', from: ['AWAITING_VALIDATION'], mioRegion: false },
  // §9.2 M2 "Make roadmap change / revise deadlines": MIO X, AB A, INV A [E001].
  REQUEST_RESCHEDULE: { action: 'task.reschedule', mode: 'perform', from: OPEN, mioRegion: true, needsNoPending: true },
  APPROVE_RESCHEDULE: { action: 'task.reschedule', mode: 'approve', from: OPEN, mioRegion: false },
  REFUSE_RESCHEDULE: { action: 'task.reschedule', mode: 'approve', from: OPEN, mioRegion: false },
  // §9.2 M2 "Attach files / comment (within competence)".
  COMMENT: { action: 'task.comment', mode: 'perform', from: TASK_STATUSES, mioRegion: true },
};

function authorize(state: TaskState | null, type: TaskCommandType, ctx: TransitionContext): TaskState | null {
  const rule = RULES[type];
  const s = authorizeCommand(state, type, rule, ctx);
  // The row gives INV an A in E001 (the investor's joint consent, given on the request); AB's decision is AB's alone.
  if ((type === 'APPROVE_RESCHEDULE' || type === 'REFUSE_RESCHEDULE') && ctx.actor.role !== 'AB') {
    fail(DomainErrorCode.WRONG_ROLE, `${type}: the authorized body decides`, { role: ctx.actor.role });
  }
  if (s !== null && rule.mioRegion && ctx.actor.role === 'MIO') requireSameRegion(ctx.actor, s.regionCode, type);
  if (s !== null && (type === 'APPROVE_RESCHEDULE' || type === 'REFUSE_RESCHEDULE') && s.pendingReschedule === null) {
    fail(DomainErrorCode.WRONG_STATE, `${type}: no reschedule request is pending`, { status: s.status });
  }
  if (s !== null && rule.needsNoPending && s.pendingReschedule !== null) {
    fail(DomainErrorCode.WRONG_STATE, `${type}: a reschedule request is already pending`, { status: s.status });
  }
  return s;
}

function requireConsent(value: unknown, needed: boolean): void {
  if (needed && value !== true) {
    fail(DomainErrorCode.INVALID_INPUT, "the investor's consent is required (001 §63–64)", { field: 'investorConsent' });
  }
}

export function decideTask(state: TaskState | null, command: TaskCommand, ctx: TransitionContext): Decision<TaskState> {
  return guarded(() => {
    const s = authorize(state, command.type, ctx);
    const today = ctx.today;
    const ed = ctx.edition;
    const ev = (cur: TaskState, type: string, payload: Record<string, unknown> = {}) =>
      event(TASK_AGGREGATE, cur.taskId, type, { taskId: cur.taskId, roadmapId: cur.roadmapId, projectId: cur.projectId, code: cur.code, ...payload });
    switch (command.type) {
      case 'CREATE': {
        const regionCode = requireText(command.regionCode, 'regionCode', 20);
        requireSameRegion(ctx.actor, regionCode, 'CREATE');
        const next: TaskState = {
          edition: ed.code,
          taskId: requireText(command.taskId, 'taskId', 100),
          roadmapId: requireText(command.roadmapId, 'roadmapId', 100),
          projectId: requireText(command.projectId, 'projectId', 100),
          code: requireText(command.code, 'code', 50),
          title: requireText(command.title, 'title', 500),
          regionCode,
          status: 'PLANNED',
          dueDate: requireDate(command.dueDate, 'dueDate'),
          dueHistory: [],
          requiresValidation: (ed.tasks.validationRequiredFor as readonly string[]).includes(command.code),
          startedOn: null,
          actualCompletionDate: null,
          evidenceFileIds: [],
          validationDueOn: null,
          validatedOn: null,
          validationLate: false,
          validationRefusal: null,
          pendingReschedule: null,
          commentCount: 0,
        };
        return accept(next, [ev(next, TASK_EVENTS.created, { dueDate: next.dueDate, requiresValidation: next.requiresValidation })]);
      }
      case 'START': {
        const cur = s as TaskState;
        requireConsent(command.investorConsent, ed.tasks.progressRequiresInvestorConsent);
        return accept({ ...cur, status: 'IN_PROGRESS', startedOn: today }, [ev(cur, TASK_EVENTS.started, { startedOn: today })]);
      }
      case 'COMPLETE': {
        const cur = s as TaskState;
        requireConsent(command.investorConsent, ed.tasks.progressRequiresInvestorConsent);
        const actual = requireDate(command.actualCompletionDate, 'actualCompletionDate');
        requireNotFuture(actual, today, 'actualCompletionDate');
        const evidenceFileIds = requireTextList(command.evidenceFileIds, 'evidenceFileIds', 0);
        const status: TaskStatus = cur.requiresValidation ? 'AWAITING_VALIDATION' : 'DONE';
        const validationDueOn = cur.requiresValidation ? timerEnd(ed.tasks.validation, actual, ctx) : null;
        const next: TaskState = {
          ...cur,
          status,
          actualCompletionDate: actual,
          evidenceFileIds,
          validationDueOn,
          validationRefusal: null,
          pendingReschedule: null,
        };
        const payload = { actualCompletionDate: actual, awaitingValidation: cur.requiresValidation, validationDueOn, lastTask: cur.code === LAST_TASK_CODE };
        return accept(next, [ev(cur, TASK_EVENTS.completed, payload)]);
      }
      case 'VALIDATE': {
        const cur = s as TaskState;
        const validationLate = isAfter(today, cur.validationDueOn as string);
        const next: TaskState = { ...cur, status: 'DONE', validatedOn: today, validationLate };
        // §2.2.7 M2 / A-25: validating the last task moves the project to Module 3 on the validation date.
        const payload = {
          validatedOn: today,
          late: validationLate,
          actualCompletionDate: cur.actualCompletionDate,
          movesProjectToModule3: cur.code === LAST_TASK_CODE,
        };
        return accept(next, [ev(cur, TASK_EVENTS.validated, payload)]);
      }
      case 'REFUSE_VALIDATION': {
        const cur = s as TaskState;
        const reason = requireText(command.reason, 'reason');
        // T5 (inferred): back to IN_PROGRESS.
        const next: TaskState = { ...cur, status: 'IN_PROGRESS', validationRefusal: { reason, on: today }, actualCompletionDate: null, validationDueOn: null };
        return accept(next, [ev(cur, TASK_EVENTS.validationRefused, { reason, refusedOn: today })]);
      }
      case 'REQUEST_RESCHEDULE': {
        const cur = s as TaskState;
        const newDueDate = requireDate(command.newDueDate, 'newDueDate');
        if (compareDates(newDueDate, cur.dueDate) === 0) fail(DomainErrorCode.INVALID_INPUT, 'newDueDate equals the current due date', { field: 'newDueDate' });
        const reason = requireText(command.reason, 'reason');
        // E001: "jointly with the investor" (INV approves in the §9.2 row).
        requireConsent(command.investorConsent, can('INV', 'task.reschedule', ed.code, 'approve'));
        const pendingReschedule = { newDueDate, reason, requestedOn: today };
        return accept({ ...cur, pendingReschedule }, [ev(cur, TASK_EVENTS.rescheduleRequested, { newDueDate, reason })]);
      }
      case 'APPROVE_RESCHEDULE': {
        const cur = s as TaskState;
        const p = cur.pendingReschedule as NonNullable<TaskState['pendingReschedule']>;
        const next: TaskState = { ...cur, dueDate: p.newDueDate, dueHistory: [...cur.dueHistory, cur.dueDate], pendingReschedule: null };
        return accept(next, [ev(cur, TASK_EVENTS.rescheduled, { previousDueDate: cur.dueDate, dueDate: p.newDueDate })]);
      }
      case 'REFUSE_RESCHEDULE': {
        const cur = s as TaskState;
        const reason = optionalText(command.reason, 'reason');
        return accept({ ...cur, pendingReschedule: null }, [ev(cur, TASK_EVENTS.rescheduleRefused, { reason })]);
      }
      case 'COMMENT': {
        const cur = s as TaskState;
        const text = requireText(command.text, 'text', 10000);
        const fileIds = command.fileIds === undefined ? [] : requireTextList(command.fileIds, 'fileIds', 0);
        return accept({ ...cur, commentCount: cur.commentCount + 1 }, [ev(cur, TASK_EVENTS.commented, { text, fileIds, by: ctx.actor.organizationId })]);
      }
    }
  });
}

/** T6: an open task whose due date has passed (from the first day after `dueDate`). */
export function taskOverdue(state: TaskState, today: string): boolean {
  return OPEN.includes(state.status) && isAfter(today, state.dueDate);
}

/** M3 / T10: validation not done within 5 WD of actual completion (flag only; no automatic validation). */
export function validationOverdue(state: TaskState, today: string): boolean {
  return state.status === 'AWAITING_VALIDATION' && isAfter(today, state.validationDueOn as string);
}

export function allowedTaskActions(state: TaskState | null, actor: Actor, ctx: Omit<TransitionContext, 'actor'>): TaskCommandType[] {
  const full: TransitionContext = { ...ctx, actor };
  return passing(Object.keys(RULES) as TaskCommandType[], (t) => authorize(state, t, full));
}
