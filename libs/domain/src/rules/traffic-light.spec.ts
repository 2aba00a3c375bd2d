import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { trafficLight } from './traffic-light';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('trafficLight (rules.md §4.6; 000 §55; A-20)', () => {
  const today = '2025-06-10';
  const rows: Array<[string, string, string]> = [
    // due, recommended, alternative (10 → green)
    ['2025-06-09', 'RED', 'RED'], // −1
    ['2025-06-10', 'YELLOW', 'YELLOW'], // 0
    ['2025-06-19', 'YELLOW', 'YELLOW'], // 9
    ['2025-06-20', 'YELLOW', 'GREEN'], // exactly 10
    ['2025-06-21', 'GREEN', 'GREEN'], // 11
  ];
  it.each(rows)('due %s → %s (alt %s)', (dueDate, rec, alt) => {
    expect(trafficLight({ dueDate, today, completed: false })).toBe(rec);
    expect(trafficLight({ dueDate, today, completed: false }, { yellowMaxDaysInclusive: 9 })).toBe(alt);
  });

  it('completed tasks have no colour, even when they were late', () => {
    expect(trafficLight({ dueDate: '2025-06-01', today, completed: true })).toBe('NONE');
    expect(trafficLight({ dueDate: '2025-07-01', today, completed: true })).toBe('NONE');
  });

  it('counts calendar days across months and years', () => {
    expect(trafficLight({ dueDate: '2026-01-10', today: '2025-12-31', completed: false })).toBe('YELLOW'); // 10 days
    expect(trafficLight({ dueDate: '2026-01-11', today: '2025-12-31', completed: false })).toBe('GREEN'); // 11 days
    expect(trafficLight({ dueDate: '2024-02-29', today: '2024-03-01', completed: false })).toBe('RED');
  });

  it('rejects bad input', () => {
    expect(errorOf(() => trafficLight({ dueDate: '2025-06-31', today, completed: false })).details.field).toBe('dueDate');
    expect(errorOf(() => trafficLight({ dueDate: today, today: 'today', completed: false })).details.field).toBe('today');
    expect(errorOf(() => trafficLight({ dueDate: today, today, completed: 0 as unknown as boolean })).details.field).toBe('completed');
    const e = errorOf(() => trafficLight({ dueDate: today, today, completed: false }, { yellowMaxDaysInclusive: -1 }));
    expect([e.code, e.details.field]).toEqual([DomainErrorCode.INVALID_INPUT, 'yellowMaxDaysInclusive']);
    expect(errorOf(() => trafficLight({ dueDate: today, today, completed: false }, { yellowMaxDaysInclusive: 2.5 })).details.field).toBe(
      'yellowMaxDaysInclusive',
    );
  });
});
