import { DomainErrorCode } from '../errors/domain-error';
import { decideKyc, kycStatusForInitiative, type KycCommand, type KycState } from './kyc.machine';
import { actorOf, ctxOf, errCode, errField, okState } from './test-fixtures';

const FI = actorOf('FI');
const START: KycCommand = { type: 'START', kycCheckId: 'k-1', companyId: 'co-1', performer: 'Compliance desk', current: 'NOT_STARTED' };
const run = (s: KycState | null, c: KycCommand, actor = FI, today = '2026-03-02') => decideKyc(s, c, ctxOf('E001', actor, today));
const started = () => okState(run(null, START));

describe('KYC check', () => {
  it('START: NOT_STARTED → IN_PROGRESS with the performer; a finished check may be followed by a new one', () => {
    const d = run(null, START);
    expect(okState(d)).toMatchObject({ status: 'IN_PROGRESS', performer: 'Compliance desk', startedOn: '2026-03-02', startedByOrganizationId: 'org-fi' });
    expect(d.ok && d.events[0]).toMatchObject({ type: 'attraction.kyc.started', aggregateId: 'k-1', payload: { companyId: 'co-1' } });
    expect(okState(run(null, { ...START, current: 'FAILED' }, actorOf('NCF'))).status).toBe('IN_PROGRESS');
    expect(okState(run(null, { ...START, current: 'PASSED' })).status).toBe('IN_PROGRESS');
  });

  it('START refusals: a check in progress, wrong role, missing performer, an existing state', () => {
    expect(errCode(run(null, { ...START, current: 'IN_PROGRESS' }))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errCode(run(null, START, actorOf('AB')))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errField(run(null, { ...START, performer: ' ' }))).toBe('performer');
    expect(errField(run(null, { ...START, kycCheckId: '' }))).toBe('kycCheckId');
    expect(errField(run(null, { ...START, companyId: '' }))).toBe('companyId');
    expect(errCode(run(started(), START))).toBe(DomainErrorCode.CONFLICT);
  });

  it('COMPLETE: PASSED (findings optional) or FAILED (findings required)', () => {
    const passed = run(started(), { type: 'COMPLETE', outcome: 'PASSED' }, FI, '2026-03-05');
    expect(okState(passed)).toMatchObject({ status: 'PASSED', completedOn: '2026-03-05', findings: null, completedByUserId: 'u-fi' });
    expect(passed.ok && passed.events[0]).toMatchObject({ type: 'attraction.kyc.completed', payload: { outcome: 'PASSED', findings: null } });
    expect(okState(run(started(), { type: 'COMPLETE', outcome: 'FAILED', findings: 'sanctions list hit' }))).toMatchObject({
      status: 'FAILED',
      findings: 'sanctions list hit',
    });
    expect(errField(run(started(), { type: 'COMPLETE', outcome: 'FAILED' }))).toBe('findings');
    expect(errField(run(started(), { type: 'COMPLETE', outcome: 'MAYBE' as never }))).toBe('outcome');
  });

  it('COMPLETE refusals: no check, a finished check', () => {
    expect(errCode(run(null, { type: 'COMPLETE', outcome: 'PASSED' }))).toBe(DomainErrorCode.WRONG_STATE);
    const done = okState(run(started(), { type: 'COMPLETE', outcome: 'PASSED' }));
    expect(errCode(run(done, { type: 'COMPLETE', outcome: 'FAILED', findings: 'x' }))).toBe(DomainErrorCode.WRONG_STATE);
  });

  it('the initiative gate hears of a check only once one was started (A-43)', () => {
    expect(kycStatusForInitiative('NOT_STARTED')).toBeUndefined();
    expect(kycStatusForInitiative('FAILED')).toBe('FAILED');
    expect(kycStatusForInitiative('PASSED')).toBe('PASSED');
  });
});
