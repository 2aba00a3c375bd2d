import fc from 'fast-check';
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import {
  addYearsClamped,
  assertInteger,
  compareDates,
  dayNumberFromYmd,
  daysBetween,
  daysInMonth,
  isLeapYear,
  isValidIsoDate,
  isoFromDayNumber,
  isoWeekday,
  parseIsoDate,
  toDayNumber,
  ymdFromDayNumber,
} from './iso-date';

function codeOf(fn: () => unknown): { code: DomainErrorCode; field: unknown } {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, field: e.details.field };
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('iso-date', () => {
  it('validates YYYY-MM-DD strings', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true); // 2024 is a leap year
    expect(isValidIsoDate('2025-02-29')).toBe(false);
    expect(isValidIsoDate('1900-02-29')).toBe(false); // divisible by 100, not by 400
    expect(isValidIsoDate('2000-02-29')).toBe(true); // divisible by 400
    expect(isValidIsoDate('2025-04-31')).toBe(false);
    expect(isValidIsoDate('2025-12-31')).toBe(true);
    expect(isValidIsoDate('2025-13-01')).toBe(false);
    expect(isValidIsoDate('2025-00-10')).toBe(false);
    expect(isValidIsoDate('2025-01-00')).toBe(false);
    expect(isValidIsoDate('0000-01-01')).toBe(false);
    expect(isValidIsoDate('2025-1-01')).toBe(false);
    expect(isValidIsoDate('2025-01-01T00:00:00Z')).toBe(false);
    expect(isValidIsoDate(' 2025-01-01')).toBe(false);
    expect(isValidIsoDate(20250101)).toBe(false);
    expect(isValidIsoDate(null)).toBe(false);
  });

  it('knows leap years and month lengths', () => {
    expect([2023, 2024, 2100, 2400].map(isLeapYear)).toEqual([false, true, false, true]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });

  it('converts to day numbers (days since 1970-01-01)', () => {
    expect(dayNumberFromYmd(1970, 1, 1)).toBe(0);
    expect(dayNumberFromYmd(1969, 12, 31)).toBe(-1);
    // 2000-03-01: 30 years incl. 7 leap days (72,76,...,96) = 10957 days to 2000-01-01, + 31 + 29 = 11017
    expect(dayNumberFromYmd(2000, 3, 1)).toBe(11017);
    expect(ymdFromDayNumber(11017)).toEqual({ year: 2000, month: 3, day: 1 });
    expect(isoFromDayNumber(-1)).toBe('1969-12-31');
    expect(toDayNumber('1970-01-02')).toBe(1);
  });

  it('agrees with Date.UTC midnight for any date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 2_900_000 }), (n) => {
        const iso = isoFromDayNumber(n);
        expect(isValidIsoDate(iso)).toBe(true);
        const ms = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
        expect(ms / 86_400_000).toBe(n);
        expect(toDayNumber(iso)).toBe(n);
        // ISO weekday vs JS getUTCDay (0 = Sunday)
        expect(isoWeekday(iso) % 7).toBe(new Date(ms).getUTCDay());
      }),
    );
  });

  it('weekdays', () => {
    expect(isoWeekday('2025-01-01')).toBe(3); // Wednesday
    expect(isoWeekday('2025-01-05')).toBe(7); // Sunday
    expect(isoWeekday('2025-01-06')).toBe(1); // Monday
  });

  it('compares dates and counts calendar days', () => {
    expect(compareDates('2025-01-01', '2025-01-02')).toBe(-1);
    expect(compareDates('2025-01-02', '2025-01-01')).toBe(1);
    expect(compareDates('2025-01-02', '2025-01-02')).toBe(0);
    expect(daysBetween('2025-06-10', '2025-06-20')).toBe(10);
    expect(daysBetween('2025-06-10', '2025-06-09')).toBe(-1);
    expect(daysBetween('2024-12-31', '2025-12-31')).toBe(365);
    expect(daysBetween('2023-12-31', '2024-12-31')).toBe(366);
  });

  it('adds years with the end-of-month rule', () => {
    expect(addYearsClamped('2024-02-29', 3)).toBe('2027-02-28');
    expect(addYearsClamped('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYearsClamped('2025-03-15', 3)).toBe('2028-03-15');
    expect(codeOf(() => addYearsClamped('9999-01-01', 1))).toEqual({ code: DomainErrorCode.INVALID_INPUT, field: 'years' });
    expect(codeOf(() => addYearsClamped('2025-01-01', 1.5))).toEqual({ code: DomainErrorCode.INVALID_INPUT, field: 'years' });
  });

  it('rejects bad input with INVALID_INPUT and the field name', () => {
    expect(codeOf(() => parseIsoDate('2025-02-30', 'dueDate'))).toEqual({ code: DomainErrorCode.INVALID_INPUT, field: 'dueDate' });
    expect(codeOf(() => compareDates('x', '2025-01-01'))).toEqual({ code: DomainErrorCode.INVALID_INPUT, field: 'a' });
    expect(codeOf(() => compareDates('2025-01-01', 'y'))).toEqual({ code: DomainErrorCode.INVALID_INPUT, field: 'b' });
    expect(codeOf(() => daysBetween('2025-01-01', ''))).toEqual({ code: DomainErrorCode.INVALID_INPUT, field: 'to' });
    expect(codeOf(() => assertInteger(Number.NaN, 'n'))).toEqual({ code: DomainErrorCode.INVALID_INPUT, field: 'n' });
    expect(codeOf(() => assertInteger(-1, 'n', { min: 0 }))).toEqual({ code: DomainErrorCode.INVALID_INPUT, field: 'n' });
    expect(codeOf(() => assertInteger('1', 'n'))).toEqual({ code: DomainErrorCode.INVALID_INPUT, field: 'n' });
    expect(() => assertInteger(0, 'n', { min: 0 })).not.toThrow();
  });
});
