import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { contractEndOfChange, postInvestmentEndDate, postInvestmentPeriod } from './post-investment-period';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('post-investment period (rules.md §4.7; 000 §36, §61)', () => {
  it('X-1: entered 2025-03-15, no contract → 2028-03-15', () => {
    expect(postInvestmentEndDate({ enteredModule3On: '2025-03-15' })).toBe('2028-03-15');
    expect(postInvestmentPeriod({ enteredModule3On: '2025-03-15' })).toEqual({
      endDate: '2028-03-15',
      exclusionRunsOn: '2028-03-15',
      basis: 'THREE_YEARS',
    });
  });

  it('X-2: entered 2024-02-29 (leap day) → 2027-02-28 (end-of-month rule)', () => {
    expect(postInvestmentEndDate({ enteredModule3On: '2024-02-29' })).toBe('2027-02-28');
    // 2028-02-29 + 3 years → 2031 is not a leap year → 2031-02-28
    expect(postInvestmentEndDate({ enteredModule3On: '2028-02-29', investmentContractExpiresOn: null })).toBe('2031-02-28');
    // 2025-02-28 + 3 → 2028-02-28 (not moved to the 29th)
    expect(postInvestmentEndDate({ enteredModule3On: '2025-02-28' })).toBe('2028-02-28');
  });

  it('X-3: contract valid until 2030-12-31 → end of 2030-12-31 (job on 2031-01-01), not 2028-06-01', () => {
    expect(postInvestmentPeriod({ enteredModule3On: '2025-06-01', investmentContractExpiresOn: '2030-12-31' })).toEqual({
      endDate: '2030-12-31',
      exclusionRunsOn: '2031-01-01',
      basis: 'INVESTMENT_CONTRACT',
    });
  });

  it('X-4: contract valid until 2026-12-31 → 2026-12-31 (earlier than 3 years)', () => {
    expect(postInvestmentEndDate({ enteredModule3On: '2025-06-01', investmentContractExpiresOn: '2026-12-31' })).toBe('2026-12-31');
  });

  it('rejects bad dates', () => {
    const e = errorOf(() => postInvestmentEndDate({ enteredModule3On: '2025-02-29' }));
    expect([e.code, e.details.field]).toEqual([DomainErrorCode.INVALID_INPUT, 'enteredModule3On']);
    expect(errorOf(() => postInvestmentEndDate({ enteredModule3On: '2025-01-01', investmentContractExpiresOn: '31.12.2030' })).details.field).toBe(
      'investmentContractExpiresOn',
    );
    expect(errorOf(() => postInvestmentEndDate({ enteredModule3On: 'x', investmentContractExpiresOn: '2030-12-31' })).details.field).toBe('enteredModule3On');
  });
});

describe("a change of the investment contract's last day moves the end of the period (rules.md §4.7; 000 §62)", () => {
  const change = (newValue: string | null, field = 'contractExpiresOn', subject = 'INVESTMENT_CONTRACT') => ({ subject, field, newValue });

  it('reads the new last day from the change-log entry; null = no contract any more; other entries move nothing', () => {
    expect(contractEndOfChange(change('2031-06-30'))).toBe('2031-06-30');
    expect(contractEndOfChange(change(null))).toBeNull();
    expect(contractEndOfChange(change('2031-06-30', 'investmentVolumeKzt'))).toBeUndefined();
    expect(contractEndOfChange(change('2031-06-30', 'contractExpiresOn', 'PROJECT'))).toBeUndefined();
  });

  it.each(['2031-02-29', '30.06.2031', '2031-6-30', ''])('refuses %j naming newValue', (v) => {
    const e = errorOf(() => contractEndOfChange(change(v)));
    expect([e.code, e.details.field]).toEqual([DomainErrorCode.INVALID_INPUT, 'newValue']);
  });

  it('extended, shortened, removed: the period follows the new contract day, boundaries included', () => {
    const entered = '2025-06-01';
    // Extended beyond 3 years: excluded the day after the new last day.
    expect(postInvestmentPeriod({ enteredModule3On: entered, investmentContractExpiresOn: contractEndOfChange(change('2030-12-31')) })).toEqual({
      endDate: '2030-12-31',
      exclusionRunsOn: '2031-01-01',
      basis: 'INVESTMENT_CONTRACT',
    });
    // Shortened to the day before the 3-year anniversary, and to 29 February of a leap year.
    expect(postInvestmentPeriod({ enteredModule3On: entered, investmentContractExpiresOn: '2028-05-31' }).exclusionRunsOn).toBe('2028-06-01');
    expect(postInvestmentPeriod({ enteredModule3On: entered, investmentContractExpiresOn: '2028-02-29' }).exclusionRunsOn).toBe('2028-03-01');
    // The last day is the day Module 3 began: excluded the next day.
    expect(postInvestmentPeriod({ enteredModule3On: entered, investmentContractExpiresOn: entered }).exclusionRunsOn).toBe('2025-06-02');
    // The contract is gone: back to 3 years.
    expect(postInvestmentPeriod({ enteredModule3On: entered, investmentContractExpiresOn: contractEndOfChange(change(null)) })).toEqual({
      endDate: '2028-06-01',
      exclusionRunsOn: '2028-06-01',
      basis: 'THREE_YEARS',
    });
  });
});
