import type { Actor } from '../access/organization-type';
import { actionExistsIn, can, type AccessMode, type ActionCode } from '../access/permissions';
import type { RuleEdition, Timer } from '../editions/rule-edition';
import { DomainError, DomainErrorCode, isDomainError, type DomainErrorDetails } from '../errors/domain-error';
import type { DomainEvent, RuleEditionCode } from '../events/envelope';
import { addCalendarDays, addWorkingDays, compareDates, isValidIsoDate, type WorkingDayCalendar } from '../reference/calendar';

/** What every decision gets besides the state and the command. `today` is YYYY-MM-DD in Asia/Almaty. */
export interface TransitionContext {
  actor: Actor;
  today: string;
  edition: RuleEdition;
  calendar?: WorkingDayCalendar;
}

export type Decision<S> = { ok: true; state: S; events: DomainEvent[] } | { ok: false; error: DomainError };

/** Every machine state carries the edition it was decided under (rules.md §2.5(1): pinned). */
export interface EditionPinned {
  edition: RuleEditionCode;
}

export function accept<S>(state: S, events: DomainEvent[]): Decision<S> {
  return { ok: true, state, events };
}

export function reject<S>(code: DomainErrorCode, message: string, details: DomainErrorDetails = {}): Decision<S> {
  return { ok: false, error: new DomainError(code, message, details) };
}

/** Internal: thrown inside a machine and turned into `{ ok: false }` by `guarded`. */
export function fail(code: DomainErrorCode, message: string, details: DomainErrorDetails = {}): never {
  throw new DomainError(code, message, details);
}

/** Runs a decision body; any DomainError thrown inside (also by the calendar) becomes a refusal. */
export function guarded<S>(body: () => Decision<S>): Decision<S> {
  try {
    return body();
  } catch (e) {
    if (isDomainError(e)) return { ok: false, error: e };
    throw e;
  }
}

/** Checks the context itself: a valid `today` and, for an existing state, the same edition as the state. */
export function checkContext(state: EditionPinned | null, ctx: TransitionContext): void {
  if (!isValidIsoDate(ctx.today)) fail(DomainErrorCode.INVALID_INPUT, 'today must be a YYYY-MM-DD date', { field: 'today' });
  if (state !== null && state.edition !== ctx.edition.code) {
    fail(DomainErrorCode.CONFLICT, `the record is pinned to ${state.edition}, not ${ctx.edition.code}`, { field: 'edition' });
  }
}

/** NOT_IN_EDITION unless the §9.2 row of the action exists in the edition. */
export function requireInEdition(action: ActionCode, ctx: TransitionContext): void {
  if (!actionExistsIn(action, ctx.edition.code)) {
    fail(DomainErrorCode.NOT_IN_EDITION, `${action} does not exist in ${ctx.edition.code}`, { action });
  }
}

/** WRONG_ROLE unless the §9.2 matrix gives the actor's role the right (in `mode`) for the action. */
export function requireRole(action: ActionCode, ctx: TransitionContext, mode: AccessMode = 'act'): void {
  requireInEdition(action, ctx);
  if (!can(ctx.actor.role, action, ctx.edition.code, mode)) {
    fail(DomainErrorCode.WRONG_ROLE, `${ctx.actor.role} may not ${action} (${mode})`, { action, role: ctx.actor.role });
  }
}

export function requireStatus<T extends string>(status: T, allowed: readonly T[], action: string): void {
  if (!allowed.includes(status)) {
    fail(DomainErrorCode.WRONG_STATE, `${action} is not allowed in status ${status}`, { status, allowed: [...allowed] });
  }
}

export function requireExisting<S>(state: S | null, action: string): S {
  if (state === null) fail(DomainErrorCode.WRONG_STATE, `${action} needs an existing record`, { status: null });
  return state;
}

export function requireNew(state: unknown, action: string): void {
  if (state !== null) fail(DomainErrorCode.CONFLICT, `${action} creates a record, but one already exists`);
}

