/**
 * Bulk import of existing data (issue 13): the pure validation of a whole file's rows, before anything is
 * imported. A file is a header row and data rows (cells as text, as read from CSV or XLSX); row numbers are
 * those of the spreadsheet (the header is row 1). Every problem is reported as { row, field, code, params },
 * and `importErrorMessage` words it in Kazakh, Russian or English. No I/O, no clock: `today` and the
 * reference lists are given.
 */
import { isValidBin } from '../identifiers/bin';
import { isValidIsoDate } from '../reference/iso-date';
import { mciForYear } from '../reference/mci';
import { COMPANY_SIZES, type CompanySize } from '../machines/company.machine';
import { LAST_TASK_CODE, TASK_STATUSES, type TaskStatus } from '../machines/task.machine';
import { ROADMAP_STAGES, type RoadmapStage } from '../rules/roadmap-content';

export const IMPORT_KINDS = ['companies', 'projects'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type ImportLocale = 'kk' | 'ru' | 'en';

export const IMPORT_ERROR_CODES = [
  'UNREADABLE_FILE',
  'EMPTY_FILE',
  'TOO_MANY_ROWS',
  'MISSING_COLUMN',
  'UNKNOWN_COLUMN',
  'REQUIRED',
  'TOO_LONG',
  'BAD_BIN',
  'UNKNOWN_REGION',
  'UNKNOWN_COUNTRY',
  'BAD_SECTOR',
  'BAD_DATE',
  'FUTURE_DATE',
  'DATE_BEFORE',
  'BAD_AMOUNT',
  'BAD_BOOLEAN',
  'BAD_INTEGER',
  'BAD_ENUM',
  'NOT_ALLOWED',
  'DUPLICATE_KEY',
  'INCONSISTENT',
  'OPEN_TASK_IN_MODULE3',
  'NO_MCI_FOR_YEAR',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportRowError {
  /** Spreadsheet row number: the header is row 1, the first data row is row 2. */
  row: number;
  /** Column name, or `$file` for the file as a whole. */
  field: string;
  code: ImportErrorCode;
  params?: Record<string, string>;
}

/** What the rows are checked against (reference lists are owned elsewhere and passed in). */
export interface ImportReference {
  /** Today's date (YYYY-MM-DD): dates of existing data may not be later. */
  today: string;
  regionCodes: ReadonlySet<string>;
  countryCodes: ReadonlySet<string>;
  /** Sector codes allowed besides the OKED format check; when given, a sector must be in it. */
  sectorCodes?: ReadonlySet<string>;
}

/** Largest file accepted (data rows). */
export const IMPORT_MAX_ROWS = 50_000;

export const COMPANY_COLUMNS = ['bin', 'name', 'countryCode', 'sector', 'size', 'website'] as const;
export const COMPANY_REQUIRED = ['bin', 'name', 'countryCode'] as const;

export const PROJECT_COLUMNS = [
  'externalNumber',
  'name',
  'companyName',
  'companyBin',
  'regionCode',
  'sector',
  'costAmount',
  'costCurrency',
  'usdKztRate',
  'hasInvestmentContract',
  'investmentContractExpiresOn',
  'jobs',
  'createdOn',
  'taskCode',
  'taskTitle',
  'taskStage',
  'taskDueDate',
  'taskStatus',
  'taskCompletedOn',
] as const;
export const PROJECT_REQUIRED = ['externalNumber', 'name', 'companyName', 'regionCode', 'costAmount', 'costCurrency', 'createdOn'] as const;
/** The project's own columns: every row of the same project must repeat them identically (or leave them empty). */
const PROJECT_FIELDS = PROJECT_COLUMNS.filter((c) => !c.startsWith('task'));
const TASK_FIELDS = ['taskCode', 'taskTitle', 'taskStage', 'taskDueDate', 'taskStatus'] as const;

export type RawRow = Readonly<Record<string, string | undefined>>;

export interface ImportCompanyRow {
  row: number;
  bin: string;
  name: string;
  countryCode: string;
  sector: string | null;
  size: CompanySize | null;
  website: string | null;
}

export interface ImportTaskRow {
  row: number;
  code: string;
  title: string;
  stage: RoadmapStage;
  dueDate: string;
  status: TaskStatus;
  completedOn: string | null;
}

export interface ImportProjectRow {
  /** The first row of the project in the file. */
  row: number;
  externalNumber: string;
  name: string;
  companyName: string;
  companyBin: string | null;
  regionCode: string;
  sector: string | null;
  cost: { amount: string; currency: 'KZT' | 'USD' };
  usdKztRate: string | null;
  hasInvestmentContract: boolean;
  investmentContractExpiresOn: string | null;
  jobs: number | null;
  createdOn: string;
  tasks: ImportTaskRow[];
}

export type ImportValidation<T> = { ok: true; items: T[]; rows: number } | { ok: false; errors: ImportRowError[]; rows: number };

/** OKED: a section letter (A–U) or a division (letter and two digits), e.g. C or C29. */
export function isOkedCodeFormat(v: string): boolean {
  return /^[A-U](\d{2})?$/.test(v);
}

/** A positive decimal amount with at most 2 decimals (spaces as thousands separators and a comma decimal accepted). */
export function normalizeImportAmount(v: string): string | null {
  const s = v.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^\d{1,18}(\.\d{1,2})?$/.test(s)) return null;
  if (/^0+(\.0+)?$/.test(s)) return null;
  return s.replace(/^0+(?=\d)/, '');
}

/** Yes/no in the three languages (and true/false, 1/0); null when not recognised. */
export function parseImportBoolean(v: string): boolean | null {
  const s = v.trim().toLowerCase();
  if (['true', 'yes', '1', 'да', 'иә', 'ия'].includes(s)) return true;
  if (['false', 'no', '0', 'нет', 'жоқ'].includes(s)) return false;
  return null;
}

/** Dates as YYYY-MM-DD or DD.MM.YYYY (as Kazakh spreadsheets write them); null when not a real date. */
export function normalizeImportDate(v: string): string | null {
  const s = v.trim();
  const dotted = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(s);
  const iso = dotted ? `${dotted[3]}-${dotted[2]}-${dotted[1]}` : s;
  return isValidIsoDate(iso) ? iso : null;
}

/** The pool is classified by the MCI of the creation year: a year without an MCI cannot be imported. */
function hasMci(year: number): boolean {
  try {
    mciForYear(year);
    return true;
  } catch {
    return false;
  }
}

class RowChecker {
  readonly errors: ImportRowError[] = [];
  constructor(
    readonly row: number,
    private readonly raw: RawRow,
  ) {}

  private err(field: string, code: ImportErrorCode, params?: Record<string, string>): null {
    this.errors.push({ row: this.row, field, code, ...(params ? { params } : {}) });
    return null;
  }

  cell(field: string): string {
    return (this.raw[field] ?? '').trim();
  }

  text(field: string, required: boolean, max: number): string | null {
    const v = this.cell(field);
    if (v === '') return required ? this.err(field, 'REQUIRED') : null;
    if (v.length > max) return this.err(field, 'TOO_LONG', { max: String(max) });
    return v;
  }

  bin(field: string, required: boolean): string | null {
    const v = this.cell(field);
    if (v === '') return required ? this.err(field, 'REQUIRED') : null;
    return isValidBin(v) ? v : this.err(field, 'BAD_BIN', { value: v });
  }

  date(field: string, required: boolean, today: string | null): string | null {
    const v = this.cell(field);
    if (v === '') return required ? this.err(field, 'REQUIRED') : null;
    const d = normalizeImportDate(v);
    if (d === null) return this.err(field, 'BAD_DATE', { value: v });
    if (today !== null && d > today) return this.err(field, 'FUTURE_DATE', { value: d, today });
    return d;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], required: boolean): T | null {
    const v = this.cell(field).toUpperCase();
    if (v === '') return required ? this.err(field, 'REQUIRED') : null;
    return (allowed as readonly string[]).includes(v) ? (v as T) : this.err(field, 'BAD_ENUM', { value: v, allowed: allowed.join(', ') });
  }

  inSet(field: string, set: ReadonlySet<string>, code: ImportErrorCode, required: boolean, upper = false): string | null {
    const raw = this.cell(field);
    const v = upper ? raw.toUpperCase() : raw;
    if (v === '') return required ? this.err(field, 'REQUIRED') : null;
    return set.has(v) ? v : this.err(field, code, { value: v });
  }

  sector(field: string, ref: ImportReference): string | null {
    const v = this.cell(field).toUpperCase();
    if (v === '') return null;
    const known = ref.sectorCodes ? ref.sectorCodes.has(v) : isOkedCodeFormat(v);
    return known ? v : this.err(field, 'BAD_SECTOR', { value: v });
  }

  amount(field: string, required: boolean): string | null {
    const v = this.cell(field);
    if (v === '') return required ? this.err(field, 'REQUIRED') : null;
    return normalizeImportAmount(v) ?? this.err(field, 'BAD_AMOUNT', { value: v });
  }

  boolean(field: string): boolean | null {
    const v = this.cell(field);
    if (v === '') return false;
    const b = parseImportBoolean(v);
    if (b === null) this.err(field, 'BAD_BOOLEAN', { value: v });
    return b;
  }

  integer(field: string, min: number, max: number): number | null {
    const v = this.cell(field);
    if (v === '') return null;
    if (!/^\d{1,9}$/.test(v) || Number(v) < min || Number(v) > max) return this.err(field, 'BAD_INTEGER', { value: v, min: String(min), max: String(max) });
    return Number(v);
  }

  fail(field: string, code: ImportErrorCode, params?: Record<string, string>): void {
    this.err(field, code, params);
  }
}

