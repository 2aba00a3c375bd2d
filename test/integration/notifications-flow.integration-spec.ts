import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { EVENT_TOPICS, addWorkingDays } from '@ndip/domain';
import { uuidv7 } from '@ndip/platform';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';
import { ServiceProcess } from '../../tools/dev/stack';
import { Api } from '../support/api';
import { eventually } from '../support/eventually';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';
import { TopicRecorder, produce } from '../support/kafka';

/**
 * Notifications and reminders (issue #12) on the real gateway process, PostgreSQL and Kafka, with a real SMTP
 * receiver (smtp-server) in this process whose mail is parsed with postal-mime. The upstream events are real
 * envelopes produced to the services' topics, exactly as the services' outbox relays publish them.
 */

interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

class SmtpReceiver {
  readonly mails: Mail[] = [];
  private server: SMTPServer | null = null;

  async start(port: number): Promise<number> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          PostalMime.parse(Buffer.concat(chunks))
            .then((email) => {
              for (const rcpt of session.envelope.rcptTo) {
                this.mails.push({ to: rcpt.address, subject: email.subject ?? '', text: email.text ?? '', html: email.html ?? '' });
              }
              callback();
            })
            .catch((e: Error) => callback(e));
        });
      },
    });
    const server = this.server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    return (server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  to(address: string): Mail[] {
    return this.mails.filter((m) => m.to === address);
  }
}

interface Notice {
  id: string;
  type: string;
  title: string;
  body: string;
  link: string | null;
  recordType: string | null;
  recordId: string | null;
  dueOn: string | null;
  readAt: string | null;
}

type Page = { items: Notice[]; total: number; unread: number };

const REGION = '790000000';
const ADMIN_PASSWORD = `Adm1n-${randomBytes(6).toString('hex')}`;
const PASSWORD = 'Str0ng-passw0rd!';
const INVESTOR_BIN = '940740000139';

function envelope(producer: string, aggregateType: string, aggregateId: string, type: string, payload: object, ruleEdition: 'E000' | 'E001' = 'E000'): string {
  return JSON.stringify({
    id: uuidv7(),
    type,
    version: 1,
    occurredAt: new Date().toISOString(),
    producer,
    aggregateType,
    aggregateId,
    correlationId: randomUUID(),
    causationId: null,
    actor: { userId: randomUUID(), organizationId: randomUUID(), role: 'NC' },
    ruleEdition,
    payload,
  });
}

async function publish(
  service: 'attraction' | 'implementation' | 'post-investment' | 'reporting',
  aggregateType: string,
  aggregateId: string,
  type: string,
  payload: object,
  ruleEdition: 'E000' | 'E001' = 'E000',
): Promise<void> {
  await produce(EVENT_TOPICS[service], [{ key: aggregateId, value: envelope(service, aggregateType, aggregateId, type, payload, ruleEdition) }]);
}

/** Reads a server-sent event stream and keeps its events. */
class SseClient {
  readonly events: { event: string; data: unknown }[] = [];
  private readonly abort = new AbortController();

  async open(url: string, token: string): Promise<void> {
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: this.abort.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buf = '';
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buf += decoder.decode(value, { stream: true });
          let i: number;
          while ((i = buf.indexOf('\n\n')) >= 0) {
            const block = buf.slice(0, i);
            buf = buf.slice(i + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event && data) this.events.push({ event, data: JSON.parse(data) as unknown });
          }
        }
      } catch {
        /* aborted */
      }
    })();
  }

  close(): void {
    this.abort.abort();
  }
}

