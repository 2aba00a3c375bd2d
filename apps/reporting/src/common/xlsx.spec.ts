import { Workbook, type CellValue } from 'exceljs';
import { parseCsv } from './csv';
import { exportFile, exportTable } from './export';
import { XLSX_CONTENT_TYPE, sheetName, toXlsx } from './xlsx';

/** A cell read back from the workbook, written as the CSV writer writes the same value. */
function asCsvText(v: CellValue, numFmt: string | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return numFmt === 'yyyy-mm-dd' ? v.toISOString().slice(0, 10) : v.toISOString();
  if (typeof v === 'string') return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new Error(`unexpected cell ${JSON.stringify(v)}`);
}

async function readBack(buf: Buffer): Promise<{ name: string; bold: boolean; rows: { values: CellValue[]; numFmts: (string | undefined)[] }[] }> {
  const wb = new Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  expect(wb.worksheets).toHaveLength(1);
  const ws = wb.worksheets[0]!;
  const rows: { values: CellValue[]; numFmts: (string | undefined)[] }[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const values: CellValue[] = [];
    const numFmts: (string | undefined)[] = [];
    for (let i = 1; i <= ws.columnCount; i += 1) {
      values.push(row.getCell(i).value);
      numFmts.push(row.getCell(i).numFmt);
    }
    rows.push({ values, numFmts });
  });
  return { name: ws.name, bold: ws.getRow(1).getCell(1).font?.bold === true, rows };
}

describe('XLSX export', () => {
  const header = ['место', 'код КАТО', 'регион', 'баллы', 'инвестиции, тенге', 'на дату', 'создан', 'полный', 'note'];
  const rows: unknown[][] = [
    [1, '750000000', 'г. Алматы', 1.5, '1250000000.50', '2031-03-31', '2031-03-31T10:15:00.000Z', true, '=SUM(A1)'],
    [2, '710000000', 'г. Астана', 0, '0', '', null, false, 'x,"y"\nz'],
    [3, '790000000', '', 12, null, '2031-02-29x', undefined, true, -1],
  ];

  it('writes one sheet with a bold header, numbers as numbers, dates as dates, and the cells of the CSV', async () => {
    const t = exportTable('region-rating-2031-Q1', header, rows, { decimalColumns: [4] });
    const xlsx = await exportFile('xlsx', t);
    const csv = await exportFile('csv', t);
    expect(xlsx.filename).toBe('region-rating-2031-Q1.xlsx');
    expect(xlsx.contentType).toBe(XLSX_CONTENT_TYPE);
    expect(csv.filename).toBe('region-rating-2031-Q1.csv');

    const book = await readBack(Buffer.from(xlsx.body, 'base64'));
    expect(book.name).toBe('region-rating-2031-Q1');
    expect(book.bold).toBe(true);
    const parsed = parseCsv(csv.body);
    expect(book.rows.map((r) => r.values)[0]).toEqual(parsed.header);
    expect(book.rows).toHaveLength(parsed.rows.length + 1);
    book.rows.slice(1).forEach((r, i) => {
      const cells = parsed.rows[i]!.cells;
      // A number is the same number as the CSV text (a money column "…50" is the number …5).
      expect(r.values.map((v, j) => (typeof v === 'number' && Number(cells[j]) === v ? cells[j] : asCsvText(v, r.numFmts[j])))).toEqual(cells);
    });

    const [first, second, third] = book.rows.slice(1).map((r) => r.values);
    expect(first![0]).toBe(1);
    expect(first![1]).toBe('750000000'); // a KATO code stays text
    expect(first![3]).toBe(1.5);
    expect(first![4]).toBe(1250000000.5); // a money column is a number
    expect(first![5]).toEqual(new Date(Date.UTC(2031, 2, 31)));
    expect(book.rows[1]!.numFmts[5]).toBe('yyyy-mm-dd');
    expect(first![6]).toEqual(new Date('2031-03-31T10:15:00.000Z'));
    expect(first![7]).toBe(true);
    expect(first![8]).toBe('=SUM(A1)'); // a text cell, never a formula
    expect(second![4]).toBe(0);
    expect(second![5]).toBeNull();
    expect(third![5]).toBe('2031-02-29x');
    expect(third![8]).toBe(-1);
  });

  it('keeps sheet names within what Excel accepts', async () => {
    expect(sheetName('quarterly-report-2031-Q1-0b6f2c1e-aaaa-bbbb-cccc-123456789012')).toHaveLength(31);
    expect(sheetName('a/b:c*d?[e]')).toBe('a_b_c_d__e_');
    const book = await readBack(await toXlsx('x', ['a'], []));
    expect(book.rows).toHaveLength(1);
  });
});