/** A row with no value in any cell (an empty line between data): skipped, its number kept for the rows after it. */
export function isBlankRow(raw: RawRow): boolean {
  return Object.values(raw).every((v) => v === undefined || v.trim() === '');
}

/** Header checks shared by every kind: required columns present, no column the kind does not know. */
function checkHeader(headers: readonly string[], known: readonly string[], required: readonly string[], rows: readonly RawRow[]): ImportRowError[] {
  const errors: ImportRowError[] = [];
  if (rows.every(isBlankRow)) errors.push({ row: 1, field: '$file', code: 'EMPTY_FILE' });
  if (rows.length > IMPORT_MAX_ROWS) errors.push({ row: 1, field: '$file', code: 'TOO_MANY_ROWS', params: { max: String(IMPORT_MAX_ROWS) } });
  for (const c of required) if (!headers.includes(c)) errors.push({ row: 1, field: c, code: 'MISSING_COLUMN' });
  for (const h of headers) if (h !== '' && !known.includes(h)) errors.push({ row: 1, field: h, code: 'UNKNOWN_COLUMN' });
  return errors;
}

/** Companies: one row per company; the BIN is the natural key (unique in the file). */
export function validateCompanyRows(headers: readonly string[], rows: readonly RawRow[], ref: ImportReference): ImportValidation<ImportCompanyRow> {
  const header = checkHeader(headers, COMPANY_COLUMNS, COMPANY_REQUIRED, rows);
  if (header.length > 0) return { ok: false, errors: header, rows: rows.length };
  const errors: ImportRowError[] = [];
  const items: ImportCompanyRow[] = [];
  const seen = new Map<string, number>();
  rows.forEach((raw, i) => {
    if (isBlankRow(raw)) return;
    const c = new RowChecker(i + 2, raw);
    const bin = c.bin('bin', true);
    const name = c.text('name', true, 300);
    const countryCode = c.inSet('countryCode', ref.countryCodes, 'UNKNOWN_COUNTRY', true, true);
    const sector = c.sector('sector', ref);
    const size = c.oneOf('size', COMPANY_SIZES, false);
    const website = c.text('website', false, 500);
    if (website !== null && !/^https?:\/\/\S+$/.test(website)) c.fail('website', 'BAD_ENUM', { value: website, allowed: 'http(s)://…' });
    if (bin !== null) {
      const first = seen.get(bin);
      if (first !== undefined) c.fail('bin', 'DUPLICATE_KEY', { value: bin, firstRow: String(first) });
      else seen.set(bin, c.row);
    }
    if (c.errors.length > 0) errors.push(...c.errors);
    else items.push({ row: c.row, bin: bin!, name: name!, countryCode: countryCode!, sector, size, website });
  });
  return errors.length > 0 ? { ok: false, errors, rows: rows.length } : { ok: true, items, rows: rows.length };
}

