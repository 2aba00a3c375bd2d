/**
 * Deadline reminders (issue #12): which reminders of one deadline are due on a given date.
 *
 * A deadline has a last day (`dueOn`, the period ends at the end of that day). Its type has a list of
 * lead times in working days (rules.md §4.9, the one calendar): a "BEFORE n" reminder is due on the first
 * working day d with workingDaysBetween(d, dueOn) ≤ n and d ≤ dueOn, i.e. n working days before the last
 * day, or later when the deadline appeared late or the scheduler did not run (catch-up). Only the most
 * urgent of several due BEFORE reminders is sent; the others are superseded (recorded, never sent). The
 * OVERDUE notice is due from the day after `dueOn` (any day, working or not), and supersedes every unsent
 * BEFORE reminder. A closed deadline (the act was done) gets nothing. Each reminder has a key that includes
 * the due date, so that a moved deadline gets its own reminders and a stored key makes each one exactly once.
 */
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { WorkingDayCalendar, defaultCalendar, isWorkingDay, workingDaysBetween } from '../reference/calendar';
import { IsoDate, assertIsoDate, compareDates, daysBetween } from '../reference/iso-date';

/** The clocks of the rules that NDIP reminds of. */
export const DEADLINE_KINDS = [
  'TASK_DUE', // roadmap task due date (T6)
  'TASK_VALIDATION', // National Chamber validation, 5 WD from completion (T10)
  'INITIATIVE_ACTION', // MIO's 30-CD clock on a transferred initiative (I2)
  'ROADMAP_FORM', // roadmap to be formed by the MIO
  'ROADMAP_REWORK', // roadmap fix after a return, 5 WD (R5)
  'QUARTERLY_REPORT', // quarterly reports by the 15th / 20th (rules.md §4.8)
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export function isDeadlineKind(v: unknown): v is DeadlineKind {
  return typeof v === 'string' && (DEADLINE_KINDS as readonly string[]).includes(v);
}

/** Lead times in working days, per kind. */
export type ReminderPolicy = Readonly<Record<DeadlineKind, readonly number[]>>;

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  TASK_DUE: [5, 2],
  TASK_VALIDATION: [2],
  INITIATIVE_ACTION: [5, 2],
  ROADMAP_FORM: [2],
  ROADMAP_REWORK: [2],
  QUARTERLY_REPORT: [5, 1],
};

export const MAX_REMINDER_LEAD_WD = 60;

export type ReminderKind = 'BEFORE' | 'OVERDUE';

export interface ReminderDecision {
  kind: ReminderKind;
  /** Working days before the due date (BEFORE); null for OVERDUE. */
  leadWorkingDays: number | null;
  /** Unique per deadline: `<dueOn>:BEFORE:<n>` or `<dueOn>:OVERDUE`. */
  key: string;
  /** Working days left until the end of the due date (BEFORE), or calendar days overdue (OVERDUE). */
  days: number;
}

export interface DeadlineForReminders {
  dueOn: IsoDate;
  /** The act was done (task completed, roadmap resubmitted, report submitted …). */
  closed: boolean;
  /** Keys already recorded (sent or superseded). */
  sentKeys: readonly string[];
}

export interface RemindersDue {
  /** Reminders to send now. */
  send: ReminderDecision[];
  /** Reminders that will never be sent because a more urgent one is sent (recorded so they stay done). */
  superseded: ReminderDecision[];
}

export function reminderKey(dueOn: IsoDate, kind: ReminderKind, lead: number | null): string {
  return kind === 'OVERDUE' ? `${dueOn}:OVERDUE` : `${dueOn}:BEFORE:${lead as number}`;
}

function invalid(field: string, message: string, value: unknown): never {
  throw new DomainError(DomainErrorCode.INVALID_INPUT, `${field} ${message}`, { field, value });
}

/** Lead times: integers 1…MAX_REMINDER_LEAD_WD, deduplicated, ascending. */
function validLeads(leads: readonly number[], field = 'leadWorkingDays'): number[] {
  const out = new Set<number>();
  for (const n of leads) {
    if (!Number.isInteger(n) || n < 1 || n > MAX_REMINDER_LEAD_WD) invalid(field, `must be whole working days from 1 to ${MAX_REMINDER_LEAD_WD}`, n);
    out.add(n);
  }
  return [...out].sort((a, b) => a - b);
}

/** The pure decision: which reminders of `deadline` are due on `today` under the lead times `leads`. */
export function remindersDue(
  deadline: DeadlineForReminders,
  today: IsoDate,
  leads: readonly number[],
  calendar: WorkingDayCalendar = defaultCalendar,
): RemindersDue {
  assertIsoDate(deadline.dueOn, 'dueOn');
  assertIsoDate(today, 'today');
  const sorted = validLeads(leads);
  const none: RemindersDue = { send: [], superseded: [] };
  if (deadline.closed) return none;
  const sent = new Set(deadline.sentKeys);
  const due = deadline.dueOn;
  const before = (n: number, days: number): ReminderDecision => ({ kind: 'BEFORE', leadWorkingDays: n, key: reminderKey(due, 'BEFORE', n), days });

  if (compareDates(today, due) > 0) {
    const overdueKey = reminderKey(due, 'OVERDUE', null);
    if (sent.has(overdueKey)) return none;
    return {
      send: [{ kind: 'OVERDUE', leadWorkingDays: null, key: overdueKey, days: daysBetween(due, today) }],
      superseded: sorted.filter((n) => !sent.has(reminderKey(due, 'BEFORE', n))).map((n) => before(n, 0)),
    };
  }
  // Reminders before a deadline go out on working days only.
  if (!isWorkingDay(today, calendar)) return none;
  const left = workingDaysBetween(today, due, calendar);
  const inWindow = sorted.filter((n) => left <= n);
  if (inWindow.length === 0) return none;
  const mostUrgent = inWindow[0]!;
  if (sent.has(reminderKey(due, 'BEFORE', mostUrgent))) {
    return { send: [], superseded: inWindow.filter((n) => !sent.has(reminderKey(due, 'BEFORE', n))).map((n) => before(n, left)) };
  }
  return {
    send: [before(mostUrgent, left)],
    superseded: inWindow
      .slice(1)
      .filter((n) => !sent.has(reminderKey(due, 'BEFORE', n)))
      .map((n) => before(n, left)),
  };
}

/**
 * Parses a policy override such as `TASK_DUE=5,2;ROADMAP_REWORK=3` over the defaults. Throws a DomainError
 * (INVALID_INPUT, field `NDIP_NOTIFY_REMINDER_DAYS`) on an unknown kind or a bad number.
 */
export function parseReminderPolicy(text: string, base: ReminderPolicy = DEFAULT_REMINDER_POLICY): ReminderPolicy {
  const field = 'NDIP_NOTIFY_REMINDER_DAYS';
  const out: Record<DeadlineKind, readonly number[]> = { ...base };
  const parts = text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const part of parts) {
    const [kind, list, ...rest] = part.split('=').map((s) => s.trim());
    if (!isDeadlineKind(kind)) invalid(field, `names an unknown deadline kind (one of ${DEADLINE_KINDS.join(', ')})`, part);
    if (list === undefined || rest.length > 0 || !/^\d+(\s*,\s*\d+)*$/.test(list)) invalid(field, 'must be KIND=n[,n…] separated by ;', part);
    out[kind] = validLeads(
      list.split(',').map((x) => Number(x.trim())),
      field,
    );
  }
  return out;
}
