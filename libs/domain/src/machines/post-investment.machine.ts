/**
 * SM-M3: the post-investment period, Module 3 (rules.md §2.3; 000 §36, §61–64; 001 §34, §69–71).
 * the period (3 years from the Module 3 entry, or the investment contract's term) ends by date
 * (M3_PERIOD_ENDED), while completion is an AB decision once all obligations are fulfilled and the final
 * analysis is done (M3_COMPLETED). A-25: the entry date is the NCH validation date.
 * System steps (period end, archive) are run by the operator: §9.2 "Operate NDIP" (NC X; ADMIN as operator).
 * Check order: edition → §9.2 role → status → scope (investor) → dates → input.
 */
import type { Actor } from '../access/organization-type';
import { DomainErrorCode } from '../errors/domain-error';
import { EVENT_TYPES, type MonitoringOpenedPayload } from '../events/catalog';
import { compareDates } from '../reference/calendar';
import { issueSla, type IssueSlaTable, type M3IssueCategory } from '../rules/m3-issue-sla';
import { autoExclusionDate } from './pool.machine';
import {
  accept,
  authorizeCommand,
  event,
  fail,
  guarded,
  isAfter,
  optionalDate,
  optionalText,
  passing,
  requireDate,
  requireNotFuture,
  requireOneOf,
  requireText,
  type CommandSpec,
  type Decision,
  type EditionPinned,
  type TransitionContext,
} from './transition';

export const MONITORING_AGGREGATE = 'monitoring';
export const M3_STATUSES = ['M3_ACTIVE', 'M3_PERIOD_ENDED', 'M3_COMPLETED', 'ARCHIVED'] as const;
export type M3Status = (typeof M3_STATUSES)[number];

export const M3_EVENTS = {
  opened: EVENT_TYPES.monitoringOpened,
  issueRaised: 'post-investment.monitoring.issue-raised',
  issueClosed: 'post-investment.monitoring.issue-closed',
  changeRecorded: 'post-investment.monitoring.change-recorded',
  periodEnded: 'post-investment.monitoring.period-ended',
  completed: 'post-investment.monitoring.completed',
  archived: 'post-investment.monitoring.archived',
} as const;

export interface M3Issue {
  issueId: string;
  status: 'OPEN' | 'CLOSED';
  text: string;
  raisedOn: string;
  response: string | null;
  closedOn: string | null;
}

export interface M3State extends EditionPinned {
  monitoringId: string;
  projectId: string;
  regionCode: string;
  investorOrganizationId: string;
  status: M3Status;
  /** Module 3 entry = NCH validation date. */
  startsOn: string;
  contractExpiresOn: string | null;
  /** First day after the period: the 3-year anniversary, or the day after the contract's last day. */
  endsOn: string;
  issues: M3Issue[];
  changes: Array<{ description: string; recordedOn: string } & M3ChangeDetail>;
  periodEndedOn: string | null;
  completedOn: string | null;
  finalAnalysis: string | null;
  archivedOn: string | null;
}

export type M3Command =
  | {
      type: 'OPEN';
      monitoringId: string;
      projectId: string;
      regionCode: string;
      investorOrganizationId: string;
      startsOn: string;
      contractExpiresOn?: string | null;
    }
  | { type: 'RAISE_ISSUE'; issueId: string; text: string }
  | { type: 'CLOSE_ISSUE'; issueId: string; response: string }
  | ({ type: 'RECORD_CHANGE'; description: string } & M3ChangeDetail)
  | { type: 'END_PERIOD'; inNationalPool?: boolean }
  | { type: 'COMPLETE'; finalAnalysis: string; obligationsFulfilled: boolean; unresolvedIssues?: number }
  | { type: 'ARCHIVE' };
export type M3CommandType = M3Command['type'];

/** What changed (000 §62: investment volume, project conditions, the investment contract); optional, for the change log. */
export const M3_CHANGE_SUBJECTS = ['PROJECT', 'INVESTMENT_CONTRACT'] as const;
export interface M3ChangeDetail {
  subject?: (typeof M3_CHANGE_SUBJECTS)[number];
  /** The changed item, e.g. `investmentVolumeKzt`, `conditions`, `contractExpiresOn`. */
  field?: string;
  oldValue?: string | null;
  newValue?: string | null;
}

