import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { isTaskForceProject } from './task-force';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('isTaskForceProject (rules.md §4.4; 000 §31)', () => {
  it('TF-1: 30,000,000,000 KZT in 2025 (7,629,704.98 MCI), green corridor → yes', () => {
    expect(isTaskForceProject({ greenCorridorEligible: true, amountKzt: 30_000_000_000, year: 2025 })).toBe(true);
  });
  it('TF-2: 29,490,000,000 KZT = exactly 7,500,000 MCI in 2025 → yes (inclusive); one tenge less → no', () => {
    expect(isTaskForceProject({ greenCorridorEligible: true, amountKzt: 29_490_000_000, year: 2025 })).toBe(true);
    expect(isTaskForceProject({ greenCorridorEligible: true, amountKzt: 29_489_999_999, year: 2025 })).toBe(false);
    expect(isTaskForceProject({ greenCorridorEligible: true, amountKzt: '29489999999.99', year: 2025 })).toBe(false);
    expect(isTaskForceProject({ greenCorridorEligible: true, amountKzt: 29_490_000_000n, year: 2025 })).toBe(true);
  });
  it('TF-3: 27,000,000,000 KZT in 2025 (6,866,734.49 MCI) → no', () => {
    expect(isTaskForceProject({ greenCorridorEligible: true, amountKzt: 27_000_000_000, year: 2025 })).toBe(false);
  });
  it('TF-4: the same 27 bn KZT in 2023 (MCI 3,450 → 7,826,086.96 MCI) → yes', () => {
    expect(isTaskForceProject({ greenCorridorEligible: true, amountKzt: 27_000_000_000, year: 2023 })).toBe(true);
  });
  it('TF-5: 40 bn KZT but not in the green corridor → no', () => {
    expect(isTaskForceProject({ greenCorridorEligible: false, amountKzt: 40_000_000_000, year: 2025 })).toBe(false);
  });
  it('boundaries in the other years: 7,500,000 × MCI and one tenge below', () => {
    const table: Array<[number, number]> = [
      [2023, 25_875_000_000],
      [2024, 27_690_000_000],
      [2026, 32_437_500_000],
    ];
    for (const [year, kzt] of table) {
      expect(isTaskForceProject({ greenCorridorEligible: true, amountKzt: kzt, year })).toBe(true);
      expect(isTaskForceProject({ greenCorridorEligible: true, amountKzt: kzt - 1, year })).toBe(false);
    }
  });
  it('rejects bad input', () => {
    expect(errorOf(() => isTaskForceProject({ greenCorridorEligible: 'y' as unknown as boolean, amountKzt: 1, year: 2025 })).details.field).toBe(
      'greenCorridorEligible',
    );
    expect(errorOf(() => isTaskForceProject({ greenCorridorEligible: true, amountKzt: -1, year: 2025 })).details.field).toBe('amountKzt');
    expect(errorOf(() => isTaskForceProject({ greenCorridorEligible: true, amountKzt: 1, year: 1999 })).code).toBe(DomainErrorCode.UNKNOWN_REFERENCE);
  });
});
