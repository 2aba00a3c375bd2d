import { randomBytes } from 'node:crypto';
import { ensureTopics } from '@ndip/platform/kafka/kafka-client';
import { startStack, type Stack } from '../../tools/dev/stack';
import { Api } from '../support/api';
import { eventually } from '../support/eventually';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';
import { approvedRoadmap, completeAll, plusDays } from './implementation-flow';

/**
 * Module 3 through the gateway, all services as processes: a project arrives from Module 2 by the
 * thread path, the investor raises an issue, AB answers it, the period ends (the post-investment
 * service restarted with NDIP_FIXED_TODAY on the exclusion date), the project leaves the national pool,
 * implementation and reporting reflect it; then completion and archive, after which nothing changes.
 */
describe('Module 3 post-investment through the gateway', () => {
  // A region no other test uses: the services read the shared topics from the beginning (other files' projects
  // arrive too), so the per-region report counts of this region change only by this file's project.
  const REGION = '430000000';
  const BIN_A = '940740000139';
  const BIN_B = '050540000046';
  const password = `Adm1n-${randomBytes(6).toString('hex')}`;
  let stack: Stack;
  let dbs: Record<string, string>;
  let admin: Api;
  let embassy: Api;
  let akimat: Api;
  let chamber: Api;
  let nc: Api;
  let ab: Api;
  let investorA: Api;
  let investorB: Api;
  let akimatUserId: string;

  beforeAll(async () => {
    const prefix = uniqueName('e2e_m3');
    dbs = await createDatabases(prefix, ['attraction', 'implementation', 'post-investment', 'reporting', 'gateway'] as const);
    // When this file runs first on a fresh broker: the topics must exist before the services boot.
    await ensureTopics(testInfra().brokers);
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
      env: { NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000', NDIP_M3_JOB_INTERVAL_MS: '0' },
      build: false,
    });
    const anonymous = new Api(`${stack.gatewayUrl}/api/v1`);
    const login = async (l: string, pw: string): Promise<{ token: string; userId: string }> => {
      const r = await anonymous.post<{ accessToken: string; user: { id: string } }>('/auth/login', { login: l, password: pw });
      if (r.status !== 200) throw new Error(`login ${l}: ${r.status} ${JSON.stringify(r.body)}`);
      return { token: r.body.accessToken, userId: r.body.user.id };
    };
    admin = anonymous.as((await login('admin', password)).token);
    const org = async (body: Record<string, unknown>): Promise<string> => (await admin.ok<{ id: string }>('/organizations', body)).id;
    const user = async (l: string, organizationId: string): Promise<{ token: string; userId: string }> => {
      await admin.ok('/users', { login: l, password: 'Str0ng-passw0rd', fullName: l, organizationId });
      return login(l, 'Str0ng-passw0rd');
    };
    const names = (en: string) => ({ nameKk: en, nameRu: en, nameEn: en });
    embassy = anonymous.as((await user('m3.embassy', await org({ type: 'FI', ...names('Embassy in Seoul'), countryCode: 'KR' }))).token);
    const mio = await user('m3.akimat', await org({ type: 'MIO', ...names('Akimat of Kyzylorda region'), regionCode: REGION }));
    akimat = anonymous.as(mio.token);
    akimatUserId = mio.userId;
    chamber = anonymous.as((await user('m3.atameken', await org({ type: 'NCH', ...names('National Chamber') }))).token);
    nc = anonymous.as((await user('m3.kazakhinvest', await org({ type: 'NC', ...names('Kazakh Invest') }))).token);
    ab = anonymous.as((await user('m3.ab', await org({ type: 'AB', ...names('Investment Committee') }))).token);
    investorA = anonymous.as((await user('m3.hyundai', await org({ type: 'INV', ...names('Hyundai Motor Kazakhstan'), bin: BIN_A }))).token);
    investorB = anonymous.as((await user('m3.samsung', await org({ type: 'INV', ...names('Samsung C&T Kazakhstan'), bin: BIN_B }))).token);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  /**
   * Module 1 → Module 2 → hand-over to Module 3, by the path of test/e2e/thread.e2e-spec.ts: conversion,
   * passport, roadmap approved by the National Company, tasks done, the last one validated by the Chamber.
   */
  async function projectInModule3(): Promise<string> {
    const company = await embassy.ok<{ id: string }>('/companies', { name: 'Hyundai Motor Company', countryCode: 'KR', sector: 'C29' });
    const initiative = await embassy.ok<{ initiativeId: string }>('/initiatives', { companyId: company.id, title: 'Automotive components plant' });
    const id = initiative.initiativeId;
    await embassy.ok(`/initiatives/${id}/transfer`, { regionCode: REGION });
    await akimat.ok(`/initiatives/${id}/assign-officer`, { officerUserId: akimatUserId });
    // 200 billion tenge ≥ 150 000 MCI → national pool.
    await akimat.ok(`/initiatives/${id}/convert`, {
      projectName: 'Automotive components plant, Almaty',
      companyBin: BIN_A,
      investmentAmountKzt: '200000000000',
      hasInvestmentContract: false,
    });
    const project = await eventually(async () => {
      const page = await akimat.getOk<{ items: { id: string; initiativeId: string; pool: { pool: string }; createdOn: string }[] }>(
        `/projects?regionCode=${REGION}&pageSize=200`,
      );
      const p = page.items.find((x) => x.initiativeId === id);
      if (!p) throw new Error('project not created yet');
      return p;
    });
    expect(project.pool.pool).toBe('NATIONAL');
    const day = project.createdOn;
    await approvedRoadmap(akimat, nc, project.id, [
      ['PRE_LAND', plusDays(day, 30)],
      ['INV_CONSTR', plusDays(day, 180)],
      ['POST_CAPACITY', plusDays(day, 365)],
    ]);
    await completeAll(akimat, chamber, project.id, day);
    expect(await akimat.getOk<{ status: string }>(`/projects/${project.id}`)).toMatchObject({ status: 'POST_INVESTMENT' });
    return project.id;
  }

  type Monitoring = { projectId: string; startsOn: string; exclusionRunsOn: string; status: string; poolStatus: string; companyBin: string | null };
  type Issue = { id: string; status: string; answer: string | null; projectId: string; sla: { dueOn: string; breached: boolean } };

  it('a project from Module 2: the investor raises an issue, AB answers; the period ends, the project leaves the national pool everywhere', async () => {
    const projectId = await projectInModule3();
    const monitoring = await eventually(async () => {
      const m = await investorA.getOk<Monitoring>(`/monitoring/by-project/${projectId}`);
      if (m.companyBin !== BIN_A) throw new Error('investor not known to Module 3 yet');
      return m;
    });
    expect(monitoring).toMatchObject({ status: 'OPEN', poolStatus: 'IN_NATIONAL_POOL' });
    expect(Number(monitoring.exclusionRunsOn.slice(0, 4)) - Number(monitoring.startsOn.slice(0, 4))).toBe(3);
    expect((await investorB.get(`/monitoring/by-project/${projectId}`)).status).toBe(404);

    // The investor raises an issue; a field outside the contract (e.g. a BIN) or a bad category is a 400 naming the field.
    const body = { projectId, kind: 'PROBLEM', category: 'CUSTOMS', title: 'Customs clearance of equipment', description: 'Waiting at Khorgos for 20 days' };
    const spoof = await investorB.post<{ field: string }>('/issues', { ...body, investorBin: BIN_A });
    expect({ status: spoof.status, field: spoof.body.field }).toEqual({ status: 400, field: 'investorBin' });
    const bad = await investorA.post<{ field: string; code: string }>('/issues', { ...body, category: 'ROADS' });
    expect({ status: bad.status, field: bad.body.field, code: bad.body.code }).toEqual({ status: 400, field: 'category', code: 'INVALID_INPUT' });
    expect(bad.contentType).toContain('application/problem+json');
    expect((await investorB.post('/issues', body)).status).toBe(404);
    expect((await ab.post('/issues', body)).status).toBe(403);
    const raised = await investorA.post<Issue>('/issues', body);
    expect(raised.status).toBe(201);
    const issueId = raised.body.id;
    expect(raised.body).toMatchObject({ status: 'OPEN', projectId });

    // Another company's investor reads nothing of it.
    expect((await investorB.get(`/issues/${issueId}`)).status).toBe(404);
    expect(await investorB.getOk<{ total: number }>('/issues')).toMatchObject({ total: 0, items: [] });
    expect((await investorA.getOk<{ items: Issue[] }>('/issues')).items.map((i) => i.id)).toEqual([issueId]);
    expect((await investorA.post(`/issues/${issueId}/answer`, { answer: 'self-answer' })).status).toBe(403);

    // AB answers and closes it; the investor sees the answer.
    expect((await ab.getOk<{ items: Issue[] }>(`/issues?projectId=${projectId}&status=OPEN`)).items.map((i) => i.id)).toEqual([issueId]);
    expect(await ab.ok(`/issues/${issueId}/answer`, { answer: 'The equipment was cleared on 5 March' })).toMatchObject({ status: 'ANSWERED' });
    expect(await ab.ok(`/issues/${issueId}/close`, {})).toMatchObject({ status: 'CLOSED' });
    expect(await investorA.getOk<Issue>(`/issues/${issueId}`)).toMatchObject({ status: 'CLOSED', answer: 'The equipment was cleared on 5 March' });

    // Before the end date the job leaves the period alone.
    await admin.ok('/post-investment/jobs/run', { jobs: ['PERIOD_END'] });
    expect(await ab.getOk<Monitoring>(`/monitoring/by-project/${projectId}`)).toMatchObject({ status: 'OPEN', poolStatus: 'IN_NATIONAL_POOL' });
    const countsBefore = await admin.getOk<{ regionCode: string; nationalPoolExcluded: number }[]>('/reports/project-counts');
    const excludedBefore = countsBefore.find((r) => r.regionCode === REGION)?.nationalPoolExcluded ?? 0;

    // The period ends: the service clock is pinned to the exclusion date.
    await stack.services['post-investment'].stop();
    await stack.services['post-investment'].start({ NDIP_FIXED_TODAY: monitoring.exclusionRunsOn });
    const run = await admin.ok<{ today: string; periodsEnded: number; excludedFromNationalPool: number }>('/post-investment/jobs/run', {
      jobs: ['PERIOD_END'],
    });
    expect(run.today).toBe(monitoring.exclusionRunsOn);
    expect(run.excludedFromNationalPool).toBeGreaterThanOrEqual(1); // this project, and any other file's project due by then
    expect(await ab.getOk<Monitoring>(`/monitoring/by-project/${projectId}`)).toMatchObject({
      status: 'PERIOD_ENDED',
      poolStatus: 'EXCLUDED',
      poolExcludedOn: monitoring.exclusionRunsOn,
    });

    // Module 2 records the exclusion on the project; reporting counts it (the dashboard row and the per-region count).
    await eventually(async () => {
      const rows = await query<{ d: string | null }>(dbs.implementation!, `SELECT national_pool_excluded_on::text AS d FROM project WHERE id = $1`, [
        projectId,
      ]);
      if (rows[0]?.d !== monitoring.exclusionRunsOn) throw new Error(`implementation: excluded on ${rows[0]?.d ?? 'null'}`);
    });
    await eventually(async () => {
      const counts = await admin.getOk<{ regionCode: string; nationalPoolExcluded: number }[]>('/reports/project-counts');
      const after = counts.find((r) => r.regionCode === REGION)?.nationalPoolExcluded ?? 0;
      if (after !== excludedBefore + 1) throw new Error(`reporting: ${after} excluded, expected ${excludedBefore + 1}`);
    });
    const [row] = await query<{ d: string | null }>(
      dbs.reporting!,
      `SELECT national_pool_excluded_on::text AS d FROM project_projection WHERE project_id = $1`,
      [projectId],
    );
    expect(row?.d).toBe(monitoring.exclusionRunsOn);

    // AB completes after the final analysis; the operator archives; the archive is read-only and still readable.
    expect(
      (await ab.post(`/monitoring/by-project/${projectId}/complete`, { finalAnalysis: 'Obligations fulfilled', obligationsFulfilled: 'yes' })).status,
    ).toBe(400);
    expect(
      await ab.ok(`/monitoring/by-project/${projectId}/complete`, { finalAnalysis: 'All obligations fulfilled', obligationsFulfilled: true }),
    ).toMatchObject({
      status: 'COMPLETED',
    });
    expect((await ab.post(`/monitoring/by-project/${projectId}/archive`, {})).status).toBe(403);
    const archive = await admin.ok<{ documentCount: number; sha256: string }>(`/monitoring/by-project/${projectId}/archive`, {});
    expect(archive.documentCount).toBe(2);
    const writes: [Api, string, unknown][] = [
      [investorA, '/issues', body],
      [ab, `/monitoring/by-project/${projectId}/changes`, { subject: 'PROJECT', field: 'conditions', reason: 'late change' }],
      [ab, `/monitoring/by-project/${projectId}/complete`, { finalAnalysis: 'again', obligationsFulfilled: true }],
      [admin, `/monitoring/by-project/${projectId}/archive`, {}],
      [investorA, `/monitoring/by-project/${projectId}/kpi-reports/1/submit`, { jobsCreated: 1, capitalSpentKzt: '1', outputKzt: '1' }],
    ];
    for (const [api, path, payload] of writes) {
      const r = await api.post<{ code: string }>(path, payload);
      expect({ path, status: r.status, code: r.body.code }).toEqual({ path, status: 409, code: 'WRONG_STATE' });
    }
    expect(await investorA.getOk(`/monitoring/by-project/${projectId}/archive`)).toMatchObject({ sha256: archive.sha256 });
    expect((await investorB.get(`/monitoring/by-project/${projectId}/archive`)).status).toBe(404);
    expect(await ab.getOk(`/monitoring/by-project/${projectId}`)).toMatchObject({ status: 'ARCHIVED' });
  });
});
