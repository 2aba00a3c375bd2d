/**
 * The clock of a service. The domain never reads time itself: services pass `today()` (a calendar
 * date in Asia/Almaty, where NDIP deadlines live) and `now()` (UTC instant) into the rules.
 * `NDIP_FIXED_TODAY` (YYYY-MM-DD) pins the date, for demonstrations and tests of deadlines.
 */
export const CLOCK = Symbol('CLOCK');

export interface Clock {
  now(): Date;
  today(): string;
}

const almatyDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric', month: '2-digit', day: '2-digit' });

export function almatyDateOf(instant: Date): string {
  return almatyDate.format(instant);
}

export class SystemClock implements Clock {
  constructor(private readonly fixedToday: string | null = null) {}

  now(): Date {
    return new Date();
  }

  today(): string {
    return this.fixedToday ?? almatyDateOf(this.now());
  }
}
