import { CsvSyntaxError, parseCsv, toCsv } from './csv';

describe('CSV', () => {
  it('writes RFC 4180 with a BOM, quoting what needs it and neutralising formulas', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          [1.5, null],
          ['=SUM(A1)', -2],
          ['line\nbreak', true],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n1.5,\r\n\'=SUM(A1),-2\r\n"line\nbreak",true\r\n');
  });

  it('reads commas or semicolons, quotes, CRLF and blank lines, with line numbers', () => {
    const p = parseCsv('\uFEFFregionCode,F1.1\r\n"750000000","1,5"\r\n\r\n710000000,"a ""b"""\n');
    expect(p.delimiter).toBe(',');
    expect(p.header).toEqual(['regionCode', 'F1.1']);
    expect(p.rows).toEqual([
      { line: 2, cells: ['750000000', '1,5'] },
      { line: 4, cells: ['710000000', 'a "b"'] },
    ]);
    const s = parseCsv('regionCode;F1.1\n750000000;101,5');
    expect(s.delimiter).toBe(';');
    expect(s.rows[0]!.cells).toEqual(['750000000', '101,5']);
    expect(parseCsv('a,b\n"x\ny",z\nlast,1').rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('refuses a broken quote with its line', () => {
    expect(() => parseCsv('a,b\n1,"open')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,b\n1,x"y')).toThrow('line 2');
  });
});
