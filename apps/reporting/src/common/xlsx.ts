import { Workbook } from 'exceljs';

/** XLSX (Office Open XML spreadsheet) for exports, built with exceljs from the same header and rows as the CSV. */

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface XlsxFile {
  filename: string;
  contentType: typeof XLSX_CONTENT_TYPE;
  /** The workbook, base64-encoded: request-reply goes over Kafka as JSON. */
  encoding: 'base64';
  body: string;
}

export interface XlsxOptions {
  /** Indexes of columns holding decimal strings (money) that are written as numbers. */
  decimalColumns?: readonly number[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A cell as exceljs writes it: numbers as numbers, `YYYY-MM-DD` and ISO timestamps as dates, the rest as text. */
function cellValue(v: unknown, decimal: boolean): { value: string | number | boolean | Date | null; numFmt?: string } {
  if (v === null || v === undefined || v === '') return { value: null };
  if (typeof v === 'number') return { value: Number.isFinite(v) ? v : String(v) };
  if (typeof v === 'bigint') return { value: Number(v) };
  if (typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: v, numFmt: 'yyyy-mm-dd hh:mm:ss' };
  if (typeof v !== 'string') return { value: JSON.stringify(v) };
  const d = DATE.exec(v);
  if (d) {
    const date = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])));
    if (date.toISOString().slice(0, 10) === v) return { value: date, numFmt: 'yyyy-mm-dd' };
  }
  if (TIMESTAMP.test(v) && !Number.isNaN(Date.parse(v))) return { value: new Date(v), numFmt: 'yyyy-mm-dd hh:mm:ss' };
  if (decimal && DECIMAL.test(v)) return { value: Number(v) };
  return { value: v };
}

/** Excel refuses sheet names over 31 characters or with any of `[]:*?/\`. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet1';
}

/** One sheet: the header row in bold, then the rows. */
export async function toXlsx(name: string, header: readonly string[], rows: readonly (readonly unknown[])[], opts: XlsxOptions = {}): Promise<Buffer> {
  const wb = new Workbook();
  wb.creator = 'NDIP';
  const ws = wb.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
  const head = ws.addRow([...header]);
  head.font = { bold: true };
  const decimals = new Set(opts.decimalColumns ?? []);
  const widths = header.map((h) => Math.max(10, h.length + 2));
  for (const r of rows) {
    const row = ws.addRow([]);
    r.forEach((v, i) => {
      const c = cellValue(v, decimals.has(i));
      if (c.value === null) return;
      const cell = row.getCell(i + 1);
      cell.value = c.value;
      if (c.numFmt) cell.numFmt = c.numFmt;
      const len = c.value instanceof Date ? 12 : String(c.value).length + 2;
      widths[i] = Math.min(60, Math.max(widths[i] ?? 10, len));
    });
  }
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function xlsxFile(filename: string, header: readonly string[], rows: readonly (readonly unknown[])[], opts: XlsxOptions = {}): Promise<XlsxFile> {
  const buf = await toXlsx(filename.replace(/\.xlsx$/, ''), header, rows, opts);
  return { filename, contentType: XLSX_CONTENT_TYPE, encoding: 'base64', body: buf.toString('base64') };
}
