import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { kpiReportOverdue, kpiReportingPlan } from './m3-kpi-plan';

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
