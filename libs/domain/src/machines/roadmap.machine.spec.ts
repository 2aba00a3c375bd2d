import type { Actor } from '../access/organization-type';
import { getEdition } from '../editions/editions';
import { DomainErrorCode } from '../errors/domain-error';
import type { RuleEditionCode } from '../events/envelope';
import {
  allowedRoadmapActions,
  decideRoadmap,
  projectRoadmapStatus,
  requiredApprovalSlots,
  roadmapOverdue,
  type RoadmapCommand,
  type RoadmapState,
} from './roadmap.machine';
import { REGION_A, REGION_B, actorOf, ctxOf, errCode, errField, okState } from './test-fixtures';

const NC = actorOf('NC');
const NCR = actorOf('NCR');
const ADMIN = actorOf('ADMIN');
const MIO_A = actorOf('MIO', { regionCode: REGION_A });
const MIO_B = actorOf('MIO', { regionCode: REGION_B });
const INV = actorOf('INV', { organizationId: 'org-inv' });
const OTHER_INV = actorOf('INV', { organizationId: 'org-inv-2' });
const NCH = actorOf('NCH');
const CSB1 = actorOf('CSB', { organizationId: 'org-csb-1' });
const CSB2 = actorOf('CSB', { organizationId: 'org-csb-2' });
const AB = actorOf('AB');
const FI = actorOf('FI');

const ASSIGN: RoadmapCommand = {
  type: 'ASSIGN_MIO',
  roadmapId: 'rm-1',
  projectId: 'p-1',
  regionCode: REGION_A,
  investorOrganizationId: 'org-inv',
  passportCreatedOn: '2025-06-01',
  responsibleCsbIds: ['org-csb-1'],
};

const run = (ed: RuleEditionCode, s: RoadmapState | null, c: RoadmapCommand, a: Actor, today: string) => decideRoadmap(s, c, ctxOf(ed, a, today));
const drafting = (ed: RuleEditionCode) => okState(run(ed, null, ASSIGN, NC, '2025-06-02'));
const submitted = (ed: RuleEditionCode) => okState(run(ed, drafting(ed), { type: 'SUBMIT' }, MIO_A, '2025-06-20'));

