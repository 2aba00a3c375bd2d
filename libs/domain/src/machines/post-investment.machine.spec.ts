import type { Actor } from '../access/organization-type';
import { getEdition } from '../editions/editions';
import { DomainErrorCode } from '../errors/domain-error';
import type { RuleEditionCode } from '../events/envelope';
import { allowedPostInvestmentActions, decidePostInvestment, type M3Command, type M3State } from './post-investment.machine';
import { REGION_A, actorOf, ctxOf, errCode, errField, okState } from './test-fixtures';

const NC = actorOf('NC');
const AB = actorOf('AB');
const ADMIN = actorOf('ADMIN');
const INV = actorOf('INV');
const OTHER_INV = actorOf('INV', { organizationId: 'org-other' });
const MIO = actorOf('MIO', { regionCode: REGION_A });

const OPEN: Extract<M3Command, { type: 'OPEN' }> = {
  type: 'OPEN',
  monitoringId: 'm-1',
  projectId: 'p-1',
  regionCode: REGION_A,
  investorOrganizationId: 'org-inv',
  startsOn: '2025-03-15',
};

describe.each(['E000', 'E001'] as const)('SM-M3 in %s', (ed: RuleEditionCode) => {
  const run = (s: M3State | null, c: M3Command, a: Actor, today: string) => decidePostInvestment(s, c, ctxOf(ed, a, today));
  const active = () => okState(run(null, OPEN, AB, '2025-03-15'));
  const withIssue = () => okState(run(active(), { type: 'RAISE_ISSUE', issueId: 'i-1', text: 'customs delays' }, INV, '2025-05-01'));
  const completed = () => okState(run(active(), { type: 'COMPLETE', finalAnalysis: 'all obligations met', obligationsFulfilled: true }, AB, '2026-01-10'));

  it('OPEN: 3 years from Module 3 entry (X-1: 2025-03-15 → 2028-03-15); the catalogue event monitoring.opened', () => {
    const d = run(null, OPEN, NC, '2025-03-15');
    expect(okState(d)).toMatchObject({ edition: ed, status: 'M3_ACTIVE', startsOn: '2025-03-15', endsOn: '2028-03-15' });
    expect(d.ok && d.events[0]).toEqual({
      type: 'post-investment.monitoring.opened',
      version: 1,
      aggregateType: 'monitoring',
      aggregateId: 'm-1',
      payload: { monitoringId: 'm-1', projectId: 'p-1', regionCode: REGION_A, startsOn: '2025-03-15', endsOn: '2028-03-15' },
    });
    expect(okState(run(null, { ...OPEN, startsOn: '2024-02-29' }, AB, '2025-03-15')).endsOn).toBe('2027-02-28');
    expect(okState(run(null, { ...OPEN, contractExpiresOn: '2030-12-31' }, AB, '2025-03-15')).endsOn).toBe('2031-01-01');
  });
  it('OPEN wrong role / input / conflict', () => {
    expect(errCode(run(null, OPEN, MIO, '2025-03-15'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(null, OPEN, INV, '2025-03-15'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errField(run(null, { ...OPEN, startsOn: '2025-03-16' }, AB, '2025-03-15'))).toBe('startsOn');
    expect(errField(run(null, { ...OPEN, contractExpiresOn: '31.12.2030' }, AB, '2025-03-15'))).toBe('contractExpiresOn');
    expect(errField(run(null, { ...OPEN, monitoringId: '' }, AB, '2025-03-15'))).toBe('monitoringId');
    expect(errCode(run(active(), OPEN, AB, '2025-03-15'))).toBe(DomainErrorCode.CONFLICT);
  });
  it('P1 the investor raises an issue; another investor cannot; duplicates and bad input refused', () => {
    expect(withIssue().issues).toEqual([{ issueId: 'i-1', status: 'OPEN', text: 'customs delays', raisedOn: '2025-05-01', response: null, closedOn: null }]);
    expect(errCode(run(active(), { type: 'RAISE_ISSUE', issueId: 'i-1', text: 't' }, OTHER_INV, '2025-05-01'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(active(), { type: 'RAISE_ISSUE', issueId: 'i-1', text: 't' }, AB, '2025-05-01'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(withIssue(), { type: 'RAISE_ISSUE', issueId: 'i-1', text: 't' }, INV, '2025-05-01'))).toBe(DomainErrorCode.CONFLICT);
    expect(errField(run(active(), { type: 'RAISE_ISSUE', issueId: 'i-2', text: '' }, INV, '2025-05-01'))).toBe('text');
    expect(errCode(run(completed(), { type: 'RAISE_ISSUE', issueId: 'i-2', text: 't' }, INV, '2026-02-01'))).toBe(DomainErrorCode.WRONG_STATE);
  });
  it('P2 AB (or NC, x) closes an issue with a response', () => {
    const d = run(withIssue(), { type: 'CLOSE_ISSUE', issueId: 'i-1', response: 'solved with customs' }, AB, '2025-05-10');
    expect(okState(d).issues[0]).toMatchObject({ status: 'CLOSED', response: 'solved with customs', closedOn: '2025-05-10' });
    expect(okState(run(withIssue(), { type: 'CLOSE_ISSUE', issueId: 'i-1', response: 'ok' }, NC, '2025-05-10')).issues[0].status).toBe('CLOSED');
    const two = okState(run(withIssue(), { type: 'RAISE_ISSUE', issueId: 'i-2', text: 'grid connection' }, INV, '2025-05-02'));
    const closedSecond = okState(run(two, { type: 'CLOSE_ISSUE', issueId: 'i-2', response: 'ok' }, AB, '2025-05-10'));
    expect(closedSecond.issues.map((i) => i.status)).toEqual(['OPEN', 'CLOSED']);
    expect(errCode(run(okState(d), { type: 'CLOSE_ISSUE', issueId: 'i-1', response: 'again' }, AB, '2025-05-11'))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errCode(run(withIssue(), { type: 'CLOSE_ISSUE', issueId: 'nope', response: 'x' }, AB, '2025-05-10'))).toBe(DomainErrorCode.NOT_FOUND);
    expect(errField(run(withIssue(), { type: 'CLOSE_ISSUE', issueId: 'i-1', response: '' }, AB, '2025-05-10'))).toBe('response');
    expect(errCode(run(withIssue(), { type: 'CLOSE_ISSUE', issueId: 'i-1', response: 'x' }, INV, '2025-05-10'))).toBe(DomainErrorCode.WRONG_ROLE);
  });
  it('P3 AB records a change', () => {
    expect(okState(run(active(), { type: 'RECORD_CHANGE', description: 'investment volume +10%' }, AB, '2025-06-01')).changes).toEqual([
      { description: 'investment volume +10%', recordedOn: '2025-06-01' },
    ]);
    expect(errField(run(active(), { type: 'RECORD_CHANGE', description: '' }, AB, '2025-06-01'))).toBe('description');
    expect(errCode(run(active(), { type: 'RECORD_CHANGE', description: 'x' }, MIO, '2025-06-01'))).toBe(DomainErrorCode.WRONG_ROLE);
  });
  it('P4 the period ends on the 3-year anniversary, not the day before; P5 the day after contract expiry', () => {
    expect(errCode(run(active(), { type: 'END_PERIOD' }, ADMIN, '2028-03-14'))).toBe(DomainErrorCode.WRONG_STATE);
    const d = run(active(), { type: 'END_PERIOD' }, ADMIN, '2028-03-15');
    expect(okState(d)).toMatchObject({ status: 'M3_PERIOD_ENDED', periodEndedOn: '2028-03-15' });
    expect(d.ok && d.events[0].payload).toMatchObject({ basis: 'THREE_YEARS', poolStatus: 'EXCLUDED' });
    const contract = okState(run(null, { ...OPEN, contractExpiresOn: '2026-12-31' }, AB, '2025-03-15'));
    expect(errCode(run(contract, { type: 'END_PERIOD' }, NC, '2026-12-31'))).toBe(DomainErrorCode.WRONG_STATE);
    const e = run(contract, { type: 'END_PERIOD' }, NC, '2027-01-01');
    expect(e.ok && e.events[0].payload).toMatchObject({ basis: 'CONTRACT_EXPIRY' });
    expect(errCode(run(active(), { type: 'END_PERIOD' }, AB, '2028-03-15'))).toBe(DomainErrorCode.WRONG_ROLE);
  });
  it('P6 AB completes from ACTIVE or PERIOD_ENDED only with all obligations fulfilled (A-24)', () => {
    expect(completed()).toMatchObject({ status: 'M3_COMPLETED', completedOn: '2026-01-10', finalAnalysis: 'all obligations met' });
    const ended = okState(run(active(), { type: 'END_PERIOD' }, ADMIN, '2028-03-15'));
    expect(okState(run(ended, { type: 'COMPLETE', finalAnalysis: 'ok', obligationsFulfilled: true }, AB, '2028-04-01')).status).toBe('M3_COMPLETED');
    expect(errField(run(active(), { type: 'COMPLETE', finalAnalysis: 'ok', obligationsFulfilled: false }, AB, '2026-01-10'))).toBe('obligationsFulfilled');
    expect(errField(run(active(), { type: 'COMPLETE', finalAnalysis: '', obligationsFulfilled: true }, AB, '2026-01-10'))).toBe('finalAnalysis');
    expect(errCode(run(active(), { type: 'COMPLETE', finalAnalysis: 'ok', obligationsFulfilled: true }, INV, '2026-01-10'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(completed(), { type: 'COMPLETE', finalAnalysis: 'ok', obligationsFulfilled: true }, AB, '2026-01-10'))).toBe(
      DomainErrorCode.WRONG_STATE,
    );
  });
  it('P7 archive after completion (D20: in NDIP only under E000)', () => {
    const d = run(completed(), { type: 'ARCHIVE' }, ADMIN, '2026-01-11');
    expect(okState(d)).toMatchObject({ status: 'ARCHIVED', archivedOn: '2026-01-11' });
    expect(d.ok && d.events[0].payload).toMatchObject({ archiveInNdip: ed === 'E000' });
    expect(errCode(run(active(), { type: 'ARCHIVE' }, ADMIN, '2026-01-11'))).toBe(DomainErrorCode.WRONG_STATE);
  });
  it('allowedPostInvestmentActions', () => {
    const c = { today: '2025-05-01', edition: getEdition(ed) };
    expect(allowedPostInvestmentActions(active(), INV, c)).toEqual(['RAISE_ISSUE']);
    expect(allowedPostInvestmentActions(active(), AB, c)).toEqual(['CLOSE_ISSUE', 'RECORD_CHANGE', 'COMPLETE']);
    expect(allowedPostInvestmentActions(null, AB, c)).toEqual(['OPEN']);
  });
});
