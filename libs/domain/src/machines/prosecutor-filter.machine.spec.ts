import type { Actor } from '../access/organization-type';
import { getEdition } from '../editions/editions';
import { DomainErrorCode } from '../errors/domain-error';
import type { RuleEditionCode } from '../events/envelope';
import { allowedProsecutorFilterActions, decideProsecutorFilter, type PfCommand, type PfState } from './prosecutor-filter.machine';
import { REGION_A, REGION_B, actorOf, ctxOf, errCode, errField, okState } from './test-fixtures';

const MIO_A = actorOf('MIO', { regionCode: REGION_A });
const MIO_B = actorOf('MIO', { regionCode: REGION_B });
const CSB = actorOf('CSB');
const TAX = actorOf('OSB', { organizationId: 'org-tax' });
const PRR_A = actorOf('PRR', { regionCode: REGION_A });
const PRR_B = actorOf('PRR', { regionCode: REGION_B });
const PRG = actorOf('PRG');
const AB = actorOf('AB');
const INV = actorOf('INV');

const DRAFT: Extract<PfCommand, { type: 'DRAFT' }> = {
  type: 'DRAFT',
  measureId: 'm-1',
  projectId: 'p-1',
  projectRegionCode: REGION_A,
  measureType: 'SUSPEND_OR_REVOKE_PERMIT',
  legalBasis: 'Law on permits, art. 47',
  justification: 'repeated violations',
};
const ED: RuleEditionCode = 'E001';
const run = (s: PfState | null, c: PfCommand, a: Actor, today = '2025-06-10', ed: RuleEditionCode = ED) => decideProsecutorFilter(s, c, ctxOf(ed, a, today));
const drafted = (a: Actor = MIO_A, extra: Partial<typeof DRAFT> = {}) => okState(run(null, { ...DRAFT, ...extra }, a));
const submitted = () => okState(run(drafted(), { type: 'SUBMIT' }, MIO_A));
const review = () => okState(run(submitted(), { type: 'TAKE_INTO_REVIEW' }, PRR_A));
const approved = () => okState(run(review(), { type: 'APPROVE' }, PRR_A));

