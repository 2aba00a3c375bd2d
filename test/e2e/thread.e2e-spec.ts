import { randomBytes } from 'node:crypto';
import { EVENT_TOPICS } from '@ndip/domain';
import { uuidv7 } from '@ndip/platform/ids/uuid7';
import { startStack, type Stack } from '../../tools/dev/stack';
import { Api } from '../support/api';
import { eventually } from '../support/eventually';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';
import { TopicRecorder, produce } from '../support/kafka';
import { approvedRoadmap, completeAll, plusDays } from './implementation-flow';

/**
 * The foundation thread, end to end: PostgreSQL, Kafka and the five services as separate
 * processes; everything driven over HTTP through the gateway.
 * company → initiative → transfer to a region → officer → conversion → project (Module 2, pool)
 * → passport, roadmap approved by the National Company, tasks done and the last one validated by the
 * National Chamber → monitoring period (Module 3) → reporting counts.
 */
describe('NDIP thread: Module 1 → 2 → 3 → reporting', () => {
  const ALMATY = '750000000';
  const password = `Adm1n-${randomBytes(6).toString('hex')}`;
  let stack: Stack;
  let dbs: Record<string, string>;
  let admin: Api;
  let embassy: Api;
  let akimat: Api;
  let chamber: Api;
  let nc: Api;
  let akimatUserId: string;
  let recorder: TopicRecorder;

  beforeAll(async () => {
    const prefix = uniqueName('e2e');
    dbs = await createDatabases(prefix, ['attraction', 'implementation', 'post-investment', 'reporting', 'gateway'] as const);
    stack = await startStack({
      brokers: testInfra().brokers,
      pgUrls: dbs,
      basePort: testPortBase(100),
      gatewayPort: testPortBase(),
      groupPrefix: prefix,
      logDir: `.data/test/logs/${prefix}`,
      logLevel: 'warn',
      adminPassword: password,
      jwtSecret: randomBytes(32).toString('hex'),
      env: { NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000' },
      build: false,
    });
    recorder = await new TopicRecorder([EVENT_TOPICS.attraction, EVENT_TOPICS.implementation]).start();
    const anonymous = new Api(`${stack.gatewayUrl}/api/v1`);
    const login = async (login: string, pw: string): Promise<{ token: string; userId: string }> => {
      const r = await anonymous.post<{ accessToken: string; user: { id: string } }>('/auth/login', { login, password: pw });
      if (r.status !== 200) throw new Error(`login ${login}: ${r.status} ${JSON.stringify(r.body)}`);
      return { token: r.body.accessToken, userId: r.body.user.id };
    };
    admin = anonymous.as((await login('admin', password)).token);
    const org = async (body: Record<string, unknown>): Promise<string> => (await admin.ok<{ id: string }>('/organizations', body)).id;
    const fiOrg = await org({ type: 'FI', nameKk: 'ҚР-дың Сеулдегі елшілігі', nameRu: 'Посольство РК в Сеуле', nameEn: 'Embassy in Seoul', countryCode: 'KR' });
    const mioOrg = await org({
      type: 'MIO',
      nameKk: 'Алматы қаласының әкімдігі',
      nameRu: 'Акимат города Алматы',
      nameEn: 'Akimat of Almaty',
      regionCode: ALMATY,
    });
    const nchOrg = await org({ type: 'NCH', nameKk: '«Атамекен» ҰКП', nameRu: 'НПП «Атамекен»', nameEn: 'National Chamber Atameken' });
    const ncOrg = await org({ type: 'NC', nameKk: '«Kazakh Invest» ҰК', nameRu: 'НК «Kazakh Invest»', nameEn: 'National Company Kazakh Invest' });
    const user = async (login: string, organizationId: string): Promise<{ token: string; userId: string }> => {
      await admin.ok('/users', { login, password: 'Str0ng-passw0rd', fullName: login, organizationId });
      return loginAs(login);
    };
    const loginAs = (l: string): Promise<{ token: string; userId: string }> => login(l, 'Str0ng-passw0rd');
    embassy = anonymous.as((await user('embassy.seoul', fiOrg)).token);
    const mio = await user('akimat.almaty', mioOrg);
    akimat = anonymous.as(mio.token);
    akimatUserId = mio.userId;
    chamber = anonymous.as((await user('atameken', nchOrg)).token);
    nc = anonymous.as((await user('kazakh.invest', ncOrg)).token);
  });

  afterAll(async () => {
    await recorder?.stop();
    await stack?.stop();
  });

  it('drives an initiative through all modules and reporting counts it; replays create no second project', async () => {
    const countsBefore = await admin.getOk<{ regionCode: string; postInvestment: number }[]>('/reports/project-counts');
    const before = countsBefore.find((r) => r.regionCode === ALMATY)?.postInvestment ?? 0;

    const company = await embassy.ok<{ id: string }>('/companies', { name: 'Hyundai Motor Company', countryCode: 'KR', sector: 'C29' });
    const initiative = await embassy.ok<{ initiativeId: string; status: string }>('/initiatives', {
      companyId: company.id,
      title: 'Automotive components plant',
    });
    expect(initiative.status).toBe('DRAFT');
    const id = initiative.initiativeId;

    const transferred = await embassy.ok<{ status: string; regionCode: string; actionDueOn: string; transferredOn: string }>(`/initiatives/${id}/transfer`, {
      regionCode: ALMATY,
    });
    expect(transferred).toMatchObject({ status: 'TRANSFERRED', regionCode: ALMATY });
    expect(transferred.actionDueOn > transferred.transferredOn).toBe(true);

    await akimat.ok(`/initiatives/${id}/assign-officer`, { officerUserId: akimatUserId });
    // 200 billion tenge = 200e9 / 4 325 ≈ 46.2 M MCI ≥ 150 000 MCI → national pool (MCI of the conversion year).
    const converted = await akimat.ok<{ status: string }>(`/initiatives/${id}/convert`, {
      projectName: 'Automotive components plant, Almaty',
      companyBin: '940740000139',
      investmentAmountKzt: '200000000000',
      hasInvestmentContract: false,
    });
    expect(converted.status).toBe('CONVERTED');

    type Project = {
      id: string;
      initiativeId: string;
      pool: { pool: string; mciYear: number; mciValue: number };
      status: string;
      regionCode: string;
      createdOn: string;
    };
    const project = await eventually(async () => {
      const page = await akimat.getOk<{ items: Project[] }>(`/projects?regionCode=${ALMATY}&pageSize=200`);
      const p = page.items.find((x) => x.initiativeId === id);
      if (!p) throw new Error('project not created yet');
      return p;
    });
    expect(project.pool.pool).toBe('NATIONAL');
    expect(project.status).toBe('IMPLEMENTATION');

    // Module 2: the akimat completes the passport and forms the roadmap, the National Company approves it,
    // the akimat completes the tasks and the National Chamber validates the last one → Module 3.
    const day = project.createdOn;
    await approvedRoadmap(akimat, nc, project.id, [
      ['PRE_LAND', plusDays(day, 30)],
      ['INV_CONSTR', plusDays(day, 180)],
      ['POST_CAPACITY', plusDays(day, 365)],
    ]);
    await completeAll(akimat, chamber, project.id, day);
    const completed = await akimat.getOk<{ status: string }>(`/projects/${project.id}`);
    expect(completed.status).toBe('POST_INVESTMENT');

    const monitoring = await eventually(() =>
      akimat.getOk<{ projectId: string; startsOn: string; endsOn: string; status: string }>(`/monitoring/by-project/${project.id}`),
    );
    expect(monitoring.status).toBe('OPEN');
    expect(Number(monitoring.endsOn.slice(0, 4)) - Number(monitoring.startsOn.slice(0, 4))).toBe(3);

    await eventually(async () => {
      const counts = await admin.getOk<{ regionCode: string; postInvestment: number }[]>('/reports/project-counts');
      const after = counts.find((r) => r.regionCode === ALMATY)?.postInvestment ?? 0;
      if (after !== before + 1) throw new Error(`post-investment count ${after}, expected ${before + 1}`);
    });

    // Replay the conversion event: the same message again (same event id), then a copy under a new
    // event id (same initiative). Both on the initiative's key, so they land in order on one partition.
    const original = await eventually(() => {
      const e = recorder.envelopes().find((x) => x.env.type === 'attraction.initiative.converted' && x.env.payload.initiativeId === id);
      if (!e) throw new Error('conversion event not seen on the topic');
      return e;
    });
    const copyId = uuidv7();
    await produce(EVENT_TOPICS.attraction, [
      { key: original.message.key, value: original.message.value },
      { key: original.message.key, value: JSON.stringify({ ...original.env, id: copyId }) },
    ]);
    await eventually(async () => {
      const rows = await query(dbs.implementation!, `SELECT 1 FROM inbox WHERE event_id = $1`, [copyId]);
      if (rows.length !== 1) throw new Error('the replayed copy has not been consumed yet');
    });
    const projects = await query<{ n: number }>(dbs.implementation!, `SELECT count(*)::int AS n FROM project WHERE initiative_id = $1`, [id]);
    expect(projects[0]!.n).toBe(1);
    const inbox = await query<{ n: number }>(dbs.implementation!, `SELECT count(*)::int AS n FROM inbox WHERE event_id = $1`, [original.env.id]);
    expect(inbox[0]!.n).toBe(1);
    const created = recorder.envelopes().filter((x) => x.env.type === 'implementation.project.created' && x.env.payload.initiativeId === id);
    expect(created).toHaveLength(1);
  });

  it('refuses bad input with 400 problem+json naming the field, and changes nothing', async () => {
    const company = await embassy.ok<{ id: string }>('/companies', { name: 'Samsung C&T', countryCode: 'KR' });
    const initiative = await embassy.ok<{ initiativeId: string }>('/initiatives', { companyId: company.id, title: 'Solar park' });
    const id = initiative.initiativeId;

    const badTransfer = await embassy.post<{ code: string; field: string; status: number }>(`/initiatives/${id}/transfer`, { regionCode: 'Almaty' });
    expect(badTransfer.status).toBe(400);
    expect(badTransfer.contentType).toContain('application/problem+json');
    expect(badTransfer.body).toMatchObject({ status: 400, code: 'INVALID_INPUT', field: 'regionCode' });

    const unknownRegion = await embassy.post<{ code: string; field: string }>(`/initiatives/${id}/transfer`, { regionCode: '999999999' });
    expect(unknownRegion.status).toBe(400);
    expect(unknownRegion.body.field).toBe('regionCode');

    await embassy.ok(`/initiatives/${id}/transfer`, { regionCode: ALMATY });
    await akimat.ok(`/initiatives/${id}/assign-officer`, { officerUserId: akimatUserId });
    const before = await akimat.getOk<{ status: string; version: number }>(`/initiatives/${id}`);

    const cases: [Record<string, unknown>, string][] = [
      [{ projectName: 'Solar park', companyBin: '940740000138', investmentAmountKzt: '5000000000', hasInvestmentContract: false }, 'companyBin'],
      [{ projectName: 'Solar park', companyBin: '940740000139', investmentAmountKzt: '-5', hasInvestmentContract: false }, 'investmentAmountKzt'],
      [{ projectName: 'Solar park', companyBin: '940740000139', investmentAmountKzt: '5000000000', hasInvestmentContract: 'no' }, 'hasInvestmentContract'],
      [{ companyBin: '940740000139', investmentAmountKzt: '5000000000', hasInvestmentContract: false }, 'projectName'],
      [{ projectName: 'Solar park', companyBin: '940740000139', investmentAmountKzt: '5000000000', hasInvestmentContract: false, pool: 'NATIONAL' }, 'pool'],
    ];
    for (const [body, field] of cases) {
      const r = await akimat.post<{ code: string; field: string; title: string }>(`/initiatives/${id}/convert`, body, { 'accept-language': 'kk' });
      expect({ status: r.status, field: r.body.field, code: r.body.code }).toEqual({ status: 400, field, code: 'INVALID_INPUT' });
      expect(r.contentType).toContain('application/problem+json');
      expect(r.body.title).toBe('Сұрау дұрыс емес');
    }
    const malformed = await akimat.request<{ field: string }>('POST', `/initiatives/${id}/convert`, '{"projectName": ', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    expect(malformed.contentType).toContain('application/problem+json');
    const validBody = { projectName: 'Solar park', companyBin: '940740000139', investmentAmountKzt: '5000000000', hasInvestmentContract: false };
    const badId = await akimat.post<{ field: string }>(`/initiatives/not-a-uuid/convert`, validBody);
    expect({ status: badId.status, field: badId.body.field }).toEqual({ status: 400, field: 'id' });

    const after = await akimat.getOk<{ status: string; version: number }>(`/initiatives/${id}`);
    expect(after).toEqual(before);
    const projects = await query<{ n: number }>(dbs.implementation!, `SELECT count(*)::int AS n FROM project WHERE initiative_id = $1`, [id]);
    expect(projects[0]!.n).toBe(0);
    const outbox = await query<{ n: number }>(
      dbs.attraction!,
      `SELECT count(*)::int AS n FROM outbox WHERE aggregateid = $1 AND type = 'attraction.initiative.converted'`,
      [id],
    );
    expect(outbox[0]!.n).toBe(0);

    const noCompany = await embassy.post<{ field: string }>('/companies', { countryCode: 'KR' });
    expect({ status: noCompany.status, field: noCompany.body.field }).toEqual({ status: 400, field: 'name' });
  });

  it('checks who may call: no token 401, wrong role 403, another region 404', async () => {
    const anonymous = new Api(`${stack.gatewayUrl}/api/v1`);
    expect((await anonymous.get('/projects')).status).toBe(401);
    const wrongRole = await akimat.post<{ code: string }>('/companies', { name: 'X', countryCode: 'KR' });
    expect(wrongRole.status).toBe(403);
    expect(wrongRole.contentType).toContain('application/problem+json');
    const notAdmin = await embassy.post('/organizations', { type: 'MIO', nameKk: 'a', nameRu: 'a', nameEn: 'a', regionCode: ALMATY });
    expect(notAdmin.status).toBe(403);

    // An akimat of another region does not see Almaty's initiative, nor may it act on it.
    const astana = await admin.ok<{ id: string }>('/organizations', {
      type: 'MIO',
      nameKk: 'Астана әкімдігі',
      nameRu: 'Акимат Астаны',
      nameEn: 'Akimat of Astana',
      regionCode: '710000000',
    });
    await admin.ok('/users', { login: 'akimat.astana', password: 'Str0ng-passw0rd', fullName: 'Astana', organizationId: astana.id });
    const login = await anonymous.post<{ accessToken: string }>('/auth/login', { login: 'akimat.astana', password: 'Str0ng-passw0rd' });
    const otherAkimat = anonymous.as(login.body.accessToken);
    const company = await embassy.ok<{ id: string }>('/companies', { name: 'LG Chem', countryCode: 'KR' });
    const initiative = await embassy.ok<{ initiativeId: string }>('/initiatives', { companyId: company.id, title: 'Polymers' });
    await embassy.ok(`/initiatives/${initiative.initiativeId}/transfer`, { regionCode: ALMATY });
    expect((await otherAkimat.get(`/initiatives/${initiative.initiativeId}`)).status).toBe(404);
    expect((await otherAkimat.post(`/initiatives/${initiative.initiativeId}/assign-officer`, { officerUserId: akimatUserId })).status).toBe(404);
    expect((await akimat.get(`/initiatives/${initiative.initiativeId}`)).status).toBe(200);

    const wrongPassword = await anonymous.post<{ code: string }>('/auth/login', { login: 'akimat.astana', password: 'wrong-password-1' });
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.body.code).toBe('UNAUTHENTICATED');
  });
});
