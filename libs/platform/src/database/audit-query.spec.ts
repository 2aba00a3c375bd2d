import { AUDIT_CSV_HEADER, assertAuditReader, auditCsv, type AuditRecord } from './audit-query';

const record = (over: Partial<AuditRecord>): AuditRecord => ({
  id: '1',
  at: '2026-11-22T06:00:00.000Z',
  userId: 'u',
  organizationId: 'o',
  role: 'FI',
  action: 'company.create',
  entityType: 'company',
  entityId: 'c1',
  oldValue: null,
  newValue: { name: 'A' },
  ruleEdition: 'E000',
  correlationId: null,
  hash: 'h',
  ...over,
});

describe('auditCsv', () => {
  it('writes a header and one CRLF line per record, JSON values as quoted JSON text', () => {
    const csv = auditCsv([record({})]);
    expect(csv).toBe(`${AUDIT_CSV_HEADER.join(',')}\r\n1,2026-11-22T06:00:00.000Z,u,o,FI,company.create,company,c1,,"{""name"":""A""}",E000,,h\r\n`);
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    const csv = auditCsv([record({ entityId: 'a,b', newValue: 'say "hi"\nnow', oldValue: '=HYPERLINK("x")', correlationId: '+1', userId: '-u', role: '@r' })]);
    const line = csv.split('\r\n')[1]!;
    expect(line).toContain('"a,b"');
    expect(line).toContain('"say ""hi""\nnow"');
    expect(line).toContain(`"'=HYPERLINK(""x"")"`);
    expect(line).toContain(",'+1,");
    expect(line).toContain(",'-u,");
    expect(line).toContain(",'@r,");
  });

  it('is only the header for no records', () => {
    expect(auditCsv([])).toBe(`${AUDIT_CSV_HEADER.join(',')}\r\n`);
  });
});

describe('assertAuditReader', () => {
  it('lets the authorized body and the administrator read, nobody else', () => {
    expect(() => assertAuditReader({ role: 'AB' })).not.toThrow();
    expect(() => assertAuditReader({ role: 'ADMIN' })).not.toThrow();
    for (const role of ['NC', 'FI', 'MIO', 'INV', 'CIA'] as const) expect(() => assertAuditReader({ role })).toThrow(/may not read the audit trail/);
  });
});
