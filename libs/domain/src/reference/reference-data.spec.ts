import { DomainError } from '../errors/domain-error';
import { classifyPool } from '../rules/pool';
import { isTaskForceProject } from '../rules/task-force';
import { addWorkingDays, KZ_DECREED_TRANSFERS } from './calendar';
import { MCI_TABLE, mciForYear } from './mci';
import { REGIONS } from './regions';
import {
  REFERENCE_KINDS,
  builtInRows,
  calendarWith,
  currentEntries,
  dayTransfersWith,
  isReferenceKind,
  mciTableWith,
  regionsWith,
  ruleConfigHistory,
  ruleConfigInForce,
  validateReferenceChange,
  type ReferenceEntry,
  type ReferenceKind,
} from './reference-data';
import { DEFAULT_RULE_CONFIG, validateRuleConfig } from './rule-config';

const ACT = 'Order of the Minister of Labour No. 1';
const NAME = { kk: 'Атау', ru: 'Название', en: 'Name' };

function fieldOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e.details.field as string;
    throw e;
  }
  return undefined;
}

let seq = 0;
function entry(kind: ReferenceKind, change: Record<string, unknown>): ReferenceEntry {
  const c = validateReferenceChange(kind, { legalAct: ACT, ...change });
  seq += 1;
  return { entryId: `e${seq}`, ...c, sequence: seq, recordedAt: '2026-11-22T00:00:00.000Z' };
}

describe('reference kinds', () => {
  it('knows its kinds and nothing else', () => {
    for (const k of REFERENCE_KINDS) expect(isReferenceKind(k)).toBe(true);
    expect(isReferenceKind('HOLIDAY')).toBe(false);
    expect(isReferenceKind(1)).toBe(false);
    expect(fieldOf(() => validateReferenceChange('HOLIDAY', {}))).toBe('kind');
  });
});

describe('validateReferenceChange: common fields', () => {
  it('needs the legal act and the date it applies from', () => {
    expect(fieldOf(() => validateReferenceChange('MCI', null))).toBe('body');
    expect(fieldOf(() => validateReferenceChange('MCI', { effectiveFrom: '2027-01-01', valueKzt: 4500 }))).toBe('legalAct');
    expect(fieldOf(() => validateReferenceChange('MCI', { effectiveFrom: '2027-01-01', valueKzt: 4500, legalAct: '   ' }))).toBe('legalAct');
    expect(fieldOf(() => validateReferenceChange('MCI', { effectiveFrom: '2027-01-01', valueKzt: 4500, legalAct: 'x'.repeat(501) }))).toBe('legalAct');
    expect(validateReferenceChange('MCI', { effectiveFrom: '2027-01-01', valueKzt: 4500, legalAct: ` ${'x'.repeat(500)} ` }).legalAct).toHaveLength(500);
    expect(fieldOf(() => validateReferenceChange('MCI', { effectiveFrom: '2027-02-29', valueKzt: 4500, legalAct: ACT }))).toBe('effectiveFrom');
    expect(fieldOf(() => validateReferenceChange('MCI', { valueKzt: 4500, legalAct: ACT }))).toBe('effectiveFrom');
    expect(fieldOf(() => validateReferenceChange('MCI', { effectiveFrom: '2027-01-01', valueKzt: 4500, legalAct: ACT, retired: 'yes' }))).toBe('retired');
  });

  it('retires a key with only its key', () => {
    expect(validateReferenceChange('MCI', { effectiveFrom: '2027-01-01', legalAct: ACT, retired: true })).toEqual({
      kind: 'MCI',
      key: '2027-01-01',
      effectiveFrom: '2027-01-01',
      legalAct: ACT,
      value: null,
    });
    expect(validateReferenceChange('DAY_TRANSFER', { effectiveFrom: '2026-11-01', date: '2026-12-26', legalAct: ACT, retired: true }).key).toBe('2026-12-26');
    expect(validateReferenceChange('RULE_CONFIG', { effectiveFrom: '2026-11-01', legalAct: ACT, retired: true }).key).toBe('2026-11-01');
    expect(validateReferenceChange('USD_KZT_RATE', { date: '2026-11-20', legalAct: ACT, retired: true }).key).toBe('2026-11-20');
    expect(validateReferenceChange('COUNTRY', { effectiveFrom: '2026-11-01', alpha2: 'KR', legalAct: ACT, retired: true }).key).toBe('KR');
    expect(validateReferenceChange('GLOBAL_2000', { effectiveFrom: '2026-11-01', year: 2026, rank: 7, legalAct: ACT, retired: true }).key).toBe('2026:0007');
    expect(validateReferenceChange('REGION', { effectiveFrom: '2026-11-01', code: '750000000', legalAct: ACT, retired: true }).key).toBe('750000000');
    expect(fieldOf(() => validateReferenceChange('SECTOR', { effectiveFrom: '2026-11-01', legalAct: ACT, retired: true }))).toBe('code');
  });
});

