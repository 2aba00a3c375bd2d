/**
 * SM-POOL: pool membership, suspension and exclusion (rules.md §6; 000 §25–26, §33–36; 001 §31–34, §63).
 * National pool: the MIO requests through NDIP with grounds G1–G6 (other initiator bodies and the investor only G6,
 * the written request, forwarded ); AB decides within 5 WD (T11: a flag, no deemed approval).
 * Resumption (Q6) follows A-29. Automatic exclusion (Q7): 3 years after Module 3 entry, or at the end of the
 * investment contract (A-54: regardless of module). [E000] regional pool: the MIO excludes with a positive RIHQ
 * decision (000 §26). [E001] removal "by the MIO jointly with the investor with AB agreement" (001 §63) is routed
 * as ground G6 through the same request.
 * Check order: edition → §9.2 role → status → scope → input.
 */
import type { Actor } from '../access/organization-type';
import { DomainErrorCode } from '../errors/domain-error';
import { addCalendarDays, compareDates } from '../reference/calendar';
import { addYearsClamped } from '../reference/iso-date';
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
  requireOneOf,
  requireSameRegion,
  requireText,
  timerEnd,
  type CommandSpec,
  type Decision,
  type EditionPinned,
  type TransitionContext,
} from './transition';

export const POOL_AGGREGATE = 'pool-membership';
export const POOL_STATUSES = ['ACTIVE', 'SUSPENDED', 'EXCLUDED'] as const;
export type PoolStatus = (typeof POOL_STATUSES)[number];
export const POOL_GROUNDS = ['G1', 'G2', 'G3', 'G4', 'G5', 'G6'] as const;
export type PoolGround = (typeof POOL_GROUNDS)[number];
export const POOL_REQUEST_KINDS = ['SUSPEND', 'EXCLUDE', 'SUSPEND_AND_EXCLUDE', 'RESUME'] as const;
export type PoolRequestKind = (typeof POOL_REQUEST_KINDS)[number];
export type PoolDecisionKind = 'SUSPEND' | 'EXCLUDE' | 'RESUME' | 'REFUSE';

export const POOL_EVENTS = {
  enrolled: 'implementation.pool.enrolled',
  requestSubmitted: 'implementation.pool.request-submitted',
  suspended: 'implementation.pool.suspended',
  excluded: 'implementation.pool.excluded',
  resumed: 'implementation.pool.resumed',
  requestRefused: 'implementation.pool.request-refused',
  autoExcluded: 'implementation.pool.auto-excluded',
} as const;

export interface PoolRequest {
  kind: PoolRequestKind;
  grounds: PoolGround[];
  justification: string;
  submittedOn: string;
  submittedBy: string;
  /** T11: submittedOn + 5 WD. */
  decisionDueOn: string;
}

export interface PoolState extends EditionPinned {
  projectId: string;
  pool: 'NATIONAL' | 'REGIONAL';
  regionCode: string;
  status: PoolStatus;
  enrolledOn: string;
  pendingRequest: PoolRequest | null;
  suspendedOn: string | null;
  excludedOn: string | null;
  exclusionBasis: 'AB_DECISION' | 'AUTO_3_YEARS' | 'AUTO_CONTRACT_EXPIRY' | 'RIHQ_DECISION' | null;
  lastDecision: { decision: PoolDecisionKind; on: string; late: boolean; reason: string | null } | null;
}

export type PoolCommand =
  | { type: 'ENROL'; projectId: string; pool: 'NATIONAL' | 'REGIONAL'; regionCode: string }
  | { type: 'SUBMIT_REQUEST'; kind: PoolRequestKind; grounds: PoolGround[]; justification: string }
  | { type: 'DECIDE'; decision: PoolDecisionKind; reason?: string }
  | { type: 'AUTO_EXCLUDE'; module3EnteredOn: string | null; contractExpiresOn: string | null }
  | { type: 'EXCLUDE_REGIONAL'; rihqDecisionRef: string };
export type PoolCommandType = PoolCommand['type'];

const RULES: Record<PoolCommandType, CommandSpec<PoolStatus> & { pool: 'NATIONAL' | 'REGIONAL' | 'ANY' }> = {
  // §9.2 M2 "Start national-pool inclusion": NC X, NCR x, MIO X, CSB X, NCH X, NH X (automatic on passport, 000 §48).
  ENROL: { action: 'pool.national.start-inclusion', mode: 'perform', from: null, pool: 'ANY' },
  // §9.2 M2 "Request suspension/exclusion from national pool".
  SUBMIT_REQUEST: { action: 'pool.request', mode: 'perform', from: ['ACTIVE', 'SUSPENDED'], pool: 'NATIONAL' },
  // §9.2 M2 "Decide suspension/exclusion (5 WD)": AB A.
  DECIDE: { action: 'pool.decide', mode: 'approve', from: ['ACTIVE', 'SUSPENDED'], pool: 'NATIONAL' },
  // System job: §9.2 "Operate NDIP; grant access": NC X (ADMIN as operator).
  AUTO_EXCLUDE: { action: 'platform.operate', mode: 'perform', from: ['ACTIVE', 'SUSPENDED'], pool: 'NATIONAL' },
  // §9.2 M2 "[E000] Exclude from regional pool": MIO X, RIHQ A (the RIHQ decision is referenced).
  EXCLUDE_REGIONAL: { action: 'pool.regional.exclude', mode: 'perform', from: ['ACTIVE', 'SUSPENDED'], pool: 'REGIONAL' },
};

