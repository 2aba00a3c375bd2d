/**
 * Reference data with effective dates (issue 13): the values NDIP's decisions depend on that change by law — the MCI,
 * decreed day transfers, the rule configuration — and the classifiers (regions, countries, sectors, priority goods,
 * Global 2000, USD/KZT rates). Each change carries the date it applies from and the legal act behind it; the store
 * keeps every change (history, never overwritten) and the current value of a key is its last recorded change.
 * Built-in rows (MCI_TABLE, KZ_DECREED_TRANSFERS, REGIONS) are the seed: a recorded change of the same key replaces
 * or (retired) removes the built-in row. Pure: the store and the clock are elsewhere.
 */
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { KZ_DECREED_TRANSFERS, KZ_FIXED_HOLIDAYS, KZ_KURBAN_AIT, WorkingDayCalendar, defaultCalendar, type DayTransfer, type LocalizedName } from './calendar';
import { compareDates, isValidIsoDate, type IsoDate } from './iso-date';
import { MCI_TABLE, type MciRow } from './mci';
import { REGIONS, type Region } from './regions';
import { DEFAULT_RULE_CONFIG, ruleConfigOn, ruleConfigRecordOn, validateRuleConfig, type RuleConfig, type RuleConfigRecord } from './rule-config';

export const REFERENCE_KINDS = [
  'MCI',
  'DAY_TRANSFER',
  'RULE_CONFIG',
  'REGION',
  'COUNTRY',
  'SECTOR',
  'PRIORITY_PRODUCT',
  'GLOBAL_2000',
  'USD_KZT_RATE',
] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export function isReferenceKind(v: unknown): v is ReferenceKind {
  return typeof v === 'string' && (REFERENCE_KINDS as readonly string[]).includes(v);
}

/** One recorded change, as stored and published (`reference.entry.recorded`). `value` null = the key was retired. */
export interface ReferenceEntry {
  entryId: string;
  kind: ReferenceKind;
  key: string;
  effectiveFrom: IsoDate;
  legalAct: string;
  value: Record<string, unknown> | null;
  /** Order of recording across the store (a later one of the same key wins). */
  sequence: number;
  recordedAt: string;
}

/** A validated change, ready to be stored. */
export interface ReferenceChange {
  kind: ReferenceKind;
  key: string;
  effectiveFrom: IsoDate;
  legalAct: string;
  value: Record<string, unknown> | null;
}

/** What the validation of some kinds needs from the store. */
export interface ReferenceValidationContext {
  /** RULE_CONFIG: the configuration in force on the change's date (options not given keep these values). */
  ruleConfigBase?: RuleConfig;
}

export const LEGAL_ACT_MAX = 500;
export const MCI_MAX_KZT = 10_000_000;
const NAME_MAX = 300;

function invalid(field: string, message: string, value?: unknown): never {
  throw new DomainError(DomainErrorCode.INVALID_INPUT, message, { field, value });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function date(v: unknown, field: string): IsoDate {
  if (!isValidIsoDate(v)) invalid(field, `${field} must be a calendar date YYYY-MM-DD`, v);
  return v;
}

function text(v: unknown, field: string, max: number): string {
  if (typeof v !== 'string' || v.trim() === '') invalid(field, `${field} is required`, v);
  const t = v.trim();
  if (t.length > max) invalid(field, `${field} is longer than ${max} characters`, t.length);
  return t;
}

function int(v: unknown, field: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) invalid(field, `${field} must be an integer from ${min} to ${max}`, v);
  return v;
}

function pattern(v: unknown, field: string, re: RegExp, what: string): string {
  if (typeof v !== 'string' || !re.test(v)) invalid(field, `${field} must be ${what}`, v);
  return v;
}

function oneOf<T extends string>(v: unknown, field: string, values: readonly T[]): T {
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) invalid(field, `${field} must be one of ${values.join(', ')}`, v);
  return v as T;
}

function localizedName(v: unknown, field = 'name'): LocalizedName {
  if (!isObject(v)) invalid(field, `${field} must give the name in kk, ru and en`);
  return { kk: text(v.kk, `${field}.kk`, NAME_MAX), ru: text(v.ru, `${field}.ru`, NAME_MAX), en: text(v.en, `${field}.en`, NAME_MAX) };
}

