/**
 * Meeting card (карточка встречи): one per meeting with a potential investor
 * (rules.md §2.1.1 `MeetingCard`; 000 §40(1), §40(4); 001 §38(1), §38(3)). A record, not a process:
 * the only command records it. Check order: §9.2 role → input.
 */
import { DomainErrorCode } from '../errors/domain-error';
import { isRegionCode } from '../reference/regions';
import {
  accept,
  checkContext,
  event,
  fail,
  guarded,
  optionalText,
  requireDate,
  requireNotFuture,
  requireOneOf,
  requireRole,
  requireText,
  requireTextList,
  type Decision,
  type TransitionContext,
} from './transition';

export const MEETING_AGGREGATE = 'meeting';
export const MEETING_EVENTS = { recorded: 'attraction.meeting.recorded' } as const;

/** Kind of event the meeting took place at (inferred list, rules.md §2.1.1). */
export const MEETING_EVENT_KINDS = ['INTERNATIONAL_EVENT', 'NATIONAL_EVENT', 'LEADER_VISIT', 'OTHER'] as const;
export type MeetingEventKind = (typeof MEETING_EVENT_KINDS)[number];

/** Approximate project parameters (примерные параметры проекта). */
export interface MeetingProjectParameters {
  /** Positive decimal string (at most 2 decimals) in `currency`. */
  investmentAmount: string | null;
  /** ISO 4217 code; required with an amount. */
  currency: string | null;
  jobs: number | null;
  sector: string | null;
  /** KATO code of the intended region, if discussed. */
  regionCode: string | null;
}

export interface MeetingState {
  meetingId: string;
  companyId: string;
  countryCode: string;
  originatorOrganizationId: string;
  authorUserId: string;
  heldOn: string;
  place: string;
  eventKind: MeetingEventKind;
  participants: string[];
  /** Subject of interest (предмет интереса). */
  subjectOfInterest: string;
  /** Key aspects of the negotiations (ключевые аспекты переговоров). */
  keyAspects: string | null;
  projectParameters: MeetingProjectParameters | null;
  /** The potential investor's expectations (ожидания потенциального инвестора). */
  investorExpectations: string | null;
  /** Agreements reached at the meeting (достигнутые договорённости). */
  agreementsReached: string | null;
  recordedOn: string;
}

export type MeetingCommand = {
  type: 'RECORD';
  meetingId: string;
  companyId: string;
  countryCode: string;
  heldOn: string;
  place: string;
  eventKind: string;
  participants: string[];
  subjectOfInterest: string;
  keyAspects?: string | null;
  projectParameters?: Partial<MeetingProjectParameters> | null;
  investorExpectations?: string | null;
  agreementsReached?: string | null;
};

const AMOUNT_RE = /^\d{1,18}(\.\d{1,2})?$/;
const CURRENCY_RE = /^[A-Z]{3}$/;

function parameters(p: Partial<MeetingProjectParameters> | null | undefined): MeetingProjectParameters | null {
  if (p === undefined || p === null) return null;
  const amount = p.investmentAmount ?? null;
  if (amount !== null && (!AMOUNT_RE.test(amount) || !/[1-9]/.test(amount))) {
    fail(DomainErrorCode.INVALID_INPUT, 'investmentAmount must be a positive decimal string', { field: 'projectParameters.investmentAmount' });
  }
  const currency = p.currency ?? null;
  if (currency !== null && !CURRENCY_RE.test(currency)) {
    fail(DomainErrorCode.INVALID_INPUT, 'currency must be an ISO 4217 code', { field: 'projectParameters.currency' });
  }
  if (amount !== null && currency === null) fail(DomainErrorCode.INVALID_INPUT, 'currency is required with an amount', { field: 'projectParameters.currency' });
  const jobs = p.jobs ?? null;
  if (jobs !== null && (!Number.isInteger(jobs) || jobs < 0)) {
    fail(DomainErrorCode.INVALID_INPUT, 'jobs must be a whole number ≥ 0', { field: 'projectParameters.jobs' });
  }
  const regionCode = p.regionCode ?? null;
  if (regionCode !== null && !isRegionCode(regionCode)) {
    fail(DomainErrorCode.UNKNOWN_REFERENCE, `regionCode ${regionCode} is not one of the 20 regions`, { field: 'projectParameters.regionCode' });
  }
  return { investmentAmount: amount, currency, jobs, sector: optionalText(p.sector, 'projectParameters.sector', 100), regionCode };
}

export function decideMeeting(state: MeetingState | null, command: MeetingCommand, ctx: TransitionContext): Decision<MeetingState> {
  return guarded(() => {
    checkContext(null, ctx);
    // §9.2 M1 "Create meeting card": FI X, NCF X.
    requireRole('meeting.create', ctx, 'perform');
    if (state !== null) fail(DomainErrorCode.CONFLICT, 'RECORD creates a meeting card, but one exists');
    const meetingId = requireText(command.meetingId, 'meetingId', 100);
    const heldOn = requireDate(command.heldOn, 'heldOn');
    // A card records a meeting that took place.
    requireNotFuture(heldOn, ctx.today, 'heldOn');
    const next: MeetingState = {
      meetingId,
      companyId: requireText(command.companyId, 'companyId', 100),
      countryCode: requireText(command.countryCode, 'countryCode', 2),
      originatorOrganizationId: ctx.actor.organizationId,
      authorUserId: ctx.actor.userId,
      heldOn,
      place: requireText(command.place, 'place', 500),
      eventKind: requireOneOf(command.eventKind, MEETING_EVENT_KINDS, 'eventKind'),
      participants: requireTextList(command.participants, 'participants'),
      subjectOfInterest: requireText(command.subjectOfInterest, 'subjectOfInterest', 2000),
      keyAspects: optionalText(command.keyAspects, 'keyAspects', 10000),
      projectParameters: parameters(command.projectParameters),
      investorExpectations: optionalText(command.investorExpectations, 'investorExpectations', 10000),
      agreementsReached: optionalText(command.agreementsReached, 'agreementsReached', 10000),
      recordedOn: ctx.today,
    };
    return accept(next, [
      event(MEETING_AGGREGATE, meetingId, MEETING_EVENTS.recorded, {
        meetingId,
        companyId: next.companyId,
        countryCode: next.countryCode,
        heldOn,
        eventKind: next.eventKind,
      }),
    ]);
  });
}
