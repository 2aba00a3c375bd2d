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
import { autoExclusionDate } from './pool.machine';
import {
  accept,
  authorizeCommand,
  event,
  fail,
  guarded,
  optionalDate,
  passing,
  requireDate,
  requireNotFuture,
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
  changes: Array<{ description: string; recordedOn: string }>;
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
  | { type: 'RECORD_CHANGE'; description: string }
  | { type: 'END_PERIOD' }
  | { type: 'COMPLETE'; finalAnalysis: string; obligationsFulfilled: boolean }
  | { type: 'ARCHIVE' };
export type M3CommandType = M3Command['type'];

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
        return accept({ ...cur, changes: [...cur.changes, { description, recordedOn: today }] }, [
          ev(cur, M3_EVENTS.changeRecorded, { description, recordedOn: today }),
        ]);
      }
      case 'END_PERIOD': {
        const cur = s as M3State;
        const basis = cur.contractExpiresOn !== null ? 'CONTRACT_EXPIRY' : 'THREE_YEARS';
        return accept({ ...cur, status: 'M3_PERIOD_ENDED', periodEndedOn: today }, [
          ev(cur, M3_EVENTS.periodEnded, { endedOn: today, basis, poolStatus: 'EXCLUDED' }),
        ]);
      }
      case 'COMPLETE': {
        const cur = s as M3State;
        const finalAnalysis = requireText(command.finalAnalysis, 'finalAnalysis', 20000);
        if (command.obligationsFulfilled !== true) {
          fail(DomainErrorCode.INVALID_INPUT, 'Module 3 ends only once all obligations are fulfilled (000 §63)', { field: 'obligationsFulfilled' });
        }
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
