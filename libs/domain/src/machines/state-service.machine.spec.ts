import type { Actor } from '../access/organization-type';
import { getEdition } from '../editions/editions';
import { DomainErrorCode } from '../errors/domain-error';
import type { RuleEditionCode } from '../events/envelope';
import { allowedStateServiceActions, decideStateService, type SvcCommand, type SvcState } from './state-service.machine';
import { actorOf, ctxOf, errCode, errField, okState } from './test-fixtures';

const INV = actorOf('INV');
const OTHER_INV = actorOf('INV', { organizationId: 'org-inv-2' });
const NC = actorOf('NC');
const RO = actorOf('RO');
const PROVIDER = actorOf('CSB', { organizationId: 'org-land-committee' });
const OTHER_PROVIDER = actorOf('CSB', { organizationId: 'org-other' });
const AB = actorOf('AB');

const FILE: Extract<SvcCommand, { type: 'FILE' }> = {
  type: 'FILE',
  applicationId: 'a-1',
  applicantName: 'Kupfer KZ LLP',
  services: ['land plot'],
  documents: ['application.pdf'],
  consent: true,
};

describe.each(['E000', 'E001'] as const)('SM-SVC in %s', (ed: RuleEditionCode) => {
  const run = (s: SvcState | null, c: SvcCommand, a: Actor, today: string) => decideStateService(s, c, ctxOf(ed, a, today));
  const filed = () => okState(run(null, FILE, INV, '2025-10-23'));
  const accepted = () => okState(run(filed(), { type: 'ACCEPT', standardTerm: { value: 5, unit: 'WD' } }, NC, '2025-10-23'));
  const atProvider = () => okState(run(accepted(), { type: 'FORWARD', providerOrganizationId: 'org-land-committee' }, NC, '2025-10-24'));
  const returned = () => okState(run(atProvider(), { type: 'RETURN_DOCUMENTS', reason: 'missing cadastral plan' }, PROVIDER, '2025-10-28'));
  const awaiting = () => okState(run(returned(), { type: 'NOTIFY_INVESTOR' }, NC, '2025-10-29'));
  const resub = () => okState(run(awaiting(), { type: 'PROVIDE_DOCUMENTS', documents: ['cadastral.pdf'] }, INV, '2025-10-30'));
  const result = () => okState(run(atProvider(), { type: 'ISSUE_RESULT' }, PROVIDER, '2025-10-31'));

  it('S1 FILE by the investor; consent mandatory; wrong role', () => {
    expect(filed()).toMatchObject({ edition: ed, status: 'SUBMITTED', applicantOrganizationId: 'org-inv' });
    expect(errField(run(null, { ...FILE, consent: false }, INV, '2025-10-23'))).toBe('consent');
    expect(errField(run(null, { ...FILE, services: [] }, INV, '2025-10-23'))).toBe('services');
    expect(errCode(run(null, FILE, NC, '2025-10-23'))).toBe(DomainErrorCode.WRONG_ROLE);
  });
  it('S2 ACCEPT: receipt promises acceptance + 1 WD + standard term (23 Oct → 24 Oct → 3 Nov 2025)', () => {
    const d = run(filed(), { type: 'ACCEPT', standardTerm: { value: 5, unit: 'WD' } }, NC, '2025-10-23');
    expect(okState(d)).toMatchObject({ status: 'ACCEPTED', frontOfficeDueOn: '2025-10-24', resultPromisedOn: '2025-11-03' });
    expect(d.ok && d.events[0].payload).toMatchObject({ receipt: { documents: ['application.pdf'], resultPromisedOn: '2025-11-03' } });
    expect(okState(run(filed(), { type: 'ACCEPT', standardTerm: { value: 10, unit: 'CD' } }, RO, '2025-10-23')).resultPromisedOn).toBe('2025-11-03');
    expect(errField(run(filed(), { type: 'ACCEPT', standardTerm: { value: 0, unit: 'WD' } }, NC, '2025-10-23'))).toBe('standardTerm.value');
    expect(errField(run(filed(), { type: 'ACCEPT', standardTerm: { value: 5, unit: 'H' as 'WD' } }, NC, '2025-10-23'))).toBe('standardTerm.unit');
    expect(errCode(run(filed(), { type: 'ACCEPT', standardTerm: { value: 5, unit: 'WD' } }, INV, '2025-10-23'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(accepted(), { type: 'ACCEPT', standardTerm: { value: 5, unit: 'WD' } }, NC, '2025-10-23'))).toBe(DomainErrorCode.WRONG_STATE);
  });
  it('S3 FORWARD within 1 WD on time; after the substitute day off (Tue 28 Oct) late', () => {
    expect(atProvider()).toMatchObject({ status: 'AT_PROVIDER', providerReceivedOn: '2025-10-24', providerDueOn: '2025-11-03', frontOfficeLateSteps: 0 });
    expect(okState(run(accepted(), { type: 'FORWARD', providerOrganizationId: 'org-land-committee' }, NC, '2025-10-28')).frontOfficeLateSteps).toBe(1);
    expect(errField(run(accepted(), { type: 'FORWARD', providerOrganizationId: '' }, NC, '2025-10-24'))).toBe('providerOrganizationId');
    expect(errCode(run(filed(), { type: 'FORWARD', providerOrganizationId: 'x' }, NC, '2025-10-24'))).toBe(DomainErrorCode.WRONG_STATE);
  });
  it('S4 the provider returns documents (only the addressed provider)', () => {
    expect(returned()).toMatchObject({ status: 'RETURNED_BY_PROVIDER', providerReturnReason: 'missing cadastral plan', frontOfficeDueOn: '2025-10-29' });
    expect(errCode(run(atProvider(), { type: 'RETURN_DOCUMENTS', reason: 'r' }, OTHER_PROVIDER, '2025-10-28'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(atProvider(), { type: 'RETURN_DOCUMENTS', reason: 'r' }, NC, '2025-10-28'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errField(run(atProvider(), { type: 'RETURN_DOCUMENTS', reason: '' }, PROVIDER, '2025-10-28'))).toBe('reason');
  });
  it('S5 notify the investor within 1 WD (late the day after)', () => {
    expect(awaiting()).toMatchObject({ status: 'AWAITING_INVESTOR', frontOfficeLateSteps: 0 });
    expect(okState(run(returned(), { type: 'NOTIFY_INVESTOR' }, NC, '2025-10-30')).frontOfficeLateSteps).toBe(1);
    expect(errCode(run(atProvider(), { type: 'NOTIFY_INVESTOR' }, NC, '2025-10-29'))).toBe(DomainErrorCode.WRONG_STATE);
  });
  it('S6 the applicant provides documents; S7 re-sent: provider clock restarts', () => {
    expect(resub()).toMatchObject({ status: 'RESUBMISSION', documents: ['application.pdf', 'cadastral.pdf'], frontOfficeDueOn: '2025-10-31' });
    expect(errCode(run(awaiting(), { type: 'PROVIDE_DOCUMENTS', documents: ['x'] }, OTHER_INV, '2025-10-30'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errField(run(awaiting(), { type: 'PROVIDE_DOCUMENTS', documents: [] }, INV, '2025-10-30'))).toBe('documents');
    const again = okState(run(resub(), { type: 'RESEND' }, NC, '2025-10-31'));
    expect(again).toMatchObject({ status: 'AT_PROVIDER', providerReceivedOn: '2025-10-31', providerDueOn: '2025-11-07', frontOfficeLateSteps: 0 });
    expect(errCode(run(awaiting(), { type: 'RESEND' }, NC, '2025-10-31'))).toBe(DomainErrorCode.WRONG_STATE);
  });
  it('S8 result on time / late; S10 violation notice only after the term, once', () => {
    expect(result()).toMatchObject({ status: 'RESULT_AT_FRONT_OFFICE', providerLate: false });
    expect(okState(run(atProvider(), { type: 'ISSUE_RESULT' }, PROVIDER, '2025-11-04')).providerLate).toBe(true);
    expect(errCode(run(atProvider(), { type: 'NOTIFY_VIOLATION' }, NC, '2025-11-03'))).toBe(DomainErrorCode.WRONG_STATE);
    const d = run(atProvider(), { type: 'NOTIFY_VIOLATION' }, NC, '2025-11-04');
    expect(okState(d)).toMatchObject({ status: 'AT_PROVIDER', violationNotifiedOn: '2025-11-04' });
    expect(d.ok && d.events[0].payload).toMatchObject({ notifyQualityControlBody: true });
    expect(errCode(run(okState(d), { type: 'NOTIFY_VIOLATION' }, NC, '2025-11-05'))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errCode(run(atProvider(), { type: 'ISSUE_RESULT' }, OTHER_PROVIDER, '2025-10-31'))).toBe(DomainErrorCode.WRONG_ROLE);
  });
  it('S9 hand over with receipt and identity', () => {
    expect(okState(run(result(), { type: 'HAND_OVER', receiptShown: true, identityVerified: true }, NC, '2025-11-03'))).toMatchObject({
      status: 'ISSUED',
      issuedOn: '2025-11-03',
    });
    expect(errField(run(result(), { type: 'HAND_OVER', receiptShown: false, identityVerified: true }, NC, '2025-11-03'))).toBe('receiptShown');
    expect(errField(run(result(), { type: 'HAND_OVER', receiptShown: true, identityVerified: false }, NC, '2025-11-03'))).toBe('identityVerified');
    expect(errCode(run(result(), { type: 'HAND_OVER', receiptShown: true, identityVerified: true }, AB, '2025-11-03'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(atProvider(), { type: 'HAND_OVER', receiptShown: true, identityVerified: true }, NC, '2025-11-03'))).toBe(DomainErrorCode.WRONG_STATE);
  });
  it('allowedStateServiceActions', () => {
    const c = { today: '2025-11-04', edition: getEdition(ed) };
    expect(allowedStateServiceActions(atProvider(), NC, c)).toEqual(['NOTIFY_VIOLATION']);
    expect(allowedStateServiceActions(atProvider(), PROVIDER, c)).toEqual(['RETURN_DOCUMENTS', 'ISSUE_RESULT']);
    expect(allowedStateServiceActions(null, INV, c)).toEqual(['FILE']);
  });
});
