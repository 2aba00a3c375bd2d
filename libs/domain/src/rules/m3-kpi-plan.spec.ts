import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { kpiReportOverdue, kpiReportingPlan, reviseKpiPlan, type StoredKpiPeriod } from './m3-kpi-plan';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('KPI collection plan of the post-investment period (rules.md §2.3, §10.3; A-30)', () => {
  it('X-1: 2025-03-15 → 2028-03-15: 13 quarterly reports, first and last cut to the period, due the 15th after the quarter', () => {
    const plan = kpiReportingPlan({ startsOn: '2025-03-15', exclusionRunsOn: '2028-03-15' });
    expect(plan).toHaveLength(13);
    expect(plan[0]).toEqual({ periodNo: 1, periodStart: '2025-03-15', periodEnd: '2025-03-31', dueOn: '2025-04-15', remindOn: '2025-04-08' });
    expect(plan[1]).toEqual({ periodNo: 2, periodStart: '2025-04-01', periodEnd: '2025-06-30', dueOn: '2025-07-15', remindOn: '2025-07-08' });
    expect(plan[3]).toMatchObject({ periodStart: '2025-10-01', periodEnd: '2025-12-31', dueOn: '2026-01-15' });
    expect(plan[12]).toEqual({ periodNo: 13, periodStart: '2028-01-01', periodEnd: '2028-03-14', dueOn: '2028-04-15', remindOn: '2028-04-08' });
    // Contiguous: each period starts the day after the previous one ends.
    for (let i = 1; i < plan.length; i++) expect(plan[i]!.periodNo).toBe(i + 1);
  });

  it('X-2: entered on 29 February 2024 → the period ends 2027-02-27 (excluded 2027-02-28)', () => {
    const plan = kpiReportingPlan({ startsOn: '2024-02-29', exclusionRunsOn: '2027-02-28' });
    expect(plan[0]).toMatchObject({ periodStart: '2024-02-29', periodEnd: '2024-03-31', dueOn: '2024-04-15' });
    expect(plan.at(-1)).toMatchObject({ periodStart: '2027-01-01', periodEnd: '2027-02-27', dueOn: '2027-04-15' });
    expect(plan).toHaveLength(13);
  });

  it('X-4: a contract ending 2026-12-31 (excluded 2027-01-01), yearly reports', () => {
    const plan = kpiReportingPlan({ startsOn: '2025-06-01', exclusionRunsOn: '2027-01-01' }, { frequency: 'ANNUAL', dueDay: 20, reminderDaysBefore: 0 });
    expect(plan).toEqual([
      { periodNo: 1, periodStart: '2025-06-01', periodEnd: '2025-12-31', dueOn: '2026-01-20', remindOn: '2026-01-20' },
      { periodNo: 2, periodStart: '2026-01-01', periodEnd: '2026-12-31', dueOn: '2027-01-20', remindOn: '2027-01-20' },
    ]);
  });

  it('a period inside one quarter gives one report', () => {
    expect(kpiReportingPlan({ startsOn: '2025-11-03', exclusionRunsOn: '2025-11-05' })).toEqual([
      { periodNo: 1, periodStart: '2025-11-03', periodEnd: '2025-11-04', dueOn: '2026-01-15', remindOn: '2026-01-08' },
    ]);
  });

  it.each([
    [{ startsOn: '2025-02-30', exclusionRunsOn: '2028-03-15' }, {}, 'startsOn'],
    [{ startsOn: '2025-03-15', exclusionRunsOn: 'x' }, {}, 'exclusionRunsOn'],
    [{ startsOn: '2025-03-15', exclusionRunsOn: '2025-03-15' }, {}, 'exclusionRunsOn'],
    [{ startsOn: '2025-03-15', exclusionRunsOn: '2028-03-15' }, { frequency: 'MONTHLY' }, 'frequency'],
    [{ startsOn: '2025-03-15', exclusionRunsOn: '2028-03-15' }, { dueDay: 0 }, 'dueDay'],
    [{ startsOn: '2025-03-15', exclusionRunsOn: '2028-03-15' }, { dueDay: 29 }, 'dueDay'],
    [{ startsOn: '2025-03-15', exclusionRunsOn: '2028-03-15' }, { reminderDaysBefore: -1 }, 'reminderDaysBefore'],
    [{ startsOn: '2025-03-15', exclusionRunsOn: '2090-03-15' }, {}, 'exclusionRunsOn'],
  ])('refuses %j %j naming %s', (input, options, field) => {
    const e = errorOf(() => kpiReportingPlan(input, options as never));
    expect([e.code, e.details.field]).toEqual([DomainErrorCode.INVALID_INPUT, field]);
  });

  it('overdue only after the due date and only while not submitted', () => {
    expect(kpiReportOverdue('2025-04-15', '2025-04-15', false)).toBe(false);
    expect(kpiReportOverdue('2025-04-15', '2025-04-16', false)).toBe(true);
    expect(kpiReportOverdue('2025-04-15', '2025-04-16', true)).toBe(false);
  });
});

