import fc from 'fast-check';
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import {
  KZ_FIXED_HOLIDAYS,
  KZ_KURBAN_AIT,
  WorkingDayCalendar,
  addCalendarDays,
  addWorkingDays,
  defaultCalendar,
  isWorkingDay,
  onOrNextWorkingDay,
  workingDaysBetween,
} from './calendar';
import { dayNumberFromYmd, isoFromDayNumber } from './iso-date';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

const working = (dates: string[]) => dates.map((d) => isWorkingDay(d));

describe('working-day calendar (rules.md §4.9)', () => {
  describe('isWorkingDay', () => {
    it('five-day week', () => {
      // 2025-06-09 Mon … 2025-06-15 Sun, no holidays that week
      expect(working(['2025-06-09', '2025-06-10', '2025-06-11', '2025-06-12', '2025-06-13', '2025-06-14', '2025-06-15'])).toEqual([
        true,
        true,
        true,
        true,
        true,
        false,
        false,
      ]);
    });

    it('New Year 2025 with the decreed transfer Sun 5 Jan → Fri 3 Jan', () => {
      // 1 Wed, 2 Thu holidays; 3 Fri decreed day off; 4 Sat; 5 Sun decreed working day; 6 Mon; 7 Tue Christmas; 8 Wed
      expect(working(['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04', '2025-01-05', '2025-01-06', '2025-01-07', '2025-01-08'])).toEqual([
        false,
        false,
        false,
        false,
        true,
        true,
        false,
        true,
      ]);
      expect(defaultCalendar.nonWorkingReason('2025-01-03')?.reason).toBe('DECREED_DAY_OFF');
      expect(defaultCalendar.nonWorkingReason('2025-01-05')).toBeNull();
    });

    it('Nauryz 2025 (21 Fri, 22 Sat, 23 Sun): two substitute days Mon 24 and Tue 25 March', () => {
      expect(working(['2025-03-20', '2025-03-21', '2025-03-22', '2025-03-23', '2025-03-24', '2025-03-25', '2025-03-26'])).toEqual([
        true,
        false,
        false,
        false,
        false,
        false,
        true,
      ]);
      expect(defaultCalendar.nonWorkingReason('2025-03-24')).toEqual({
        date: '2025-03-24',
        reason: 'HOLIDAY_SUBSTITUTE',
        source: 'NAURYZ_2',
      });
    });

    it('Nauryz 2026 (21 Sat, 22 Sun, 23 Mon): substitutes skip the Monday holiday → Tue 24, Wed 25', () => {
      expect(working(['2026-03-20', '2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26'])).toEqual([true, false, false, false, true]);
    });

    it('Nauryz 2024 (21 Thu, 22 Fri, 23 Sat): substitute Mon 25 March', () => {
      expect(working(['2024-03-21', '2024-03-22', '2024-03-25', '2024-03-26'])).toEqual([false, false, false, true]);
    });

    it('holidays on a weekend move the day off to the next working day', () => {
      // 2025: 8 Mar Sat → Mon 10 Mar; 6 Jul Sun → Mon 7 Jul; 30 Aug Sat → Mon 1 Sep; 25 Oct Sat → Mon 27 Oct
      expect(working(['2025-03-10', '2025-07-07', '2025-09-01', '2025-10-27'])).toEqual([false, false, false, false]);
      expect(working(['2025-03-11', '2025-07-08', '2025-09-02', '2025-10-28'])).toEqual([true, true, true, true]);
      // 2023: 1 Jan Sun; 2 Jan Mon is itself a holiday → substitute Tue 3 Jan
      expect(working(['2023-01-02', '2023-01-03', '2023-01-04'])).toEqual([false, false, true]);
      // 2027: 2 Jan Sat → Mon 4 Jan; 9 May Sun → Mon 10 May
      expect(working(['2027-01-04', '2027-05-10', '2027-05-11'])).toEqual([false, false, true]);
    });

    it('7 January on a weekend is not moved', () => {
      // 2023-01-07 is a Saturday: Monday 9 January 2023 is a working day
      expect(isWorkingDay('2023-01-09')).toBe(true);
      expect(defaultCalendar.nonWorkingReason('2023-01-07')).toEqual({ date: '2023-01-07', reason: 'HOLIDAY', source: 'ORTHODOX_CHRISTMAS' });
    });

    it('Kurban Ait day 1 is a day off and is not moved from a weekend', () => {
      expect(isWorkingDay('2025-06-06')).toBe(false); // Friday
      expect(isWorkingDay('2023-06-28')).toBe(false); // Wednesday
      expect(isWorkingDay('2026-05-27')).toBe(false); // Wednesday
      expect(isWorkingDay('2026-05-28')).toBe(true); // only day 1 is a day off
      // 2024-06-16 was a Sunday: Monday 17 June 2024 stayed a working day
      expect(defaultCalendar.nonWorkingReason('2024-06-16')?.source).toBe('KURBAN_AIT');
      expect(isWorkingDay('2024-06-17')).toBe(true);
      // 2030-04-13 (projection) is a Saturday: Monday 15 April 2030 is a working day
      expect(isWorkingDay('2030-04-15')).toBe(true);
    });

    it('decreed transfers of 2023 (1 Jul → 7 Jul) and 2024 (4 May → 8 May)', () => {
      expect(working(['2023-07-01', '2023-07-06', '2023-07-07'])).toEqual([true, false, false]);
      expect(working(['2024-05-04', '2024-05-07', '2024-05-08', '2024-05-09', '2024-05-10'])).toEqual([true, false, false, false, true]);
    });

    it('Constitution Day: 30 Aug until 2025, none in 2026, 15 Mar from 2027', () => {
      expect(isWorkingDay('2024-08-30')).toBe(false); // Friday
      expect(isWorkingDay('2026-08-31')).toBe(true); // 30 Aug 2026 is a Sunday and no longer a holiday
      expect(isWorkingDay('2026-03-16')).toBe(true); // 15 Mar 2026 Sunday: not yet a holiday
      expect(isWorkingDay('2027-03-15')).toBe(false); // Monday
      expect(isWorkingDay('2028-03-15')).toBe(false); // Wednesday
    });

    it('Republic Day and Independence Day', () => {
      expect(isWorkingDay('2024-10-25')).toBe(false); // Friday
      expect(isWorkingDay('2025-12-16')).toBe(false); // Tuesday
      expect(isWorkingDay('2025-12-17')).toBe(true); // 17 Dec is no longer a holiday
    });

    it('counts the non-working days of 2025', () => {
      // 2025 starts on Wednesday: 52 Saturdays + 52 Sundays = 104.
      // Holidays on weekdays: 1, 2, 7 Jan; 21 Mar; 1, 7, 9 May; 6 Jun (Kurban Ait); 16 Dec = 9.
      // Holidays on weekends → substitutes: 10 Mar, 24 Mar, 25 Mar, 7 Jul, 1 Sep, 27 Oct = 6.
      // Decreed: +1 (3 Jan off) −1 (5 Jan working). Total 104 + 9 + 6 = 119.
      const days = defaultCalendar.nonWorkingDaysOf(2025);
      expect(days).toHaveLength(119);
      expect(days.filter((d) => d.reason === 'HOLIDAY_SUBSTITUTE').map((d) => d.date)).toEqual([
        '2025-03-10',
        '2025-03-24',
        '2025-03-25',
        '2025-07-07',
        '2025-09-01',
        '2025-10-27',
      ]);
      // 365 − 119 = 246 working days; workingDaysBetween counts (31 Dec 2024, 31 Dec 2025]
      expect(workingDaysBetween('2024-12-31', '2025-12-31')).toBe(246);
    });

    it('unknown years raise UNKNOWN_REFERENCE (Kurban Ait is not guessed)', () => {
      const e = errorOf(() => isWorkingDay('2031-01-06'));
      expect(e.code).toBe(DomainErrorCode.UNKNOWN_REFERENCE);
      expect(e.details).toMatchObject({ field: 'date', year: 2031 });
      expect(errorOf(() => isWorkingDay('2022-06-01')).code).toBe(DomainErrorCode.UNKNOWN_REFERENCE);
      expect(errorOf(() => defaultCalendar.nonWorkingDaysOf(2031)).details.field).toBe('year');
      expect(defaultCalendar.knownYears).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
      expect(defaultCalendar.isKnownYear(2030)).toBe(true);
      expect(defaultCalendar.isKnownYear(2031)).toBe(false);
    });

    it('rejects invalid dates', () => {
      const e = errorOf(() => isWorkingDay('2025-02-29'));
      expect(e.code).toBe(DomainErrorCode.INVALID_INPUT);
      expect(e.details.field).toBe('date');
      expect(errorOf(() => defaultCalendar.nonWorkingDaysOf(2025.5)).details.field).toBe('year');
    });
  });

  describe('addWorkingDays', () => {
    it('rules.md §4.9 example: 5 WD after Wed 2025-10-08 is Wed 2025-10-15', () => {
      expect(addWorkingDays('2025-10-08', 5)).toBe('2025-10-15');
    });

    it('n = 0 returns the date itself, even a non-working one', () => {
      expect(addWorkingDays('2025-10-08', 0)).toBe('2025-10-08');
      expect(addWorkingDays('2025-03-22', 0)).toBe('2025-03-22');
    });

    it('n = 1 from a Friday is the next Monday', () => {
      expect(addWorkingDays('2025-10-10', 1)).toBe('2025-10-13');
    });

    it('crosses the year end and the decreed transfer of January 2025', () => {
      // Fri 27 Dec 2024 → Mon 30 (1), Tue 31 (2), [1, 2 Jan holidays, 3 Jan decreed off, 4 Sat], Sun 5 Jan working (3),
      // Mon 6 (4), [Tue 7 Christmas], Wed 8 (5)
      expect(addWorkingDays('2024-12-27', 3)).toBe('2025-01-05');
      expect(addWorkingDays('2024-12-27', 4)).toBe('2025-01-06');
      expect(addWorkingDays('2024-12-27', 5)).toBe('2025-01-08');
    });

    it('crosses Nauryz 2025', () => {
      // Thu 20 Mar → [21–25 off] Wed 26 (1), Thu 27 (2), Fri 28 (3)
      expect(addWorkingDays('2025-03-20', 3)).toBe('2025-03-28');
    });

    it('T11/T10 style 5 WD across Kurban Ait 2025', () => {
      // Wed 4 Jun → Thu 5 (1), [Fri 6 Kurban Ait], Mon 9 (2), Tue 10 (3), Wed 11 (4), Thu 12 (5)
      expect(addWorkingDays('2025-06-04', 5)).toBe('2025-06-12');
    });

    it('raises UNKNOWN_REFERENCE when the count runs past the known years', () => {
      // Fri 27 Dec 2030 → Mon 30 (1), Tue 31 (2), then 2031 is unknown
      expect(addWorkingDays('2030-12-27', 2)).toBe('2030-12-31');
      expect(errorOf(() => addWorkingDays('2030-12-27', 3)).code).toBe(DomainErrorCode.UNKNOWN_REFERENCE);
    });

    it('rejects bad n and bad dates', () => {
      for (const n of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
        const e = errorOf(() => addWorkingDays('2025-01-01', n));
        expect(e.code).toBe(DomainErrorCode.INVALID_INPUT);
        expect(e.details.field).toBe('n');
      }
      expect(errorOf(() => addWorkingDays('2025/01/01', 1)).details.field).toBe('date');
    });
  });

  describe('addCalendarDays', () => {
    it('rules.md §4.9 example: 30 CD from 2025-01-10 is 2025-02-09; +30 more is 2025-03-11', () => {
      expect(addCalendarDays('2025-01-10', 30)).toBe('2025-02-09');
      expect(addCalendarDays('2025-02-09', 30)).toBe('2025-03-11');
    });

    it('leap years, year ends, n = 0 and negative n, ignores unknown calendar years', () => {
      expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
      expect(addCalendarDays('2025-02-28', 1)).toBe('2025-03-01');
      expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
      expect(addCalendarDays('2025-03-08', 0)).toBe('2025-03-08');
      expect(addCalendarDays('2025-01-10', -10)).toBe('2024-12-31');
      expect(addCalendarDays('2040-01-01', 1, defaultCalendar)).toBe('2040-01-02');
    });

    it('rejects bad input', () => {
      expect(errorOf(() => addCalendarDays('2025-01-10', 0.5)).details.field).toBe('n');
      expect(errorOf(() => addCalendarDays('10.01.2025', 1)).details.field).toBe('date');
    });
  });

  describe('workingDaysBetween and onOrNextWorkingDay', () => {
    it('counts working days in (from, to]', () => {
      expect(workingDaysBetween('2025-10-08', '2025-10-15')).toBe(5);
      expect(workingDaysBetween('2025-10-08', '2025-10-08')).toBe(0);
      expect(workingDaysBetween('2025-10-15', '2025-10-08')).toBe(-5);
      expect(workingDaysBetween('2025-03-20', '2025-03-25')).toBe(0); // 21–25 March 2025 are all days off
      expect(errorOf(() => workingDaysBetween('2025-10-08', 'x')).details.field).toBe('to');
      expect(errorOf(() => workingDaysBetween('x', '2025-10-08')).details.field).toBe('from');
    });

    it('onOrNextWorkingDay', () => {
      expect(onOrNextWorkingDay('2025-04-20')).toBe('2025-04-21'); // Sunday → Monday
      expect(onOrNextWorkingDay('2025-04-15')).toBe('2025-04-15');
      expect(onOrNextWorkingDay('2025-03-21')).toBe('2025-03-26');
    });
  });

  describe('custom calendars and the override table', () => {
    it('withTransfers replaces the decreed transfers', () => {
      const plain = defaultCalendar.withTransfers([]);
      expect(plain.isWorkingDay('2025-01-03')).toBe(true); // an ordinary Friday without the order
      expect(plain.isWorkingDay('2025-01-05')).toBe(false); // an ordinary Sunday
      expect(addWorkingDays('2024-12-27', 3, plain)).toBe('2025-01-03');
      expect(defaultCalendar.isWorkingDay('2025-01-03')).toBe(false); // the default calendar is unchanged
    });

    it('withAdditionalTransfers adds a transfer on top', () => {
      const cal = defaultCalendar.withAdditionalTransfers([
        { date: '2026-01-09', kind: 'DAY_OFF', legalAct: 'test act' },
        { date: '2026-01-10', kind: 'WORKDAY', legalAct: 'test act' },
      ]);
      expect(isWorkingDay('2026-01-09', cal)).toBe(false);
      expect(isWorkingDay('2026-01-10', cal)).toBe(true);
      expect(isWorkingDay('2025-01-03', cal)).toBe(false); // built-in transfer kept
      expect(cal.nonWorkingReason('2026-01-09')).toEqual({ date: '2026-01-09', reason: 'DECREED_DAY_OFF', source: 'test act' });
    });

    it('validates the override table and the Kurban Ait table', () => {
      const base = { fixedHolidays: KZ_FIXED_HOLIDAYS, kurbanAit: KZ_KURBAN_AIT };
      const bad = (data: object) => errorOf(() => new WorkingDayCalendar({ ...base, transfers: [], ...data }));
      expect(bad({ transfers: [{ date: '2025-02-30', kind: 'WORKDAY', legalAct: 'x' }] }).details.field).toBe('transfers[0].date');
      expect(bad({ transfers: [{ date: '2025-02-03', kind: 'HOLIDAY', legalAct: 'x' }] }).details.field).toBe('transfers[0].kind');
      expect(bad({ transfers: [{ date: '2025-02-03', kind: 'DAY_OFF', legalAct: ' ' }] }).details.field).toBe('transfers[0].legalAct');
      expect(
        bad({
          transfers: [
            { date: '2025-02-03', kind: 'DAY_OFF', legalAct: 'a' },
            { date: '2025-02-03', kind: 'WORKDAY', legalAct: 'b' },
          ],
        }).details.field,
      ).toBe('transfers[1].date');
      expect(bad({ kurbanAit: { 2031: '2030-03-02' } }).details.field).toBe('kurbanAit.2031');
      expect(bad({ kurbanAit: { 2031: 'soon' } }).details.field).toBe('kurbanAit.2031');
    });

    it('a calendar knows only the years of its Kurban Ait table', () => {
      const cal = new WorkingDayCalendar({ fixedHolidays: [], kurbanAit: { 2031: '2031-04-02' }, transfers: [] });
      expect(cal.isWorkingDay('2031-04-02')).toBe(false); // Wednesday, Kurban Ait
      expect(cal.isWorkingDay('2031-01-01')).toBe(true); // no fixed holidays in this calendar
      expect(errorOf(() => cal.isWorkingDay('2030-01-02')).code).toBe(DomainErrorCode.UNKNOWN_REFERENCE);
    });
  });

  describe('properties (fast-check)', () => {
    const from = dayNumberFromYmd(2023, 1, 1);
    const to = dayNumberFromYmd(2029, 6, 30); // + 260 WD (about 370 CD) stays inside 2030
    const dateArb = fc.integer({ min: from, max: to }).map(isoFromDayNumber);
    const nArb = fc.integer({ min: 1, max: 260 });

    it('adding n ≥ 1 working days lands on a working day', () => {
      fc.assert(fc.property(dateArb, nArb, (d, n) => isWorkingDay(addWorkingDays(d, n))));
    });

    it('is strictly monotone in n', () => {
      fc.assert(fc.property(dateArb, fc.integer({ min: 0, max: 259 }), (d, n) => addWorkingDays(d, n + 1) > addWorkingDays(d, n)));
    });

    it('workingDaysBetween(d, addWorkingDays(d, n)) = n', () => {
      fc.assert(fc.property(dateArb, fc.integer({ min: 0, max: 260 }), (d, n) => workingDaysBetween(d, addWorkingDays(d, n)) === n));
    });

    it('addCalendarDays is additive', () => {
      fc.assert(
        fc.property(
          dateArb,
          fc.integer({ min: -400, max: 400 }),
          fc.integer({ min: -400, max: 400 }),
          (d, a, b) => addCalendarDays(addCalendarDays(d, a), b) === addCalendarDays(d, a + b),
        ),
      );
    });
  });
});
