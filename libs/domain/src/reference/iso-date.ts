/**
 * Calendar-date primitives for `YYYY-MM-DD` strings (calendar dates in Asia/Almaty).
 *
 * Internally a date is its day number: days since 1970-01-01, i.e. the UTC-midnight
 * timestamp divided by 86 400 000. The conversion is pure integer arithmetic
 * (proleptic Gregorian calendar); nothing here reads the clock or uses a time zone.
 */
import { DomainError, DomainErrorCode } from '../errors/domain-error';

/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real calendar date written exactly as `YYYY-MM-DD` (year 0001–9999). */
export function isValidIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil). */
export function dayNumberFromYmd(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Inverse of {@link dayNumberFromYmd} (civil_from_days). */
export function ymdFromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatYmd(y: number, m: number, d: number): IsoDate {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function isoFromDayNumber(n: number): IsoDate {
  const { year, month, day } = ymdFromDayNumber(n);
  return formatYmd(year, month, day);
}

/** Throws INVALID_INPUT (details.field = `field`) unless `s` is a valid `YYYY-MM-DD` date. */
export function assertIsoDate(s: unknown, field: string): asserts s is IsoDate {
  if (!isValidIsoDate(s)) {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, `${field} must be a calendar date YYYY-MM-DD`, {
      field,
      value: s,
    });
  }
}

export function parseIsoDate(s: unknown, field = 'date'): Ymd {
  assertIsoDate(s, field);
  return { year: Number(s.slice(0, 4)), month: Number(s.slice(5, 7)), day: Number(s.slice(8, 10)) };
}

/** Day number of a validated date string. */
export function toDayNumber(s: unknown, field = 'date'): number {
  const { year, month, day } = parseIsoDate(s, field);
  return dayNumberFromYmd(year, month, day);
}

/** -1, 0 or 1 as `a` is before, equal to or after `b`. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const x = toDayNumber(a, 'a');
  const y = toDayNumber(b, 'b');
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to, 'to') - toDayNumber(from, 'from');
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  return isoWeekdayOfDayNumber(toDayNumber(date));
}

export function isoWeekdayOfDayNumber(n: number): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function assertInteger(n: unknown, field: string, opts: { min?: number } = {}): asserts n is number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || (opts.min !== undefined && n < opts.min)) {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, `${field} must be a safe integer${opts.min !== undefined ? ` >= ${opts.min}` : ''}`, {
      field,
      value: n,
    });
  }
}

/**
 * The same day and month `years` later; a day that does not exist in the target month
 * (29 February in a common year) becomes the last day of that month (rules.md §4.7).
 */
export function addYearsClamped(date: IsoDate, years: number, field = 'date'): IsoDate {
  const { year, month, day } = parseIsoDate(date, field);
  assertInteger(years, 'years');
  const y = year + years;
  if (y < 1 || y > 9999) {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'resulting year out of range', { field: 'years', value: years });
  }
  return formatYmd(y, month, Math.min(day, daysInMonth(y, month)));
}
