import { randomBytes } from 'node:crypto';
import { Workbook } from 'exceljs';
import { parseCsv } from '../../apps/reporting/src/common/csv';
import { startStack, type Stack } from '../../tools/dev/stack';
import { Api } from '../support/api';
import { createDatabases, testInfra, testPortBase, uniqueName } from '../support/infra';

/**
 * The reporting endpoints through the gateway: roles (§9.2), bad input as 400 problem+json naming the field,
 * CSV exports as text/csv, per-row errors of the hard-data upload.
 */
describe('reporting API through the gateway', () => {
  const password = `Adm1n-${randomBytes(6).toString('hex')}`;
  let stack: Stack;
  let admin: Api;
  let embassy: Api;
  let akimat: Api;

  beforeAll(async () => {
    const prefix = uniqueName('e2erep');
    const dbs = await createDatabases(prefix, ['attraction', 'implementation', 'post-investment', 'reporting', 'gateway'] as const);
    stack = await startStack({
      brokers: testInfra().brokers,
      pgUrls: dbs,
      basePort: testPortBase(300),
      gatewayPort: testPortBase(299),
      groupPrefix: prefix,
      logDir: `.data/test/logs/${prefix}`,
      logLevel: 'warn',
      adminPassword: password,
      jwtSecret: randomBytes(32).toString('hex'),
      env: { NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000' },
      build: false,
    });
    const anonymous = new Api(`${stack.gatewayUrl}/api/v1`);
    const login = async (l: string, pw: string): Promise<string> => {
      const r = await anonymous.post<{ accessToken: string }>('/auth/login', { login: l, password: pw });
      if (r.status !== 200) throw new Error(`login ${l}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.accessToken;
    };
    admin = anonymous.as(await login('admin', password));
    const user = async (l: string, org: Record<string, unknown>): Promise<Api> => {
      const { id } = await admin.ok<{ id: string }>('/organizations', org);
      await admin.ok('/users', { login: l, password: 'Str0ng-passw0rd', fullName: l, organizationId: id });
      return anonymous.as(await login(l, 'Str0ng-passw0rd'));
    };
    embassy = await user('rep.embassy', { type: 'FI', nameKk: 'Елшілік', nameRu: 'Посольство', nameEn: 'Embassy', countryCode: 'KR' });
    akimat = await user('rep.akimat', { type: 'MIO', nameKk: 'Әкімдік', nameRu: 'Акимат', nameEn: 'Akimat', regionCode: '750000000' });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('answers the rating, the dashboard and their CSV exports to the roles of §9.2', async () => {
    const rating = await akimat.getOk<{ live: boolean; regions: unknown[] }>('/ratings/regions');
    expect(rating.live).toBe(true);
    expect(rating.regions).toHaveLength(20);
    const csv = await akimat.get<string>('/ratings/regions/export.csv', { 'accept-language': 'ru' });
    expect(csv.status).toBe(200);
    expect(csv.contentType).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="region-rating-\d{4}-Q\d-live\.csv"$/);
    expect(csv.body.split('\r\n')[0]).toContain('место,код КАТО,регион');

    // The same export as XLSX: one sheet, the CSV's header (bold) and rows, numbers as numbers, dates as dates.
    const xlsx = await akimat.getBytes('/ratings/regions/export.xlsx', { 'accept-language': 'ru' });
    expect(xlsx.status).toBe(200);
    expect(xlsx.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers.get('content-disposition')).toMatch(/^attachment; filename="region-rating-\d{4}-Q\d-live\.xlsx"$/);
    const wb = new Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(1);
    const ws = wb.worksheets[0]!;
    const parsed = parseCsv(csv.body);
    expect(ws.rowCount).toBe(parsed.rows.length + 1);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(parsed.header);
    const first = ws.getRow(2);
    const firstCsv = parsed.rows[0]!.cells;
    expect(first.getCell(1).value).toBe(Number(firstCsv[0])); // rank
    expect(first.getCell(2).value).toBe(firstCsv[1]); // KATO code as text
    expect(first.getCell(4).value).toBe(Number(firstCsv[3])); // points
    expect(first.getCell(9).value).toEqual(new Date(`${firstCsv[8]}T00:00:00.000Z`)); // as of: a date
    expect((await akimat.getOk<{ totals: { projects: number } }>('/reports/dashboard')).totals).toBeDefined();
    expect((await embassy.get('/ratings/regions')).status).toBe(403);
    expect((await embassy.get('/reports/dashboard')).status).toBe(403);
    expect((await akimat.get('/reports/dashboard?regionCode=710000000')).status).toBe(403);
    expect((await new Api(`${stack.gatewayUrl}/api/v1`).get('/ratings/regions')).status).toBe(401);
  });

  it('refuses bad input with 400 naming the field', async () => {
    const cases: [Api, string, string][] = [
      [akimat, '/ratings/regions?year=2025&quarter=7', 'quarter'],
      [akimat, '/ratings/regions?year=abc', 'year'],
      [akimat, '/reports/dashboard?regionCode=Almaty', 'regionCode'],
      [akimat, '/reports/dashboard?status=OPEN', 'status'],
      [akimat, '/reports/initiative-funnel?from=2025-02-30', 'from'],
      [akimat, '/ratings/regions/overdue-tasks', 'regionCode'],
      [akimat, '/reports/quarterly/not-a-uuid', 'id'],
      [admin, '/ratings/attractiveness?year=2024&version=0', 'version'],
    ];
    for (const [api, path, field] of cases) {
      const r = await api.get<{ code: string; field: string }>(path);
      expect({ path, status: r.status, field: r.body.field, code: r.body.code }).toEqual({ path, status: 400, field, code: 'INVALID_INPUT' });
      expect(r.contentType).toContain('application/problem+json');
    }
    const early = await akimat.post<{ code: string; field: string }>('/reports/quarterly', { year: 2099, quarter: 1, narrative: 'x' });
    expect({ status: early.status, code: early.body.code, field: early.body.field }).toEqual({ status: 409, code: 'WRONG_STATE', field: 'quarter' });
    const noNarrative = await akimat.post<{ field: string }>('/reports/quarterly', { year: 2024, quarter: 1 });
    expect({ status: noNarrative.status, field: noNarrative.body.field }).toEqual({ status: 400, field: 'narrative' });
  });

  it('answers the per-row errors of a hard-data file in the problem, and stores a valid one', async () => {
    const bad = await admin.post<{ status: number; field: string; errors: { field: string }[] }>('/ratings/attractiveness/hard-data', {
      year: 2027,
      csv: 'regionCode,F1.1\n750000000,x\n999999999,1',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('rows[2].F1.1');
    expect(bad.body.errors.map((e) => e.field)).toEqual(['rows[2].F1.1', 'rows[3].regionCode']);
    const ok = await admin.post<{ stored: boolean; regions: number }>('/ratings/attractiveness/hard-data', {
      year: 2027,
      csv: 'regionCode,F1.1\n750000000,104.5',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ stored: true, regions: 1 });
    expect((await akimat.post('/ratings/attractiveness/hard-data', { year: 2027, csv: 'regionCode,F1.1\n750000000,1' })).status).toBe(403);
  });
});