/** Which request kinds are possible from which status (Q1, Q5, Q6). */
const KINDS_FROM: Record<'ACTIVE' | 'SUSPENDED', readonly PoolRequestKind[]> = {
  ACTIVE: ['SUSPEND', 'EXCLUDE', 'SUSPEND_AND_EXCLUDE'],
  SUSPENDED: ['EXCLUDE', 'RESUME'],
};
/** Which decisions answer which request kind. */
const DECISIONS_FOR: Record<PoolRequestKind, readonly PoolDecisionKind[]> = {
  SUSPEND: ['SUSPEND', 'REFUSE'],
  EXCLUDE: ['EXCLUDE', 'REFUSE'],
  SUSPEND_AND_EXCLUDE: ['SUSPEND', 'EXCLUDE', 'REFUSE'],
  RESUME: ['RESUME', 'REFUSE'],
};

function authorize(state: PoolState | null, type: PoolCommandType, ctx: TransitionContext): PoolState | null {
  const rule = RULES[type];
  const s = authorizeCommand(state, type, rule, ctx);
  if (s === null) return null;
  if (rule.pool !== 'ANY' && rule.pool !== s.pool)
    fail(DomainErrorCode.WRONG_STATE, `${type} applies to the ${rule.pool.toLowerCase()} pool`, { pool: s.pool });
  if ((type === 'SUBMIT_REQUEST' || type === 'EXCLUDE_REGIONAL') && ctx.actor.role === 'MIO') requireSameRegion(ctx.actor, s.regionCode, type);
  if (type === 'SUBMIT_REQUEST' && s.pendingRequest !== null) fail(DomainErrorCode.WRONG_STATE, 'a request is already pending', { status: s.status });
  if (type === 'DECIDE' && s.pendingRequest === null) fail(DomainErrorCode.WRONG_STATE, 'no request is pending', { status: s.status });
  return s;
}

/** Q7: the date from which the automatic exclusion applies (rules.md §4.7). */
export function autoExclusionDate(module3EnteredOn: string | null, contractExpiresOn: string | null, years: number): string | null {
  // T13: excluded when the contract term ends, i.e. from the day after its last day.
  if (contractExpiresOn !== null) return addCalendarDays(contractExpiresOn, 1);
  if (module3EnteredOn !== null) return addYearsClamped(module3EnteredOn, years);
  return null;
}

