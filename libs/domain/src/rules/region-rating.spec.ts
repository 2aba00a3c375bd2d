import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { overdueDaysInPeriod, overduePenalty, quarterOf, rankRegionPenaltyTotals, rankRegionsByOverdue, ratingQuarter } from './region-rating';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

// The catalogue's regions A, B, C mapped to real KATO codes
const A = '710000000'; // Astana
const B = '750000000'; // Almaty
const C = '790000000'; // Shymkent

describe('region rating by overdue days (rules.md §4.5; 000 §56; A-22)', () => {
  it('overduePenalty bands: 1–5 → 0.5, 6–15 → 1, ≥ 16 → 1.5; ≤ 0 → 0', () => {
    expect([-3, 0, 1, 4, 5, 6, 14, 15, 16, 100].map((d) => overduePenalty(d))).toEqual([0, 0, 0.5, 0.5, 0.5, 1, 1, 1, 1.5, 1.5]);
  });

  it('alternative reading: exactly 5 days → 1.0', () => {
    expect([4, 5, 6, 15, 16].map((d) => overduePenalty(d, { fiveDays: 'UPPER' }))).toEqual([0.5, 1, 1, 1, 1.5]);
  });

  const example = [
    { region: A, projects: 4, overdueDays: [3, 5, 12] },
    { region: B, projects: 6, overdueDays: [16, 7] },
    { region: C, projects: 2, overdueDays: [1, 15, 2] },
  ];

  it('worked example, recommended bands: 1st A (2.0, 4 projects), 2nd C (2.0, 2 projects), 3rd B (2.5)', () => {
    expect(rankRegionsByOverdue(example)).toEqual([
      { region: A, points: 2, rank: 1, projects: 4 },
      { region: C, points: 2, rank: 2, projects: 2 },
      { region: B, points: 2.5, rank: 3, projects: 6 },
    ]);
  });

  it('worked example, alternative 5 → 1.0: 1st C (2.0), 2nd B (2.5, 6 projects), 3rd A (2.5, 4 projects)', () => {
    expect(rankRegionsByOverdue(example, { fiveDays: 'UPPER' }).map((r) => [r.region, r.points, r.rank])).toEqual([
      [C, 2, 1],
      [B, 2.5, 2],
      [A, 2.5, 3],
    ]);
  });

  it('equal points and projects share a rank; the next rank is skipped; no tasks → 0 points', () => {
    const r = rankRegionsByOverdue([
      { region: '100000000', projects: 3, overdueDays: [20] },
      { region: '110000000', projects: 3, overdueDays: [2, 3, 4] },
      { region: '150000000', projects: 3, overdueDays: [6, 1] },
      { region: '190000000', projects: 1, overdueDays: [] },
    ]);
    // 1.5 | 0.5·3 = 1.5 | 1 + 0.5 = 1.5 | 0
    expect(r.map((x) => [x.region, x.points, x.rank])).toEqual([
      ['190000000', 0, 1],
      ['100000000', 1.5, 2],
      ['110000000', 1.5, 2],
      ['150000000', 1.5, 2],
    ]);
  });

  it('exact sums of many halves', () => {
    const days = Array.from({ length: 1001 }, () => 3); // 1001 × 0.5 = 500.5
    expect(rankRegionsByOverdue([{ region: A, projects: 1, overdueDays: days }])[0].points).toBe(500.5);
    expect(rankRegionsByOverdue([])).toEqual([]);
  });

  it('rejects bad input', () => {
    const e = errorOf(() => rankRegionsByOverdue([{ region: 'X', projects: 1, overdueDays: [] }]));
    expect([e.code, e.details.field]).toEqual([DomainErrorCode.UNKNOWN_REFERENCE, 'entries[0].region']);
    expect(
      errorOf(() =>
        rankRegionsByOverdue([
          { region: A, projects: 1, overdueDays: [] },
          { region: A, projects: 2, overdueDays: [] },
        ]),
      ).details.field,
    ).toBe('entries[1].region');
    expect(errorOf(() => rankRegionsByOverdue([{ region: A, projects: -1, overdueDays: [] }])).details.field).toBe('entries[0].projects');
    expect(errorOf(() => rankRegionsByOverdue([{ region: A, projects: 1, overdueDays: [1, 2.5] }])).details.field).toBe('entries[0].overdueDays[1]');
    expect(errorOf(() => rankRegionsByOverdue([{ region: A, projects: 1, overdueDays: 3 as unknown as number[] }])).details.field).toBe(
      'entries[0].overdueDays',
    );
    expect(errorOf(() => rankRegionsByOverdue(null as unknown as [])).details.field).toBe('entries');
    expect(errorOf(() => rankRegionsByOverdue([], { fiveDays: 'MIDDLE' as 'LOWER' })).details.field).toBe('fiveDays');
    expect(errorOf(() => overduePenalty(Number.NaN)).details.field).toBe('overdueDays');
    expect(errorOf(() => overduePenalty(1.5)).code).toBe(DomainErrorCode.INVALID_INPUT);
  });
});

