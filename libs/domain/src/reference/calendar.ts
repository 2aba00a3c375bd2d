/**
 * Working-day calendar of the Republic of Kazakhstan (rules.md §4.9; A-50).
 *
 * - Five-day week (пятидневная рабочая неделя): Saturday and Sunday are days off.
 * - Public holidays (праздничные дни) from the Law "On holidays in the RK" / Labour Code.
 * - A holiday that falls on a Saturday or Sunday moves the day off to the next working day
 *   (перенос выходного дня), except the religious holidays: 7 January (Orthodox Christmas,
 *   Православное Рождество) and the first day of Kurban Ait (Курбан айт).
 * - On top, yearly decreed transfers of days off (перенос дней отдыха: government decree /
 *   order of the Minister of Labour and Social Protection) as an override table.
 *
 * The Kurban Ait table decides which years are known: a date in any other year raises
 * DomainError UNKNOWN_REFERENCE (the calendar never guesses a lunar date).
 *
 * Dates are `YYYY-MM-DD` calendar dates in Asia/Almaty; nothing here reads the clock.
 */
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { IsoDate, assertInteger, dayNumberFromYmd, isoFromDayNumber, isoWeekdayOfDayNumber, toDayNumber, ymdFromDayNumber } from './iso-date';

export type { IsoDate } from './iso-date';
export { compareDates, daysBetween, isValidIsoDate, isoWeekday } from './iso-date';

export interface LocalizedName {
  kk: string;
  ru: string;
  en: string;
}

/** A holiday on a fixed day of the Gregorian year, valid for years [fromYear, toYear]. */
export interface FixedHolidayRule {
  id: string;
  month: number;
  day: number;
  /** True when a Saturday/Sunday occurrence moves the day off to the next working day. */
  movesOffWeekend: boolean;
  fromYear?: number;
  toYear?: number;
  name: LocalizedName;
}

/** A decreed transfer (перенос дня отдыха): the date becomes a working day or a day off. */
export interface DayTransfer {
  date: IsoDate;
  kind: 'WORKDAY' | 'DAY_OFF';
  legalAct: string;
}

export type NonWorkingReason = 'WEEKEND' | 'HOLIDAY' | 'HOLIDAY_SUBSTITUTE' | 'DECREED_DAY_OFF';

export interface NonWorkingDay {
  date: IsoDate;
  reason: NonWorkingReason;
  /** Holiday id (for HOLIDAY / HOLIDAY_SUBSTITUTE) or the legal act (for DECREED_DAY_OFF). */
  source?: string;
}

export interface WorkingDayCalendarData {
  fixedHolidays: readonly FixedHolidayRule[];
  /** First day of Kurban Ait by year; the keys are the calendar's known years. */
  kurbanAit: Readonly<Record<number, IsoDate>>;
  transfers: readonly DayTransfer[];
}

/**
 * Public holidays (Закон РК «О праздниках в Республике Казахстан»; Labour Code).
 * Constitution Day: 30 August up to 2025; the new Constitution adopted by the referendum of
 * 15 March 2026 makes 15 March Constitution Day. Per the Ministry of Labour (March 2026) 30 August
 * is no longer a holiday from 2026 and 15 March is observed from 2027, so 2026 has neither
 * (this differs from INFRA-NOTES, which say "15 Mar from 2026"; administrator to confirm).
 */
