import { getEdition } from '../editions/editions';
import { DomainErrorCode } from '../errors/domain-error';
import type { RuleEditionCode } from '../events/envelope';
import { allowedVisitActions, decideTripCard, decideVisit, type VisitCommand, type VisitState } from './visit.machine';
import { REGION_A, actorOf, ctxOf, errCode, errField, okState } from './test-fixtures';
import type { Actor } from '../access/organization-type';

const FI = actorOf('FI');
const NCF = actorOf('NCF');
const AB = actorOf('AB');
const MIO = actorOf('MIO', { regionCode: REGION_A });
const CSB = actorOf('CSB');
const NC = actorOf('NC');

const PROPOSE: VisitCommand = {
  type: 'PROPOSE',
  visitId: 'v-1',
  companyId: 'co-1',
  plannedFrom: '2025-10-20',
  plannedTo: '2025-10-24',
  purposes: ['site visit'],
  stateBodies: ['Ministry of Industry'],
};

const run = (ed: RuleEditionCode, s: VisitState | null, c: VisitCommand, a: Actor, today: string) => decideVisit(s, c, ctxOf(ed, a, today));
const proposed = (ed: RuleEditionCode) => okState(run(ed, null, PROPOSE, FI, '2025-09-01'));
const approved = (ed: RuleEditionCode) => okState(run(ed, proposed(ed), { type: 'APPROVE' }, AB, '2025-09-05'));
const ready = (ed: RuleEditionCode) =>
  okState(run(ed, approved(ed), { type: 'SET_PROGRAMME', programme: 'Day 1: plant', participants: ['akim'] }, MIO, '2025-09-10'));
const completed = (ed: RuleEditionCode) =>
  okState(run(ed, ready(ed), { type: 'COMPLETE', visitEndedOn: '2025-10-24', agreements: 'MoU signed' }, FI, '2025-10-24'));

describe.each(['E000', 'E001'] as const)('SM-VISIT in %s', (ed) => {
  it('V1 PROPOSE by FI → PROPOSED', () => {
    const d = run(ed, null, PROPOSE, FI, '2025-09-01');
    expect(okState(d)).toMatchObject({ edition: ed, status: 'PROPOSED', visitId: 'v-1', originatorOrganizationId: 'org-fi', proposedOn: '2025-09-01' });
    expect(d.ok && d.events[0].type).toBe('attraction.visit.proposed');
  });
  it.each([AB, MIO, NC, actorOf('INV')])('V1 wrong role %o', (a) => {
    expect(errCode(run(ed, null, PROPOSE, a, '2025-09-01'))).toBe(DomainErrorCode.WRONG_ROLE);
  });
  it('V1 conflict when the visit exists; bad input', () => {
    expect(errCode(run(ed, proposed(ed), PROPOSE, FI, '2025-09-01'))).toBe(DomainErrorCode.CONFLICT);
    expect(errField(run(ed, null, { ...PROPOSE, plannedTo: '2025-10-19' }, FI, '2025-09-01'))).toBe('plannedTo');
    expect(errField(run(ed, null, { ...PROPOSE, plannedFrom: 'soon' }, FI, '2025-09-01'))).toBe('plannedFrom');
    expect(errField(run(ed, null, { ...PROPOSE, purposes: [] }, FI, '2025-09-01'))).toBe('purposes');
    expect(errField(run(ed, null, { ...PROPOSE, stateBodies: [''] }, FI, '2025-09-01'))).toBe('stateBodies');
    expect(errField(run(ed, null, { ...PROPOSE, visitId: '' }, FI, '2025-09-01'))).toBe('visitId');
    expect(errField(run(ed, null, { ...PROPOSE, companyId: '' }, FI, '2025-09-01'))).toBe('companyId');
  });
  it('V2 APPROVE by AB; V3 DECLINE by AB (terminal)', () => {
    expect(approved(ed)).toMatchObject({ status: 'APPROVED', decidedOn: '2025-09-05', decisionReason: null });
    const d = run(ed, proposed(ed), { type: 'DECLINE', reason: 'not worthwhile' }, AB, '2025-09-05');
    expect(okState(d)).toMatchObject({ status: 'DECLINED', decisionReason: 'not worthwhile' });
    expect(d.ok && d.events[0].type).toBe('attraction.visit.declined');
    expect(errCode(run(ed, okState(d), { type: 'APPROVE' }, AB, '2025-09-06'))).toBe(DomainErrorCode.WRONG_STATE);
  });
  it('V2/V3 wrong role, wrong state, bad input', () => {
    expect(errCode(run(ed, proposed(ed), { type: 'APPROVE' }, FI, '2025-09-05'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, proposed(ed), { type: 'DECLINE', reason: 'r' }, MIO, '2025-09-05'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, approved(ed), { type: 'DECLINE', reason: 'r' }, AB, '2025-09-05'))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errField(run(ed, proposed(ed), { type: 'DECLINE', reason: '' }, AB, '2025-09-05'))).toBe('reason');
    expect(errCode(run(ed, null, { type: 'APPROVE' }, AB, '2025-09-05'))).toBe(DomainErrorCode.WRONG_STATE);
  });
  it.each([MIO, CSB, AB])('V4 programme by %o → PROGRAMME_READY (and may be revised)', (a) => {
    const d = run(ed, approved(ed), { type: 'SET_PROGRAMME', programme: 'p', participants: ['x'] }, a, '2025-09-10');
    const s = okState(d);
    expect(s).toMatchObject({ status: 'PROGRAMME_READY', programme: 'p', participants: ['x'] });
    expect(okState(run(ed, s, { type: 'SET_PROGRAMME', programme: 'p2', participants: ['x', 'y'] }, a, '2025-09-11')).programme).toBe('p2');
  });
  it('V4 wrong role, wrong state, bad input', () => {
    expect(errCode(run(ed, approved(ed), { type: 'SET_PROGRAMME', programme: 'p', participants: ['x'] }, FI, '2025-09-10'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, proposed(ed), { type: 'SET_PROGRAMME', programme: 'p', participants: ['x'] }, AB, '2025-09-10'))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errField(run(ed, approved(ed), { type: 'SET_PROGRAMME', programme: 'p', participants: [] }, AB, '2025-09-10'))).toBe('participants');
  });
  it('V5 COMPLETE: the initiative is due 3 WD after the visit, skipping the Republic Day substitute (Mon 27 Oct 2025)', () => {
    const s = completed(ed);
    expect(s).toMatchObject({ status: 'COMPLETED', visitEndedOn: '2025-10-24', agreements: 'MoU signed', initiativeDueOn: '2025-10-30' });
  });
  it('V5 wrong role, another organisation, wrong state, bad input', () => {
    const c: VisitCommand = { type: 'COMPLETE', visitEndedOn: '2025-10-24', agreements: 'a' };
    expect(errCode(run(ed, ready(ed), c, AB, '2025-10-24'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, ready(ed), c, actorOf('FI', { organizationId: 'org-other' }), '2025-10-24'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, approved(ed), c, FI, '2025-10-24'))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errField(run(ed, ready(ed), { ...c, visitEndedOn: '2025-10-25' }, FI, '2025-10-24'))).toBe('visitEndedOn');
    expect(errField(run(ed, ready(ed), { ...c, agreements: '' }, FI, '2025-10-24'))).toBe('agreements');
  });
  it('V6 initiative recorded on the 3rd WD is on time; on the 4th WD it is flagged late', () => {
    const onTime = run(ed, completed(ed), { type: 'RECORD_INITIATIVE', initiativeId: 'ini-1' }, FI, '2025-10-30');
    expect(okState(onTime)).toMatchObject({ status: 'INITIATIVE_TRANSFERRED', initiativeId: 'ini-1', initiativeLate: false });
    expect(onTime.ok && onTime.events[0].type).toBe('attraction.visit.initiative-recorded');
    expect(okState(run(ed, completed(ed), { type: 'RECORD_INITIATIVE', initiativeId: 'ini-1' }, FI, '2025-10-31')).initiativeLate).toBe(true);
  });
  it('V6 wrong role, wrong state, bad input', () => {
    expect(errCode(run(ed, completed(ed), { type: 'RECORD_INITIATIVE', initiativeId: 'i' }, MIO, '2025-10-30'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, ready(ed), { type: 'RECORD_INITIATIVE', initiativeId: 'i' }, FI, '2025-10-30'))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errField(run(ed, completed(ed), { type: 'RECORD_INITIATIVE', initiativeId: '' }, FI, '2025-10-30'))).toBe('initiativeId');
  });
  it('allowedVisitActions', () => {
    const c = { today: '2025-09-05', edition: getEdition(ed) };
    expect(allowedVisitActions(null, FI, c)).toEqual(['PROPOSE']);
    expect(allowedVisitActions(proposed(ed), AB, c)).toEqual(['APPROVE', 'DECLINE']);
    expect(allowedVisitActions(approved(ed), AB, c)).toEqual(['SET_PROGRAMME']);
    expect(allowedVisitActions(ready(ed), FI, c)).toEqual(['COMPLETE']);
  });
});

