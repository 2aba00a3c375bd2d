/**
 * Region rating by roadmap overdue days (рейтинг регионов по динамике выполнения задач дорожной карты):
 * rules.md §4.5; 000 §56; 001 §62.
 * Per overdue task: 1–5 days → 0.5; 6–15 → 1; ≥ 16 → 1.5 ("от 1 до 5", "от 5 до 15", "более 15").
 * Region points = sum over its tasks; FEWER points rank higher (penalties); ties → more projects first;
 * still tied → shared rank. Sums are kept in integer halves, so there is no rounding.
 */
import { DomainError, DomainErrorCode } from '../errors/domain-error';
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
  rows.sort((a, b) => a.halves - b.halves || b.projects - a.projects || a.region.localeCompare(b.region));
  const out: RegionOverdueRank[] = [];
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    const rank = prev && prev.halves === r.halves && prev.projects === r.projects ? out[i - 1].rank : i + 1;
    out.push({ region: r.region, points: r.halves / 2, rank, projects: r.projects });
  });
  return out;
}