/**
 * Projects: one row per roadmap task (or one row for a project without a roadmap). Rows with the same
 * `externalNumber` belong to the same project and repeat its columns identically (or leave them empty).
 */
export function validateProjectRows(headers: readonly string[], rows: readonly RawRow[], ref: ImportReference): ImportValidation<ImportProjectRow> {
  const header = checkHeader(headers, PROJECT_COLUMNS, PROJECT_REQUIRED, rows);
  if (header.length > 0) return { ok: false, errors: header, rows: rows.length };
  const errors: ImportRowError[] = [];
  const projects = new Map<string, { first: RawRow; item: ImportProjectRow | null; taskCodes: Map<string, number> }>();
  const order: string[] = [];
  rows.forEach((raw, i) => {
    if (isBlankRow(raw)) return;
    const c = new RowChecker(i + 2, raw);
    const key = c.text('externalNumber', true, 100);
    if (key === null) {
      errors.push(...c.errors);
      return;
    }
    let entry = projects.get(key);
    if (!entry) {
      const item = projectOf(c, key, ref);
      entry = { first: raw, item, taskCodes: new Map() };
      projects.set(key, entry);
      order.push(key);
    } else {
      for (const f of PROJECT_FIELDS) {
        const v = c.cell(f);
        if (v !== '' && v !== (entry.first[f] ?? '').trim()) c.fail(f, 'INCONSISTENT', { externalNumber: key, firstRow: String(entry.item?.row ?? '') });
      }
    }
    const task = taskOf(c, entry.item, ref);
    if (task !== null && entry.item !== null) {
      const firstRow = entry.taskCodes.get(task.code);
      if (firstRow !== undefined) c.fail('taskCode', 'DUPLICATE_KEY', { value: task.code, firstRow: String(firstRow) });
      else {
        entry.taskCodes.set(task.code, c.row);
        if (c.errors.length === 0) entry.item.tasks.push(task);
      }
    }
    if (c.errors.length > 0) {
      errors.push(...c.errors);
      if (entry.item === null) return;
    }
  });
  // A validated last task hands the project to Module 3 (post-investment): then no task may still be open.
  for (const { item } of projects.values()) {
    if (item === null || !item.tasks.some((t) => t.code === LAST_TASK_CODE && t.status === 'DONE')) continue;
    for (const t of item.tasks) {
      if (t.status !== 'DONE') errors.push({ row: t.row, field: 'taskStatus', code: 'OPEN_TASK_IN_MODULE3', params: { last: LAST_TASK_CODE } });
    }
  }
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.row - b.row), rows: rows.length };
  return { ok: true, items: order.map((k) => projects.get(k)!.item!), rows: rows.length };
}