describe('notifications and reminders', () => {
  const smtp = new SmtpReceiver();
  let smtpPort: number;
  let gw: ServiceProcess;
  let db: string;
  let admin: Api;
  let anon: Api;
  let mio: string;
  const users: Record<'official' | 'staff' | 'head' | 'ab' | 'other' | 'nc' | 'inv', { id: string; login: string; api: Api; token: string }> = {} as never;

  const login = async (l: string): Promise<{ token: string; api: Api }> => {
    const r = await anon.post<{ accessToken: string }>('/auth/login', { login: l, password: PASSWORD });
    if (r.status !== 200) throw new Error(`login ${l}: ${r.status} ${JSON.stringify(r.body)}`);
    return { token: r.body.accessToken, api: anon.as(r.body.accessToken) };
  };

  const inbox = async (who: keyof typeof users, extra = ''): Promise<Page> => users[who].api.getOk<Page>(`/notifications?pageSize=200${extra}`);
  const noticesOf = async (who: keyof typeof users, type: string, recordId: string): Promise<Notice[]> =>
    (await inbox(who)).items.filter((n) => n.type === type && n.recordId === recordId);

  beforeAll(async () => {
    smtpPort = await smtp.start(testPortBase(621));
    const prefix = uniqueName('notif');
    db = (await createDatabases(prefix, ['gateway'] as const)).gateway;
    gw = new ServiceProcess(
      'gateway',
      {
        DATABASE_URL: db,
        HTTP_PORT: String(testPortBase(620)),
        NDIP_KAFKA_BROKERS: testInfra().brokers,
        NDIP_GROUP_PREFIX: prefix,
        NDIP_LOG_LEVEL: 'warn',
        NDIP_JWT_SECRET: randomBytes(32).toString('hex'),
        NDIP_ADMIN_PASSWORD: ADMIN_PASSWORD,
        NDIP_LOGIN_RATE_PER_MINUTE: '100',
        NDIP_SMTP_HOST: '127.0.0.1',
        NDIP_SMTP_PORT: String(smtpPort),
        NDIP_SMTP_IGNORE_TLS: 'true',
        NDIP_SMTP_FROM: 'NDIP <no-reply@ndip.test>',
        NDIP_SMTP_RETRY_BASE_MS: '200',
        NDIP_SMTP_RETRY_MAX_MS: '1000',
        NDIP_NOTIFY_EMAIL_INTERVAL_MS: '200',
        NDIP_NOTIFY_SCHEDULER_INTERVAL_MS: '0',
        NDIP_NOTIFY_SCHEDULER_ANY_DATE: 'true',
        NDIP_PUBLIC_URL: 'https://ndip.test',
      },
      '.data/test/logs',
    );
    await gw.start();
    anon = new Api(`${gw.url}/api/v1`);
    const r = await anon.post<{ accessToken: string }>('/auth/login', { login: 'admin', password: ADMIN_PASSWORD });
    expect(r.status).toBe(200);
    admin = anon.as(r.body.accessToken);
    const org = async (type: string, nameEn: string, regionCode?: string): Promise<string> =>
      (await admin.ok<{ id: string }>('/organizations', { type, nameKk: nameEn, nameRu: nameEn, nameEn, ...(regionCode ? { regionCode } : {}) })).id;
    mio = await org('MIO', 'Akimat of Shymkent', REGION);
    const otherMio = await org('MIO', 'Akimat of Almaty', '750000000');
    const ab = await org('AB', 'Investment Committee');
    const create = async (key: keyof typeof users, name: string, organizationId: string, locale: 'kk' | 'ru' | 'en'): Promise<void> => {
      const u = await admin.ok<{ id: string }>('/users', { login: name, password: PASSWORD, fullName: name, organizationId, locale });
      users[key] = { id: u.id, login: name, ...(await login(name)) };
    };
    await create('official', 'official@akimat.test', mio, 'kk');
    await create('staff', 'staff@akimat.test', mio, 'ru');
    await create('head', 'head@akimat.test', mio, 'en');
    await create('ab', 'ab@committee.test', ab, 'ru');
    await create('other', 'other@almaty.test', otherMio, 'ru');
    await create('nc', 'nc@kazakhinvest.test', await org('NC', 'Kazakh Invest'), 'ru');
    const inv = (await admin.ok<{ id: string }>('/organizations', { type: 'INV', nameKk: 'Copper', nameRu: 'Copper', nameEn: 'Copper LLP', bin: INVESTOR_BIN }))
      .id;
    await create('inv', 'investor@copper.test', inv, 'en');
    const h = await admin.request('PUT', `/notifications/heads/${users.head.id}`, { head: true });
    expect(h.status).toBe(200);
  });

  afterAll(async () => {
    await gw?.stop();
    await smtp.stop();
  });

  it('an initiative transferred to the akimat notifies the akimat, and its assigned official, live and by e-mail in Kazakh', async () => {
    const initiativeId = randomUUID();
    const companyId = randomUUID();
    const stream = new SseClient();
    await stream.open(`${gw.url}/api/v1/notifications/stream`, users.official.token);
    await eventually(() => expect(stream.events.find((e) => e.event === 'ready')).toBeDefined());
    try {
      await publish('attraction', 'initiative', initiativeId, 'attraction.initiative.created', {
        initiativeId,
        companyId,
        title: 'Cement plant',
        countryCode: 'DE',
        createdOn: '2026-11-20',
      });
      await publish('attraction', 'initiative', initiativeId, 'attraction.initiative.transferred', {
        initiativeId,
        companyId,
        regionCode: REGION,
        transferredOn: '2026-11-20',
        actionDueOn: '2026-12-20',
      });
      // The whole akimat of the region hears of the transfer; another region's akimat does not.
      for (const who of ['staff', 'head', 'official'] as const) {
        await eventually(async () => expect(await noticesOf(who, 'INITIATIVE_TRANSFERRED', initiativeId)).toHaveLength(1));
      }
      expect(await noticesOf('other', 'INITIATIVE_TRANSFERRED', initiativeId)).toHaveLength(0);
      const [staffNotice] = await noticesOf('staff', 'INITIATIVE_TRANSFERRED', initiativeId);
      expect(staffNotice).toMatchObject({ dueOn: '2026-12-20', link: `/initiatives/${initiativeId}`, recordType: 'initiative' });
      expect(staffNotice!.body).toContain('20.12.2026');

      await publish('attraction', 'initiative', initiativeId, 'attraction.initiative.officer-assigned', {
        initiativeId,
        regionCode: REGION,
        officerUserId: users.official.id,
        assignedOn: '2026-11-21',
      });
      await eventually(async () => expect(await noticesOf('official', 'INITIATIVE_ASSIGNED', initiativeId)).toHaveLength(1));
      expect(await noticesOf('staff', 'INITIATIVE_ASSIGNED', initiativeId)).toHaveLength(0);
      const [assigned] = await noticesOf('official', 'INITIATIVE_ASSIGNED', initiativeId);
      expect(assigned).toMatchObject({ dueOn: '2026-12-20', title: 'Сізге бастама тағайындалды' });

      // Pushed live over the stream.
      await eventually(() => expect(stream.events.some((e) => e.event === 'notification' && (e.data as Notice).id === assigned!.id)).toBe(true));

      // The e-mail, in the official's language (kk), plain text and HTML, with the deadline as a date and the link.
      const mail = await eventually(() => {
        const m = smtp.to('official@akimat.test').find((x) => x.subject.includes('Сізге бастама тағайындалды'));
        expect(m).toBeDefined();
        return m!;
      });
      expect(mail.text).toContain('20.12.2026');
      expect(mail.text).toContain(`https://ndip.test/initiatives/${initiativeId}`);
      expect(mail.html).toContain('20.12.2026');
      expect(mail.html).toContain('<a href="https://ndip.test/initiatives/');
    } finally {
      stream.close();
    }
  });

  it('a roadmap sent back for rework notifies the akimat with the 5-working-day deadline as a date', async () => {
    const projectId = randomUUID();
    const roadmapId = randomUUID();
    const rejectedOn = '2026-12-11'; // a Friday; 16 December is a holiday
    const reworkDueOn = addWorkingDays(rejectedOn, 5);
    expect(reworkDueOn).toBe('2026-12-21');
    await publish('implementation', 'project', projectId, 'implementation.project.created', {
      projectId,
      initiativeId: null,
      companyId: null,
      name: 'Glass factory',
      regionCode: REGION,
      investmentAmountKzt: '5000000000',
      createdOn: '2026-11-02',
    });
    await publish('implementation', 'roadmap', roadmapId, 'implementation.roadmap.mio-assigned', {
      roadmapId,
      projectId,
      regionCode: REGION,
      formDueOn: '2026-11-30',
      approvalDueOn: null,
    });
    await publish('implementation', 'roadmap', roadmapId, 'implementation.roadmap.rejected', {
      roadmapId,
      projectId,
      by: 'NC',
      reason: 'stage 2 has no tasks',
      reworkDueOn,
      notifyInitiatorOrganizationId: randomUUID(),
    });
    await eventually(async () => expect(await noticesOf('staff', 'ROADMAP_REWORK', roadmapId)).toHaveLength(1));
    const [n] = await noticesOf('staff', 'ROADMAP_REWORK', roadmapId);
    expect(n).toMatchObject({ dueOn: '2026-12-21', link: `/projects/${projectId}/roadmap`, title: 'Дорожная карта возвращена на доработку' });
    expect(n!.body).toContain('21.12.2026');
    expect(n!.body).toContain('stage 2 has no tasks');
    expect(await noticesOf('other', 'ROADMAP_REWORK', roadmapId)).toHaveLength(0);
    // In Russian for the staff member, in English (ISO date) for the head.
    const ru = await eventually(() => {
      const m = smtp.to('staff@akimat.test').find((x) => x.subject.includes('Дорожная карта возвращена на доработку'));
      expect(m).toBeDefined();
      return m!;
    });
    expect(ru.text).toContain('до 21.12.2026');
    const en = await eventually(() => {
      const m = smtp.to('head@akimat.test').find((x) => x.subject.includes('Roadmap sent back for rework'));
      expect(m).toBeDefined();
      return m!;
    });
    expect(en.text).toContain('Fix it by 2026-12-21');
    // The rework clock is a deadline the scheduler will remind of.
    const rows = await query<{ due_on: string; kind: string }>(db, `SELECT due_on::text AS due_on, kind FROM notification_deadline WHERE id = $1`, [
      `roadmap-rework:${roadmapId}`,
    ]);
    expect(rows).toEqual([{ due_on: '2026-12-21', kind: 'ROADMAP_REWORK' }]);
  });

  const taskFacts = (taskId: string, projectId: string, dueDate: string) => ({
    taskId,
    projectId,
    roadmapId: randomUUID(),
    code: 'T-LAND',
    regionCode: REGION,
    responsibleOrganizationId: null,
    dueDate,
    actualCompletionDate: null,
  });

  const nationalProject = randomUUID();
  const nationalTask = randomUUID();

  it('a task 2 working days before its due date produces one reminder, and a restarted scheduler does not send it again', async () => {
    await publish('implementation', 'project', nationalProject, 'implementation.project.created', {
      projectId: nationalProject,
      initiativeId: null,
      companyId: null,
      name: 'Copper smelter',
      regionCode: REGION,
      investmentAmountKzt: '90000000000',
      createdOn: '2026-10-01',
    });
    await publish('implementation', 'project', nationalProject, 'implementation.project.pool-classified', {
      projectId: nationalProject,
      regionCode: REGION,
      pool: 'NATIONAL',
      mciYear: 2026,
      mciValue: 4325,
      amountMci: '20809248',
    });
    await publish('implementation', 'task', nationalTask, 'implementation.task.created', {
      ...taskFacts(nationalTask, nationalProject, '2026-11-27'),
      stage: 'PRE_INVESTMENT',
      requiresValidation: false,
    });
    await eventually(async () => {
      const d = await query<{ due_on: string }>(db, `SELECT due_on::text AS due_on FROM notification_deadline WHERE id = $1`, [`task:${nationalTask}`]);
      expect(d).toEqual([{ due_on: '2026-11-27' }]);
    });
    // 2026-11-25 is 2 working days before Friday 27 November: one reminder (the 5-WD one, due 20 November, is superseded).
    await admin.ok('/notifications/scheduler/run', { date: '2026-11-25' });
    const reminders = async (who: keyof typeof users) => (await noticesOf(who, 'DEADLINE_REMINDER', nationalTask)).length;
    expect(await reminders('staff')).toBe(1);
    const [rem] = await noticesOf('staff', 'DEADLINE_REMINDER', nationalTask);
    expect(rem!.body).toContain('27.11.2026');
    expect(rem!.body).toContain('Осталось рабочих дней: 2');
    expect(await reminders('other')).toBe(0);
    const keys = await query<{ key: string; outcome: string }>(db, `SELECT key, outcome FROM notification_reminder WHERE deadline_id = $1 ORDER BY key`, [
      `task:${nationalTask}`,
    ]);
    expect(keys).toEqual([
      { key: '2026-11-27:BEFORE:2', outcome: 'SENT' },
      { key: '2026-11-27:BEFORE:5', outcome: 'SUPERSEDED' },
    ]);

    // A second run the same day, a restart of the gateway (and its scheduler), runs on the same and the next day: nothing new.
    await admin.ok('/notifications/scheduler/run', { date: '2026-11-25' });
    await gw.stop();
    await gw.start();
    const r = await anon.post<{ accessToken: string }>('/auth/login', { login: 'admin', password: ADMIN_PASSWORD });
    admin = anon.as(r.body.accessToken);
    for (const k of Object.keys(users) as (keyof typeof users)[]) users[k] = { ...users[k], ...(await login(users[k].login)) };
    await admin.ok('/notifications/scheduler/run', { date: '2026-11-25' });
    await admin.ok('/notifications/scheduler/run', { date: '2026-11-26' });
    expect(await reminders('staff')).toBe(1);
    expect(await reminders('head')).toBe(1);
    const mails = await eventually(() => {
      const m = smtp.to('staff@akimat.test').filter((x) => x.text.includes('T-LAND — Copper smelter') && x.subject.includes('Напоминание'));
      expect(m).toHaveLength(1);
      return m;
    });
    expect(mails[0]!.text).toContain('27.11.2026');
    const rows = await query<{ n: number }>(
      db,
      `SELECT count(*)::int AS n FROM notification WHERE type = 'DEADLINE_REMINDER' AND record_id = $1 AND user_id = $2`,
      [nationalTask, users.staff.id],
    );
    expect(rows[0]!.n).toBe(1);
    // The digest: once per user and day.
    const digests = await query<{ n: number }>(
      db,
      `SELECT count(*)::int AS n FROM notification WHERE type = 'DIGEST' AND user_id = $1 AND dedupe_key = 'digest:2026-11-25'`,
      [users.staff.id],
    );
    expect(digests[0]!.n).toBe(1);
  });

  it('an overdue task notifies the akimat head and, for a national-pool project, the authorized body', async () => {
    const regionalProject = randomUUID();
    const regionalTask = randomUUID();
    await publish('implementation', 'project', regionalProject, 'implementation.project.pool-classified', {
      projectId: regionalProject,
      regionCode: REGION,
      pool: 'REGIONAL',
      mciYear: 2026,
      mciValue: 4325,
      amountMci: '1000',
    });
    await publish('implementation', 'task', regionalTask, 'implementation.task.created', {
      ...taskFacts(regionalTask, regionalProject, '2026-11-27'),
      stage: 'PRE_INVESTMENT',
      requiresValidation: false,
    });
    // The regional task: the implementation service's overdue job says so first (T6).
    await publish('implementation', 'task', regionalTask, 'implementation.task.became-overdue', {
      ...taskFacts(regionalTask, regionalProject, '2026-11-27'),
      overdueSince: '2026-11-28',
      detectedOn: '2026-11-28',
    });
    await eventually(async () => expect(await noticesOf('head', 'DEADLINE_OVERDUE', regionalTask)).toHaveLength(1));
    // The national task: the scheduler on the day after the due date.
    await admin.ok('/notifications/scheduler/run', { date: '2026-11-28' });
    await admin.ok('/notifications/scheduler/run', { date: '2026-11-30' });
    expect(await noticesOf('head', 'DEADLINE_OVERDUE', nationalTask)).toHaveLength(1);
    expect(await noticesOf('ab', 'DEADLINE_OVERDUE', nationalTask)).toHaveLength(1);
    expect(await noticesOf('staff', 'DEADLINE_OVERDUE', nationalTask)).toHaveLength(1);
    expect(await noticesOf('other', 'DEADLINE_OVERDUE', nationalTask)).toHaveLength(0);
    // Regional pool: the head, not the authorized body; the scheduler did not send it a second time.
    expect(await noticesOf('head', 'DEADLINE_OVERDUE', regionalTask)).toHaveLength(1);
    expect(await noticesOf('ab', 'DEADLINE_OVERDUE', regionalTask)).toHaveLength(0);
    // The head reads English, with the ISO date.
    const mail = await eventually(() => {
      const m = smtp.to('head@akimat.test').filter((x) => x.subject.includes('Overdue: Roadmap task due date') && x.text.includes('Copper smelter'));
      expect(m).toHaveLength(1);
      return m[0]!;
    });
    expect(mail.text).toContain('passed on 2026-11-27');
    const ab = await eventually(() => {
      // Only this file's task: the scheduler also reminds of other files' national-pool tasks on the shared topics.
      const m = smtp.to('ab@committee.test').filter((x) => x.subject.includes('Просрочено') && x.text.includes('Copper smelter'));
      expect(m).toHaveLength(1);
      return m[0]!;
    });
    expect(ab.text).toContain('27.11.2026');
  });

  it('an unreachable SMTP server delays e-mails without losing them; the inbox is unaffected', async () => {
    await smtp.stop();
    const projectId = randomUUID();
    const roadmapId = randomUUID();
    await publish('implementation', 'roadmap', roadmapId, 'implementation.roadmap.mio-assigned', {
      roadmapId,
      projectId,
      regionCode: REGION,
      formDueOn: '2026-11-30',
      approvalDueOn: null,
    });
    await publish('implementation', 'roadmap', roadmapId, 'implementation.roadmap.rejected', {
      roadmapId,
      projectId,
      by: 'NC',
      reason: 'no risks listed',
      reworkDueOn: '2026-12-07',
      notifyInitiatorOrganizationId: randomUUID(),
    });
    await eventually(async () => expect(await noticesOf('staff', 'ROADMAP_REWORK', roadmapId)).toHaveLength(1));
    type Queued = { to: string; status: string; attempts: number; lastError: string | null; attemptLog: { ok: boolean; error: string | null }[] };
    const queued = async (): Promise<Queued | undefined> =>
      (await admin.getOk<{ items: (Queued & { notificationId: string })[] }>('/notifications/emails?pageSize=200')).items.find(
        (e) => e.to === 'staff@akimat.test' && e.attemptLog.length > 0 && e.notificationId === staffNoticeId,
      );
    const staffNoticeId = (await noticesOf('staff', 'ROADMAP_REWORK', roadmapId))[0]!.id;
    const failing = await eventually(async () => {
      const e = await queued();
      expect(e).toBeDefined();
      expect(e!.attempts).toBeGreaterThanOrEqual(2);
      return e!;
    });
    expect(failing.status).toBe('PENDING');
    expect(failing.lastError).toBeTruthy();
    expect(failing.attemptLog.every((a) => !a.ok)).toBe(true);
    expect(smtp.to('staff@akimat.test').filter((m) => m.text.includes('no risks listed'))).toHaveLength(0);

    // The server comes back on the same port: the e-mail arrives once, the queue records the failures and the success.
    await smtp.start(smtpPort);
    await eventually(() => expect(smtp.to('staff@akimat.test').filter((m) => m.text.includes('no risks listed'))).toHaveLength(1));
    const sent = await eventually(async () => {
      const e = await queued();
      expect(e!.status).toBe('SENT');
      return e!;
    });
    expect(sent.attemptLog.at(-1)!.ok).toBe(true);
    expect(sent.attemptLog.slice(0, -1).every((a) => !a.ok)).toBe(true);
  });

  it('tells the approver, the investor of its own project and, on escalation, the authorized body; once per event; poison goes to the dead-letter topic', async () => {
    const initiativeId = randomUUID();
    const projectId = randomUUID();
    const roadmapId = randomUUID();
    await publish('attraction', 'initiative', initiativeId, 'attraction.initiative.converted', {
      initiativeId,
      companyId: randomUUID(),
      companyName: 'Copper LLP',
      companyBin: INVESTOR_BIN,
      regionCode: REGION,
      projectName: 'Copper wire plant',
      sector: null,
      investmentAmountKzt: '7000000000',
      hasInvestmentContract: false,
      convertedOn: '2026-11-02',
    });
    await publish('implementation', 'project', projectId, 'implementation.project.created', {
      projectId,
      initiativeId,
      companyId: randomUUID(),
      name: 'Copper wire plant',
      regionCode: REGION,
      investmentAmountKzt: '7000000000',
      createdOn: '2026-11-03',
    });
    // The same envelope delivered twice (at-least-once): one notice.
    const submitted = envelope('implementation', 'roadmap', roadmapId, 'implementation.roadmap.submitted', {
      roadmapId,
      projectId,
      submittedOn: '2026-11-10',
      late: false,
    });
    await produce(EVENT_TOPICS.implementation, [{ key: roadmapId, value: submitted }]);
    await produce(EVENT_TOPICS.implementation, [{ key: roadmapId, value: submitted }]);
    await publish('implementation', 'roadmap', roadmapId, 'implementation.roadmap.approved', {
      roadmapId,
      projectId,
      approvedOn: '2026-11-12',
      version: 1,
      roadmapStatus: 'WITH_ROADMAP',
    });
    // E000: the National Company approves the roadmap.
    await eventually(async () => expect(await noticesOf('nc', 'APPROVAL_REQUESTED', roadmapId)).toHaveLength(1));
    // The investor hears of its own project only.
    await eventually(async () => expect(await noticesOf('inv', 'PROJECT_UPDATE', projectId)).toHaveLength(1));
    expect((await noticesOf('inv', 'PROJECT_UPDATE', projectId))[0]!.title).toBe('Your project roadmap was approved');
    expect((await inbox('inv')).items.filter((n) => n.recordId === nationalProject)).toHaveLength(0);
    expect(await noticesOf('staff', 'APPROVAL_REQUESTED', roadmapId)).toHaveLength(0);

    const issueId = randomUUID();
    await publish('post-investment', 'issue', issueId, 'post-investment.issue.escalated-to-council', {
      issueId,
      projectId,
      regionCode: REGION,
      category: 'LAND',
      raisedOn: '2026-11-02',
      dueOn: '2026-11-16',
      escalatedOn: '2026-11-17',
    });
    await eventually(async () => expect(await noticesOf('ab', 'ESCALATION', issueId)).toHaveLength(1));
    expect(await noticesOf('head', 'ESCALATION', issueId)).toHaveLength(1);
    expect(await noticesOf('staff', 'ESCALATION', issueId)).toHaveLength(0);
    expect((await noticesOf('ab', 'ESCALATION', issueId))[0]!.body).toContain('16.11.2026');
    // Redelivery wrote nothing twice.
    await eventually(async () => {
      const n = await query<{ n: number }>(db, `SELECT count(*)::int AS n FROM inbox WHERE consumer = 'gateway-notifications' AND event_id = $1`, [
        (JSON.parse(submitted) as { id: string }).id,
      ]);
      expect(n[0]!.n).toBe(1);
    });
    expect(await noticesOf('nc', 'APPROVAL_REQUESTED', roadmapId)).toHaveLength(1);

    // E000: a redirection request waits for the authorized body; a returned initiative's clock stops.
    const redirected = randomUUID();
    await publish('attraction', 'initiative', redirected, 'attraction.initiative.transferred', {
      initiativeId: redirected,
      companyId: randomUUID(),
      regionCode: REGION,
      transferredOn: '2026-11-20',
      actionDueOn: '2026-12-20',
    });
    await publish('attraction', 'initiative', redirected, 'attraction.initiative.redirect-requested', {
      initiativeId: redirected,
      fromRegionCode: REGION,
      toRegionCode: '750000000',
      reason: 'the plant site is in Almaty',
      requestedOn: '2026-11-21',
    });
    await publish('attraction', 'initiative', redirected, 'attraction.initiative.returned', {
      initiativeId: redirected,
      regionCode: REGION,
      reason: 'no investor interest',
      returnedOn: '2026-11-22',
    });
    await eventually(async () => expect(await noticesOf('ab', 'APPROVAL_REQUESTED', redirected)).toHaveLength(1));
    expect((await noticesOf('ab', 'APPROVAL_REQUESTED', redirected))[0]!.body).toContain('the plant site is in Almaty');
    await eventually(async () => {
      const c = await query<{ reason: string }>(db, `SELECT closed_reason AS reason FROM notification_deadline WHERE id = $1`, [`initiative:${redirected}`]);
      expect(c).toEqual([{ reason: 'returned' }]);
    });

    // A payload that breaks the contract is dead-lettered, naming the consumer; nothing is written.
    const recorder = await new TopicRecorder([`${EVENT_TOPICS.implementation}.dlq`]).start();
    try {
      const poison = envelope('implementation', 'roadmap', roadmapId, 'implementation.roadmap.rejected', { roadmapId, projectId, by: 'NC', reason: null });
      await produce(EVENT_TOPICS.implementation, [{ key: roadmapId, value: poison }]);
      const dead = await eventually(() => {
        const m = recorder.messages.find((x) => x.value === poison);
        expect(m).toBeDefined();
        return m!;
      });
      expect(dead.headers['ndip-dlq-consumer']).toBe('gateway-notifications');
      expect(dead.headers['ndip-dlq-error']).toContain('reworkDueOn');
    } finally {
      await recorder.stop();
    }
    expect(await noticesOf('staff', 'ROADMAP_REWORK', roadmapId)).toHaveLength(0);
  });

  it('keeps the inbox per user: unread count, mark read, mark all read; preferences refuse switching off a legal deadline', async () => {
    const before = await users.staff.api.getOk<{ unread: number }>('/notifications/unread-count');
    expect(before.unread).toBeGreaterThan(1);
    const page = await inbox('staff');
    const first = page.items[0]!;
    // Another user cannot read (or mark) it.
    expect((await users.other.api.post(`/notifications/${first.id}/read`, {})).status).toBe(404);
    const read = await users.staff.api.post<Notice>(`/notifications/${first.id}/read`, {});
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await users.staff.api.getOk<{ unread: number }>('/notifications/unread-count')).unread).toBe(before.unread - 1);
    expect((await users.staff.api.post('/notifications/not-a-uuid/read', {})).status).toBe(400);
    const paged = await users.staff.api.getOk<Page & { page: number; pageSize: number }>('/notifications?page=2&pageSize=1');
    expect(paged).toMatchObject({ page: 2, pageSize: 1, total: page.total });
    expect(paged.items).toHaveLength(1);
    const all = await users.staff.api.post<{ updated: number }>('/notifications/read-all', {});
    expect(all.body.updated).toBe(before.unread - 1);
    expect((await users.staff.api.getOk<{ unread: number }>('/notifications/unread-count')).unread).toBe(0);

    const refused = await users.staff.api.request<{ field: string; status: number }>('PUT', '/notifications/preferences', {
      preferences: { DEADLINE_OVERDUE: 'OFF' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.field).toBe('preferences.DEADLINE_OVERDUE');
    expect((await users.staff.api.request<{ field: string }>('PUT', '/notifications/preferences', { preferences: { NOPE: 'OFF' } })).body.field).toBe(
      'preferences.NOPE',
    );
    expect((await users.staff.api.request<{ field: string }>('PUT', '/notifications/preferences', { preferences: { DIGEST: 'SMS' } })).body.field).toBe(
      'preferences.DIGEST',
    );
    const ok = await users.staff.api.request<{ preferences: { type: string; channel: string }[] }>('PUT', '/notifications/preferences', {
      preferences: { DEADLINE_OVERDUE: 'IN_APP', PROJECT_UPDATE: 'OFF' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.preferences.find((p) => p.type === 'DEADLINE_OVERDUE')!.channel).toBe('IN_APP');
    expect(ok.body.preferences.find((p) => p.type === 'PROJECT_UPDATE')!.channel).toBe('OFF');

    // Only the administrator runs the scheduler or sees the e-mail queue.
    expect((await users.staff.api.post('/notifications/scheduler/run', { date: '2026-11-25' })).status).toBe(403);
    expect((await users.staff.api.get('/notifications/emails')).status).toBe(403);
    expect((await admin.post<{ field: string }>('/notifications/scheduler/run', { date: '2026-02-30' })).status).toBe(400);
  });

  it('reminds the akimat of its quarterly report by the 15th (rules.md §4.8) until the report is submitted', async () => {
    const id = `report:REGIONAL_TO_NC:2026-Q4:${mio}`;
    // 2027-01-12 is 3 working days before 15 January: the 5-WD reminder (catch-up), once.
    await admin.ok('/notifications/scheduler/run', { date: '2027-01-12' });
    const d = await query<{ due_on: string; kind: string }>(db, `SELECT due_on::text AS due_on, kind FROM notification_deadline WHERE id = $1`, [id]);
    expect(d).toEqual([{ due_on: '2027-01-15', kind: 'QUARTERLY_REPORT' }]);
    const reminders = async () => (await noticesOf('staff', 'DEADLINE_REMINDER', '2026-Q4')).length;
    expect(await reminders()).toBe(1);
    expect((await noticesOf('staff', 'DEADLINE_REMINDER', '2026-Q4'))[0]!.body).toContain('15.01.2027');
    expect(await noticesOf('other', 'DEADLINE_REMINDER', '2026-Q4')).toHaveLength(1); // the other akimat reports too
    await produce(EVENT_TOPICS.reporting, [
      {
        key: mio,
        value: envelope('reporting', 'quarterly-report', randomUUID(), 'reporting.quarterly-report.submitted', {
          reportId: randomUUID(),
          kind: 'REGIONAL_TO_NC',
          year: 2026,
          quarter: 4,
          organizationId: mio,
          regionCode: REGION,
          submittedOn: '2027-01-13',
          dueOn: '2027-01-15',
          late: false,
        }),
      },
    ]);
    await eventually(async () => {
      const c = await query<{ closed: boolean }>(db, `SELECT closed_at IS NOT NULL AS closed FROM notification_deadline WHERE id = $1`, [id]);
      expect(c).toEqual([{ closed: true }]);
    });
    // Submitted: no 1-WD reminder and no overdue notice for this akimat; the other akimat, which did not submit, is overdue.
    await admin.ok('/notifications/scheduler/run', { date: '2027-01-14' });
    await admin.ok('/notifications/scheduler/run', { date: '2027-01-16' });
    expect(await reminders()).toBe(1);
    expect(await noticesOf('staff', 'DEADLINE_OVERDUE', '2026-Q4')).toHaveLength(0);
    expect(await noticesOf('other', 'DEADLINE_REMINDER', '2026-Q4')).toHaveLength(2);
    expect(await noticesOf('other', 'DEADLINE_OVERDUE', '2026-Q4')).toHaveLength(1);
  });
});