describe('SM-PF-APPROVAL [E001]', () => {
  it('F1 DRAFT and routing: MIO → PRR; CSB → PRG; OSB by body level (A-28)', () => {
    const d = run(null, DRAFT, MIO_A);
    expect(okState(d)).toMatchObject({ edition: 'E001', status: 'DRAFT', kind: 'K1', routedTo: 'PRR', initiatorRole: 'MIO' });
    expect(d.ok && d.events[0].type).toBe('implementation.restrictive-measure.drafted');
    expect(drafted(CSB).routedTo).toBe('PRG');
    expect(drafted(TAX, { measureType: 'TAX_INSPECTION', bodyLevel: 'LOCAL' })).toMatchObject({ routedTo: 'PRR', kind: 'K3' });
    expect(drafted(TAX, { bodyLevel: 'CENTRAL' }).routedTo).toBe('PRG');
  });
  it('F1 wrong role / region / input', () => {
    for (const a of [AB, INV, PRR_A, actorOf('NC')]) expect(errCode(run(null, DRAFT, a))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(null, DRAFT, MIO_B))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errField(run(null, { ...DRAFT, measureType: 'FINE' as 'CANCEL_DECISION' }, MIO_A))).toBe('measureType');
    expect(errField(run(null, DRAFT, TAX))).toBe('bodyLevel');
    expect(errField(run(null, { ...DRAFT, legalBasis: '' }, MIO_A))).toBe('legalBasis');
    expect(errField(run(null, { ...DRAFT, measureId: '' }, MIO_A))).toBe('measureId');
    expect(errCode(run(drafted(), DRAFT, MIO_A))).toBe(DomainErrorCode.CONFLICT);
  });
  it('F2 SUBMIT by the initiating body only', () => {
    const d = run(drafted(), { type: 'SUBMIT' }, MIO_A);
    expect(okState(d)).toMatchObject({ status: 'SUBMITTED', submittedOn: '2025-06-10' });
    expect(errCode(run(drafted(), { type: 'SUBMIT' }, actorOf('MIO', { regionCode: REGION_A, organizationId: 'org-other-akimat' })))).toBe(
      DomainErrorCode.WRONG_ROLE,
    );
    expect(errCode(run(submitted(), { type: 'SUBMIT' }, MIO_A))).toBe(DomainErrorCode.WRONG_STATE);
  });
  it('F3 the routed prosecutor takes it into review; the other office / region is refused', () => {
    expect(review()).toMatchObject({ status: 'UNDER_REVIEW', reviewStartedOn: '2025-06-10' });
    expect(errCode(run(submitted(), { type: 'TAKE_INTO_REVIEW' }, PRG))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(submitted(), { type: 'TAKE_INTO_REVIEW' }, PRR_B))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(submitted(), { type: 'TAKE_INTO_REVIEW' }, MIO_A))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(drafted(), { type: 'TAKE_INTO_REVIEW' }, PRR_A))).toBe(DomainErrorCode.WRONG_STATE);
    const central = okState(run(drafted(CSB), { type: 'SUBMIT' }, CSB));
    expect(okState(run(central, { type: 'TAKE_INTO_REVIEW' }, PRG)).status).toBe('UNDER_REVIEW');
    expect(errCode(run(central, { type: 'TAKE_INTO_REVIEW' }, PRR_A))).toBe(DomainErrorCode.WRONG_ROLE);
  });
  it('F4 approve, F5 refuse (reason), F6 return for correction (reason)', () => {
    expect(approved()).toMatchObject({ status: 'APPROVED', decidedOn: '2025-06-10' });
    expect(okState(run(review(), { type: 'REFUSE', reason: 'unlawful' }, PRR_A))).toMatchObject({ status: 'REFUSED', decisionReason: 'unlawful' });
    expect(okState(run(review(), { type: 'RETURN_FOR_CORRECTION', reason: 'attach the act' }, PRR_A))).toMatchObject({
      status: 'DRAFT',
      decisionReason: 'attach the act',
    });
    expect(errField(run(review(), { type: 'REFUSE', reason: '' }, PRR_A))).toBe('reason');
    expect(errField(run(review(), { type: 'RETURN_FOR_CORRECTION', reason: '' }, PRR_A))).toBe('reason');
    expect(errCode(run(submitted(), { type: 'APPROVE' }, PRR_A))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errCode(run(review(), { type: 'APPROVE' }, AB))).toBe(DomainErrorCode.WRONG_ROLE);
  });
  it('F7 withdraw from DRAFT or SUBMITTED, not under review', () => {
    expect(okState(run(drafted(), { type: 'WITHDRAW' }, MIO_A)).status).toBe('WITHDRAWN');
    expect(okState(run(submitted(), { type: 'WITHDRAW' }, MIO_A)).status).toBe('WITHDRAWN');
    expect(errCode(run(review(), { type: 'WITHDRAW' }, MIO_A))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errCode(run(drafted(), { type: 'WITHDRAW' }, PRR_A))).toBe(DomainErrorCode.WRONG_ROLE);
  });
  it('F8 applied only after approval (guard §7.2)', () => {
    const d = run(approved(), { type: 'RECORD_APPLIED', appliedOn: '2025-06-10', actNumber: 'A-17' }, MIO_A);
    expect(okState(d)).toMatchObject({ status: 'APPLIED', appliedOn: '2025-06-10', actNumber: 'A-17' });
    expect(errCode(run(review(), { type: 'RECORD_APPLIED', appliedOn: '2025-06-10', actNumber: 'A-17' }, MIO_A))).toBe(DomainErrorCode.WRONG_STATE);
    const refused = okState(run(review(), { type: 'REFUSE', reason: 'r' }, PRR_A));
    expect(errCode(run(refused, { type: 'RECORD_APPLIED', appliedOn: '2025-06-10', actNumber: 'A-17' }, MIO_A))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errField(run(approved(), { type: 'RECORD_APPLIED', appliedOn: '2025-06-11', actNumber: 'A-17' }, MIO_A))).toBe('appliedOn');
    expect(errField(run(approved(), { type: 'RECORD_APPLIED', appliedOn: '2025-06-10', actNumber: '' }, MIO_A))).toBe('actNumber');
  });
  it('allowedProsecutorFilterActions', () => {
    const c = { today: '2025-06-10', edition: getEdition('E001') };
    expect(allowedProsecutorFilterActions(submitted(), PRR_A, c)).toEqual(['TAKE_INTO_REVIEW']);
    expect(allowedProsecutorFilterActions(submitted(), MIO_A, c)).toEqual(['WITHDRAW']);
    expect(allowedProsecutorFilterActions(review(), PRR_A, c)).toEqual(['APPROVE', 'REFUSE', 'RETURN_FOR_CORRECTION']);
  });
});

describe('SM-PF in E000: the prosecutor filter does not exist (D16)', () => {
  it.each([
    ['DRAFT', null, DRAFT as PfCommand, MIO_A],
    ['SUBMIT', 'drafted', { type: 'SUBMIT' } as PfCommand, MIO_A],
    ['APPROVE', 'review', { type: 'APPROVE' } as PfCommand, PRR_A],
  ])('%s is NOT_IN_EDITION', (_n, which, cmd, actor) => {
    const base = which === null ? null : which === 'drafted' ? { ...drafted(), edition: 'E000' as const } : { ...review(), edition: 'E000' as const };
    expect(errCode(run(base, cmd, actor, '2025-06-10', 'E000'))).toBe(DomainErrorCode.NOT_IN_EDITION);
  });
  it('allowed actions are empty in E000', () => {
    expect(allowedProsecutorFilterActions(null, MIO_A, { today: '2025-06-10', edition: getEdition('E000') })).toEqual([]);
  });
});