describe('validateReferenceChange: each kind', () => {
  const base = { effectiveFrom: '2026-11-01', legalAct: ACT };

  it('MCI: whole tenge from 1 to 10 million, keyed by its date', () => {
    expect(validateReferenceChange('MCI', { ...base, effectiveFrom: '2027-01-01', valueKzt: 1 }).value).toEqual({ valueKzt: 1 });
    expect(validateReferenceChange('MCI', { ...base, valueKzt: 10_000_000 }).key).toBe('2026-11-01');
    for (const v of [0, 10_000_001, 4500.5, '4500', null]) expect(fieldOf(() => validateReferenceChange('MCI', { ...base, valueKzt: v }))).toBe('valueKzt');
  });

  it('DAY_TRANSFER: a day off made a working day or the reverse, in a known year, decreed before the day', () => {
    // 2026-12-26 is a Saturday, 2026-12-28 a Monday, 2026-12-16 Independence Day (a Wednesday).
    expect(validateReferenceChange('DAY_TRANSFER', { ...base, date: '2026-12-26', kind: 'WORKDAY' }).value).toEqual({ date: '2026-12-26', kind: 'WORKDAY' });
    expect(validateReferenceChange('DAY_TRANSFER', { ...base, date: '2026-12-16', kind: 'WORKDAY' }).key).toBe('2026-12-16');
    expect(validateReferenceChange('DAY_TRANSFER', { ...base, effectiveFrom: '2026-12-28', date: '2026-12-28', kind: 'DAY_OFF' }).key).toBe('2026-12-28');
    expect(fieldOf(() => validateReferenceChange('DAY_TRANSFER', { ...base, effectiveFrom: '2026-12-29', date: '2026-12-28', kind: 'DAY_OFF' }))).toBe(
      'effectiveFrom',
    );
    expect(fieldOf(() => validateReferenceChange('DAY_TRANSFER', { ...base, date: '2026-12-28', kind: 'WORKDAY' }))).toBe('kind');
    expect(fieldOf(() => validateReferenceChange('DAY_TRANSFER', { ...base, date: '2026-12-26', kind: 'DAY_OFF' }))).toBe('kind');
    expect(fieldOf(() => validateReferenceChange('DAY_TRANSFER', { ...base, date: '2026-12-26', kind: 'HOLIDAY' }))).toBe('kind');
    expect(fieldOf(() => validateReferenceChange('DAY_TRANSFER', { ...base, date: '2026-13-01', kind: 'DAY_OFF' }))).toBe('date');
    expect(fieldOf(() => validateReferenceChange('DAY_TRANSFER', { ...base, effectiveFrom: '2031-01-01', date: '2031-01-06', kind: 'DAY_OFF' }))).toBe('date');
    expect(fieldOf(() => validateReferenceChange('DAY_TRANSFER', { ...base, effectiveFrom: '2022-01-01', date: '2022-01-04', kind: 'DAY_OFF' }))).toBe('date');
  });

  it('RULE_CONFIG: keyed by its date, options merged with the configuration in force', () => {
    const before = validateRuleConfig({ edition: 'E001', options: { yellowMaxDaysInclusive: 9 } });
    const c = validateReferenceChange('RULE_CONFIG', { ...base, options: { below10MPolicy: 'INELIGIBLE' } }, { ruleConfigBase: before });
    expect(c.key).toBe('2026-11-01');
    expect(c.value).toEqual({ edition: 'E001', options: { ...DEFAULT_RULE_CONFIG.options, yellowMaxDaysInclusive: 9, below10MPolicy: 'INELIGIBLE' } });
    expect(validateReferenceChange('RULE_CONFIG', { ...base, edition: 'E001' }).value).toEqual({ edition: 'E001', options: DEFAULT_RULE_CONFIG.options });
    expect(fieldOf(() => validateReferenceChange('RULE_CONFIG', { ...base, options: { yellowMaxDaysInclusive: 31 } }))).toBe('options.yellowMaxDaysInclusive');
  });

  it('REGION: a 9-digit KATO code, a kind, names in three languages, a parent for a district', () => {
    const r = validateReferenceChange('REGION', { ...base, code: '751210000', kind: 'DISTRICT', parentCode: '750000000', name: NAME });
    expect(r.value).toEqual({ code: '751210000', kind: 'DISTRICT', parentCode: '750000000', name: NAME });
    expect(validateReferenceChange('REGION', { ...base, code: '800000000', kind: 'OBLAST', name: NAME }).value?.parentCode).toBeNull();
    expect(fieldOf(() => validateReferenceChange('REGION', { ...base, code: '75000000', kind: 'OBLAST', name: NAME }))).toBe('code');
    expect(fieldOf(() => validateReferenceChange('REGION', { ...base, code: '750000000', kind: 'TOWN', name: NAME }))).toBe('kind');
    expect(fieldOf(() => validateReferenceChange('REGION', { ...base, code: '751210000', kind: 'DISTRICT', name: NAME }))).toBe('parentCode');
    expect(fieldOf(() => validateReferenceChange('REGION', { ...base, code: '751210000', kind: 'DISTRICT', parentCode: '751210000', name: NAME }))).toBe(
      'parentCode',
    );
    expect(fieldOf(() => validateReferenceChange('REGION', { ...base, code: '750000000', kind: 'CITY_REP', name: { ...NAME, kk: '' } }))).toBe('name.kk');
    expect(fieldOf(() => validateReferenceChange('REGION', { ...base, code: '750000000', kind: 'CITY_REP', name: { kk: 'a', ru: 'b' } }))).toBe('name.en');
    expect(fieldOf(() => validateReferenceChange('REGION', { ...base, code: '750000000', kind: 'CITY_REP', name: 'Almaty' }))).toBe('name');
    expect(fieldOf(() => validateReferenceChange('REGION', { ...base, code: '750000000', kind: 'CITY_REP', name: { ...NAME, ru: 'я'.repeat(301) } }))).toBe(
      'name.ru',
    );
  });

  it('COUNTRY: ISO 3166-1 codes and names', () => {
    const c = validateReferenceChange('COUNTRY', { ...base, alpha2: 'KR', alpha3: 'KOR', numeric: '410', name: NAME });
    expect(c.key).toBe('KR');
    expect(fieldOf(() => validateReferenceChange('COUNTRY', { ...base, alpha2: 'kr', alpha3: 'KOR', numeric: '410', name: NAME }))).toBe('alpha2');
    expect(fieldOf(() => validateReferenceChange('COUNTRY', { ...base, alpha2: 'KR', alpha3: 'KO', numeric: '410', name: NAME }))).toBe('alpha3');
    expect(fieldOf(() => validateReferenceChange('COUNTRY', { ...base, alpha2: 'KR', alpha3: 'KOR', numeric: '41', name: NAME }))).toBe('numeric');
  });

  it('SECTOR: OKED sections A–U and two-digit divisions with their section', () => {
    expect(validateReferenceChange('SECTOR', { ...base, code: 'C', name: NAME }).value).toEqual({ code: 'C', section: 'C', name: NAME });
    expect(validateReferenceChange('SECTOR', { ...base, code: '29', section: 'C', name: NAME }).value?.section).toBe('C');
    expect(validateReferenceChange('SECTOR', { ...base, code: 'U', name: NAME }).key).toBe('U');
    expect(fieldOf(() => validateReferenceChange('SECTOR', { ...base, code: 'V', name: NAME }))).toBe('code');
    expect(fieldOf(() => validateReferenceChange('SECTOR', { ...base, code: '291', name: NAME }))).toBe('code');
    expect(fieldOf(() => validateReferenceChange('SECTOR', { ...base, code: '29', name: NAME }))).toBe('section');
  });

  it('PRIORITY_PRODUCT: a commodity code of 4, 6, 8 or 10 digits and a technology level', () => {
    for (const code of ['8708', '870829', '87082990', '8708299009'])
      expect(validateReferenceChange('PRIORITY_PRODUCT', { ...base, code, technologyLevel: 'HIGH', name: NAME }).key).toBe(code);
    for (const code of ['870', '87082', '87082990091', 'abcd'])
      expect(fieldOf(() => validateReferenceChange('PRIORITY_PRODUCT', { ...base, code, technologyLevel: 'HIGH', name: NAME }))).toBe('code');
    expect(fieldOf(() => validateReferenceChange('PRIORITY_PRODUCT', { ...base, code: '8708', technologyLevel: 'LOW', name: NAME }))).toBe('technologyLevel');
  });

  it('GLOBAL_2000: a year, a rank 1–2000, a company', () => {
    const g = validateReferenceChange('GLOBAL_2000', { ...base, year: 2026, rank: 2000, company: ' Hyundai Motor ', countryCode: 'KR' });
    expect(g).toMatchObject({ key: '2026:2000', value: { year: 2026, rank: 2000, company: 'Hyundai Motor', countryCode: 'KR' } });
    expect(validateReferenceChange('GLOBAL_2000', { ...base, year: 2003, rank: 1, company: 'X' }).value?.countryCode).toBeNull();
    expect(fieldOf(() => validateReferenceChange('GLOBAL_2000', { ...base, year: 2002, rank: 1, company: 'X' }))).toBe('year');
    expect(fieldOf(() => validateReferenceChange('GLOBAL_2000', { ...base, year: 2026, rank: 0, company: 'X' }))).toBe('rank');
    expect(fieldOf(() => validateReferenceChange('GLOBAL_2000', { ...base, year: 2026, rank: 2001, company: 'X' }))).toBe('rank');
    expect(fieldOf(() => validateReferenceChange('GLOBAL_2000', { ...base, year: 2026, rank: 5, company: '' }))).toBe('company');
    expect(fieldOf(() => validateReferenceChange('GLOBAL_2000', { ...base, year: 2026, rank: 5, company: 'X', countryCode: 'Korea' }))).toBe('countryCode');
  });

  it('USD_KZT_RATE: a positive decimal of its own date', () => {
    expect(validateReferenceChange('USD_KZT_RATE', { legalAct: ACT, date: '2026-11-20', rate: '512.3456' })).toEqual({
      kind: 'USD_KZT_RATE',
      key: '2026-11-20',
      effectiveFrom: '2026-11-20',
      legalAct: ACT,
      value: { date: '2026-11-20', rate: '512.3456' },
    });
    expect(validateReferenceChange('USD_KZT_RATE', { ...base, effectiveFrom: '2026-11-20', date: '2026-11-20', rate: '0.0001' }).value?.rate).toBe('0.0001');
    expect(fieldOf(() => validateReferenceChange('USD_KZT_RATE', { ...base, date: '2026-11-20', rate: '512' }))).toBe('effectiveFrom');
    expect(fieldOf(() => validateReferenceChange('USD_KZT_RATE', { legalAct: ACT, date: '2026-11-31', rate: '512' }))).toBe('date');
    for (const rate of ['0', '0.00', '-1', '512.12345', '1,5', '01.5', 512, '1234567'])
      expect(fieldOf(() => validateReferenceChange('USD_KZT_RATE', { legalAct: ACT, date: '2026-11-20', rate }))).toBe('rate');
  });
});

