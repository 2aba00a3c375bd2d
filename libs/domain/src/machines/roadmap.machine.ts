/**
 * SM-RM: roadmap approval (rules.md §2.2.5; 000 §48–52, §57; 001 §47–52, §63).
 * E000 chain: MIO forms → NC approves or returns (MIO fixes within 5 WD) → APPROVED; changes need AB approval.
 * E001 chain: MIO forms → National Chamber + investor + responsible CSBs agree (objective reason on rejection)
 * → AB verification (A-16: the "approval stage" is merged into AB verification) → APPROVED.
 *
 * Deadlines (T06 30 CD to form, T07 [E001] 30 CD from passport creation, T08 5 WD to fix) are obligations
 * with no stated consequence: the machine records them and flags lateness (`…Late`, `roadmapOverdue`);
 * it does not refuse a late submission (rules.md §3.1 "Recommended": overdue flag and notification).
 * A-18: the rework goes to the roadmap author (the responsible MIO) in both editions; the initiator body is notified.
 * Changes of an approved roadmap (R7 / R9'), in both editions: the investor or the responsible MIO asks
 * (E001: the MIO "jointly with the investor", so its request carries the investor's consent, 001 §63), the roadmap
 * waits in CHANGE_PENDING and the authorized body alone approves (new version) or refuses (unchanged): 000 §57;
 * 001 §51 ("а также в случае корректировок … направляются на верификацию уполномоченному органу") and §63.
 * Check order: edition → §9.2 role → status → scope (region / investor / named CSB) → input.
 */
import type { Actor } from '../access/organization-type';
import type { RoadmapApprover } from '../editions/rule-edition';
import { DomainErrorCode } from '../errors/domain-error';
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
  timerEnd,
  type CommandSpec,
  type Decision,
  type EditionPinned,
  type TransitionContext,
} from './transition';
import { can, type ActionCode } from '../access/permissions';

export const ROADMAP_AGGREGATE = 'roadmap';
export const ROADMAP_STATUSES = ['DRAFTING', 'NC_REVIEW', 'ON_APPROVAL', 'REWORK', 'AB_VERIFICATION', 'APPROVED', 'CHANGE_PENDING'] as const;
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];

export const ROADMAP_EVENTS = {
  mioAssigned: 'implementation.roadmap.mio-assigned',
  updated: 'implementation.roadmap.updated',
  submitted: 'implementation.roadmap.submitted',
  approved: 'implementation.roadmap.approved',
  rejected: 'implementation.roadmap.rejected',
  resubmitted: 'implementation.roadmap.resubmitted',
  approverAgreed: 'implementation.roadmap.approver-agreed',
  agreed: 'implementation.roadmap.agreed',
  verified: 'implementation.roadmap.verified',
  verificationFailed: 'implementation.roadmap.verification-failed',
  changeRequested: 'implementation.roadmap.change-requested',
  changeApproved: 'implementation.roadmap.change-approved',
  changeRefused: 'implementation.roadmap.change-refused',
} as const;

/** One approval slot of the E001 chain: NCH, INVESTOR, or a responsible CSB (`CSB:<organizationId>`). */
export type ApprovalSlot = 'NCH' | 'INVESTOR' | `CSB:${string}`;

export interface RoadmapRejection {
  by: ApprovalSlot | 'NC' | 'AB';
  reason: string | null;
  on: string;
}

export interface RoadmapState extends EditionPinned {
  roadmapId: string;
  projectId: string;
  status: RoadmapStatus;
  /** Region of the responsible MIO. */
  regionCode: string;
  /** The investor's NDIP organisation, when known; null when the investor is identified by `investorBin` only. */
  investorOrganizationId: string | null;
  /** BIN of the investor company (passport field 2): an INV organisation bound to this BIN is the investor. */
  investorBin?: string | null;
  initiatorOrganizationId: string;
  /** CSBs named as responsible for roadmap tasks (E001 approvers). */
  responsibleCsbIds: string[];
  mioAssignedOn: string;
  /** T06: mioAssignedOn + 30 CD. */
  formDueOn: string;
  passportCreatedOn: string;
  /** T07 [E001]: passportCreatedOn + 30 CD; null in E000. */
  approvalDueOn: string | null;
  submittedOn: string | null;
  submittedLate: boolean;
  /** E001: slots that agreed in the current round. */
  agreements: ApprovalSlot[];
  agreedLate: boolean;
  rejection: RoadmapRejection | null;
  /** T08: rejection + 5 WD. */
  reworkDueOn: string | null;
  resubmittedLate: boolean;
  approvedOn: string | null;
  /** Approved version (0 before the first approval). */
  version: number;
  pendingChange: { description: string; requestedOn: string; requestedBy: string } | null;
}

