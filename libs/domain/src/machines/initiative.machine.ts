/**
 * SM-INIT: the initiative (rules.md §2.1.3; 000 §41–42; 001 §39–42).
 *
 * Check order of every command: edition (NOT_IN_EDITION) → §9.2 role (WRONG_ROLE) → status (WRONG_STATE)
 * → scope: region / originating organisation (WRONG_ROLE) → legal deadline (DEADLINE_PASSED) → input (INVALID_INPUT).
 *
 * Deadlines (interpretation): the 30-CD window (T03) obliges the MIO to take one of the listed actions
 * ("в течение 30 календарных дней ... предпринимает одно из следующих действий"). Extension and redirection
 * are such actions and are refused after the window (DEADLINE_PASSED). Conversion is the investor's way into
 * Module 2 and is not forbidden after the window: it is accepted and recorded as late (`convertedLate`),
 * the overdue state being a flag (I13). The 3-WD transfer after a visit (T02) is likewise a flag (`transferredLate`).
 * E001 return "at any stage" (001 §42) has no deadline.
 */
import type { Actor, OrganizationType } from '../access/organization-type';
import type { AccessMode, ActionCode } from '../access/permissions';
import { DomainErrorCode } from '../errors/domain-error';
import { EVENT_TYPES, type InitiativeConvertedPayload, type InitiativeCreatedPayload, type InitiativeTransferredPayload } from '../events/catalog';
import type { DomainEvent } from '../events/envelope';
import { addCalendarDays, daysBetween } from '../reference/calendar';
import { isRegionCode } from '../reference/regions';
import {
  accept,
  checkContext,
  event,
  fail,
  guarded,
  isAfter,
  optionalDate,
  optionalText,
  requireBoolean,
  requireExisting,
  requireNew,
  requireNotAfter,
  requireNotFuture,
  requireOneOf,
  requireRole,
  requireSameRegion,
  requireStatus,
  requireText,
  timerEnd,
  type Decision,
  type EditionPinned,
  type TransitionContext,
} from './transition';

export const INITIATIVE_AGGREGATE = 'initiative';

export const INITIATIVE_STATUSES = ['DRAFT', 'TRANSFERRED', 'IN_WORK', 'EXTENDED', 'REDIRECT_PENDING', 'RETURNED', 'CONVERTED'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export const KYC_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'PASSED', 'FAILED'] as const;
export type KycStatus = (typeof KYC_STATUSES)[number];

/** Initiative event types not in the shared catalogue (the three catalogue ones are reused as is). */
export const INITIATIVE_EVENTS = {
  created: EVENT_TYPES.initiativeCreated,
  transferred: EVENT_TYPES.initiativeTransferred,
  converted: EVENT_TYPES.initiativeConverted,
  officerAssigned: 'attraction.initiative.officer-assigned',
  extended: 'attraction.initiative.extended',
  redirectRequested: 'attraction.initiative.redirect-requested',
  redirected: 'attraction.initiative.redirected',
  redirectRefused: 'attraction.initiative.redirect-refused',
  returned: 'attraction.initiative.returned',
  revertedFromProject: 'attraction.initiative.reverted-from-project',
  overdue: 'attraction.initiative.overdue',
} as const;

export interface InitiativeRedirect {
  targetRegionCode: string;
  requestedOn: string;
  requestedBy: string;
  reason: string;
  /** Status to go back to when AB refuses (I8). */
  resumeStatus: 'IN_WORK' | 'EXTENDED';
}

