/**
 * Three-year post-investment period and automatic exclusion from the national pool:
 * rules.md §4.7; 000 §36, §61; 001 §34, §69.
 * - No investment contract: the same day and month 3 years after entering Module 3 (recommended anchor:
 *   the validation date, A-25); 29 February → 28 February (end-of-month rule). The exclusion job runs at
 *   00:00 Asia/Almaty on that date.
 * - Investment contract (инвестиционный контракт): the contract's last day, earlier or later than 3 years;
 *   the project is excluded at the end of that day (job on the next day).
 */
import { IsoDate, addYearsClamped, isoFromDayNumber, toDayNumber } from '../reference/iso-date';

export const POST_INVESTMENT_YEARS = 3;

export interface PostInvestmentInput {
  enteredModule3On: IsoDate;
  /** Last day of the investment contract's term, when the project has one. */
  investmentContractExpiresOn?: IsoDate | null;
}

export interface PostInvestmentPeriod {
  /** The auto-exclusion date of the catalogue table §4.7 (X-1 … X-4). */
  endDate: IsoDate;
  /** The date the scheduled exclusion runs (00:00 Asia/Almaty). */
  exclusionRunsOn: IsoDate;
  basis: 'THREE_YEARS' | 'INVESTMENT_CONTRACT';
}

// rules.md §4.7; 000 §36, §61
export function postInvestmentPeriod(input: PostInvestmentInput): PostInvestmentPeriod {
  toDayNumber(input.enteredModule3On, 'enteredModule3On');
  const contractEnd = input.investmentContractExpiresOn;
  if (contractEnd !== undefined && contractEnd !== null) {
    const dn = toDayNumber(contractEnd, 'investmentContractExpiresOn');
    return { endDate: contractEnd, exclusionRunsOn: isoFromDayNumber(dn + 1), basis: 'INVESTMENT_CONTRACT' };
  }
  const end = addYearsClamped(input.enteredModule3On, POST_INVESTMENT_YEARS, 'enteredModule3On');
  return { endDate: end, exclusionRunsOn: end, basis: 'THREE_YEARS' };
}

/** rules.md §4.7: the auto-exclusion date (3 years after entering Module 3, or the contract's end). */
export function postInvestmentEndDate(input: PostInvestmentInput): IsoDate {
  return postInvestmentPeriod(input).endDate;
}

/** The change-log entry (rules.md §2.3 "change log"; 000 §62) that moves the investment contract's last day. */
export const CONTRACT_END_CHANGE = { subject: 'INVESTMENT_CONTRACT', field: 'contractExpiresOn' } as const;

export interface ChangeLogEntry {
  subject: string;
  field: string;
  newValue: string | null;
}

/**
 * The contract's new last day a change-log entry records: an ISO date, or null when the project no longer has
 * an investment contract (the period falls back to 3 years); undefined when the entry changes something else.
 */
export function contractEndOfChange(change: ChangeLogEntry): IsoDate | null | undefined {
  if (change.subject !== CONTRACT_END_CHANGE.subject || change.field !== CONTRACT_END_CHANGE.field) return undefined;
  if (change.newValue === null) return null;
  toDayNumber(change.newValue, 'newValue');
  return change.newValue;
}
