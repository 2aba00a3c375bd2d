import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { isoWeekday } from '../reference/iso-date';
import { annualRegionalProgrammeDueDate, reportDueDates } from './report-due-dates';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('reportDueDates (rules.md §4.8; 000 §67–68; A-31)', () => {
  // Catalogue table: period → 15th (weekday) / 20th (weekday); ISO weekday 1 = Mon … 7 = Sun
  const table: Array<[1 | 2 | 3 | 4, string, number, string, number]> = [
    [1, '2025-04-15', 2, '2025-04-20', 7],
    [2, '2025-07-15', 2, '2025-07-20', 7],
    [3, '2025-10-15', 3, '2025-10-20', 1],
    [4, '2026-01-15', 4, '2026-01-20', 2],
  ];
  it.each(table)('Q%s 2025 → %s / %s', (quarter, d15, wd15, d20, wd20) => {
    const r = reportDueDates({ year: 2025, quarter });
    expect(r.regionalToNationalCompany).toBe(d15);
    expect(r.externalToAuthorizedBody).toBe(d15);
    expect(r.countryProgrammeUpdate).toBe(d15);
    expect(r.regionalPoolUpdate).toBe(d15);
    expect(r.regionalActivityInformation).toBe(d15);
    expect(r.consolidatedToAuthorizedBody).toBe(d20);
    expect(isoWeekday(d15)).toBe(wd15);
    expect(isoWeekday(d20)).toBe(wd20);
  });

  it('Q4 falls in January of the next year; annual programme by 15 January', () => {
    expect(reportDueDates({ year: 2024, quarter: 4 })).toMatchObject({
      regionalToNationalCompany: '2025-01-15',
      consolidatedToAuthorizedBody: '2025-01-20',
    });
    expect(annualRegionalProgrammeDueDate(2025)).toBe('2026-01-15');
  });

  it('nominal date by default; shiftToNextWorkingDay moves Sunday 20 April 2025 to Monday 21 April', () => {
    expect(reportDueDates({ year: 2025, quarter: 1 }, { shiftToNextWorkingDay: false }).consolidatedToAuthorizedBody).toBe('2025-04-20');
    const shifted = reportDueDates({ year: 2025, quarter: 1 }, { shiftToNextWorkingDay: true });
    expect(shifted.consolidatedToAuthorizedBody).toBe('2025-04-21');
    expect(shifted.regionalToNationalCompany).toBe('2025-04-15'); // already a working day
    expect(reportDueDates({ year: 2025, quarter: 2 }, { shiftToNextWorkingDay: true }).consolidatedToAuthorizedBody).toBe('2025-07-21');
    // 15 Jan 2028 is a Saturday → Monday 17 Jan 2028
    expect(annualRegionalProgrammeDueDate(2027, { shiftToNextWorkingDay: true })).toBe('2028-01-17');
  });

  it('rejects bad input', () => {
    const e = errorOf(() => reportDueDates({ year: 2025, quarter: 5 as 4 }));
    expect([e.code, e.details.field]).toEqual([DomainErrorCode.INVALID_INPUT, 'quarter']);
    expect(errorOf(() => reportDueDates({ year: 2025.5, quarter: 1 })).details.field).toBe('year');
    expect(errorOf(() => reportDueDates({ year: 9999, quarter: 1 })).details.field).toBe('year');
    expect(errorOf(() => annualRegionalProgrammeDueDate(0)).details.field).toBe('year');
    expect(errorOf(() => reportDueDates({ year: 2035, quarter: 1 }, { shiftToNextWorkingDay: true })).code).toBe(DomainErrorCode.UNKNOWN_REFERENCE);
  });
});