export interface InitiativeState extends EditionPinned {
  initiativeId: string;
  companyId: string;
  title: string;
  countryCode: string;
  status: InitiativeStatus;
  originatorOrganizationId: string;
  originatorRole: OrganizationType;
  createdOn: string;
  /** End of the investor visit the initiative follows, if any. */
  visitEndedOn: string | null;
  /** T02: last working day to create and transfer the initiative after the visit (3 WD). */
  transferDueOn: string | null;
  /** KATO code of the receiving MIO's region. */
  regionCode: string | null;
  /** Receipt by the MIO: the 30-CD clock starts here. */
  transferredOn: string | null;
  /** True when the (first) transfer came after `transferDueOn`. */
  transferredLate: boolean;
  /** transferredOn + 30 CD. */
  originalDueOn: string | null;
  /** Last calendar day for the MIO to act: originalDueOn, or the extended deadline. */
  actionDueOn: string | null;
  extensionsUsed: number;
  extendedOn: string | null;
  officerUserId: string | null;
  officerAssignedOn: string | null;
  redirect: InitiativeRedirect | null;
  /** Regions the initiative was at before (redirection, return and re-transfer). */
  previousRegionCodes: string[];
  returnedOn: string | null;
  returnReason: string | null;
  convertedOn: string | null;
  /** True when the conversion came after `actionDueOn` (I13 overdue). */
  convertedLate: boolean;
  /** Number of transfers to an MIO (first transfer, redirections, re-transfers). */
  transferCount: number;
}

export type InitiativeCommand =
  | { type: 'CREATE'; initiativeId: string; companyId: string; title: string; countryCode: string; visitEndedOn?: string | null; kycStatus?: KycStatus }
  | { type: 'TRANSFER'; regionCode: string }
  | { type: 'ASSIGN_OFFICER'; officerUserId: string }
  | { type: 'EXTEND'; days?: number; reason?: string }
  | { type: 'REQUEST_REDIRECT'; targetRegionCode: string; reason: string }
  | { type: 'APPROVE_REDIRECT' }
  | { type: 'REFUSE_REDIRECT'; reason?: string }
  | { type: 'RETURN'; reason: string }
  | { type: 'REVERT_FROM_PROJECT'; reason: string }
  | {
      type: 'CONVERT';
      companyName: string;
      companyBin: string;
      projectName: string;
      sector: string | null;
      investmentAmountKzt: string;
      hasInvestmentContract: boolean;
    };

export type InitiativeCommandType = InitiativeCommand['type'];

interface CommandRule {
  /** §9.2 action code (the row is named in permissions.ts). */
  action: ActionCode;
  mode: AccessMode;
  from: readonly InitiativeStatus[] | null;
  scope: 'none' | 'originator' | 'region';
  /** The command must happen by `actionDueOn`. */
  withinWindow: boolean;
}

/** Which §9.2 row, mode, source statuses and scope each command needs. */
const RULES: Record<InitiativeCommandType, CommandRule> = {
  // §9.2 M1 "Fill post-visit card; create and transfer initiative": FI X, NCF x.
  CREATE: { action: 'initiative.create', mode: 'perform', from: null, scope: 'none', withinWindow: false },
  // same row; I2 from DRAFT, I11 [E001] from RETURNED (RETURNED only exists in E001).
  TRANSFER: { action: 'initiative.transfer', mode: 'perform', from: ['DRAFT', 'RETURNED'], scope: 'originator', withinWindow: false },
  // §9.2 M1 "Receive initiative; assign official; extend; create passport": MIO X.
  ASSIGN_OFFICER: { action: 'initiative.assign-officer', mode: 'perform', from: ['TRANSFERRED'], scope: 'region', withinWindow: false },
  EXTEND: { action: 'initiative.extend', mode: 'perform', from: ['IN_WORK'], scope: 'region', withinWindow: true },
  CONVERT: { action: 'initiative.convert', mode: 'perform', from: ['IN_WORK', 'EXTENDED'], scope: 'region', withinWindow: false },
  // §9.2 M1 "[E000] Redirect initiative to another MIO": MIO X (requests), AB A (approves/refuses).
  REQUEST_REDIRECT: { action: 'initiative.redirect', mode: 'perform', from: ['IN_WORK', 'EXTENDED'], scope: 'region', withinWindow: true },
  APPROVE_REDIRECT: { action: 'initiative.redirect', mode: 'approve', from: ['REDIRECT_PENDING'], scope: 'none', withinWindow: false },
  REFUSE_REDIRECT: { action: 'initiative.redirect', mode: 'approve', from: ['REDIRECT_PENDING'], scope: 'none', withinWindow: false },
  // §9.2 M1 "[E001] Return initiative (incl. 'at any stage'); project card → initiative": MIO X.
  RETURN: { action: 'initiative.return', mode: 'perform', from: ['TRANSFERRED', 'IN_WORK', 'EXTENDED'], scope: 'region', withinWindow: false },
  REVERT_FROM_PROJECT: { action: 'initiative.return', mode: 'perform', from: ['CONVERTED'], scope: 'region', withinWindow: false },
};

