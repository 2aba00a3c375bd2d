/**
 * Generated import files (issue 13) for the import tests and the import benchmark: companies and projects with
 * roadmap tasks, written as CSV or XLSX, and a client for the import endpoints.
 */
import { randomInt } from 'node:crypto';
import { COMPANY_COLUMNS, PROJECT_COLUMNS, REGIONS, isValidBin } from '@ndip/domain';
import { Workbook } from 'exceljs';

export type Row = Record<string, string>;

/** A valid BIN (12 digits with its check digit) that no other run is likely to use. */
export function randomBin(): string {
  for (;;) {
    const prefix = String(randomInt(1e10, 1e11));
    const bin = [...'0123456789'].map((d) => prefix + d).find((b) => isValidBin(b));
    if (bin) return bin;
  }
}

export function companyRows(n: number): Row[] {
  const bins = new Set<string>();
  while (bins.size < n) bins.add(randomBin());
  return [...bins].map((bin, i) => ({
    bin,
    name: `Imported company ${i + 1}`,
    countryCode: ['KR', 'CN', 'DE', 'TR'][i % 4]!,
    sector: 'C29',
    size: 'LARGE',
    website: '',
  }));
}

const TASKS = [
  { taskCode: 'PRE_PERMITS', taskStage: 'PRE_INVESTMENT', taskTitle: 'Permits', taskStatus: 'DONE', taskDueDate: '2025-03-01', taskCompletedOn: '2025-02-20' },
  { taskCode: 'INV_CONSTR', taskStage: 'INVESTMENT', taskTitle: 'Construction', taskStatus: 'IN_PROGRESS', taskDueDate: '2027-06-30', taskCompletedOn: '' },
  {
    taskCode: 'POST_CAPACITY',
    taskStage: 'POST_INVESTMENT',
    taskTitle: 'Design capacity',
    taskStatus: 'PLANNED',
    taskDueDate: '2028-12-31',
    taskCompletedOn: '',
  },
];

/**
 * The regions of the integration test's projects: Astana and Almaty only. The event topics are shared by all test
 * files on one broker, and the reporting tests need regions no earlier file touched.
 */
export const TEST_IMPORT_REGIONS: readonly string[] = ['710000000', '750000000'];

/**
 * `projects` projects of `prefix`; project i has 1 + (i mod tasksMax) task rows, or exactly one row per project
 * with one task when `tasksMax` is 1. Regions cycle through `regions` (default: the 20 rated regions).
 */
export function projectRows(projects: number, prefix: string, tasksMax = 3, regions: readonly string[] = REGIONS.map((r) => r.code)): Row[] {
  const rows: Row[] = [];
  const bin = randomBin();
  for (let i = 0; i < projects; i++) {
    const base: Row = {
      externalNumber: `${prefix}-${String(i + 1).padStart(6, '0')}`,
      name: `Imported project ${i + 1}`,
      companyName: `Investor ${i % 50}`,
      companyBin: i % 2 === 0 ? bin : '',
      regionCode: regions[i % regions.length]!,
      sector: 'C29',
      costAmount: i % 3 === 0 ? '25 000 000 000' : '500000000',
      costCurrency: 'KZT',
      usdKztRate: '',
      hasInvestmentContract: i % 7 === 0 ? 'да' : 'нет',
      investmentContractExpiresOn: '',
      jobs: String(50 + (i % 200)),
      createdOn: '2025-01-15',
    };
    const n = 1 + (i % tasksMax);
    for (let t = 0; t < n; t++) rows.push({ ...(t === 0 ? base : { externalNumber: base.externalNumber! }), ...TASKS[t]! });
  }
  return rows;
}

function csvCell(v: string): string {
  return /[",;\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(columns: readonly string[], rows: Row[], delimiter = ','): Buffer {
  const lines = [columns.join(delimiter), ...rows.map((r) => columns.map((c) => csvCell(r[c] ?? '')).join(delimiter))];
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function toXlsx(columns: readonly string[], rows: Row[]): Promise<Buffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('import');
  ws.addRow([...columns]);
  for (const r of rows) ws.addRow(columns.map((c) => r[c] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const COMPANY_HEADER = COMPANY_COLUMNS;
export const PROJECT_HEADER = PROJECT_COLUMNS;

export interface ImportJob {
  id: string;
  status: 'VALIDATING' | 'INVALID' | 'RUNNING' | 'COMPLETED' | 'FAILED';
  progress: { rowsTotal: number; rowsDone: number; percent: number };
  result: { created: number; unchanged: number; changed: { row: number; key: string }[] };
  errorCount: number;
  errors: { row: number; field: string; code: string; message: string }[];
  failure: string | null;
}

/** POST /imports/{kind} as multipart; returns the status and body. */
export async function uploadImport(
  apiBase: string,
  token: string,
  kind: string,
  fileName: string,
  bytes: Buffer,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: ImportJob & Record<string, unknown> }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
  const res = await fetch(`${apiBase}/imports/${kind}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, ...headers }, body: form });
  return { status: res.status, body: (await res.json()) as ImportJob & Record<string, unknown> };
}

export async function getImport(apiBase: string, token: string, id: string, headers: Record<string, string> = {}): Promise<ImportJob> {
  const res = await fetch(`${apiBase}/imports/${id}`, { headers: { authorization: `Bearer ${token}`, ...headers } });
  if (res.status !== 200) throw new Error(`GET /imports/${id} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as ImportJob;
}

export const FINISHED = new Set(['INVALID', 'COMPLETED', 'FAILED']);
