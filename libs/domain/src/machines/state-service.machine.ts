/**
 * SM-SVC: a state-service application through the one-stop shop (rules.md §8.2; 003 §22–28, optional module
 * from an abolished source, available under both editions). Actors per the §8.2 "Actor" column, transcribed as the
 * `svc.*` rows of permissions.ts: investor (INV), front office (NC, NCR, RO), service provider (a state body: CSB,
 * MIO, OSB, FI; the one the documents were forwarded to).
 * Timers S01–S03 (1 WD) bind the front office and are flags (`…Late`); S05 the provider's term per the
 * state-service standard, counted from the provider's receipt, transit excluded (003 §27); S10 the violation
 * notice can be sent only once that term is exceeded.
 * Check order: edition → role → status → scope (applicant / provider organisation) → input.
 */
import type { Actor } from '../access/organization-type';
import type { Timer } from '../editions/rule-edition';
import { DomainErrorCode } from '../errors/domain-error';
import {
  accept,
  authorizeCommand,
  event,
  fail,
  guarded,
  isAfter,
  passing,
  requireOneOf,
  requireText,
  requireTextList,
  timerEnd,
  type CommandSpec,
  type Decision,
  type EditionPinned,
  type TransitionContext,
} from './transition';

export const SVC_AGGREGATE = 'service-application';
export const SVC_STATUSES = [
  'SUBMITTED',
  'ACCEPTED',
  'AT_PROVIDER',
  'RETURNED_BY_PROVIDER',
  'AWAITING_INVESTOR',
  'RESUBMISSION',
  'RESULT_AT_FRONT_OFFICE',
  'ISSUED',
] as const;
export type SvcStatus = (typeof SVC_STATUSES)[number];

/** S01–S03: 1 working day (003 §24). */
export const FRONT_OFFICE_TRANSIT: Pick<Timer, 'value' | 'unit'> = { value: 1, unit: 'WD' };

export const SVC_EVENTS = {
  submitted: 'implementation.service-application.submitted',
  accepted: 'implementation.service-application.accepted',
  forwarded: 'implementation.service-application.forwarded',
  returnedByProvider: 'implementation.service-application.returned-by-provider',
  investorNotified: 'implementation.service-application.investor-notified',
  documentsCompleted: 'implementation.service-application.documents-completed',
  resultReady: 'implementation.service-application.result-ready',
  violationNotice: 'implementation.service-application.violation-notice',
  issued: 'implementation.service-application.issued',
} as const;

export interface SvcState extends EditionPinned {
  applicationId: string;
  status: SvcStatus;
  applicantOrganizationId: string;
  applicantName: string;
  services: string[];
  documents: string[];
  submittedOn: string;
  acceptedOn: string | null;
  standardTerm: { value: number; unit: 'CD' | 'WD' } | null;
  /** Receipt: the date the result will be issued (acceptance + 1 WD + standard term, inferred). */
  resultPromisedOn: string | null;
  /** Deadline of the pending front-office step (S01/S02/S03). */
  frontOfficeDueOn: string | null;
  frontOfficeLateSteps: number;
  providerOrganizationId: string | null;
  providerReceivedOn: string | null;
  /** S05: provider's term end (transit excluded). */
  providerDueOn: string | null;
  providerReturnReason: string | null;
  violationNotifiedOn: string | null;
  resultReadyOn: string | null;
  providerLate: boolean;
  issuedOn: string | null;
}

export type SvcCommand =
  | { type: 'FILE'; applicationId: string; applicantName: string; services: string[]; documents: string[]; consent: boolean }
  | { type: 'ACCEPT'; standardTerm: { value: number; unit: 'CD' | 'WD' } }
  | { type: 'FORWARD'; providerOrganizationId: string }
  | { type: 'RETURN_DOCUMENTS'; reason: string }
  | { type: 'NOTIFY_INVESTOR' }
  | { type: 'PROVIDE_DOCUMENTS'; documents: string[] }
  | { type: 'RESEND' }
  | { type: 'ISSUE_RESULT' }
  | { type: 'NOTIFY_VIOLATION' }
  | { type: 'HAND_OVER'; receiptShown: boolean; identityVerified: boolean };
export type SvcCommandType = SvcCommand['type'];