const REGION_RE = /^[0-9A-Za-z_-]{1,20}$/;
const COUNTRY_RE = /^[A-Z]{2}$/;
const BIN_RE = /^\d{12}$/;
const AMOUNT_RE = /^[1-9]\d{0,17}$/;

function authorize(state: InitiativeState | null, type: InitiativeCommandType, ctx: TransitionContext): InitiativeState | null {
  checkContext(state, ctx);
  const rule = RULES[type];
  requireRole(rule.action, ctx, rule.mode);
  if (rule.from === null) {
    requireNew(state, type);
    return null;
  }
  const s = requireExisting(state, type);
  requireStatus(s.status, rule.from, type);
  if (rule.scope === 'region') requireSameRegion(ctx.actor, s.regionCode, type);
  if (rule.scope === 'originator' && ctx.actor.organizationId !== s.originatorOrganizationId) {
    fail(DomainErrorCode.WRONG_ROLE, `${type}: only the originating organisation may transfer the initiative`, { field: 'actor.organizationId' });
  }
  if (rule.withinWindow) requireNotAfter(ctx.today, s.actionDueOn as string, `${type} (30-CD window, 000 §42 / 001 §40)`);
  if (type === 'EXTEND' && s.extensionsUsed >= ctx.edition.initiative.maxExtensions) {
    fail(DomainErrorCode.WRONG_STATE, 'the initiative was already extended (one extension, A-07)', { status: s.status });
  }
  return s;
}

function regionCode(v: unknown, field: string): string {
  if (typeof v !== 'string' || !REGION_RE.test(v)) fail(DomainErrorCode.INVALID_INPUT, `${field} must be a region code`, { field });
  if (!isRegionCode(v)) fail(DomainErrorCode.UNKNOWN_REFERENCE, `${field} ${v} is not one of the 20 regions (KATO)`, { field });
  return v;
}

function transferredEvent(s: InitiativeState): DomainEvent<InitiativeTransferredPayload> {
  return event<InitiativeTransferredPayload>(INITIATIVE_AGGREGATE, s.initiativeId, INITIATIVE_EVENTS.transferred, {
    initiativeId: s.initiativeId,
    companyId: s.companyId,
    regionCode: s.regionCode as string,
    transferredOn: s.transferredOn as string,
    actionDueOn: s.actionDueOn as string,
  });
}

/** Receipt by an MIO: a new 30-CD window (I2, I7, I11). */
function receivedAt(s: InitiativeState, region: string, ctx: TransitionContext): InitiativeState {
  const due = timerEnd(ctx.edition.initiative.action, ctx.today, ctx);
  return {
    ...s,
    status: 'TRANSFERRED',
    regionCode: region,
    previousRegionCodes: s.regionCode !== null ? [...s.previousRegionCodes, s.regionCode] : s.previousRegionCodes,
    transferredOn: ctx.today,
    originalDueOn: due,
    actionDueOn: due,
    extensionsUsed: 0,
    extendedOn: null,
    officerUserId: null,
    officerAssignedOn: null,
    redirect: null,
    transferCount: s.transferCount + 1,
  };
}