describe('rankRegionPenaltyTotals (the same ranking from per-region sums)', () => {
  const halves = (days: number[]): number => days.reduce((s, d) => s + overduePenalty(d) * 2, 0);

  it('ranks the §4.5 worked example like rankRegionsByOverdue', () => {
    const input = [
      { region: A, projects: 4, overdueDays: [3, 5, 12] },
      { region: B, projects: 6, overdueDays: [16, 7] },
      { region: C, projects: 2, overdueDays: [1, 15, 2] },
    ];
    const totals = input.map((e) => ({ region: e.region, projects: e.projects, penaltyHalves: halves(e.overdueDays) }));
    expect(rankRegionPenaltyTotals(totals)).toEqual(rankRegionsByOverdue(input));
    expect(rankRegionPenaltyTotals(totals).map((r) => [r.region, r.points, r.rank])).toEqual([
      [A, 2, 1],
      [C, 2, 2],
      [B, 2.5, 3],
    ]);
  });

  it('shares a rank on equal points and projects', () => {
    const r = rankRegionPenaltyTotals([
      { region: A, projects: 3, penaltyHalves: 2 },
      { region: B, projects: 3, penaltyHalves: 2 },
      { region: C, projects: 0, penaltyHalves: 0 },
    ]);
    expect(r.map((x) => [x.region, x.rank])).toEqual([
      [C, 1],
      [A, 2],
      [B, 2],
    ]);
  });

  it('rejects bad input', () => {
    expect(errorOf(() => rankRegionPenaltyTotals(null as unknown as [])).details.field).toBe('entries');
    expect(errorOf(() => rankRegionPenaltyTotals([{ region: 'X', projects: 0, penaltyHalves: 0 }])).details.field).toBe('entries[0].region');
    expect(
      errorOf(() =>
        rankRegionPenaltyTotals([
          { region: A, projects: 0, penaltyHalves: 0 },
          { region: A, projects: 0, penaltyHalves: 0 },
        ]),
      ).details.field,
    ).toBe('entries[1].region');
    expect(errorOf(() => rankRegionPenaltyTotals([{ region: A, projects: 1.5, penaltyHalves: 0 }])).details.field).toBe('entries[0].projects');
    expect(errorOf(() => rankRegionPenaltyTotals([{ region: A, projects: 1, penaltyHalves: -1 }])).details.field).toBe('entries[0].penaltyHalves');
  });
});

describe('rating quarters', () => {
  it('finds the quarter of a date, with its first and last day', () => {
    expect(quarterOf('2025-01-01')).toEqual({ year: 2025, quarter: 1, start: '2025-01-01', end: '2025-03-31' });
    expect(quarterOf('2024-05-31')).toEqual({ year: 2024, quarter: 2, start: '2024-04-01', end: '2024-06-30' });
    expect(quarterOf('2025-09-30').end).toBe('2025-09-30');
    expect(quarterOf('2025-12-31')).toEqual({ year: 2025, quarter: 4, start: '2025-10-01', end: '2025-12-31' });
  });

  it('rejects a bad year, quarter or date', () => {
    expect(errorOf(() => ratingQuarter(0, 1)).details.field).toBe('year');
    expect(errorOf(() => ratingQuarter(2025, 5)).details.field).toBe('quarter');
    expect(errorOf(() => quarterOf('2025-02-30')).code).toBe(DomainErrorCode.INVALID_INPUT);
  });
});

describe('overdueDaysInPeriod (§4.5 rule 1)', () => {
  const q2 = { start: '2025-04-01' };

  it('counts an open task from its due date to the evaluation date', () => {
    expect(overdueDaysInPeriod({ dueDate: '2025-05-01', actualCompletionDate: null }, q2, '2025-05-13')).toBe(12);
    expect(overdueDaysInPeriod({ dueDate: '2025-05-13', actualCompletionDate: null }, q2, '2025-05-13')).toBe(0);
    expect(overdueDaysInPeriod({ dueDate: '2025-06-01', actualCompletionDate: null }, q2, '2025-05-13')).toBe(0);
  });

  it('keeps counting an open task overdue since an earlier quarter', () => {
    expect(overdueDaysInPeriod({ dueDate: '2025-03-20', actualCompletionDate: null }, q2, '2025-04-02')).toBe(13);
  });

  it('fixes the days of a task completed late, and ignores one completed before the period', () => {
    expect(overdueDaysInPeriod({ dueDate: '2025-04-10', actualCompletionDate: '2025-04-27' }, q2, '2025-06-30')).toBe(17);
    expect(overdueDaysInPeriod({ dueDate: '2025-03-10', actualCompletionDate: '2025-04-01' }, q2, '2025-06-30')).toBe(22);
    expect(overdueDaysInPeriod({ dueDate: '2025-03-10', actualCompletionDate: '2025-03-31' }, q2, '2025-06-30')).toBe(0);
    expect(overdueDaysInPeriod({ dueDate: '2025-04-10', actualCompletionDate: '2025-04-08' }, q2, '2025-06-30')).toBe(0);
  });

  it('does not know a completion after the evaluation date', () => {
    expect(overdueDaysInPeriod({ dueDate: '2025-06-20', actualCompletionDate: '2025-07-05' }, q2, '2025-06-30')).toBe(10);
  });

  it('rejects a bad date', () => {
    expect(errorOf(() => overdueDaysInPeriod({ dueDate: 'x', actualCompletionDate: null }, q2, '2025-06-30')).details.field).toBe('dueDate');
    expect(errorOf(() => overdueDaysInPeriod({ dueDate: '2025-01-01', actualCompletionDate: '2025-13-01' }, q2, '2025-06-30')).details.field).toBe(
      'actualCompletionDate',
    );
  });
});
