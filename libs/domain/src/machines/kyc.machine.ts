/**
 * KYC check of a company (rules.md §2.1.1 `KycCheck`; 000 §3(25), §40(3); A-43):
 * NOT_STARTED (no check yet) → IN_PROGRESS → PASSED / FAILED, with the performer and the findings.
 * A company may be checked again after a finished check (a new record); only one check runs at a time.
 * a FAILED check blocks the initiative (`kycRequiredForInitiative`) unless the authorized body
 * overrides it, with a reason (OVERRIDE: the check stays FAILED, the override is recorded on it).
 */
import { DomainErrorCode } from '../errors/domain-error';
import type { KycOverriddenPayload } from '../events/catalog';
import type { KycStatus } from './initiative.machine';
import {
  accept,
  checkContext,
  event,
  fail,
  guarded,
  optionalText,
  requireOneOf,
  requireRole,
  requireStatus,
  requireText,
  type Decision,
  type TransitionContext,
} from './transition';

export const KYC_AGGREGATE = 'kyc-check';

export const KYC_EVENTS = {
  started: 'attraction.kyc.started',
  completed: 'attraction.kyc.completed',
  overridden: 'attraction.kyc.overridden',
} as const;

/** The authorized body's decision to let initiatives proceed despite a failed check (A-43, inferred). */
export interface KycOverride {
  reason: string;
  byUserId: string;
  byOrganizationId: string;
  on: string;
}

export const KYC_OUTCOMES = ['PASSED', 'FAILED'] as const;
export type KycOutcome = (typeof KYC_OUTCOMES)[number];

export interface KycState {
  kycCheckId: string;
  companyId: string;
  status: Exclude<KycStatus, 'NOT_STARTED'>;
  /** Who performs the check (name of the person or unit), as entered. */
  performer: string;
  startedByUserId: string;
  startedByOrganizationId: string;
  startedOn: string;
  completedOn: string | null;
  completedByUserId: string | null;
  findings: string | null;
  /** Set by OVERRIDE on a FAILED check; absent on checks stored before overrides existed. */
  override?: KycOverride | null;
}

export type KycCommand =
  /** `current` is the status of the company's latest check (NOT_STARTED when there is none). */
  | { type: 'START'; kycCheckId: string; companyId: string; performer: string; current: KycStatus }
  | { type: 'COMPLETE'; outcome: KycOutcome; findings?: string | null }
  /** only the authorized body, only the company's latest check when it FAILED, once, with a reason. */
  | { type: 'OVERRIDE'; reason: string };

export function decideKyc(state: KycState | null, command: KycCommand, ctx: TransitionContext): Decision<KycState> {
  return guarded(() => {
    checkContext(null, ctx);
    if (command.type === 'OVERRIDE') return override(state, command.reason, ctx);
    // §9.2 M1 "Create/edit company card and contact card; run KYC": FI X, NCF X.
    requireRole('company.manage', ctx, 'perform');
    if (command.type === 'START') {
      if (state !== null) fail(DomainErrorCode.CONFLICT, 'START creates a KYC check, but one was given');
      if (command.current === 'IN_PROGRESS') {
        fail(DomainErrorCode.WRONG_STATE, 'a KYC check of this company is already in progress', { status: command.current });
      }
      const kycCheckId = requireText(command.kycCheckId, 'kycCheckId', 100);
      const companyId = requireText(command.companyId, 'companyId', 100);
      const performer = requireText(command.performer, 'performer', 300);
      const next: KycState = {
        kycCheckId,
        companyId,
        status: 'IN_PROGRESS',
        performer,
        startedByUserId: ctx.actor.userId,
        startedByOrganizationId: ctx.actor.organizationId,
        startedOn: ctx.today,
        completedOn: null,
        completedByUserId: null,
        findings: null,
        override: null,
      };
      return accept(next, [event(KYC_AGGREGATE, kycCheckId, KYC_EVENTS.started, { kycCheckId, companyId, performer, startedOn: ctx.today })]);
    }
    if (state === null) fail(DomainErrorCode.WRONG_STATE, 'COMPLETE needs a KYC check in progress', { status: 'NOT_STARTED' });
    requireStatus(state.status, ['IN_PROGRESS'], 'COMPLETE');
    const outcome = requireOneOf(command.outcome, KYC_OUTCOMES, 'outcome');
    // A failed check must say why (the purpose of KYC: identify legal and financial risks, 000 §3(25)).
    const findings = outcome === 'FAILED' ? requireText(command.findings, 'findings', 10000) : optionalText(command.findings, 'findings', 10000);
    const next: KycState = { ...state, status: outcome, completedOn: ctx.today, completedByUserId: ctx.actor.userId, findings };
    return accept(next, [
      event(KYC_AGGREGATE, state.kycCheckId, KYC_EVENTS.completed, {
        kycCheckId: state.kycCheckId,
        companyId: state.companyId,
        outcome,
        findings,
        completedOn: ctx.today,
      }),
    ]);
  });
}

/**
 * OVERRIDE (A-43, inferred): the authorized body lets initiatives of the company proceed although its latest
 * check FAILED. The decision needs a reason; the check keeps its outcome and findings and records who overrode
 * it and when. The §9.2 matrix has no row for it (AB only reads company cards), so the role is checked here.
 */
function override(state: KycState | null, reason: string, ctx: TransitionContext): Decision<KycState> {
  if (ctx.actor.role !== 'AB') {
    fail(DomainErrorCode.WRONG_ROLE, `${ctx.actor.role} may not override a failed KYC check; only the authorized body may (A-43)`, {
      role: ctx.actor.role,
    });
  }
  if (state === null) fail(DomainErrorCode.WRONG_STATE, 'OVERRIDE needs a failed KYC check', { status: 'NOT_STARTED' });
  requireStatus(state.status, ['FAILED'], 'OVERRIDE');
  if (state.override) fail(DomainErrorCode.CONFLICT, `the check was already overridden on ${state.override.on}`, { status: state.status });
  const text = requireText(reason, 'reason', 2000).trim();
  const next: KycState = {
    ...state,
    override: { reason: text, byUserId: ctx.actor.userId, byOrganizationId: ctx.actor.organizationId, on: ctx.today },
  };
  return accept(next, [
    event<KycOverriddenPayload>(KYC_AGGREGATE, state.kycCheckId, KYC_EVENTS.overridden, {
      kycCheckId: state.kycCheckId,
      companyId: state.companyId,
      reason: text,
      overriddenOn: ctx.today,
    }),
  ]);
}

/**
 * What the initiative gate (`kycRequiredForInitiative`, A-43) is told about the company: nothing when no
 * check was ever started (the edition's guard applies to a *known* check) or when the authorized body
 * overrode the latest check, which FAILED; else the latest status.
 */
export function kycStatusForInitiative(latest: KycStatus, overridden = false): KycStatus | undefined {
  if (latest === 'NOT_STARTED') return undefined;
  if (latest === 'FAILED' && overridden) return undefined;
  return latest;
}
