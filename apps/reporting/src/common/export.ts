import { csvFile, type CsvFile } from './csv';
import { xlsxFile, type XlsxFile, type XlsxOptions } from './xlsx';

/**
 * An export as a table: the single source of truth for the columns, labels and rows of a report, written as CSV
 * or XLSX by `exportFile`.
 */
export interface ExportTable extends XlsxOptions {
  /** File name without the extension. */
  name: string;
  header: readonly string[];
  rows: readonly (readonly unknown[])[];
}

export type ExportFormat = 'csv' | 'xlsx';

export function exportTable(name: string, header: readonly string[], rows: readonly (readonly unknown[])[], opts: XlsxOptions = {}): ExportTable {
  return { name, header, rows, ...opts };
}

export function exportFile(format: ExportFormat, t: ExportTable): Promise<CsvFile | XlsxFile> {
  return format === 'xlsx'
    ? xlsxFile(`${t.name}.xlsx`, t.header, t.rows, { decimalColumns: t.decimalColumns })
    : Promise.resolve(csvFile(`${t.name}.csv`, t.header, t.rows));
}
