import { randomBytes } from 'node:crypto';
import { EVENT_TOPICS, REFERENCE_EVENT_TYPES, REFERENCE_TOPIC } from '@ndip/domain';
import { ensureTopics } from '@ndip/platform/kafka/kafka-client';
import { ServiceProcess } from '../../tools/dev/stack';
import { PASSPORT_REST, approvedRoadmap, must, roadmapDraft } from '../e2e/implementation-flow';
import { Api } from '../support/api';
import { eventually } from '../support/eventually';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';
import { TopicRecorder } from '../support/kafka';

/**
 * Reference data with effective dates (issue 13) on the real implementation and gateway processes, PostgreSQL and
 * Kafka (rules edition E000). Today is pinned to Wednesday 23 December 2026 (NDIP_FIXED_TODAY); Monday 28 December
 * is an ordinary working day until a decree makes it a day off. The implementation process is restarted with
 * another "today" to see a rule option take effect on its date, reading the reference data back at start.
 */

const ALMATY = '750000000';
const ADMIN_PASSWORD = `Adm1n-${randomBytes(6).toString('hex')}`;
const PASSWORD = 'Str0ng-passw0rd!';
const TODAY = '2026-12-23';
const ACT_MCI = 'Law of 15.12.2026 amending the Law "On the republican budget for 2026–2028"';
const ACT_TRANSFER = 'Order of the Minister of Labour and Social Protection of 20.12.2026 No. 512 on the transfer of the day of rest';
const ACT_RULES = 'Order of the Minister of Foreign Affairs of 22.12.2026 No. 11-1-4/600';

type Project = {
  id: string;
  pool: { pool: string; mciYear: number; mciValue: number; ruleEdition: string | null; ruleOptions: Record<string, unknown> | null; ruleAct: string | null };
};
type Roadmap = {
  roadmapId: string;
  status: string;
  state: { reworkDueOn: string | null };
  tasks: { id: string; code: string; status: string; validationDueOn: string | null }[];
};
type Problem = { status: number; contentType: string; body: { code?: string; field?: string } };
type Notice = { type: string; recordId: string | null; dueOn: string | null; title: string; body: string };

