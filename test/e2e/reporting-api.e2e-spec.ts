import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { isValidBin } from '@ndip/domain';
import { Workbook } from 'exceljs';
import { parseCsv } from '../../apps/reporting/src/common/csv';
import { startStack, type Stack } from '../../tools/dev/stack';
import { envelope, publish } from '../integration/reporting-support';
import { Api } from '../support/api';
import { eventually } from '../support/eventually';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';

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
  let investor: Api;
  let akimatOrgId: string;
  let reportingDb: string;
  // A valid BIN unique to this run: the topics keep the events of earlier runs on the same broker.
  const investorBin = ((): string => {
    for (;;) {
      const prefix = String(randomInt(1e10, 1e11));
      const bin = [...'0123456789'].map((d) => prefix + d).find((b) => isValidBin(b));
      if (bin) return bin;
    }
  })();

  beforeAll(async () => {
    const prefix = uniqueName('e2erep');
    const dbs = await createDatabases(prefix, ['attraction', 'implementation', 'post-investment', 'reporting', 'gateway'] as const);
    reportingDb = dbs.reporting;
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
    const orgIds: Record<string, string> = {};
    const user = async (l: string, org: Record<string, unknown>): Promise<Api> => {
      const { id } = await admin.ok<{ id: string }>('/organizations', org);
      orgIds[l] = id;
      await admin.ok('/users', { login: l, password: 'Str0ng-passw0rd', fullName: l, organizationId: id });
      return anonymous.as(await login(l, 'Str0ng-passw0rd'));
    };
    embassy = await user('rep.embassy', { type: 'FI', nameKk: 'Елшілік', nameRu: 'Посольство', nameEn: 'Embassy', countryCode: 'KR' });
    akimat = await user('rep.akimat', { type: 'MIO', nameKk: 'Әкімдік', nameRu: 'Акимат', nameEn: 'Akimat', regionCode: '750000000' });
    akimatOrgId = orgIds['rep.akimat']!;
    investor = await user('rep.investor', { type: 'INV', nameKk: 'Зауыт ЖШС', nameRu: 'ТОО Завод', nameEn: 'Plant LLP', bin: investorBin });
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

  it('shows the investor its own projects on the dashboard (§9.2 INV "r (own)"), with the pool jobs; the funnel stays closed', async () => {
    // Two projects of Module 2 arrive as events: one of the investor's company (its BIN in the passport), one of another.
    const own = randomUUID();
    const other = randomUUID();
    const region = '750000000';
    const events = [own, other].flatMap((projectId, i) => [
      envelope(
        'implementation.project.created',
        'project',
        projectId,
        {
          projectId,
          initiativeId: null,
          companyId: null,
          name: `E2E plant ${i}`,
          regionCode: region,
          investmentAmountKzt: '90000000000',
          createdOn: '2026-01-15',
        },
        'implementation',
      ),
      envelope(
        'implementation.project.pool-classified',
        'project',
        projectId,
        { projectId, regionCode: region, pool: 'NATIONAL', mciYear: 2026, mciValue: 4325, amountMci: '20809248.55' },
        'implementation',
      ),
      envelope(
        'implementation.project.passport-completed',
        'project',
        projectId,
        {
          projectId,
          regionCode: region,
          completedOn: '2026-01-20',
          fillDueOn: null,
          late: false,
          jobs: 300 + i,
          companyBin: i === 0 ? investorBin : '060240000137',
        },
        'implementation',
      ),
      envelope(
        'implementation.project.green-corridor-scored',
        'project',
        projectId,
        {
          projectId,
          regionCode: region,
          scoringId: randomUUID(),
          evaluatedOn: '2026-01-20',
          amountUsd: '180000000',
          usdKztRate: '500',
          scoreMilli: 8000,
          status: 'ELIGIBLE',
          projectStatus: 'ELIGIBLE',
          reviewRequired: false,
        },
        'implementation',
      ),
    ]);
    await publish('implementation', events);
    const mine = await eventually(async () => {
      const d = await investor.getOk<{ totals: { projects: number; jobs: number }; pools: { pool: string; jobs: number }[] }>('/reports/dashboard');
      expect(d.totals).toMatchObject({ projects: 1, jobs: 300 });
      return d;
    }, 60_000);
    expect(mine.pools.find((p) => p.pool === 'NATIONAL')).toMatchObject({ jobs: 300 });
    const list = await investor.getOk<{ items: { projectId: string }[] }>('/reports/projects?list=GREEN_CORRIDOR');
    expect(list.items.map((i) => i.projectId)).toEqual([own]);
    // A client cannot widen the scope with a BIN of its own choosing.
    const widened = await investor.getOk<{ totals: { projects: number; jobs: number } }>('/reports/dashboard?investorBin=060240000137');
    expect(widened.totals).toMatchObject({ projects: 1, jobs: 300 });
    expect((await investor.get('/reports/initiative-funnel')).status).toBe(403);
    expect((await investor.get('/ratings/regions')).status).toBe(403);
    // The authorized body's dashboard counts both projects and their jobs.
    const all = await admin.getOk<{ totals: { projects: number; jobs: number } }>(`/reports/dashboard?regionCode=${region}`);
    expect(all.totals.projects).toBeGreaterThanOrEqual(2);
    expect(all.totals.jobs).toBeGreaterThanOrEqual(601);
  });

  it('names the organisations of the rating drill-down in kk, ru and en', async () => {
    const projectId = randomUUID();
    const taskId = randomUUID();
    const due = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
    await publish('implementation', [
      envelope(
        'implementation.task.created',
        'task',
        taskId,
        {
          taskId,
          projectId,
          roadmapId: randomUUID(),
          code: 'T-02',
          regionCode: '750000000',
          responsibleOrganizationId: akimatOrgId,
          dueDate: due,
          actualCompletionDate: null,
          stage: 'INVESTMENT',
          requiresValidation: false,
        },
        'implementation',
      ),
    ]);
    const drill = await eventually(async () => {
      const d = await akimat.getOk<{
        byOrganization: { responsibleOrganizationId: string; responsibleOrganizationName: { kk: string; ru: string; en: string } | null }[];
        items: { taskId: string; responsibleOrganizationName: { ru: string } | null }[];
      }>('/ratings/regions/overdue-tasks?regionCode=750000000&pageSize=200');
      expect(d.items.map((i) => i.taskId)).toContain(taskId);
      return d;
    }, 60_000);
    expect(drill.byOrganization.find((o) => o.responsibleOrganizationId === akimatOrgId)?.responsibleOrganizationName).toEqual({
      kk: 'Әкімдік',
      ru: 'Акимат',
      en: 'Akimat',
    });
    expect(drill.items.find((i) => i.taskId === taskId)?.responsibleOrganizationName).toMatchObject({ ru: 'Акимат' });
  });

  it("downloads every XLSX export and parses it with exceljs: the CSV's header and rows in one sheet", async () => {
    const report = await akimat.post<{ reportId: string }>('/reports/quarterly', { year: 2026, quarter: 2, narrative: 'Quarter two in the region' });
    expect(report.status).toBe(201);
    // The attractiveness preview needs data of its year.
    await admin.ok('/ratings/attractiveness/hard-data', { year: 2028, csv: 'regionCode,F1.1\n750000000,104.5\n710000000,98.25' });
    const routes: [Api, string, RegExp][] = [
      [akimat, '/reports/dashboard/export', /^dashboard-\d{4}-\d{2}-\d{2}\.xlsx$/],
      [admin, '/reports/initiative-funnel/export', /^initiative-funnel\.xlsx$/],
      [admin, '/reports/projects/export', /^green-corridor-projects\.xlsx$/],
      [investor, '/reports/dashboard/export', /^dashboard-\d{4}-\d{2}-\d{2}\.xlsx$/],
      [admin, '/ratings/attractiveness/export', /^attractiveness-rating-2028-preview\.xlsx$/],
      [admin, '/reports/quarterly/export', /^quarterly-reports\.xlsx$/],
      [admin, `/reports/quarterly/${report.body.reportId}/export`, /^quarterly-report-2026-Q2-[0-9a-f-]{36}\.xlsx$/],
    ];
    const query = (path: string): string =>
      path.startsWith('/reports/projects') ? '?list=GREEN_CORRIDOR' : path.startsWith('/ratings/attractiveness') ? '?year=2028&preview=true' : '';
    for (const [api, path, name] of routes) {
      const csv = await api.get<string>(`${path}.csv${query(path)}`, { 'accept-language': 'en' });
      expect({ path, status: csv.status }).toEqual({ path, status: 200 });
      const xlsx = await api.getBytes(`${path}.xlsx${query(path)}`, { 'accept-language': 'en' });
      expect({ path, status: xlsx.status, type: xlsx.contentType }).toEqual({
        path,
        status: 200,
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
      const filename = /filename="([^"]+)"/.exec(xlsx.headers.get('content-disposition') ?? '')?.[1] ?? '';
      expect({ path, filename, ok: name.test(filename) }).toEqual({ path, filename, ok: true });
      const wb = new Workbook();
      await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
      expect(wb.worksheets).toHaveLength(1);
      const ws = wb.worksheets[0]!;
      const parsed = parseCsv(csv.body);
      expect({ path, rows: ws.rowCount }).toEqual({ path, rows: parsed.rows.length + 1 });
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(parsed.header);
      // Every cell says what the CSV says (numbers as numbers, dates as dates).
      parsed.rows.forEach((r, i) => {
        const cells = (ws.getRow(i + 2).values as unknown[]).slice(1);
        r.cells.forEach((c, j) => {
          const v = cells[j];
          const same =
            v === undefined || v === null
              ? c === ''
              : v instanceof Date
                ? v.getTime() === Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(c) ? `${c}T00:00:00Z` : c)
                : typeof v === 'number'
                  ? v === Number(c)
                  : String(v) === c;
          expect({ path, row: i + 2, col: j + 1, csv: c, same }).toEqual({ path, row: i + 2, col: j + 1, csv: c, same: true });
        });
      });
      if (path === '/reports/dashboard/export' && api === investor) {
        // The investor's export holds its own project only.
        expect(parsed.rows.find((r) => r.cells[0] === 'total')?.cells[3]).toBe('1');
      }
    }
  });

  it('answers 503 with Retry-After while the projections are rebuilt, and the figures again once complete', async () => {
    const target = (end: string): string => JSON.stringify([{ topic: 'ndip.implementation.events.v1', partition: 0, low: '0', end }]);
    await query(reportingDb, `UPDATE projection_state SET rebuild_targets = $1::jsonb WHERE id = 1`, [target('999999999999')]);
    const busy = await akimat.get<{ code: string; field: string }>('/reports/dashboard');
    expect({ status: busy.status, code: busy.body.code, field: busy.body.field }).toEqual({ status: 503, code: 'UNAVAILABLE', field: 'projections' });
    expect(busy.headers.get('retry-after')).toBe('10');
    expect((await akimat.get('/ratings/regions')).status).toBe(503);
    expect((await akimat.getBytes('/reports/dashboard/export.xlsx')).status).toBe(503);
    await query(reportingDb, `UPDATE projection_state SET rebuild_targets = $1::jsonb WHERE id = 1`, [target('0')]);
    expect((await akimat.get('/reports/dashboard')).status).toBe(200);
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
