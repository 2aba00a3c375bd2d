import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { classifyPool } from './pool';
import { divideTruncated, parseAmount } from './amount';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

const base = { hasInvestmentContract: false, year: 2025 };

describe('classifyPool (rules.md §4.2; A-01)', () => {
  describe('worked examples (2025, MCI 3,932)', () => {
    it('P-1: 500,000,000 KZT → REGIONAL', () => {
      const r = classifyPool({ ...base, amountKzt: 500_000_000 });
      expect(r.pool).toBe('REGIONAL');
      // 3932 × 127,161 = 499,997,052; remainder 2,948 / 3932 = 0.7497… → truncated 127161.74 (catalogue shows 127,161.75 rounded)
      expect(r.amountMci).toBe('127161.74');
      expect(r.mci).toBe(3932);
      expect(r.mciYear).toBe(2025);
      expect(r.basis).toBe('AMOUNT');
      expect(r.rihqCriteria).toBe('NOT_ASSESSED'); // [E000] regional only if it meets the RIHQ criteria
    });

    it('P-2: 589,800,000 KZT = exactly 150,000 MCI → NATIONAL ("от"); REGIONAL under "свыше"', () => {
      expect(classifyPool({ ...base, amountKzt: 589_800_000 })).toMatchObject({ pool: 'NATIONAL', amountMci: '150000.00', rihqCriteria: 'NOT_APPLICABLE' });
      expect(classifyPool({ ...base, amountKzt: 589_800_000 }, { nationalInclusive: false }).pool).toBe('REGIONAL');
      expect(classifyPool({ ...base, amountKzt: 589_800_001 }, { nationalInclusive: false }).pool).toBe('NATIONAL');
    });

    it('P-3: 589,799,000 KZT → REGIONAL', () => {
      const r = classifyPool({ ...base, amountKzt: 589_799_000 });
      expect(r.pool).toBe('REGIONAL');
      // 150,000 − 1,000/3,932 = 149,999.7456… → truncated (catalogue: 149,999.75 rounded)
      expect(r.amountMci).toBe('149999.74');
    });

    it('P-4: 400,000,000 KZT with an investment contract → NATIONAL', () => {
      const r = classifyPool({ amountKzt: 400_000_000, hasInvestmentContract: true, year: 2025 });
      expect(r.pool).toBe('NATIONAL');
      expect(r.basis).toBe('INVESTMENT_CONTRACT');
      // 3932 × 101,729 = 399,998,428; remainder 1,572 / 3932 = 0.3998 → 101729.39 (catalogue 101,729.40 rounded)
      expect(r.amountMci).toBe('101729.39');
    });

    it('P-5: 560,000,000 KZT is NATIONAL in 2024 (MCI 3,692) but would be REGIONAL in 2025', () => {
      const r2024 = classifyPool({ ...base, amountKzt: 560_000_000, year: 2024 });
      expect(r2024).toMatchObject({ pool: 'NATIONAL', mci: 3692, mciYear: 2024 });
      // 3692 × 151,679 = 559,998,868; remainder 1,132 / 3692 = 0.3066 → 151679.30 (catalogue 151,679.31)
      expect(r2024.amountMci).toBe('151679.30');
      const r2025 = classifyPool({ ...base, amountKzt: 560_000_000, year: 2025 });
      expect(r2025.pool).toBe('REGIONAL');
      // 3932 × 142,421 = 559,999,372; remainder 628 / 3932 = 0.1597 → 142421.15 (catalogue 142,421.16)
      expect(r2025.amountMci).toBe('142421.15');
    });
  });

  it('exactly 150,000 MCI and one tenge below, every year of the catalogue table', () => {
    const thresholds: Array<[number, number]> = [
      [2023, 517_500_000],
      [2024, 553_800_000],
      [2025, 589_800_000],
      [2026, 648_750_000],
    ];
    for (const [year, kzt] of thresholds) {
      expect(classifyPool({ amountKzt: kzt, hasInvestmentContract: false, year }).pool).toBe('NATIONAL');
      expect(classifyPool({ amountKzt: kzt - 1, hasInvestmentContract: false, year }).pool).toBe('REGIONAL');
    }
  });

  it('accepts bigint and decimal strings, exactly', () => {
    expect(classifyPool({ ...base, amountKzt: 589_800_000n }).pool).toBe('NATIONAL');
    expect(classifyPool({ ...base, amountKzt: 589_799_999n }).pool).toBe('REGIONAL');
    expect(classifyPool({ ...base, amountKzt: '589800000' }).pool).toBe('NATIONAL');
    expect(classifyPool({ ...base, amountKzt: '589800000.00' }).pool).toBe('NATIONAL');
    expect(classifyPool({ ...base, amountKzt: '589799999.99' }).pool).toBe('REGIONAL');
    expect(classifyPool({ ...base, amountKzt: '589799999.99' }).amountMci).toBe('149999.99');
    expect(classifyPool({ ...base, amountKzt: 0 }).amountMci).toBe('0.00');
    // far beyond Number.MAX_SAFE_INTEGER: 10^20 tenge / 3932 → national
    expect(classifyPool({ ...base, amountKzt: 10n ** 20n }).pool).toBe('NATIONAL');
  });

  it('[E000] RIHQ criteria for the regional pool; [E001] none', () => {
    expect(classifyPool({ ...base, amountKzt: 1_000, meetsRihqCriteria: true }).rihqCriteria).toBe('MET');
    expect(classifyPool({ ...base, amountKzt: 1_000, meetsRihqCriteria: false }).rihqCriteria).toBe('NOT_MET');
    expect(classifyPool({ ...base, amountKzt: 1_000, meetsRihqCriteria: false }, { edition: 'E001' }).rihqCriteria).toBe('NOT_APPLICABLE');
    expect(classifyPool({ ...base, amountKzt: 1_000_000_000, meetsRihqCriteria: false }).rihqCriteria).toBe('NOT_APPLICABLE');
  });

  it('rejects bad input', () => {
    const field = (fn: () => unknown) => {
      const e = errorOf(fn);
      return [e.code, e.details.field];
    };
    const INV = DomainErrorCode.INVALID_INPUT;
    expect(field(() => classifyPool({ ...base, amountKzt: -1 }))).toEqual([INV, 'amountKzt']);
    expect(field(() => classifyPool({ ...base, amountKzt: 1.5 }))).toEqual([INV, 'amountKzt']);
    expect(field(() => classifyPool({ ...base, amountKzt: Number.NaN }))).toEqual([INV, 'amountKzt']);
    expect(field(() => classifyPool({ ...base, amountKzt: 2 ** 60 }))).toEqual([INV, 'amountKzt']);
    expect(field(() => classifyPool({ ...base, amountKzt: -1n }))).toEqual([INV, 'amountKzt']);
    expect(field(() => classifyPool({ ...base, amountKzt: '1e9' }))).toEqual([INV, 'amountKzt']);
    expect(field(() => classifyPool({ ...base, amountKzt: '-5' }))).toEqual([INV, 'amountKzt']);
    expect(field(() => classifyPool({ ...base, amountKzt: '1,000' }))).toEqual([INV, 'amountKzt']);
    expect(field(() => classifyPool({ ...base, amountKzt: null as unknown as number }))).toEqual([INV, 'amountKzt']);
    expect(field(() => classifyPool({ ...base, amountKzt: 1, hasInvestmentContract: 'yes' as unknown as boolean }))).toEqual([INV, 'hasInvestmentContract']);
    expect(field(() => classifyPool({ ...base, amountKzt: 1, meetsRihqCriteria: 1 as unknown as boolean }))).toEqual([INV, 'meetsRihqCriteria']);
    expect(field(() => classifyPool({ ...base, amountKzt: 1 }, { edition: 'E002' as 'E000' }))).toEqual([INV, 'edition']);
    expect(field(() => classifyPool({ ...base, amountKzt: 1, year: 2030 }))).toEqual([DomainErrorCode.UNKNOWN_REFERENCE, 'year']);
  });

  it('amount helpers', () => {
    expect(parseAmount('12.340', 'x')).toEqual({ units: 12340n, scale: 1000n });
    expect(divideTruncated({ units: 7n, scale: 1n }, 3n, 0)).toBe('2');
    expect(divideTruncated({ units: 1n, scale: 1n }, 3n, 2)).toBe('0.33');
  });
});