export type RoadmapCommand =
  | {
      type: 'ASSIGN_MIO';
      roadmapId: string;
      projectId: string;
      regionCode: string;
      /** At least one of investorOrganizationId and investorBin. */
      investorOrganizationId?: string;
      investorBin?: string;
      passportCreatedOn: string;
      responsibleCsbIds?: string[];
    }
  | { type: 'UPDATE_DRAFT'; responsibleCsbIds?: string[] }
  | { type: 'SUBMIT' }
  | { type: 'APPROVE' }
  | { type: 'REJECT'; reason?: string }
  | { type: 'RESUBMIT' }
  | { type: 'AGREE' }
  | { type: 'VERIFY' }
  | { type: 'FAIL_VERIFICATION'; reason: string }
  | { type: 'REQUEST_CHANGE'; description: string; investorConsent?: boolean }
  | { type: 'APPROVE_CHANGE' }
  | { type: 'REFUSE_CHANGE'; reason?: string };
export type RoadmapCommandType = RoadmapCommand['type'];

type Scope = 'none' | 'mio' | 'approver' | 'investor-or-mio';
type Chain = 'NC' | 'APPROVERS_THEN_AB' | 'ANY';

interface Rule extends CommandSpec<RoadmapStatus> {
  scope: Scope;
  chain: Chain;
}

/** REJECT is decided per edition: the E000 NC row or the E001 approvers row. */
function rejectAction(ctx: TransitionContext): ActionCode {
  return ctx.edition.roadmap.approvalChain === 'NC' ? 'roadmap.approve-nc' : 'roadmap.approve';
}

const RULES: Record<RoadmapCommandType, Rule> = {
  // §9.2 M2 "Name the responsible MIO": NC X, NCR x, MIO X, CSB X, NCH X, NH X.
  ASSIGN_MIO: { action: 'roadmap.assign-mio', mode: 'perform', from: null, scope: 'none', chain: 'ANY' },
  // §9.2 M2 "Form roadmap": MIO X.
  UPDATE_DRAFT: { action: 'roadmap.form', mode: 'perform', from: ['DRAFTING', 'REWORK'], scope: 'mio', chain: 'ANY' },
  SUBMIT: { action: 'roadmap.form', mode: 'perform', from: ['DRAFTING'], scope: 'mio', chain: 'ANY' },
  RESUBMIT: { action: 'roadmap.form', mode: 'perform', from: ['REWORK'], scope: 'mio', chain: 'ANY' },
  // §9.2 M2 "[E000] Approve roadmap": NC A, NCR a.
  APPROVE: { action: 'roadmap.approve-nc', mode: 'approve', from: ['NC_REVIEW'], scope: 'none', chain: 'NC' },
  // E000: NC (row above); E001: "[E001] Approve roadmap (objective reason on rejection)": INV A, CSB A, NCH A.
  REJECT: { action: 'roadmap.approve-nc', mode: 'approve', from: ['NC_REVIEW', 'ON_APPROVAL'], scope: 'approver', chain: 'ANY' },
  AGREE: { action: 'roadmap.approve', mode: 'approve', from: ['ON_APPROVAL'], scope: 'approver', chain: 'APPROVERS_THEN_AB' },
  // §9.2 M2 "[E001] Verify passport and roadmap": AB A.
  VERIFY: { action: 'roadmap.verify', mode: 'approve', from: ['AB_VERIFICATION'], scope: 'none', chain: 'APPROVERS_THEN_AB' },
  FAIL_VERIFICATION: { action: 'roadmap.verify', mode: 'approve', from: ['AB_VERIFICATION'], scope: 'none', chain: 'APPROVERS_THEN_AB' },
  // §9.2 M2 "Request roadmap change": INV X, MIO x.
  REQUEST_CHANGE: { action: 'roadmap.change.request', mode: 'perform', from: ['APPROVED'], scope: 'investor-or-mio', chain: 'ANY' },
  // §9.2 M2 "Make roadmap change / revise deadlines": AB A in both editions (E000 R7; E001 §51, §63: the
  // correction goes to AB verification). The INV "A" of that row in E001 is the investor's joint consent, given
  // on the request; the decision is AB's alone (see authorize).
  APPROVE_CHANGE: { action: 'roadmap.change.make', mode: 'approve', from: ['CHANGE_PENDING'], scope: 'none', chain: 'ANY' },
  REFUSE_CHANGE: { action: 'roadmap.change.make', mode: 'approve', from: ['CHANGE_PENDING'], scope: 'none', chain: 'ANY' },
};

