import type { Actor } from '../access/organization-type';
import { getEdition } from '../editions/editions';
import { DomainErrorCode } from '../errors/domain-error';
import type { RuleEditionCode } from '../events/envelope';
import { allowedPoolActions, autoExclusionDate, decidePool, poolDecisionOverdue, type PoolCommand, type PoolState } from './pool.machine';
import { REGION_A, REGION_B, actorOf, ctxOf, errCode, errField, okState } from './test-fixtures';

const MIO_A = actorOf('MIO', { regionCode: REGION_A });
const MIO_B = actorOf('MIO', { regionCode: REGION_B });
const AB = actorOf('AB');
const NC = actorOf('NC');
const INV = actorOf('INV');
const ADMIN = actorOf('ADMIN');
const RIHQ = actorOf('RIHQ', { regionCode: REGION_A });

const run = (ed: RuleEditionCode, s: PoolState | null, c: PoolCommand, a: Actor, today: string) => decidePool(s, c, ctxOf(ed, a, today));
const active = (ed: RuleEditionCode, pool: 'NATIONAL' | 'REGIONAL' = 'NATIONAL') =>
  okState(run(ed, null, { type: 'ENROL', projectId: 'p-1', pool, regionCode: REGION_A }, MIO_A, '2025-06-01'));
const SUSPEND_REQ: PoolCommand = { type: 'SUBMIT_REQUEST', kind: 'SUSPEND_AND_EXCLUDE', grounds: ['G2', 'G4'], justification: 'financing stopped' };
const pending = (ed: RuleEditionCode) => okState(run(ed, active(ed), SUSPEND_REQ, MIO_A, '2025-10-24'));
const suspended = (ed: RuleEditionCode) => okState(run(ed, pending(ed), { type: 'DECIDE', decision: 'SUSPEND' }, AB, '2025-10-28'));