describe.each(['E000', 'E001'] as const)('SM-RM common rows in %s', (ed) => {
  it('R1 ASSIGN_MIO → DRAFTING with the 30-CD forming deadline', () => {
    const d = run(ed, null, ASSIGN, NC, '2025-06-02');
    const s = okState(d);
    expect(s).toMatchObject({
      edition: ed,
      status: 'DRAFTING',
      regionCode: REGION_A,
      mioAssignedOn: '2025-06-02',
      formDueOn: '2025-07-02',
      version: 0,
      initiatorOrganizationId: 'org-nc',
    });
    expect(s.approvalDueOn).toBe(ed === 'E001' ? '2025-07-01' : null);
    expect(d.ok && d.events[0].type).toBe('implementation.roadmap.mio-assigned');
    expect(projectRoadmapStatus(s)).toBe('NO_ROADMAP');
  });
  it.each([NCR, MIO_A, CSB1, NCH, actorOf('NH'), ADMIN])('R1 initiator body %o may name the MIO', (a) => {
    expect(okState(run(ed, null, ASSIGN, a, '2025-06-02')).status).toBe('DRAFTING');
  });
  it.each([INV, AB, FI, actorOf('TF')])('R1 wrong role %o', (a) => {
    expect(errCode(run(ed, null, ASSIGN, a, '2025-06-02'))).toBe(DomainErrorCode.WRONG_ROLE);
  });
  it('R1 conflict and bad input', () => {
    expect(errCode(run(ed, drafting(ed), ASSIGN, NC, '2025-06-02'))).toBe(DomainErrorCode.CONFLICT);
    expect(errField(run(ed, null, { ...ASSIGN, passportCreatedOn: '2025-06-03' }, NC, '2025-06-02'))).toBe('passportCreatedOn');
    expect(errField(run(ed, null, { ...ASSIGN, responsibleCsbIds: [''] }, NC, '2025-06-02'))).toBe('responsibleCsbIds');
    expect(errField(run(ed, null, { ...ASSIGN, roadmapId: '' }, NC, '2025-06-02'))).toBe('roadmapId');
    expect(errField(run(ed, null, { ...ASSIGN, projectId: '' }, NC, '2025-06-02'))).toBe('projectId');
    expect(errField(run(ed, null, { ...ASSIGN, regionCode: '' }, NC, '2025-06-02'))).toBe('regionCode');
    expect(errField(run(ed, null, { ...ASSIGN, investorOrganizationId: '' }, NC, '2025-06-02'))).toBe('investorOrganizationId');
    const { responsibleCsbIds: _omit, ...noCsb } = ASSIGN as Extract<RoadmapCommand, { type: 'ASSIGN_MIO' }>;
    expect(okState(run(ed, null, noCsb, NC, '2025-06-02')).responsibleCsbIds).toEqual([]);
  });
  it('R2 UPDATE_DRAFT by the responsible MIO only', () => {
    const d = run(ed, drafting(ed), { type: 'UPDATE_DRAFT', responsibleCsbIds: ['org-csb-1', 'org-csb-2', 'org-csb-1'] }, MIO_A, '2025-06-10');
    expect(okState(d).responsibleCsbIds).toEqual(['org-csb-1', 'org-csb-2']);
    expect(okState(run(ed, drafting(ed), { type: 'UPDATE_DRAFT' }, MIO_A, '2025-06-10')).responsibleCsbIds).toEqual(['org-csb-1']);
    expect(errCode(run(ed, drafting(ed), { type: 'UPDATE_DRAFT' }, MIO_B, '2025-06-10'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, drafting(ed), { type: 'UPDATE_DRAFT' }, NC, '2025-06-10'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, submitted(ed), { type: 'UPDATE_DRAFT' }, MIO_A, '2025-06-10'))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errField(run(ed, drafting(ed), { type: 'UPDATE_DRAFT', responsibleCsbIds: 'x' as unknown as string[] }, MIO_A, '2025-06-10'))).toBe(
      'responsibleCsbIds',
    );
  });
  it('R3 SUBMIT: on day 30 on time, day 31 flagged late (T06 is not a prohibition)', () => {
    const onTime = okState(run(ed, drafting(ed), { type: 'SUBMIT' }, MIO_A, '2025-07-02'));
    expect(onTime).toMatchObject({ status: ed === 'E000' ? 'NC_REVIEW' : 'ON_APPROVAL', submittedOn: '2025-07-02', submittedLate: false });
    expect(okState(run(ed, drafting(ed), { type: 'SUBMIT' }, MIO_A, '2025-07-03')).submittedLate).toBe(true);
  });
  it('R3 wrong role / region / state', () => {
    expect(errCode(run(ed, drafting(ed), { type: 'SUBMIT' }, MIO_B, '2025-06-20'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, drafting(ed), { type: 'SUBMIT' }, INV, '2025-06-20'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, submitted(ed), { type: 'SUBMIT' }, MIO_A, '2025-06-20'))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errCode(run(ed, null, { type: 'SUBMIT' }, MIO_A, '2025-06-20'))).toBe(DomainErrorCode.WRONG_STATE);
  });
  it('R8 overdue flags: forming', () => {
    // E001: the approval deadline (passport 2025-06-01 + 30 CD = 2025-07-01) runs out one day before the forming one
    expect(roadmapOverdue(drafting(ed), '2025-07-02')).toEqual(ed === 'E000' ? [] : ['APPROVAL']);
    expect(roadmapOverdue(drafting(ed), '2025-07-03')).toEqual(ed === 'E000' ? ['FORM'] : ['FORM', 'APPROVAL']);
  });
});