export function decideInitiative(state: InitiativeState | null, command: InitiativeCommand, ctx: TransitionContext): Decision<InitiativeState> {
  return guarded(() => {
    const s = authorize(state, command.type, ctx);
    const today = ctx.today;
    const actor = ctx.actor;
    switch (command.type) {
      case 'CREATE': {
        const initiativeId = requireText(command.initiativeId, 'initiativeId', 100);
        const companyId = requireText(command.companyId, 'companyId', 100);
        const title = requireText(command.title, 'title', 500);
        if (typeof command.countryCode !== 'string' || !COUNTRY_RE.test(command.countryCode)) {
          fail(DomainErrorCode.INVALID_INPUT, 'countryCode must be ISO 3166 alpha-2', { field: 'countryCode' });
        }
        const visitEndedOn = optionalDate(command.visitEndedOn, 'visitEndedOn');
        if (visitEndedOn !== null) requireNotFuture(visitEndedOn, today, 'visitEndedOn');
        if (command.kycStatus !== undefined) {
          const kyc = requireOneOf(command.kycStatus, KYC_STATUSES, 'kycStatus');
          // kycRequiredForInitiative; a known KYC check that has not passed blocks the initiative.
          if (ctx.edition.initiative.kycRequiredForInitiative && kyc !== 'PASSED') {
            fail(DomainErrorCode.WRONG_STATE, `KYC is ${kyc}; the edition requires a passed KYC check`, { field: 'kycStatus' });
          }
        }
        const created: InitiativeState = {
          edition: ctx.edition.code,
          initiativeId,
          companyId,
          title,
          countryCode: command.countryCode,
          status: 'DRAFT',
          originatorOrganizationId: actor.organizationId,
          originatorRole: actor.role,
          createdOn: today,
          visitEndedOn,
          transferDueOn: visitEndedOn === null ? null : timerEnd(ctx.edition.initiative.transferAfterVisit, visitEndedOn, ctx),
          regionCode: null,
          transferredOn: null,
          transferredLate: false,
          originalDueOn: null,
          actionDueOn: null,
          extensionsUsed: 0,
          extendedOn: null,
          officerUserId: null,
          officerAssignedOn: null,
          redirect: null,
          previousRegionCodes: [],
          returnedOn: null,
          returnReason: null,
          convertedOn: null,
          convertedLate: false,
          transferCount: 0,
        };
        return accept(created, [
          event<InitiativeCreatedPayload>(INITIATIVE_AGGREGATE, initiativeId, INITIATIVE_EVENTS.created, {
            initiativeId,
            companyId,
            title,
            countryCode: command.countryCode,
            createdOn: today,
          }),
        ]);
      }
      case 'TRANSFER': {
        const cur = s as InitiativeState;
        const region = regionCode(command.regionCode, 'regionCode');
        const next = receivedAt(cur, region, ctx);
        next.transferredLate = cur.transferCount === 0 ? cur.transferDueOn !== null && isAfter(today, cur.transferDueOn) : cur.transferredLate;
        return accept(next, [transferredEvent(next)]);
      }
      case 'ASSIGN_OFFICER': {
        const cur = s as InitiativeState;
        const officerUserId = requireText(command.officerUserId, 'officerUserId', 100);
        const next: InitiativeState = { ...cur, status: 'IN_WORK', officerUserId, officerAssignedOn: today };
        return accept(next, [
          event(INITIATIVE_AGGREGATE, cur.initiativeId, INITIATIVE_EVENTS.officerAssigned, {
            initiativeId: cur.initiativeId,
            regionCode: cur.regionCode,
            officerUserId,
            assignedOn: today,
          }),
        ]);
      }
      case 'EXTEND': {
        const cur = s as InitiativeState;
        const max = ctx.edition.initiative.maxExtension.value;
        const days = command.days ?? max;
        if (!Number.isInteger(days) || days < 1 || days > max) {
          fail(DomainErrorCode.INVALID_INPUT, `days must be an integer from 1 to ${max}`, { field: 'days' });
        }
        const reason = optionalText(command.reason, 'reason');
        // the extension runs from the original deadline.
        const actionDueOn = addCalendarDays(cur.originalDueOn as string, days, ctx.calendar);
        const next: InitiativeState = { ...cur, status: 'EXTENDED', actionDueOn, extendedOn: today, extensionsUsed: cur.extensionsUsed + 1 };
        return accept(next, [
          event(INITIATIVE_AGGREGATE, cur.initiativeId, INITIATIVE_EVENTS.extended, {
            initiativeId: cur.initiativeId,
            regionCode: cur.regionCode,
            extendedOn: today,
            previousDueOn: cur.actionDueOn,
            actionDueOn,
            reason,
          }),
        ]);
      }
      case 'REQUEST_REDIRECT': {
        const cur = s as InitiativeState;
        const target = regionCode(command.targetRegionCode, 'targetRegionCode');
        if (target === cur.regionCode) {
          fail(DomainErrorCode.INVALID_INPUT, 'the target MIO must be another region', { field: 'targetRegionCode' });
        }
        const reason = requireText(command.reason, 'reason');
        const redirect: InitiativeRedirect = {
          targetRegionCode: target,
          requestedOn: today,
          requestedBy: actor.userId,
          reason,
          resumeStatus: cur.status as 'IN_WORK' | 'EXTENDED',
        };
        const next: InitiativeState = { ...cur, status: 'REDIRECT_PENDING', redirect };
        return accept(next, [
          event(INITIATIVE_AGGREGATE, cur.initiativeId, INITIATIVE_EVENTS.redirectRequested, {
            initiativeId: cur.initiativeId,
            fromRegionCode: cur.regionCode,
            toRegionCode: target,
            reason,
            requestedOn: today,
          }),
        ]);
      }
      case 'APPROVE_REDIRECT': {
        const cur = s as InitiativeState;
        const redirect = cur.redirect as InitiativeRedirect;
        // I7: transferred to the target MIO; a new 30-CD window starts (inferred).
        const next = receivedAt(cur, redirect.targetRegionCode, ctx);
        return accept(next, [
          event(INITIATIVE_AGGREGATE, cur.initiativeId, INITIATIVE_EVENTS.redirected, {
            initiativeId: cur.initiativeId,
            fromRegionCode: cur.regionCode,
            toRegionCode: redirect.targetRegionCode,
            approvedOn: today,
          }),
          transferredEvent(next),
        ]);
      }
      case 'REFUSE_REDIRECT': {
        const cur = s as InitiativeState;
        const redirect = cur.redirect as InitiativeRedirect;
        const reason = optionalText(command.reason, 'reason');
        // I8 (inferred): back to IN_WORK / EXTENDED; the original window keeps running.
        const next: InitiativeState = { ...cur, status: redirect.resumeStatus, redirect: null };
        return accept(next, [
          event(INITIATIVE_AGGREGATE, cur.initiativeId, INITIATIVE_EVENTS.redirectRefused, {
            initiativeId: cur.initiativeId,
            regionCode: cur.regionCode,
            toRegionCode: redirect.targetRegionCode,
            reason,
            refusedOn: today,
          }),
        ]);
      }
      case 'RETURN': {
        const cur = s as InitiativeState;
        const reason = requireText(command.reason, 'reason');
        const next: InitiativeState = { ...cur, status: 'RETURNED', returnedOn: today, returnReason: reason };
        return accept(next, [
          event(INITIATIVE_AGGREGATE, cur.initiativeId, INITIATIVE_EVENTS.returned, {
            initiativeId: cur.initiativeId,
            regionCode: cur.regionCode,
            reason,
            returnedOn: today,
          }),
        ]);
      }
      case 'REVERT_FROM_PROJECT': {
        const cur = s as InitiativeState;
        const reason = requireText(command.reason, 'reason');
        // I12 [E001] 001 §41: project card → initiative, returned to the initiator body, AB notified (explicit).
        const next: InitiativeState = { ...cur, status: 'RETURNED', returnedOn: today, returnReason: reason };
        return accept(next, [
          event(INITIATIVE_AGGREGATE, cur.initiativeId, INITIATIVE_EVENTS.revertedFromProject, {
            initiativeId: cur.initiativeId,
            regionCode: cur.regionCode,
            reason,
            revertedOn: today,
            notifyAuthorizedBody: true,
          }),
        ]);
      }
      case 'CONVERT': {
        const cur = s as InitiativeState;
        const companyName = requireText(command.companyName, 'companyName', 500);
        const bin = command.companyBin;
        const binOk = typeof bin === 'string' && (BIN_RE.test(bin) || (!ctx.edition.passport.binRequired && bin === ''));
        if (!binOk) {
          fail(DomainErrorCode.INVALID_INPUT, ctx.edition.passport.binRequired ? 'companyBin must be 12 digits' : 'companyBin must be 12 digits or empty', {
            field: 'companyBin',
          });
        }
        const projectName = requireText(command.projectName, 'projectName', 500);
        const sector = command.sector === null ? null : requireText(command.sector, 'sector', 100);
        if (typeof command.investmentAmountKzt !== 'string' || !AMOUNT_RE.test(command.investmentAmountKzt)) {
          fail(DomainErrorCode.INVALID_INPUT, 'investmentAmountKzt must be a positive whole number of tenge as a decimal string', {
            field: 'investmentAmountKzt',
          });
        }
        const hasInvestmentContract = requireBoolean(command.hasInvestmentContract, 'hasInvestmentContract');
        const next: InitiativeState = {
          ...cur,
          status: 'CONVERTED',
          convertedOn: today,
          convertedLate: isAfter(today, cur.actionDueOn as string),
        };
        return accept(next, [
          event<InitiativeConvertedPayload>(INITIATIVE_AGGREGATE, cur.initiativeId, INITIATIVE_EVENTS.converted, {
            initiativeId: cur.initiativeId,
            companyId: cur.companyId,
            companyName,
            companyBin: bin,
            regionCode: cur.regionCode as string,
            projectName,
            sector,
            investmentAmountKzt: command.investmentAmountKzt,
            hasInvestmentContract,
            convertedOn: today,
          }),
        ]);
      }
    }
  });
}

