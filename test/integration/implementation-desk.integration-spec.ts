import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS, EVENT_TOPICS, EVENT_TYPES, type Actor } from '@ndip/domain';
import { ATTACHMENT_MAX_BYTES } from '@ndip/platform/contracts/implementation-desk';
import { ensureTopics } from '@ndip/platform/kafka/kafka-client';
import { ServiceProcess } from '../../tools/dev/stack';
import { CommandClient } from '../support/commands';
import { eventually } from '../support/eventually';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';
import { TopicRecorder } from '../support/kafka';

/**
 * Module 2 (apps/implementation) as a process on the real PostgreSQL and Kafka broker (rules edition E000):
 * state-service applications through the one-stop shop (SM-SVC), comments and attachments on a project /
 * stage / task (local-disk storage, limits, SHA-256, audit), roadmap change requests (R7), and the deadline
 * job (roadmap formation / rework, task validation, provider term) publishing each miss exactly once.
 * The clock moves by restarting the process with another NDIP_FIXED_TODAY (2026: 9 March is a day off).
 */

type Svc = {
  id: string;
  status: string;
  regionCode: string;
  acceptedOn: string | null;
  frontOfficeDueOn: string | null;
  resultPromisedOn: string | null;
  providerOrganizationId: string | null;
  providerDueOn: string | null;
  violationNotifiedOn: string | null;
  providerLate: boolean;
  providerOverdue: boolean;
  documents: string[];
  statusLabel: { ru: string; kk: string; en: string };
  allowedActions: string[];
};
type Roadmap = { roadmapId: string; status: string; state: { version: number; reworkDueOn: string | null; pendingChange: unknown }; tasks: Task[] };
type Task = { id: string; code: string; status: string; validationDueOn: string | null };
type Attachment = {
  id: string;
  projectId: string;
  taskId: string | null;
  stage: string | null;
  sha256: string;
  sizeBytes: number;
  contentType: string;
  storage: string;
  createdAt: string;
};
type Scan = { asOf: string; published: Record<string, number> };

const C = COMMANDS.implementation;
const ALMATY = '750000000';
const ASTANA = '710000000';
const BIN = '940740000139';
const OTHER_BIN = '120340005670';
const CSB_ORG = randomUUID();

const actor = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({
  userId: `u-${role.toLowerCase()}-${extra.regionCode ?? ''}`,
  organizationId: extra.organizationId ?? `org-${role.toLowerCase()}-${extra.regionCode ?? 'x'}`,
  role,
  regionCode: null,
  countryCode: null,
  ...extra,
});
const NC = actor('NC');
const NCH = actor('NCH');
const AB = actor('AB');
const ADMIN = actor('ADMIN');
const PRR = actor('PRR', { regionCode: ALMATY });
const MIO_A = actor('MIO', { regionCode: ALMATY });
const MIO_B = actor('MIO', { regionCode: ASTANA });
const NCR_A = actor('NCR', { regionCode: ALMATY });
const NCR_B = actor('NCR', { regionCode: ASTANA });
const CSB = actor('CSB', { organizationId: CSB_ORG });
const OTHER_CSB = actor('CSB', { organizationId: randomUUID() });
const INV = actor('INV', { organizationId: 'org-inv-hyundai' });
const OTHER_INV = actor('INV', { organizationId: 'org-inv-other' });

const roadmapDraft = (tasks: [string, string][]) => {
  const stage = (s: string, prefix: string) => ({
    stage: s,
    risks: [{ risk: `Risk of ${s}`, mitigation: 'Weekly follow-up' }],
    tasks: tasks
      .filter(([c]) => c.startsWith(prefix))
      .map(([code, dueDate]) => ({
        code,
        title: `Task ${code}`,
        dueDate,
        responsible: { kind: 'STATE_BODY', name: 'Akimat of Almaty', person: 'A. Nurlanov' },
        expectedResult: `Result of ${code}`,
        supportMeasures: ['One-stop shop support'],
      })),
  });
  return { stages: [stage('PRE_INVESTMENT', 'PRE_'), stage('INVESTMENT', 'INV_'), stage('POST_INVESTMENT', 'POST_')] };
};