describe('SM-RM E000: NC approval (000 §50–52, §57)', () => {
  const ed = 'E000';
  it('R4 NC approves → APPROVED, project "with roadmap"', () => {
    const d = run(ed, submitted(ed), { type: 'APPROVE' }, NC, '2025-06-25');
    const s = okState(d);
    expect(s).toMatchObject({ status: 'APPROVED', approvedOn: '2025-06-25', version: 1 });
    expect(projectRoadmapStatus(s)).toBe('WITH_ROADMAP');
    expect(d.ok && d.events[0]).toMatchObject({ type: 'implementation.roadmap.approved', payload: { roadmapStatus: 'WITH_ROADMAP' } });
  });
  it('R4 NCR (a) and ADMIN (operator = NC column) may approve; MIO, AB, NCH may not', () => {
    expect(okState(run(ed, submitted(ed), { type: 'APPROVE' }, NCR, '2025-06-25')).status).toBe('APPROVED');
    expect(okState(run(ed, submitted(ed), { type: 'APPROVE' }, ADMIN, '2025-06-25')).status).toBe('APPROVED');
    for (const a of [MIO_A, AB, NCH]) expect(errCode(run(ed, submitted(ed), { type: 'APPROVE' }, a, '2025-06-25'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, drafting(ed), { type: 'APPROVE' }, NC, '2025-06-25'))).toBe(DomainErrorCode.WRONG_STATE);
  });
  const rejected = () => okState(run(ed, submitted(ed), { type: 'REJECT' }, NC, '2025-10-24'));
  it('R5 NC rejects (no reason required) → REWORK, 5 WD to fix over the Republic Day substitute', () => {
    // Fri 24 Oct 2025 → Tue 28 (1), Wed 29, Thu 30, Fri 31, Mon 3 Nov (5); Mon 27 Oct is the substitute day off
    expect(rejected()).toMatchObject({ status: 'REWORK', reworkDueOn: '2025-11-03', rejection: { by: 'NC', reason: null, on: '2025-10-24' } });
    expect(okState(run(ed, submitted(ed), { type: 'REJECT', reason: 'deadlines unrealistic' }, NC, '2025-10-24')).rejection?.reason).toBe(
      'deadlines unrealistic',
    );
  });
  it('R5 wrong role / state', () => {
    expect(errCode(run(ed, submitted(ed), { type: 'REJECT' }, NCH, '2025-10-24'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, drafting(ed), { type: 'REJECT' }, NC, '2025-10-24'))).toBe(DomainErrorCode.WRONG_STATE);
  });
  it('R6 MIO resubmits: on the 5th WD on time, the next day flagged late', () => {
    const d = run(ed, rejected(), { type: 'RESUBMIT' }, MIO_A, '2025-11-03');
    expect(okState(d)).toMatchObject({ status: 'NC_REVIEW', resubmittedLate: false });
    expect(d.ok && d.events[0].type).toBe('implementation.roadmap.resubmitted');
    expect(okState(run(ed, rejected(), { type: 'RESUBMIT' }, MIO_A, '2025-11-04')).resubmittedLate).toBe(true);
    expect(roadmapOverdue(rejected(), '2025-11-03')).toEqual([]);
    expect(roadmapOverdue(rejected(), '2025-11-04')).toEqual(['REWORK']);
  });
  it('R6 wrong role / state', () => {
    expect(errCode(run(ed, rejected(), { type: 'RESUBMIT' }, MIO_B, '2025-11-03'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, rejected(), { type: 'RESUBMIT' }, NC, '2025-11-03'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, submitted(ed), { type: 'RESUBMIT' }, MIO_A, '2025-11-03'))).toBe(DomainErrorCode.WRONG_STATE);
  });
  const approved = () => okState(run(ed, submitted(ed), { type: 'APPROVE' }, NC, '2025-06-25'));
  it('R7 investor requests a change → CHANGE_PENDING; AB approves → APPROVED v2; AB refuses → APPROVED v1', () => {
    const pending = okState(run(ed, approved(), { type: 'REQUEST_CHANGE', description: 'move commissioning to Q3' }, INV, '2025-08-01'));
    expect(pending).toMatchObject({ status: 'CHANGE_PENDING', pendingChange: { description: 'move commissioning to Q3', requestedBy: 'org-inv' } });
    expect(okState(run(ed, pending, { type: 'APPROVE_CHANGE' }, AB, '2025-08-05'))).toMatchObject({ status: 'APPROVED', version: 2, pendingChange: null });
    const refused = run(ed, pending, { type: 'REFUSE_CHANGE', reason: 'no grounds' }, AB, '2025-08-05');
    expect(okState(refused)).toMatchObject({ status: 'APPROVED', version: 1, pendingChange: null });
    expect(refused.ok && refused.events[0].type).toBe('implementation.roadmap.change-refused');
    expect(okState(run(ed, approved(), { type: 'REQUEST_CHANGE', description: 'x' }, MIO_A, '2025-08-01')).status).toBe('CHANGE_PENDING');
  });
  it('R7 wrong role / scope / state / input', () => {
    expect(errCode(run(ed, approved(), { type: 'REQUEST_CHANGE', description: 'x' }, OTHER_INV, '2025-08-01'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, approved(), { type: 'REQUEST_CHANGE', description: 'x' }, MIO_B, '2025-08-01'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, approved(), { type: 'REQUEST_CHANGE', description: 'x' }, NC, '2025-08-01'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, submitted(ed), { type: 'REQUEST_CHANGE', description: 'x' }, INV, '2025-08-01'))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errField(run(ed, approved(), { type: 'REQUEST_CHANGE', description: '' }, INV, '2025-08-01'))).toBe('description');
    const pending = okState(run(ed, approved(), { type: 'REQUEST_CHANGE', description: 'x' }, INV, '2025-08-01'));
    expect(errCode(run(ed, pending, { type: 'APPROVE_CHANGE' }, MIO_A, '2025-08-05'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, approved(), { type: 'APPROVE_CHANGE' }, AB, '2025-08-05'))).toBe(DomainErrorCode.WRONG_STATE);
  });
  it('E001-only steps are NOT_IN_EDITION in E000', () => {
    expect(errCode(run(ed, submitted(ed), { type: 'AGREE' }, NCH, '2025-06-25'))).toBe(DomainErrorCode.NOT_IN_EDITION);
    expect(errCode(run(ed, submitted(ed), { type: 'VERIFY' }, AB, '2025-06-25'))).toBe(DomainErrorCode.NOT_IN_EDITION);
    expect(errCode(run(ed, submitted(ed), { type: 'FAIL_VERIFICATION', reason: 'r' }, AB, '2025-06-25'))).toBe(DomainErrorCode.NOT_IN_EDITION);
  });
  it('allowedRoadmapActions', () => {
    const c = { today: '2025-06-25', edition: getEdition(ed) };
    expect(allowedRoadmapActions(submitted(ed), NC, c)).toEqual(['APPROVE', 'REJECT']);
    expect(allowedRoadmapActions(drafting(ed), MIO_A, c)).toEqual(['UPDATE_DRAFT', 'SUBMIT']);
    expect(allowedRoadmapActions(null, NC, c)).toEqual(['ASSIGN_MIO']);
  });
});

