import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { MCI_TABLE, mciForYear, mciOn } from './mci';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('MCI (rules.md §4.1)', () => {
  it('values on 1 January from the catalogue table', () => {
    expect(mciForYear(2023)).toBe(3450);
    expect(mciForYear(2024)).toBe(3692);
    expect(mciForYear(2025)).toBe(3932);
    expect(mciForYear(2026)).toBe(4325);
  });

  it('catalogue threshold columns: 150,000 and 7,500,000 MCI in tenge', () => {
    expect([2023, 2024, 2025, 2026].map((y) => 150_000 * mciForYear(y))).toEqual([517_500_000, 553_800_000, 589_800_000, 648_750_000]);
    expect([2023, 2024, 2025, 2026].map((y) => 7_500_000 * mciForYear(y))).toEqual([25_875_000_000, 27_690_000_000, 29_490_000_000, 32_437_500_000]);
  });

  it('2022 had a mid-year change: the 1 January value is used for the year', () => {
    expect(mciForYear(2022)).toBe(3063);
    expect(mciOn('2022-03-31')).toBe(3063);
    expect(mciOn('2022-04-01')).toBe(3180);
    expect(mciOn('2022-12-31')).toBe(3180);
    expect(mciOn('2025-07-01')).toBe(3932);
    expect(mciForYear(2020)).toBe(2651);
    expect(mciForYear(2021)).toBe(2917);
  });

  it('the table is sorted and every year 2020–2026 has a 1 January row', () => {
    const dates = MCI_TABLE.map((r) => r.effectiveFrom);
    expect([...dates].sort()).toEqual(dates);
    for (let y = 2020; y <= 2026; y++) expect(dates).toContain(`${y}-01-01`);
    expect(MCI_TABLE.every((r) => Number.isSafeInteger(r.valueKzt) && r.legalAct.length > 0)).toBe(true);
  });

  it('unknown years are UNKNOWN_REFERENCE, bad input INVALID_INPUT', () => {
    const e = errorOf(() => mciForYear(2027));
    expect(e.code).toBe(DomainErrorCode.UNKNOWN_REFERENCE);
    expect(e.details.field).toBe('year');
    expect(errorOf(() => mciForYear(2019)).code).toBe(DomainErrorCode.UNKNOWN_REFERENCE);
    expect(errorOf(() => mciOn('2027-01-01')).details).toMatchObject({ field: 'date' });
    expect(errorOf(() => mciOn('2019-12-31')).code).toBe(DomainErrorCode.UNKNOWN_REFERENCE);
    expect(errorOf(() => mciForYear(2025.5)).code).toBe(DomainErrorCode.INVALID_INPUT);
    expect(errorOf(() => mciOn('2025-02-30')).code).toBe(DomainErrorCode.INVALID_INPUT);
  });

  it('accepts a custom table', () => {
    const table = [{ effectiveFrom: '2027-01-01', valueKzt: 4500, legalAct: 'test' }];
    expect(mciForYear(2027, table)).toBe(4500);
    expect(mciOn('2027-06-01', table)).toBe(4500);
  });
});
