import { randomBytes } from 'node:crypto';
import { ensureTopics } from '@ndip/platform/kafka/kafka-client';
import { startStack, type Stack } from '../../tools/dev/stack';
import { Api } from '../support/api';
import { eventually } from '../support/eventually';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';

/** Server-sent events read from a gateway stream (fetch, so that the bearer token can be sent). */
class EventStream {
  readonly events: { event: string; data: unknown }[] = [];
  status = 0;
  contentType = '';
  body = '';
  private readonly abort = new AbortController();
  private buffer = '';

  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  async open(): Promise<this> {
    const res = await fetch(this.url, { headers: { authorization: `Bearer ${this.token}`, accept: 'text/event-stream' }, signal: this.abort.signal });
    this.status = res.status;
    this.contentType = res.headers.get('content-type') ?? '';
    if (res.status !== 200) {
      this.body = await res.text();
      return this;
    }
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          this.buffer += decoder.decode(value, { stream: true });
          let cut: number;
          while ((cut = this.buffer.indexOf('\n\n')) >= 0) {
            const block = this.buffer.slice(0, cut);
            this.buffer = this.buffer.slice(cut + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event && data) this.events.push({ event, data: JSON.parse(data) });
          }
        }
      } catch {
        /* aborted */
      }
    })();
    return this;
  }

  close(): void {
    this.abort.abort();
  }
}

/**
 * Module 1 through the gateway with all services running: meeting, visit and AB decision, the
 * initiative at the akimat with one extension, the live chat, the conversion into a Module 2 project;
 * §9.3 scoping between countries and regions; bad input refused with the field and nothing written.
 */
