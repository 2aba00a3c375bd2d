import { randomBytes } from 'node:crypto';
import { REFERENCE_TOPIC } from '@ndip/domain';
import { ensureTopics } from '@ndip/platform';
import { startStack, type Stack } from '../../tools/dev/stack';
import { Api } from '../support/api';
import { eventually } from '../support/eventually';
import { testKafka } from '../support/kafka';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';
import {
  COMPANY_HEADER,
  FINISHED,
  PROJECT_HEADER,
  companyRows,
  getImport,
  projectRows,
  TEST_IMPORT_REGIONS,
  toCsv,
  toXlsx,
  uploadImport,
  type ImportJob,
  type Row,
} from './import-support';

/**
 * Bulk import (issue 13) through the gateway on the running system (real PostgreSQL and Kafka): a generated file
 * of projects with roadmap tasks imports completely and reporting shows every project; a second import of the
 * same file duplicates nothing and publishes nothing; a file with 20 wrong rows is reported row by row and field
 * by field in the reader's language and imports nothing; companies by BIN; CSV and XLSX; operators only.
 * Timing is printed by bench/import.bench.ts, never asserted here.
 */
describe('bulk import of existing companies and projects', () => {
  const password = `Adm1n-${randomBytes(6).toString('hex')}`;
  const PROJECTS = Number(process.env.NDIP_IMPORT_TEST_PROJECTS ?? 600);
  let stack: Stack;
  let base: string;
  let operator: string;
  let akimat: string;
  let dbs: Record<'attraction' | 'implementation' | 'post-investment' | 'reporting' | 'gateway', string>;
  const prefix = uniqueName('imp');

  const finished = (token: string, id: string, headers: Record<string, string> = {}): Promise<ImportJob> =>
    eventually(
      async () => {
        const j = await getImport(base, token, id, headers);
        if (!FINISHED.has(j.status)) throw new Error(`job ${id} is ${j.status} (${j.progress.rowsDone}/${j.progress.rowsTotal})`);
        return j;
      },
      240_000,
      250,
    );

  const count = async (db: string, sql: string, params: unknown[]): Promise<number> => Number((await query<{ n: string }>(db, sql, params))[0]!.n);

  beforeAll(async () => {
    dbs = await createDatabases(prefix, ['attraction', 'implementation', 'post-investment', 'reporting', 'gateway'] as const);
    // All topics exist with their leaders before the services start (they read the reference topic's offsets at boot).
    await ensureTopics(testInfra().brokers);
    const kafkaAdmin = testKafka().admin();
    await kafkaAdmin.connect();
    await eventually(() => kafkaAdmin.fetchTopicOffsets(REFERENCE_TOPIC), 60_000);
    await kafkaAdmin.disconnect();
    stack = await startStack({
      brokers: testInfra().brokers,
      pgUrls: dbs,
      basePort: testPortBase(10),
      gatewayPort: testPortBase(9),
      groupPrefix: prefix,
      logDir: `.data/test/logs/${prefix}`,
      logLevel: 'warn',
      adminPassword: password,
      jwtSecret: randomBytes(32).toString('hex'),
      env: { NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000', NDIP_BUS_TIMEOUT_MS: '60000' },
      build: false,
    });
    base = `${stack.gatewayUrl}/api/v1`;
    const anonymous = new Api(base);
    const login = async (l: string, pw: string): Promise<string> => {
      const r = await anonymous.post<{ accessToken: string }>('/auth/login', { login: l, password: pw });
      if (r.status !== 200) throw new Error(`login ${l}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.accessToken;
    };
    const admin = anonymous.as(await login('admin', password));
    const user = async (l: string, org: Record<string, unknown>): Promise<string> => {
      const { id } = await admin.ok<{ id: string }>('/organizations', org);
      await admin.ok('/users', { login: l, password: 'Str0ng-passw0rd', fullName: l, organizationId: id });
      return login(l, 'Str0ng-passw0rd');
    };
    operator = await user('imp.nc', { type: 'NC', nameKk: 'Kazakh Invest', nameRu: 'Kazakh Invest', nameEn: 'Kazakh Invest' });
    akimat = await user('imp.akimat', { type: 'MIO', nameKk: 'Әкімдік', nameRu: 'Акимат', nameEn: 'Akimat', regionCode: '750000000' });
  }, 300_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('refuses roles other than the operators (403), and a file that is missing (400 naming the field)', async () => {
    const file = toCsv(COMPANY_HEADER, companyRows(1));
    const refused = await uploadImport(base, akimat, 'companies', 'c.csv', file);
    expect(refused.status).toBe(403);
    const list = await fetch(`${base}/imports`, { headers: { authorization: `Bearer ${akimat}` } });
    expect(list.status).toBe(403);
    const noFile = await fetch(`${base}/imports/companies`, { method: 'POST', headers: { authorization: `Bearer ${operator}` }, body: new FormData() });
    expect(noFile.status).toBe(400);
    expect(((await noFile.json()) as { field: string }).field).toBe('file');
    const badKind = await uploadImport(base, operator, 'meetings', 'c.csv', file);
    expect(badKind.status).toBe(400);
    expect(badKind.body.field).toBe('kind');
  });

  it('imports companies from CSV once: the same file again creates no card and publishes nothing', async () => {
    const rows = companyRows(40);
    const file = toCsv(COMPANY_HEADER, rows, ';');
    const first = await uploadImport(base, operator, 'companies', 'companies.csv', file);
    expect(first.status).toBe(202);
    const done = await finished(operator, first.body.id);
    expect(done).toMatchObject({
      status: 'COMPLETED',
      progress: { rowsTotal: 40, rowsDone: 40, percent: 100 },
      result: { created: 40, unchanged: 0, changed: [] },
    });
    const bins = rows.map((r) => r.bin);
    expect(await count(dbs.attraction, `SELECT count(*) AS n FROM company WHERE bin = ANY($1::text[])`, [bins])).toBe(40);
    const events = await count(dbs.attraction, `SELECT count(*) AS n FROM outbox WHERE type = 'attraction.company.created'`, []);
    expect(events).toBe(40);

    const again = await uploadImport(base, operator, 'companies', 'companies.csv', file);
    expect(await finished(operator, again.body.id)).toMatchObject({ status: 'COMPLETED', result: { created: 0, unchanged: 40, changed: [] } });
    expect(await count(dbs.attraction, `SELECT count(*) AS n FROM company WHERE bin = ANY($1::text[])`, [bins])).toBe(40);
    expect(await count(dbs.attraction, `SELECT count(*) AS n FROM outbox WHERE type = 'attraction.company.created'`, [])).toBe(40);
    // Who imported what: one audit entry per batch naming the cards created.
    const audit = await query<{ action: string; new_value: { created: unknown[] } }>(
      dbs.attraction,
      `SELECT action, new_value FROM audit_log WHERE action = 'company.import.batch' ORDER BY id`,
    );
    expect(audit.map((a) => a.new_value.created.length)).toEqual([40, 0]);
  });

  let projectFile: Row[];

  it(`imports ${PROJECTS} projects with their roadmap tasks from XLSX, in batches, and reporting shows every one`, async () => {
    projectFile = projectRows(PROJECTS, `${prefix}-P`, 3, TEST_IMPORT_REGIONS);
    const xlsx = await toXlsx(PROJECT_HEADER, projectFile);
    const up = await uploadImport(base, operator, 'projects', 'projects.xlsx', xlsx);
    expect(up.status).toBe(202);
    expect(up.body).toMatchObject({ status: 'VALIDATING', progress: { rowsDone: 0 } });
    // Progress is visible while it runs: rows done grow batch by batch up to the total.
    const seen = new Set<number>();
    const done = await eventually(
      async () => {
        const j = await getImport(base, operator, up.body.id);
        seen.add(j.progress.rowsDone);
        if (!FINISHED.has(j.status)) throw new Error(`still ${j.status}`);
        return j;
      },
      240_000,
      50,
    );
    expect(done.failure).toBeNull();
    expect(done).toMatchObject({
      status: 'COMPLETED',
      progress: { rowsTotal: projectFile.length, rowsDone: projectFile.length },
      result: { created: PROJECTS, unchanged: 0 },
    });
    expect([...seen].every((n) => n >= 0 && n <= projectFile.length)).toBe(true);
    const keys = [...new Set(projectFile.map((r) => r.externalNumber!))];
    const ids = (
      await query<{ project_id: string }>(dbs.implementation, `SELECT project_id FROM project_import_key WHERE external_number = ANY($1::text[])`, [keys])
    ).map((r) => r.project_id);
    expect(ids).toHaveLength(PROJECTS);
    expect(await count(dbs.implementation, `SELECT count(*) AS n FROM project WHERE id = ANY($1::uuid[])`, [ids])).toBe(PROJECTS);
    expect(await count(dbs.implementation, `SELECT count(*) AS n FROM roadmap_task WHERE project_id = ANY($1::uuid[])`, [ids])).toBe(projectFile.length);
    // The pool by the MCI of the creation year (2025: 3,932 KZT): 25 bn KZT is national, 500 m (127,162 MCI) regional unless there is an investment contract.
    const pools = await query<{ pool: string; n: string }>(
      dbs.implementation,
      `SELECT pool, count(*) AS n FROM project WHERE id = ANY($1::uuid[]) GROUP BY pool ORDER BY pool`,
      [ids],
    );
    const national = Array.from({ length: PROJECTS }, (_, i) => i % 3 === 0 || i % 7 === 0).filter(Boolean).length;
    expect(pools).toEqual([
      { pool: 'NATIONAL', n: String(national) },
      { pool: 'REGIONAL', n: String(PROJECTS - national) },
    ]);
    // Task statuses as imported (the template tasks: done, in progress, planned).
    const statuses = await query<{ code: string; status: string; effective: boolean }>(
      dbs.implementation,
      `SELECT DISTINCT code, status, effective FROM roadmap_task WHERE project_id = ANY($1::uuid[]) ORDER BY code`,
      [ids],
    );
    expect(statuses).toEqual([
      { code: 'INV_CONSTR', status: 'IN_PROGRESS', effective: true },
      { code: 'POST_CAPACITY', status: 'PLANNED', effective: true },
      { code: 'PRE_PERMITS', status: 'DONE', effective: true },
    ]);
    // Reporting, fed only by the published events, shows every imported project with its pool and its tasks.
    await eventually(
      async () => {
        const n = await count(dbs.reporting, `SELECT count(*) AS n FROM dash_project WHERE project_id = ANY($1::uuid[]) AND pool IS NOT NULL`, [ids]);
        if (n !== PROJECTS) throw new Error(`reporting has ${n} of ${PROJECTS} projects`);
        const t = await count(dbs.reporting, `SELECT count(*) AS n FROM rating_task WHERE project_id = ANY($1::uuid[])`, [ids]);
        if (t !== projectFile.length) throw new Error(`reporting has ${t} of ${projectFile.length} tasks`);
      },
      180_000,
      500,
    );
    const counts = await fetch(`${base}/reports/project-counts`, { headers: { authorization: `Bearer ${operator}` } });
    expect(counts.status).toBe(200);
  });

  it('imports the same projects again from CSV: no duplicate, no event published again', async () => {
    const keys = [...new Set(projectFile.map((r) => r.externalNumber!))];
    const before = await count(dbs.implementation, `SELECT count(*) AS n FROM outbox WHERE type = 'implementation.project.created'`, []);
    const up = await uploadImport(base, operator, 'projects', 'projects.csv', toCsv(PROJECT_HEADER, projectFile));
    expect(up.status).toBe(202);
    expect(await finished(operator, up.body.id)).toMatchObject({ status: 'COMPLETED', result: { created: 0, unchanged: PROJECTS, changed: [] } });
    expect(await count(dbs.implementation, `SELECT count(*) AS n FROM project_import_key WHERE external_number = ANY($1::text[])`, [keys])).toBe(PROJECTS);
    expect(await count(dbs.implementation, `SELECT count(*) AS n FROM project WHERE name LIKE 'Imported project %'`, [])).toBe(PROJECTS);
    expect(await count(dbs.implementation, `SELECT count(*) AS n FROM outbox WHERE type = 'implementation.project.created'`, [])).toBe(before);
  });

  it('hands a project whose last task is done to Module 3: post-investment opens its monitoring period and reporting counts it there', async () => {
    const done = { taskStatus: 'DONE', taskCompletedOn: '2025-06-30' };
    const rows: Row[] = projectRows(6, `${prefix}-M3`, 3, TEST_IMPORT_REGIONS).map((r) => ({ ...r, ...done, taskDueDate: '2025-06-30' }));
    const up = await uploadImport(base, operator, 'projects', 'module3.csv', toCsv(PROJECT_HEADER, rows));
    expect(await finished(operator, up.body.id)).toMatchObject({ status: 'COMPLETED', result: { created: 6 } });
    const keys = [...new Set(rows.map((r) => r.externalNumber!))];
    const handed = await query<{ id: string; status: string; validated_on: string }>(
      dbs.implementation,
      `SELECT p.id, p.status, to_char(p.validated_on, 'YYYY-MM-DD') AS validated_on FROM project p JOIN project_import_key k ON k.project_id = p.id
        WHERE k.external_number = ANY($1::text[]) AND EXISTS (SELECT 1 FROM roadmap_task t WHERE t.project_id = p.id AND t.code = 'POST_CAPACITY')`,
      [keys],
    );
    // Projects 3 and 6 of the generated six have the last task (three task rows); the others stay in Module 2.
    expect(handed.map((h) => [h.status, h.validated_on])).toEqual([
      ['POST_INVESTMENT', '2025-06-30'],
      ['POST_INVESTMENT', '2025-06-30'],
    ]);
    const ids = handed.map((h) => h.id);
    await eventually(async () => {
      const periods = await query<{ starts_on: string; ends_on: string }>(
        dbs['post-investment'],
        `SELECT to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on FROM monitoring_period WHERE project_id = ANY($1::uuid[])`,
        [ids],
      );
      expect(periods).toHaveLength(2);
      expect(periods[0]).toEqual({ starts_on: '2025-06-30', ends_on: '2028-06-30' });
      expect(await count(dbs.reporting, `SELECT count(*) AS n FROM dash_project WHERE project_id = ANY($1::uuid[]) AND module = 3`, [ids])).toBe(2);
    }, 60_000);
  });

  it('reports every one of 20 wrong rows by row and field in the reader’s language, and imports nothing', async () => {
    const rows = projectRows(60, `${prefix}-E`, 1, TEST_IMPORT_REGIONS);
    const wrong: { row: number; field: string }[] = [];
    const breakRow = (i: number, field: string, value: string): void => {
      rows[i]![field] = value;
      wrong.push({ row: i + 2, field });
    };
    for (let i = 0; i < 20; i++) {
      const at = i * 3;
      const kind = i % 5;
      if (kind === 0) breakRow(at, 'companyBin', '123456789012');
      else if (kind === 1) breakRow(at, 'regionCode', '999999999');
      else if (kind === 2) breakRow(at, 'createdOn', '31.02.2025');
      else if (kind === 3) breakRow(at, 'taskStatus', 'FINISHED');
      else breakRow(at, 'taskDueDate', '2024-12-31'); // before the project's creation (2025-01-15)
    }
    const keys = rows.map((r) => r.externalNumber!);
    const projectsBefore = await count(dbs.implementation, `SELECT count(*) AS n FROM project`, []);
    const up = await uploadImport(base, operator, 'projects', 'errors.xlsx', await toXlsx(PROJECT_HEADER, rows));
    expect(up.status).toBe(202);
    const report = await finished(operator, up.body.id, { 'accept-language': 'kk' });
    expect(report.status).toBe('INVALID');
    expect(report.errorCount).toBe(20);
    expect(report.errors.map((e) => ({ row: e.row, field: e.field }))).toEqual(wrong);
    expect(report.errors[0]!.message).toBe('123456789012 — жарамсыз БСН (бақылау цифры бар 12 цифр)');
    const ru = await getImport(base, operator, up.body.id, { 'accept-language': 'ru-RU,ru;q=0.9' });
    expect(ru.errors[1]!.message).toBe('неизвестный код региона (КАТО) 999999999');
    const en = await getImport(base, operator, up.body.id, { 'accept-language': 'en' });
    expect(en.errors[2]!.message).toBe('31.02.2025 is not a date (YYYY-MM-DD or DD.MM.YYYY)');
    // Without Accept-Language: the user's own language setting.
    const own = await getImport(base, operator, up.body.id, {});
    expect(['kk', 'ru', 'en'].map((l) => (l === 'kk' ? report : l === 'ru' ? ru : en).errors[3]!.message)).toContain(own.errors[3]!.message);
    expect(await count(dbs.implementation, `SELECT count(*) AS n FROM project_import_key WHERE external_number = ANY($1::text[])`, [keys])).toBe(0);
    expect(await count(dbs.implementation, `SELECT count(*) AS n FROM project`, [])).toBe(projectsBefore);
  });

  it('lists the operator’s jobs (paginated) and answers 404 for an unknown job', async () => {
    const unknown = await fetch(`${base}/imports/0190a0c2-0000-7000-8000-000000000000`, { headers: { authorization: `Bearer ${operator}` } });
    expect(unknown.status).toBe(404);
    const jobs = (await (await fetch(`${base}/imports?pageSize=10`, { headers: { authorization: `Bearer ${operator}` } })).json()) as {
      total: number;
      items: unknown[];
    };
    expect(jobs.total).toBe(6);
    expect(jobs.items).toHaveLength(6);
  });
});
