import { parse } from 'csv-parse/sync';
import { Workbook, type CellValue } from 'exceljs';
import type { RawRow } from '@ndip/domain';

export type ImportFormat = 'csv' | 'xlsx';

export interface ParsedFile {
  headers: string[];
  /** Data rows in file order (row i is spreadsheet row i + 2); blank lines kept so that row numbers stay true. */
  rows: RawRow[];
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** CSV or XLSX by content (an XLSX file is a ZIP archive), whatever the declared type. */
export function formatOf(buffer: Buffer): ImportFormat {
  return buffer.subarray(0, 4).equals(XLSX_MAGIC) ? 'xlsx' : 'csv';
}

/** Thrown for a file that is not readable as CSV or XLSX at all. */
export class UnreadableFile extends Error {}

function rowsOf(table: string[][]): ParsedFile {
  const [head = [], ...body] = table;
  const headers = head.map((h) => h.trim());
  while (body.length > 0 && body[body.length - 1]!.every((c) => c.trim() === '')) body.pop();
  const rows = body.map((cells) => {
    const r: Record<string, string> = {};
    headers.forEach((h, i) => {
      if (h !== '') r[h] = cells[i] ?? '';
    });
    return r;
  });
  return { headers, rows };
}

/** UTF-8 CSV (BOM allowed) with a comma or semicolon separator (Excel in ru/kk locales writes semicolons). */
export function parseCsvFile(buffer: Buffer): ParsedFile {
  const text = buffer.toString('utf8');
  if (text.includes('\u0000')) throw new UnreadableFile('the file is neither CSV text nor an XLSX workbook');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    const table = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
    return rowsOf(table);
  } catch (e) {
    throw new UnreadableFile(`the CSV cannot be read: ${(e as Error).message}`);
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A cell as the text a user typed: dates as YYYY-MM-DD, numbers without exponent, formulas by their result. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v).toString() : String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'string') return v;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return cellText(v.result as CellValue);
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('error' in v) return String(v.error);
  }
  return String(v as unknown);
}

/** The first worksheet of an XLSX workbook; its first row is the header. */
export async function parseXlsxFile(buffer: Buffer): Promise<ParsedFile> {
  const wb = new Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnreadableFile(`the XLSX workbook cannot be read: ${(e as Error).message}`);
  }
  const ws = wb.worksheets[0];
  if (!ws) return { headers: [], rows: [] };
  const width = ws.columnCount;
  const table: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    table.push(cells);
  }
  return rowsOf(table);
}

export async function parseImportFile(buffer: Buffer): Promise<{ format: ImportFormat } & ParsedFile> {
  const format = formatOf(buffer);
  return { format, ...(format === 'xlsx' ? await parseXlsxFile(buffer) : parseCsvFile(buffer)) };
}