export const KZ_FIXED_HOLIDAYS: readonly FixedHolidayRule[] = [
  { id: 'NEW_YEAR_1', month: 1, day: 1, movesOffWeekend: true, name: { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' } },
  { id: 'NEW_YEAR_2', month: 1, day: 2, movesOffWeekend: true, name: { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' } },
  {
    id: 'ORTHODOX_CHRISTMAS',
    month: 1,
    day: 7,
    movesOffWeekend: false,
    name: { kk: 'Православиелік Рождество', ru: 'Православное Рождество', en: 'Orthodox Christmas' },
  },
  {
    id: 'WOMENS_DAY',
    month: 3,
    day: 8,
    movesOffWeekend: true,
    name: { kk: 'Халықаралық әйелдер күні', ru: 'Международный женский день', en: "International Women's Day" },
  },
  {
    id: 'CONSTITUTION_DAY_MARCH',
    month: 3,
    day: 15,
    movesOffWeekend: true,
    fromYear: 2027,
    name: { kk: 'Конституция күні', ru: 'День Конституции', en: 'Constitution Day' },
  },
  { id: 'NAURYZ_1', month: 3, day: 21, movesOffWeekend: true, name: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' } },
  { id: 'NAURYZ_2', month: 3, day: 22, movesOffWeekend: true, name: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' } },
  { id: 'NAURYZ_3', month: 3, day: 23, movesOffWeekend: true, name: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' } },
  {
    id: 'UNITY_DAY',
    month: 5,
    day: 1,
    movesOffWeekend: true,
    name: { kk: 'Қазақстан халқының бірлігі мерекесі', ru: 'Праздник единства народа Казахстана', en: 'Unity Day' },
  },
  {
    id: 'DEFENDER_DAY',
    month: 5,
    day: 7,
    movesOffWeekend: true,
    name: { kk: 'Отан қорғаушы күні', ru: 'День защитника Отечества', en: 'Defender of the Fatherland Day' },
  },
  { id: 'VICTORY_DAY', month: 5, day: 9, movesOffWeekend: true, name: { kk: 'Жеңіс күні', ru: 'День Победы', en: 'Victory Day' } },
  { id: 'CAPITAL_DAY', month: 7, day: 6, movesOffWeekend: true, name: { kk: 'Астана күні', ru: 'День столицы', en: 'Capital Day' } },
  {
    id: 'CONSTITUTION_DAY_AUGUST',
    month: 8,
    day: 30,
    movesOffWeekend: true,
    toYear: 2025,
    name: { kk: 'Конституция күні', ru: 'День Конституции', en: 'Constitution Day' },
  },
  {
    id: 'REPUBLIC_DAY',
    month: 10,
    day: 25,
    movesOffWeekend: true,
    fromYear: 2022,
    name: { kk: 'Республика күні', ru: 'День Республики', en: 'Republic Day' },
  },
  {
    id: 'INDEPENDENCE_DAY',
    month: 12,
    day: 16,
    movesOffWeekend: true,
    name: { kk: 'Тәуелсіздік күні', ru: 'День Независимости', en: 'Independence Day' },
  },
];

/**
 * First day of Kurban Ait (Құрбан айт), set yearly by the Ministry of Labour with the Spiritual
 * Administration of Muslims of Kazakhstan (ДУМК). 2023–2026: announced dates (2024: 16 June, a Sunday,
 * not 17 June as first announced). 2027–2030: astronomical projections, to be confirmed each year by
 * the administrator (the announced date may move by one day).
 */
export const KZ_KURBAN_AIT: Readonly<Record<number, IsoDate>> = {
  2023: '2023-06-28',
  2024: '2024-06-16',
  2025: '2025-06-06',
  2026: '2026-05-27',
  2027: '2027-05-16',
  2028: '2028-05-05',
  2029: '2029-04-24',
  2030: '2030-04-13',
};

/**
 * Decreed transfers of days off. ADMINISTRATOR-MAINTAINED and possibly incomplete: only transfers
 * confirmed from public announcements are listed; add each new act when it is published.
 */
export const KZ_DECREED_TRANSFERS: readonly DayTransfer[] = [
  { date: '2023-07-01', kind: 'WORKDAY', legalAct: 'Government decree of 2023 on the transfer of the day off from Sat 1 Jul to Fri 7 Jul 2023' },
  { date: '2023-07-07', kind: 'DAY_OFF', legalAct: 'Government decree of 2023 on the transfer of the day off from Sat 1 Jul to Fri 7 Jul 2023' },
  {
    date: '2024-05-04',
    kind: 'WORKDAY',
    legalAct: 'Order of the Minister of Labour and Social Protection "On the transfer of the day of rest in 2024" (Sat 4 May → Wed 8 May)',
  },
  {
    date: '2024-05-08',
    kind: 'DAY_OFF',
    legalAct: 'Order of the Minister of Labour and Social Protection "On the transfer of the day of rest in 2024" (Sat 4 May → Wed 8 May)',
  },
  { date: '2025-01-05', kind: 'WORKDAY', legalAct: 'Order of the Minister of Labour and Social Protection of November 2024 (Sun 5 Jan → Fri 3 Jan 2025)' },
  { date: '2025-01-03', kind: 'DAY_OFF', legalAct: 'Order of the Minister of Labour and Social Protection of November 2024 (Sun 5 Jan → Fri 3 Jan 2025)' },
];

function invalid(message: string, field: string, value?: unknown): DomainError {
  return new DomainError(DomainErrorCode.INVALID_INPUT, message, { field, value });
}

/** An immutable working-day calendar built from holiday rules, Kurban Ait dates and transfers. */
export class WorkingDayCalendar {
  readonly knownYears: readonly number[];
  private readonly kurbanAit: ReadonlyMap<number, number>;
  private readonly overrides: ReadonlyMap<number, DayTransfer>;
  private readonly yearCache = new Map<number, Map<number, NonWorkingDay>>();

  constructor(readonly data: WorkingDayCalendarData) {
    const ka = new Map<number, number>();
    for (const [key, date] of Object.entries(data.kurbanAit)) {
      const year = Number(key);
      const dn = toDayNumber(date, `kurbanAit.${key}`);
      if (ymdFromDayNumber(dn).year !== year) throw invalid('Kurban Ait date is not in its year', `kurbanAit.${key}`, date);
      ka.set(year, dn);
    }
    this.kurbanAit = ka;
    this.knownYears = [...ka.keys()].sort((a, b) => a - b);
    const ov = new Map<number, DayTransfer>();
    data.transfers.forEach((t, i) => {
      const dn = toDayNumber(t.date, `transfers[${i}].date`);
      if (t.kind !== 'WORKDAY' && t.kind !== 'DAY_OFF') throw invalid('kind must be WORKDAY or DAY_OFF', `transfers[${i}].kind`, t.kind);
      if (typeof t.legalAct !== 'string' || t.legalAct.trim() === '') {
        throw invalid('legalAct is required', `transfers[${i}].legalAct`, t.legalAct);
      }
      if (ov.has(dn)) throw invalid('duplicate transfer date', `transfers[${i}].date`, t.date);
      ov.set(dn, t);
    });
    this.overrides = ov;
  }

  /** A copy of this calendar with other decreed transfers (replacing the built-in ones). */
  withTransfers(transfers: readonly DayTransfer[]): WorkingDayCalendar {
    return new WorkingDayCalendar({ ...this.data, transfers });
  }

  /** A copy with extra decreed transfers on top of this calendar's. */
  withAdditionalTransfers(transfers: readonly DayTransfer[]): WorkingDayCalendar {
    return new WorkingDayCalendar({ ...this.data, transfers: [...this.data.transfers, ...transfers] });
  }

  isKnownYear(year: number): boolean {
    return this.kurbanAit.has(year);
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.isWorkingDayNumber(toDayNumber(date, 'date'));
  }

  /** Why the date is not a working day, or null when it is one. */
  nonWorkingReason(date: IsoDate): NonWorkingDay | null {
    const dn = toDayNumber(date, 'date');
    return this.reasonOf(dn);
  }

  /** Every non-working day of a known year, in date order (weekends included). */
  nonWorkingDaysOf(year: number): NonWorkingDay[] {
    assertInteger(year, 'year');
    this.requireYear(year, 'year');
    const out: NonWorkingDay[] = [];
    for (let dn = dayNumberFromYmd(year, 1, 1); dn <= dayNumberFromYmd(year, 12, 31); dn++) {
      const r = this.reasonOf(dn);
      if (r) out.push(r);
    }
    return out;
  }

  /** @internal day-number form used by the module functions. */
  isWorkingDayNumber(dn: number): boolean {
    return this.reasonOf(dn) === null;
  }

  private reasonOf(dn: number): NonWorkingDay | null {
    const year = ymdFromDayNumber(dn).year;
    const table = this.tableOf(year);
    const override = this.overrides.get(dn);
    if (override) {
      return override.kind === 'WORKDAY' ? null : { date: isoFromDayNumber(dn), reason: 'DECREED_DAY_OFF', source: override.legalAct };
    }
    const hit = table.get(dn);
    if (hit) return hit;
    return isoWeekdayOfDayNumber(dn) >= 6 ? { date: isoFromDayNumber(dn), reason: 'WEEKEND' } : null;
  }

  private requireYear(year: number, field: string): void {
    if (!this.kurbanAit.has(year)) {
      throw new DomainError(DomainErrorCode.UNKNOWN_REFERENCE, `working-day calendar has no data for ${year}`, {
        field,
        year,
        knownYears: this.knownYears,
      });
    }
  }

  /** Holidays and weekend substitutes of one year, keyed by day number. */
  private tableOf(year: number): Map<number, NonWorkingDay> {
    const cached = this.yearCache.get(year);
    if (cached) return cached;
    this.requireYear(year, 'date');
    const holidays: Array<{ dn: number; id: string; moves: boolean }> = [];
    for (const h of this.data.fixedHolidays) {
      if ((h.fromYear !== undefined && year < h.fromYear) || (h.toYear !== undefined && year > h.toYear)) continue;
      holidays.push({ dn: dayNumberFromYmd(year, h.month, h.day), id: h.id, moves: h.movesOffWeekend });
    }
    holidays.push({ dn: this.kurbanAit.get(year) as number, id: 'KURBAN_AIT', moves: false });
    holidays.sort((a, b) => a.dn - b.dn);
    const table = new Map<number, NonWorkingDay>();
    for (const h of holidays) table.set(h.dn, { date: isoFromDayNumber(h.dn), reason: 'HOLIDAY', source: h.id });
    // Weekend substitution: each holiday on Sat/Sun gives the next day that is a weekday and
    // neither a holiday nor an earlier substitute (Labour Code; e.g. Nauryz 21–23 March).
    for (const h of holidays) {
      if (!h.moves || isoWeekdayOfDayNumber(h.dn) < 6) continue;
      let d = h.dn + 1;
      while (isoWeekdayOfDayNumber(d) >= 6 || table.has(d)) d++;
      table.set(d, { date: isoFromDayNumber(d), reason: 'HOLIDAY_SUBSTITUTE', source: h.id });
    }
    this.yearCache.set(year, table);
    return table;
  }
}

/** The built-in calendar: public holidays, Kurban Ait 2023–2030 and the known decreed transfers. */
export const defaultCalendar = new WorkingDayCalendar({
  fixedHolidays: KZ_FIXED_HOLIDAYS,
  kurbanAit: KZ_KURBAN_AIT,
  transfers: KZ_DECREED_TRANSFERS,
});

/** rules.md §4.9: Monday–Friday, not a public holiday, substitute day off or decreed day off. */
export function isWorkingDay(date: IsoDate, calendar: WorkingDayCalendar = defaultCalendar): boolean {
  return calendar.isWorkingDay(date);
}

/**
 * rules.md §4.9; A-50: the event day is day 0; returns the date of the n-th working day after it
 * (the period ends at the end of that day). n = 0 returns the date itself, even a non-working one.
 */
export function addWorkingDays(date: IsoDate, n: number, calendar: WorkingDayCalendar = defaultCalendar): IsoDate {
  let dn = toDayNumber(date, 'date');
  assertInteger(n, 'n', { min: 0 });
  let left = n;
  while (left > 0) {
    dn++;
    if (calendar.isWorkingDayNumber(dn)) left--;
  }
  return isoFromDayNumber(dn);
}

/**
 * rules.md §4.9: calendar-day periods; day 0 = start day, the deadline is day n.
 * n may be negative (e.g. reminders "7 CD before"). The calendar argument exists for signature
 * symmetry with the working-day functions and is not consulted: calendar days ignore holidays.
 */
export function addCalendarDays(date: IsoDate, n: number, _calendar?: WorkingDayCalendar): IsoDate {
  const dn = toDayNumber(date, 'date');
  assertInteger(n, 'n');
  return isoFromDayNumber(dn + n);
}

/**
 * Number of working days d with from < d ≤ to (so addWorkingDays(from, k) = to gives k);
 * negative when `to` is before `from`.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingDayCalendar = defaultCalendar): number {
  const a = toDayNumber(from, 'from');
  const b = toDayNumber(to, 'to');
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  let count = 0;
  for (let d = lo + 1; d <= hi; d++) if (calendar.isWorkingDayNumber(d)) count++;
  return b >= a ? count : -count;
}

/** The date itself when it is a working day, otherwise the next working day. */
export function onOrNextWorkingDay(date: IsoDate, calendar: WorkingDayCalendar = defaultCalendar): IsoDate {
  let dn = toDayNumber(date, 'date');
  while (!calendar.isWorkingDayNumber(dn)) dn++;
  return isoFromDayNumber(dn);
}