type Scope = 'none' | 'applicant' | 'provider';
const RULES: Record<SvcCommandType, CommandSpec<SvcStatus> & { scope: Scope }> = {
  FILE: { action: 'svc.investor', mode: 'perform', from: null, scope: 'none' },
  ACCEPT: { action: 'svc.front-office', mode: 'perform', from: ['SUBMITTED'], scope: 'none' },
  FORWARD: { action: 'svc.front-office', mode: 'perform', from: ['ACCEPTED'], scope: 'none' },
  RETURN_DOCUMENTS: { action: 'svc.provider', mode: 'perform', from: ['AT_PROVIDER'], scope: 'provider' },
  NOTIFY_INVESTOR: { action: 'svc.front-office', mode: 'perform', from: ['RETURNED_BY_PROVIDER'], scope: 'none' },
  PROVIDE_DOCUMENTS: { action: 'svc.investor', mode: 'perform', from: ['AWAITING_INVESTOR'], scope: 'applicant' },
  RESEND: { action: 'svc.front-office', mode: 'perform', from: ['RESUBMISSION'], scope: 'none' },
  ISSUE_RESULT: { action: 'svc.provider', mode: 'perform', from: ['AT_PROVIDER'], scope: 'provider' },
  NOTIFY_VIOLATION: { action: 'svc.front-office', mode: 'perform', from: ['AT_PROVIDER'], scope: 'none' },
  HAND_OVER: { action: 'svc.front-office', mode: 'perform', from: ['RESULT_AT_FRONT_OFFICE'], scope: 'none' },
};

function authorize(state: SvcState | null, type: SvcCommandType, ctx: TransitionContext): SvcState | null {
  const rule = RULES[type];
  const s = authorizeCommand(state, type, rule, ctx);
  if (s === null) return null;
  if (rule.scope === 'applicant' && ctx.actor.organizationId !== s.applicantOrganizationId) {
    fail(DomainErrorCode.WRONG_ROLE, `${type}: only the applicant`, { field: 'actor.organizationId' });
  }
  if (rule.scope === 'provider' && ctx.actor.organizationId !== s.providerOrganizationId) {
    fail(DomainErrorCode.WRONG_ROLE, `${type}: only the provider the documents were sent to`, { field: 'actor.organizationId' });
  }
  if (type === 'NOTIFY_VIOLATION') {
    if (s.violationNotifiedOn !== null) fail(DomainErrorCode.WRONG_STATE, 'the violation notice was already sent', { status: s.status });
    if (!isAfter(ctx.today, s.providerDueOn as string))
      fail(DomainErrorCode.WRONG_STATE, `the provider's term runs until ${s.providerDueOn}`, { status: s.status });
  }
  return s;
}

