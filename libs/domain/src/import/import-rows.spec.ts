import { REGIONS } from '../reference/regions';
import {
  COMPANY_COLUMNS,
  IMPORT_ERROR_CODES,
  IMPORT_MAX_ROWS,
  PROJECT_COLUMNS,
  importErrorMessage,
  isBlankRow,
  isOkedCodeFormat,
  normalizeImportAmount,
  normalizeImportDate,
  parseImportBoolean,
  validateCompanyRows,
  validateProjectRows,
  type ImportReference,
  type RawRow,
} from './import-rows';

const REF: ImportReference = {
  today: '2026-11-22',
  regionCodes: new Set(REGIONS.map((r) => r.code)),
  countryCodes: new Set(['KZ', 'KR', 'CN', 'DE']),
};
const BIN = '940740000139';
const BIN2 = '000740001307';

const project = (over: Record<string, string> = {}): RawRow => ({
  externalNumber: 'P-1',
  name: 'Plant',
  companyName: 'Plant LLP',
  companyBin: BIN,
  regionCode: '750000000',
  sector: 'C29',
  costAmount: '1 000 000 000',
  costCurrency: 'KZT',
  usdKztRate: '',
  hasInvestmentContract: 'нет',
  investmentContractExpiresOn: '',
  jobs: '120',
  createdOn: '2024-03-01',
  taskCode: '',
  taskTitle: '',
  taskStage: '',
  taskDueDate: '',
  taskStatus: '',
  taskCompletedOn: '',
  ...over,
});
const task = (over: Record<string, string> = {}): Record<string, string> => ({
  taskCode: 'PRE_LAND',
  taskTitle: 'Land plot',
  taskStage: 'PRE_INVESTMENT',
  taskDueDate: '2024-06-01',
  taskStatus: 'DONE',
  taskCompletedOn: '2024-05-20',
  ...over,
});
const H = [...PROJECT_COLUMNS];

describe('import rows: cell formats', () => {
  it('reads amounts with spaces and a comma, refuses zero, negatives, 3 decimals and 19 digits', () => {
    expect(normalizeImportAmount('1 000 000,50')).toBe('1000000.50');
    expect(normalizeImportAmount('007')).toBe('7');
    expect(normalizeImportAmount('0.01')).toBe('0.01');
    expect(normalizeImportAmount('0')).toBeNull();
    expect(normalizeImportAmount('0.00')).toBeNull();
    expect(normalizeImportAmount('-5')).toBeNull();
    expect(normalizeImportAmount('1.234')).toBeNull();
    expect(normalizeImportAmount('123456789012345678')).toBe('123456789012345678');
    expect(normalizeImportAmount('1234567890123456789')).toBeNull();
  });

  it('reads yes/no in three languages', () => {
    for (const y of ['true', 'YES', '1', 'да', 'иә']) expect(parseImportBoolean(y)).toBe(true);
    for (const n of ['false', 'no', '0', 'Нет', 'жоқ']) expect(parseImportBoolean(n)).toBe(false);
    expect(parseImportBoolean('maybe')).toBeNull();
  });

  it('reads ISO and dotted dates and refuses impossible ones', () => {
    expect(normalizeImportDate('2024-02-29')).toBe('2024-02-29');
    expect(normalizeImportDate('29.02.2024')).toBe('2024-02-29');
    expect(normalizeImportDate('2023-02-29')).toBeNull();
    expect(normalizeImportDate('1.2.2024')).toBeNull();
    expect(normalizeImportDate('2024/01/01')).toBeNull();
  });

  it('checks the OKED format: a section letter A–U or a division', () => {
    expect(isOkedCodeFormat('C')).toBe(true);
    expect(isOkedCodeFormat('U99')).toBe(true);
    expect(isOkedCodeFormat('V')).toBe(false);
    expect(isOkedCodeFormat('C2')).toBe(false);
    expect(isOkedCodeFormat('C299')).toBe(false);
  });

  it('treats a row of empty cells as blank', () => {
    expect(isBlankRow({ a: '', b: '  ', c: undefined })).toBe(true);
    expect(isBlankRow({ a: 'x' })).toBe(false);
  });
});