export function decidePool(state: PoolState | null, command: PoolCommand, ctx: TransitionContext): Decision<PoolState> {
  return guarded(() => {
    const s = authorize(state, command.type, ctx);
    const today = ctx.today;
    const ev = (cur: PoolState, type: string, payload: Record<string, unknown> = {}) =>
      event(POOL_AGGREGATE, cur.projectId, type, { projectId: cur.projectId, pool: cur.pool, regionCode: cur.regionCode, ...payload });
    switch (command.type) {
      case 'ENROL': {
        const next: PoolState = {
          edition: ctx.edition.code,
          projectId: requireText(command.projectId, 'projectId', 100),
          pool: requireOneOf(command.pool, ['NATIONAL', 'REGIONAL'] as const, 'pool'),
          regionCode: requireText(command.regionCode, 'regionCode', 20),
          status: 'ACTIVE',
          enrolledOn: today,
          pendingRequest: null,
          suspendedOn: null,
          excludedOn: null,
          exclusionBasis: null,
          lastDecision: null,
        };
        return accept(next, [ev(next, POOL_EVENTS.enrolled, { enrolledOn: today })]);
      }
      case 'SUBMIT_REQUEST': {
        const cur = s as PoolState;
        const kind = requireOneOf(command.kind, POOL_REQUEST_KINDS, 'kind');
        if (!KINDS_FROM[cur.status as 'ACTIVE' | 'SUSPENDED'].includes(kind)) {
          fail(DomainErrorCode.WRONG_STATE, `a ${kind} request is not possible from ${cur.status}`, { status: cur.status });
        }
        if (!Array.isArray(command.grounds)) fail(DomainErrorCode.INVALID_INPUT, 'grounds must be a list', { field: 'grounds' });
        const grounds = [...new Set(command.grounds.map((g, i) => requireOneOf(g, POOL_GROUNDS, `grounds[${i}]`)))];
        // 000 §34: at least one ground (a resumption request states that the grounds are gone, A-29).
        if (kind !== 'RESUME' && grounds.length === 0) fail(DomainErrorCode.INVALID_INPUT, 'at least one ground G1–G6 is required', { field: 'grounds' });
        // §9.2 footnotes: only the MIO submits on any ground; the investor and initiator bodies only on G6.
        if (ctx.actor.role !== 'MIO' && (kind === 'RESUME' || grounds.some((g) => g !== 'G6'))) {
          fail(DomainErrorCode.WRONG_ROLE, `${ctx.actor.role} may only submit a written exclusion request (G6)`, { field: 'grounds' });
        }
        const justification = requireText(command.justification, 'justification', 10000);
        const pendingRequest: PoolRequest = {
          kind,
          grounds,
          justification,
          submittedOn: today,
          submittedBy: ctx.actor.organizationId,
          decisionDueOn: timerEnd(ctx.edition.pool.decision, today, ctx),
        };
        return accept({ ...cur, pendingRequest }, [ev(cur, POOL_EVENTS.requestSubmitted, { kind, grounds, decisionDueOn: pendingRequest.decisionDueOn })]);
      }
      case 'DECIDE': {
        const cur = s as PoolState;
        const req = cur.pendingRequest as PoolRequest;
        const decision = requireOneOf(command.decision, DECISIONS_FOR[req.kind], 'decision');
        const reason = decision === 'REFUSE' ? requireText(command.reason, 'reason') : optionalText(command.reason, 'reason');
        const late = isAfter(today, req.decisionDueOn);
        const base: PoolState = { ...cur, pendingRequest: null, lastDecision: { decision, on: today, late, reason } };
        const payload = { decidedOn: today, late, kind: req.kind, grounds: req.grounds };
        switch (decision) {
          case 'SUSPEND':
            return accept({ ...base, status: 'SUSPENDED', suspendedOn: today }, [ev(cur, POOL_EVENTS.suspended, payload)]);
          case 'EXCLUDE':
            return accept({ ...base, status: 'EXCLUDED', excludedOn: today, exclusionBasis: 'AB_DECISION' }, [ev(cur, POOL_EVENTS.excluded, payload)]);
          case 'RESUME':
            return accept({ ...base, status: 'ACTIVE', suspendedOn: null }, [ev(cur, POOL_EVENTS.resumed, payload)]);
          default: // REFUSE
            return accept(base, [ev(cur, POOL_EVENTS.requestRefused, { ...payload, reason })]);
        }
      }
      case 'AUTO_EXCLUDE': {
        const cur = s as PoolState;
        const m3 = optionalDate(command.module3EnteredOn, 'module3EnteredOn');
        const contract = optionalDate(command.contractExpiresOn, 'contractExpiresOn');
        const from = autoExclusionDate(m3, contract, ctx.edition.postInvestment.years);
        if (from === null) fail(DomainErrorCode.INVALID_INPUT, 'module3EnteredOn or contractExpiresOn is required', { field: 'module3EnteredOn' });
        if (compareDates(ctx.today, from) < 0) fail(DomainErrorCode.WRONG_STATE, `automatic exclusion applies from ${from}`, { field: 'today', from });
        const basis = contract !== null ? 'AUTO_CONTRACT_EXPIRY' : 'AUTO_3_YEARS';
        return accept({ ...cur, status: 'EXCLUDED', excludedOn: today, exclusionBasis: basis, pendingRequest: null }, [
          ev(cur, POOL_EVENTS.autoExcluded, { excludedOn: today, basis, effectiveFrom: from }),
        ]);
      }
      case 'EXCLUDE_REGIONAL': {
        const cur = s as PoolState;
        const rihqDecisionRef = requireText(command.rihqDecisionRef, 'rihqDecisionRef', 200);
        return accept({ ...cur, status: 'EXCLUDED', excludedOn: today, exclusionBasis: 'RIHQ_DECISION' }, [
          ev(cur, POOL_EVENTS.excluded, { decidedOn: today, rihqDecisionRef }),
        ]);
      }
    }
  });
}

/** Q8: AB's 5-WD decision period has run out (flag only). */
export function poolDecisionOverdue(state: PoolState, today: string): boolean {
  return state.pendingRequest !== null && isAfter(today, state.pendingRequest.decisionDueOn);
}

export function allowedPoolActions(state: PoolState | null, actor: Actor, ctx: Omit<TransitionContext, 'actor'>): PoolCommandType[] {
  const full: TransitionContext = { ...ctx, actor };
  return passing(Object.keys(RULES) as PoolCommandType[], (t) => authorize(state, t, full));
}