describe('the tables with the recorded changes', () => {
  it('takes the last recorded change of a key', () => {
    const a = entry('MCI', { effectiveFrom: '2027-01-01', valueKzt: 4500 });
    const b = entry('MCI', { effectiveFrom: '2027-01-01', valueKzt: 4600 });
    const other = entry('COUNTRY', { effectiveFrom: '2026-01-01', alpha2: 'KR', alpha3: 'KOR', numeric: '410', name: NAME });
    expect(currentEntries([b, a, other], 'MCI').get('2027-01-01')).toBe(b);
    expect(currentEntries([b, a, other], 'MCI').size).toBe(1);
  });

  it('MCI: a recorded year replaces the built-in value, a new year is added, a retired one removed', () => {
    const fix = entry('MCI', { effectiveFrom: '2026-01-01', valueKzt: 5000 });
    const next = entry('MCI', { effectiveFrom: '2027-01-01', valueKzt: 4500 });
    const table = mciTableWith([next, fix]);
    expect(mciForYear(2026, table)).toBe(5000);
    expect(mciForYear(2027, table)).toBe(4500);
    expect(mciForYear(2025, table)).toBe(3932);
    expect(table.map((r) => r.effectiveFrom)).toEqual([...MCI_TABLE.map((r) => r.effectiveFrom), '2027-01-01']);
    expect(table.find((r) => r.effectiveFrom === '2026-01-01')?.legalAct).toBe(ACT);
    const gone = entry('MCI', { effectiveFrom: '2027-01-01', retired: true });
    expect(() => mciForYear(2027, mciTableWith([next, fix, gone]))).toThrow(DomainError);
    expect(mciTableWith([])).toEqual([...MCI_TABLE]);
  });

  it('pool classification and the Task Force threshold read the MCI of the table they are given', () => {
    const table = mciTableWith([entry('MCI', { effectiveFrom: '2026-01-01', valueKzt: 5000 })]);
    const input = { amountKzt: '700000000', hasInvestmentContract: false, year: 2026 };
    expect(classifyPool(input)).toMatchObject({ pool: 'NATIONAL', mci: 4325 });
    expect(classifyPool(input, { mciTable: table })).toMatchObject({ pool: 'REGIONAL', mci: 5000, amountMci: '140000.00' });
    expect(classifyPool({ ...input, amountKzt: '750000000' }, { mciTable: table, nationalInclusive: true }).pool).toBe('NATIONAL');
    expect(classifyPool({ ...input, amountKzt: '750000000' }, { mciTable: table, nationalInclusive: false }).pool).toBe('REGIONAL');
    // 7,500,000 MCI: 32.4375 billion at 4,325, 37.5 billion at 5,000.
    const tf = { greenCorridorEligible: true, amountKzt: '35000000000', year: 2026 };
    expect(isTaskForceProject(tf)).toBe(true);
    expect(isTaskForceProject(tf, table)).toBe(false);
  });

  it('the calendar: a decreed day off moves working-day deadlines computed after it; withdrawing it moves them back', () => {
    // 2026-12-23 (Wed) + 5 WD = Wed 30 Dec; with Mon 28 Dec a day off: Thu 31 Dec; with Sat 26 Dec worked too: Wed 30 Dec.
    expect(addWorkingDays('2026-12-23', 5, calendarWith([]))).toBe('2026-12-30');
    const off = entry('DAY_TRANSFER', { effectiveFrom: '2026-11-20', date: '2026-12-28', kind: 'DAY_OFF' });
    expect(addWorkingDays('2026-12-23', 5, calendarWith([off]))).toBe('2026-12-31');
    const worked = entry('DAY_TRANSFER', { effectiveFrom: '2026-11-20', date: '2026-12-26', kind: 'WORKDAY' });
    expect(addWorkingDays('2026-12-23', 5, calendarWith([off, worked]))).toBe('2026-12-30');
    const withdrawn = entry('DAY_TRANSFER', { effectiveFrom: '2026-11-21', date: '2026-12-28', retired: true });
    expect(addWorkingDays('2026-12-23', 5, calendarWith([off, withdrawn]))).toBe('2026-12-30');
    expect(dayTransfersWith([off]).map((t) => t.date)).toEqual([...KZ_DECREED_TRANSFERS.map((t) => t.date)].sort().concat('2026-12-28'));
    // A built-in transfer can be withdrawn too (2025-01-03 was a decreed day off).
    const builtIn = entry('DAY_TRANSFER', { effectiveFrom: '2024-12-01', date: '2025-01-03', retired: true });
    expect(calendarWith([builtIn]).isWorkingDay('2025-01-03')).toBe(true);
    expect(calendarWith([]).isWorkingDay('2025-01-03')).toBe(false);
  });

  it('the rule configuration: history by date, in force only from its date', () => {
    const a = entry('RULE_CONFIG', { effectiveFrom: '2026-12-01', options: { yellowMaxDaysInclusive: 9 } });
    const b = entry('RULE_CONFIG', { effectiveFrom: '2027-01-01', edition: 'E001' });
    const retired = entry('RULE_CONFIG', { effectiveFrom: '2027-01-01', retired: true });
    expect(ruleConfigHistory([b, a]).map((h) => h.effectiveFrom)).toEqual(['2026-12-01', '2027-01-01']);
    expect(ruleConfigInForce([a, b], '2026-11-30')).toEqual({ config: DEFAULT_RULE_CONFIG, effectiveFrom: null, legalAct: null });
    expect(ruleConfigInForce([a, b], '2026-12-01')).toMatchObject({
      effectiveFrom: '2026-12-01',
      legalAct: ACT,
      config: { options: { yellowMaxDaysInclusive: 9 } },
    });
    expect(ruleConfigInForce([a, b], '2027-01-01').config.edition).toBe('E001');
    expect(ruleConfigInForce([a, b, retired], '2027-01-01').effectiveFrom).toBe('2026-12-01');
  });

  it('regions: the 20 rated units with districts added and a unit renamed', () => {
    const district = entry('REGION', { effectiveFrom: '2026-01-01', code: '751210000', kind: 'DISTRICT', parentCode: '750000000', name: NAME });
    const renamed = entry('REGION', { effectiveFrom: '2026-01-01', code: '750000000', kind: 'CITY_REP', name: NAME });
    const rows = regionsWith([district, renamed]);
    expect(rows).toHaveLength(REGIONS.length + 1);
    expect(rows.find((r) => r.code === '750000000')?.name).toEqual(NAME);
    expect(rows.find((r) => r.code === '751210000')?.parentCode).toBe('750000000');
    const removed = entry('REGION', { effectiveFrom: '2026-01-01', code: '751210000', retired: true });
    expect(regionsWith([district, removed])).toHaveLength(REGIONS.length);
  });

  it('built-in rows: the seed of the MCI, the transfers and the regions; none for the other kinds', () => {
    expect(builtInRows('MCI')).toHaveLength(MCI_TABLE.length);
    expect(builtInRows('DAY_TRANSFER')).toHaveLength(KZ_DECREED_TRANSFERS.length);
    expect(builtInRows('REGION')).toHaveLength(20);
    expect(builtInRows('REGION')[0]).toMatchObject({ effectiveFrom: null, legalAct: null });
    for (const k of ['RULE_CONFIG', 'COUNTRY', 'SECTOR', 'PRIORITY_PRODUCT', 'GLOBAL_2000', 'USD_KZT_RATE'] as const) expect(builtInRows(k)).toEqual([]);
  });
});
