/**
 * SM-VISIT: an investor's visit to Kazakhstan (rules.md §2.1.2; 000 §40(6)–(7), §41; 001 §38(4)–(5), §39),
 * plus the [E000] official-trip visit card (000 §40(5), D3).
 * Check order: edition → §9.2 role → status → scope → input. No deadline here forbids an action:
 * T01 and T02 (3 WD) are recorded and flagged (`late`), as rules.md §3.1 recommends.
 */
import type { Actor } from '../access/organization-type';
import { DomainErrorCode } from '../errors/domain-error';
import {
  accept,
  authorizeCommand,
  checkContext,
  event,
  fail,
  guarded,
  isAfter,
  optionalText,
  passing,
  requireDate,
  requireNotFuture,
  requireRole,
  requireNew,
  requireText,
  requireTextList,
  timerEnd,
  type CommandSpec,
  type Decision,
  type EditionPinned,
  type TransitionContext,
} from './transition';
import { compareDates } from '../reference/calendar';

export const VISIT_AGGREGATE = 'visit';
export const VISIT_STATUSES = ['PROPOSED', 'APPROVED', 'DECLINED', 'PROGRAMME_READY', 'COMPLETED', 'INITIATIVE_TRANSFERRED'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const VISIT_EVENTS = {
  proposed: 'attraction.visit.proposed',
  approved: 'attraction.visit.approved',
  declined: 'attraction.visit.declined',
  programmeReady: 'attraction.visit.programme-ready',
  completed: 'attraction.visit.completed',
  initiativeRecorded: 'attraction.visit.initiative-recorded',
  tripCardSubmitted: 'attraction.trip-card.submitted',
} as const;

export interface VisitState extends EditionPinned {
  visitId: string;
  companyId: string;
  status: VisitStatus;
  originatorOrganizationId: string;
  plannedFrom: string;
  plannedTo: string;
  purposes: string[];
  stateBodies: string[];
  proposedOn: string;
  decidedOn: string | null;
  decisionReason: string | null;
  programme: string | null;
  participants: string[];
  visitEndedOn: string | null;
  agreements: string | null;
  /** T02: the initiative must be created and transferred by this working day (3 WD after the visit). */
  initiativeDueOn: string | null;
  initiativeId: string | null;
  initiativeRecordedOn: string | null;
  initiativeLate: boolean;
}

export type VisitCommand =
  | { type: 'PROPOSE'; visitId: string; companyId: string; plannedFrom: string; plannedTo: string; purposes: string[]; stateBodies: string[] }
  | { type: 'APPROVE'; reason?: string }
  | { type: 'DECLINE'; reason: string }
  | { type: 'SET_PROGRAMME'; programme: string; participants: string[] }
  | { type: 'COMPLETE'; visitEndedOn: string; agreements: string }
  | { type: 'RECORD_INITIATIVE'; initiativeId: string };
export type VisitCommandType = VisitCommand['type'];

const RULES: Record<VisitCommandType, CommandSpec<VisitStatus> & { originatorOnly: boolean }> = {
  // §9.2 M1 "Register a planned investor visit": FI X; NCF x [E001].
  PROPOSE: { action: 'visit.register', mode: 'perform', from: null, originatorOnly: false },
  // §9.2 M1 "Decide whether an investor visit is worthwhile": AB A.
  APPROVE: { action: 'visit.decide', mode: 'approve', from: ['PROPOSED'], originatorOnly: false },
  DECLINE: { action: 'visit.decide', mode: 'approve', from: ['PROPOSED'], originatorOnly: false },
  // §9.2 M1 "Build visit programme and participant list": MIO X, CSB X, AB X.
  SET_PROGRAMME: { action: 'visit.programme', mode: 'perform', from: ['APPROVED', 'PROGRAMME_READY'], originatorOnly: false },
  // §9.2 M1 "Fill post-visit card; create and transfer initiative": FI X, NCF x (the registering organisation).
  COMPLETE: { action: 'visit.complete', mode: 'perform', from: ['PROGRAMME_READY'], originatorOnly: true },
  RECORD_INITIATIVE: { action: 'initiative.transfer', mode: 'perform', from: ['COMPLETED'], originatorOnly: true },
};

function authorize(state: VisitState | null, type: VisitCommandType, ctx: TransitionContext): VisitState | null {
  const rule = RULES[type];
  const s = authorizeCommand(state, type, rule, ctx);
  if (s !== null && rule.originatorOnly && s.originatorOrganizationId !== ctx.actor.organizationId) {
    fail(DomainErrorCode.WRONG_ROLE, `${type}: only the organisation that registered the visit`, { field: 'actor.organizationId' });
  }
  return s;
}

export function decideVisit(state: VisitState | null, command: VisitCommand, ctx: TransitionContext): Decision<VisitState> {
  return guarded(() => {
    const s = authorize(state, command.type, ctx);
    const today = ctx.today;
    const ev = (id: string, type: string, payload: Record<string, unknown>) => event(VISIT_AGGREGATE, id, type, payload);
    switch (command.type) {
      case 'PROPOSE': {
        const visitId = requireText(command.visitId, 'visitId', 100);
        const companyId = requireText(command.companyId, 'companyId', 100);
        const plannedFrom = requireDate(command.plannedFrom, 'plannedFrom');
        const plannedTo = requireDate(command.plannedTo, 'plannedTo');
        if (compareDates(plannedTo, plannedFrom) < 0) fail(DomainErrorCode.INVALID_INPUT, 'plannedTo is before plannedFrom', { field: 'plannedTo' });
        const purposes = requireTextList(command.purposes, 'purposes');
        const stateBodies = requireTextList(command.stateBodies, 'stateBodies');
        const next: VisitState = {
          edition: ctx.edition.code,
          visitId,
          companyId,
          status: 'PROPOSED',
          originatorOrganizationId: ctx.actor.organizationId,
          plannedFrom,
          plannedTo,
          purposes,
          stateBodies,
          proposedOn: today,
          decidedOn: null,
          decisionReason: null,
          programme: null,
          participants: [],
          visitEndedOn: null,
          agreements: null,
          initiativeDueOn: null,
          initiativeId: null,
          initiativeRecordedOn: null,
          initiativeLate: false,
        };
        return accept(next, [ev(visitId, VISIT_EVENTS.proposed, { visitId, companyId, plannedFrom, plannedTo, proposedOn: today })]);
      }
      case 'APPROVE': {
        const cur = s as VisitState;
        const reason = optionalText(command.reason, 'reason');
        return accept({ ...cur, status: 'APPROVED', decidedOn: today, decisionReason: reason }, [
          ev(cur.visitId, VISIT_EVENTS.approved, { visitId: cur.visitId, decidedOn: today }),
        ]);
      }
      case 'DECLINE': {
        const cur = s as VisitState;
        const reason = requireText(command.reason, 'reason');
        return accept({ ...cur, status: 'DECLINED', decidedOn: today, decisionReason: reason }, [
          ev(cur.visitId, VISIT_EVENTS.declined, { visitId: cur.visitId, decidedOn: today, reason }),
        ]);
      }
      case 'SET_PROGRAMME': {
        const cur = s as VisitState;
        const programme = requireText(command.programme, 'programme', 20000);
        const participants = requireTextList(command.participants, 'participants');
        return accept({ ...cur, status: 'PROGRAMME_READY', programme, participants }, [
          ev(cur.visitId, VISIT_EVENTS.programmeReady, { visitId: cur.visitId, participants }),
        ]);
      }
      case 'COMPLETE': {
        const cur = s as VisitState;
        const visitEndedOn = requireDate(command.visitEndedOn, 'visitEndedOn');
        requireNotFuture(visitEndedOn, today, 'visitEndedOn');
        const agreements = requireText(command.agreements, 'agreements', 20000);
        const initiativeDueOn = timerEnd(ctx.edition.initiative.transferAfterVisit, visitEndedOn, ctx);
        return accept({ ...cur, status: 'COMPLETED', visitEndedOn, agreements, initiativeDueOn }, [
          ev(cur.visitId, VISIT_EVENTS.completed, { visitId: cur.visitId, visitEndedOn, initiativeDueOn }),
        ]);
      }
      case 'RECORD_INITIATIVE': {
        const cur = s as VisitState;
        const initiativeId = requireText(command.initiativeId, 'initiativeId', 100);
        const initiativeLate = isAfter(today, cur.initiativeDueOn as string);
        return accept({ ...cur, status: 'INITIATIVE_TRANSFERRED', initiativeId, initiativeRecordedOn: today, initiativeLate }, [
          ev(cur.visitId, VISIT_EVENTS.initiativeRecorded, { visitId: cur.visitId, initiativeId, recordedOn: today, late: initiativeLate }),
        ]);
      }
    }
  });
}

export function allowedVisitActions(state: VisitState | null, actor: Actor, ctx: Omit<TransitionContext, 'actor'>): VisitCommandType[] {
  const full: TransitionContext = { ...ctx, actor };
  return passing(Object.keys(RULES) as VisitCommandType[], (t) => authorize(state, t, full));
}

// ---- [E000] official-trip visit card (000 §40(5); T01) ----

export interface TripCardState extends EditionPinned {
  tripCardId: string;
  status: 'SUBMITTED';
  tripEndedOn: string;
  /** T01: 3 WD after the end of the trip. */
  dueOn: string;
  submittedOn: string;
  late: boolean;
  investmentEvents: string[];
}

export type TripCardCommand = { type: 'SUBMIT'; tripCardId: string; tripEndedOn: string; investmentEvents: string[] };

/** §9.2 M1 "[E000] Official-trip visit card (embassy employee)": FI X. NOT_IN_EDITION in E001. */
export function decideTripCard(state: TripCardState | null, command: TripCardCommand, ctx: TransitionContext): Decision<TripCardState> {
  return guarded(() => {
    checkContext(state, ctx);
    requireRole('trip-card.submit', ctx, 'perform');
    requireNew(state, command.type);
    const tripCardId = requireText(command.tripCardId, 'tripCardId', 100);
    const tripEndedOn = requireDate(command.tripEndedOn, 'tripEndedOn');
    requireNotFuture(tripEndedOn, ctx.today, 'tripEndedOn');
    const investmentEvents = requireTextList(command.investmentEvents, 'investmentEvents');
    // the edition has the card (the row exists), so the timer exists too
    const dueOn = timerEnd(ctx.edition.officialTripCard as NonNullable<typeof ctx.edition.officialTripCard>, tripEndedOn, ctx);
    const next: TripCardState = {
      edition: ctx.edition.code,
      tripCardId,
      status: 'SUBMITTED',
      tripEndedOn,
      dueOn,
      submittedOn: ctx.today,
      late: isAfter(ctx.today, dueOn),
      investmentEvents,
    };
    return accept(next, [event('trip-card', tripCardId, VISIT_EVENTS.tripCardSubmitted, { tripCardId, tripEndedOn, dueOn, late: next.late })]);
  });
}