describe('SM-RM E001: approvers then AB verification (001 §49–52, §63)', () => {
  const ed = 'E001';
  it('requiredApprovalSlots: NCH, investor and each responsible CSB (A-15)', () => {
    expect(requiredApprovalSlots(submitted(ed), getEdition(ed).roadmap.approvers)).toEqual(['NCH', 'INVESTOR', 'CSB:org-csb-1']);
    expect(requiredApprovalSlots(submitted(ed), ['NCH'])).toEqual(['NCH']);
  });
  const allAgreed = () => {
    let s = submitted(ed);
    s = okState(run(ed, s, { type: 'AGREE' }, NCH, '2025-06-22'));
    s = okState(run(ed, s, { type: 'AGREE' }, INV, '2025-06-23'));
    return s;
  };
  it("R6' every approver agrees → AB_VERIFICATION (the approval stage merged into it, A-16)", () => {
    const partial = allAgreed();
    expect(partial).toMatchObject({ status: 'ON_APPROVAL', agreements: ['NCH', 'INVESTOR'] });
    const d = run(ed, partial, { type: 'AGREE' }, CSB1, '2025-07-01');
    expect(okState(d)).toMatchObject({ status: 'AB_VERIFICATION', agreedLate: false });
    expect(d.ok && d.events.map((e) => e.type)).toEqual(['implementation.roadmap.approver-agreed', 'implementation.roadmap.agreed']);
  });
  it('T07 boundary: approval finished on day 30 after the passport on time, day 31 flagged late', () => {
    expect(okState(run(ed, allAgreed(), { type: 'AGREE' }, CSB1, '2025-07-02')).agreedLate).toBe(true);
    expect(roadmapOverdue(allAgreed(), '2025-07-01')).toEqual([]);
    expect(roadmapOverdue(allAgreed(), '2025-07-02')).toEqual(['APPROVAL']);
  });
  it("R6' a non-approver and a repeated agreement are refused", () => {
    expect(errCode(run(ed, submitted(ed), { type: 'AGREE' }, CSB2, '2025-06-22'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, submitted(ed), { type: 'AGREE' }, OTHER_INV, '2025-06-22'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, submitted(ed), { type: 'AGREE' }, NC, '2025-06-22'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, submitted(ed), { type: 'AGREE' }, MIO_A, '2025-06-22'))).toBe(DomainErrorCode.WRONG_ROLE);
    const once = okState(run(ed, submitted(ed), { type: 'AGREE' }, NCH, '2025-06-22'));
    expect(errCode(run(ed, once, { type: 'AGREE' }, NCH, '2025-06-22'))).toBe(DomainErrorCode.CONFLICT);
    expect(errCode(run(ed, drafting(ed), { type: 'AGREE' }, NCH, '2025-06-22'))).toBe(DomainErrorCode.WRONG_STATE);
  });
  it("R4' an approver rejects with an objective reason → REWORK (5 WD), reason mandatory", () => {
    const d = run(ed, allAgreed(), { type: 'REJECT', reason: 'land plot not allocated yet' }, CSB1, '2025-10-24');
    expect(okState(d)).toMatchObject({
      status: 'REWORK',
      agreements: [],
      reworkDueOn: '2025-11-03',
      rejection: { by: 'CSB:org-csb-1', reason: 'land plot not allocated yet' },
    });
    expect(d.ok && d.events[0].payload).toMatchObject({ notifyInitiatorOrganizationId: 'org-nc' });
    expect(errField(run(ed, submitted(ed), { type: 'REJECT' }, INV, '2025-10-24'))).toBe('reason');
    expect(errCode(run(ed, submitted(ed), { type: 'REJECT', reason: 'r' }, NC, '2025-10-24'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, submitted(ed), { type: 'REJECT', reason: 'r' }, CSB2, '2025-10-24'))).toBe(DomainErrorCode.WRONG_ROLE);
  });
  it("R5' resubmission goes back to ON_APPROVAL with the agreements reset", () => {
    const rej = okState(run(ed, allAgreed(), { type: 'REJECT', reason: 'r' }, NCH, '2025-10-24'));
    expect(okState(run(ed, rej, { type: 'RESUBMIT' }, MIO_A, '2025-11-03'))).toMatchObject({ status: 'ON_APPROVAL', agreements: [], resubmittedLate: false });
    expect(okState(run(ed, rej, { type: 'RESUBMIT' }, MIO_A, '2025-11-04')).resubmittedLate).toBe(true);
  });
  const verifying = () => okState(run(ed, allAgreed(), { type: 'AGREE' }, CSB1, '2025-06-24'));
  it('R7\' AB verifies → APPROVED, "with roadmap"', () => {
    const d = run(ed, verifying(), { type: 'VERIFY' }, AB, '2025-06-27');
    expect(okState(d)).toMatchObject({ status: 'APPROVED', version: 1 });
    expect(d.ok && d.events[0].type).toBe('implementation.roadmap.verified');
    expect(errCode(run(ed, verifying(), { type: 'VERIFY' }, NC, '2025-06-27'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, submitted(ed), { type: 'VERIFY' }, AB, '2025-06-27'))).toBe(DomainErrorCode.WRONG_STATE);
  });
  it("R8' AB verification fails → REWORK with a reason", () => {
    expect(okState(run(ed, verifying(), { type: 'FAIL_VERIFICATION', reason: 'passport BIN wrong' }, AB, '2025-10-24'))).toMatchObject({
      status: 'REWORK',
      rejection: { by: 'AB', reason: 'passport BIN wrong' },
      reworkDueOn: '2025-11-03',
    });
    expect(errField(run(ed, verifying(), { type: 'FAIL_VERIFICATION', reason: '' }, AB, '2025-10-24'))).toBe('reason');
    expect(errCode(run(ed, verifying(), { type: 'FAIL_VERIFICATION', reason: 'r' }, NCH, '2025-10-24'))).toBe(DomainErrorCode.WRONG_ROLE);
  });
  const verified = () => okState(run(ed, verifying(), { type: 'VERIFY' }, AB, '2025-06-27'));
  it("R9' the MIO, jointly with the investor, asks to correct an approved roadmap → CHANGE_PENDING (001 §51, §63)", () => {
    const d = run(ed, verified(), { type: 'REQUEST_CHANGE', description: 'revise stage deadlines', investorConsent: true }, MIO_A, '2025-09-01');
    expect(okState(d)).toMatchObject({ status: 'CHANGE_PENDING', agreements: [], version: 1, pendingChange: { description: 'revise stage deadlines' } });
    expect(d.ok && d.events[0]).toMatchObject({
      type: 'implementation.roadmap.change-requested',
      payload: { description: 'revise stage deadlines', requestedByRole: 'MIO', investorConsent: true },
    });
    expect(roadmapOverdue(okState(d), '2030-01-01')).toEqual([]);
    expect(errField(run(ed, verified(), { type: 'REQUEST_CHANGE', description: 'x' }, MIO_A, '2025-09-01'))).toBe('investorConsent');
    expect(errField(run(ed, verified(), { type: 'REQUEST_CHANGE', description: 'x', investorConsent: false }, MIO_A, '2025-09-01'))).toBe('investorConsent');
    // The investor's own request is its consent.
    expect(okState(run(ed, verified(), { type: 'REQUEST_CHANGE', description: 'x' }, INV, '2025-09-01')).status).toBe('CHANGE_PENDING');
    expect(errCode(run(ed, verified(), { type: 'REQUEST_CHANGE', description: 'x', investorConsent: true }, MIO_B, '2025-09-01'))).toBe(
      DomainErrorCode.WRONG_ROLE,
    );
  });
  it("R9' the authorized body alone approves (new version) or refuses (unchanged) the correction", () => {
    const pending = okState(run(ed, verified(), { type: 'REQUEST_CHANGE', description: 'x', investorConsent: true }, MIO_A, '2025-09-01'));
    const approved = run(ed, pending, { type: 'APPROVE_CHANGE' }, AB, '2025-09-03');
    expect(okState(approved)).toMatchObject({ status: 'APPROVED', version: 2, pendingChange: null, approvedOn: '2025-09-03' });
    expect(approved.ok && approved.events[0]).toMatchObject({ type: 'implementation.roadmap.change-approved', payload: { version: 2 } });
    const refused = run(ed, pending, { type: 'REFUSE_CHANGE', reason: 'no grounds' }, AB, '2025-09-03');
    expect(okState(refused)).toMatchObject({ status: 'APPROVED', version: 1, pendingChange: null });
    expect(refused.ok && refused.events[0]).toMatchObject({ type: 'implementation.roadmap.change-refused', payload: { reason: 'no grounds' } });
    // The investor's "A" in the §9.2 row is its consent, not the decision; the approvers of the first round do not decide either.
    for (const who of [INV, MIO_A, NCH, NC, CSB1]) {
      expect(errCode(run(ed, pending, { type: 'APPROVE_CHANGE' }, who, '2025-09-03'))).toBe(DomainErrorCode.WRONG_ROLE);
      expect(errCode(run(ed, pending, { type: 'REFUSE_CHANGE' }, who, '2025-09-03'))).toBe(DomainErrorCode.WRONG_ROLE);
    }
    expect(errCode(run(ed, verified(), { type: 'APPROVE_CHANGE' }, AB, '2025-09-03'))).toBe(DomainErrorCode.WRONG_STATE);
    expect(allowedRoadmapActions(pending, AB, { today: '2025-09-03', edition: getEdition(ed) })).toEqual(['APPROVE_CHANGE', 'REFUSE_CHANGE']);
  });
  it('E000-only steps are NOT_IN_EDITION in E001 (NC approval)', () => {
    expect(errCode(run(ed, submitted(ed), { type: 'APPROVE' }, NC, '2025-06-25'))).toBe(DomainErrorCode.NOT_IN_EDITION);
  });
  it('allowedRoadmapActions', () => {
    const c = { today: '2025-06-25', edition: getEdition(ed) };
    expect(allowedRoadmapActions(submitted(ed), NCH, c)).toEqual(['REJECT', 'AGREE']);
    expect(allowedRoadmapActions(verifying(), AB, c)).toEqual(['VERIFY', 'FAIL_VERIFICATION']);
  });
});

