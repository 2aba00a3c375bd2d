import { DomainError } from '../errors/domain-error';
import { WorkingDayCalendar } from '../reference/calendar';
import { DEADLINE_KINDS, DEFAULT_REMINDER_POLICY, MAX_REMINDER_LEAD_WD, isDeadlineKind, parseReminderPolicy, reminderKey, remindersDue } from './reminders';

const open = (dueOn: string, sentKeys: string[] = []) => ({ dueOn, closed: false, sentKeys });

describe('remindersDue', () => {
  // 2026-11-23 is a Monday; 2026-11-27 a Friday; no holidays that week.
  it('sends the 2-WD reminder exactly 2 working days before the due date, not earlier', () => {
    expect(remindersDue(open('2026-11-27'), '2026-11-24', [2])).toEqual({ send: [], superseded: [] });
    const r = remindersDue(open('2026-11-27'), '2026-11-25', [2]);
    expect(r.send).toEqual([{ kind: 'BEFORE', leadWorkingDays: 2, key: '2026-11-27:BEFORE:2', days: 2 }]);
    expect(r.superseded).toEqual([]);
  });

  it('does not send a reminder again once its key is recorded', () => {
    expect(remindersDue(open('2026-11-27', ['2026-11-27:BEFORE:2']), '2026-11-25', [2])).toEqual({ send: [], superseded: [] });
    expect(remindersDue(open('2026-11-27', ['2026-11-27:BEFORE:2']), '2026-11-26', [2])).toEqual({ send: [], superseded: [] });
  });

  it('catches up a missed reminder up to and including the due date', () => {
    expect(remindersDue(open('2026-11-27'), '2026-11-26', [2]).send.map((s) => [s.key, s.days])).toEqual([['2026-11-27:BEFORE:2', 1]]);
    expect(remindersDue(open('2026-11-27'), '2026-11-27', [2]).send.map((s) => [s.key, s.days])).toEqual([['2026-11-27:BEFORE:2', 0]]);
  });

  it('sends only the most urgent of several due reminders and supersedes the others', () => {
    const r = remindersDue(open('2026-11-27'), '2026-11-25', [5, 2]);
    expect(r.send.map((s) => s.key)).toEqual(['2026-11-27:BEFORE:2']);
    expect(r.superseded.map((s) => s.key)).toEqual(['2026-11-27:BEFORE:5']);
  });

  it('sends the farther reminder first, then the nearer one on its own day', () => {
    // 5 WD before Fri 2026-11-27 is Fri 2026-11-20.
    expect(remindersDue(open('2026-11-27'), '2026-11-19', [5, 2]).send).toEqual([]);
    const first = remindersDue(open('2026-11-27'), '2026-11-20', [5, 2]);
    expect(first.send.map((s) => [s.key, s.days])).toEqual([['2026-11-27:BEFORE:5', 5]]);
    expect(first.superseded).toEqual([]);
    expect(remindersDue(open('2026-11-27', ['2026-11-27:BEFORE:5']), '2026-11-24', [5, 2]).send).toEqual([]);
    expect(remindersDue(open('2026-11-27', ['2026-11-27:BEFORE:5']), '2026-11-25', [5, 2]).send.map((s) => s.key)).toEqual(['2026-11-27:BEFORE:2']);
  });

  it('records as superseded a farther reminder not yet recorded when the nearer one was already sent', () => {
    const r = remindersDue(open('2026-11-27', ['2026-11-27:BEFORE:2']), '2026-11-26', [5, 2]);
    expect(r.send).toEqual([]);
    expect(r.superseded.map((s) => s.key)).toEqual(['2026-11-27:BEFORE:5']);
  });

  it('sends no BEFORE reminder on a non-working day; the working day before already had it', () => {
    // Due Tue 2026-12-01: 1 WD before is Mon 2026-11-30; Sat 2026-11-28 has 2 WD left, Fri 2026-11-27 too.
    expect(remindersDue(open('2026-12-01'), '2026-11-28', [2]).send).toEqual([]);
    expect(remindersDue(open('2026-12-01'), '2026-11-29', [2]).send).toEqual([]);
    expect(remindersDue(open('2026-12-01'), '2026-11-27', [2]).send.map((s) => [s.key, s.days])).toEqual([['2026-12-01:BEFORE:2', 2]]);
  });

  it('counts working days through the calendar: public holidays are skipped', () => {
    // 16 December (Independence Day) is non-working: 2 WD before Fri 2026-12-18 is Tue 2026-12-15, not Wed.
    expect(remindersDue(open('2026-12-18'), '2026-12-14', [2]).send).toEqual([]);
    expect(remindersDue(open('2026-12-18'), '2026-12-15', [2]).send.map((s) => [s.key, s.days])).toEqual([['2026-12-18:BEFORE:2', 2]]);
    expect(remindersDue(open('2026-12-18'), '2026-12-16', [2]).send).toEqual([]);
    expect(remindersDue(open('2026-12-18'), '2026-12-17', [2]).send.map((s) => [s.key, s.days])).toEqual([['2026-12-18:BEFORE:2', 1]]);
  });

  it('uses the calendar it is given', () => {
    const noHolidays = new WorkingDayCalendar({ fixedHolidays: [], kurbanAit: { 2026: '2026-05-27' }, transfers: [] });
    expect(remindersDue(open('2026-12-18'), '2026-12-16', [2], noHolidays).send.map((s) => s.key)).toEqual(['2026-12-18:BEFORE:2']);
  });

  it('sends the overdue notice from the day after the due date, on any day, once', () => {
    expect(remindersDue(open('2026-11-27'), '2026-11-27', []).send).toEqual([]);
    expect(remindersDue(open('2026-11-27'), '2026-11-28', []).send).toEqual([{ kind: 'OVERDUE', leadWorkingDays: null, key: '2026-11-27:OVERDUE', days: 1 }]);
    expect(remindersDue(open('2026-11-27'), '2026-12-03', []).send.map((s) => [s.key, s.days])).toEqual([['2026-11-27:OVERDUE', 6]]);
    expect(remindersDue(open('2026-11-27', ['2026-11-27:OVERDUE']), '2026-11-28', [2])).toEqual({ send: [], superseded: [] });
  });

  it('supersedes unsent BEFORE reminders when the deadline is already overdue', () => {
    const r = remindersDue(open('2026-11-27', ['2026-11-27:BEFORE:5']), '2026-11-30', [5, 2]);
    expect(r.send.map((s) => s.key)).toEqual(['2026-11-27:OVERDUE']);
    expect(r.superseded.map((s) => s.key)).toEqual(['2026-11-27:BEFORE:2']);
  });

  it('sends nothing for a closed deadline', () => {
    expect(remindersDue({ dueOn: '2026-11-27', closed: true, sentKeys: [] }, '2026-11-25', [2])).toEqual({ send: [], superseded: [] });
    expect(remindersDue({ dueOn: '2026-11-27', closed: true, sentKeys: [] }, '2026-11-30', [2])).toEqual({ send: [], superseded: [] });
  });

  it('gives a moved deadline its own keys', () => {
    const moved = remindersDue(open('2026-12-04', ['2026-11-27:BEFORE:2', '2026-11-27:OVERDUE']), '2026-12-02', [2]);
    expect(moved.send.map((s) => s.key)).toEqual(['2026-12-04:BEFORE:2']);
  });

  it('sends nothing without lead times before the due date; deduplicates and sorts lead times', () => {
    expect(remindersDue(open('2026-11-27'), '2026-11-25', [])).toEqual({ send: [], superseded: [] });
    const r = remindersDue(open('2026-11-27'), '2026-11-26', [2, 5, 2, 1]);
    expect(r.send.map((s) => s.key)).toEqual(['2026-11-27:BEFORE:1']);
    expect(r.superseded.map((s) => s.key)).toEqual(['2026-11-27:BEFORE:2', '2026-11-27:BEFORE:5']);
  });

  it('refuses bad dates and bad lead times with the field', () => {
    const field = (fn: () => unknown): unknown => {
      try {
        fn();
      } catch (e) {
        return (e as DomainError).details.field;
      }
      return null;
    };
    expect(field(() => remindersDue(open('2026-02-30'), '2026-11-25', [2]))).toBe('dueOn');
    expect(field(() => remindersDue(open('2026-11-27'), '25.11.2026', [2]))).toBe('today');
    expect(field(() => remindersDue(open('2026-11-27'), '2026-11-25', [0]))).toBe('leadWorkingDays');
    expect(field(() => remindersDue(open('2026-11-27'), '2026-11-25', [1.5]))).toBe('leadWorkingDays');
    expect(field(() => remindersDue(open('2026-11-27'), '2026-11-25', [MAX_REMINDER_LEAD_WD + 1]))).toBe('leadWorkingDays');
    expect(field(() => remindersDue(open('2026-11-27'), '2026-11-25', [MAX_REMINDER_LEAD_WD]))).toBeNull();
  });
});

