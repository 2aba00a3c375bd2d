import { E000, E001 } from '../editions/editions';
import { DomainError } from '../errors/domain-error';
import { checkPassport, costInKzt, costInUsd, missingPassportFields, passportFillDueOn, type Passport } from './passport';

const FULL: Passport = {
  companyName: 'Hyundai Motor Company',
  companyBin: '940740000139',
  sector: 'C29',
  commodityPosition: '870829',
  regionCode: '750000000',
  estimatedCost: { amount: '200000000000', currency: 'KZT' },
  financingScheme: [{ source: 'Own funds', conditions: 'Equity', amount: { amount: '200000000000', currency: 'KZT' } }],
  contacts: [
    { kind: 'INVESTOR', name: 'Kim', phone: '+82 2 000 0000', email: null },
    { kind: 'RESPONSIBLE_PERSON', name: 'Nurlanov', phone: null, email: 'a.nurlanov@almaty.gov.kz' },
  ],
  description: 'Components plant',
  companyRegisteredOn: '2019-04-02',
  usdKztRate: '500',
  jobs: 650,
  technologyLevel: 'HIGH',
  inGlobal2000: true,
  hasInvestmentContract: false,
  investmentContractExpiresOn: null,
};

const EMPTY: Passport = {
  companyName: null,
  companyBin: null,
  sector: null,
  commodityPosition: null,
  regionCode: null,
  estimatedCost: null,
  financingScheme: [],
  contacts: [],
  description: null,
  companyRegisteredOn: null,
  usdKztRate: null,
  jobs: null,
  technologyLevel: null,
  inGlobal2000: null,
  hasInvestmentContract: false,
  investmentContractExpiresOn: null,
};

function problem(f: () => unknown): { code: string; field: unknown } {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, field: e.details.field };
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('checkPassport', () => {
  it('accepts a full passport and an empty one', () => {
    expect(() => checkPassport(FULL, '2026-11-22')).not.toThrow();
    expect(() => checkPassport(EMPTY, '2026-11-22')).not.toThrow();
  });

  it.each<[Partial<Passport>, string, string]>([
    [{ companyName: ' ' }, 'INVALID_INPUT', 'companyName'],
    [{ companyBin: '940740000138' }, 'INVALID_INPUT', 'companyBin'],
    [{ sector: '' }, 'INVALID_INPUT', 'sector'],
    [{ commodityPosition: '87' }, 'INVALID_INPUT', 'commodityPosition'],
    [{ regionCode: '999999999' }, 'UNKNOWN_REFERENCE', 'regionCode'],
    [{ estimatedCost: { amount: '1.234', currency: 'KZT' } }, 'INVALID_INPUT', 'estimatedCost.amount'],
    [{ estimatedCost: { amount: '0', currency: 'KZT' } }, 'INVALID_INPUT', 'estimatedCost.amount'],
    [{ estimatedCost: { amount: '10', currency: 'EUR' as 'KZT' } }, 'INVALID_INPUT', 'estimatedCost.currency'],
    [{ estimatedCost: null as unknown as Passport['estimatedCost'] }, 'OK', ''],
    [{ financingScheme: [{ source: '', conditions: 'x', amount: { amount: '1', currency: 'KZT' } }] }, 'INVALID_INPUT', 'financingScheme[0].source'],
    [
      { financingScheme: [{ source: 'Bank', conditions: 'x', amount: { amount: '0.00', currency: 'USD' } }] },
      'INVALID_INPUT',
      'financingScheme[0].amount.amount',
    ],
    [{ financingScheme: 'x' as unknown as Passport['financingScheme'] }, 'INVALID_INPUT', 'financingScheme'],
    [{ contacts: 'x' as unknown as Passport['contacts'] }, 'INVALID_INPUT', 'contacts'],
    [{ contacts: [{ kind: 'CEO' as 'INVESTOR', name: 'a', phone: '+7 700 000 0000', email: null }] }, 'INVALID_INPUT', 'contacts[0].kind'],
    [{ contacts: [{ kind: 'INVESTOR', name: 'a', phone: null, email: null }] }, 'INVALID_INPUT', 'contacts[0].phone'],
    [{ contacts: [{ kind: 'INVESTOR', name: 'a', phone: 'call me', email: null }] }, 'INVALID_INPUT', 'contacts[0].phone'],
    [{ contacts: [{ kind: 'INVESTOR', name: 'a', phone: null, email: 'not-an-email' }] }, 'INVALID_INPUT', 'contacts[0].email'],
    [{ description: '' }, 'INVALID_INPUT', 'description'],
    [{ companyRegisteredOn: '2019-02-30' }, 'INVALID_INPUT', 'companyRegisteredOn'],
    [{ companyRegisteredOn: '2026-11-23' }, 'INVALID_INPUT', 'companyRegisteredOn'],
    [{ usdKztRate: '0' }, 'INVALID_INPUT', 'usdKztRate'],
    [{ usdKztRate: '1.23456' }, 'INVALID_INPUT', 'usdKztRate'],
    [{ jobs: -1 }, 'INVALID_INPUT', 'jobs'],
    [{ jobs: 1.5 }, 'INVALID_INPUT', 'jobs'],
    [{ technologyLevel: 'SPACE' as 'HIGH' }, 'INVALID_INPUT', 'technologyLevel'],
    [{ inGlobal2000: 'yes' as unknown as boolean }, 'INVALID_INPUT', 'inGlobal2000'],
    [{ hasInvestmentContract: 'no' as unknown as boolean }, 'INVALID_INPUT', 'hasInvestmentContract'],
    [{ investmentContractExpiresOn: '2031-12-31' }, 'INVALID_INPUT', 'investmentContractExpiresOn'],
    [{ hasInvestmentContract: true, investmentContractExpiresOn: '2031-13-01' }, 'INVALID_INPUT', 'investmentContractExpiresOn'],
    [{ hasInvestmentContract: true, investmentContractExpiresOn: '2031-12-31' }, 'OK', ''],
  ])('%o → %s on %s', (patch, code, field) => {
    const p = { ...FULL, ...patch };
    if (code === 'OK') expect(() => checkPassport(p, '2026-11-22')).not.toThrow();
    else expect(problem(() => checkPassport(p, '2026-11-22'))).toEqual({ code, field });
  });

  it('refuses a cost that is not an object', () => {
    expect(problem(() => checkPassport({ ...FULL, estimatedCost: 'lots' as unknown as Passport['estimatedCost'] }, '2026-11-22'))).toEqual({
      code: 'INVALID_INPUT',
      field: 'estimatedCost',
    });
  });
});