const projectBody = {
  entryPath: 'P2',
  regionCode: ALMATY,
  companyName: 'Hyundai Motor Company',
  estimatedCost: { amount: '70000000', currency: 'USD' },
  usdKztRate: '500',
  hasInvestmentContract: false,
  jobs: 100,
  technologyLevel: 'MANUFACTURING_NOT_LISTED',
  inGlobal2000: false,
};
const fullPassport = {
  companyBin: BIN,
  sector: 'C29',
  commodityPosition: '870829',
  financingScheme: [{ source: 'Own funds', conditions: 'Equity', amount: { amount: '70000000', currency: 'USD' } }],
  contacts: [
    { kind: 'INVESTOR', name: 'Kim Ji-hoon', email: 'kim@example.com' },
    { kind: 'RESPONSIBLE_PERSON', name: 'A. Nurlanov', phone: '+7 727 000 00 00' },
  ],
  description: 'Automotive components plant',
  companyRegisteredOn: '2019-04-02',
};

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('Module 2: one-stop shop, comments and attachments, roadmap changes, deadline job', () => {
  let commands: CommandClient;
  let recorder: TopicRecorder;
  let svc: ServiceProcess | null = null;
  let db: string;
  let prefix: string;
  const storageDir = mkdtempSync(join(tmpdir(), 'ndip-attachments-'));

  // P: MIO named, roadmap never formed (T06); Q: returned by NC (T08); R: approved, last task awaiting validation (T10).
  let P: string;
  let Q: string;
  let R: string;
  let rTasks: Record<string, Task>;
  let app: Svc;

  const start = async (today: string): Promise<void> => {
    await svc?.stop();
    svc = new ServiceProcess(
      'implementation',
      {
        DATABASE_URL: db,
        HTTP_PORT: String(testPortBase(412)),
        NDIP_KAFKA_BROKERS: testInfra().brokers,
        NDIP_GROUP_PREFIX: prefix,
        NDIP_LOG_LEVEL: 'warn',
        NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000',
        NDIP_RULE_EDITION: 'E000',
        NDIP_FIXED_TODAY: today,
        NDIP_OVERDUE_SCAN_INTERVAL_MS: '0',
        NDIP_DEADLINE_SCAN_INTERVAL_MS: '0',
        NDIP_ATTACHMENT_DIR: storageDir,
      },
      '.data/test/logs',
    );
    await svc.start();
  };

  const ok = <T>(pattern: string, who: Actor, data: Record<string, unknown>) => commands.ok<T>(pattern, who, data);
  const refused = (pattern: string, who: Actor, data: Record<string, unknown>) => commands.refused(pattern, who, data);
  const events = (type: string, match: Record<string, unknown> = {}) =>
    recorder
      .envelopes()
      .filter((e) => e.env.type === type && Object.entries(match).every(([k, v]) => e.env.payload[k] === v))
      .map((e) => e.env);
  const seen = (type: string, match: Record<string, unknown>, n = 1) =>
    eventually(() => {
      const found = events(type, match);
      if (found.length < n) throw new Error(`${type} ${JSON.stringify(match)}: ${found.length} of ${n}`);
      return found;
    });
  const act = (who: Actor, id: string, action: string, extra: Record<string, unknown> = {}) =>
    ok<Svc>(C.stateServiceTransition, who, { applicationId: id, action, ...extra });
  const actRefused = (who: Actor, id: string, action: string, extra: Record<string, unknown> = {}) =>
    refused(C.stateServiceTransition, who, { applicationId: id, action, ...extra });
  const storedFiles = (): string[] =>
    existsSync(storageDir)
      ? readdirSync(storageDir, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile())
          .map((d) => d.name)
      : [];

  const completedProject = async (name: string): Promise<string> => {
    const p = await ok<{ id: string }>(C.createProject, NC, { ...projectBody, name });
    await ok(C.updatePassport, MIO_A, { projectId: p.id, ...fullPassport });
    await ok(C.completePassport, NC, { projectId: p.id });
    await ok(C.assignRoadmapMio, NC, { projectId: p.id });
    return p.id;
  };

  beforeAll(async () => {
    prefix = uniqueName('m2desk');
    await ensureTopics(testInfra().brokers);
    db = (await createDatabases(prefix, ['impl'] as const)).impl;
    recorder = await new TopicRecorder([EVENT_TOPICS.implementation]).start();
    commands = await CommandClient.connect(prefix, Object.values(C));
  });

  afterAll(async () => {
    await svc?.stop();
    await commands?.close();
    await recorder?.stop();
  });

  it('day 2026-03-02: three projects: P (MIO named), Q (returned by NC), R (approved, last task completed and awaiting validation)', async () => {
    await start('2026-03-02');
    // The reply consumer group may still be joining on a fresh broker: a read succeeds once it has.
    await eventually(() => commands.ok(C.listStateServices, NC, {}));
    P = await completedProject('Plant P');
    Q = await completedProject('Plant Q');
    R = await completedProject('Plant R');
    const draft = roadmapDraft([
      ['PRE_LAND', '2026-03-10'],
      ['INV_CONSTR', '2026-06-30'],
      ['POST_CAPACITY', '2026-09-30'],
    ]);
    for (const id of [Q, R]) {
      await ok(C.updateRoadmapDraft, MIO_A, { projectId: id, ...draft });
      await ok(C.roadmapTransition, MIO_A, { projectId: id, action: 'SUBMIT' });
    }
    const rejected = await ok<Roadmap>(C.roadmapTransition, NC, { projectId: Q, action: 'REJECT', reason: 'Dates do not match the financing' });
    expect(rejected.state.reworkDueOn).toBe('2026-03-10');
    const approved = await ok<Roadmap>(C.roadmapTransition, NC, { projectId: R, action: 'APPROVE' });
    rTasks = Object.fromEntries(approved.tasks.map((t) => [t.code, t]));
    for (const code of ['PRE_LAND', 'INV_CONSTR']) {
      await ok(C.taskTransition, MIO_A, { taskId: rTasks[code]!.id, action: 'COMPLETE', actualCompletionDate: '2026-03-02' });
    }
    const done = await ok<Task>(C.taskTransition, MIO_A, { taskId: rTasks.POST_CAPACITY!.id, action: 'COMPLETE', actualCompletionDate: '2026-03-02' });
    // 5 WD from Mon 2 March 2026: 3, 4, 5, 6, (9 March off), 10 March.
    expect(done).toMatchObject({ status: 'AWAITING_VALIDATION', validationDueOn: '2026-03-10' });
  });

  describe('state-service applications (SM-SVC)', () => {
    it('the investor files an application; bad input, wrong roles and foreign projects are refused', async () => {
      const form = {
        regionCode: ALMATY,
        projectId: R,
        applicantName: 'Hyundai Motor Company',
        services: ['Construction permit'],
        documents: ['Land title'],
        consent: true,
      };
      expect(await refused(C.fileStateService, NC, form)).toEqual({ code: 'WRONG_ROLE' });
      expect(await refused(C.fileStateService, INV, { ...form, investorBin: BIN, consent: false })).toEqual({ code: 'INVALID_INPUT', field: 'consent' });
      expect(await refused(C.fileStateService, INV, { ...form, investorBin: BIN, regionCode: '999999999' })).toEqual({
        code: 'UNKNOWN_REFERENCE',
        field: 'regionCode',
      });
      expect(await refused(C.fileStateService, INV, { ...form, investorBin: BIN, services: [] })).toEqual({ code: 'INVALID_INPUT', field: 'services' });
      expect(await refused(C.fileStateService, OTHER_INV, { ...form, investorBin: OTHER_BIN })).toEqual({ code: 'NOT_FOUND', field: 'projectId' });
      app = await ok<Svc>(C.fileStateService, INV, { ...form, investorBin: BIN });
      expect(app).toMatchObject({ status: 'SUBMITTED', regionCode: ALMATY, statusLabel: { ru: 'Подано', en: 'Submitted' }, allowedActions: [] });
      await seen('implementation.service-application.submitted', { applicationId: app.id, submittedOn: '2026-03-02' });
      const [audit] = await query<{ n: string }>(db, `SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND action = 'service-application.file'`, [
        app.id,
      ]);
      expect(audit!.n).toBe('1');
    });

    it('the front office of the region accepts (receipt with the promised date) and forwards within 1 WD; others are refused', async () => {
      expect(await actRefused(NCR_B, app.id, 'ACCEPT', { standardTerm: { value: 3, unit: 'WD' } })).toEqual({ code: 'WRONG_ROLE', field: 'regionCode' });
      expect(await actRefused(CSB, app.id, 'ACCEPT', { standardTerm: { value: 3, unit: 'WD' } })).toEqual({
        code: 'WRONG_ROLE',
        field: 'actor.organizationId',
      });
      expect(await actRefused(AB, app.id, 'ACCEPT', { standardTerm: { value: 3, unit: 'WD' } })).toEqual({ code: 'WRONG_ROLE' });
      expect(await actRefused(NCR_A, app.id, 'ACCEPT')).toEqual({ code: 'INVALID_INPUT', field: 'standardTerm' });
      expect(await actRefused(NCR_A, app.id, 'ACCEPT', { standardTerm: { value: 0, unit: 'WD' } })).toEqual({
        code: 'INVALID_INPUT',
        field: 'standardTerm.value',
      });
      expect(await actRefused(NCR_A, app.id, 'FORWARD', { providerOrganizationId: CSB_ORG })).toEqual({ code: 'WRONG_STATE' });
      const accepted = await act(NCR_A, app.id, 'ACCEPT', { standardTerm: { value: 3, unit: 'WD' } });
      // Receipt: acceptance + 1 WD transit (3 March) + 3 WD standard term = 6 March.
      expect(accepted).toMatchObject({ status: 'ACCEPTED', acceptedOn: '2026-03-02', frontOfficeDueOn: '2026-03-03', resultPromisedOn: '2026-03-06' });
      await seen('implementation.service-application.accepted', { applicationId: app.id, resultPromisedOn: '2026-03-06' });

      const visible = async (who: Actor) => (await ok<{ total: number }>(C.listStateServices, who, {})).total;
      expect([await visible(INV), await visible(OTHER_INV), await visible(NCR_A), await visible(NCR_B), await visible(CSB), await visible(AB)]).toEqual([
        1, 0, 1, 0, 0, 1,
      ]);
      expect(await refused(C.getStateService, OTHER_INV, { applicationId: app.id })).toEqual({ code: 'NOT_FOUND', field: 'applicationId' });

      const forwarded = await act(NCR_A, app.id, 'FORWARD', { providerOrganizationId: CSB_ORG });
      // Provider term: 3 WD from the provider's receipt (2 March): 5 March.
      expect(forwarded).toMatchObject({ status: 'AT_PROVIDER', providerOrganizationId: CSB_ORG, providerDueOn: '2026-03-05', providerOverdue: false });
      expect(await visible(CSB)).toBe(1);
      expect(await visible(OTHER_CSB)).toBe(0);
      expect(await actRefused(OTHER_CSB, app.id, 'ISSUE_RESULT')).toEqual({ code: 'WRONG_ROLE', field: 'actor.organizationId' });
      expect(await actRefused(NCR_A, app.id, 'NOTIFY_VIOLATION')).toEqual({ code: 'WRONG_STATE' });
      expect((await ok<Svc>(C.getStateService, CSB, { applicationId: app.id })).allowedActions.sort()).toEqual(['ISSUE_RESULT', 'RETURN_DOCUMENTS']);
    });
  });

  describe('comments and attachments', () => {
    const text = Buffer.from('Протокол встречи с инвестором: участок согласован\n');
    const upload = (extra: Record<string, unknown> = {}, bytes = text, contentType = 'text/plain') =>
      ({ projectId: R, fileName: 'protocol.txt', contentType, contentBase64: bytes.toString('base64'), sha256: sha(bytes), ...extra }) as Record<
        string,
        unknown
      >;
    let a: Attachment;

    it('an akimat attaches a file to a task: stored on disk with its SHA-256, audited, published', async () => {
      a = await ok<Attachment>(C.uploadAttachment, MIO_A, upload({ taskId: rTasks.PRE_LAND!.id, note: 'signed' }));
      expect(a).toMatchObject({
        projectId: R,
        taskId: rTasks.PRE_LAND!.id,
        stage: null,
        sha256: sha(text),
        sizeBytes: text.length,
        contentType: 'text/plain',
        storage: 'local-disk',
      });
      expect(readFileSync(join(storageDir, R, a.id))).toEqual(text);
      // The metadata event (never the content) is in the outbox with the row, written in the same transaction
      // (both created_at are that transaction's now()), and reaches the topic once.
      const [published] = await seen(EVENT_TYPES.attachmentAdded, { attachmentId: a.id });
      expect(published!.payload).toEqual({
        attachmentId: a.id,
        projectId: R,
        targetKind: 'TASK',
        targetId: rTasks.PRE_LAND!.id,
        fileName: 'protocol.txt',
        contentType: 'text/plain',
        sizeBytes: text.length,
        sha256: sha(text),
        uploadedBy: MIO_A.userId,
        uploadedAt: a.createdAt,
      });
      expect(published).toMatchObject({ producer: 'implementation', aggregateType: 'project', aggregateId: R });
      const outboxed = await query<{ id: string }>(
        db,
        `SELECT o.id FROM outbox o JOIN project_attachment a ON a.id::text = o.payload->'payload'->>'attachmentId'
          WHERE a.id = $1 AND o.type = $2 AND o.created_at = a.created_at`,
        [a.id, EVENT_TYPES.attachmentAdded],
      );
      expect(outboxed.map((o) => o.id)).toEqual([published!.id]);
      expect(events(EVENT_TYPES.attachmentAdded, { attachmentId: a.id })).toHaveLength(1);
      const rows = await query<{ action: string }>(db, `SELECT action FROM audit_log WHERE entity_id = $1`, [a.id]);
      expect(rows.map((r) => r.action)).toEqual(['project.attach']);
    });

    it('refuses (leaving nothing behind) a file over the limit, a forbidden or disguised type, a wrong checksum, a wrong role or region, a foreign task', async () => {
      const before = storedFiles().length;
      const big = Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 0x41);
      expect(await refused(C.uploadAttachment, MIO_A, upload({}, big))).toEqual({ code: 'INVALID_INPUT', field: 'file' });
      expect(await refused(C.uploadAttachment, MIO_A, upload({}, Buffer.from('MZ\x90\x00'), 'application/x-msdownload'))).toEqual({
        code: 'INVALID_INPUT',
        field: 'file',
      });
      expect(await refused(C.uploadAttachment, MIO_A, upload({}, Buffer.from('MZ\x90\x00'), 'application/pdf'))).toEqual({
        code: 'INVALID_INPUT',
        field: 'file',
      });
      expect(await refused(C.uploadAttachment, MIO_A, { ...upload(), sha256: sha(Buffer.from('x')) })).toEqual({ code: 'INVALID_INPUT', field: 'sha256' });
      expect(await refused(C.uploadAttachment, PRR, upload())).toEqual({ code: 'WRONG_ROLE' });
      expect(await refused(C.uploadAttachment, MIO_B, upload())).toEqual({ code: 'NOT_FOUND', field: 'projectId' });
      expect(await refused(C.uploadAttachment, OTHER_INV, upload({ investorBin: OTHER_BIN }))).toEqual({ code: 'NOT_FOUND', field: 'projectId' });
      expect(await refused(C.uploadAttachment, MIO_A, upload({ taskId: randomUUID() }))).toEqual({ code: 'NOT_FOUND', field: 'taskId' });
      expect(await refused(C.uploadAttachment, MIO_A, upload({ taskId: rTasks.PRE_LAND!.id, stage: 'INVESTMENT' }))).toEqual({
        code: 'INVALID_INPUT',
        field: 'stage',
      });
      expect(storedFiles()).toHaveLength(before);
      const [n] = await query<{ n: string }>(db, `SELECT count(*) AS n FROM project_attachment`);
      expect(n!.n).toBe('1');
      const [outboxed] = await query<{ n: string }>(db, `SELECT count(*) AS n FROM outbox WHERE type = $1`, [EVENT_TYPES.attachmentAdded]);
      expect(outboxed!.n).toBe('1');
    });

    it('comments on a stage; lists and downloads are scoped to who sees the project', async () => {
      const c = await ok<{ id: string; stage: string }>(C.addComment, INV, { projectId: R, investorBin: BIN, stage: 'INVESTMENT', text: 'Equipment ordered' });
      expect(c.stage).toBe('INVESTMENT');
      expect(await refused(C.addComment, OTHER_INV, { projectId: R, investorBin: OTHER_BIN, text: 'x' })).toEqual({ code: 'NOT_FOUND', field: 'projectId' });
      expect(await refused(C.addComment, INV, { projectId: R, investorBin: BIN, text: '' })).toEqual({ code: 'INVALID_INPUT', field: 'text' });
      const [commented] = await seen(EVENT_TYPES.commentAdded, { commentId: c.id });
      expect(commented!.payload).toEqual({
        commentId: c.id,
        projectId: R,
        targetKind: 'STAGE',
        targetId: 'INVESTMENT',
        authorUserId: INV.userId,
        createdAt: expect.any(String),
      });
      const comments = await ok<{ total: number; items: { text: string }[] }>(C.listDiscussion, NCH, { projectId: R, kind: 'COMMENT', stage: 'INVESTMENT' });
      expect(comments.items.map((x) => x.text)).toEqual(['Equipment ordered']);
      expect((await ok<{ total: number }>(C.listDiscussion, NCH, { projectId: R, kind: 'COMMENT', stage: 'PRE_INVESTMENT' })).total).toBe(0);
      expect((await ok<{ total: number }>(C.listDiscussion, MIO_A, { projectId: R, kind: 'ATTACHMENT', taskId: rTasks.PRE_LAND!.id })).total).toBe(1);
      expect(await refused(C.listDiscussion, MIO_B, { projectId: R, kind: 'ATTACHMENT' })).toEqual({ code: 'NOT_FOUND', field: 'projectId' });
      const file = await ok<Attachment & { contentBase64: string }>(C.downloadAttachment, INV, { attachmentId: a.id, investorBin: BIN });
      expect(Buffer.from(file.contentBase64, 'base64')).toEqual(text);
      expect(file.sha256).toBe(sha(text));
      expect(await refused(C.downloadAttachment, OTHER_INV, { attachmentId: a.id, investorBin: OTHER_BIN })).toEqual({
        code: 'NOT_FOUND',
        field: 'attachmentId',
      });
      expect(await refused(C.downloadAttachment, MIO_B, { attachmentId: a.id })).toEqual({ code: 'NOT_FOUND', field: 'attachmentId' });
    });
  });

  describe('roadmap change requests (R7, E000)', () => {
    it('the investor or the akimat requests a change of an approved roadmap; AB refuses or approves it', async () => {
      expect(await refused(C.roadmapChange, NC, { projectId: R, action: 'REQUEST_CHANGE', description: 'x' })).toEqual({ code: 'WRONG_ROLE' });
      expect(await refused(C.roadmapChange, MIO_B, { projectId: R, action: 'REQUEST_CHANGE', description: 'x' })).toEqual({
        code: 'NOT_FOUND',
        field: 'projectId',
      });
      expect(await refused(C.roadmapChange, MIO_A, { projectId: R, action: 'REQUEST_CHANGE' })).toEqual({ code: 'INVALID_INPUT', field: 'description' });
      expect(await refused(C.roadmapChange, MIO_A, { projectId: P, action: 'REQUEST_CHANGE', description: 'x' })).toEqual({ code: 'WRONG_STATE' });
      expect(await refused(C.roadmapChange, AB, { projectId: R, action: 'APPROVE_CHANGE' })).toEqual({ code: 'WRONG_STATE' });

      const pending = await ok<Roadmap>(C.roadmapChange, INV, {
        projectId: R,
        investorBin: BIN,
        action: 'REQUEST_CHANGE',
        description: 'Move commissioning to Q4',
      });
      expect(pending).toMatchObject({ status: 'CHANGE_PENDING', state: { version: 1, pendingChange: { description: 'Move commissioning to Q4' } } });
      await seen('implementation.roadmap.change-requested', { projectId: R, description: 'Move commissioning to Q4' });
      expect(await refused(C.roadmapChange, MIO_A, { projectId: R, action: 'APPROVE_CHANGE' })).toEqual({ code: 'WRONG_ROLE' });
      const refusedChange = await ok<Roadmap>(C.roadmapChange, AB, { projectId: R, action: 'REFUSE_CHANGE', reason: 'Breaks the financing plan' });
      expect(refusedChange).toMatchObject({ status: 'APPROVED', state: { version: 1, pendingChange: null } });
      await seen('implementation.roadmap.change-refused', { projectId: R, reason: 'Breaks the financing plan' });

      await ok(C.roadmapChange, MIO_A, { projectId: R, action: 'REQUEST_CHANGE', description: 'Add a training task' });
      const approvedChange = await ok<Roadmap>(C.roadmapChange, AB, { projectId: R, action: 'APPROVE_CHANGE' });
      expect(approvedChange).toMatchObject({ status: 'APPROVED', state: { version: 2, pendingChange: null } });
      await seen('implementation.roadmap.change-approved', { projectId: R, version: 2 });
      const audit = await query<{ action: string }>(db, `SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'roadmap.%change' ORDER BY id`, [
        approvedChange.roadmapId,
      ]);
      expect(audit.map((r) => r.action)).toEqual(['roadmap.request-change', 'roadmap.refuse-change', 'roadmap.request-change', 'roadmap.approve-change']);
    });
  });

  describe('the deadline job', () => {
    it('day 2026-03-11: rework (T08), validation (T10) and the provider term (S10) are published once; a second run publishes nothing', async () => {
      await start('2026-03-11');
      expect(await refused(C.runDeadlineScan, MIO_A, {})).toEqual({ code: 'WRONG_ROLE' });
      const first = await ok<Scan>(C.runDeadlineScan, ADMIN, {});
      expect(first).toEqual({
        asOf: '2026-03-11',
        published: { passportFill: 0, formation: 0, approval: 0, rework: 1, validation: 1, poolDecision: 0, providerViolation: 1 },
      });
      const [rework] = await seen(EVENT_TYPES.roadmapReworkOverdue, { projectId: Q });
      expect(rework!.payload).toMatchObject({ timer: 'T08_REWORK', dueOn: '2026-03-10', detectedOn: '2026-03-11', regionCode: ALMATY, notify: ['NC'] });
      const [validation] = await seen(EVENT_TYPES.taskValidationOverdue, { projectId: R });
      expect(validation!.payload).toMatchObject({
        taskId: rTasks.POST_CAPACITY!.id,
        code: 'POST_CAPACITY',
        actualCompletionDate: '2026-03-02',
        dueOn: '2026-03-10',
      });
      const [notice] = await seen('implementation.service-application.violation-notice', { applicationId: app.id });
      expect(notice!.payload).toMatchObject({ providerOrganizationId: CSB_ORG, providerDueOn: '2026-03-05', notifyQualityControlBody: true });
      expect((await ok<Svc>(C.getStateService, NCR_A, { applicationId: app.id })).violationNotifiedOn).toBe('2026-03-11');

      const second = await ok<Scan>(C.runDeadlineScan, NC, {});
      expect(second.published).toEqual({ passportFill: 0, formation: 0, approval: 0, rework: 0, validation: 0, poolDecision: 0, providerViolation: 0 });
      expect(await refused(C.stateServiceTransition, NCR_A, { applicationId: app.id, action: 'NOTIFY_VIOLATION' })).toEqual({ code: 'WRONG_STATE' });
      const notices = await query<{ timer: string }>(db, `SELECT timer FROM deadline_notice ORDER BY timer`);
      expect(notices.map((r) => r.timer)).toEqual(['S10_PROVIDER', 'T08_REWORK', 'T10_VALIDATION']);
    });

    it('the application continues: return, notice to the investor, documents, re-send (new term), result, hand-over', async () => {
      expect(await actRefused(CSB, app.id, 'RETURN_DOCUMENTS')).toEqual({ code: 'INVALID_INPUT', field: 'reason' });
      expect(await act(CSB, app.id, 'RETURN_DOCUMENTS', { reason: 'The land title is not certified' })).toMatchObject({ status: 'RETURNED_BY_PROVIDER' });
      expect(await act(NCR_A, app.id, 'NOTIFY_INVESTOR')).toMatchObject({ status: 'AWAITING_INVESTOR' });
      await seen('implementation.service-application.investor-notified', { applicationId: app.id, reason: 'The land title is not certified' });
      expect(await actRefused(OTHER_INV, app.id, 'PROVIDE_DOCUMENTS', { documents: ['x'] })).toEqual({ code: 'WRONG_ROLE', field: 'actor.organizationId' });
      const completed = await act(INV, app.id, 'PROVIDE_DOCUMENTS', { documents: ['Certified land title'] });
      expect(completed).toMatchObject({ status: 'RESUBMISSION', documents: ['Land title', 'Certified land title'] });
      // Re-sent on Wed 11 March: the provider's clock restarts: 12, 13, 16 March.
      expect(await act(NCR_A, app.id, 'RESEND')).toMatchObject({ status: 'AT_PROVIDER', providerDueOn: '2026-03-16', violationNotifiedOn: null });
      expect(await act(CSB, app.id, 'ISSUE_RESULT')).toMatchObject({ status: 'RESULT_AT_FRONT_OFFICE', providerLate: false });
      expect(await actRefused(NCR_A, app.id, 'HAND_OVER', { receiptShown: true, identityVerified: false })).toEqual({
        code: 'INVALID_INPUT',
        field: 'identityVerified',
      });
      expect(await act(NCR_A, app.id, 'HAND_OVER', { receiptShown: true, identityVerified: true })).toMatchObject({
        status: 'ISSUED',
        statusLabel: { en: 'Issued' },
      });
      await seen('implementation.service-application.issued', { applicationId: app.id, issuedOn: '2026-03-11' });
      expect(events('implementation.service-application.forwarded', { applicationId: app.id })).toHaveLength(2);
    });

    it('day 2026-04-02: the roadmap not formed within 30 days (T06) is published; earlier misses are not repeated', async () => {
      await start('2026-04-02');
      const r = await ok<Scan>(C.runDeadlineScan, ADMIN, {});
      expect(r.published).toEqual({ passportFill: 0, formation: 1, approval: 0, rework: 0, validation: 0, poolDecision: 0, providerViolation: 0 });
      const [formation] = await seen(EVENT_TYPES.roadmapFormationOverdue, { projectId: P });
      expect(formation!.payload).toMatchObject({ timer: 'T06_FORM', dueOn: '2026-04-01', detectedOn: '2026-04-02', notify: ['INITIATOR', 'AB'] });
      expect((await ok<Scan>(C.runDeadlineScan, ADMIN, {})).published.formation).toBe(0);
      expect(events(EVENT_TYPES.roadmapFormationOverdue, { projectId: P })).toHaveLength(1);
      expect(events(EVENT_TYPES.roadmapReworkOverdue, { projectId: Q })).toHaveLength(1);
      expect(events(EVENT_TYPES.taskValidationOverdue, { projectId: R })).toHaveLength(1);
    });
  });
});