const LIVE: readonly M3Status[] = ['M3_ACTIVE', 'M3_PERIOD_ENDED'];
const RULES: Record<M3CommandType, CommandSpec<M3Status>> = {
  // §9.2 M3 "Post-investment support/monitoring": NC X, NCR x, AB X.
  OPEN: { action: 'm3.support', mode: 'perform', from: null },
  // §9.2 M3 "Raise problem issues/proposals in Module 3": INV X (P1: while the period runs).
  RAISE_ISSUE: { action: 'm3.issue.raise', mode: 'perform', from: ['M3_ACTIVE'] },
  // §9.2 M3 "Consider issues; record changes; final analysis; complete Module 3": AB X, NC x.
  CLOSE_ISSUE: { action: 'm3.issue.close', mode: 'perform', from: LIVE },
  RECORD_CHANGE: { action: 'm3.change.record', mode: 'perform', from: LIVE },
  COMPLETE: { action: 'm3.complete', mode: 'perform', from: LIVE },
  // System steps: §9.2 "Operate NDIP; grant access": NC X (ADMIN as operator).
  END_PERIOD: { action: 'platform.operate', mode: 'perform', from: ['M3_ACTIVE'] },
  ARCHIVE: { action: 'platform.operate', mode: 'perform', from: ['M3_COMPLETED'] },
};

function authorize(state: M3State | null, type: M3CommandType, ctx: TransitionContext): M3State | null {
  const s = authorizeCommand(state, type, RULES[type], ctx);
  if (s === null) return null;
  if (type === 'RAISE_ISSUE' && ctx.actor.organizationId !== s.investorOrganizationId) {
    fail(DomainErrorCode.WRONG_ROLE, 'only the project investor raises issues', { field: 'actor.organizationId' });
  }
  if (type === 'END_PERIOD' && compareDates(ctx.today, s.endsOn) < 0) {
    fail(DomainErrorCode.WRONG_STATE, `the period runs until the day before ${s.endsOn}`, { field: 'today' });
  }
  return s;
}

