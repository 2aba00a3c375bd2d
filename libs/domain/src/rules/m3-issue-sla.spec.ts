import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { defaultCalendar } from '../reference/calendar';
import { DEFAULT_ISSUE_SLA_WD, M3_ISSUE_CATEGORIES, isM3IssueCategory, issueSla, issueSlaBreached, parseIssueSlaConfig } from './m3-issue-sla';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('Module 3 issue SLA per category (rules.md §2.3 P2; A-19; §4.9)', () => {
  it('defaults to 5 WD for every category (A-19: by analogy with §35)', () => {
    expect(M3_ISSUE_CATEGORIES).toEqual(['LAND', 'PERMITS', 'UTILITIES', 'TAXES', 'CUSTOMS', 'VISAS', 'OTHER']);
    for (const c of M3_ISSUE_CATEGORIES) expect(DEFAULT_ISSUE_SLA_WD[c]).toBe(5);
  });

  it('counts working days from the day the issue is raised (day 0), skipping weekends and holidays', () => {
    // Mon 2027-03-01: Tue..Fri are days 1-4, Mon 8 March (International Women's Day) is a holiday → day 5 = Tue 9 March.
    expect(issueSla('2027-03-01', 'CUSTOMS')).toEqual({ category: 'CUSTOMS', workingDays: 5, dueOn: '2027-03-09' });
    // Raised on a Saturday: Mon 8 March is a holiday, day 1 is Tue 9; Mon 15 March is Constitution Day (from 2027).
    expect(issueSla('2027-03-06', 'OTHER').dueOn).toBe('2027-03-16');
    const table = parseIssueSlaConfig('LAND=10');
    expect(issueSla('2027-03-01', 'LAND', table, defaultCalendar)).toEqual({ category: 'LAND', workingDays: 10, dueOn: '2027-03-17' });
  });

  it('refuses an unknown category naming the field', () => {
    const e = errorOf(() => issueSla('2027-03-01', 'ROADS'));
    expect([e.code, e.details.field]).toEqual([DomainErrorCode.INVALID_INPUT, 'category']);
    expect(isM3IssueCategory('VISAS')).toBe(true);
    expect(isM3IssueCategory('visas')).toBe(false);
    expect(isM3IssueCategory(7)).toBe(false);
  });

  it('reads a configuration on top of the defaults', () => {
    expect(parseIssueSlaConfig('')).toEqual(DEFAULT_ISSUE_SLA_WD);
    expect(parseIssueSlaConfig('  ')).toEqual(DEFAULT_ISSUE_SLA_WD);
    const t = parseIssueSlaConfig('LAND=10, PERMITS = 15,VISAS=3');
    expect(t).toEqual({ ...DEFAULT_ISSUE_SLA_WD, LAND: 10, PERMITS: 15, VISAS: 3 });
    expect(Object.isFrozen(t)).toBe(true);
    expect(parseIssueSlaConfig('OTHER=2', t)).toEqual({ ...t, OTHER: 2 });
  });

  it.each([
    ['LAND', 'not CATEGORY=workingDays'],
    ['LAND=ten', 'not CATEGORY=workingDays'],
    ['ROADS=5', 'unknown issue category'],
    ['LAND=5,LAND=6', 'given twice'],
    ['LAND=0', '1..250'],
    ['LAND=251', '1..250'],
  ])('refuses the configuration %s', (text, message) => {
    const e = errorOf(() => parseIssueSlaConfig(text));
    expect(e.code).toBe(DomainErrorCode.INVALID_INPUT);
    expect(e.details.field).toBe('issueSla');
    expect(e.message).toContain(message);
  });

  it('is breached only after the due date and only while unanswered', () => {
    expect(issueSlaBreached('2027-03-09', '2027-03-09', false)).toBe(false);
    expect(issueSlaBreached('2027-03-09', '2027-03-10', false)).toBe(true);
    expect(issueSlaBreached('2027-03-09', '2027-03-10', true)).toBe(false);
  });
});
