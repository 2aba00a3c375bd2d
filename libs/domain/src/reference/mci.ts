/**
 * Monthly calculation indicator (МРП, месячный расчетный показатель), in tenge.
 * rules.md §4.1; A-03: thresholds use the MCI "set by the law on the republican budget and in effect
 * on 1 January of the relevant financial year" (000 §3(16), §3(17), §3(26), §25, §28, §31).
 *
 * External reference data (not from the seed texts), administrator-maintained: a dated table, because
 * the MCI occasionally changes during a year (2022: 3 063 from 1 January, 3 180 from 1 April).
 */
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { IsoDate, assertInteger, formatYmd, toDayNumber } from './iso-date';

export interface MciRow {
  /** First day the value applies. */
  effectiveFrom: IsoDate;
  /** MCI value in whole tenge. */
  valueKzt: number;
  /** The budget law that set the value. */
  legalAct: string;
}

/** Dated MCI rows, ascending by effectiveFrom. */
export const MCI_TABLE: readonly MciRow[] = [
  { effectiveFrom: '2020-01-01', valueKzt: 2651, legalAct: 'Law on the republican budget for 2020–2022' },
  { effectiveFrom: '2021-01-01', valueKzt: 2917, legalAct: 'Law on the republican budget for 2021–2023' },
  { effectiveFrom: '2022-01-01', valueKzt: 3063, legalAct: 'Law on the republican budget for 2022–2024' },
  { effectiveFrom: '2022-04-01', valueKzt: 3180, legalAct: 'Amendment of 2022 to the Law on the republican budget for 2022–2024' },
  { effectiveFrom: '2023-01-01', valueKzt: 3450, legalAct: 'Law on the republican budget for 2023–2025' },
  { effectiveFrom: '2024-01-01', valueKzt: 3692, legalAct: 'Law on the republican budget for 2024–2026' },
  { effectiveFrom: '2025-01-01', valueKzt: 3932, legalAct: 'Law on the republican budget for 2025–2027' },
  { effectiveFrom: '2026-01-01', valueKzt: 4325, legalAct: 'Law on the republican budget for 2026–2028' },
];

function unknown(message: string, field: string, value: unknown): DomainError {
  return new DomainError(DomainErrorCode.UNKNOWN_REFERENCE, message, { field, value });
}

/** The MCI in effect on 1 January of `year` (rules.md §4.1: use this even if the MCI changes mid-year). */
export function mciForYear(year: number, table: readonly MciRow[] = MCI_TABLE): number {
  assertInteger(year, 'year');
  const jan1 = formatYmd(year, 1, 1);
  const row = table.find((r) => r.effectiveFrom === jan1);
  if (!row) throw unknown(`no MCI on 1 January ${year}`, 'year', year);
  return row.valueKzt;
}

/** The MCI in effect on a date: the latest row that started on or before it, within a year the table covers. */
export function mciOn(date: IsoDate, table: readonly MciRow[] = MCI_TABLE): number {
  const dn = toDayNumber(date, 'date');
  const year = Number(date.slice(0, 4));
  const rows = table.filter((r) => Number(r.effectiveFrom.slice(0, 4)) === year && toDayNumber(r.effectiveFrom) <= dn);
  if (rows.length === 0) throw unknown(`no MCI known for ${date}`, 'date', date);
  return rows.reduce((a, b) => (toDayNumber(b.effectiveFrom) > toDayNumber(a.effectiveFrom) ? b : a)).valueKzt;
}