describe.each(['E000', 'E001'] as const)('SM-POOL in %s', (ed) => {
  it('ENROL → ACTIVE; wrong role; conflict; bad input', () => {
    const d = run(ed, null, { type: 'ENROL', projectId: 'p-1', pool: 'NATIONAL', regionCode: REGION_A }, NC, '2025-06-01');
    expect(okState(d)).toMatchObject({ edition: ed, status: 'ACTIVE', pool: 'NATIONAL', enrolledOn: '2025-06-01' });
    expect(errCode(run(ed, null, { type: 'ENROL', projectId: 'p-1', pool: 'NATIONAL', regionCode: REGION_A }, AB, '2025-06-01'))).toBe(
      DomainErrorCode.WRONG_ROLE,
    );
    expect(errCode(run(ed, active(ed), { type: 'ENROL', projectId: 'p-1', pool: 'NATIONAL', regionCode: REGION_A }, NC, '2025-06-01'))).toBe(
      DomainErrorCode.CONFLICT,
    );
    expect(errField(run(ed, null, { type: 'ENROL', projectId: 'p-1', pool: 'GLOBAL' as 'NATIONAL', regionCode: REGION_A }, NC, '2025-06-01'))).toBe('pool');
  });
  it('Q1 MIO submits with grounds: decision due 5 WD later (Fri 24 Oct → Mon 3 Nov 2025, over the Republic Day substitute)', () => {
    const d = run(ed, active(ed), SUSPEND_REQ, MIO_A, '2025-10-24');
    expect(okState(d).pendingRequest).toEqual({
      kind: 'SUSPEND_AND_EXCLUDE',
      grounds: ['G2', 'G4'],
      justification: 'financing stopped',
      submittedOn: '2025-10-24',
      submittedBy: 'org-mio',
      decisionDueOn: '2025-11-03',
    });
    expect(okState(d).status).toBe('ACTIVE');
    expect(d.ok && d.events[0].type).toBe('implementation.pool.request-submitted');
  });
  it('Q1 the investor and initiator bodies only on ground G6', () => {
    const g6: PoolCommand = { type: 'SUBMIT_REQUEST', kind: 'EXCLUDE', grounds: ['G6'], justification: 'written request of the investor' };
    expect(okState(run(ed, active(ed), g6, INV, '2025-10-24')).pendingRequest?.grounds).toEqual(['G6']);
    expect(okState(run(ed, active(ed), g6, NC, '2025-10-24')).pendingRequest?.kind).toBe('EXCLUDE');
    const d = run(ed, active(ed), { ...g6, grounds: ['G6', 'G2'] }, INV, '2025-10-24');
    expect(errCode(d)).toBe(DomainErrorCode.WRONG_ROLE);
  });
  it('Q1 wrong role / region / state / input', () => {
    expect(errCode(run(ed, active(ed), SUSPEND_REQ, AB, '2025-10-24'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, active(ed), SUSPEND_REQ, MIO_B, '2025-10-24'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, pending(ed), SUSPEND_REQ, MIO_A, '2025-10-24'))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errCode(run(ed, active(ed), { ...SUSPEND_REQ, kind: 'RESUME' }, MIO_A, '2025-10-24'))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errField(run(ed, active(ed), { ...SUSPEND_REQ, grounds: [] }, MIO_A, '2025-10-24'))).toBe('grounds');
    expect(errField(run(ed, active(ed), { ...SUSPEND_REQ, grounds: ['G7' as 'G1'] }, MIO_A, '2025-10-24'))).toBe('grounds[0]');
    expect(errField(run(ed, active(ed), { ...SUSPEND_REQ, grounds: 'G1' as unknown as ['G1'] }, MIO_A, '2025-10-24'))).toBe('grounds');
    expect(errField(run(ed, active(ed), { ...SUSPEND_REQ, kind: 'PAUSE' as 'SUSPEND' }, MIO_A, '2025-10-24'))).toBe('kind');
    expect(errField(run(ed, active(ed), { ...SUSPEND_REQ, justification: '' }, MIO_A, '2025-10-24'))).toBe('justification');
  });
  it('Q2 AB suspends; on the 5th WD on time, after it flagged late (no deemed approval)', () => {
    const d = run(ed, pending(ed), { type: 'DECIDE', decision: 'SUSPEND' }, AB, '2025-11-03');
    expect(okState(d)).toMatchObject({
      status: 'SUSPENDED',
      suspendedOn: '2025-11-03',
      pendingRequest: null,
      lastDecision: { decision: 'SUSPEND', late: false },
    });
    expect(d.ok && d.events[0].type).toBe('implementation.pool.suspended');
    expect(okState(run(ed, pending(ed), { type: 'DECIDE', decision: 'SUSPEND' }, AB, '2025-11-04')).lastDecision?.late).toBe(true);
    expect(poolDecisionOverdue(pending(ed), '2025-11-03')).toBe(false);
    expect(poolDecisionOverdue(pending(ed), '2025-11-04')).toBe(true);
    expect(poolDecisionOverdue(active(ed), '2030-01-01')).toBe(false);
  });
  it('Q3 AB excludes; Q4 AB refuses (reason required)', () => {
    expect(okState(run(ed, pending(ed), { type: 'DECIDE', decision: 'EXCLUDE' }, AB, '2025-10-28'))).toMatchObject({
      status: 'EXCLUDED',
      exclusionBasis: 'AB_DECISION',
      excludedOn: '2025-10-28',
    });
    const r = run(ed, pending(ed), { type: 'DECIDE', decision: 'REFUSE', reason: 'grounds not proven' }, AB, '2025-10-28');
    expect(okState(r)).toMatchObject({ status: 'ACTIVE', pendingRequest: null, lastDecision: { decision: 'REFUSE', reason: 'grounds not proven' } });
    expect(r.ok && r.events[0].type).toBe('implementation.pool.request-refused');
    expect(errField(run(ed, pending(ed), { type: 'DECIDE', decision: 'REFUSE' }, AB, '2025-10-28'))).toBe('reason');
  });
  it('DECIDE wrong role / state / decision not matching the request', () => {
    expect(errCode(run(ed, pending(ed), { type: 'DECIDE', decision: 'SUSPEND' }, MIO_A, '2025-10-28'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, pending(ed), { type: 'DECIDE', decision: 'SUSPEND' }, ADMIN, '2025-10-28'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, active(ed), { type: 'DECIDE', decision: 'SUSPEND' }, AB, '2025-10-28'))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errField(run(ed, pending(ed), { type: 'DECIDE', decision: 'RESUME' }, AB, '2025-10-28'))).toBe('decision');
  });
  it('Q5 from SUSPENDED an exclusion request; Q6 resumption (MIO only)', () => {
    const ex = okState(run(ed, suspended(ed), { type: 'SUBMIT_REQUEST', kind: 'EXCLUDE', grounds: ['G3'], justification: 'bankrupt' }, MIO_A, '2025-12-01'));
    expect(okState(run(ed, ex, { type: 'DECIDE', decision: 'EXCLUDE' }, AB, '2025-12-02')).status).toBe('EXCLUDED');
    const res = okState(
      run(ed, suspended(ed), { type: 'SUBMIT_REQUEST', kind: 'RESUME', grounds: [], justification: 'financing restored' }, MIO_A, '2025-12-01'),
    );
    const d = run(ed, res, { type: 'DECIDE', decision: 'RESUME' }, AB, '2025-12-02');
    expect(okState(d)).toMatchObject({ status: 'ACTIVE', suspendedOn: null });
    expect(d.ok && d.events[0].type).toBe('implementation.pool.resumed');
    expect(errCode(run(ed, suspended(ed), { type: 'SUBMIT_REQUEST', kind: 'RESUME', grounds: [], justification: 'x' }, INV, '2025-12-01'))).toBe(
      DomainErrorCode.WRONG_ROLE,
    );
    expect(errCode(run(ed, suspended(ed), { type: 'SUBMIT_REQUEST', kind: 'SUSPEND', grounds: ['G1'], justification: 'x' }, MIO_A, '2025-12-01'))).toBe(
      DomainErrorCode.WRONG_STATE,
    );
  });
  it('Q7 automatic exclusion 3 years after Module 3 entry: not before the anniversary, on it yes (X-1)', () => {
    const cmd: PoolCommand = { type: 'AUTO_EXCLUDE', module3EnteredOn: '2025-03-15', contractExpiresOn: null };
    expect(errCode(run(ed, active(ed), cmd, ADMIN, '2028-03-14'))).toBe(DomainErrorCode.WRONG_STATE);
    const d = run(ed, suspended(ed), cmd, ADMIN, '2028-03-15');
    expect(okState(d)).toMatchObject({ status: 'EXCLUDED', exclusionBasis: 'AUTO_3_YEARS', excludedOn: '2028-03-15' });
    expect(d.ok && d.events[0]).toMatchObject({ type: 'implementation.pool.auto-excluded', payload: { effectiveFrom: '2028-03-15' } });
  });
  it('Q7 contract projects at the end of the contract (X-3: valid until 2030-12-31 → from 2031-01-01), even if earlier than 3 years (X-4)', () => {
    const cmd: PoolCommand = { type: 'AUTO_EXCLUDE', module3EnteredOn: '2025-06-01', contractExpiresOn: '2030-12-31' };
    expect(errCode(run(ed, active(ed), cmd, NC, '2030-12-31'))).toBe(DomainErrorCode.WRONG_STATE);
    expect(okState(run(ed, active(ed), cmd, NC, '2031-01-01')).exclusionBasis).toBe('AUTO_CONTRACT_EXPIRY');
    expect(okState(run(ed, active(ed), { ...cmd, contractExpiresOn: '2026-12-31' }, NC, '2027-01-01')).status).toBe('EXCLUDED');
  });
  it('Q7 wrong role / input', () => {
    expect(errCode(run(ed, active(ed), { type: 'AUTO_EXCLUDE', module3EnteredOn: '2020-01-01', contractExpiresOn: null }, AB, '2028-03-15'))).toBe(
      DomainErrorCode.WRONG_ROLE,
    );
    expect(errField(run(ed, active(ed), { type: 'AUTO_EXCLUDE', module3EnteredOn: null, contractExpiresOn: null }, ADMIN, '2028-03-15'))).toBe(
      'module3EnteredOn',
    );
    expect(errField(run(ed, active(ed), { type: 'AUTO_EXCLUDE', module3EnteredOn: 'x', contractExpiresOn: null }, ADMIN, '2028-03-15'))).toBe(
      'module3EnteredOn',
    );
  });
  it('national-pool commands on a regional-pool membership are WRONG_STATE', () => {
    expect(errCode(run(ed, active(ed, 'REGIONAL'), SUSPEND_REQ, MIO_A, '2025-10-24'))).toBe(DomainErrorCode.WRONG_STATE);
  });
});

