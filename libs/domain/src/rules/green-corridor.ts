/**
 * Green-corridor (зеленый коридор) scoring: rules.md §4.3; 000 App1; 001 App1.
 *
 * W = 0.25·P1 + 0.30·P2 + 0.30·P3 + 0.15·P4, computed exactly in integer thousandths:
 * scoreMilli = 250·P1 + 300·P2 + 300·P3 + 75·H4, where H4 = 2·P4 (social points in halves).
 * Eligible ⇔ scoreMilli ≥ 1300 (threshold 1.3, "минимальное пороговое значение").
 * Bands are half-open [lower, upper): 15 M → 2, 30 M → 3, 300 jobs → 1, 500 jobs → 2.
 */
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { AmountInput, amountAtLeast, parseAmount, requireBoolean } from './amount';

export const GREEN_CORRIDOR_THRESHOLD_MILLI = 1300;

export const TECHNOLOGY_LEVELS = ['NON_MANUFACTURING', 'MANUFACTURING_NOT_LISTED', 'MEDIUM', 'HIGH'] as const;
/** C3: match with the list of priority goods, order No. 306 (перечень приоритетных товаров). */
export type TechnologyLevel = (typeof TECHNOLOGY_LEVELS)[number];

export interface GreenCorridorInput {
  /** Investment amount in US dollars: safe integer, bigint or decimal string. */
  amountUsd: AmountInput;
  /** Investor on "The Global 2000" list. */
  inGlobal2000: boolean;
  technology: TechnologyLevel;
  /** Jobs created (permanent jobs at design capacity, A-11), a non-negative integer. */
  jobs: number;
}

export interface GreenCorridorOptions {
  /** below 10 M USD → 0 points (default) or the project is not eligible at all. */
  below10MPolicy?: 'ZERO_POINTS' | 'INELIGIBLE';
  /** points for "up to 300 jobs" when jobs = 0; the text gives 0.5 (default). */
  zeroJobsPoints?: 0 | 0.5;
  /** A-14 [E001]: a passing score gives PENDING_COUNCIL instead of ELIGIBLE. */
  councilConfirmation?: boolean;
}

export type GreenCorridorCriterion = 'C1_AMOUNT' | 'C2_GLOBAL_2000' | 'C3_TECHNOLOGY' | 'C4_SOCIAL';

export interface GreenCorridorExplanation {
  criterion: GreenCorridorCriterion;
  input: string;
  points: number;
  /** Weighted contribution in thousandths. */
  milli: number;
  rule: string;
}

export interface GreenCorridorScore {
  points: { amount: number; global2000: number; technology: number; social: number };
  /** Weighted average × 1000, exact. */
  scoreMilli: number;
  eligible: boolean;
  status: 'ELIGIBLE' | 'PENDING_COUNCIL' | 'NOT_ELIGIBLE';
  /** Set when below10MPolicy = INELIGIBLE excluded the project regardless of the score. */
  excludedBelow10M: boolean;
  explanation: GreenCorridorExplanation[];
}

const M = 1_000_000n;

// rules.md §4.3 C1; 000 App1 "Сумма инвестиций (25%)"
function amountPoints(amountUsd: AmountInput): number {
  const a = parseAmount(amountUsd, 'amountUsd');
  if (amountAtLeast(a, 30n * M)) return 3;
  if (amountAtLeast(a, 15n * M)) return 2;
  if (amountAtLeast(a, 10n * M)) return 1;
  return 0;
}

// rules.md §4.3 C3; 000 App1 "Высокотехнологичность проекта (30%)"
function technologyPoints(t: unknown): number {
  const i = TECHNOLOGY_LEVELS.indexOf(t as TechnologyLevel);
  if (i < 0) throw new DomainError(DomainErrorCode.INVALID_INPUT, 'unknown technology level', { field: 'technology', value: t });
  return i;
}

// rules.md §4.3 C4; 000 App1 "Социальная направленность проекта (15%)"; returns half-points
function socialHalfPoints(jobs: unknown, zeroJobsPoints: 0 | 0.5): number {
  if (typeof jobs !== 'number' || !Number.isSafeInteger(jobs) || jobs < 0) {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'jobs must be a non-negative integer', { field: 'jobs', value: jobs });
  }
  if (jobs >= 500) return 4;
  if (jobs >= 300) return 2;
  if (jobs === 0) return zeroJobsPoints * 2;
  return 1;
}

// rules.md §4.3; 000 App1; A-13
export function scoreGreenCorridor(input: GreenCorridorInput, options: GreenCorridorOptions = {}): GreenCorridorScore {
  const below10MPolicy = options.below10MPolicy ?? 'ZERO_POINTS';
  if (below10MPolicy !== 'ZERO_POINTS' && below10MPolicy !== 'INELIGIBLE') {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'unknown below10MPolicy', { field: 'below10MPolicy', value: below10MPolicy });
  }
  const zeroJobsPoints = options.zeroJobsPoints ?? 0.5;
  if (zeroJobsPoints !== 0 && zeroJobsPoints !== 0.5) {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'zeroJobsPoints must be 0 or 0.5', { field: 'zeroJobsPoints', value: zeroJobsPoints });
  }
  const p1 = amountPoints(input.amountUsd);
  const p2 = requireBoolean(input.inGlobal2000, 'inGlobal2000') ? 2 : 0;
  const p3 = technologyPoints(input.technology);
  const h4 = socialHalfPoints(input.jobs, zeroJobsPoints);
  const m1 = 250 * p1;
  const m2 = 300 * p2;
  const m3 = 300 * p3;
  const m4 = 75 * h4;
  const scoreMilli = m1 + m2 + m3 + m4;
  const excludedBelow10M = below10MPolicy === 'INELIGIBLE' && p1 === 0;
  const passes = scoreMilli >= GREEN_CORRIDOR_THRESHOLD_MILLI && !excludedBelow10M;
  const status = !passes ? 'NOT_ELIGIBLE' : options.councilConfirmation ? 'PENDING_COUNCIL' : 'ELIGIBLE';
  return {
    points: { amount: p1, global2000: p2, technology: p3, social: h4 / 2 },
    scoreMilli,
    eligible: status === 'ELIGIBLE',
    status,
    excludedBelow10M,
    explanation: [
      { criterion: 'C1_AMOUNT', input: String(input.amountUsd), points: p1, milli: m1, rule: 'rules.md §4.3 C1; 000 App1; A-09, A-10' },
      { criterion: 'C2_GLOBAL_2000', input: String(input.inGlobal2000), points: p2, milli: m2, rule: 'rules.md §4.3 C2; 000 App1' },
      { criterion: 'C3_TECHNOLOGY', input: String(input.technology), points: p3, milli: m3, rule: 'rules.md §4.3 C3; 000 App1; A-11' },
      { criterion: 'C4_SOCIAL', input: String(input.jobs), points: h4 / 2, milli: m4, rule: 'rules.md §4.3 C4; 000 App1; A-10, A-11' },
    ],
  };
}