describe('missingPassportFields', () => {
  it('a full passport misses nothing in either edition, in either pool', () => {
    for (const ed of [E000, E001]) for (const pool of ['NATIONAL', 'REGIONAL', null] as const) expect(missingPassportFields(FULL, ed, pool)).toEqual([]);
  });

  it('lists the required fields in passport order; E000 does not require the BIN without a registration date (A-33)', () => {
    expect(missingPassportFields(EMPTY, E000, 'REGIONAL')).toEqual([
      'companyName',
      'sector',
      'commodityPosition',
      'regionCode',
      'estimatedCost',
      'financingScheme',
      'contacts',
      'description',
      'companyRegisteredOn',
    ]);
    expect(missingPassportFields(EMPTY, E001, 'REGIONAL')).toContain('companyBin');
  });

  it('A-33: E000 requires the BIN once the registration date is filled in', () => {
    expect(missingPassportFields({ ...FULL, companyBin: null }, E000, 'REGIONAL')).toEqual(['companyBin']);
    expect(missingPassportFields({ ...FULL, companyBin: null, companyRegisteredOn: null }, E000, 'REGIONAL')).toEqual(['companyRegisteredOn']);
  });

  it('contacts need both the investor and the responsible person', () => {
    expect(missingPassportFields({ ...FULL, contacts: [FULL.contacts[0]!] }, E000, 'REGIONAL')).toEqual(['contacts']);
  });

  it('a national-pool project needs the green-corridor inputs and the rate; a USD cost needs the rate in any pool', () => {
    const bare = { ...FULL, usdKztRate: null, jobs: null, technologyLevel: null, inGlobal2000: null };
    expect(missingPassportFields(bare, E000, 'NATIONAL')).toEqual(['usdKztRate', 'jobs', 'technologyLevel', 'inGlobal2000']);
    expect(missingPassportFields(bare, E000, 'REGIONAL')).toEqual([]);
    expect(missingPassportFields({ ...bare, estimatedCost: { amount: '1000', currency: 'USD' } }, E000, 'REGIONAL')).toEqual(['usdKztRate']);
  });
});

describe('costInKzt / costInUsd (A-04)', () => {
  it('KZT stays in whole tenge (truncated)', () => {
    expect(costInKzt({ amount: '589800000', currency: 'KZT' }, null)).toBe('589800000');
    expect(costInKzt({ amount: '1000.99', currency: 'KZT' }, null)).toBe('1000');
  });

  it('USD × rate, truncated to the tenge; no rate → INVALID_INPUT on usdKztRate', () => {
    expect(costInKzt({ amount: '60000000', currency: 'USD' }, '500')).toBe('30000000000');
    expect(costInKzt({ amount: '10.50', currency: 'USD' }, '470.1234')).toBe('4936');
    expect(problem(() => costInKzt({ amount: '1', currency: 'USD' }, null))).toEqual({ code: 'INVALID_INPUT', field: 'usdKztRate' });
  });

  it('KZT ÷ rate to the cent (truncated); USD as is; KZT without a rate → null', () => {
    expect(costInUsd({ amount: '30000000000', currency: 'KZT' }, '500')).toBe('60000000.00');
    expect(costInUsd({ amount: '1000', currency: 'KZT' }, '3')).toBe('333.33');
    expect(costInUsd({ amount: '12.5', currency: 'USD' }, null)).toBe('12.50');
    expect(costInUsd({ amount: '1000', currency: 'KZT' }, null)).toBeNull();
    expect(problem(() => costInUsd({ amount: '1000', currency: 'KZT' }, '0'))).toEqual({ code: 'INVALID_INPUT', field: 'usdKztRate' });
  });
});

describe('passportFillDueOn (T05)', () => {
  it('E001: 30 calendar days from entering Module 2; E000: none', () => {
    expect(passportFillDueOn('2025-01-10', E001)).toBe('2025-02-09');
    expect(passportFillDueOn('2025-01-10', E000)).toBeNull();
  });

  it('a working-day timer counts working days', () => {
    const wd = { ...E001, passport: { ...E001.passport, fillDeadline: { value: 5, unit: 'WD' as const, start: 'x', ref: 'test' } } };
    expect(passportFillDueOn('2025-10-08', wd)).toBe('2025-10-15');
  });
});