function projectOf(c: RowChecker, externalNumber: string, ref: ImportReference): ImportProjectRow | null {
  const before = c.errors.length;
  const name = c.text('name', true, 500);
  const companyName = c.text('companyName', true, 300);
  const companyBin = c.bin('companyBin', false);
  const regionCode = c.inSet('regionCode', ref.regionCodes, 'UNKNOWN_REGION', true);
  const sector = c.sector('sector', ref);
  const amount = c.amount('costAmount', true);
  const currency = c.oneOf('costCurrency', ['KZT', 'USD'] as const, true);
  const usdKztRate = c.amount('usdKztRate', false);
  if (currency === 'USD' && c.cell('usdKztRate') === '') c.fail('usdKztRate', 'REQUIRED');
  const hasInvestmentContract = c.boolean('hasInvestmentContract');
  const createdOn = c.date('createdOn', true, ref.today);
  if (createdOn !== null && !hasMci(Number(createdOn.slice(0, 4)))) c.fail('createdOn', 'NO_MCI_FOR_YEAR', { value: createdOn });
  const expires = c.date('investmentContractExpiresOn', false, null);
  if (expires !== null && hasInvestmentContract === false) c.fail('investmentContractExpiresOn', 'NOT_ALLOWED');
  if (expires !== null && createdOn !== null && expires < createdOn)
    c.fail('investmentContractExpiresOn', 'DATE_BEFORE', { other: 'createdOn', value: createdOn });
  const jobs = c.integer('jobs', 0, 1_000_000);
  if (c.errors.length > before) return null;
  return {
    row: c.row,
    externalNumber,
    name: name!,
    companyName: companyName!,
    companyBin,
    regionCode: regionCode!,
    sector,
    cost: { amount: amount!, currency: currency! },
    usdKztRate,
    hasInvestmentContract: hasInvestmentContract!,
    investmentContractExpiresOn: expires,
    jobs,
    createdOn: createdOn!,
    tasks: [],
  };
}