/** Command types the actor could issue now (edition, role, status, scope and window checked; not the input). */
export function allowedInitiativeActions(state: InitiativeState | null, actor: Actor, ctx: Omit<TransitionContext, 'actor'>): InitiativeCommandType[] {
  const full: TransitionContext = { ...ctx, actor };
  return (Object.keys(RULES) as InitiativeCommandType[]).filter((type) => {
    try {
      authorize(state, type, full);
      return true;
    } catch {
      return false;
    }
  });
}

/** I13: the window has run out with no action (a flag, not a transition). */
export function isInitiativeOverdue(state: InitiativeState, today: string): boolean {
  const open = state.status === 'TRANSFERRED' || state.status === 'IN_WORK' || state.status === 'EXTENDED' || state.status === 'REDIRECT_PENDING';
  return open && state.actionDueOn !== null && isAfter(today, state.actionDueOn);
}

/**
 * I13 notice: the `attraction.initiative.overdue` event for the current deadline, or null when the
 * initiative is not overdue or was already flagged for this deadline (`flaggedForDueOn`), so a
 * scheduled job publishes it exactly once per initiative and deadline (a new window, e.g. after a
 * redirection or an extension, gets its own notice).
 */
export function initiativeOverdueNotice(state: InitiativeState, today: string, flaggedForDueOn: string | null): DomainEvent | null {
  if (!isInitiativeOverdue(state, today) || flaggedForDueOn === state.actionDueOn) return null;
  const dueOn = state.actionDueOn as string;
  return event(INITIATIVE_AGGREGATE, state.initiativeId, INITIATIVE_EVENTS.overdue, {
    initiativeId: state.initiativeId,
    regionCode: state.regionCode,
    status: state.status,
    officerUserId: state.officerUserId,
    actionDueOn: dueOn,
    detectedOn: today,
    daysOverdue: daysBetween(dueOn, today),
    // rules.md §3.1 T03: escalate to the MIO head and AB (inferred).
    notify: ['MIO', 'AB'],
  });
}