/**
 * An actor as the services pass it to this machine: an investor company's organisation may carry the BIN
 * it is bound to (§9.3 "INV: own company's projects").
 */
export type RoadmapActor = Actor & { companyBin?: string | null };

/** Whether the actor is the project's investor: by organisation id, or an INV organisation bound to the project's BIN. */
export function isRoadmapInvestor(actor: RoadmapActor, s: Pick<RoadmapState, 'investorOrganizationId' | 'investorBin'>): boolean {
  if (actor.role !== 'INV') return false;
  if (s.investorOrganizationId !== null && actor.organizationId === s.investorOrganizationId) return true;
  return typeof s.investorBin === 'string' && typeof actor.companyBin === 'string' && actor.companyBin === s.investorBin;
}

/** The approval slot the actor holds on this roadmap (E001), or null. */
function slotOf(actor: Actor, s: RoadmapState): ApprovalSlot | null {
  if (actor.role === 'NCH') return 'NCH';
  if (isRoadmapInvestor(actor, s)) return 'INVESTOR';
  if (actor.role === 'CSB' && s.responsibleCsbIds.includes(actor.organizationId)) return `CSB:${actor.organizationId}`;
  return null;
}

/** The slots that must agree under the edition's approver set. */
export function requiredApprovalSlots(s: RoadmapState, approvers: readonly RoadmapApprover[]): ApprovalSlot[] {
  const out: ApprovalSlot[] = [];
  if (approvers.includes('NCH')) out.push('NCH');
  if (approvers.includes('INVESTOR')) out.push('INVESTOR');
  if (approvers.includes('RESPONSIBLE_CSB')) for (const id of s.responsibleCsbIds) out.push(`CSB:${id}`);
  return out;
}

function authorize(state: RoadmapState | null, type: RoadmapCommandType, ctx: TransitionContext): RoadmapState | null {
  const base = RULES[type];
  const rule = type === 'REJECT' ? { ...base, action: rejectAction(ctx) } : base;
  if ((type === 'APPROVE_CHANGE' || type === 'REFUSE_CHANGE') && ctx.actor.role !== 'AB') {
    fail(DomainErrorCode.WRONG_ROLE, `${ctx.actor.role} may not decide a roadmap change: the authorized body decides (000 §57; 001 §63)`);
  }
  const s = authorizeCommand(state, type, rule, ctx);
  if (rule.chain !== 'ANY' && rule.chain !== ctx.edition.roadmap.approvalChain) {
    fail(DomainErrorCode.NOT_IN_EDITION, `${type} is not part of the ${ctx.edition.code} approval chain`);
  }
  if (s === null) return null;
  if (rule.scope === 'mio') requireSameRegion(ctx.actor, s.regionCode, type);
  if (rule.scope === 'investor-or-mio') {
    if (ctx.actor.role === 'MIO') requireSameRegion(ctx.actor, s.regionCode, type);
    else if (!isRoadmapInvestor(ctx.actor, s)) {
      fail(DomainErrorCode.WRONG_ROLE, `${type}: not the project's investor`, { field: 'actor.organizationId' });
    }
  }
  if (rule.scope === 'approver' && ctx.edition.roadmap.approvalChain === 'APPROVERS_THEN_AB') {
    const slot = slotOf(ctx.actor, s);
    if (slot === null) fail(DomainErrorCode.WRONG_ROLE, `${type}: the actor is not an approver of this roadmap`, { field: 'actor.organizationId' });
    if (type === 'AGREE' && s.agreements.includes(slot)) fail(DomainErrorCode.CONFLICT, `${slot} already agreed`);
  }
  return s;
}

function idList(v: unknown, field: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) {
    fail(DomainErrorCode.INVALID_INPUT, `${field} must be a list of organisation ids`, { field });
  }
  return [...new Set(v as string[])];
}