export function decideStateService(state: SvcState | null, command: SvcCommand, ctx: TransitionContext): Decision<SvcState> {
  return guarded(() => {
    const s = authorize(state, command.type, ctx);
    const today = ctx.today;
    const transitDue = () => timerEnd(FRONT_OFFICE_TRANSIT, today, ctx);
    const ev = (cur: SvcState, type: string, payload: Record<string, unknown> = {}) =>
      event(SVC_AGGREGATE, cur.applicationId, type, { applicationId: cur.applicationId, ...payload });
    /** A front-office step done: count it late when after its 1-WD deadline. */
    const foDone = (cur: SvcState) => cur.frontOfficeLateSteps + (isAfter(today, cur.frontOfficeDueOn as string) ? 1 : 0);
    switch (command.type) {
      case 'FILE': {
        if (command.consent !== true) fail(DomainErrorCode.INVALID_INPUT, 'the consent (form field 6) is mandatory', { field: 'consent' });
        const next: SvcState = {
          edition: ctx.edition.code,
          applicationId: requireText(command.applicationId, 'applicationId', 100),
          status: 'SUBMITTED',
          applicantOrganizationId: ctx.actor.organizationId,
          applicantName: requireText(command.applicantName, 'applicantName', 500),
          services: requireTextList(command.services, 'services'),
          documents: requireTextList(command.documents, 'documents', 0),
          submittedOn: today,
          acceptedOn: null,
          standardTerm: null,
          resultPromisedOn: null,
          frontOfficeDueOn: null,
          frontOfficeLateSteps: 0,
          providerOrganizationId: null,
          providerReceivedOn: null,
          providerDueOn: null,
          providerReturnReason: null,
          violationNotifiedOn: null,
          resultReadyOn: null,
          providerLate: false,
          issuedOn: null,
        };
        return accept(next, [ev(next, SVC_EVENTS.submitted, { submittedOn: today, services: next.services })]);
      }
      case 'ACCEPT': {
        const cur = s as SvcState;
        const term = command.standardTerm;
        if (typeof term !== 'object' || term === null || !Number.isInteger(term.value) || term.value < 1) {
          fail(DomainErrorCode.INVALID_INPUT, 'standardTerm.value must be a positive integer', { field: 'standardTerm.value' });
        }
        const unit = requireOneOf(term.unit, ['CD', 'WD'] as const, 'standardTerm.unit');
        const standardTerm = { value: term.value, unit };
        const frontOfficeDueOn = transitDue();
        const resultPromisedOn = timerEnd(standardTerm, frontOfficeDueOn, ctx);
        return accept({ ...cur, status: 'ACCEPTED', acceptedOn: today, standardTerm, frontOfficeDueOn, resultPromisedOn }, [
          ev(cur, SVC_EVENTS.accepted, { acceptedOn: today, resultPromisedOn, receipt: { documents: cur.documents, resultPromisedOn } }),
        ]);
      }
      case 'FORWARD': {
        const cur = s as SvcState;
        const providerOrganizationId = requireText(command.providerOrganizationId, 'providerOrganizationId', 100);
        const providerDueOn = timerEnd(cur.standardTerm as NonNullable<SvcState['standardTerm']>, today, ctx);
        const next: SvcState = {
          ...cur,
          status: 'AT_PROVIDER',
          providerOrganizationId,
          providerReceivedOn: today,
          providerDueOn,
          frontOfficeLateSteps: foDone(cur),
          frontOfficeDueOn: null,
        };
        return accept(next, [ev(cur, SVC_EVENTS.forwarded, { providerOrganizationId, forwardedOn: today, providerDueOn })]);
      }
      case 'RETURN_DOCUMENTS': {
        const cur = s as SvcState;
        const reason = requireText(command.reason, 'reason');
        return accept({ ...cur, status: 'RETURNED_BY_PROVIDER', providerReturnReason: reason, frontOfficeDueOn: transitDue() }, [
          ev(cur, SVC_EVENTS.returnedByProvider, { reason }),
        ]);
      }
      case 'NOTIFY_INVESTOR': {
        const cur = s as SvcState;
        return accept({ ...cur, status: 'AWAITING_INVESTOR', frontOfficeLateSteps: foDone(cur), frontOfficeDueOn: null }, [
          ev(cur, SVC_EVENTS.investorNotified, { applicantOrganizationId: cur.applicantOrganizationId, reason: cur.providerReturnReason }),
        ]);
      }
      case 'PROVIDE_DOCUMENTS': {
        const cur = s as SvcState;
        const documents = requireTextList(command.documents, 'documents');
        return accept({ ...cur, status: 'RESUBMISSION', documents: [...cur.documents, ...documents], frontOfficeDueOn: transitDue() }, [
          ev(cur, SVC_EVENTS.documentsCompleted, { documents }),
        ]);
      }
      case 'RESEND': {
        const cur = s as SvcState;
        // 003 §27: the provider's clock restarts at the new receipt; transit is not counted.
        const providerDueOn = timerEnd(cur.standardTerm as NonNullable<SvcState['standardTerm']>, today, ctx);
        const next: SvcState = {
          ...cur,
          status: 'AT_PROVIDER',
          providerReceivedOn: today,
          providerDueOn,
          frontOfficeLateSteps: foDone(cur),
          frontOfficeDueOn: null,
          violationNotifiedOn: null,
        };
        return accept(next, [ev(cur, SVC_EVENTS.forwarded, { providerOrganizationId: cur.providerOrganizationId, forwardedOn: today, providerDueOn })]);
      }
      case 'ISSUE_RESULT': {
        const cur = s as SvcState;
        const providerLate = isAfter(today, cur.providerDueOn as string);
        return accept({ ...cur, status: 'RESULT_AT_FRONT_OFFICE', resultReadyOn: today, providerLate }, [
          ev(cur, SVC_EVENTS.resultReady, { resultReadyOn: today, providerLate }),
        ]);
      }
      case 'NOTIFY_VIOLATION': {
        const cur = s as SvcState;
        return accept({ ...cur, violationNotifiedOn: today }, [
          ev(cur, SVC_EVENTS.violationNotice, {
            providerOrganizationId: cur.providerOrganizationId,
            providerDueOn: cur.providerDueOn,
            notifyQualityControlBody: true,
          }),
        ]);
      }
      case 'HAND_OVER': {
        const cur = s as SvcState;
        if (command.receiptShown !== true) fail(DomainErrorCode.INVALID_INPUT, 'the receipt must be shown (003 §26)', { field: 'receiptShown' });
        if (command.identityVerified !== true)
          fail(DomainErrorCode.INVALID_INPUT, 'an identity document or power of attorney is required', { field: 'identityVerified' });
        return accept({ ...cur, status: 'ISSUED', issuedOn: today }, [ev(cur, SVC_EVENTS.issued, { issuedOn: today })]);
      }
    }
  });
}

export function allowedStateServiceActions(state: SvcState | null, actor: Actor, ctx: Omit<TransitionContext, 'actor'>): SvcCommandType[] {
  const full: TransitionContext = { ...ctx, actor };
  return passing(Object.keys(RULES) as SvcCommandType[], (t) => authorize(state, t, full));
}