/** The calendar without any decreed transfer: what a transfer is checked against. */
const BASE_CALENDAR = new WorkingDayCalendar({ fixedHolidays: KZ_FIXED_HOLIDAYS, kurbanAit: KZ_KURBAN_AIT, transfers: [] });

export const REGION_KINDS = ['OBLAST', 'CITY_REP', 'CAPITAL', 'DISTRICT'] as const;
/** The levels of the priority-goods list (order No. 306) that score in the green corridor (C3). */
export const PRIORITY_TECHNOLOGY_LEVELS = ['MEDIUM', 'HIGH'] as const;

type KindRule = (c: Record<string, unknown>, effectiveFrom: IsoDate, ctx: ReferenceValidationContext) => { key: string; value: Record<string, unknown> };

const RULES: Record<ReferenceKind, KindRule> = {
  // rules.md §4.1: a value from a date (1 January, or a mid-year amendment); keyed by that date.
  MCI: (c, from) => ({ key: from, value: { valueKzt: int(c.valueKzt, 'valueKzt', 1, MCI_MAX_KZT) } }),
  // rules.md §4.9: the date becomes a working day (a Saturday worked) or a day off (the day it moves to).
  DAY_TRANSFER: (c, from) => {
    const d = date(c.date, 'date');
    const kind = oneOf(c.kind, 'kind', ['WORKDAY', 'DAY_OFF'] as const);
    if (!BASE_CALENDAR.isKnownYear(Number(d.slice(0, 4))))
      invalid('date', `the working-day calendar has no data for ${d.slice(0, 4)} (known: ${BASE_CALENDAR.knownYears.join(', ')})`, d);
    if (compareDates(from, d) > 0) invalid('effectiveFrom', 'a transfer must be in force on or before the day it moves', from);
    const working = BASE_CALENDAR.isWorkingDay(d);
    if (kind === 'WORKDAY' && working) invalid('kind', `${d} is a working day already: only a day off can become a working day`, kind);
    if (kind === 'DAY_OFF' && !working) invalid('kind', `${d} is a day off already: only a working day can become a day off`, kind);
    return { key: d, value: { date: d, kind } };
  },
  RULE_CONFIG: (c, from, ctx) => {
    const cfg = validateRuleConfig({ edition: c.edition, options: c.options }, ctx.ruleConfigBase ?? DEFAULT_RULE_CONFIG);
    return { key: from, value: { edition: cfg.edition, options: cfg.options } };
  },
  REGION: (c) => {
    const code = pattern(c.code, 'code', /^\d{9}$/, 'a 9-digit KATO code');
    const kind = oneOf(c.kind, 'kind', REGION_KINDS);
    let parentCode: string | null = null;
    if (kind === 'DISTRICT' || (c.parentCode !== undefined && c.parentCode !== null)) {
      parentCode = pattern(c.parentCode, 'parentCode', /^\d{9}$/, 'the 9-digit KATO code of the region');
      if (parentCode === code) invalid('parentCode', 'a region is not its own parent', parentCode);
    }
    return { key: code, value: { code, kind, parentCode, name: localizedName(c.name) } };
  },
  COUNTRY: (c) => {
    const alpha2 = pattern(c.alpha2, 'alpha2', /^[A-Z]{2}$/, 'the ISO 3166-1 alpha-2 code (two capital letters)');
    const alpha3 = pattern(c.alpha3, 'alpha3', /^[A-Z]{3}$/, 'the ISO 3166-1 alpha-3 code (three capital letters)');
    const numeric = pattern(c.numeric, 'numeric', /^\d{3}$/, 'the ISO 3166-1 numeric code (three digits)');
    return { key: alpha2, value: { alpha2, alpha3, numeric, name: localizedName(c.name) } };
  },
  // OKED (ОКЭД, NACE-based): sections A–U and two-digit divisions under a section.
  SECTOR: (c) => {
    const code = pattern(c.code, 'code', /^([A-U]|\d{2})$/, 'an OKED section (A–U) or division (two digits)');
    const section = /^\d{2}$/.test(code) ? pattern(c.section, 'section', /^[A-U]$/, 'the OKED section (A–U) of the division') : code;
    return { key: code, value: { code, section, name: localizedName(c.name) } };
  },
  // The list of priority goods (order No. 306): commodity code (ТН ВЭД ЕАЭС) and its technology level.
  PRIORITY_PRODUCT: (c) => {
    const code = pattern(c.code, 'code', /^\d{4}(\d{2}){0,3}$/, 'a commodity code of 4, 6, 8 or 10 digits');
    const technologyLevel = oneOf(c.technologyLevel, 'technologyLevel', PRIORITY_TECHNOLOGY_LEVELS);
    return { key: code, value: { code, technologyLevel, name: localizedName(c.name) } };
  },
  // Forbes Global 2000: one list per year, keyed by year and rank.
  GLOBAL_2000: (c) => {
    const year = int(c.year, 'year', 2003, 2100);
    const rank = int(c.rank, 'rank', 1, 2000);
    const company = text(c.company, 'company', 200);
    const countryCode =
      c.countryCode === undefined || c.countryCode === null ? null : pattern(c.countryCode, 'countryCode', /^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code');
    return { key: `${year}:${String(rank).padStart(4, '0')}`, value: { year, rank, company, countryCode } };
  },
  // The National Bank's official rate of a date, tenge per US dollar (up to 4 decimals).
  USD_KZT_RATE: (c, from) => {
    const d = date(c.date, 'date');
    if (compareDates(from, d) !== 0) invalid('effectiveFrom', 'an official rate is in force on its own date', from);
    const rate = pattern(c.rate, 'rate', /^(0|[1-9]\d{0,5})(\.\d{1,4})?$/, 'a decimal number of tenge per dollar (up to 4 decimals)');
    if (/^0(\.0+)?$/.test(rate)) invalid('rate', 'rate must be above zero', rate);
    return { key: d, value: { date: d, rate } };
  },
};

/**
 * Validates one change of a kind. The common fields are `effectiveFrom` (the date it applies from) and `legalAct`
 * (the act that set it); `retired: true` withdraws the key from that date (no other field needed but its key).
 * DomainError INVALID_INPUT names the field; nothing is stored by a refused change.
 */
export function validateReferenceChange(kind: unknown, input: unknown, ctx: ReferenceValidationContext = {}): ReferenceChange {
  if (!isReferenceKind(kind)) invalid('kind', `kind must be one of ${REFERENCE_KINDS.join(', ')}`, kind);
  if (!isObject(input)) invalid('body', 'the change must be an object');
  const legalAct = text(input.legalAct, 'legalAct', LEGAL_ACT_MAX);
  // An official rate is in force on its own date: without effectiveFrom, its date (checked as `date`).
  const effectiveFrom = input.effectiveFrom === undefined && kind === 'USD_KZT_RATE' ? date(input.date, 'date') : date(input.effectiveFrom, 'effectiveFrom');
  if (input.retired !== undefined && typeof input.retired !== 'boolean') invalid('retired', 'retired must be true or false', input.retired);
  if (input.retired === true) {
    const key = retiredKey(kind, input, effectiveFrom);
    return { kind, key, effectiveFrom, legalAct, value: null };
  }
  const { key, value } = RULES[kind](input, effectiveFrom, ctx);
  return { kind, key, effectiveFrom, legalAct, value };
}

/** The key a retirement names: the date-keyed kinds by their date, the others by their code. */
function retiredKey(kind: ReferenceKind, c: Record<string, unknown>, from: IsoDate): string {
  switch (kind) {
    case 'MCI':
    case 'RULE_CONFIG':
      return from;
    case 'DAY_TRANSFER':
    case 'USD_KZT_RATE':
      return date(c.date, 'date');
    case 'COUNTRY':
      return pattern(c.alpha2, 'alpha2', /^[A-Z]{2}$/, 'the ISO 3166-1 alpha-2 code');
    case 'GLOBAL_2000':
      return `${int(c.year, 'year', 2003, 2100)}:${String(int(c.rank, 'rank', 1, 2000)).padStart(4, '0')}`;
    default:
      return text(c.code, 'code', 20);
  }
}

/** The current entry of each key of a kind (its last recorded change), retired keys included (value null). */
export function currentEntries(entries: Iterable<ReferenceEntry>, kind: ReferenceKind): Map<string, ReferenceEntry> {
  const out = new Map<string, ReferenceEntry>();
  for (const e of entries) {
    if (e.kind !== kind) continue;
    const prev = out.get(e.key);
    if (!prev || e.sequence > prev.sequence) out.set(e.key, e);
  }
  return out;
}

/** The MCI table: built-in rows with the recorded changes on top (same date replaced, retired removed), by date. */
export function mciTableWith(entries: Iterable<ReferenceEntry>, base: readonly MciRow[] = MCI_TABLE): MciRow[] {
  const rows = new Map<string, MciRow>(base.map((r) => [r.effectiveFrom, r]));
  for (const [key, e] of currentEntries(entries, 'MCI')) {
    if (e.value === null) rows.delete(key);
    else rows.set(key, { effectiveFrom: e.effectiveFrom, valueKzt: e.value.valueKzt as number, legalAct: e.legalAct });
  }
  return [...rows.values()].sort((a, b) => compareDates(a.effectiveFrom, b.effectiveFrom));
}

/** The decreed transfers: built-in ones with the recorded changes on top, by date. */
export function dayTransfersWith(entries: Iterable<ReferenceEntry>, base: readonly DayTransfer[] = KZ_DECREED_TRANSFERS): DayTransfer[] {
  const rows = new Map<string, DayTransfer>(base.map((t) => [t.date, t]));
  for (const [key, e] of currentEntries(entries, 'DAY_TRANSFER')) {
    if (e.value === null) rows.delete(key);
    else rows.set(key, { date: key, kind: e.value.kind as DayTransfer['kind'], legalAct: e.legalAct });
  }
  return [...rows.values()].sort((a, b) => compareDates(a.date, b.date));
}

/** The one working-day calendar: public holidays, Kurban Ait and the decreed transfers of the store. */
export function calendarWith(entries: Iterable<ReferenceEntry>, base: WorkingDayCalendar = defaultCalendar): WorkingDayCalendar {
  return base.withTransfers(dayTransfersWith(entries, base.data.transfers));
}

/** The rule-configuration history (current change per date, retired dates left out). */
export function ruleConfigHistory(entries: Iterable<ReferenceEntry>): RuleConfigRecord[] {
  const out: RuleConfigRecord[] = [];
  for (const e of currentEntries(entries, 'RULE_CONFIG').values()) {
    if (e.value === null) continue;
    out.push({ effectiveFrom: e.effectiveFrom, sequence: e.sequence, legalAct: e.legalAct, config: e.value as unknown as RuleConfig });
  }
  return out.sort((a, b) => compareDates(a.effectiveFrom, b.effectiveFrom));
}

/** The rule configuration in force on a date, with the act behind it (null = the defaults). */
export function ruleConfigInForce(
  entries: Iterable<ReferenceEntry>,
  on: IsoDate,
): { config: RuleConfig; effectiveFrom: IsoDate | null; legalAct: string | null } {
  const history = ruleConfigHistory(entries);
  const r = ruleConfigRecordOn(history, on);
  return { config: r?.config ?? ruleConfigOn([], on), effectiveFrom: r?.effectiveFrom ?? null, legalAct: r?.legalAct ?? null };
}

/** The regions (KATO): the 20 rated units of regions.ts with the recorded changes on top, by code. */
export function regionsWith(entries: Iterable<ReferenceEntry>, base: readonly Region[] = REGIONS): Array<Region & { parentCode: string | null }> {
  const rows = new Map<string, Region & { parentCode: string | null }>(base.map((r) => [r.code, { ...r, parentCode: null }]));
  for (const [key, e] of currentEntries(entries, 'REGION')) {
    if (e.value === null) rows.delete(key);
    else rows.set(key, e.value as unknown as Region & { parentCode: string | null });
  }
  return [...rows.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** The built-in rows of a kind, in the form of recorded values (the seed shown with the store's rows). */
export function builtInRows(
  kind: ReferenceKind,
): Array<{ key: string; effectiveFrom: IsoDate | null; legalAct: string | null; value: Record<string, unknown> }> {
  switch (kind) {
    case 'MCI':
      return MCI_TABLE.map((r) => ({ key: r.effectiveFrom, effectiveFrom: r.effectiveFrom, legalAct: r.legalAct, value: { valueKzt: r.valueKzt } }));
    case 'DAY_TRANSFER':
      return KZ_DECREED_TRANSFERS.map((t) => ({ key: t.date, effectiveFrom: t.date, legalAct: t.legalAct, value: { date: t.date, kind: t.kind } }));
    case 'REGION':
      return REGIONS.map((r) => ({ key: r.code, effectiveFrom: null, legalAct: null, value: { code: r.code, kind: r.kind, parentCode: null, name: r.name } }));
    default:
      return [];
  }
}