describe('projectRoadmapStatus', () => {
  it('NO_ROADMAP without a record', () => expect(projectRoadmapStatus(null)).toBe('NO_ROADMAP'));
});

describe('SM-RM: the investor identified by the BIN of its company (§9.3)', () => {
  const BY_BIN: RoadmapCommand = {
    type: 'ASSIGN_MIO',
    roadmapId: 'rm-2',
    projectId: 'p-2',
    regionCode: REGION_A,
    investorBin: '940740000139',
    passportCreatedOn: '2025-06-01',
  };
  const invWithBin = (bin: string | null) => ({ ...actorOf('INV', { organizationId: 'org-inv-x' }), companyBin: bin });

  it('ASSIGN_MIO takes the BIN instead of an organisation id; neither → INVALID_INPUT', () => {
    const s = okState(run('E001', null, BY_BIN, NC, '2025-06-02'));
    expect(s).toMatchObject({ investorOrganizationId: null, investorBin: '940740000139' });
    const { investorBin: _omit, ...neither } = BY_BIN as Extract<RoadmapCommand, { type: 'ASSIGN_MIO' }>;
    expect(errField(run('E001', null, neither, NC, '2025-06-02'))).toBe('investorOrganizationId');
    const both = okState(run('E001', null, { ...BY_BIN, investorOrganizationId: 'org-inv' }, NC, '2025-06-02'));
    expect(both).toMatchObject({ investorOrganizationId: 'org-inv', investorBin: '940740000139' });
  });

  it('an INV organisation bound to the BIN agrees as the investor; another BIN or none is not an approver', () => {
    const rm = okState(run('E001', okState(run('E001', null, BY_BIN, NC, '2025-06-02')), { type: 'SUBMIT' }, MIO_A, '2025-06-20'));
    const agreed = okState(run('E001', rm, { type: 'AGREE' }, invWithBin('940740000139'), '2025-06-21'));
    expect(agreed.agreements).toEqual(['INVESTOR']);
    expect(errCode(run('E001', rm, { type: 'AGREE' }, invWithBin('000000000000'), '2025-06-21'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run('E001', rm, { type: 'AGREE' }, invWithBin(null), '2025-06-21'))).toBe(DomainErrorCode.WRONG_ROLE);
  });

  it('the BIN-bound investor may request a change of the approved roadmap (R9)', () => {
    let s = okState(run('E001', null, BY_BIN, NC, '2025-06-02'));
    s = okState(run('E001', s, { type: 'SUBMIT' }, MIO_A, '2025-06-20'));
    s = okState(run('E001', s, { type: 'AGREE' }, NCH, '2025-06-21'));
    s = okState(run('E001', s, { type: 'AGREE' }, invWithBin('940740000139'), '2025-06-21'));
    s = okState(run('E001', s, { type: 'VERIFY' }, AB, '2025-06-23'));
    expect(okState(run('E001', s, { type: 'REQUEST_CHANGE', description: 'Move commissioning' }, invWithBin('940740000139'), '2025-07-01')).status).toBe(
      'CHANGE_PENDING',
    );
    expect(errCode(run('E001', s, { type: 'REQUEST_CHANGE', description: 'x' }, invWithBin('111111111110'), '2025-07-01'))).toBe(DomainErrorCode.WRONG_ROLE);
  });
});
