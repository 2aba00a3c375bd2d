/**
 * Task Force hand-off (rules.md §4.4; 000 §31, §3(26); 001 §29; A-12).
 * Automatic only for a green-corridor (зеленый коридор) project with an amount ≥ 7,500,000 MCI
 * ("от", "не менее") of 1 January of the year. Manual assignment is not decided here.
 */
import { mciForYear, type MciRow } from '../reference/mci';
import { AmountInput, amountAtLeast, parseAmount, requireBoolean } from './amount';

export const TASK_FORCE_THRESHOLD_MCI = 7_500_000n;

export interface TaskForceInput {
  greenCorridorEligible: boolean;
  /** Whole tenge (safe integer), bigint, or decimal string. */
  amountKzt: AmountInput;
  year: number;
}

// rules.md §4.4; 000 §31
export function isTaskForceProject(input: TaskForceInput, mciTable?: readonly MciRow[]): boolean {
  const eligible = requireBoolean(input.greenCorridorEligible, 'greenCorridorEligible');
  const amount = parseAmount(input.amountKzt, 'amountKzt');
  const mci = mciForYear(input.year, mciTable);
  return eligible && amountAtLeast(amount, TASK_FORCE_THRESHOLD_MCI * BigInt(mci));
}
