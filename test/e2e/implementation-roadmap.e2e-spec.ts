import { randomBytes } from 'node:crypto';
import { EVENT_TOPICS } from '@ndip/domain';
import { ensureTopics } from '@ndip/platform/kafka/kafka-client';
import { startStack, type Stack } from '../../tools/dev/stack';
import { Api } from '../support/api';
import { eventually } from '../support/eventually';
import { createDatabases, testInfra, testPortBase, uniqueName } from '../support/infra';
import { TopicRecorder } from '../support/kafka';
import { PASSPORT_REST, must, plusDays, roadmapDraft, type ProjectBody, type RoadmapBody, type TaskBody } from './implementation-flow';

/**
 * Module 2 end to end, through the gateway with all services as processes (rules edition E000):
 * converted initiative → passport → national pool, green corridor, Task Force → roadmap formed by the
 * akimat, returned and reworked, approved by the National Company → tasks (one late, flagged by the
 * overdue job) → National Chamber validation of the last task → Module 3 monitoring.
 */
describe('Module 2 through the gateway: roadmap, tasks and the hand-over to Module 3', () => {
  const ALMATY = '750000000';
  const ASTANA = '710000000';
  const HYUNDAI_BIN = '940740000139';
  const OTHER_BIN = '120340005670';
  const password = `Adm1n-${randomBytes(6).toString('hex')}`;
  let stack: Stack;
  let admin: Api;
  let embassy: Api;
  let akimat: Api;
  let astana: Api;
  let nc: Api;
  let chamber: Api;
  let investor: Api;
  let otherInvestor: Api;
  let akimatUserId: string;
  let recorder: TopicRecorder;
  let first: ProjectBody;
  let second: ProjectBody;

  beforeAll(async () => {
    const prefix = uniqueName('e2e_m2');
    const dbs = await createDatabases(prefix, ['attraction', 'implementation', 'post-investment', 'reporting', 'gateway'] as const);
    // On a fresh broker the first consumer group waits for the offsets topic: let the recorder's group
    // take that wait before the services start (their first commands have a 15 s bus timeout).
    await ensureTopics(testInfra().brokers);
    recorder = await new TopicRecorder([EVENT_TOPICS.implementation]).start();
    stack = await startStack({
      brokers: testInfra().brokers,
      pgUrls: dbs,
      basePort: testPortBase(300),
      gatewayPort: testPortBase(10),
      groupPrefix: prefix,
      logDir: `.data/test/logs/${prefix}`,
      logLevel: 'warn',
      adminPassword: password,
      jwtSecret: randomBytes(32).toString('hex'),
      env: { NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000' },
      build: false,
    });
    const anonymous = new Api(`${stack.gatewayUrl}/api/v1`);
    const login = async (l: string, pw: string): Promise<{ token: string; userId: string }> => {
      const r = await anonymous.post<{ accessToken: string; user: { id: string } }>('/auth/login', { login: l, password: pw });
      if (r.status !== 200) throw new Error(`login ${l}: ${r.status} ${JSON.stringify(r.body)}`);
      return { token: r.body.accessToken, userId: r.body.user.id };
    };
    admin = anonymous.as((await login('admin', password)).token);
    const org = async (body: Record<string, unknown>): Promise<string> =>
      (await admin.ok<{ id: string }>('/organizations', { nameKk: 'x', nameRu: 'x', nameEn: String(body.type), ...body })).id;
    const user = async (l: string, organizationId: string): Promise<{ token: string; userId: string }> => {
      await admin.ok('/users', { login: l, password: 'Str0ng-passw0rd', fullName: l, organizationId });
      return login(l, 'Str0ng-passw0rd');
    };
    embassy = anonymous.as((await user('m2.embassy', await org({ type: 'FI', countryCode: 'KR' }))).token);
    const mio = await user('m2.akimat.almaty', await org({ type: 'MIO', regionCode: ALMATY }));
    akimat = anonymous.as(mio.token);
    akimatUserId = mio.userId;
    astana = anonymous.as((await user('m2.akimat.astana', await org({ type: 'MIO', regionCode: ASTANA }))).token);
    nc = anonymous.as((await user('m2.kazakh.invest', await org({ type: 'NC' }))).token);
    chamber = anonymous.as((await user('m2.atameken', await org({ type: 'NCH' }))).token);
    investor = anonymous.as((await user('m2.hyundai', await org({ type: 'INV', bin: HYUNDAI_BIN }))).token);
    otherInvestor = anonymous.as((await user('m2.other.investor', await org({ type: 'INV', bin: OTHER_BIN }))).token);
  });

  afterAll(async () => {
    await recorder?.stop();
    await stack?.stop();
  });

  /** Module 1: an embassy's initiative, transferred to Almaty and converted by the akimat into a project. */
  async function convertedProject(title: string): Promise<ProjectBody> {
    const company = await embassy.ok<{ id: string }>('/companies', { name: 'Hyundai Motor Company', countryCode: 'KR', sector: 'C29' });
    const { initiativeId } = await embassy.ok<{ initiativeId: string }>('/initiatives', { companyId: company.id, title });
    await embassy.ok(`/initiatives/${initiativeId}/transfer`, { regionCode: ALMATY });
    await akimat.ok(`/initiatives/${initiativeId}/assign-officer`, { officerUserId: akimatUserId });
    await akimat.ok(`/initiatives/${initiativeId}/convert`, {
      projectName: title,
      companyBin: HYUNDAI_BIN,
      investmentAmountKzt: '200000000000',
      hasInvestmentContract: false,
    });
    return eventually(async () => {
      const page = await akimat.getOk<{ items: ProjectBody[] }>(`/projects?regionCode=${ALMATY}&pageSize=200`);
      const p = page.items.find((x) => x.initiativeId === initiativeId);
      if (!p) throw new Error('project not created yet');
      return p;
    });
  }

  const typesFor = (projectId: string) => recorder.envelopes().filter((e) => e.env.payload.projectId === projectId);

  it('a converted initiative becomes a national-pool, green-corridor project with an approved roadmap; its tasks (one late) are done and validated; it arrives in Module 3', async () => {
    first = await convertedProject('Automotive components plant');
    expect(first).toMatchObject({ pool: { pool: 'NATIONAL' }, passportStatus: { status: 'INCOMPLETE' }, roadmapStatus: 'NO_ROADMAP' });
    const day = first.createdOn;

    // Passport: what the conversion did not bring is missing; the field is named.
    const incomplete = await akimat.post<{ code: string; field: string }>(`/projects/${first.id}/passport/complete`, {});
    expect({ status: incomplete.status, code: incomplete.body.code, field: incomplete.body.field }).toEqual({
      status: 400,
      code: 'INVALID_INPUT',
      field: 'commodityPosition',
    });
    await must(akimat, 'PATCH', `/projects/${first.id}/passport`, PASSPORT_REST);
    const complete = await must<ProjectBody>(akimat, 'POST', `/projects/${first.id}/passport/complete`, {});
    // 200 bn KZT / 500 = 400 M USD → 3; not Global 2000; high technology → 3; 650 jobs → 2: 750 + 0 + 900 + 300 = 1950.
    expect(complete).toMatchObject({
      passportStatus: { status: 'COMPLETE', completedOn: day },
      pool: { pool: 'NATIONAL' },
      greenCorridor: { status: 'ELIGIBLE', scoreMilli: 1950 },
      taskForce: { handedOn: day },
    });
    const scorings = await must<{ items: { scoreMilli: number; explanation: { criterion: string; points: number }[] }[] }>(
      akimat,
      'GET',
      `/projects/${first.id}/green-corridor/scorings`,
    );
    expect(scorings.items).toHaveLength(1);
    expect(scorings.items[0]!.explanation.map((x) => [x.criterion, x.points])).toEqual([
      ['C1_AMOUNT', 3],
      ['C2_GLOBAL_2000', 0],
      ['C3_TECHNOLOGY', 3],
      ['C4_SOCIAL', 2],
    ]);

    // Roadmap: the akimat is named, forms it (PRE_LAND already due yesterday), submits; NC approves.
    await must(akimat, 'POST', `/projects/${first.id}/roadmap/assign-mio`, {});
    await must(
      akimat,
      'PUT',
      `/projects/${first.id}/roadmap/draft`,
      roadmapDraft([
        ['PRE_LAND', plusDays(day, -1)],
        ['PRE_FIN', plusDays(day, 30)],
        ['INV_CONSTR', plusDays(day, 120)],
        ['INV_OPERATION', plusDays(day, 200)],
        ['POST_CAPACITY', plusDays(day, 300)],
      ]),
    );
    const submitted = await must<RoadmapBody>(akimat, 'POST', `/projects/${first.id}/roadmap/submit`, {});
    expect(submitted.status).toBe('NC_REVIEW');
    const notChamber = await chamber.post<{ code: string }>(`/projects/${first.id}/roadmap/approve`, {});
    expect(notChamber.status).toBe(403);
    const approved = await must<RoadmapBody>(nc, 'POST', `/projects/${first.id}/roadmap/approve`, {});
    expect(approved).toMatchObject({ status: 'APPROVED', roadmapStatus: 'WITH_ROADMAP' });
    expect((await akimat.getOk<ProjectBody>(`/projects/${first.id}`)).roadmapStatus).toBe('WITH_ROADMAP');

    // The late task: red on the dashboard, and the overdue job publishes it once.
    const tasks = Object.fromEntries((await akimat.getOk<{ items: TaskBody[] }>(`/projects/${first.id}/tasks`)).items.map((t) => [t.code, t]));
    expect(tasks.PRE_LAND).toMatchObject({ overdue: true, trafficLight: 'RED' });
    expect(tasks.PRE_FIN!.overdue).toBe(false);
    expect((await akimat.post(`/tasks/overdue-scan`, {})).status).toBe(403);
    await must(admin, 'POST', `/tasks/overdue-scan`, {});
    await must(admin, 'POST', `/tasks/overdue-scan`, {});
    await eventually(() => {
      const e = typesFor(first.id).filter((x) => x.env.type === 'implementation.task.became-overdue');
      if (e.length !== 1) throw new Error(`${e.length} became-overdue events`);
      expect(e[0]!.env.payload).toMatchObject({ taskId: tasks.PRE_LAND!.id, dueDate: plusDays(day, -1), regionCode: ALMATY });
    });

    // Tasks: the akimat records completion; the National Chamber validates the last task.
    const lateOne = await must<TaskBody>(akimat, 'POST', `/tasks/${tasks.PRE_LAND!.id}/start`, {});
    expect(lateOne.status).toBe('IN_PROGRESS');
    for (const code of ['PRE_LAND', 'PRE_FIN', 'INV_CONSTR', 'INV_OPERATION']) {
      const done = await must<TaskBody>(akimat, 'POST', `/tasks/${tasks[code]!.id}/complete`, { actualCompletionDate: day });
      expect(done).toMatchObject({ status: 'DONE', completedLate: code === 'PRE_LAND' });
    }
    const last = await must<TaskBody>(akimat, 'POST', `/tasks/${tasks.POST_CAPACITY!.id}/complete`, { actualCompletionDate: day });
    expect(last.status).toBe('AWAITING_VALIDATION');
    expect(last.validationDueOn! > day).toBe(true);
    expect((await akimat.post(`/tasks/${tasks.POST_CAPACITY!.id}/validate`, {})).status).toBe(403);
    const validated = await must<TaskBody>(chamber, 'POST', `/tasks/${tasks.POST_CAPACITY!.id}/validate`, {});
    expect(validated).toMatchObject({ status: 'DONE', validatedOn: day });

    const moved = await akimat.getOk<ProjectBody>(`/projects/${first.id}`);
    expect(moved).toMatchObject({ status: 'POST_INVESTMENT', validatedOn: day });
    const monitoring = await eventually(() => akimat.getOk<{ projectId: string; startsOn: string; status: string }>(`/monitoring/by-project/${first.id}`));
    expect(monitoring).toMatchObject({ projectId: first.id, startsOn: day, status: 'OPEN' });

    const expected = {
      'implementation.task.created': 5,
      'implementation.task.completed': 5,
      'implementation.task.validated': 1,
      'implementation.project.handed-to-task-force': 1,
      'implementation.project.transferred-to-post-investment': 1,
    };
    await eventually(() => {
      const types = typesFor(first.id).map((e) => e.env.type);
      const counts = Object.fromEntries(Object.keys(expected).map((k) => [k, types.filter((t) => t === k).length]));
      expect(counts).toEqual(expected);
    });
  });

  it('the National Company returns the roadmap; the akimat reworks it within 5 working days and resubmits; then it is approved', async () => {
    second = await convertedProject('Stamping plant');
    const day = second.createdOn;
    await must(akimat, 'PATCH', `/projects/${second.id}/passport`, PASSPORT_REST);
    await must(akimat, 'POST', `/projects/${second.id}/passport/complete`, {});
    await must(nc, 'POST', `/projects/${second.id}/roadmap/assign-mio`, {});
    const tooEarly = await akimat.post<{ code: string }>(`/projects/${second.id}/roadmap/resubmit`, {});
    expect({ status: tooEarly.status, code: tooEarly.body.code }).toEqual({ status: 409, code: 'WRONG_STATE' });
    await must(
      akimat,
      'PUT',
      `/projects/${second.id}/roadmap/draft`,
      roadmapDraft([
        ['PRE_LAND', plusDays(day, 10)],
        ['POST_CAPACITY', plusDays(day, 200)],
      ]),
    );
    await must(akimat, 'POST', `/projects/${second.id}/roadmap/submit`, {});
    const rejected = await must<RoadmapBody>(nc, 'POST', `/projects/${second.id}/roadmap/reject`, { reason: 'Add the construction stage' });
    expect(rejected.status).toBe('REWORK');
    expect(rejected.state.rejection?.reason).toBe('Add the construction stage');
    expect(rejected.state.reworkDueOn! > day).toBe(true);
    const approveInRework = await nc.post<{ code: string }>(`/projects/${second.id}/roadmap/approve`, {});
    expect({ status: approveInRework.status, code: approveInRework.body.code }).toEqual({ status: 409, code: 'WRONG_STATE' });
    const tasksBefore = await akimat.getOk<{ items: TaskBody[] }>(`/projects/${second.id}/tasks`);
    expect(tasksBefore.items.map((t) => t.code)).toEqual(['PRE_LAND', 'POST_CAPACITY']);

    await must(
      akimat,
      'PUT',
      `/projects/${second.id}/roadmap/draft`,
      roadmapDraft([
        ['PRE_LAND', plusDays(day, 10)],
        ['INV_CONSTR', plusDays(day, 100)],
        ['POST_CAPACITY', plusDays(day, 200)],
      ]),
    );
    const resubmitted = await must<RoadmapBody>(akimat, 'POST', `/projects/${second.id}/roadmap/resubmit`, {});
    expect(resubmitted.status).toBe('NC_REVIEW');
    const approved = await must<RoadmapBody>(nc, 'POST', `/projects/${second.id}/roadmap/approve`, {});
    expect(approved).toMatchObject({ status: 'APPROVED', roadmapStatus: 'WITH_ROADMAP', state: { version: 1 } });
    expect(approved.tasks.map((t) => t.code)).toEqual(['PRE_LAND', 'INV_CONSTR', 'POST_CAPACITY']);
    await eventually(() => {
      const created = typesFor(second.id).filter((e) => e.env.type === 'implementation.task.created');
      if (created.length !== 3) throw new Error(`${created.length} task.created events`);
    });
    const rejectedEvents = typesFor(second.id).filter((e) => e.env.type === 'implementation.roadmap.rejected');
    expect(rejectedEvents).toHaveLength(1);
  });

  it('scoping: the akimat of Astana cannot touch an Almaty project; an investor sees only its own company’s projects', async () => {
    const tasks = (await akimat.getOk<{ items: TaskBody[] }>(`/projects/${second.id}/tasks`)).items;
    expect((await astana.get(`/projects/${second.id}`)).status).toBe(404);
    expect((await astana.request('PATCH', `/projects/${second.id}/passport`, { jobs: 10 })).status).toBe(404);
    expect((await astana.request('PUT', `/projects/${second.id}/roadmap/draft`, roadmapDraft([['POST_CAPACITY', '2030-01-01']]))).status).toBe(404);
    expect((await astana.post(`/tasks/${tasks[0]!.id}/start`, {})).status).toBe(404);
    // The services read the whole attraction topic, so conversions of earlier test files are projects here too:
    // what matters is whose projects each caller sees.
    const astanaSees = (await astana.getOk<{ items: { id: string; regionCode: string }[] }>(`/projects?pageSize=200`)).items;
    expect(astanaSees.filter((p) => p.regionCode !== ASTANA)).toEqual([]);

    const mine = (await investor.getOk<{ items: { id: string; companyBin: string }[] }>(`/projects?pageSize=200`)).items;
    expect(mine.map((p) => p.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(mine.filter((p) => p.companyBin !== HYUNDAI_BIN)).toEqual([]);
    expect((await investor.getOk<{ status: string }>(`/projects/${second.id}/roadmap`)).status).toBe('APPROVED');
    const theirs = (await otherInvestor.getOk<{ items: { id: string; companyBin: string }[] }>(`/projects?pageSize=200`)).items;
    expect(theirs.filter((p) => p.companyBin !== OTHER_BIN)).toEqual([]);
    expect((await otherInvestor.get(`/projects/${second.id}`)).status).toBe(404);
    expect((await otherInvestor.get(`/projects/${second.id}/tasks`)).status).toBe(404);
    // An investor may not record progress (E000: not in its competence through the gateway).
    expect((await investor.post(`/tasks/${tasks[0]!.id}/start`, {})).status).toBe(403);
  });

  it('refuses bad input with 400 problem+json naming the field', async () => {
    const cases: [string, string, unknown, string][] = [
      ['PATCH', `/projects/${second.id}/passport`, { companyBin: '940740000138' }, 'companyBin'],
      ['PATCH', `/projects/${second.id}/passport`, { estimatedCost: { amount: '-1', currency: 'KZT' } }, 'estimatedCost.amount'],
      ['PATCH', `/projects/${second.id}/passport`, { contacts: [{ kind: 'BOSS', name: 'x', email: 'a@b.kz' }] }, 'contacts.0.kind'],
      ['PATCH', `/projects/${second.id}/passport`, {}, '$'],
      ['PUT', `/projects/${second.id}/roadmap/draft`, { stages: [] }, 'stages'],
      [
        'POST',
        `/projects`,
        {
          entryPath: 'P2',
          name: 'x',
          regionCode: '999999999',
          companyName: 'x',
          estimatedCost: { amount: '1', currency: 'KZT' },
          hasInvestmentContract: false,
        },
        'regionCode',
      ],
      [
        'POST',
        `/projects`,
        { entryPath: 'P9', name: 'x', regionCode: ALMATY, companyName: 'x', estimatedCost: { amount: '1', currency: 'KZT' }, hasInvestmentContract: false },
        'entryPath',
      ],
      ['POST', `/tasks/not-a-uuid/complete`, { actualCompletionDate: '2026-01-01' }, 'id'],
      [
        'POST',
        `/tasks/${(await akimat.getOk<{ items: TaskBody[] }>(`/projects/${second.id}/tasks`)).items[0]!.id}/complete`,
        { actualCompletionDate: '2026-02-30' },
        'actualCompletionDate',
      ],
    ];
    for (const [method, path, body, field] of cases) {
      const r = await akimat.request<{ status: number; field: string }>(method, path, body);
      expect({ path, status: r.status, field: r.body.field }).toEqual({ path, status: 400, field });
      expect(r.contentType).toContain('application/problem+json');
    }
  });
});
