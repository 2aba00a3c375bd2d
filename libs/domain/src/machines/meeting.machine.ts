/**
 * Meeting card (карточка встречи): one per meeting with a potential investor
 * (rules.md §2.1.1 `MeetingCard`; 000 §40(1), §40(4); 001 §38(1), §38(3)). A record, not a process:
 * RECORD records it; UPDATE lets the recording organisation correct given fields. Check order: §9.2 role → input.
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
export const MEETING_EVENTS = { recorded: 'attraction.meeting.recorded', updated: 'attraction.meeting.updated' } as const;

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

/** The fields of a meeting card its originator writes (and may later correct). */
export interface MeetingCardInput {
  heldOn: string;
  place: string;
  eventKind: string;
  participants: string[];
  subjectOfInterest: string;
  keyAspects?: string | null;
  projectParameters?: Partial<MeetingProjectParameters> | null;
  investorExpectations?: string | null;
  agreementsReached?: string | null;
}

export type MeetingCommand =
  | ({ type: 'RECORD'; meetingId: string; companyId: string; countryCode: string } & MeetingCardInput)
  /** Corrects the card: only the given fields change (undefined = unchanged; null clears an optional field). Originator only. */
  | { type: 'UPDATE'; changes: Partial<{ [K in keyof MeetingCardInput]: MeetingCardInput[K] | null }> };

/** The fields UPDATE may change, in card order. */
export const MEETING_CARD_FIELDS = [
  'heldOn',
  'place',
  'eventKind',
  'participants',
  'subjectOfInterest',
  'keyAspects',
  'projectParameters',
  'investorExpectations',
  'agreementsReached',
] as const satisfies readonly (keyof MeetingCardInput)[];

type MeetingCard = Pick<MeetingState, (typeof MEETING_CARD_FIELDS)[number]>;

function meetingCard(input: MeetingCardInput, today: string): MeetingCard {
  const heldOn = requireDate(input.heldOn, 'heldOn');
  // A card records a meeting that took place.
  requireNotFuture(heldOn, today, 'heldOn');
  return {
    heldOn,
    place: requireText(input.place, 'place', 500),
    eventKind: requireOneOf(input.eventKind, MEETING_EVENT_KINDS, 'eventKind'),
    participants: requireTextList(input.participants, 'participants'),
    subjectOfInterest: requireText(input.subjectOfInterest, 'subjectOfInterest', 2000),
    keyAspects: optionalText(input.keyAspects, 'keyAspects', 10000),
    projectParameters: parameters(input.projectParameters),
    investorExpectations: optionalText(input.investorExpectations, 'investorExpectations', 10000),
    agreementsReached: optionalText(input.agreementsReached, 'agreementsReached', 10000),
  };
}

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
    if (command.type === 'UPDATE') {
      if (state === null) fail(DomainErrorCode.WRONG_STATE, 'UPDATE needs an existing meeting card', { status: null });
      if (state.originatorOrganizationId !== ctx.actor.organizationId) {
        fail(DomainErrorCode.WRONG_ROLE, 'only the organisation that recorded the meeting card may change it', { field: 'id' });
      }
      const given = MEETING_CARD_FIELDS.filter((k) => command.changes[k] !== undefined);
      if (given.length === 0) fail(DomainErrorCode.INVALID_INPUT, 'no field of the meeting card to change', { field: '$' });
      const merged = { ...state } as unknown as Record<string, unknown>;
      for (const k of given) merged[k] = command.changes[k];
      const c = meetingCard(merged as unknown as MeetingCardInput, ctx.today);
      const changed = MEETING_CARD_FIELDS.filter((k) => JSON.stringify(c[k]) !== JSON.stringify(state[k]));
      return accept({ ...state, ...c }, [
        event(MEETING_AGGREGATE, state.meetingId, MEETING_EVENTS.updated, {
          meetingId: state.meetingId,
          companyId: state.companyId,
          countryCode: state.countryCode,
          changed,
          heldOn: c.heldOn,
          eventKind: c.eventKind,
          updatedOn: ctx.today,
        }),
      ]);
    }
    if (state !== null) fail(DomainErrorCode.CONFLICT, 'RECORD creates a meeting card, but one exists');
    const meetingId = requireText(command.meetingId, 'meetingId', 100);
    const c = meetingCard(command, ctx.today);
    const heldOn = c.heldOn;
    const next: MeetingState = {
      meetingId,
      companyId: requireText(command.companyId, 'companyId', 100),
      countryCode: requireText(command.countryCode, 'countryCode', 2),
      originatorOrganizationId: ctx.actor.organizationId,
      authorUserId: ctx.actor.userId,
      ...c,
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