export function decidePostInvestment(state: M3State | null, command: M3Command, ctx: TransitionContext): Decision<M3State> {
  return guarded(() => {
    const s = authorize(state, command.type, ctx);
    const today = ctx.today;
    const ev = (cur: M3State, type: string, payload: Record<string, unknown>) =>
      event(MONITORING_AGGREGATE, cur.monitoringId, type, { monitoringId: cur.monitoringId, projectId: cur.projectId, ...payload });
    switch (command.type) {
      case 'OPEN': {
        const startsOn = requireDate(command.startsOn, 'startsOn');
        requireNotFuture(startsOn, today, 'startsOn');
        const contractExpiresOn = optionalDate(command.contractExpiresOn, 'contractExpiresOn');
        const next: M3State = {
          edition: ctx.edition.code,
          monitoringId: requireText(command.monitoringId, 'monitoringId', 100),
          projectId: requireText(command.projectId, 'projectId', 100),
          regionCode: requireText(command.regionCode, 'regionCode', 20),
          investorOrganizationId: requireText(command.investorOrganizationId, 'investorOrganizationId', 100),
          status: 'M3_ACTIVE',
          startsOn,
          contractExpiresOn,
          endsOn: autoExclusionDate(startsOn, contractExpiresOn, ctx.edition.postInvestment.years) as string,
          issues: [],
          changes: [],
          periodEndedOn: null,
          completedOn: null,
          finalAnalysis: null,
          archivedOn: null,
        };
        const payload: MonitoringOpenedPayload = {
          monitoringId: next.monitoringId,
          projectId: next.projectId,
          regionCode: next.regionCode,
          startsOn,
          endsOn: next.endsOn,
        };
        return accept(next, [event(MONITORING_AGGREGATE, next.monitoringId, M3_EVENTS.opened, payload)]);
      }
      case 'RAISE_ISSUE': {
        const cur = s as M3State;
        const issueId = requireText(command.issueId, 'issueId', 100);
        if (cur.issues.some((i) => i.issueId === issueId)) fail(DomainErrorCode.CONFLICT, `issue ${issueId} exists`, { field: 'issueId' });
        const text = requireText(command.text, 'text', 10000);
        const issue: M3Issue = { issueId, status: 'OPEN', text, raisedOn: today, response: null, closedOn: null };
        return accept({ ...cur, issues: [...cur.issues, issue] }, [ev(cur, M3_EVENTS.issueRaised, { issueId, raisedOn: today })]);
      }
      case 'CLOSE_ISSUE': {
        const cur = s as M3State;
        const issue = cur.issues.find((i) => i.issueId === command.issueId);
        if (issue === undefined) fail(DomainErrorCode.NOT_FOUND, `no issue ${String(command.issueId)}`, { field: 'issueId' });
        if (issue.status === 'CLOSED') fail(DomainErrorCode.WRONG_STATE, `issue ${issue.issueId} is closed`, { field: 'issueId' });
        const response = requireText(command.response, 'response', 10000);
        const issues = cur.issues.map((i) => (i.issueId === issue.issueId ? { ...i, status: 'CLOSED' as const, response, closedOn: today } : i));
        return accept({ ...cur, issues }, [ev(cur, M3_EVENTS.issueClosed, { issueId: issue.issueId, closedOn: today })]);
      }
      case 'RECORD_CHANGE': {
        const cur = s as M3State;
        const description = requireText(command.description, 'description', 10000);
        const detail = changeDetail(command);
        return accept({ ...cur, changes: [...cur.changes, { description, recordedOn: today, ...detail }] }, [
          ev(cur, M3_EVENTS.changeRecorded, { description, recordedOn: today, ...detail }),
        ]);
      }
      case 'END_PERIOD': {
        const cur = s as M3State;
        const basis = cur.contractExpiresOn !== null ? 'CONTRACT_EXPIRY' : 'THREE_YEARS';
        // A regional-pool project has no national-pool membership to lose (rules.md §6.2: automatic exclusion is national).
        const poolStatus = command.inNationalPool === false ? 'NOT_IN_NATIONAL_POOL' : 'EXCLUDED';
        return accept({ ...cur, status: 'M3_PERIOD_ENDED', periodEndedOn: today }, [ev(cur, M3_EVENTS.periodEnded, { endedOn: today, basis, poolStatus })]);
      }
      case 'COMPLETE': {
        const cur = s as M3State;
        const finalAnalysis = requireText(command.finalAnalysis, 'finalAnalysis', 20000);
        if (command.obligationsFulfilled !== true) {
          fail(DomainErrorCode.INVALID_INPUT, 'Module 3 ends only once all obligations are fulfilled (000 §63)', { field: 'obligationsFulfilled' });
        }
        // Inferred: the final analysis (000 §62) cannot leave an investor issue unanswered.
        const unresolved = command.unresolvedIssues ?? cur.issues.filter((i) => i.status === 'OPEN').length;
        if (unresolved > 0) fail(DomainErrorCode.WRONG_STATE, `${unresolved} investor issue(s) are not closed`, { field: 'issues', unresolved });
        return accept({ ...cur, status: 'M3_COMPLETED', completedOn: today, finalAnalysis }, [ev(cur, M3_EVENTS.completed, { completedOn: today })]);
      }
      case 'ARCHIVE': {
        const cur = s as M3State;
        return accept({ ...cur, status: 'ARCHIVED', archivedOn: today }, [
          ev(cur, M3_EVENTS.archived, { archivedOn: today, archiveInNdip: ctx.edition.postInvestment.archiveInNdip }),
        ]);
      }
    }
  });
}

export function allowedPostInvestmentActions(state: M3State | null, actor: Actor, ctx: Omit<TransitionContext, 'actor'>): M3CommandType[] {
  const full: TransitionContext = { ...ctx, actor };
  return passing(Object.keys(RULES) as M3CommandType[], (t) => authorize(state, t, full));
}

