/** CSV (RFC 4180) for exports and the hard-data upload. */

export interface CsvFile {
  filename: string;
  contentType: 'text/csv; charset=utf-8';
  /** UTF-8 with a byte-order mark, so that spreadsheet programs read Kazakh and Russian labels correctly. */
  body: string;
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' ? String(v) : typeof v === 'string' ? v : JSON.stringify(v);
  // A text cell that a spreadsheet would run as a formula is quoted as text (CSV injection).
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function csvFile(filename: string, header: readonly string[], rows: readonly (readonly unknown[])[]): CsvFile {
  return { filename, contentType: 'text/csv; charset=utf-8', body: toCsv(header, rows) };
}

export interface ParsedCsv {
  delimiter: ',' | ';';
  header: string[];
  /** Data rows with their 1-based line number in the file (the header is line 1). */
  rows: { line: number; cells: string[] }[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Parses CSV text: comma-separated, or semicolon-separated as spreadsheet programs write it in locales with a
 * decimal comma (detected from the header line). Quoted cells may hold delimiters, quotes ("") and line breaks.
 * Blank lines are skipped.
 */
export function parseCsv(text: string): ParsedCsv {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.split(/\r?\n/, 1)[0] ?? '';
  const delimiter: ',' | ';' = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cur = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  let i = 0;
  const endRecord = (): void => {
    cells.push(cur);
    if (!(cells.length === 1 && cells[0]!.trim() === '')) records.push({ line: startLine, cells });
    cells = [];
    cur = '';
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cur += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line += 1;
        cur += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && cur === '') quoted = true;
    else if (ch === '"') throw new CsvSyntaxError(line, `line ${line}: a quote inside an unquoted cell`);
    else if (ch === delimiter) {
      cells.push(cur);
      cur = '';
    } else if (ch === '\r' && src[i + 1] === '\n') {
      i += 1;
      continue;
    } else if (ch === '\n') {
      endRecord();
      line += 1;
      startLine = line;
    } else cur += ch;
    i += 1;
  }
  if (quoted) throw new CsvSyntaxError(startLine, `line ${startLine}: a quoted cell is not closed`);
  if (cur !== '' || cells.length > 0) endRecord();
  const [head, ...rows] = records;
  return { delimiter, header: (head?.cells ?? []).map((h) => h.trim()), rows };
}
