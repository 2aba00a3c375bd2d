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

  describe('OVERRIDE of a failed check by the authorized body (A-43)', () => {
    const AB = actorOf('AB');
    const failed = () => okState(run(started(), { type: 'COMPLETE', outcome: 'FAILED', findings: 'adverse media' }, FI, '2026-03-05'));
    const OVERRIDE: KycCommand = { type: 'OVERRIDE', reason: 'The adverse media concerned a namesake; checked with the embassy' };

    it('records who overrode it, when and why; the check keeps its outcome and findings; one event', () => {
      const d = run(failed(), OVERRIDE, AB, '2026-03-10');
      expect(okState(d)).toMatchObject({
        status: 'FAILED',
        findings: 'adverse media',
        completedOn: '2026-03-05',
        override: { reason: OVERRIDE.reason, byUserId: 'u-ab', byOrganizationId: 'org-ab', on: '2026-03-10' },
      });
      expect(d.ok && d.events).toEqual([
        expect.objectContaining({
          type: 'attraction.kyc.overridden',
          aggregateType: 'kyc-check',
          aggregateId: 'k-1',
          payload: { kycCheckId: 'k-1', companyId: 'co-1', reason: OVERRIDE.reason, overriddenOn: '2026-03-10' },
        }),
      ]);
      // The reason is stored trimmed; a reason of exactly 2000 characters is accepted.
      expect(okState(run(failed(), { type: 'OVERRIDE', reason: '  namesake  ' }, AB)).override?.reason).toBe('namesake');
      expect(okState(run(failed(), { type: 'OVERRIDE', reason: 'x'.repeat(2000) }, AB)).override?.reason).toHaveLength(2000);
    });

    it('works in both editions', () => {
      expect(decideKyc(failed(), OVERRIDE, ctxOf('E000', AB, '2026-03-10')).ok).toBe(true);
      expect(decideKyc(failed(), OVERRIDE, ctxOf('E001', AB, '2026-03-10')).ok).toBe(true);
    });

    it('only the authorized body: every other role is refused with WRONG_ROLE', () => {
      for (const role of ['FI', 'NCF', 'NC', 'NCR', 'MIO', 'CSB', 'NCH', 'INV', 'CIA', 'ADMIN'] as const) {
        expect([role, errCode(run(failed(), OVERRIDE, actorOf(role)))]).toEqual([role, DomainErrorCode.WRONG_ROLE]);
      }
    });

    it('only a FAILED check, only once: no check, a running check, a passed check, an overridden check', () => {
      expect(errCode(run(null, OVERRIDE, AB))).toBe(DomainErrorCode.WRONG_STATE);
      expect(errCode(run(started(), OVERRIDE, AB))).toBe(DomainErrorCode.WRONG_STATE);
      const passed = okState(run(started(), { type: 'COMPLETE', outcome: 'PASSED' }));
      expect(errCode(run(passed, OVERRIDE, AB))).toBe(DomainErrorCode.WRONG_STATE);
      const overridden = okState(run(failed(), OVERRIDE, AB));
      expect(errCode(run(overridden, OVERRIDE, AB))).toBe(DomainErrorCode.CONFLICT);
      // An overridden check is finished: FI may start a new check, which replaces it as the latest.
      expect(okState(run(null, { ...START, current: 'FAILED' })).override).toBeNull();
      // A check stored before overrides existed (no `override` key) can be overridden.
      const { override: _none, ...legacy } = failed();
      expect(okState(run(legacy as KycState, OVERRIDE, AB)).override?.on).toBe('2026-03-02');
    });

    it('needs a reason of at most 2000 characters', () => {
      expect(errField(run(failed(), { type: 'OVERRIDE', reason: '' }, AB))).toBe('reason');
      expect(errField(run(failed(), { type: 'OVERRIDE', reason: '   ' }, AB))).toBe('reason');
      expect(errField(run(failed(), { type: 'OVERRIDE', reason: 'x'.repeat(2001) }, AB))).toBe('reason');
      expect(errField(run(failed(), { type: 'OVERRIDE' } as KycCommand, AB))).toBe('reason');
    });

    it('rejects a context with an invalid date', () => {
      expect(errField(run(failed(), OVERRIDE, AB, '2026-02-30'))).toBe('today');
    });

    it('the initiative gate does not apply to an overridden failed check; it still applies otherwise', () => {
      expect(kycStatusForInitiative('FAILED', true)).toBeUndefined();
      expect(kycStatusForInitiative('FAILED', false)).toBe('FAILED');
      expect(kycStatusForInitiative('PASSED', true)).toBe('PASSED');
      expect(kycStatusForInitiative('IN_PROGRESS', true)).toBe('IN_PROGRESS');
      expect(kycStatusForInitiative('NOT_STARTED', true)).toBeUndefined();
    });
  });
});