function changeDetail(c: M3ChangeDetail): M3ChangeDetail {
  const out: M3ChangeDetail = {};
  if (c.subject !== undefined) out.subject = requireOneOf(c.subject, M3_CHANGE_SUBJECTS, 'subject');
  if (c.field !== undefined) out.field = requireText(c.field, 'field', 200);
  if (c.oldValue !== undefined) out.oldValue = optionalText(c.oldValue, 'oldValue', 2000);
  if (c.newValue !== undefined) out.newValue = optionalText(c.newValue, 'newValue', 2000);
  return out;
}

const LIVE_PERIOD: readonly M3Status[] = ['M3_ACTIVE', 'M3_PERIOD_ENDED'];

/** Every write on a record of Module 3 needs a live period: an archived project is read-only (000 §64). */
function requireLivePeriod(status: M3Status, allowed: readonly M3Status[], what: string): void {
  if (!allowed.includes(status)) {
    fail(DomainErrorCode.WRONG_STATE, `${what} is not allowed while the monitoring period is ${status}`, { field: 'monitoring.status', status });
  }
}

/** The caller must be the project's investor: the BIN of its organisation is the project company's BIN (§9.3 INV). */
function requireProjectInvestor(env: M3InvestorScope): void {
  if (env.actorBin === null || env.projectCompanyBin === null || env.actorBin !== env.projectCompanyBin) {
    fail(DomainErrorCode.WRONG_ROLE, "only the project's investor company may do this", { field: 'actor.organizationId' });
  }
}

/** What the service knows besides the record: the period's status and who the investor is. */
export interface M3InvestorScope {
  periodStatus: M3Status;
  /** BIN of the project's investor company; null while Module 3 does not know it. */
  projectCompanyBin: string | null;
  /** BIN of the caller's organisation (investor organisations only; null otherwise). */
  actorBin: string | null;
}

// ---- SM-M3-ISSUE: the investor's problem issues and climate proposals (P1, P2; 000 §61; A-19) ----

export const M3_ISSUE_AGGREGATE = 'm3-issue';
export const M3_ISSUE_STATUSES = ['OPEN', 'TRIAGED', 'ASSIGNED', 'ANSWERED', 'CLOSED'] as const;
export type M3IssueStatus = (typeof M3_ISSUE_STATUSES)[number];
/** A problem issue, or a proposal to improve the investment climate (000 §61). */
export const M3_ISSUE_KINDS = ['PROBLEM', 'PROPOSAL'] as const;
export type M3IssueKind = (typeof M3_ISSUE_KINDS)[number];

export const M3_ISSUE_EVENTS = {
  raised: 'post-investment.issue.raised',
  triaged: 'post-investment.issue.triaged',
  assigned: 'post-investment.issue.assigned',
  answered: 'post-investment.issue.answered',
  closed: 'post-investment.issue.closed',
  escalated: EVENT_TYPES.m3IssueEscalatedToCouncil,
} as const;

export interface M3IssueState extends EditionPinned {
  issueId: string;
  monitoringId: string;
  projectId: string;
  regionCode: string;
  companyBin: string;
  kind: M3IssueKind;
  category: M3IssueCategory;
  title: string;
  description: string;
  status: M3IssueStatus;
  raisedOn: string;
  slaWorkingDays: number;
  /** Last day of the SLA (inclusive). */
  dueOn: string;
  triageNote: string | null;
  /** The responsible agency the issue was sent to (free text: the state body's name). */
  assignedAgency: string | null;
  assignedOn: string | null;
  answer: string | null;
  answeredOn: string | null;
  closedOn: string | null;
  /** Set by the SLA job when the answer was not given in time; escalated to the Council. */
  slaBreached: boolean;
  escalatedOn: string | null;
}

export interface M3IssueEnv extends M3InvestorScope {
  slaTable?: IssueSlaTable;
}

export type M3IssueCommand =
  | {
      type: 'RAISE';
      issueId: string;
      monitoringId: string;
      projectId: string;
      regionCode: string;
      kind: string;
      category: string;
      title: string;
      description: string;
    }
  | { type: 'TRIAGE'; category?: string; note?: string | null }
  | { type: 'ASSIGN'; agency: string }
  | { type: 'ANSWER'; answer: string }
  | { type: 'CLOSE' }
  | { type: 'ESCALATE' };
export type M3IssueCommandType = M3IssueCommand['type'];

