/**
 * Exact amounts for the threshold rules: a non-negative decimal given as a number (safe integer),
 * a bigint or a decimal string ("589800000", "14999000.50") becomes `units / scale` with
 * bigint `units` and `scale` = 10^decimals. No floating point is involved in any comparison.
 */
import { DomainError, DomainErrorCode } from '../errors/domain-error';

export type AmountInput = number | bigint | string;

export interface ExactAmount {
  units: bigint;
  scale: bigint;
}

const DECIMAL_RE = /^(\d+)(?:\.(\d+))?$/;

/** Parses a non-negative amount; INVALID_INPUT with details.field = `field` otherwise. */
export function parseAmount(value: unknown, field: string): ExactAmount {
  const bad = () => new DomainError(DomainErrorCode.INVALID_INPUT, `${field} must be a non-negative amount`, { field, value });
  if (typeof value === 'bigint') {
    if (value < 0n) throw bad();
    return { units: value, scale: 1n };
  }
  if (typeof value === 'number') {
    // Whole units only: a fractional double is not exact; pass a decimal string instead.
    if (!Number.isSafeInteger(value) || value < 0) throw bad();
    return { units: BigInt(value), scale: 1n };
  }
  if (typeof value === 'string') {
    const m = DECIMAL_RE.exec(value);
    if (!m) throw bad();
    const frac = m[2] ?? '';
    return { units: BigInt(m[1] + frac), scale: 10n ** BigInt(frac.length) };
  }
  throw bad();
}

/** amount ≥ threshold, exactly (threshold is a bigint in the same unit). */
export function amountAtLeast(a: ExactAmount, threshold: bigint): boolean {
  return a.units >= threshold * a.scale;
}

/** amount > threshold, exactly. */
export function amountGreaterThan(a: ExactAmount, threshold: bigint): boolean {
  return a.units > threshold * a.scale;
}

/** amount / divisor as a decimal string truncated (not rounded) to `decimals` places. */
export function divideTruncated(a: ExactAmount, divisor: bigint, decimals: number): string {
  const f = 10n ** BigInt(decimals);
  const q = (a.units * f) / (a.scale * divisor); // bigint division truncates; all operands are ≥ 0
  const s = q.toString().padStart(decimals + 1, '0');
  return decimals === 0 ? s : `${s.slice(0, s.length - decimals)}.${s.slice(s.length - decimals)}`;
}

export function requireBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, `${field} must be a boolean`, { field, value });
  }
  return value;
}