describe('import rows: companies', () => {
  const H2 = [...COMPANY_COLUMNS];
  const row = (over: Record<string, string> = {}): RawRow => ({
    bin: BIN,
    name: 'Plant',
    countryCode: 'kr',
    sector: 'c29',
    size: 'large',
    website: '',
    ...over,
  });

  it('accepts a valid file and normalises codes', () => {
    const r = validateCompanyRows(H2, [row(), {}, row({ bin: BIN2, size: '', sector: '' })], REF);
    expect(r).toEqual({
      ok: true,
      rows: 3,
      items: [
        { row: 2, bin: BIN, name: 'Plant', countryCode: 'KR', sector: 'C29', size: 'LARGE', website: null },
        { row: 4, bin: BIN2, name: 'Plant', countryCode: 'KR', sector: null, size: null, website: null },
      ],
    });
  });

  it('names every wrong row and field, with the file row numbers', () => {
    const r = validateCompanyRows(
      H2,
      [row({ bin: '940740000138' }), row({ bin: BIN2, countryCode: 'XX', sector: 'Z1' }), row({ bin: BIN }), row({ bin: '', name: '', website: 'ftp://x' })],
      REF,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.row}:${e.field}:${e.code}`)).toEqual([
      '2:bin:BAD_BIN',
      '3:countryCode:UNKNOWN_COUNTRY',
      '3:sector:BAD_SECTOR',
      '5:bin:REQUIRED',
      '5:name:REQUIRED',
      '5:website:BAD_ENUM',
    ]);
  });

  it('refuses the same BIN twice, naming the first row', () => {
    const r = validateCompanyRows(H2, [row(), row()], REF);
    expect(!r.ok && r.errors).toEqual([{ row: 3, field: 'bin', code: 'DUPLICATE_KEY', params: { value: BIN, firstRow: '2' } }]);
  });

  it('checks the header: required columns, unknown columns, empty and oversized files', () => {
    const r = validateCompanyRows(['bin', 'nme', 'countryCode'], [row()], REF);
    expect(!r.ok && r.errors.map((e) => `${e.row}:${e.field}:${e.code}`)).toEqual(['1:name:MISSING_COLUMN', '1:nme:UNKNOWN_COLUMN']);
    const empty = validateCompanyRows(H2, [{}], REF);
    expect(!empty.ok && empty.errors[0]!.code).toBe('EMPTY_FILE');
    const many = validateCompanyRows(H2, new Array<RawRow>(IMPORT_MAX_ROWS + 1).fill(row()), REF);
    expect(!many.ok && many.errors[0]!.code).toBe('TOO_MANY_ROWS');
  });

  it('refuses text over its length', () => {
    const r = validateCompanyRows(H2, [row({ name: 'x'.repeat(301) })], REF);
    expect(!r.ok && r.errors[0]).toEqual({ row: 2, field: 'name', code: 'TOO_LONG', params: { max: '300' } });
    expect(validateCompanyRows(H2, [row({ name: 'x'.repeat(300) })], REF).ok).toBe(true);
  });
});

describe('import rows: projects', () => {
  it('groups the task rows of a project and keeps their statuses and dates', () => {
    const r = validateProjectRows(
      H,
      [
        project(task()),
        {
          externalNumber: 'P-1',
          ...task({ taskCode: 'INV_CONSTR', taskStage: 'INVESTMENT', taskStatus: 'in_progress', taskCompletedOn: '', taskDueDate: '01.01.2027' }),
        },
        project({ externalNumber: 'P-2', costCurrency: 'USD', usdKztRate: '470.5', hasInvestmentContract: 'yes', investmentContractExpiresOn: '2030-01-01' }),
      ],
      REF,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.items).toHaveLength(2);
    expect(r.items[0]).toMatchObject({
      row: 2,
      externalNumber: 'P-1',
      cost: { amount: '1000000000', currency: 'KZT' },
      hasInvestmentContract: false,
      jobs: 120,
      tasks: [
        { row: 2, code: 'PRE_LAND', stage: 'PRE_INVESTMENT', status: 'DONE', dueDate: '2024-06-01', completedOn: '2024-05-20' },
        { row: 3, code: 'INV_CONSTR', stage: 'INVESTMENT', status: 'IN_PROGRESS', dueDate: '2027-01-01', completedOn: null },
      ],
    });
    expect(r.items[1]).toMatchObject({
      row: 4,
      cost: { currency: 'USD' },
      usdKztRate: '470.5',
      hasInvestmentContract: true,
      investmentContractExpiresOn: '2030-01-01',
      tasks: [],
    });
  });

  const codes = (rows: RawRow[]): string[] => {
    const r = validateProjectRows(H, rows, REF);
    return r.ok ? [] : r.errors.map((e) => `${e.row}:${e.field}:${e.code}`);
  };

  it('checks the passport columns against the reference lists and formats', () => {
    expect(codes([project({ regionCode: '999999999', companyBin: '123', costAmount: 'abc', jobs: '-1', sector: '29' })])).toEqual([
      '2:companyBin:BAD_BIN',
      '2:regionCode:UNKNOWN_REGION',
      '2:sector:BAD_SECTOR',
      '2:costAmount:BAD_AMOUNT',
      '2:jobs:BAD_INTEGER',
    ]);
    expect(codes([project({ costCurrency: 'EUR' })])).toEqual(['2:costCurrency:BAD_ENUM']);
    expect(codes([project({ costCurrency: 'USD' })])).toEqual(['2:usdKztRate:REQUIRED']);
    expect(codes([project({ hasInvestmentContract: 'perhaps' })])).toEqual(['2:hasInvestmentContract:BAD_BOOLEAN']);
    expect(codes([project({ investmentContractExpiresOn: '2030-01-01' })])).toEqual(['2:investmentContractExpiresOn:NOT_ALLOWED']);
    expect(codes([project({ hasInvestmentContract: 'да', investmentContractExpiresOn: '2024-02-29' })])).toEqual(['2:investmentContractExpiresOn:DATE_BEFORE']);
    expect(codes([project({ name: '', companyName: '' })])).toEqual(['2:name:REQUIRED', '2:companyName:REQUIRED']);
  });

  it('dates: creation up to today, not later; a year without an MCI is refused', () => {
    expect(codes([project({ createdOn: '2026-11-22' })])).toEqual([]);
    expect(codes([project({ createdOn: '2026-11-23' })])).toEqual(['2:createdOn:FUTURE_DATE']);
    expect(codes([project({ createdOn: '2019-12-31' })])).toEqual(['2:createdOn:NO_MCI_FOR_YEAR']);
    expect(codes([project({ createdOn: '2020-01-01' })])).toEqual([]);
    expect(codes([project({ createdOn: '31.02.2024' })])).toEqual(['2:createdOn:BAD_DATE']);
  });

  it('checks task statuses and dates for consistency', () => {
    expect(codes([project(task({ taskStatus: 'CLOSED' }))])).toEqual(['2:taskStatus:BAD_ENUM']);
    expect(codes([project(task({ taskCompletedOn: '' }))])).toEqual(['2:taskCompletedOn:REQUIRED']);
    expect(codes([project(task({ taskStatus: 'AWAITING_VALIDATION', taskCompletedOn: '' }))])).toEqual(['2:taskCompletedOn:REQUIRED']);
    expect(codes([project(task({ taskStatus: 'PLANNED' }))])).toEqual(['2:taskCompletedOn:NOT_ALLOWED']);
    expect(codes([project(task({ taskDueDate: '2024-02-29' }))])).toEqual(['2:taskDueDate:DATE_BEFORE']);
    expect(codes([project(task({ taskDueDate: '2024-03-01', taskCompletedOn: '2024-02-29' }))])).toEqual(['2:taskCompletedOn:DATE_BEFORE']);
    expect(codes([project(task({ taskCompletedOn: '2026-11-23' }))])).toEqual(['2:taskCompletedOn:FUTURE_DATE']);
    expect(codes([project(task({ taskStage: 'LATER', taskTitle: '' }))])).toEqual(['2:taskTitle:REQUIRED', '2:taskStage:BAD_ENUM']);
    expect(codes([project(task({ taskCode: 'x' }))])).toEqual(['2:taskCode:BAD_ENUM']);
    expect(codes([project(task({ taskCode: 'POST_CAPACITY', taskStage: 'POST_INVESTMENT' }))])).toEqual([]);
    expect(codes([project(task({ taskCode: 'POST_CAPACITY', taskStage: 'POST_INVESTMENT', taskStatus: 'AWAITING_VALIDATION' }))])).toEqual([]);
    expect(codes([project({ taskCompletedOn: '2024-05-01' })])).toEqual([
      '2:taskCode:REQUIRED',
      '2:taskTitle:REQUIRED',
      '2:taskStage:REQUIRED',
      '2:taskDueDate:REQUIRED',
      '2:taskStatus:REQUIRED',
    ]);
  });

  it('a done last task puts the project in Module 3: every other task of it must be done too', () => {
    const last = {
      externalNumber: 'P-1',
      ...task({ taskCode: 'POST_CAPACITY', taskStage: 'POST_INVESTMENT', taskDueDate: '2025-01-01', taskCompletedOn: '2025-01-02' }),
    };
    expect(codes([project(task()), last])).toEqual([]);
    expect(
      codes([
        project(task({ taskStatus: 'AWAITING_VALIDATION' })),
        { externalNumber: 'P-1', ...task({ taskCode: 'INV_CONSTR', taskStatus: 'PLANNED', taskCompletedOn: '' }) },
        last,
        project({ externalNumber: 'P-2', ...task({ taskStatus: 'PLANNED', taskCompletedOn: '' }) }),
      ]),
    ).toEqual(['2:taskStatus:OPEN_TASK_IN_MODULE3', '3:taskStatus:OPEN_TASK_IN_MODULE3']);
  });

  it('refuses a task code twice in a project, and project columns that differ between its rows', () => {
    expect(codes([project(task()), { externalNumber: 'P-1', ...task() }])).toEqual(['3:taskCode:DUPLICATE_KEY']);
    expect(codes([project(task()), project({ ...task({ taskCode: 'PRE_PERMITS' }), name: 'Other' })])).toEqual(['3:name:INCONSISTENT']);
    expect(codes([project(), { externalNumber: '', name: 'x' }])).toEqual(['3:externalNumber:REQUIRED']);
  });

  it('reports the errors of a bad first row and of its project’s later rows', () => {
    expect(codes([project({ regionCode: '1', ...task() }), { externalNumber: 'P-1', ...task({ taskCode: 'PRE_PERMITS', taskStatus: 'X' }) }])).toEqual([
      '2:regionCode:UNKNOWN_REGION',
      '3:taskStatus:BAD_ENUM',
    ]);
  });

  it('checks the header of a project file', () => {
    expect(codes([{ externalNumber: 'P-1' }])).toEqual([
      '2:name:REQUIRED',
      '2:companyName:REQUIRED',
      '2:regionCode:REQUIRED',
      '2:costAmount:REQUIRED',
      '2:costCurrency:REQUIRED',
      '2:createdOn:REQUIRED',
    ]);
    const r = validateProjectRows(['externalNumber'], [project()], REF);
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual(['name', 'companyName', 'regionCode', 'costAmount', 'costCurrency', 'createdOn']);
  });
});

describe('import error messages', () => {
  it('has a message in kk, ru and en for every code, with its parameters filled in', () => {
    for (const code of IMPORT_ERROR_CODES) {
      for (const locale of ['kk', 'ru', 'en'] as const) {
        const m = importErrorMessage(
          { code, params: { value: 'V', max: '9', min: '0', today: 'T', other: 'O', allowed: 'A', firstRow: '2', externalNumber: 'E', last: 'L' } },
          locale,
        );
        expect(m).not.toMatch(/\{\w+\}/);
        expect(m.length).toBeGreaterThan(5);
      }
    }
    expect(importErrorMessage({ code: 'BAD_BIN', params: { value: '123' } }, 'ru')).toBe('123 — неверный БИН (12 цифр с контрольной цифрой)');
    expect(importErrorMessage({ code: 'REQUIRED' }, 'kk')).toBe('мән міндетті');
  });
});