const UNANSWERED: readonly M3IssueStatus[] = ['OPEN', 'TRIAGED', 'ASSIGNED'];
const ISSUE_RULES: Record<M3IssueCommandType, CommandSpec<M3IssueStatus>> = {
  // §9.2 "Raise problem issues/proposals in Module 3": INV X; P1 while the period runs.
  RAISE: { action: 'm3.issue.raise', mode: 'perform', from: null },
  // §9.2 "Consider issues; …": AB X, NC x (triage, assign to the responsible agency, answer, close).
  TRIAGE: { action: 'm3.issue.close', mode: 'perform', from: ['OPEN', 'TRIAGED'] },
  ASSIGN: { action: 'm3.issue.close', mode: 'perform', from: UNANSWERED },
  ANSWER: { action: 'm3.issue.close', mode: 'perform', from: UNANSWERED },
  CLOSE: { action: 'm3.issue.close', mode: 'perform', from: ['ANSWERED'] },
  // System step (the SLA job): §9.2 "Operate NDIP" (NC X; ADMIN as operator).
  ESCALATE: { action: 'platform.operate', mode: 'perform', from: UNANSWERED },
};

function authorizeIssue(state: M3IssueState | null, type: M3IssueCommandType, ctx: TransitionContext, env: M3IssueEnv): M3IssueState | null {
  const s = authorizeCommand(state, type, ISSUE_RULES[type], ctx);
  requireLivePeriod(env.periodStatus, type === 'RAISE' ? ['M3_ACTIVE'] : LIVE_PERIOD, type);
  if (type === 'RAISE') requireProjectInvestor(env);
  if (type === 'ESCALATE') {
    const cur = s as M3IssueState;
    if (cur.escalatedOn !== null) fail(DomainErrorCode.WRONG_STATE, `issue ${cur.issueId} was escalated on ${cur.escalatedOn}`, { field: 'escalatedOn' });
    if (!isAfter(ctx.today, cur.dueOn)) fail(DomainErrorCode.WRONG_STATE, `the SLA runs until ${cur.dueOn}`, { field: 'today' });
  }
  return s;
}

export function decideM3Issue(state: M3IssueState | null, command: M3IssueCommand, ctx: TransitionContext, env: M3IssueEnv): Decision<M3IssueState> {
  return guarded(() => {
    const s = authorizeIssue(state, command.type, ctx, env);
    const today = ctx.today;
    const ev = (cur: M3IssueState, type: string, payload: Record<string, unknown>) =>
      event(M3_ISSUE_AGGREGATE, cur.issueId, type, { issueId: cur.issueId, projectId: cur.projectId, monitoringId: cur.monitoringId, ...payload });
    switch (command.type) {
      case 'RAISE': {
        const kind = requireOneOf(command.kind, M3_ISSUE_KINDS, 'kind');
        const sla = issueSla(today, command.category, env.slaTable, ctx.calendar);
        const next: M3IssueState = {
          edition: ctx.edition.code,
          issueId: requireText(command.issueId, 'issueId', 100),
          monitoringId: requireText(command.monitoringId, 'monitoringId', 100),
          projectId: requireText(command.projectId, 'projectId', 100),
          regionCode: requireText(command.regionCode, 'regionCode', 20),
          companyBin: env.projectCompanyBin as string,
          kind,
          category: sla.category,
          title: requireText(command.title, 'title', 300),
          description: requireText(command.description, 'description', 10000),
          status: 'OPEN',
          raisedOn: today,
          slaWorkingDays: sla.workingDays,
          dueOn: sla.dueOn,
          triageNote: null,
          assignedAgency: null,
          assignedOn: null,
          answer: null,
          answeredOn: null,
          closedOn: null,
          slaBreached: false,
          escalatedOn: null,
        };
        return accept(next, [
          ev(next, M3_ISSUE_EVENTS.raised, { regionCode: next.regionCode, kind, category: next.category, raisedOn: today, dueOn: next.dueOn }),
        ]);
      }
      case 'TRIAGE': {
        const cur = s as M3IssueState;
        // A corrected category gives the SLA of that category, still counted from the day the issue was raised.
        const sla = command.category === undefined ? null : issueSla(cur.raisedOn, command.category, env.slaTable, ctx.calendar);
        const triageNote = command.note === undefined ? cur.triageNote : optionalText(command.note, 'note', 5000);
        const next: M3IssueState = {
          ...cur,
          status: 'TRIAGED',
          triageNote,
          ...(sla ? { category: sla.category, slaWorkingDays: sla.workingDays, dueOn: sla.dueOn } : {}),
        };
        return accept(next, [ev(cur, M3_ISSUE_EVENTS.triaged, { category: next.category, dueOn: next.dueOn, triagedOn: today })]);
      }
      case 'ASSIGN': {
        const cur = s as M3IssueState;
        const agency = requireText(command.agency, 'agency', 300);
        return accept({ ...cur, status: 'ASSIGNED', assignedAgency: agency, assignedOn: today }, [
          ev(cur, M3_ISSUE_EVENTS.assigned, { agency, assignedOn: today }),
        ]);
      }
      case 'ANSWER': {
        const cur = s as M3IssueState;
        const answer = requireText(command.answer, 'answer', 10000);
        const late = isAfter(today, cur.dueOn);
        return accept({ ...cur, status: 'ANSWERED', answer, answeredOn: today, slaBreached: cur.slaBreached || late }, [
          ev(cur, M3_ISSUE_EVENTS.answered, { answeredOn: today, withinSla: !late }),
        ]);
      }
      case 'CLOSE': {
        const cur = s as M3IssueState;
        return accept({ ...cur, status: 'CLOSED', closedOn: today }, [ev(cur, M3_ISSUE_EVENTS.closed, { closedOn: today })]);
      }
      case 'ESCALATE': {
        const cur = s as M3IssueState;
        return accept({ ...cur, slaBreached: true, escalatedOn: today }, [
          ev(cur, M3_ISSUE_EVENTS.escalated, {
            regionCode: cur.regionCode,
            category: cur.category,
            raisedOn: cur.raisedOn,
            dueOn: cur.dueOn,
            escalatedOn: today,
          }),
        ]);
      }
    }
  });
}

