/**
 * SM-PF-APPROVAL: a prohibitive-restrictive measure (K1) or a tax-inspection act (K3) submitted to the
 * prosecutor filter (rules.md §7.2; 001 §57–60). [E001] only: every command is NOT_IN_EDITION under E000
 * (the §9.2 prosecutor-filter rows are tagged [E001]).
 * Routing (001 §59, A-28): MIO (local body) → regional prosecutor's office (PRR) of the project's region;
 * CSB → General Prosecutor's Office (PRG); OSB (quasi-state entities and tax bodies, the "QS/TAX" column) →
 * PRR for regional/territorial bodies, PRG for national-level ones (`bodyLevel`). Multi-region projects use
 * passport field 5 (the `projectRegionCode`). The review deadline is external (001 §60): no timer.
 * Guard (§7.2): a measure can be recorded as applied only after approval.
 * Check order: edition → §9.2 role → status → scope (initiating organisation / routed prosecutor) → input.
 */
import type { Actor, OrganizationType } from '../access/organization-type';
import { DomainErrorCode } from '../errors/domain-error';
import {
  accept,
  authorizeCommand,
  event,
  fail,
  guarded,
  passing,
  requireDate,
  requireNotFuture,
  requireOneOf,
  requireSameRegion,
  requireText,
  type CommandSpec,
  type Decision,
  type EditionPinned,
  type TransitionContext,
} from './transition';

export const PF_AGGREGATE = 'restrictive-measure';
export const PF_STATUSES = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'REFUSED', 'WITHDRAWN', 'APPLIED'] as const;
export type PfStatus = (typeof PF_STATUSES)[number];
/** K1 measures of 001 §58 (a)–(e) and the K3 tax-inspection act. */
export const PF_MEASURE_TYPES = [
  'SUSPEND_ACTIVITY',
  'SUSPEND_OR_REVOKE_PERMIT',
  'REFUSE_PERMIT_EXTENSION',
  'CANCEL_DECISION',
  'TERMINATE_CONTRACT',
  'TAX_INSPECTION',
] as const;
export type PfMeasureType = (typeof PF_MEASURE_TYPES)[number];

export const PF_EVENTS = {
  drafted: 'implementation.restrictive-measure.drafted',
  submitted: 'implementation.restrictive-measure.submitted',
  reviewStarted: 'implementation.restrictive-measure.review-started',
  approved: 'implementation.restrictive-measure.approved',
  refused: 'implementation.restrictive-measure.refused',
  returned: 'implementation.restrictive-measure.returned',
  withdrawn: 'implementation.restrictive-measure.withdrawn',
  applied: 'implementation.restrictive-measure.applied',
} as const;

export interface PfState extends EditionPinned {
  measureId: string;
  projectId: string;
  projectRegionCode: string;
  status: PfStatus;
  kind: 'K1' | 'K3';
  measureType: PfMeasureType;
  legalBasis: string;
  justification: string;
  initiatorOrganizationId: string;
  initiatorRole: OrganizationType;
  /** Where the approval goes (001 §59). */
  routedTo: 'PRR' | 'PRG';
  submittedOn: string | null;
  reviewStartedOn: string | null;
  decidedOn: string | null;
  decisionReason: string | null;
  appliedOn: string | null;
  actNumber: string | null;
}

export type PfCommand =
  | {
      type: 'DRAFT';
      measureId: string;
      projectId: string;
      projectRegionCode: string;
      measureType: PfMeasureType;
      legalBasis: string;
      justification: string;
      /** Only for OSB (quasi-state / tax bodies): LOCAL → PRR, CENTRAL → PRG. */
      bodyLevel?: 'LOCAL' | 'CENTRAL';
    }
  | { type: 'SUBMIT' }
  | { type: 'TAKE_INTO_REVIEW' }
  | { type: 'APPROVE' }
  | { type: 'REFUSE'; reason: string }
  | { type: 'RETURN_FOR_CORRECTION'; reason: string }
  | { type: 'WITHDRAW' }
  | { type: 'RECORD_APPLIED'; appliedOn: string; actNumber: string };
export type PfCommandType = PfCommand['type'];

type Scope = 'none' | 'initiator' | 'prosecutor';
const RULES: Record<PfCommandType, CommandSpec<PfStatus> & { scope: Scope }> = {
  // §9.2 PF "Submit a prohibitive-restrictive measure or tax-inspection act for approval": MIO X, CSB X, QS/TAX (OSB) X.
  DRAFT: { action: 'pf.submit', mode: 'perform', from: null, scope: 'none' },
  SUBMIT: { action: 'pf.submit', mode: 'perform', from: ['DRAFT'], scope: 'initiator' },
  WITHDRAW: { action: 'pf.withdraw', mode: 'perform', from: ['DRAFT', 'SUBMITTED'], scope: 'initiator' },
  RECORD_APPLIED: { action: 'pf.record-applied', mode: 'perform', from: ['APPROVED'], scope: 'initiator' },
  // §9.2 PF "Approve/refuse (local bodies → PRR; central bodies → PRG)": PRR A, PRG A.
  TAKE_INTO_REVIEW: { action: 'pf.decide', mode: 'approve', from: ['SUBMITTED'], scope: 'prosecutor' },
  APPROVE: { action: 'pf.decide', mode: 'approve', from: ['UNDER_REVIEW'], scope: 'prosecutor' },
  REFUSE: { action: 'pf.decide', mode: 'approve', from: ['UNDER_REVIEW'], scope: 'prosecutor' },
  RETURN_FOR_CORRECTION: { action: 'pf.decide', mode: 'approve', from: ['UNDER_REVIEW'], scope: 'prosecutor' },
};