describe('SM-VISIT edition differences (D4)', () => {
  it('an NC foreign representative registers visits only in E001 (§9.2: NCF x [E001])', () => {
    expect(errCode(run('E000', null, PROPOSE, NCF, '2025-09-01'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(okState(run('E001', null, PROPOSE, NCF, '2025-09-01')).status).toBe('PROPOSED');
  });
});

describe('[E000] official-trip visit card (T01, D3)', () => {
  const SUBMIT = { type: 'SUBMIT' as const, tripCardId: 't-1', tripEndedOn: '2025-10-24', investmentEvents: ['forum'] };
  it('E000: due 3 WD after the trip; on the due day not late, the day after late', () => {
    const s = okState(decideTripCard(null, SUBMIT, ctxOf('E000', FI, '2025-10-30')));
    expect(s).toMatchObject({ edition: 'E000', status: 'SUBMITTED', dueOn: '2025-10-30', late: false });
    expect(okState(decideTripCard(null, SUBMIT, ctxOf('E000', FI, '2025-10-31'))).late).toBe(true);
  });
  it('E001 has no trip card: NOT_IN_EDITION', () => {
    expect(errCode(decideTripCard(null, SUBMIT, ctxOf('E001', FI, '2025-10-30')))).toBe(DomainErrorCode.NOT_IN_EDITION);
  });
  it('wrong role, existing card, bad input', () => {
    expect(errCode(decideTripCard(null, SUBMIT, ctxOf('E000', NCF, '2025-10-30')))).toBe(DomainErrorCode.WRONG_ROLE);
    const s = okState(decideTripCard(null, SUBMIT, ctxOf('E000', FI, '2025-10-30')));
    expect(errCode(decideTripCard(s, SUBMIT, ctxOf('E000', FI, '2025-10-30')))).toBe(DomainErrorCode.CONFLICT);
    expect(errField(decideTripCard(null, { ...SUBMIT, tripEndedOn: '2025-11-01' }, ctxOf('E000', FI, '2025-10-30')))).toBe('tripEndedOn');
    expect(errField(decideTripCard(null, { ...SUBMIT, investmentEvents: [] }, ctxOf('E000', FI, '2025-10-30')))).toBe('investmentEvents');
    expect(errField(decideTripCard(null, { ...SUBMIT, tripCardId: '' }, ctxOf('E000', FI, '2025-10-30')))).toBe('tripCardId');
  });
});