export function allowedM3IssueActions(state: M3IssueState | null, actor: Actor, ctx: Omit<TransitionContext, 'actor'>, env: M3IssueEnv): M3IssueCommandType[] {
  const full: TransitionContext = { ...ctx, actor };
  return passing(Object.keys(ISSUE_RULES) as M3IssueCommandType[], (t) => authorizeIssue(state, t, full, env));
}

// ---- KPI reports of the investor during the period (rules.md §2.3, §10.3; 000 §61–63; plan: rules/m3-kpi-plan) ----

export const M3_KPI_AGGREGATE = 'm3-kpi-report';
export const M3_KPI_STATUSES = ['PLANNED', 'SUBMITTED'] as const;
export type M3KpiStatus = (typeof M3_KPI_STATUSES)[number];

export const M3_KPI_EVENTS = {
  submitted: 'post-investment.kpi.report-submitted',
  reminderDue: 'post-investment.kpi.reminder-due',
  overdue: 'post-investment.kpi.report-overdue',
} as const;

export interface M3KpiReportState extends EditionPinned {
  reportId: string;
  monitoringId: string;
  projectId: string;
  periodNo: number;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  remindOn: string;
  status: M3KpiStatus;
  remindedOn: string | null;
  overdue: boolean;
  overdueOn: string | null;
  /** Jobs created (permanent jobs, A-11 inferred), capital actually spent and output, whole tenge. */
  jobsCreated: number | null;
  capitalSpentKzt: string | null;
  outputKzt: string | null;
  submittedOn: string | null;
}

export type M3KpiCommand =
  { type: 'SUBMIT'; jobsCreated: unknown; capitalSpentKzt: unknown; outputKzt: unknown } | { type: 'REMIND' } | { type: 'FLAG_OVERDUE' };
export type M3KpiCommandType = M3KpiCommand['type'];