describe('autoExclusionDate (rules.md §4.7)', () => {
  it.each([
    ['2025-03-15', null, '2028-03-15'],
    ['2024-02-29', null, '2027-02-28'],
    ['2025-06-01', '2030-12-31', '2031-01-01'],
    [null, '2026-12-31', '2027-01-01'],
    [null, null, null],
  ])('%s / contract %s → %s', (m3, contract, expected) => {
    expect(autoExclusionDate(m3, contract, 3)).toBe(expected);
  });
});

describe('[E000] regional pool exclusion with a positive RIHQ decision (000 §26)', () => {
  it('E000: the MIO excludes referencing the RIHQ decision', () => {
    const d = run('E000', active('E000', 'REGIONAL'), { type: 'EXCLUDE_REGIONAL', rihqDecisionRef: 'RIHQ protocol 7 of 2025-10-01' }, MIO_A, '2025-10-02');
    expect(okState(d)).toMatchObject({ status: 'EXCLUDED', exclusionBasis: 'RIHQ_DECISION' });
    expect(errField(run('E000', active('E000', 'REGIONAL'), { type: 'EXCLUDE_REGIONAL', rihqDecisionRef: '' }, MIO_A, '2025-10-02'))).toBe('rihqDecisionRef');
    expect(errCode(run('E000', active('E000', 'REGIONAL'), { type: 'EXCLUDE_REGIONAL', rihqDecisionRef: 'r' }, MIO_B, '2025-10-02'))).toBe(
      DomainErrorCode.WRONG_ROLE,
    );
    expect(errCode(run('E000', active('E000', 'REGIONAL'), { type: 'EXCLUDE_REGIONAL', rihqDecisionRef: 'r' }, RIHQ, '2025-10-02'))).toBe(
      DomainErrorCode.WRONG_ROLE,
    );
    expect(errCode(run('E000', active('E000', 'NATIONAL'), { type: 'EXCLUDE_REGIONAL', rihqDecisionRef: 'r' }, MIO_A, '2025-10-02'))).toBe(
      DomainErrorCode.WRONG_STATE,
    );
  });
  it('E001 has no RIHQ: NOT_IN_EDITION', () => {
    expect(errCode(run('E001', active('E001', 'REGIONAL'), { type: 'EXCLUDE_REGIONAL', rihqDecisionRef: 'r' }, MIO_A, '2025-10-02'))).toBe(
      DomainErrorCode.NOT_IN_EDITION,
    );
  });
  it('allowedPoolActions', () => {
    const c = { today: '2025-10-28', edition: getEdition('E000') };
    expect(allowedPoolActions(active('E000'), MIO_A, c)).toEqual(['SUBMIT_REQUEST']);
    expect(allowedPoolActions(pending('E000'), AB, c)).toEqual(['DECIDE']);
    expect(allowedPoolActions(active('E000', 'REGIONAL'), MIO_A, c)).toEqual(['EXCLUDE_REGIONAL']);
    expect(allowedPoolActions(null, MIO_A, c)).toEqual(['ENROL']);
  });
});
