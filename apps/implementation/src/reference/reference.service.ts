import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  REFERENCE_EVENT_TYPES,
  builtInRows,
  can,
  compareDates,
  currentEntries,
  ruleConfigHistory,
  ruleConfigInForce,
  validateReferenceChange,
  type Actor,
  type ReferenceChange,
  type ReferenceEntry,
  type ReferenceEntryRecordedPayload,
  type ReferenceKind,
  type RuleConfig,
  type RuleEdition,
} from '@ndip/domain';
import {
  CLOCK,
  OutboxWriter,
  RULE_EDITION,
  ReferenceDataCache,
  appendAudit,
  uuidv7,
  type Clock,
  type CommandMessage,
  type ImportUsdKztRatesCommand,
  type ListReferenceCommand,
  type Page,
  type ReferenceHistoryCommand,
} from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DeadlineRecomputeService, type DeadlineRecomputeResult } from './deadline-recompute.service';
import { csvFile, flatten, parseSimpleCsv, type CsvFile } from './reference-csv';
import { ReferenceEntryEntity } from './reference.entity';

/** The writer of REFERENCE_TOPIC (the outbox relay publishes its rows like the service's own events). */
export const REFERENCE_OUTBOX = Symbol('REFERENCE_OUTBOX');

export interface ReferenceRow {
  kind: ReferenceKind;
  key: string;
  effectiveFrom: string | null;
  legalAct: string | null;
  value: Record<string, unknown>;
  source: 'BUILT_IN' | 'RECORDED';
  sequence: number | null;
  recordedAt: string | null;
}

export interface RecordResult {
  entry: ReferenceEntry;
  /** false when the change repeated the current value of its key (nothing stored, nothing published). */
  created: boolean;
  /** DAY_TRANSFER: the open working-day deadlines moved by the new calendar. */
  recomputation: DeadlineRecomputeResult | null;
}

export interface RuleConfigView {
  on: string;
  edition: RuleConfig['edition'];
  options: RuleConfig['options'];
  effectiveFrom: string | null;
  legalAct: string | null;
  /** The recorded changes, by date (the one in force is the last with effectiveFrom ≤ on). */
  history: Array<{ effectiveFrom: string; legalAct: string; sequence: number; edition: string; options: RuleConfig['options'] }>;
}

const MAX_RATE_ROWS = 5000;

function rowOf(e: ReferenceEntryEntity): ReferenceEntry {
  return {
    entryId: e.id,
    kind: e.kind as ReferenceKind,
    key: e.key,
    effectiveFrom: e.effectiveFrom,
    legalAct: e.legalAct,
    value: e.value,
    sequence: Number(e.sequence),
    recordedAt: e.recordedAt.toISOString(),
  };
}

function sameChange(a: ReferenceEntry, b: ReferenceChange): boolean {
  return a.effectiveFrom === b.effectiveFrom && a.legalAct === b.legalAct && JSON.stringify(a.value) === JSON.stringify(b.value);
}

/**
 * The reference-data store (issue 13), owned by Module 2: every change of the MCI, the decreed day transfers, the
 * rule configuration and the classifiers is validated by the domain, stored as a new row (history), audited and
 * published on REFERENCE_TOPIC in one transaction; every service (this one included) reads it into its
 * ReferenceDataCache. Only the National Company as operator (and the administrator) records changes (§9.2
 * "Operate NDIP"); everyone signed in reads.
 */
@Injectable()
export class ReferenceService implements OnApplicationBootstrap {
  private readonly log = new Logger('ReferenceService');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(REFERENCE_OUTBOX) private readonly outbox: OutboxWriter,
    private readonly cache: ReferenceDataCache,
    private readonly recompute: DeadlineRecomputeService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  /** The store is the source: its rows are in the cache before the first command, whatever the topic has delivered. */
  async onApplicationBootstrap(): Promise<void> {
    const rows = await this.dataSource.getRepository(ReferenceEntryEntity).find({ order: { sequence: 'ASC' } });
    for (const r of rows) this.cache.apply(rowOf(r));
    this.log.log(`reference store: ${rows.length} recorded changes`);
  }

  private requireOperator(actor: Actor): void {
    if (!can(actor.role, 'platform.operate', this.edition.code, 'perform')) {
      throw new DomainError(DomainErrorCode.WRONG_ROLE, `${actor.role} may not change reference data (the National Company operates NDIP)`, { field: 'role' });
    }
  }

