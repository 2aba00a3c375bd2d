/** CSV (RFC 4180) of the reference tables: UTF-8 with a byte-order mark, formula-like text cells quoted as text. */

export interface CsvFile {
  filename: string;
  contentType: 'text/csv; charset=utf-8';
  body: string;
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvFile(filename: string, header: readonly string[], rows: readonly (readonly unknown[])[]): CsvFile {
  return { filename, contentType: 'text/csv; charset=utf-8', body: `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n` };
}

/** `{ a: 1, name: { kk, ru, en } }` → `{ a: 1, 'name.kk': …, 'name.ru': …, 'name.en': … }`. */
export function flatten(value: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) Object.assign(out, flatten(v as Record<string, unknown>, key));
    else out[key] = v;
  }
  return out;
}

/**
 * Rows of a small CSV upload (comma or semicolon separated, optional quotes, blank lines skipped), each with its
 * 1-based line number; the first non-blank line is the header.
 */
export function parseSimpleCsv(text: string): { header: string[]; rows: { line: number; cells: Record<string, string> }[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let header: string[] | null = null;
  const rows: { line: number; cells: Record<string, string> }[] = [];
  const split = (l: string, d: string): string[] =>
    l.split(d).map((c) =>
      c
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .replace(/""/g, '"'),
    );
  let delimiter = ',';
  lines.forEach((l, i) => {
    if (l.trim() === '') return;
    if (header === null) {
      delimiter = l.includes(';') && !l.includes(',') ? ';' : ',';
      header = split(l, delimiter).map((h) => h.toLowerCase());
      return;
    }
    const cells = split(l, delimiter);
    const h: string[] = header;
    rows.push({ line: i + 1, cells: Object.fromEntries(h.map((name, j) => [name, cells[j] ?? ''])) });
  });
  return { header: header ?? [], rows };
}
