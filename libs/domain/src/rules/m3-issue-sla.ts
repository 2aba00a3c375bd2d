/**
 * SLA of the investor's problem issues and proposals in Module 3, per category, in working days
 * (rules.md §2.3 P2; 000 §61; A-19; §4.9).
 * - The texts set no deadline for AB's answer. Recommended resolution: a configurable SLA,
 *   default 5 WD "by analogy with §35" (the AB pool decision); here one SLA per category, each 5 WD
 *   unless configured otherwise.
 * - Day 0 is the day the issue is raised; the answer is due by the end of the N-th working day
 *   (A-50, one calendar: `addWorkingDays`). The SLA is breached when today is after the due date and
 *   no answer was given. A breach is escalated to the Council on investment attraction (000 §9(2):
 *   AB brings problem issues of investment projects to the Council; 000 §32).
 */
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { WorkingDayCalendar, addWorkingDays, defaultCalendar } from '../reference/calendar';
import { IsoDate, compareDates } from '../reference/iso-date';

/** Categories of a Module 3 issue (land, permits, utilities, taxes, customs, visas, other). */
export const M3_ISSUE_CATEGORIES = ['LAND', 'PERMITS', 'UTILITIES', 'TAXES', 'CUSTOMS', 'VISAS', 'OTHER'] as const;
export type M3IssueCategory = (typeof M3_ISSUE_CATEGORIES)[number];

export type IssueSlaTable = Readonly<Record<M3IssueCategory, number>>;

/** 5 WD by analogy with §35 for every category (configurable). */
export const DEFAULT_ISSUE_SLA_WD: IssueSlaTable = Object.freeze({ LAND: 5, PERMITS: 5, UTILITIES: 5, TAXES: 5, CUSTOMS: 5, VISAS: 5, OTHER: 5 });

/** The longest SLA a configuration may set (one working year). */
export const MAX_ISSUE_SLA_WD = 250;

export function isM3IssueCategory(v: unknown): v is M3IssueCategory {
  return typeof v === 'string' && (M3_ISSUE_CATEGORIES as readonly string[]).includes(v);
}

function invalid(message: string, field: string, value?: unknown): DomainError {
  return new DomainError(DomainErrorCode.INVALID_INPUT, message, { field, value });
}

/**
 * Reads a configuration such as `LAND=10,PERMITS=15` on top of `base` (the defaults). Empty text keeps
 * `base`. Unknown categories, duplicates and values outside 1..250 are refused (the boot stops).
 */
export function parseIssueSlaConfig(text: string, base: IssueSlaTable = DEFAULT_ISSUE_SLA_WD): IssueSlaTable {
  const out: Record<M3IssueCategory, number> = { ...base };
  const trimmed = text.trim();
  if (trimmed === '') return Object.freeze(out);
  const seen = new Set<string>();
  for (const part of trimmed.split(',')) {
    const m = /^\s*([A-Z_]+)\s*=\s*(\d{1,4})\s*$/.exec(part);
    if (!m) throw invalid(`"${part}" is not CATEGORY=workingDays`, 'issueSla', part);
    const [, category, days] = m as unknown as [string, string, string];
    if (!isM3IssueCategory(category)) throw invalid(`unknown issue category ${category}`, 'issueSla', category);
    if (seen.has(category)) throw invalid(`${category} is given twice`, 'issueSla', category);
    seen.add(category);
    const n = Number(days);
    if (n < 1 || n > MAX_ISSUE_SLA_WD) throw invalid(`the SLA of ${category} must be 1..${MAX_ISSUE_SLA_WD} working days`, 'issueSla', n);
    out[category] = n;
  }
  return Object.freeze(out);
}

export interface IssueSla {
  category: M3IssueCategory;
  workingDays: number;
  /** The last day of the SLA (inclusive). */
  dueOn: IsoDate;
}

/** A-19, §4.9: the answer is due by the end of the N-th working day after the day the issue was raised. */
export function issueSla(
  raisedOn: IsoDate,
  category: unknown,
  table: IssueSlaTable = DEFAULT_ISSUE_SLA_WD,
  calendar: WorkingDayCalendar = defaultCalendar,
): IssueSla {
  if (!isM3IssueCategory(category)) throw invalid(`category must be one of ${M3_ISSUE_CATEGORIES.join(', ')}`, 'category', category);
  const workingDays = table[category];
  return { category, workingDays, dueOn: addWorkingDays(raisedOn, workingDays, calendar) };
}

/** Breached: no answer yet and today is after the due date. */
export function issueSlaBreached(dueOn: IsoDate, today: IsoDate, answered: boolean): boolean {
  return !answered && compareDates(today, dueOn) > 0;
}