/** The task of a row, or null when the row has no task (all task columns empty) or its task is invalid. */
function taskOf(c: RowChecker, project: ImportProjectRow | null, ref: ImportReference): ImportTaskRow | null {
  if (TASK_FIELDS.every((f) => c.cell(f) === '') && c.cell('taskCompletedOn') === '') return null;
  const before = c.errors.length;
  const code = c.text('taskCode', true, 50);
  if (code !== null && !/^[A-Z][A-Z0-9_]{1,49}$/.test(code)) c.fail('taskCode', 'BAD_ENUM', { value: code, allowed: 'A-Z, 0-9, _' });
  const title = c.text('taskTitle', true, 500);
  const stage = c.oneOf('taskStage', ROADMAP_STAGES, true);
  const dueDate = c.date('taskDueDate', true, null);
  const status = c.oneOf('taskStatus', TASK_STATUSES, true);
  const completedOn = c.date('taskCompletedOn', false, ref.today);
  const finished = status === 'AWAITING_VALIDATION' || status === 'DONE';
  if (status !== null && finished && completedOn === null && c.cell('taskCompletedOn') === '') c.fail('taskCompletedOn', 'REQUIRED');
  if (status !== null && !finished && completedOn !== null) c.fail('taskCompletedOn', 'NOT_ALLOWED', { status });
  if (project !== null) {
    if (dueDate !== null && dueDate < project.createdOn) c.fail('taskDueDate', 'DATE_BEFORE', { other: 'createdOn', value: project.createdOn });
    if (completedOn !== null && completedOn < project.createdOn) c.fail('taskCompletedOn', 'DATE_BEFORE', { other: 'createdOn', value: project.createdOn });
  }
  if (c.errors.length > before) return null;
  return { row: c.row, code: code!, title: title!, stage: stage!, dueDate: dueDate!, status: status!, completedOn };
}

