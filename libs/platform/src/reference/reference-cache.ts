import {
  MCI_TABLE,
  calendarWith,
  classifyPool,
  defaultCalendar,
  dayTransfersWith,
  isReferenceKind,
  mciForYear,
  mciTableWith,
  ruleConfigInForce,
  type DayTransfer,
  type IsoDate,
  type MciRow,
  type ReferenceEntry,
  type RuleConfig,
  type WorkingDayCalendar,
} from '@ndip/domain';

/** What a decision stored about the reference data it used (e.g. on a pool classification). */
export interface RuleConfigApplied {
  config: RuleConfig;
  effectiveFrom: IsoDate | null;
  legalAct: string | null;
}

/**
 * The reference data of one service process: every recorded change (fed from REFERENCE_TOPIC by the
 * ReferenceDataConsumer, from offset 0 at each start), and the tables the decisions read — the MCI table, the
 * working-day calendar with the decreed transfers, the rule configuration in force on a date. Applying an entry
 * twice (a redelivery, or the owner applying its own write before the topic brings it back) changes nothing.
 * Until the first entry arrives the built-in tables of libs/domain apply.
 */
export class ReferenceDataCache {
  private readonly byId = new Map<string, ReferenceEntry>();
  private mci: MciRow[] = [...MCI_TABLE];
  private cal: WorkingDayCalendar = defaultCalendar;
  private readonly listeners: Array<(e: ReferenceEntry) => void> = [];

  /** Adds a recorded change; false when it was known already (idempotent on the entry id). */
  apply(e: ReferenceEntry): boolean {
    if (!isReferenceKind(e.kind)) return false;
    if (this.byId.has(e.entryId)) return false;
    this.byId.set(e.entryId, e);
    if (e.kind === 'MCI') this.mci = mciTableWith(this.byId.values());
    if (e.kind === 'DAY_TRANSFER') this.cal = calendarWith(this.byId.values());
    for (const l of this.listeners) l(e);
    return true;
  }

  /** Called after each new entry (e.g. to recompute deadlines when a day transfer arrives). */
  onEntry(listener: (e: ReferenceEntry) => void): void {
    this.listeners.push(listener);
  }

  size(): number {
    return this.byId.size;
  }

  entries(): ReferenceEntry[] {
    return [...this.byId.values()];
  }

  mciTable(): readonly MciRow[] {
    return this.mci;
  }

  /** rules.md §4.1: the MCI of 1 January of the year, from the store's table. */
  mciForYear(year: number): number {
    return mciForYear(year, this.mci);
  }

  /** The one working-day calendar with the store's decreed transfers. */
  calendar(): WorkingDayCalendar {
    return this.cal;
  }

  dayTransfers(): DayTransfer[] {
    return dayTransfersWith(this.byId.values());
  }

  /** The rule configuration in force on a date, with the act that set it (null dates = the defaults). */
  ruleConfigOn(date: IsoDate): RuleConfigApplied {
    return ruleConfigInForce(this.byId.values(), date);
  }

  /** classifyPool with the store's MCI table and the `nationalInclusive` option in force on the date. */
  classifyPool(input: Parameters<typeof classifyPool>[0], on: IsoDate, options: Parameters<typeof classifyPool>[1] = {}): ReturnType<typeof classifyPool> {
    const rules = this.ruleConfigOn(on).config;
    return classifyPool(input, { nationalInclusive: rules.options.nationalInclusive, ...options, mciTable: this.mci });
  }
}