function authorize(state: PfState | null, type: PfCommandType, ctx: TransitionContext): PfState | null {
  const rule = RULES[type];
  const s = authorizeCommand(state, type, rule, ctx);
  if (s === null) return null;
  if (rule.scope === 'initiator' && ctx.actor.organizationId !== s.initiatorOrganizationId) {
    fail(DomainErrorCode.WRONG_ROLE, `${type}: only the initiating body`, { field: 'actor.organizationId' });
  }
  if (rule.scope === 'prosecutor') {
    if (ctx.actor.role !== s.routedTo) fail(DomainErrorCode.WRONG_ROLE, `${type}: the measure is routed to ${s.routedTo}`, { field: 'actor.role' });
    if (s.routedTo === 'PRR') requireSameRegion(ctx.actor, s.projectRegionCode, type);
  }
  return s;
}

export function decideProsecutorFilter(state: PfState | null, command: PfCommand, ctx: TransitionContext): Decision<PfState> {
  return guarded(() => {
    const s = authorize(state, command.type, ctx);
    const today = ctx.today;
    const ev = (cur: PfState, type: string, payload: Record<string, unknown>) =>
      event(PF_AGGREGATE, cur.measureId, type, { measureId: cur.measureId, projectId: cur.projectId, routedTo: cur.routedTo, ...payload });
    switch (command.type) {
      case 'DRAFT': {
        const projectRegionCode = requireText(command.projectRegionCode, 'projectRegionCode', 20);
        const role = ctx.actor.role;
        if (role === 'MIO') requireSameRegion(ctx.actor, projectRegionCode, 'DRAFT');
        const measureType = requireOneOf(command.measureType, PF_MEASURE_TYPES, 'measureType');
        let routedTo: 'PRR' | 'PRG';
        if (role === 'MIO') routedTo = 'PRR';
        else if (role === 'CSB') routedTo = 'PRG';
        else routedTo = requireOneOf(command.bodyLevel, ['LOCAL', 'CENTRAL'] as const, 'bodyLevel') === 'LOCAL' ? 'PRR' : 'PRG';
        const next: PfState = {
          edition: ctx.edition.code,
          measureId: requireText(command.measureId, 'measureId', 100),
          projectId: requireText(command.projectId, 'projectId', 100),
          projectRegionCode,
          status: 'DRAFT',
          kind: measureType === 'TAX_INSPECTION' ? 'K3' : 'K1',
          measureType,
          legalBasis: requireText(command.legalBasis, 'legalBasis'),
          justification: requireText(command.justification, 'justification', 10000),
          initiatorOrganizationId: ctx.actor.organizationId,
          initiatorRole: role,
          routedTo,
          submittedOn: null,
          reviewStartedOn: null,
          decidedOn: null,
          decisionReason: null,
          appliedOn: null,
          actNumber: null,
        };
        return accept(next, [ev(next, PF_EVENTS.drafted, { kind: next.kind, measureType })]);
      }
      case 'SUBMIT': {
        const cur = s as PfState;
        return accept({ ...cur, status: 'SUBMITTED', submittedOn: today }, [
          ev(cur, PF_EVENTS.submitted, { submittedOn: today, projectRegionCode: cur.projectRegionCode }),
        ]);
      }
      case 'TAKE_INTO_REVIEW': {
        const cur = s as PfState;
        return accept({ ...cur, status: 'UNDER_REVIEW', reviewStartedOn: today }, [ev(cur, PF_EVENTS.reviewStarted, { reviewStartedOn: today })]);
      }
      case 'APPROVE': {
        const cur = s as PfState;
        return accept({ ...cur, status: 'APPROVED', decidedOn: today }, [ev(cur, PF_EVENTS.approved, { decidedOn: today })]);
      }
      case 'REFUSE': {
        const cur = s as PfState;
        const reason = requireText(command.reason, 'reason');
        return accept({ ...cur, status: 'REFUSED', decidedOn: today, decisionReason: reason }, [ev(cur, PF_EVENTS.refused, { decidedOn: today, reason })]);
      }
      case 'RETURN_FOR_CORRECTION': {
        const cur = s as PfState;
        const reason = requireText(command.reason, 'reason');
        return accept({ ...cur, status: 'DRAFT', decisionReason: reason }, [ev(cur, PF_EVENTS.returned, { reason })]);
      }
      case 'WITHDRAW': {
        const cur = s as PfState;
        return accept({ ...cur, status: 'WITHDRAWN' }, [ev(cur, PF_EVENTS.withdrawn, { withdrawnOn: today })]);
      }
      case 'RECORD_APPLIED': {
        const cur = s as PfState;
        const appliedOn = requireDate(command.appliedOn, 'appliedOn');
        requireNotFuture(appliedOn, today, 'appliedOn');
        const actNumber = requireText(command.actNumber, 'actNumber', 100);
        return accept({ ...cur, status: 'APPLIED', appliedOn, actNumber }, [ev(cur, PF_EVENTS.applied, { appliedOn, actNumber })]);
      }
    }
  });
}

export function allowedProsecutorFilterActions(state: PfState | null, actor: Actor, ctx: Omit<TransitionContext, 'actor'>): PfCommandType[] {
  const full: TransitionContext = { ...ctx, actor };
  return passing(Object.keys(RULES) as PfCommandType[], (t) => authorize(state, t, full));
}