describe('Module 1 "Attraction" end to end', () => {
  const ALMATY = '750000000';
  const ASTANA = '710000000';
  const password = `Adm1n-${randomBytes(6).toString('hex')}`;
  const tag = randomBytes(4).toString('hex');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  let stack: Stack;
  let dbs: Record<string, string>;
  const api: Record<string, Api> = {};
  const tokens: Record<string, string> = {};
  const userIds: Record<string, string> = {};
  // shared between the tests of the flow
  let companyId: string;
  let initiativeId: string;

  beforeAll(async () => {
    const prefix = uniqueName('e2e_m1');
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
      env: { NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000' },
      build: false,
    });
    const anonymous = new Api(`${stack.gatewayUrl}/api/v1`);
    const login = async (l: string, pw: string): Promise<void> => {
      const r = await anonymous.post<{ accessToken: string; user: { id: string } }>('/auth/login', { login: l, password: pw });
      if (r.status !== 200) throw new Error(`login ${l}: ${r.status} ${JSON.stringify(r.body)}`);
      tokens[l] = r.body.accessToken;
      userIds[l] = r.body.user.id;
      api[l] = anonymous.as(r.body.accessToken);
    };
    await login('admin', password);
    const orgs: [string, Record<string, unknown>][] = [
      ['seoul', { type: 'FI', nameKk: 'ҚР-дың Сеулдегі елшілігі', nameRu: 'Посольство РК в Сеуле', nameEn: 'Embassy in Seoul', countryCode: 'KR' }],
      ['berlin', { type: 'FI', nameKk: 'ҚР-дың Берлиндегі елшілігі', nameRu: 'Посольство РК в Берлине', nameEn: 'Embassy in Berlin', countryCode: 'DE' }],
      ['busan', { type: 'FI', nameKk: 'ҚР-дың Пусандағы консулдығы', nameRu: 'Консульство РК в Пусане', nameEn: 'Consulate in Busan', countryCode: 'KR' }],
      ['almaty', { type: 'MIO', nameKk: 'Алматы қаласының әкімдігі', nameRu: 'Акимат города Алматы', nameEn: 'Akimat of Almaty', regionCode: ALMATY }],
      ['astana', { type: 'MIO', nameKk: 'Астана қаласының әкімдігі', nameRu: 'Акимат города Астаны', nameEn: 'Akimat of Astana', regionCode: ASTANA }],
      ['ab', { type: 'AB', nameKk: 'Инвестициялар комитеті', nameRu: 'Комитет по инвестициям МИД РК', nameEn: 'Investment Committee, MFA' }],
    ];
    for (const [key, body] of orgs) {
      const org = await api.admin!.ok<{ id: string }>('/organizations', body);
      await api.admin!.ok('/users', { login: `${key}.${tag}`, password: 'Str0ng-passw0rd', fullName: key, organizationId: org.id });
      await login(`${key}.${tag}`, 'Str0ng-passw0rd');
      api[key] = api[`${key}.${tag}`]!;
      tokens[key] = tokens[`${key}.${tag}`]!;
      userIds[key] = userIds[`${key}.${tag}`]!;
    }
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('meeting → visit approved by AB → initiative at the akimat → one extension → live chat → conversion → project in Module 2', async () => {
    const { seoul, ab, almaty, astana } = api as Record<string, Api>;
    const company = await seoul!.ok<{ id: string }>('/companies', {
      name: `Hyundai Mobis ${tag}`,
      countryCode: 'KR',
      sector: 'C29',
      size: 'LARGE',
      global2000: true,
      global2000Year: 2025,
    });
    companyId = company.id;
    const meeting = await seoul!.ok<{ meetingId: string }>('/meetings', {
      companyId,
      heldOn: today,
      place: 'Seoul, COEX',
      eventKind: 'INTERNATIONAL_EVENT',
      participants: ['Ambassador', 'VP Hyundai Mobis'],
      subjectOfInterest: 'Components plant',
      projectParameters: { investmentAmount: '150000000', currency: 'USD', jobs: 600 },
      investorExpectations: 'Land with utilities',
      agreementsReached: 'Visit to Kazakhstan',
    });

    const visit = await seoul!.ok<{ visitId: string; status: string }>('/visits', {
      companyId,
      plannedFrom: today,
      plannedTo: today,
      purposes: ['Site selection'],
      stateBodies: ['Ministry of Industry and Construction'],
    });
    expect(visit.status).toBe('PROPOSED');
    const notAb = await seoul!.post<{ code: string }>(`/visits/${visit.visitId}/approve`, {});
    expect({ status: notAb.status, contentType: notAb.contentType.split(';')[0] }).toEqual({ status: 403, contentType: 'application/problem+json' });
    expect((await ab!.ok<{ status: string }>(`/visits/${visit.visitId}/approve`, { reason: 'strategic investor' })).status).toBe('APPROVED');
    expect(
      (await almaty!.ok<{ status: string }>(`/visits/${visit.visitId}/programme`, { programme: 'Day 1: industrial zone', participants: ['Deputy akim'] }))
        .status,
    ).toBe('PROGRAMME_READY');
    const done = await seoul!.ok<{ status: string; initiativeDueOn: string }>(`/visits/${visit.visitId}/complete`, {
      visitEndedOn: today,
      agreements: 'MoU on a components plant',
    });
    expect(done.status).toBe('COMPLETED');

    const initiative = await seoul!.ok<{ initiativeId: string; status: string; transferDueOn: string }>('/initiatives', {
      companyId,
      title: 'Automotive components plant',
      visitId: visit.visitId,
      meetingIds: [meeting.meetingId],
    });
    expect(initiative).toMatchObject({ status: 'DRAFT', transferDueOn: done.initiativeDueOn });
    initiativeId = initiative.initiativeId;
    const transferred = await seoul!.ok<{ status: string; actionDueOn: string; transferredLate: boolean }>(`/initiatives/${initiativeId}/transfer`, {
      regionCode: ALMATY,
    });
    expect(transferred).toMatchObject({ status: 'TRANSFERRED', transferredLate: false });
    expect((await seoul!.getOk<{ status: string }>(`/visits/${visit.visitId}`)).status).toBe('INITIATIVE_TRANSFERRED');

    await almaty!.ok(`/initiatives/${initiativeId}/assign-officer`, { officerUserId: userIds.almaty });
    const extended = await almaty!.ok<{ status: string; actionDueOn: string; originalDueOn: string }>(`/initiatives/${initiativeId}/extend`, {
      reason: 'Waiting for the feasibility study',
    });
    expect(extended.status).toBe('EXTENDED');
    expect(extended.actionDueOn > extended.originalDueOn).toBe(true);
    const second = await almaty!.post<{ status: number; code: string; title: string; detail: string }>(
      `/initiatives/${initiativeId}/extend`,
      {},
      { 'accept-language': 'en' },
    );
    expect(second.status).toBe(409);
    expect(second.contentType).toContain('application/problem+json');
    expect(second.body).toMatchObject({ status: 409, code: 'WRONG_STATE', title: 'Not allowed in the current status' });

    // live chat: the akimat follows the stream; another akimat may not open it
    const base = `${stack.gatewayUrl}/api/v1/initiatives/${initiativeId}/chat/stream`;
    const denied = await new EventStream(base, tokens.astana!).open();
    expect({ status: denied.status, contentType: denied.contentType.split(';')[0] }).toEqual({ status: 404, contentType: 'application/problem+json' });
    const stream = await new EventStream(base, tokens.almaty!).open();
    try {
      expect(stream.status).toBe(200);
      expect(stream.contentType).toContain('text/event-stream');
      await eventually(() => {
        if (!stream.events.some((e) => e.event === 'ready')) throw new Error('stream not ready');
      });
      const posted = await seoul!.ok<{ id: string }>(`/initiatives/${initiativeId}/chat/messages`, { body: 'The investor arrives on Monday' });
      const live = await eventually(() => {
        const e = stream.events.find((x) => x.event === 'message');
        if (!e) throw new Error('message not streamed yet');
        return e.data as Record<string, unknown>;
      });
      expect(live).toMatchObject({ id: posted.id, initiativeId, body: 'The investor arrives on Monday', authorRole: 'FI' });
      expect((await astana!.post(`/initiatives/${initiativeId}/chat/messages`, { body: 'x' })).status).toBe(404);
      const chat = await almaty!.getOk<{ items: { id: string }[]; total: number; read: { unread: number } }>(`/initiatives/${initiativeId}/chat/messages`);
      expect(chat).toMatchObject({ total: 1, read: { unread: 1 } });
      expect(await almaty!.ok(`/initiatives/${initiativeId}/chat/read`, { upToMessageId: posted.id })).toMatchObject({ unread: 0 });
    } finally {
      stream.close();
    }

    const converted = await almaty!.ok<{ status: string }>(`/initiatives/${initiativeId}/convert`, {
      projectName: 'Automotive components plant, Almaty',
      companyBin: '940740000139',
      investmentAmountKzt: '75000000000',
      hasInvestmentContract: true,
    });
    expect(converted.status).toBe('CONVERTED');
    type Project = Record<string, unknown> & { initiativeId: string };
    const project = await eventually(async () => {
      const page = await almaty!.getOk<{ items: Project[] }>(`/projects?regionCode=${ALMATY}&pageSize=200`);
      const p = page.items.find((x) => x.initiativeId === initiativeId);
      if (!p) throw new Error('project not created yet');
      return p;
    });
    expect(project).toMatchObject({
      initiativeId,
      companyId,
      companyName: `Hyundai Mobis ${tag}`,
      companyBin: '940740000139',
      name: 'Automotive components plant, Almaty',
      sector: 'C29',
      regionCode: ALMATY,
      investmentAmountKzt: '75000000000',
      hasInvestmentContract: true,
    });
  });

  it('§9.3: another country’s embassy neither reads nor changes the company and initiative; an akimat sees only what was transferred to it', async () => {
    const { seoul, berlin, almaty, astana } = api as Record<string, Api>;
    const other = await seoul!.ok<{ initiativeId: string }>('/initiatives', { companyId, title: `Second plant ${tag}` });
    expect((await berlin!.get(`/companies/${companyId}`)).status).toBe(404);
    expect((await berlin!.request('PATCH', `/companies/${companyId}`, { size: 'SMALL' })).status).toBe(404);
    expect((await berlin!.post(`/companies/${companyId}/contacts`, { fullName: 'Spy' })).status).toBe(404);
    const berlinList = await berlin!.getOk<{ items: { id: string }[] }>(`/companies?q=${tag}`);
    expect(berlinList.items).toEqual([]);
    expect((await berlin!.get(`/initiatives/${initiativeId}`)).status).toBe(404);
    expect((await berlin!.post(`/initiatives/${other.initiativeId}/transfer`, { regionCode: ALMATY })).status).toBe(404);
    const berlinInitiatives = await berlin!.getOk<{ items: { initiativeId: string }[] }>('/initiatives?countryCode=KR&pageSize=200');
    expect(berlinInitiatives.items.map((i) => i.initiativeId)).not.toContain(initiativeId);
    expect((await seoul!.getOk<{ size: string }>(`/companies/${companyId}`)).size).toBe('LARGE');

    // the untransferred initiative: not the akimat's; the transferred one: Almaty's, not Astana's
    expect((await almaty!.get(`/initiatives/${other.initiativeId}`)).status).toBe(404);
    const almatyList = await almaty!.getOk<{ items: { initiativeId: string; regionCode: string }[] }>('/initiatives?pageSize=200');
    expect(almatyList.items.map((i) => i.initiativeId)).toContain(initiativeId);
    expect(almatyList.items.map((i) => i.initiativeId)).not.toContain(other.initiativeId);
    expect(almatyList.items.every((i) => i.regionCode === ALMATY)).toBe(true);
    const astanaList = await astana!.getOk<{ items: { initiativeId: string }[] }>('/initiatives?pageSize=200');
    expect(astanaList.items.map((i) => i.initiativeId)).not.toContain(initiativeId);
    expect((await astana!.get(`/initiatives/${initiativeId}`)).status).toBe(404);
    expect((await almaty!.get('/companies')).status).toBe(403);
  });

  it('bad input: 400 problem+json naming the field, and nothing written', async () => {
    const { seoul } = api as Record<string, Api>;
    const name = `Bad input ${tag}`;
    const cases: [string, Record<string, unknown>, string][] = [
      ['/companies', { name, countryCode: 'XX' }, 'countryCode'],
      ['/companies', { countryCode: 'KR' }, 'name'],
      ['/companies', { name: `${name} ${'x'.repeat(300)}`, countryCode: 'KR' }, 'name'],
      [
        '/meetings',
        {
          companyId,
          heldOn: today,
          place: name,
          eventKind: 'OTHER',
          participants: ['x'],
          subjectOfInterest: 'y',
          projectParameters: { investmentAmount: '-5', currency: 'USD' },
        },
        'projectParameters.investmentAmount',
      ],
      [
        '/meetings',
        { companyId, heldOn: today, place: name, eventKind: 'OTHER', participants: ['x'], subjectOfInterest: 'y'.repeat(2001) },
        'subjectOfInterest',
      ],
      ['/visits', { companyId, plannedFrom: '2026-05-10', plannedTo: '2026-05-01', purposes: [name], stateBodies: ['x'] }, 'plannedTo'],
      ['/initiatives', { companyId, title: 't'.repeat(501) }, 'title'],
    ];
    for (const [path, body, field] of cases) {
      const r = await seoul!.post<{ status: number; code: string; field: string }>(path, body);
      expect({ path, status: r.status, type: r.contentType.split(';')[0], code: r.body.code, field: r.body.field }).toEqual({
        path,
        status: 400,
        type: 'application/problem+json',
        code: 'INVALID_INPUT',
        field,
      });
    }
    expect((await seoul!.getOk<{ total: number }>(`/companies?q=${encodeURIComponent(name)}`)).total).toBe(0);
    expect((await seoul!.getOk<{ total: number }>(`/meetings?companyId=${companyId}`)).total).toBe(1);
    const rows = await query<{ n: number }>(dbs.attraction!, `SELECT count(*)::int AS n FROM visit WHERE state->'purposes' ? $1`, [name]);
    expect(rows[0]!.n).toBe(0);
    const long = await query<{ n: number }>(dbs.attraction!, `SELECT count(*)::int AS n FROM initiative WHERE length(title) > 500 OR title LIKE $1`, [
      `${name}%`,
    ]);
    expect(long[0]!.n).toBe(0);
    const labels = await seoul!.getOk<{ initiativeStatuses: Record<string, { kk: string; ru: string; en: string }> }>('/reference/attraction');
    expect(labels.initiativeStatuses.EXTENDED).toEqual({ kk: 'Мерзімі ұзартылды', ru: 'Срок продлён', en: 'Extended' });
  });
  it('PATCH of contact and meeting cards and the AB override of a failed KYC check: happy path, 400 naming the field, 403 for others', async () => {
    const { seoul, busan, berlin, almaty, ab } = api as Record<string, Api>;
    const problem = (r: { status: number; contentType: string; body: unknown }) => {
      const b = r.body as { code?: string; field?: string };
      return { status: r.status, type: r.contentType.split(';')[0], code: b.code, field: b.field };
    };
    const company = await seoul!.ok<{ id: string }>('/companies', { name: `Samsung C&T ${tag}`, countryCode: 'KR', sector: 'F41' });

    // Contact card: the recording embassy edits it; bad input names the field; others are refused.
    const contact = await seoul!.ok<{ id: string }>(`/companies/${company.id}/contacts`, { fullName: 'Lee Jae-won', position: 'Manager' });
    const contactPath = `/companies/${company.id}/contacts/${contact.id}`;
    const edited = await seoul!.request<{ position: string | null; email: string | null; fullName: string }>('PATCH', contactPath, {
      position: 'Vice President, Overseas Investment',
      email: 'jaewon.lee@example.com',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ fullName: 'Lee Jae-won', position: 'Vice President, Overseas Investment', email: 'jaewon.lee@example.com' });
    expect(problem(await seoul!.request('PATCH', contactPath, { email: 'not-an-address' }))).toEqual({
      status: 400,
      type: 'application/problem+json',
      code: 'INVALID_INPUT',
      field: 'email',
    });
    expect(problem(await seoul!.request('PATCH', contactPath, { fullName: 'x'.repeat(301) }))).toMatchObject({ status: 400, field: 'fullName' });
    expect(problem(await almaty!.request('PATCH', contactPath, { position: 'Akimat edit' }))).toMatchObject({ status: 403, type: 'application/problem+json' });
    expect(problem(await ab!.request('PATCH', contactPath, { position: 'AB edit' }))).toMatchObject({ status: 403 });
    // Another embassy of the same country sees the card but did not create the contact.
    expect(problem(await busan!.request('PATCH', contactPath, { position: 'Consulate edit' }))).toMatchObject({ status: 403, code: 'WRONG_ROLE' });
    expect((await berlin!.request('PATCH', contactPath, { position: 'Berlin edit' })).status).toBe(404);
    const contacts = await seoul!.getOk<{ items: { id: string; position: string | null; email: string | null }[] }>(`/companies/${company.id}/contacts`);
    expect(contacts.items.find((c) => c.id === contact.id)).toMatchObject({
      position: 'Vice President, Overseas Investment',
      email: 'jaewon.lee@example.com',
    });

    // Meeting card: the same rules.
    const meeting = await seoul!.ok<{ meetingId: string }>('/meetings', {
      companyId: company.id,
      heldOn: today,
      place: 'Seoul, Lotte Hotel',
      eventKind: 'OTHER',
      participants: ['Counsellor', 'Samsung C&T'],
      subjectOfInterest: 'Logistics hub',
    });
    const meetingPath = `/meetings/${meeting.meetingId}`;
    const corrected = await seoul!.request<{ place: string; agreementsReached: string | null }>('PATCH', meetingPath, {
      place: 'Seoul, Embassy of Kazakhstan',
      agreementsReached: 'Site visit in spring',
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ place: 'Seoul, Embassy of Kazakhstan', agreementsReached: 'Site visit in spring' });
    expect(problem(await seoul!.request('PATCH', meetingPath, { heldOn: '2026-02-30' }))).toEqual({
      status: 400,
      type: 'application/problem+json',
      code: 'INVALID_INPUT',
      field: 'heldOn',
    });
    expect(problem(await seoul!.request('PATCH', meetingPath, { participants: [] }))).toMatchObject({ status: 400, field: 'participants' });
    expect(problem(await seoul!.request('PATCH', meetingPath, { eventKind: 'PARTY' }))).toMatchObject({ status: 400, field: 'eventKind' });
    expect(problem(await almaty!.request('PATCH', meetingPath, { place: 'Akimat' }))).toMatchObject({ status: 403 });
    expect(problem(await busan!.request('PATCH', meetingPath, { place: 'Busan' }))).toMatchObject({ status: 403, code: 'WRONG_ROLE' });
    expect((await seoul!.getOk<{ place: string }>(meetingPath)).place).toBe('Seoul, Embassy of Kazakhstan');

    // KYC: a failed check blocks the initiative until the authorized body overrides it with a reason.
    await seoul!.ok(`/companies/${company.id}/kyc/start`, { performer: 'Compliance desk' });
    await seoul!.ok(`/companies/${company.id}/kyc/complete`, { outcome: 'FAILED', findings: 'adverse media' });
    expect(problem(await seoul!.post('/initiatives', { companyId: company.id, title: `Logistics hub ${tag}` }))).toMatchObject({
      status: 409,
      field: 'kycStatus',
    });
    const kycPath = `/companies/${company.id}/kyc/override`;
    expect(problem(await seoul!.post(kycPath, { reason: 'We vouch for them' }))).toMatchObject({ status: 403, type: 'application/problem+json' });
    expect(problem(await ab!.post(kycPath, { reason: '' }))).toEqual({ status: 400, type: 'application/problem+json', code: 'INVALID_INPUT', field: 'reason' });
    const overridden = await ab!.post<{ status: string; override: { reason: string } }>(kycPath, { reason: 'The adverse media concerned a namesake' });
    expect(overridden.status).toBe(200);
    expect(overridden.body).toMatchObject({ status: 'FAILED', override: { reason: 'The adverse media concerned a namesake' } });
    expect(problem(await ab!.post(kycPath, { reason: 'again' }))).toMatchObject({ status: 409, code: 'CONFLICT' });
    expect((await seoul!.post<{ status: string }>('/initiatives', { companyId: company.id, title: `Logistics hub ${tag}` })).status).toBe(201);
  });
});
