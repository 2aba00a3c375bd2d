/**
 * Pool classification (rules.md §4.2; 000 §3(16), §3(17), §25, §28; 001 §26; ).
 * National pool (общенациональный пул): amount ≥ 150,000 MCI ("от", 000 §28) or an investment contract
 * (инвестиционный контракт) of any amount. Regional pool (общерегиональный пул): below that.
 * [E000] a regional-pool project must also meet the criteria of the regional investment HQ
 * (региональный инвестиционный штаб, RIHQ) — reported in `rihqCriteria`, never decided here.
 */
import { mciForYear, type MciRow } from '../reference/mci';
import { AmountInput, amountAtLeast, amountGreaterThan, divideTruncated, parseAmount, requireBoolean } from './amount';
import { DomainError, DomainErrorCode } from '../errors/domain-error';

export const NATIONAL_POOL_THRESHOLD_MCI = 150_000n;

export type Pool = 'NATIONAL' | 'REGIONAL';

export interface ClassifyPoolInput {
  /** Whole tenge (safe integer), bigint, or decimal string. */
  amountKzt: AmountInput;
  hasInvestmentContract: boolean;
  /** Year of the classification event; the MCI of 1 January of this year applies. */
  year: number;
  /** [E000] whether the RIHQ criteria are met (only consulted for a regional-pool project under E000). */
  meetsRihqCriteria?: boolean;
}

export interface ClassifyPoolOptions {
  /** Rule edition; default E000 (the edition in force). */
  edition?: 'E000' | 'E001';
  /** true (default) = "от" (≥); false = the §3(16) "свыше" reading (>). */
  nationalInclusive?: boolean;
  /** The MCI table to read the year's value from (the reference-data store's); default the built-in table. */
  mciTable?: readonly MciRow[];
}

export interface PoolClassification {
  pool: Pool;
  /** amountKzt / mci, truncated (not rounded) to 2 decimals, so "150000.00" only when the amount really reaches it. */
  amountMci: string;
  /** MCI value used (tenge), to be stored with the classification. */
  mci: number;
  mciYear: number;
  basis: 'INVESTMENT_CONTRACT' | 'AMOUNT';
  /** [E000] regional pool: MET / NOT_MET / NOT_ASSESSED; otherwise NOT_APPLICABLE. NOT_MET = in no pool (flag). */
  rihqCriteria: 'NOT_APPLICABLE' | 'MET' | 'NOT_MET' | 'NOT_ASSESSED';
}

// rules.md §4.2; 000 §28
export function classifyPool(input: ClassifyPoolInput, options: ClassifyPoolOptions = {}): PoolClassification {
  const amount = parseAmount(input.amountKzt, 'amountKzt');
  const hasContract = requireBoolean(input.hasInvestmentContract, 'hasInvestmentContract');
  const mci = mciForYear(input.year, options.mciTable);
  const edition = options.edition ?? 'E000';
  if (edition !== 'E000' && edition !== 'E001') {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'unknown edition', { field: 'edition', value: edition });
  }
  const inclusive = options.nationalInclusive ?? true;
  const threshold = NATIONAL_POOL_THRESHOLD_MCI * BigInt(mci);
  const aboveThreshold = inclusive ? amountAtLeast(amount, threshold) : amountGreaterThan(amount, threshold);
  const national = hasContract || aboveThreshold;
  let rihqCriteria: PoolClassification['rihqCriteria'] = 'NOT_APPLICABLE';
  if (!national && edition === 'E000') {
    rihqCriteria = input.meetsRihqCriteria === undefined ? 'NOT_ASSESSED' : requireBoolean(input.meetsRihqCriteria, 'meetsRihqCriteria') ? 'MET' : 'NOT_MET';
  }
  return {
    pool: national ? 'NATIONAL' : 'REGIONAL',
    amountMci: divideTruncated(amount, BigInt(mci), 2),
    mci,
    mciYear: input.year,
    basis: hasContract ? 'INVESTMENT_CONTRACT' : 'AMOUNT',
    rihqCriteria,
  };
}