const KPI_RULES: Record<M3KpiCommandType, CommandSpec<M3KpiStatus>> = {
  // Inferred: the investor reports its own figures; §9.2 gives the investor one Module 3 row ("Raise problem
  // issues/proposals", INV X), used here as its Module 3 right. A submitted report may be corrected.
  SUBMIT: { action: 'm3.issue.raise', mode: 'perform', from: ['PLANNED', 'SUBMITTED'] },
  // System steps (the KPI job): §9.2 "Operate NDIP".
  REMIND: { action: 'platform.operate', mode: 'perform', from: ['PLANNED'] },
  FLAG_OVERDUE: { action: 'platform.operate', mode: 'perform', from: ['PLANNED'] },
};

const WHOLE_TENGE = /^(0|[1-9]\d{0,17})$/;
const MAX_JOBS = 10_000_000;

function authorizeKpi(state: M3KpiReportState, type: M3KpiCommandType, ctx: TransitionContext, env: M3InvestorScope): M3KpiReportState {
  const s = authorizeCommand(state, type, KPI_RULES[type], ctx) as M3KpiReportState;
  requireLivePeriod(env.periodStatus, LIVE_PERIOD, type);
  switch (type) {
    case 'SUBMIT':
      requireProjectInvestor(env);
      if (!isAfter(ctx.today, s.periodEnd)) fail(DomainErrorCode.WRONG_STATE, `the reporting period runs until ${s.periodEnd}`, { field: 'periodEnd' });
      break;
    case 'REMIND':
      if (s.remindedOn !== null) fail(DomainErrorCode.WRONG_STATE, `the investor was reminded on ${s.remindedOn}`, { field: 'remindedOn' });
      if (compareDates(ctx.today, s.remindOn) < 0) fail(DomainErrorCode.WRONG_STATE, `the reminder is due on ${s.remindOn}`, { field: 'today' });
      break;
    case 'FLAG_OVERDUE':
      if (s.overdue) fail(DomainErrorCode.WRONG_STATE, 'the report is already flagged overdue', { field: 'overdue' });
      if (!isAfter(ctx.today, s.dueOn)) fail(DomainErrorCode.WRONG_STATE, `the report is due by ${s.dueOn}`, { field: 'today' });
      break;
  }
  return s;
}

export function decideM3KpiReport(state: M3KpiReportState, command: M3KpiCommand, ctx: TransitionContext, env: M3InvestorScope): Decision<M3KpiReportState> {
  return guarded<M3KpiReportState>(() => {
    const cur = authorizeKpi(state, command.type, ctx, env);
    const today = ctx.today;
    const ev = (type: string, payload: Record<string, unknown>) =>
      event(M3_KPI_AGGREGATE, cur.reportId, type, {
        reportId: cur.reportId,
        projectId: cur.projectId,
        monitoringId: cur.monitoringId,
        periodNo: cur.periodNo,
        ...payload,
      });
    switch (command.type) {
      case 'SUBMIT': {
        const j = command.jobsCreated;
        if (typeof j !== 'number' || !Number.isSafeInteger(j) || j < 0 || j > MAX_JOBS) {
          fail(DomainErrorCode.INVALID_INPUT, `jobsCreated must be a whole number 0..${MAX_JOBS}`, { field: 'jobsCreated' });
        }
        for (const f of ['capitalSpentKzt', 'outputKzt'] as const) {
          const v = command[f];
          if (typeof v !== 'string' || !WHOLE_TENGE.test(v)) fail(DomainErrorCode.INVALID_INPUT, `${f} must be whole tenge as a decimal string`, { field: f });
        }
        const figures = { jobsCreated: j, capitalSpentKzt: command.capitalSpentKzt as string, outputKzt: command.outputKzt as string };
        const correction = cur.status === 'SUBMITTED';
        return accept({ ...cur, ...figures, status: 'SUBMITTED', submittedOn: today }, [
          ev(M3_KPI_EVENTS.submitted, { ...figures, submittedOn: today, late: isAfter(today, cur.dueOn), correction }),
        ]);
      }
      case 'REMIND':
        return accept({ ...cur, remindedOn: today }, [ev(M3_KPI_EVENTS.reminderDue, { dueOn: cur.dueOn, remindedOn: today })]);
      case 'FLAG_OVERDUE':
        return accept({ ...cur, overdue: true, overdueOn: today }, [ev(M3_KPI_EVENTS.overdue, { dueOn: cur.dueOn, overdueOn: today })]);
    }
  });
}