describe('reference data with effective dates: MCI, day transfers and recomputation, rule configuration', () => {
  let impl: ServiceProcess;
  let gw: ServiceProcess;
  let implDb: string;
  let gwDb: string;
  let groupPrefix: string;
  let recorder: TopicRecorder;
  const api: Record<'admin' | 'nc' | 'akimat' | 'chamber' | 'ab', Api> = {} as never;

  const startImplementation = async (today: string, prefix: string): Promise<void> => {
    await impl?.stop();
    impl = new ServiceProcess(
      'implementation',
      {
        DATABASE_URL: implDb,
        HTTP_PORT: String(testPortBase(701)),
        NDIP_KAFKA_BROKERS: testInfra().brokers,
        NDIP_GROUP_PREFIX: prefix,
        NDIP_LOG_LEVEL: 'warn',
        NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000',
        NDIP_RULE_EDITION: 'E000',
        NDIP_FIXED_TODAY: today,
        NDIP_OVERDUE_SCAN_INTERVAL_MS: '0',
        NDIP_DEADLINE_SCAN_INTERVAL_MS: '0',
      },
      '.data/test/logs',
    );
    await impl.start();
  };

  const project = (name: string, amountKzt: string) =>
    must<Project>(api.akimat, 'POST', '/projects', {
      entryPath: 'P2',
      name,
      regionCode: ALMATY,
      companyName: 'Hyundai Motor Company',
      companyBin: '940740000139',
      sector: 'C29',
      estimatedCost: { amount: amountKzt, currency: 'KZT' },
      hasInvestmentContract: false,
    });
  const problem = (r: { status: number; contentType: string; body: unknown }) => {
    const b = r.body as Problem['body'];
    return { status: r.status, problemJson: r.contentType.startsWith('application/problem+json'), field: b?.field };
  };
  const recorded = (type: string, match: Record<string, unknown>) =>
    recorder.envelopes().filter((e) => e.env.type === type && Object.entries(match).every(([k, v]) => e.env.payload[k] === v));
  const notices = async (who: keyof typeof api, recordId: string): Promise<Notice[]> =>
    (await api[who].getOk<{ items: Notice[] }>('/notifications?pageSize=200')).items.filter((n) => n.recordId === recordId && n.type === 'DEADLINE_REMINDER');

  /** A national-pool project whose roadmap the National Company sent back today (5 working days to fix it). */
  const projectInRework = async (name: string): Promise<{ projectId: string; roadmap: Roadmap }> => {
    const p = await project(name, '800000000000');
    await must(api.akimat, 'PATCH', `/projects/${p.id}/passport`, PASSPORT_REST);
    await must(api.akimat, 'POST', `/projects/${p.id}/passport/complete`, {});
    await must(api.akimat, 'POST', `/projects/${p.id}/roadmap/assign-mio`, {});
    await must(
      api.akimat,
      'PUT',
      `/projects/${p.id}/roadmap/draft`,
      roadmapDraft([
        ['PRE_LAND', '2027-03-31'],
        ['POST_CAPACITY', '2027-12-15'],
      ]),
    );
    await must(api.akimat, 'POST', `/projects/${p.id}/roadmap/submit`, {});
    const roadmap = await must<Roadmap>(api.nc, 'POST', `/projects/${p.id}/roadmap/reject`, { reason: 'Risks of the investment stage are missing' });
    return { projectId: p.id, roadmap };
  };

  beforeAll(async () => {
    const prefix = uniqueName('refdata');
    groupPrefix = prefix;
    await ensureTopics(testInfra().brokers);
    const dbs = await createDatabases(prefix, ['impl', 'gw'] as const);
    implDb = dbs.impl;
    gwDb = dbs.gw;
    recorder = await new TopicRecorder([EVENT_TOPICS.implementation, REFERENCE_TOPIC]).start();
    await startImplementation(TODAY, prefix);
    gw = new ServiceProcess(
      'gateway',
      {
        DATABASE_URL: dbs.gw,
        HTTP_PORT: String(testPortBase(702)),
        NDIP_KAFKA_BROKERS: testInfra().brokers,
        NDIP_GROUP_PREFIX: prefix,
        NDIP_LOG_LEVEL: 'warn',
        NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000',
        NDIP_FIXED_TODAY: TODAY,
        NDIP_JWT_SECRET: randomBytes(32).toString('hex'),
        NDIP_ADMIN_PASSWORD: ADMIN_PASSWORD,
        NDIP_LOGIN_RATE_PER_MINUTE: '100',
        NDIP_API_RATE_PER_MINUTE: '10000',
        NDIP_NOTIFY_SCHEDULER_INTERVAL_MS: '0',
      },
      '.data/test/logs',
    );
    await gw.start();
    const anon = new Api(`${gw.url}/api/v1`);
    const login = async (l: string, password: string): Promise<Api> => {
      const r = await anon.post<{ accessToken: string }>('/auth/login', { login: l, password });
      if (r.status !== 200) throw new Error(`login ${l}: ${r.status} ${JSON.stringify(r.body)}`);
      return anon.as(r.body.accessToken);
    };
    api.admin = await login('admin', ADMIN_PASSWORD);
    const user = async (type: string, name: string, regionCode?: string): Promise<Api> => {
      const org = await api.admin.ok<{ id: string }>('/organizations', {
        type,
        nameKk: name,
        nameRu: name,
        nameEn: name,
        ...(regionCode ? { regionCode } : {}),
      });
      const login_ = `${type.toLowerCase()}-${prefix}@ndip.test`;
      await api.admin.ok('/users', { login: login_, password: PASSWORD, fullName: name, organizationId: org.id, locale: 'ru' });
      return login(login_, PASSWORD);
    };
    api.nc = await user('NC', 'Kazakh Invest');
    api.akimat = await user('MIO', 'Akimat of Almaty', ALMATY);
    api.chamber = await user('NCH', 'Atameken');
    api.ab = await user('AB', 'Investment Committee');
  }, 240_000);

  afterAll(async () => {
    // The reference topic is shared by every stack on this broker, and each reads it from the beginning: put the
    // values this file changed back (as new entries, the history keeps both), so that later test files see the
    // built-in MCI of 2026, no transfer on 28 December 2026 and the default rule options.
    if (api.nc) {
      const act = 'Test clean-up: the values before reference-data.integration-spec.ts';
      const restored = [
        await api.nc.post('/reference/mci', { effectiveFrom: '2026-01-01', valueKzt: 4325, legalAct: act }),
        await api.nc.post('/reference/day-transfers', { date: '2026-12-28', retired: true, effectiveFrom: TODAY, legalAct: act }),
        await api.nc.post('/reference/rule-config', {
          effectiveFrom: '2026-12-24',
          legalAct: act,
          options: { nationalInclusive: true, below10MPolicy: 'ZERO_POINTS' },
        }),
      ];
      for (const r of restored) if (r.status >= 300) process.stderr.write(`reference clean-up answered ${r.status}: ${JSON.stringify(r.body)}\n`);
    }
    await recorder?.stop();
    await impl?.stop();
    await gw?.stop();
  });

  it('refuses bad changes with a problem naming the field, and a role that may not administer with 403; nothing is stored', async () => {
    const mci = { effectiveFrom: '2026-01-01', valueKzt: 5000, legalAct: ACT_MCI };
    expect((await api.ab.post('/reference/mci', mci)).status).toBe(403);
    expect((await api.akimat.post('/reference/mci', mci)).status).toBe(403);
    expect((await api.chamber.post('/reference/rule-config', { effectiveFrom: TODAY, legalAct: ACT_RULES })).status).toBe(403);
    expect(problem(await api.nc.post('/reference/mci', { ...mci, valueKzt: 0 }))).toEqual({ status: 400, problemJson: true, field: 'valueKzt' });
    expect(problem(await api.nc.post('/reference/mci', { effectiveFrom: '2026-01-01', valueKzt: 5000 }))).toEqual({
      status: 400,
      problemJson: true,
      field: 'legalAct',
    });
    expect(problem(await api.nc.post('/reference/mci', { ...mci, effectiveFrom: '2026-02-30' }))).toEqual({
      status: 400,
      problemJson: true,
      field: 'effectiveFrom',
    });
    // Checked by the domain in the store: 23 December is a working day already.
    expect(problem(await api.nc.post('/reference/day-transfers', { date: TODAY, kind: 'WORKDAY', effectiveFrom: TODAY, legalAct: ACT_TRANSFER }))).toEqual({
      status: 400,
      problemJson: true,
      field: 'kind',
    });
    expect(
      problem(await api.nc.post('/reference/rule-config', { effectiveFrom: TODAY, legalAct: ACT_RULES, options: { yellowMaxDaysInclusive: 31 } })),
    ).toEqual({ status: 400, problemJson: true, field: 'options.yellowMaxDaysInclusive' });
    expect(problem(await api.nc.post('/reference/rule-config', { effectiveFrom: TODAY, legalAct: ACT_RULES, options: { below10M: 'INELIGIBLE' } }))).toEqual({
      status: 400,
      problemJson: true,
      field: 'options.below10M',
    });
    expect(problem(await api.ab.get('/reference/holidays'))).toEqual({ status: 404, problemJson: true, field: 'table' });
    expect(await query(implDb, `SELECT id FROM reference_entry`)).toEqual([]);
    // Reads are open to every signed-in role: the built-in MCI table and the 20 rated regions.
    const mciRows = await api.akimat.getOk<{ items: { key: string; value: { valueKzt: number }; source: string }[]; total: number }>('/reference/mci');
    expect(mciRows.items.find((r) => r.key === '2026-01-01')).toMatchObject({ value: { valueKzt: 4325 }, source: 'BUILT_IN' });
    expect((await api.ab.getOk<{ total: number }>('/reference/regions?pageSize=5')).total).toBe(20);
  });

  it('a new MCI for the year changes the pool of new classifications, not of the earlier ones', async () => {
    // 700 million tenge: 150,000 MCI is 648.75 million at 4,325 (national), 750 million at 5,000 (regional).
    const before = await project('Plant classified before the amendment', '700000000');
    expect(before.pool).toMatchObject({ pool: 'NATIONAL', mciYear: 2026, mciValue: 4325, ruleEdition: 'E000' });

    const r = await api.nc.post<{ created: boolean; entry: { entryId: string; sequence: number } }>('/reference/mci', {
      effectiveFrom: '2026-01-01',
      valueKzt: 5000,
      legalAct: ACT_MCI,
    });
    expect(r.status).toBe(201);
    expect(r.body.created).toBe(true);
    // The same change again is no new history.
    expect((await api.nc.post<{ created: boolean }>('/reference/mci', { effectiveFrom: '2026-01-01', valueKzt: 5000, legalAct: ACT_MCI })).body.created).toBe(
      false,
    );

    const after = await project('Plant classified after the amendment', '700000000');
    expect(after.pool).toMatchObject({ pool: 'REGIONAL', mciYear: 2026, mciValue: 5000 });
    expect((await must<Project>(api.akimat, 'GET', `/projects/${before.id}`)).pool).toMatchObject({ pool: 'NATIONAL', mciValue: 4325 });

    // Published for every service, audited, and kept in the history beside the built-in row it replaces.
    await eventually(() =>
      expect(recorded(REFERENCE_EVENT_TYPES.entryRecorded, { entryId: r.body.entry.entryId, kind: 'MCI', key: '2026-01-01' })).toHaveLength(1),
    );
    const history = await api.ab.getOk<{ items: { legalAct: string; value: { valueKzt: number } }[]; total: number }>('/reference/mci/history');
    expect(history.total).toBe(1);
    expect(history.items[0]).toMatchObject({ legalAct: ACT_MCI, value: { valueKzt: 5000 } });
    const audit = await api.ab.getOk<{ items: { action: string; entityId: string }[] }>('/audit/implementation/entries?action=reference.mci.record');
    expect(audit.items.map((a) => a.entityId)).toEqual(['MCI:2026-01-01']);
    const csv = await api.ab.get<string>('/reference/mci/export.csv');
    expect(csv.status).toBe(200);
    expect(csv.contentType).toContain('text/csv');
    expect(csv.body).toContain('2026-01-01,5000,2026-01-01');
    expect(csv.body).toContain('2025-01-01,3932,2025-01-01');
  });

  it('a decreed day off moves the working-day deadlines computed after it, and the recomputation moves the open ones and tells their owners', async () => {
    // Rework returned today: 5 WD from Wed 23 Dec = 24, 25, 28, 29, 30 → 30 Dec.
    const { projectId: reworkProject, roadmap: rework } = await projectInRework('Rework before the decree');
    expect(rework.state.reworkDueOn).toBe('2026-12-30');
    // A task completed yesterday awaits the National Chamber: 5 WD from Tue 22 Dec → 29 Dec.
    const p = await project('Validation before the decree', '800000000000');
    const roadmap = await approvedRoadmap(api.akimat, api.nc, p.id, [
      ['PRE_LAND', '2027-03-31'],
      ['POST_CAPACITY', '2027-12-15'],
    ]);
    const last = roadmap.tasks.find((t) => t.code === 'POST_CAPACITY')!;
    const first = roadmap.tasks.find((t) => t.code === 'PRE_LAND')!;
    expect((await must<{ status: string }>(api.akimat, 'POST', `/tasks/${first.id}/complete`, { actualCompletionDate: '2026-12-21' })).status).toBe('DONE');
    const awaiting = await must<{ id: string; status: string; validationDueOn: string }>(api.akimat, 'POST', `/tasks/${last.id}/complete`, {
      actualCompletionDate: '2026-12-22',
    });
    expect(awaiting).toMatchObject({ status: 'AWAITING_VALIDATION', validationDueOn: '2026-12-29' });
    // The gateway knows both deadlines before the decree.
    await eventually(async () => {
      const rows = await query<{ id: string; due_on: string }>(
        gwDb,
        `SELECT id, due_on::text AS due_on FROM notification_deadline WHERE id = ANY($1) ORDER BY id`,
        [[`roadmap-rework:${rework.roadmapId}`, `task-validation:${last.id}`]],
      );
      expect(rows).toEqual([
        { id: `roadmap-rework:${rework.roadmapId}`, due_on: '2026-12-30' },
        { id: `task-validation:${last.id}`, due_on: '2026-12-29' },
      ]);
    });

    const decree = await api.nc.post<{ created: boolean; recomputation: { recomputed: { rework: number; validation: number } } }>('/reference/day-transfers', {
      date: '2026-12-28',
      kind: 'DAY_OFF',
      effectiveFrom: TODAY,
      legalAct: ACT_TRANSFER,
    });
    expect(decree.status).toBe(201);
    expect(decree.body.recomputation.recomputed).toEqual({ rework: 1, validation: 1 });

    // The open deadlines moved by one working day.
    expect((await must<Roadmap>(api.akimat, 'GET', `/projects/${reworkProject}/roadmap`)).state.reworkDueOn).toBe('2026-12-31');
    const moved = (await must<Roadmap>(api.akimat, 'GET', `/projects/${p.id}/roadmap`)).tasks.find((t) => t.id === last.id)!;
    expect(moved.validationDueOn).toBe('2026-12-30');
    // One event per changed deadline, and a second run changes nothing.
    await eventually(() => {
      expect(recorded(REFERENCE_EVENT_TYPES.deadlineRecomputed, { recordId: rework.roadmapId })).toHaveLength(1);
      expect(recorded(REFERENCE_EVENT_TYPES.deadlineRecomputed, { recordId: last.id })).toHaveLength(1);
    });
    expect(recorded(REFERENCE_EVENT_TYPES.deadlineRecomputed, { recordId: last.id })[0]!.env.payload).toMatchObject({
      timer: 'T10_VALIDATION',
      previousDueOn: '2026-12-29',
      dueOn: '2026-12-30',
      startedOn: '2026-12-22',
      workingDays: 5,
    });
    expect((await must<{ recomputed: unknown }>(api.nc, 'POST', '/reference/deadlines/recompute', {})).recomputed).toEqual({ rework: 0, validation: 0 });
    expect((await api.ab.post('/reference/deadlines/recompute', {})).status).toBe(403);

    // The owners are told: the akimat of the roadmap, the National Chamber of the validation; reminders follow the new dates.
    await eventually(async () => {
      const [n] = await notices('akimat', rework.roadmapId);
      expect(n).toMatchObject({ dueOn: '2026-12-31' });
      expect(n!.body).toContain('31.12.2026');
      expect(n!.body).toContain('30.12.2026');
      expect(await notices('chamber', last.id)).toMatchObject([{ dueOn: '2026-12-30' }]);
    });
    expect(await notices('ab', last.id)).toEqual([]);
    await eventually(async () => {
      const rows = await query<{ id: string; due_on: string }>(
        gwDb,
        `SELECT id, due_on::text AS due_on FROM notification_deadline WHERE id = ANY($1) ORDER BY id`,
        [[`roadmap-rework:${rework.roadmapId}`, `task-validation:${last.id}`]],
      );
      expect(rows.map((r) => r.due_on)).toEqual(['2026-12-31', '2026-12-30']);
    });

    // A deadline computed after the decree uses it at once.
    const later = await projectInRework('Rework after the decree');
    expect(later.roadmap.state.reworkDueOn).toBe('2026-12-31');
    const calendar = await api.akimat.getOk<{ items: { key: string; legalAct: string; source: string }[] }>('/reference/day-transfers?pageSize=200');
    expect(calendar.items.find((t) => t.key === '2026-12-28')).toMatchObject({ legalAct: ACT_TRANSFER, source: 'RECORDED' });
  });

  it('official USD/KZT rates from CSV: the whole file is checked first (each bad row named), a second import adds nothing', async () => {
    const legalAct = 'National Bank of Kazakhstan, official exchange rates';
    const bad = await api.nc.post<{ field: string; errors: { field: string; message: string }[] }>('/reference/usd-kzt-rates/import', {
      legalAct,
      csv: 'date,rate\n2026-12-21,512.10\n2026-12-22,-3\n2026-12-32,511\n2026-12-21,512.20\n',
    });
    expect(problem(bad)).toMatchObject({ status: 400, problemJson: true });
    expect(bad.body.errors.map((e) => e.field)).toEqual(['line 3: rate', 'line 4: date', 'line 5: date']);
    expect((await api.ab.getOk<{ total: number }>('/reference/usd-kzt-rates')).total).toBe(0);
    expect((await api.akimat.post('/reference/usd-kzt-rates/import', { legalAct, csv: 'date,rate\n2026-12-21,512.10\n' })).status).toBe(403);

    const csv = 'date;rate\n2026-12-21;512.10\n2026-12-22;513.4\n';
    expect(await must(api.nc, 'POST', '/reference/usd-kzt-rates/import', { legalAct, csv })).toEqual({ rows: 2, recorded: 2, unchanged: 0 });
    expect(await must(api.nc, 'POST', '/reference/usd-kzt-rates/import', { legalAct, csv })).toEqual({ rows: 2, recorded: 0, unchanged: 2 });
    const exported = await api.ab.get<string>('/reference/usd-kzt-rates/export.csv');
    expect(exported.body.split('\r\n').slice(1, 3)).toEqual([
      expect.stringMatching(/^2026-12-21,2026-12-21,512\.10,2026-12-21,"National Bank of Kazakhstan, official exchange rates",RECORDED,2026-/),
      expect.stringMatching(/^2026-12-22,2026-12-22,513\.4,2026-12-22,"National Bank of Kazakhstan, official exchange rates",RECORDED,2026-/),
    ]);
  });

  it('a rule-option change is audited and applies only from its date; each classification keeps the options it applied', async () => {
    // From tomorrow the §3(16) reading: a project must be above 150,000 MCI (not at it) to be national.
    const tomorrow = await api.nc.post<{ created: boolean }>('/reference/rule-config', {
      effectiveFrom: '2026-12-24',
      legalAct: ACT_RULES,
      options: { nationalInclusive: false, below10MPolicy: 'INELIGIBLE' },
    });
    expect(tomorrow.status).toBe(201);
    const today = await api.akimat.getOk<{ options: Record<string, unknown>; effectiveFrom: string | null; history: unknown[] }>(
      '/reference/rule-config/in-force',
    );
    expect(today).toMatchObject({ effectiveFrom: null, options: { nationalInclusive: true, below10MPolicy: 'ZERO_POINTS', yellowMaxDaysInclusive: 10 } });
    expect(today.history).toHaveLength(1);
    expect(await api.ab.getOk('/reference/rule-config/in-force?on=2026-12-24')).toMatchObject({
      edition: 'E000',
      effectiveFrom: '2026-12-24',
      legalAct: ACT_RULES,
      options: { nationalInclusive: false, below10MPolicy: 'INELIGIBLE', yellowMaxDaysInclusive: 10 },
    });
    const audit = await api.ab.getOk<{
      items: { action: string; entityId: string; newValue: { legalAct: string; value: { options: Record<string, unknown> } } }[];
    }>('/audit/implementation/entries?action=reference.rule_config.record');
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({
      entityId: 'RULE_CONFIG:2026-12-24',
      newValue: { legalAct: ACT_RULES, value: { options: { nationalInclusive: false } } },
    });

    // Exactly 150,000 MCI of 5,000: national today, under the options in force today.
    const atThreshold = await project('Plant at the threshold, today', '750000000');
    expect(atThreshold.pool).toMatchObject({ pool: 'NATIONAL', mciValue: 5000, ruleAct: null, ruleOptions: { nationalInclusive: true, effectiveFrom: null } });

    // Tomorrow (the service restarts and reads the reference data back from the store and the topic): regional.
    await startImplementation('2026-12-24', groupPrefix);
    const next = await project('Plant at the threshold, tomorrow', '750000000');
    expect(next.pool).toMatchObject({
      pool: 'REGIONAL',
      mciValue: 5000,
      ruleEdition: 'E000',
      ruleAct: ACT_RULES,
      ruleOptions: { nationalInclusive: false, below10MPolicy: 'INELIGIBLE', effectiveFrom: '2026-12-24', configuredEdition: 'E000' },
    });
    expect((await must<Project>(api.akimat, 'GET', `/projects/${atThreshold.id}`)).pool).toMatchObject({
      pool: 'NATIONAL',
      ruleOptions: { nationalInclusive: true },
    });
    // The decreed day off survived the restart too (the calendar is read back): 5 WD from Thu 24 Dec are 25, 29, 30,
    // 31 Dec and 5 Jan (1–2 January are New Year, Saturday 2 January moves to Monday 4); without the decree 31 Dec.
    expect((await projectInRework('Rework tomorrow')).roadmap.state.reworkDueOn).toBe('2027-01-05');
  });
});
