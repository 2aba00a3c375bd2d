/**
 * KPI collection plan of the post-investment period (rules.md §2.3, §10.3; 000 §61–63, App2 §4–5; ).
 * During the period the investor reports its figures (jobs created, capital actually spent, output) so that
 * AB can judge whether the obligations are fulfilled (000 §63) and run the final analysis (000 §62).
 * Inferred plan: one report per calendar quarter (App2 §4 "at least quarterly"; or per calendar year), the
 * first and last periods cut to the monitoring period; due by the 15th of the month after the calendar
 * period, nominal date kept; a reminder N calendar days before the due date (default 7).
 * The monitoring period runs from `startsOn` to the day before `exclusionRunsOn` (rules.md §4.7).
 */
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { addCalendarDays } from '../reference/calendar';
import { IsoDate, assertInteger, compareDates, formatYmd, parseIsoDate } from '../reference/iso-date';

export const M3_KPI_FREQUENCIES = ['QUARTERLY', 'ANNUAL'] as const;
export type M3KpiFrequency = (typeof M3_KPI_FREQUENCIES)[number];

/** The figures of one report. */
export const M3_KPI_INDICATORS = ['jobsCreated', 'capitalSpentKzt', 'outputKzt'] as const;

export interface KpiPlanInput {
  /** First day of the monitoring period (Module 3 entry). */
  startsOn: IsoDate;
  /** The day the period is over (the 3-year anniversary, or the day after the contract's last day). */
  exclusionRunsOn: IsoDate;
}

export interface KpiPlanOptions {
  frequency?: M3KpiFrequency;
  /** Day of the month after the calendar period by which the report is due (A-30: 15). */
  dueDay?: number;
  /** Calendar days before the due date on which the investor is reminded (default 7). */
  reminderDaysBefore?: number;
}

export interface KpiPlanPeriod {
  periodNo: number;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  dueOn: IsoDate;
  remindOn: IsoDate;
}

/** At most this many periods (a 50-year contract reported quarterly). */
const MAX_PERIODS = 200;

function optionsOf(o: KpiPlanOptions): Required<KpiPlanOptions> {
  const frequency = o.frequency ?? 'QUARTERLY';
  if (!(M3_KPI_FREQUENCIES as readonly string[]).includes(frequency)) {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, `frequency must be one of ${M3_KPI_FREQUENCIES.join(', ')}`, { field: 'frequency' });
  }
  const dueDay = o.dueDay ?? 15;
  assertInteger(dueDay, 'dueDay', { min: 1 });
  if (dueDay > 28) throw new DomainError(DomainErrorCode.INVALID_INPUT, 'dueDay must be 1..28 (a day every month has)', { field: 'dueDay' });
  const reminderDaysBefore = o.reminderDaysBefore ?? 7;
  assertInteger(reminderDaysBefore, 'reminderDaysBefore', { min: 0 });
  return { frequency, dueDay, reminderDaysBefore };
}

// rules.md §10.3; A-30
export function kpiReportingPlan(input: KpiPlanInput, options: KpiPlanOptions = {}): KpiPlanPeriod[] {
  const o = optionsOf(options);
  const start = parseIsoDate(input.startsOn, 'startsOn');
  parseIsoDate(input.exclusionRunsOn, 'exclusionRunsOn');
  if (compareDates(input.exclusionRunsOn, input.startsOn) <= 0) {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'the period must end after it starts', { field: 'exclusionRunsOn' });
  }
  const lastDay = addCalendarDays(input.exclusionRunsOn, -1);
  const months = o.frequency === 'QUARTERLY' ? 3 : 12;
  // The calendar period that contains startsOn: its first month (1-based).
  let year = start.year;
  let month = o.frequency === 'QUARTERLY' ? Math.floor((start.month - 1) / 3) * 3 + 1 : 1;
  const out: KpiPlanPeriod[] = [];
  for (;;) {
    const nextMonth = month + months;
    const nextYear = nextMonth > 12 ? year + 1 : year;
    const nextMonthNorm = nextMonth > 12 ? nextMonth - 12 : nextMonth;
    const calendarStart = formatYmd(year, month, 1);
    const calendarEnd = addCalendarDays(formatYmd(nextYear, nextMonthNorm, 1), -1);
    const periodStart = compareDates(calendarStart, input.startsOn) < 0 ? input.startsOn : calendarStart;
    const periodEnd = compareDates(calendarEnd, lastDay) > 0 ? lastDay : calendarEnd;
    const dueOn = formatYmd(nextYear, nextMonthNorm, o.dueDay);
    out.push({ periodNo: out.length + 1, periodStart, periodEnd, dueOn, remindOn: addCalendarDays(dueOn, -o.reminderDaysBefore) });
    if (compareDates(calendarEnd, lastDay) >= 0) return out;
    if (out.length >= MAX_PERIODS) {
      throw new DomainError(DomainErrorCode.INVALID_INPUT, `a KPI plan has at most ${MAX_PERIODS} periods`, { field: 'exclusionRunsOn' });
    }
    year = nextYear;
    month = nextMonthNorm;
  }
}

/** The report is overdue: not submitted and today is after the due date. */
export function kpiReportOverdue(dueOn: IsoDate, today: IsoDate, submitted: boolean): boolean {
  return !submitted && compareDates(today, dueOn) > 0;
}

/** A period of the stored plan, as the revision needs it. */
export interface StoredKpiPeriod extends KpiPlanPeriod {
  submitted: boolean;
}

/** How a stored plan changes when the period's end moves (a change of the investment contract's term). */
export interface KpiPlanRevision {
  /** Periods the plan did not have (the period was extended). */
  add: KpiPlanPeriod[];
  /** Planned periods whose dates change (the last period is cut at another day, or no longer cut). */
  update: KpiPlanPeriod[];
  /** Planned periods that lie wholly after the new end: removed (nothing was reported for them). */
  remove: number[];
  /** Submitted periods are kept as reported, even when the new plan differs for them. */
  keptSubmitted: number[];
}

/**
 * rules.md §4.7, §10.3: the plan of the revised period (same start and options), matched to the stored plan
 * by period number (the same start gives the same numbering). A report already submitted is never changed.
 * A period that ends on or before its start (a contract that ended before Module 3 began, A-54) has no plan.
 */
export function reviseKpiPlan(stored: readonly StoredKpiPeriod[], input: KpiPlanInput, options: KpiPlanOptions = {}): KpiPlanRevision {
  parseIsoDate(input.startsOn, 'startsOn');
  parseIsoDate(input.exclusionRunsOn, 'exclusionRunsOn');
  const next = compareDates(input.exclusionRunsOn, input.startsOn) > 0 ? kpiReportingPlan(input, options) : [];
  const byNo = new Map(stored.map((s) => [s.periodNo, s]));
  const out: KpiPlanRevision = { add: [], update: [], remove: [], keptSubmitted: [] };
  for (const p of next) {
    const s = byNo.get(p.periodNo);
    if (!s) out.add.push(p);
    else if (s.periodStart !== p.periodStart || s.periodEnd !== p.periodEnd || s.dueOn !== p.dueOn || s.remindOn !== p.remindOn) {
      if (s.submitted) out.keptSubmitted.push(p.periodNo);
      else out.update.push(p);
    }
  }
  const last = next.length;
  for (const s of [...stored].sort((a, b) => a.periodNo - b.periodNo)) {
    if (s.periodNo <= last) continue;
    if (s.submitted) out.keptSubmitted.push(s.periodNo);
    else out.remove.push(s.periodNo);
  }
  out.keptSubmitted.sort((a, b) => a - b);
  return out;
}