const MESSAGES: Record<ImportErrorCode, Record<ImportLocale, string>> = {
  UNREADABLE_FILE: {
    en: 'the file cannot be read as CSV (UTF-8) or XLSX',
    ru: 'файл не читается как CSV (UTF-8) или XLSX',
    kk: 'файлды CSV (UTF-8) немесе XLSX ретінде оқу мүмкін емес',
  },
  EMPTY_FILE: { en: 'the file has no data rows', ru: 'в файле нет строк с данными', kk: 'файлда деректер жолдары жоқ' },
  TOO_MANY_ROWS: { en: 'the file has more than {max} rows', ru: 'в файле больше {max} строк', kk: 'файлда {max} жолдан артық' },
  MISSING_COLUMN: { en: 'required column is missing', ru: 'отсутствует обязательный столбец', kk: 'міндетті баған жоқ' },
  UNKNOWN_COLUMN: { en: 'unknown column', ru: 'неизвестный столбец', kk: 'белгісіз баған' },
  REQUIRED: { en: 'a value is required', ru: 'значение обязательно', kk: 'мән міндетті' },
  TOO_LONG: { en: 'longer than {max} characters', ru: 'длиннее {max} символов', kk: '{max} таңбадан ұзын' },
  BAD_BIN: {
    en: '{value} is not a valid BIN (12 digits with a check digit)',
    ru: '{value} — неверный БИН (12 цифр с контрольной цифрой)',
    kk: '{value} — жарамсыз БСН (бақылау цифры бар 12 цифр)',
  },
  UNKNOWN_REGION: { en: 'unknown region (KATO) code {value}', ru: 'неизвестный код региона (КАТО) {value}', kk: 'белгісіз өңір (ӘАОЖ) коды {value}' },
  UNKNOWN_COUNTRY: {
    en: 'unknown country code {value} (ISO 3166-1)',
    ru: 'неизвестный код страны {value} (ISO 3166-1)',
    kk: 'белгісіз ел коды {value} (ISO 3166-1)',
  },
  BAD_SECTOR: { en: 'unknown sector (OKED) code {value}', ru: 'неизвестный код отрасли (ОКЭД) {value}', kk: 'белгісіз сала (ЭҚЖЖ) коды {value}' },
  BAD_DATE: {
    en: '{value} is not a date (YYYY-MM-DD or DD.MM.YYYY)',
    ru: '{value} — не дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)',
    kk: '{value} — күн емес (ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ)',
  },
  FUTURE_DATE: { en: '{value} is later than today ({today})', ru: '{value} позже сегодняшней даты ({today})', kk: '{value} бүгінгі күннен ({today}) кейін' },
  DATE_BEFORE: { en: 'earlier than {other} ({value})', ru: 'раньше, чем {other} ({value})', kk: '{other} ({value}) күнінен ерте' },
  BAD_AMOUNT: { en: '{value} is not a positive amount', ru: '{value} — не положительная сумма', kk: '{value} — оң сома емес' },
  BAD_BOOLEAN: { en: '{value} is not yes/no', ru: '{value} — не да/нет', kk: '{value} — иә/жоқ емес' },
  BAD_INTEGER: {
    en: '{value} is not a whole number from {min} to {max}',
    ru: '{value} — не целое число от {min} до {max}',
    kk: '{value} — {min} мен {max} аралығындағы бүтін сан емес',
  },
  BAD_ENUM: {
    en: '{value} is not allowed (allowed: {allowed})',
    ru: 'значение {value} недопустимо (допустимо: {allowed})',
    kk: '{value} мәніне рұқсат жоқ (рұқсат: {allowed})',
  },
  NOT_ALLOWED: { en: 'must be empty here', ru: 'здесь должно быть пустым', kk: 'мұнда бос болуы керек' },
  DUPLICATE_KEY: { en: '{value} already appears in row {firstRow}', ru: '{value} уже есть в строке {firstRow}', kk: '{value} {firstRow}-жолда бар' },
  INCONSISTENT: {
    en: 'differs from row {firstRow} of project {externalNumber}',
    ru: 'отличается от строки {firstRow} проекта {externalNumber}',
    kk: '{externalNumber} жобасының {firstRow}-жолынан өзгеше',
  },
  NO_MCI_FOR_YEAR: {
    en: 'no MCI is known for the year of {value}: the pool cannot be classified',
    ru: 'для года даты {value} нет МРП: пул не определить',
    kk: '{value} жылы үшін АЕК белгісіз: пулды анықтау мүмкін емес',
  },
  OPEN_TASK_IN_MODULE3: {
    en: 'the last task ({last}) is done, so the project is in Module 3: every task must be DONE',
    ru: 'последняя задача ({last}) выполнена, проект в Модуле 3: все задачи должны быть DONE',
    kk: 'соңғы тапсырма ({last}) орындалды, жоба 3-модульде: барлық тапсырма DONE болуы керек',
  },
};

/** The error in the user's language. */
export function importErrorMessage(e: Pick<ImportRowError, 'code' | 'params'>, locale: ImportLocale): string {
  return MESSAGES[e.code][locale].replace(/\{(\w+)\}/g, (_, k: string) => e.params?.[k] ?? '');
}
