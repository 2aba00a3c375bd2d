/**
 * Region rating by roadmap overdue days (рейтинг регионов по динамике выполнения задач дорожной карты):
 * rules.md §4.5; 000 §56; 001 §62.
 * Per overdue task: 1–5 days → 0.5; 6–15 → 1; ≥ 16 → 1.5 ("от 1 до 5", "от 5 до 15", "более 15").
 * Region points = sum over its tasks; FEWER points rank higher (penalties); ties → more projects first;
 * still tied → shared rank. Sums are kept in integer halves, so there is no rounding.
 */
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { type IsoDate, daysInMonth, formatYmd, parseIsoDate, toDayNumber } from '../reference/iso-date';
import { getRegion } from '../reference/regions';

export interface OverduePenaltyOptions {
  /** where exactly 5 days falls; 'LOWER' (default, 0.5) or the alternative 'UPPER' (1.0). */
  fiveDays?: 'LOWER' | 'UPPER';
}

function checkOptions(options: OverduePenaltyOptions): 'LOWER' | 'UPPER' {
  const five = options.fiveDays ?? 'LOWER';
  if (five !== 'LOWER' && five !== 'UPPER') {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'fiveDays must be LOWER or UPPER', { field: 'fiveDays', value: five });
  }
  return five;
}

function penaltyHalves(overdueDays: unknown, field: string, five: 'LOWER' | 'UPPER'): number {
  if (typeof overdueDays !== 'number' || !Number.isSafeInteger(overdueDays)) {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, `${field} must be an integer number of days`, { field, value: overdueDays });
  }
  if (overdueDays <= 0) return 0;
  if (overdueDays < 5 || (overdueDays === 5 && five === 'LOWER')) return 1;
  if (overdueDays <= 15) return 2;
  return 3;
}

// rules.md §4.5; 000 §56
export function overduePenalty(overdueDays: number, options: OverduePenaltyOptions = {}): number {
  return penaltyHalves(overdueDays, 'overdueDays', checkOptions(options)) / 2;
}

export interface RegionOverdueInput {
  /** KATO code of the responsible MIO's region. */
  region: string;
  /** Number of projects counted for the tie-break. */
  projects: number;
  /** Overdue days of each overdue roadmap task in the period. */
  overdueDays: number[];
}

export interface RegionOverdueRank {
  region: string;
  points: number;
  rank: number;
  projects: number;
}

// rules.md §4.5; 000 §56
export function rankRegionsByOverdue(entries: readonly RegionOverdueInput[], options: OverduePenaltyOptions = {}): RegionOverdueRank[] {
  const five = checkOptions(options);
  if (!Array.isArray(entries)) {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'entries must be an array', { field: 'entries' });
  }
  const seen = new Set<string>();
  const rows = entries.map((e, i) => {
    const region = getRegion(e.region, `entries[${i}].region`).code;
    if (seen.has(region)) {
      throw new DomainError(DomainErrorCode.INVALID_INPUT, 'duplicate region', { field: `entries[${i}].region`, value: region });
    }
    seen.add(region);
    if (!Number.isSafeInteger(e.projects) || e.projects < 0) {
      throw new DomainError(DomainErrorCode.INVALID_INPUT, 'projects must be a non-negative integer', {
        field: `entries[${i}].projects`,
        value: e.projects,
      });
    }
    if (!Array.isArray(e.overdueDays)) {
      throw new DomainError(DomainErrorCode.INVALID_INPUT, 'overdueDays must be an array', { field: `entries[${i}].overdueDays` });
    }
    const days: readonly unknown[] = e.overdueDays;
    const halves = days.reduce<number>((s, d, j) => s + penaltyHalves(d, `entries[${i}].overdueDays[${j}]`, five), 0);
    return { region, halves, projects: e.projects };
  });
  return rankHalves(rows);
}