export function decideRoadmap(state: RoadmapState | null, command: RoadmapCommand, ctx: TransitionContext): Decision<RoadmapState> {
  return guarded(() => {
    const s = authorize(state, command.type, ctx);
    const today = ctx.today;
    const ed = ctx.edition;
    const ev = (cur: { roadmapId: string; projectId: string }, type: string, payload: Record<string, unknown> = {}) =>
      event(ROADMAP_AGGREGATE, cur.roadmapId, type, { roadmapId: cur.roadmapId, projectId: cur.projectId, ...payload });
    const toApproval = ed.roadmap.approvalChain === 'NC' ? 'NC_REVIEW' : 'ON_APPROVAL';
    switch (command.type) {
      case 'ASSIGN_MIO': {
        const roadmapId = requireText(command.roadmapId, 'roadmapId', 100);
        const projectId = requireText(command.projectId, 'projectId', 100);
        const regionCode = requireText(command.regionCode, 'regionCode', 20);
        const investorBin = command.investorBin === undefined ? null : requireText(command.investorBin, 'investorBin', 12);
        const investorOrganizationId =
          investorBin !== null && command.investorOrganizationId === undefined
            ? null
            : requireText(command.investorOrganizationId, 'investorOrganizationId', 100);
        const passportCreatedOn = requireDate(command.passportCreatedOn, 'passportCreatedOn');
        requireNotFuture(passportCreatedOn, today, 'passportCreatedOn');
        const responsibleCsbIds = command.responsibleCsbIds === undefined ? [] : idList(command.responsibleCsbIds, 'responsibleCsbIds');
        const next: RoadmapState = {
          edition: ed.code,
          roadmapId,
          projectId,
          status: 'DRAFTING',
          regionCode,
          investorOrganizationId,
          investorBin,
          initiatorOrganizationId: ctx.actor.organizationId,
          responsibleCsbIds,
          mioAssignedOn: today,
          formDueOn: timerEnd(ed.roadmap.form, today, ctx),
          passportCreatedOn,
          approvalDueOn: ed.roadmap.approvalFromPassport === null ? null : timerEnd(ed.roadmap.approvalFromPassport, passportCreatedOn, ctx),
          submittedOn: null,
          submittedLate: false,
          agreements: [],
          agreedLate: false,
          rejection: null,
          reworkDueOn: null,
          resubmittedLate: false,
          approvedOn: null,
          version: 0,
          pendingChange: null,
        };
        return accept(next, [ev(next, ROADMAP_EVENTS.mioAssigned, { regionCode, formDueOn: next.formDueOn, approvalDueOn: next.approvalDueOn })]);
      }
      case 'UPDATE_DRAFT': {
        const cur = s as RoadmapState;
        const responsibleCsbIds = command.responsibleCsbIds === undefined ? cur.responsibleCsbIds : idList(command.responsibleCsbIds, 'responsibleCsbIds');
        return accept({ ...cur, responsibleCsbIds }, [ev(cur, ROADMAP_EVENTS.updated, { responsibleCsbIds })]);
      }
      case 'SUBMIT': {
        const cur = s as RoadmapState;
        const next: RoadmapState = { ...cur, status: toApproval, submittedOn: today, submittedLate: isAfter(today, cur.formDueOn), agreements: [] };
        return accept(next, [ev(cur, ROADMAP_EVENTS.submitted, { submittedOn: today, late: next.submittedLate })]);
      }
      case 'APPROVE': {
        const cur = s as RoadmapState;
        return accept(approvedState(cur, today), [
          ev(cur, ROADMAP_EVENTS.approved, { approvedOn: today, version: cur.version + 1, roadmapStatus: 'WITH_ROADMAP' }),
        ]);
      }
      case 'REJECT': {
        const cur = s as RoadmapState;
        const reason = ed.roadmap.rejectionReasonRequired ? requireText(command.reason, 'reason') : optionalText(command.reason, 'reason');
        const by = ed.roadmap.approvalChain === 'NC' ? 'NC' : (slotOf(ctx.actor, cur) as ApprovalSlot);
        const next: RoadmapState = {
          ...cur,
          status: 'REWORK',
          rejection: { by, reason, on: today },
          reworkDueOn: timerEnd(ed.roadmap.rework, today, ctx),
          agreements: [],
        };
        return accept(next, [
          ev(cur, ROADMAP_EVENTS.rejected, { by, reason, reworkDueOn: next.reworkDueOn, notifyInitiatorOrganizationId: cur.initiatorOrganizationId }),
        ]);
      }
      case 'RESUBMIT': {
        const cur = s as RoadmapState;
        const late = isAfter(today, cur.reworkDueOn as string);
        const next: RoadmapState = { ...cur, status: toApproval, resubmittedLate: late, agreements: [] };
        return accept(next, [ev(cur, ROADMAP_EVENTS.resubmitted, { resubmittedOn: today, late })]);
      }
      case 'AGREE': {
        const cur = s as RoadmapState;
        const slot = slotOf(ctx.actor, cur) as ApprovalSlot;
        const agreements = [...cur.agreements, slot];
        const events = [ev(cur, ROADMAP_EVENTS.approverAgreed, { slot, agreedOn: today })];
        const all = requiredApprovalSlots(cur, ed.roadmap.approvers).every((r) => agreements.includes(r));
        if (!all) return accept({ ...cur, agreements }, events);
        const agreedLate = isAfter(today, cur.approvalDueOn as string);
        events.push(ev(cur, ROADMAP_EVENTS.agreed, { agreedOn: today, late: agreedLate }));
        return accept({ ...cur, agreements, agreedLate, status: 'AB_VERIFICATION' }, events);
      }
      case 'VERIFY': {
        const cur = s as RoadmapState;
        return accept(approvedState(cur, today), [
          ev(cur, ROADMAP_EVENTS.verified, { approvedOn: today, version: cur.version + 1, roadmapStatus: 'WITH_ROADMAP' }),
        ]);
      }
      case 'FAIL_VERIFICATION': {
        const cur = s as RoadmapState;
        const reason = requireText(command.reason, 'reason');
        // R8' (inferred): back to rework, with the same 5-WD fix period.
        const next: RoadmapState = {
          ...cur,
          status: 'REWORK',
          rejection: { by: 'AB', reason, on: today },
          reworkDueOn: timerEnd(ed.roadmap.rework, today, ctx),
          agreements: [],
        };
        return accept(next, [ev(cur, ROADMAP_EVENTS.verificationFailed, { reason, reworkDueOn: next.reworkDueOn })]);
      }
      case 'REQUEST_CHANGE': {
        const cur = s as RoadmapState;
        const description = requireText(command.description, 'description');
        // E001 §63: the MIO revises "jointly with the investor" (INV approves in the §9.2 row): the MIO's request
        // carries the investor's consent; the investor's own request is that consent.
        const consentNeeded = ctx.actor.role !== 'INV' && can('INV', 'roadmap.change.make', ed.code, 'approve');
        if (consentNeeded && command.investorConsent !== true) {
          fail(DomainErrorCode.INVALID_INPUT, "the investor's consent is required (001 §63)", { field: 'investorConsent' });
        }
        const pendingChange = { description, requestedOn: today, requestedBy: ctx.actor.organizationId };
        // E000 R7 and E001 R9' (001 §51, §63): the authorized body approves or refuses the correction.
        return accept({ ...cur, status: 'CHANGE_PENDING', pendingChange, agreements: [] }, [
          ev(cur, ROADMAP_EVENTS.changeRequested, {
            description,
            requestedOn: today,
            requestedByRole: ctx.actor.role,
            investorConsent: ctx.actor.role === 'INV' || command.investorConsent === true,
          }),
        ]);
      }
      case 'APPROVE_CHANGE': {
        const cur = s as RoadmapState;
        return accept({ ...approvedState(cur, today), pendingChange: null }, [
          ev(cur, ROADMAP_EVENTS.changeApproved, { approvedOn: today, version: cur.version + 1 }),
        ]);
      }
      case 'REFUSE_CHANGE': {
        const cur = s as RoadmapState;
        const reason = optionalText(command.reason, 'reason');
        return accept({ ...cur, status: 'APPROVED', pendingChange: null }, [ev(cur, ROADMAP_EVENTS.changeRefused, { reason })]);
      }
    }
  });
}