describe("revising the KPI plan when the period's end moves (a change of the contract term)", () => {
  const stored = (startsOn: string, exclusionRunsOn: string, submittedUpTo = 0): StoredKpiPeriod[] =>
    kpiReportingPlan({ startsOn, exclusionRunsOn }).map((p) => ({ ...p, submitted: p.periodNo <= submittedUpTo }));

  it('the same end changes nothing', () => {
    expect(reviseKpiPlan(stored('2025-03-15', '2028-03-15', 3), { startsOn: '2025-03-15', exclusionRunsOn: '2028-03-15' })).toEqual({
      add: [],
      update: [],
      remove: [],
      keptSubmitted: [],
    });
  });

  it('extended: the cut last period is completed and the new quarters are added', () => {
    const r = reviseKpiPlan(stored('2025-03-15', '2028-03-15', 2), { startsOn: '2025-03-15', exclusionRunsOn: '2029-01-01' });
    // Period 13 was 2028-01-01..2028-03-14; now the whole quarter.
    expect(r.update).toEqual([{ periodNo: 13, periodStart: '2028-01-01', periodEnd: '2028-03-31', dueOn: '2028-04-15', remindOn: '2028-04-08' }]);
    expect(r.add.map((p) => [p.periodNo, p.periodStart, p.periodEnd])).toEqual([
      [14, '2028-04-01', '2028-06-30'],
      [15, '2028-07-01', '2028-09-30'],
      [16, '2028-10-01', '2028-12-31'],
    ]);
    expect([r.remove, r.keptSubmitted]).toEqual([[], []]);
  });

  it('shortened: periods after the new end go, the new last one is cut; submitted reports stay as reported', () => {
    const r = reviseKpiPlan(stored('2025-03-15', '2028-03-15', 5), { startsOn: '2025-03-15', exclusionRunsOn: '2025-08-01' });
    // New plan: 2025-03-15..03-31, 04-01..06-30, 07-01..07-31. Periods 3–5 were submitted.
    expect(r.add).toEqual([]);
    expect(r.update).toEqual([]);
    expect(r.keptSubmitted).toEqual([3, 4, 5]);
    expect(r.remove).toEqual([6, 7, 8, 9, 10, 11, 12, 13]);
    const open = reviseKpiPlan(stored('2025-03-15', '2028-03-15', 1), { startsOn: '2025-03-15', exclusionRunsOn: '2025-08-01' });
    expect(open.update).toEqual([{ periodNo: 3, periodStart: '2025-07-01', periodEnd: '2025-07-31', dueOn: '2025-10-15', remindOn: '2025-10-08' }]);
    expect(open.remove).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('boundary: the new end on the first day of a quarter ends the plan with the previous quarter; one day later adds a one-day period', () => {
    const onQuarter = reviseKpiPlan(stored('2025-03-15', '2028-03-15'), { startsOn: '2025-03-15', exclusionRunsOn: '2026-01-01' });
    expect(onQuarter.remove[0]).toBe(5);
    expect(onQuarter.update).toEqual([]);
    const dayLater = reviseKpiPlan(stored('2025-03-15', '2028-03-15'), { startsOn: '2025-03-15', exclusionRunsOn: '2026-01-02' });
    expect(dayLater.update).toEqual([{ periodNo: 5, periodStart: '2026-01-01', periodEnd: '2026-01-01', dueOn: '2026-04-15', remindOn: '2026-04-08' }]);
    expect(dayLater.remove[0]).toBe(6);
  });

  it('29 February: a contract ending on 2028-02-29 cuts the last period at that day', () => {
    const r = reviseKpiPlan(stored('2025-03-15', '2028-03-15'), { startsOn: '2025-03-15', exclusionRunsOn: '2028-03-01' });
    expect(r.update).toEqual([{ periodNo: 13, periodStart: '2028-01-01', periodEnd: '2028-02-29', dueOn: '2028-04-15', remindOn: '2028-04-08' }]);
    expect([r.add, r.remove]).toEqual([[], []]);
  });

  it('a contract that ended before Module 3 began leaves no plan: every planned period goes, submitted ones stay', () => {
    const r = reviseKpiPlan(stored('2025-03-15', '2028-03-15', 1), { startsOn: '2025-03-15', exclusionRunsOn: '2025-03-15' });
    expect(r.keptSubmitted).toEqual([1]);
    expect(r.remove).toHaveLength(12);
  });

  it('refuses bad dates naming the field', () => {
    expect(errorOf(() => reviseKpiPlan([], { startsOn: '2025-02-30', exclusionRunsOn: '2028-03-15' })).details.field).toBe('startsOn');
    expect(errorOf(() => reviseKpiPlan([], { startsOn: '2025-03-15', exclusionRunsOn: 'x' })).details.field).toBe('exclusionRunsOn');
  });
});