/** The date the timer ends (inclusive), counted from `start` (day 0) in the timer's unit (rules.md §4.9). */
export function timerEnd(timer: Pick<Timer, 'value' | 'unit'>, start: string, ctx: TransitionContext): string {
  return timer.unit === 'CD' ? addCalendarDays(start, timer.value, ctx.calendar) : addWorkingDays(start, timer.value, ctx.calendar);
}

/** True when `today` is after the inclusive due date. */
export function isAfter(today: string, dueOn: string): boolean {
  return compareDates(today, dueOn) > 0;
}

/** DEADLINE_PASSED when `today` is after the inclusive due date. */
export function requireNotAfter(today: string, dueOn: string, what: string): void {
  if (isAfter(today, dueOn)) fail(DomainErrorCode.DEADLINE_PASSED, `${what} was due by ${dueOn}`, { dueOn });
}

// ---- input validation helpers (INVALID_INPUT with details.field) ----

export function requireText(value: unknown, field: string, maxLength = 2000): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > maxLength) {
    fail(DomainErrorCode.INVALID_INPUT, `${field} must be a non-empty string of at most ${maxLength} characters`, { field });
  }
  return value;
}

export function optionalText(value: unknown, field: string, maxLength = 2000): string | null {
  if (value === undefined || value === null) return null;
  return requireText(value, field, maxLength);
}

export function requireDate(value: unknown, field: string): string {
  if (!isValidIsoDate(value)) fail(DomainErrorCode.INVALID_INPUT, `${field} must be a YYYY-MM-DD date`, { field });
  return value;
}

export function optionalDate(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  return requireDate(value, field);
}

export function requireBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') fail(DomainErrorCode.INVALID_INPUT, `${field} must be a boolean`, { field });
  return value;
}

export function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(DomainErrorCode.INVALID_INPUT, `${field} must be one of ${allowed.join(', ')}`, { field });
  }
  return value as T;
}

export function requireNotFuture(date: string, today: string, field: string): void {
  if (compareDates(date, today) > 0) fail(DomainErrorCode.INVALID_INPUT, `${field} may not be in the future`, { field });
}

/** Region scoping (§9.3): an actor bound to a region acts only on records of that region. */
export function requireSameRegion(actor: Actor, regionCode: string | null, action: string): void {
  if (!actor.regionCode || actor.regionCode !== regionCode) {
    fail(DomainErrorCode.WRONG_ROLE, `${action}: the actor's region ${actor.regionCode ?? '(none)'} is not ${regionCode ?? '(none)'}`, {
      field: 'actor.regionCode',
    });
  }
}

export function event<P>(aggregateType: string, aggregateId: string, type: string, payload: P): DomainEvent<P> {
  return { type, version: 1, aggregateType, aggregateId, payload };
}

/** One row of a machine's command table: the §9.2 action, the access mode and the source statuses (null = creating command). */
export interface CommandSpec<St extends string> {
  action: ActionCode;
  mode: AccessMode;
  from: readonly St[] | null;
}

/**
 * The common checks, in order: context → edition → §9.2 role → existence and status.
 * Returns the existing state (or null for a creating command).
 */
export function authorizeCommand<St extends string, S extends EditionPinned & { status: St }>(
  state: S | null,
  type: string,
  spec: CommandSpec<St>,
  ctx: TransitionContext,
): S | null {
  checkContext(state, ctx);
  requireRole(spec.action, ctx, spec.mode);
  if (spec.from === null) {
    requireNew(state, type);
    return null;
  }
  const s = requireExisting(state, type);
  requireStatus(s.status, spec.from, type);
  return s;
}

/** Command types for which `check` does not throw (used by the `allowed…Actions` helpers). */
export function passing<T extends string>(types: readonly T[], check: (type: T) => void): T[] {
  return types.filter((t) => {
    try {
      check(t);
      return true;
    } catch {
      return false;
    }
  });
}

export function requireTextList(value: unknown, field: string, minItems = 1): string[] {
  if (!Array.isArray(value) || value.length < minItems || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
    fail(DomainErrorCode.INVALID_INPUT, `${field} must be a list of at least ${minItems} non-empty strings`, { field });
  }
  return [...(value as string[])];
}