function rankHalves(rows: { region: string; halves: number; projects: number }[]): RegionOverdueRank[] {
  rows.sort((a, b) => a.halves - b.halves || b.projects - a.projects || a.region.localeCompare(b.region));
  const out: RegionOverdueRank[] = [];
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    const rank = prev && prev.halves === r.halves && prev.projects === r.projects ? out[i - 1].rank : i + 1;
    out.push({ region: r.region, points: r.halves / 2, rank, projects: r.projects });
  });
  return out;
}

export interface RegionPenaltyTotal {
  region: string;
  projects: number;
  /** The region's penalty sum in halves of a point (each overdue task adds 1, 2 or 3: `overduePenalty × 2`). */
  penaltyHalves: number;
}

/**
 * The same ranking as `rankRegionsByOverdue`, from penalty sums kept per region (a read model that
 * adds `overduePenalty(days) × 2` per task), so that a rating of many tasks needs no list of days.
 */
// rules.md §4.5; 000 §56; A-23
export function rankRegionPenaltyTotals(entries: readonly RegionPenaltyTotal[]): RegionOverdueRank[] {
  if (!Array.isArray(entries)) throw new DomainError(DomainErrorCode.INVALID_INPUT, 'entries must be an array', { field: 'entries' });
  const seen = new Set<string>();
  const rows = entries.map((e, i) => {
    const region = getRegion(e.region, `entries[${i}].region`).code;
    if (seen.has(region)) throw new DomainError(DomainErrorCode.INVALID_INPUT, 'duplicate region', { field: `entries[${i}].region`, value: region });
    seen.add(region);
    for (const f of ['projects', 'penaltyHalves'] as const) {
      if (!Number.isSafeInteger(e[f]) || e[f] < 0) {
        throw new DomainError(DomainErrorCode.INVALID_INPUT, `${f} must be a non-negative integer`, { field: `entries[${i}].${f}`, value: e[f] });
      }
    }
    return { region, halves: e.penaltyHalves, projects: e.projects };
  });
  return rankHalves(rows);
}

export interface RatingQuarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** First and last calendar day of the quarter. */
  start: IsoDate;
  end: IsoDate;
}

/** The calendar quarter a date falls in: the rating period of §4.5 (App2 §4(1)). */
export function quarterOf(date: IsoDate): RatingQuarter {
  const { year, month } = parseIsoDate(date, 'date');
  return ratingQuarter(year, Math.floor((month - 1) / 3) + 1);
}

export function ratingQuarter(year: number, quarter: number): RatingQuarter {
  if (!Number.isSafeInteger(year) || year < 1 || year > 9999)
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'year out of range', { field: 'year', value: year });
  if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'quarter must be 1, 2, 3 or 4', { field: 'quarter', value: quarter });
  }
  const first = (quarter - 1) * 3 + 1;
  return { year, quarter, start: formatYmd(year, first, 1), end: formatYmd(year, first + 2, daysInMonth(year, first + 2)) };
}

export interface TaskOverdueInput {
  dueDate: IsoDate;
  /** Actual completion date; null while the task is open. */
  actualCompletionDate: IsoDate | null;
}

/**
 * Overdue days a roadmap task counts in a rating period evaluated on `asOf` (rules.md §4.5 rule 1, inferred):
 * `(actualCompletionDate ?? asOf) − dueDate`, a completion after `asOf` not being known yet on `asOf`;
 * 0 when the task is not overdue, or when it was completed before the period began (it belongs to an
 * earlier period). An open task overdue since an earlier quarter keeps counting, with all its days.
 */
export function overdueDaysInPeriod(task: TaskOverdueInput, period: { start: IsoDate }, asOf: IsoDate): number {
  const due = toDayNumber(task.dueDate, 'dueDate');
  const at = toDayNumber(asOf, 'asOf');
  const start = toDayNumber(period.start, 'start');
  if (task.actualCompletionDate !== null) {
    const done = toDayNumber(task.actualCompletionDate, 'actualCompletionDate');
    if (done < start) return 0;
    return Math.max(0, Math.min(done, at) - due);
  }
  return Math.max(0, at - due);
}