  async record(kind: ReferenceKind, change: Record<string, unknown>, cmd: CommandMessage): Promise<RecordResult> {
    this.requireOperator(cmd.actor);
    // The id is known before the commit, so the entry coming back through the topic cannot start a second run.
    const id = uuidv7(this.clock.now().getTime());
    if (kind === 'DAY_TRANSFER') this.recompute.recordedHere(id);
    const result = await this.dataSource
      .transaction((m) => this.recordIn(m, kind, change, cmd, id))
      .catch((e: unknown) => {
        this.recompute.forget(id);
        throw e;
      });
    const transfer = result.created && kind === 'DAY_TRANSFER';
    if (!result.created) this.recompute.forget(id);
    this.cache.apply(result.entry);
    const recomputation = transfer ? await this.recompute.runQueued(this.clock.today(), cmd.actor, cmd.correlationId) : null;
    return { ...result, recomputation };
  }

  private async recordIn(
    m: EntityManager,
    kind: ReferenceKind,
    change: Record<string, unknown>,
    cmd: CommandMessage,
    id: string = uuidv7(this.clock.now().getTime()),
  ): Promise<Omit<RecordResult, 'recomputation'>> {
    // One writer per kind at a time: the "current value" and the rule-configuration base cannot change under us.
    await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`ndip.reference.${kind}`]);
    const repo = m.getRepository(ReferenceEntryEntity);
    const ofKind = (await repo.find({ where: { kind }, order: { sequence: 'ASC' } })).map(rowOf);
    let ruleConfigBase: RuleConfig | undefined;
    if (kind === 'RULE_CONFIG' && typeof change.effectiveFrom === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(change.effectiveFrom)) {
      ruleConfigBase = ruleConfigInForce(ofKind, change.effectiveFrom).config;
    }
    const c = validateReferenceChange(kind, change, { ruleConfigBase });
    const previous = currentEntries(ofKind, kind).get(c.key) ?? null;
    if (previous && sameChange(previous, c)) return { entry: previous, created: false };
    const recordedAt = this.clock.now();
    await repo.insert({
      id,
      kind,
      key: c.key,
      effectiveFrom: c.effectiveFrom,
      legalAct: c.legalAct,
      value: c.value,
      recordedAt,
      recordedBy: cmd.actor.userId,
      recordedByOrganization: cmd.actor.organizationId,
    } as QueryDeepPartialEntity<ReferenceEntryEntity>);
    const saved = await repo.findOneOrFail({ where: { id } });
    const entry = rowOf(saved);
    const payload: ReferenceEntryRecordedPayload = { ...entry };
    await this.outbox.append(
      m,
      [{ type: REFERENCE_EVENT_TYPES.entryRecorded, version: 1, aggregateType: 'reference', aggregateId: `${kind}:${c.key}`, payload }],
      {
        actor: cmd.actor,
        correlationId: cmd.correlationId,
        causationId: null,
        ruleEdition: this.edition.code,
        occurredAt: recordedAt,
      },
    );
    await appendAudit(m, {
      actor: cmd.actor,
      action: c.value === null ? `reference.${kind.toLowerCase()}.retire` : `reference.${kind.toLowerCase()}.record`,
      entityType: 'reference',
      entityId: `${kind}:${c.key}`,
      oldValue: previous,
      newValue: entry,
      ruleEdition: this.edition.code,
      correlationId: cmd.correlationId,
    });
    return { entry, created: true };
  }

  /** The current table of a kind: built-in rows with the recorded changes on top (retired keys left out), by key. */
  async current(kind: ReferenceKind): Promise<ReferenceRow[]> {
    const recorded = (await this.dataSource.getRepository(ReferenceEntryEntity).find({ where: { kind } })).map(rowOf);
    const rows = new Map<string, ReferenceRow>();
    for (const b of builtInRows(kind)) rows.set(b.key, { kind, ...b, source: 'BUILT_IN', sequence: null, recordedAt: null });
    for (const [key, e] of currentEntries(recorded, kind)) {
      if (e.value === null) rows.delete(key);
      else
        rows.set(key, {
          kind,
          key,
          effectiveFrom: e.effectiveFrom,
          legalAct: e.legalAct,
          value: e.value,
          source: 'RECORDED',
          sequence: e.sequence,
          recordedAt: e.recordedAt,
        });
    }
    return [...rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  async list(q: ListReferenceCommand): Promise<Page<ReferenceRow>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const all = (await this.current(q.kind)).filter((r) => !q.key || r.key.includes(q.key));
    return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize };
  }

  /** Every recorded change of a kind (or of one key), newest first. */
  async history(q: ReferenceHistoryCommand): Promise<Page<ReferenceEntry & { recordedBy: string }>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const qb = this.dataSource.getRepository(ReferenceEntryEntity).createQueryBuilder('e').where('e.kind = :kind', { kind: q.kind });
    if (q.key) qb.andWhere('e.key = :key', { key: q.key });
    const [rows, total] = await qb
      .orderBy('e.sequence', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: rows.map((r) => ({ ...rowOf(r), recordedBy: r.recordedBy })), total, page, pageSize };
  }

  /** The current table as CSV: key, dates, act, source, then the value's fields (names flattened: name.kk …). */
  async exportCsv(kind: ReferenceKind): Promise<CsvFile> {
    const rows = await this.current(kind);
    const flat = rows.map((r) => flatten(r.value));
    const fields = [...new Set(flat.flatMap((f) => Object.keys(f)))];
    const header = ['key', ...fields, 'effective_from', 'legal_act', 'source', 'recorded_at'];
    const body = rows.map((r, i) => [r.key, ...fields.map((f) => flat[i]![f]), r.effectiveFrom, r.legalAct, r.source, r.recordedAt]);
    return csvFile(`reference-${kind.toLowerCase().replace(/_/g, '-')}.csv`, header, body);
  }

  /** The rule configuration in force on a date (default today) and its history. */
  async ruleConfig(on: string | undefined): Promise<RuleConfigView> {
    const date = on ?? this.clock.today();
    const recorded = (await this.dataSource.getRepository(ReferenceEntryEntity).find({ where: { kind: 'RULE_CONFIG' } })).map(rowOf);
    const inForce = ruleConfigInForce(recorded, date);
    return {
      on: date,
      edition: inForce.config.edition,
      options: inForce.config.options,
      effectiveFrom: inForce.effectiveFrom,
      legalAct: inForce.legalAct,
      history: ruleConfigHistory(recorded).map((h) => ({
        effectiveFrom: h.effectiveFrom,
        legalAct: h.legalAct,
        sequence: h.sequence,
        edition: h.config.edition,
        options: h.config.options,
      })),
    };
  }

  /**
   * Official USD/KZT rates from a CSV (header date,rate): the whole file is checked first (every bad row named by
   * its line and field, nothing stored), then each rate is recorded (a rate equal to the stored one is skipped).
   */
  async importRates(d: ImportUsdKztRatesCommand, cmd: CommandMessage): Promise<{ rows: number; recorded: number; unchanged: number }> {
    this.requireOperator(cmd.actor);
    const csv = parseSimpleCsv(d.csv);
    if (!csv.header.includes('date') || !csv.header.includes('rate')) {
      throw new DomainError(DomainErrorCode.INVALID_INPUT, 'the CSV needs the header date,rate', { field: 'csv' });
    }
    if (csv.rows.length === 0) throw new DomainError(DomainErrorCode.INVALID_INPUT, 'the CSV has no rows', { field: 'csv' });
    if (csv.rows.length > MAX_RATE_ROWS) throw new DomainError(DomainErrorCode.INVALID_INPUT, `at most ${MAX_RATE_ROWS} rows per file`, { field: 'csv' });
    const problems: { field: string; message: string }[] = [];
    const seen = new Map<string, number>();
    const changes = csv.rows.map((r) => {
      const change = { date: r.cells.date, rate: r.cells.rate, legalAct: d.legalAct };
      try {
        validateReferenceChange('USD_KZT_RATE', change);
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        problems.push({ field: `line ${r.line}: ${String(e.details.field ?? 'row')}`, message: e.message });
      }
      const first = seen.get(r.cells.date ?? '');
      if (first !== undefined) problems.push({ field: `line ${r.line}: date`, message: `the date is on line ${first} already` });
      else seen.set(r.cells.date ?? '', r.line);
      return change;
    });
    if (problems.length > 0) {
      throw new DomainError(DomainErrorCode.INVALID_INPUT, `${problems.length} problem(s) in the file; nothing was imported`, {
        field: problems[0]!.field,
        problems,
      });
    }
    const results = await this.dataSource.transaction(async (m) => {
      const out: Omit<RecordResult, 'recomputation'>[] = [];
      for (const c of changes.sort((a, b) => compareDates(a.date as string, b.date as string))) out.push(await this.recordIn(m, 'USD_KZT_RATE', c, cmd));
      return out;
    });
    for (const r of results) this.cache.apply(r.entry);
    const recorded = results.filter((r) => r.created).length;
    return { rows: results.length, recorded, unchanged: results.length - recorded };
  }
}
