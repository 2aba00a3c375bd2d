import { Workbook } from 'exceljs';
import { UnreadableFile, cellText, formatOf, parseCsvFile, parseImportFile } from './import-file';

describe('import files', () => {
  it('reads a UTF-8 CSV with a BOM, comma or semicolon, quoted cells, and keeps the row numbers of blank lines', () => {
    const comma = parseCsvFile(Buffer.from('\ufeffbin,name\r\n940740000139,"Plant, LLP"\r\n\r\n000740001307,Завод\r\n\r\n', 'utf8'));
    expect(comma.headers).toEqual(['bin', 'name']);
    expect(comma.rows).toEqual([
      { bin: '940740000139', name: 'Plant, LLP' },
      { bin: '', name: '' },
      { bin: '000740001307', name: 'Завод' },
    ]);
    const semi = parseCsvFile(Buffer.from('bin;name;costAmount\n940740000139;Plant;1 000,50\n', 'utf8'));
    expect(semi.rows).toEqual([{ bin: '940740000139', name: 'Plant', costAmount: '1 000,50' }]);
  });

  it('refuses binary content and a broken CSV', () => {
    expect(() => parseCsvFile(Buffer.from([0, 1, 2, 3]))).toThrow(UnreadableFile);
    expect(() => parseCsvFile(Buffer.from('a,b\n"unterminated,1\n'))).toThrow(UnreadableFile);
  });

  it('tells XLSX from CSV by content and reads the first sheet with typed cells as text', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('first');
    ws.addRow(['externalNumber', 'createdOn', 'jobs', 'hasInvestmentContract', 'name']);
    ws.addRow(['P-1', new Date(Date.UTC(2025, 0, 15)), 120, true, { richText: [{ text: 'Pla' }, { text: 'nt' }] }]);
    ws.addRow([]);
    ws.addRow(['P-2', '15.01.2025', 123456789012, false, { formula: 'A1', result: 'computed' }]);
    wb.addWorksheet('second').addRow(['ignored']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    expect(formatOf(bytes)).toBe('xlsx');
    expect(formatOf(Buffer.from('a,b\n'))).toBe('csv');
    const f = await parseImportFile(bytes);
    expect(f.format).toBe('xlsx');
    expect(f.rows).toEqual([
      { externalNumber: 'P-1', createdOn: '2025-01-15', jobs: '120', hasInvestmentContract: 'true', name: 'Plant' },
      { externalNumber: '', createdOn: '', jobs: '', hasInvestmentContract: '', name: '' },
      { externalNumber: 'P-2', createdOn: '15.01.2025', jobs: '123456789012', hasInvestmentContract: 'false', name: 'computed' },
    ]);
  });

  it('refuses a ZIP that is not a workbook', async () => {
    await expect(parseImportFile(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow(UnreadableFile);
  });

  it('writes cells as text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(1.5)).toBe('1.5');
    expect(cellText({ error: '#N/A' } as never)).toBe('#N/A');
    expect(cellText({ text: 'link', hyperlink: 'https://x' } as never)).toBe('link');
  });
});