describe('reminderKey, kinds and policy', () => {
  it('spells the keys', () => {
    expect(reminderKey('2026-11-27', 'BEFORE', 3)).toBe('2026-11-27:BEFORE:3');
    expect(reminderKey('2026-11-27', 'OVERDUE', null)).toBe('2026-11-27:OVERDUE');
  });

  it('has a default policy for every kind', () => {
    for (const k of DEADLINE_KINDS) {
      expect(isDeadlineKind(k)).toBe(true);
      expect(DEFAULT_REMINDER_POLICY[k].length).toBeGreaterThan(0);
    }
    expect(isDeadlineKind('NOPE')).toBe(false);
    expect(isDeadlineKind(3)).toBe(false);
    expect(DEFAULT_REMINDER_POLICY.TASK_DUE).toEqual([5, 2]);
  });

  it('parses overrides over the defaults', () => {
    expect(parseReminderPolicy('')).toEqual(DEFAULT_REMINDER_POLICY);
    const p = parseReminderPolicy(' TASK_DUE = 3, 1 ; ROADMAP_REWORK=4;');
    expect(p.TASK_DUE).toEqual([1, 3]);
    expect(p.ROADMAP_REWORK).toEqual([4]);
    expect(p.INITIATIVE_ACTION).toEqual(DEFAULT_REMINDER_POLICY.INITIATIVE_ACTION);
  });

  it.each(['NOPE=2', 'TASK_DUE', 'TASK_DUE=', 'TASK_DUE=a', 'TASK_DUE=0', 'TASK_DUE=61', 'TASK_DUE=2=3', 'TASK_DUE=2,,3'])(
    'refuses %p naming the variable',
    (text) => {
      expect(() => parseReminderPolicy(text)).toThrow(DomainError);
      try {
        parseReminderPolicy(text);
      } catch (e) {
        expect((e as DomainError).details.field).toBe('NDIP_NOTIFY_REMINDER_DAYS');
      }
    },
  );
});