function approvedState(cur: RoadmapState, today: string): RoadmapState {
  return { ...cur, status: 'APPROVED', approvedOn: today, version: cur.version + 1, rejection: null, reworkDueOn: null, pendingChange: null };
}

/** The project's roadmap status of 000 §52 / 001 §52. */
export function projectRoadmapStatus(state: RoadmapState | null): 'NO_ROADMAP' | 'WITH_ROADMAP' {
  return state !== null && state.version > 0 ? 'WITH_ROADMAP' : 'NO_ROADMAP';
}

/** R8: which timers are overdue today (flags only). */
export function roadmapOverdue(state: RoadmapState, today: string): Array<'FORM' | 'REWORK' | 'APPROVAL'> {
  const out: Array<'FORM' | 'REWORK' | 'APPROVAL'> = [];
  if (state.status === 'DRAFTING' && state.version === 0 && isAfter(today, state.formDueOn)) out.push('FORM');
  if (state.status === 'REWORK' && isAfter(today, state.reworkDueOn as string)) out.push('REWORK');
  const openApproval = state.version === 0 && state.status !== 'APPROVED' && state.status !== 'AB_VERIFICATION';
  if (state.approvalDueOn !== null && openApproval && isAfter(today, state.approvalDueOn)) out.push('APPROVAL');
  return out;
}

export function allowedRoadmapActions(state: RoadmapState | null, actor: Actor, ctx: Omit<TransitionContext, 'actor'>): RoadmapCommandType[] {
  const full: TransitionContext = { ...ctx, actor };
  return passing(Object.keys(RULES) as RoadmapCommandType[], (t) => authorize(state, t, full));
}
