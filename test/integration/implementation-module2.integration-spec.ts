import { randomUUID } from 'node:crypto';
import { COMMANDS, EVENT_TOPICS, type Actor } from '@ndip/domain';
import { ensureTopics } from '@ndip/platform/kafka/kafka-client';
import { ServiceProcess } from '../../tools/dev/stack';
import { CommandClient } from '../support/commands';
import { eventually } from '../support/eventually';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';
import { TopicRecorder } from '../support/kafka';

/**
 * Module 2 (apps/implementation) as a process against the real PostgreSQL and Kafka broker, driven by
 * request-reply commands as the gateway sends them. The clock is moved by restarting the process with
 * another NDIP_FIXED_TODAY; E001 runs in a second process (NDIP_RULE_EDITION=E001) on its own database.
 * Working-day deadlines come from the domain calendar of Kazakhstan (2026: 9 March and 23–25 March are
 * days off), so the expected dates below differ from a naive Monday–Friday count.
 */

type Project = {
  id: string;
  pool: { pool: string; mciYear: number; mciValue: number };
  passportStatus: { status: string; fillDueOn: string | null; completedOn: string | null; late: boolean };
  greenCorridor: { status: string; scoreMilli: number; reviewRequired: boolean } | null;
  taskForce: { handedOn: string } | null;
  roadmapStatus: string;
  status: string;
  validatedOn: string | null;
  investmentAmountKzt: string;
};
type Task = {
  id: string;
  code: string;
  status: string;
  effective: boolean;
  dueDate: string;
  dueHistory: string[];
  actualCompletionDate: string | null;
  completedLate: boolean;
  validationDueOn: string | null;
  validatedOn: string | null;
  validationLate: boolean;
  trafficLight: string;
  overdue: boolean;
  pendingReschedule: unknown;
};
type Roadmap = {
  roadmapId: string;
  status: string;
  roadmapStatus: string;
  state: {
    status: string;
    formDueOn: string;
    approvalDueOn: string | null;
    submittedLate: boolean;
    reworkDueOn: string | null;
    resubmittedLate: boolean;
    agreements: string[];
    agreedLate: boolean;
    version: number;
    investorBin: string | null;
  };
  overdue: string[];
  tasks: Task[];
};

const C = COMMANDS.implementation;
const ALMATY = '750000000';
const ASTANA = '710000000';
const BIN = '940740000139';
const OTHER_BIN = '120340005670';
const CSB_ORG = randomUUID();
const RESPONSIBLE_ORG = randomUUID();

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
const MIO_A = actor('MIO', { regionCode: ALMATY });
const MIO_B = actor('MIO', { regionCode: ASTANA });
const CSB = actor('CSB', { organizationId: CSB_ORG });
const OTHER_CSB = actor('CSB', { organizationId: randomUUID() });
const INV = actor('INV', { organizationId: 'org-inv-hyundai' });
const OTHER_INV = actor('INV', { organizationId: 'org-inv-other' });

const draftTask = (code: string, dueDate: string, responsibleOrg: string | null = RESPONSIBLE_ORG) => ({
  code,
  title: `Task ${code}`,
  dueDate,
  responsible: { kind: 'STATE_BODY', ...(responsibleOrg ? { organizationId: responsibleOrg } : {}), name: 'Akimat of Almaty', person: 'A. Nurlanov' },
  expectedResult: `Result of ${code}`,
  supportMeasures: ['One-stop shop support'],
});

const roadmapDraft = (tasks: [string, string][]) => {
  const stage = (s: string, prefix: string) => ({
    stage: s,
    risks: [{ risk: `Risk of ${s}`, mitigation: 'Weekly follow-up' }],
    tasks: tasks.filter(([c]) => c.startsWith(prefix)).map(([c, d]) => draftTask(c, d)),
  });
  return { stages: [stage('PRE_INVESTMENT', 'PRE_'), stage('INVESTMENT', 'INV_'), stage('POST_INVESTMENT', 'POST_')] };
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
  description: 'Automotive components plant: 650 jobs, serial production of body parts',
  companyRegisteredOn: '2019-04-02',
};

describe('Module 2 implementation service: passport, roadmap and tasks in both editions', () => {
  let commands: CommandClient;
  let recorder: TopicRecorder;
  let svc: ServiceProcess | null = null;
  let dbs: Record<'e0' | 'e1', string>;
  let prefix: string;

  const start = async (edition: 'E000' | 'E001', today: string, overdueIntervalMs = 0): Promise<void> => {
    await svc?.stop();
    svc = new ServiceProcess(
      'implementation',
      {
        DATABASE_URL: edition === 'E000' ? dbs.e0 : dbs.e1,
        HTTP_PORT: String(testPortBase(202)),
        NDIP_KAFKA_BROKERS: testInfra().brokers,
        // One consumer group per edition: a restart on another day continues where the group left off.
        NDIP_GROUP_PREFIX: `${prefix}-${edition.toLowerCase()}`,
        NDIP_LOG_LEVEL: 'warn',
        NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000',
        NDIP_RULE_EDITION: edition,
        NDIP_FIXED_TODAY: today,
        NDIP_OVERDUE_SCAN_INTERVAL_MS: String(overdueIntervalMs),
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
  const tasksOf = async (projectId: string): Promise<Record<string, Task>> => {
    const page = await ok<{ items: Task[] }>(C.listTasks, NC, { projectId });
    return Object.fromEntries(page.items.map((t) => [t.code, t]));
  };

  beforeAll(async () => {
    prefix = uniqueName('m2');
    await ensureTopics(testInfra().brokers);
    dbs = await createDatabases(prefix, ['e0', 'e1'] as const);
    commands = await CommandClient.connect(prefix, Object.values(C));
    recorder = await new TopicRecorder([EVENT_TOPICS.implementation]).start();
  });

  afterAll(async () => {
    await svc?.stop();
    await commands?.close();
    await recorder?.stop();
  });

  describe('E000 (the rules in force)', () => {
    let p: Project;
    let other: Project;

    it('day 2026-03-02: an initiator body opens a project (P2); bad input and wrong roles are refused', async () => {
      await start('E000', '2026-03-02');
      const body = {
        entryPath: 'P2',
        name: 'Automotive components plant',
        regionCode: ALMATY,
        companyName: 'Hyundai Motor Company',
        estimatedCost: { amount: '70000000', currency: 'USD' },
        usdKztRate: '500',
        hasInvestmentContract: false,
        jobs: 100,
        technologyLevel: 'MANUFACTURING_NOT_LISTED',
        inGlobal2000: false,
      };
      expect(await refused(C.createProject, INV, body)).toEqual({ code: 'WRONG_ROLE' });
      expect(await refused(C.createProject, MIO_B, body)).toEqual({ code: 'WRONG_ROLE', field: 'regionCode' });
      expect(await refused(C.createProject, NC, { ...body, regionCode: '999999999' })).toEqual({ code: 'UNKNOWN_REFERENCE', field: 'regionCode' });
      expect(await refused(C.createProject, NC, { ...body, companyBin: '940740000138' })).toEqual({ code: 'INVALID_INPUT', field: 'companyBin' });
      expect(await refused(C.createProject, NC, { ...body, usdKztRate: undefined })).toEqual({ code: 'INVALID_INPUT', field: 'usdKztRate' });
      expect(await refused(C.createProject, NC, { ...body, estimatedCost: { amount: '1', currency: 'EUR' } })).toEqual({
        code: 'INVALID_INPUT',
        field: 'estimatedCost.currency',
      });
      // P5 is the regional pool: 70 M USD × 500 = 35 bn KZT is far above 150,000 MCI (2026: 648.75 M KZT).
      expect(await refused(C.createProject, MIO_A, { ...body, entryPath: 'P5' })).toEqual({ code: 'INVALID_INPUT', field: 'estimatedCost' });
      expect(await refused(C.createProject, NC, { ...body, entryPath: 'P5' })).toEqual({ code: 'WRONG_ROLE', field: 'entryPath' });

      p = await ok<Project>(C.createProject, NC, body);
      expect(p).toMatchObject({
        pool: { pool: 'NATIONAL', mciYear: 2026, mciValue: 4325 },
        passportStatus: { status: 'INCOMPLETE', fillDueOn: null },
        investmentAmountKzt: '35000000000',
        roadmapStatus: 'NO_ROADMAP',
        greenCorridor: null,
        taskForce: null,
      });
      await seen('implementation.project.created', { projectId: p.id, companyId: null });
      // P4 (000 §29 ¶2): the MIO includes a project already being implemented.
      other = await ok<Project>(C.createProject, MIO_A, { ...body, entryPath: 'P4', name: 'Ongoing plant' });
      expect(other.pool.pool).toBe('NATIONAL');
    });

    it('completing the passport checks the required fields, classifies the pool and scores the green corridor; an update re-scores and hands off to Task Force', async () => {
      expect(await refused(C.completePassport, NC, { projectId: p.id })).toEqual({ code: 'INVALID_INPUT', field: 'sector' });
      expect(await refused(C.assignRoadmapMio, NC, { projectId: p.id })).toEqual({ code: 'WRONG_STATE' });
      expect(await refused(C.updatePassport, MIO_B, { projectId: p.id, ...fullPassport })).toEqual({ code: 'NOT_FOUND', field: 'projectId' });
      expect(await refused(C.updatePassport, AB, { projectId: p.id, ...fullPassport })).toEqual({ code: 'WRONG_ROLE' });
      await ok(C.updatePassport, MIO_A, { projectId: p.id, ...fullPassport });
      const completed = await ok<Project>(C.completePassport, NC, { projectId: p.id });
      // 70 M USD → 3; not Global 2000 → 0; manufacturing not listed → 1; 100 jobs → 0.5: 750 + 0 + 300 + 75 = 1125 < 1300.
      expect(completed).toMatchObject({
        passportStatus: { status: 'COMPLETE', completedOn: '2026-03-02', late: false },
        greenCorridor: { status: 'NOT_ELIGIBLE', scoreMilli: 1125, reviewRequired: false },
        taskForce: null,
      });
      expect(await refused(C.completePassport, NC, { projectId: p.id })).toEqual({ code: 'WRONG_STATE' });

      const updated = await ok<Project>(C.updatePassport, NC, { projectId: p.id, technologyLevel: 'HIGH' });
      // High technology → 3: 750 + 0 + 900 + 75 = 1725 ≥ 1300; 35 bn KZT ≥ 7,500,000 × 4,325 = 32.4375 bn KZT → Task Force.
      expect(updated).toMatchObject({ greenCorridor: { status: 'ELIGIBLE', scoreMilli: 1725 }, taskForce: { handedOn: '2026-03-02' } });
      const scorings = await ok<{
        items: { trigger: string; scoreMilli: number; inputs: { amountUsd: string }; explanation: { criterion: string; milli: number }[] }[];
      }>(C.listGreenCorridorScorings, NC, { projectId: p.id });
      expect(scorings.items.map((s) => [s.trigger, s.scoreMilli])).toEqual([
        ['PASSPORT_COMPLETED', 1125],
        ['PASSPORT_UPDATED', 1725],
      ]);
      expect(scorings.items[1]!.inputs.amountUsd).toBe('70000000.00');
      expect(scorings.items[1]!.explanation.map((x) => [x.criterion, x.milli])).toEqual([
        ['C1_AMOUNT', 750],
        ['C2_GLOBAL_2000', 0],
        ['C3_TECHNOLOGY', 900],
        ['C4_SOCIAL', 75],
      ]);
      await seen('implementation.project.green-corridor-scored', { projectId: p.id, status: 'ELIGIBLE', scoreMilli: 1725 });
      const handed = await seen('implementation.project.handed-to-task-force', { projectId: p.id });
      expect(handed).toHaveLength(1);
      expect(handed[0]!.payload).toMatchObject({ amountKzt: '35000000000', mciYear: 2026, mciValue: 4325 });
      // a drop below the threshold keeps the status and asks for AB review; no second hand-off.
      const dropped = await ok<Project>(C.updatePassport, NC, { projectId: p.id, technologyLevel: 'NON_MANUFACTURING' });
      expect(dropped.greenCorridor).toMatchObject({ status: 'ELIGIBLE', scoreMilli: 825, reviewRequired: true });
      const restored = await ok<Project>(C.updatePassport, NC, { projectId: p.id, technologyLevel: 'HIGH' });
      expect(restored.greenCorridor).toMatchObject({ status: 'ELIGIBLE', scoreMilli: 1725, reviewRequired: false });
      expect(events('implementation.project.handed-to-task-force', { projectId: p.id })).toHaveLength(1);
    });

    it('R1–R5: the MIO is named, forms and submits the roadmap; NC returns it with a 5-working-day rework period', async () => {
      expect(await refused(C.assignRoadmapMio, AB, { projectId: p.id })).toEqual({ code: 'WRONG_ROLE' });
      expect(await refused(C.assignRoadmapMio, MIO_B, { projectId: p.id })).toEqual({ code: 'NOT_FOUND', field: 'projectId' });
      const rm = await ok<Roadmap>(C.assignRoadmapMio, NC, { projectId: p.id });
      expect(rm).toMatchObject({ status: 'DRAFTING', roadmapStatus: 'NO_ROADMAP', state: { formDueOn: '2026-04-01', approvalDueOn: null, investorBin: BIN } });
      expect(await refused(C.assignRoadmapMio, NC, { projectId: p.id })).toEqual({ code: 'CONFLICT' });

      const draft = roadmapDraft([
        ['PRE_LAND', '2026-03-10'],
        ['INV_CONSTR', '2026-06-30'],
        ['POST_CAPACITY', '2026-09-30'],
      ]);
      expect(await refused(C.updateRoadmapDraft, MIO_B, { projectId: p.id, ...draft })).toEqual({ code: 'NOT_FOUND', field: 'projectId' });
      expect(await refused(C.updateRoadmapDraft, NC, { projectId: p.id, ...draft })).toEqual({ code: 'WRONG_ROLE' });
      expect(await refused(C.roadmapTransition, MIO_A, { projectId: p.id, action: 'SUBMIT' })).toEqual({ code: 'INVALID_INPUT', field: 'stages' });
      const late = roadmapDraft([
        ['PRE_LAND', '2026-12-10'],
        ['INV_CONSTR', '2026-06-30'],
        ['POST_CAPACITY', '2026-09-30'],
      ]);
      expect(await refused(C.updateRoadmapDraft, MIO_A, { projectId: p.id, ...late })).toEqual({ code: 'INVALID_INPUT', field: 'stages[0].tasks[0].dueDate' });
      await ok(C.updateRoadmapDraft, MIO_A, { projectId: p.id, ...draft });
      expect(await refused(C.roadmapTransition, NC, { projectId: p.id, action: 'APPROVE' })).toEqual({ code: 'WRONG_STATE' });
      expect(await refused(C.roadmapTransition, AB, { projectId: p.id, action: 'VERIFY' })).toEqual({ code: 'NOT_IN_EDITION' });

      const submitted = await ok<Roadmap>(C.roadmapTransition, MIO_A, { projectId: p.id, action: 'SUBMIT' });
      expect(submitted).toMatchObject({ status: 'NC_REVIEW', state: { submittedLate: false } });
      expect(submitted.tasks.map((t) => [t.code, t.effective])).toEqual([
        ['PRE_LAND', false],
        ['INV_CONSTR', false],
        ['POST_CAPACITY', false],
      ]);
      expect(await refused(C.taskTransition, MIO_A, { taskId: submitted.tasks[0]!.id, action: 'START' })).toEqual({ code: 'WRONG_STATE' });
      expect(await refused(C.roadmapTransition, NCH, { projectId: p.id, action: 'APPROVE' })).toEqual({ code: 'WRONG_ROLE' });
      expect(await refused(C.roadmapTransition, MIO_A, { projectId: p.id, action: 'APPROVE' })).toEqual({ code: 'WRONG_ROLE' });

      const rejected = await ok<Roadmap>(C.roadmapTransition, NC, { projectId: p.id, action: 'REJECT', reason: 'Land plot date too early' });
      // 5 WD from Mon 2 March 2026: 3, 4, 5, 6, (9 March is a day off: 8 March fell on a Sunday), 10 March.
      expect(rejected).toMatchObject({ status: 'REWORK', state: { reworkDueOn: '2026-03-10' } });
      await seen('implementation.roadmap.rejected', { projectId: p.id, reworkDueOn: '2026-03-10' });
      expect(events('implementation.task.created', { projectId: p.id })).toHaveLength(0);
    });

    it('day 2026-03-18: a late resubmission is flagged, NC approves, the project is "with roadmap" and its tasks take effect', async () => {
      await start('E000', '2026-03-18');
      const resubmitted = await ok<Roadmap>(C.roadmapTransition, MIO_A, { projectId: p.id, action: 'RESUBMIT' });
      expect(resubmitted).toMatchObject({ status: 'NC_REVIEW', state: { resubmittedLate: true } });
      await seen('implementation.roadmap.resubmitted', { projectId: p.id, late: true });
      const approved = await ok<Roadmap>(C.roadmapTransition, NC, { projectId: p.id, action: 'APPROVE' });
      expect(approved).toMatchObject({ status: 'APPROVED', roadmapStatus: 'WITH_ROADMAP', state: { version: 1 } });
      expect((await ok<Project>(C.getProject, NC, { id: p.id })).roadmapStatus).toBe('WITH_ROADMAP');
      const created = await seen('implementation.task.created', { projectId: p.id }, 3);
      expect(created).toHaveLength(3);
      expect(created.map((e) => e.payload)).toContainEqual(
        expect.objectContaining({
          code: 'PRE_LAND',
          regionCode: ALMATY,
          responsibleOrganizationId: RESPONSIBLE_ORG,
          dueDate: '2026-03-10',
          actualCompletionDate: null,
          stage: 'PRE_INVESTMENT',
          requiresValidation: false,
        }),
      );
      // E000: only the last task needs National Chamber validation (000 §60).
      expect(created.find((e) => e.payload.code === 'POST_CAPACITY')!.payload.requiresValidation).toBe(true);
    });

    it('T6: the overdue job publishes became-overdue once per task and due date', async () => {
      const t = await tasksOf(p.id);
      expect(t.PRE_LAND).toMatchObject({ overdue: true, trafficLight: 'RED' });
      expect(t.INV_CONSTR!.trafficLight).toBe('GREEN');
      expect(await refused(C.runOverdueScan, MIO_A, {})).toEqual({ code: 'WRONG_ROLE' });
      const first = await ok<{ asOf: string; published: number }>(C.runOverdueScan, ADMIN, {});
      expect(first.asOf).toBe('2026-03-18');
      expect(first.published).toBeGreaterThanOrEqual(1);
      const overdue = await seen('implementation.task.became-overdue', { taskId: t.PRE_LAND!.id });
      expect(overdue[0]!.payload).toMatchObject({ dueDate: '2026-03-10', overdueSince: '2026-03-11', detectedOn: '2026-03-18', regionCode: ALMATY });
      const second = await ok<{ published: number }>(C.runOverdueScan, NC, {});
      expect(second.published).toBe(0);
      const notices = await query<{ n: number }>(dbs.e0, `SELECT count(*)::int AS n FROM task_overdue_notice WHERE task_id = $1`, [t.PRE_LAND!.id]);
      expect(notices[0]!.n).toBe(1);
      expect(events('implementation.task.became-overdue', { taskId: t.PRE_LAND!.id })).toHaveLength(1);
    });

    it('T2–T3, T7: progress, late completion, AB-approved reschedule; the last task waits for the others', async () => {
      const t = await tasksOf(p.id);
      expect(await refused(C.taskTransition, AB, { taskId: t.PRE_LAND!.id, action: 'START' })).toEqual({ code: 'WRONG_ROLE' });
      expect(await refused(C.taskTransition, MIO_B, { taskId: t.PRE_LAND!.id, action: 'START' })).toEqual({ code: 'NOT_FOUND', field: 'taskId' });
      await ok(C.taskTransition, MIO_A, { taskId: t.PRE_LAND!.id, action: 'START' });
      expect(
        await refused(C.taskTransition, MIO_A, { taskId: t.PRE_LAND!.id, action: 'COMPLETE', actualCompletionDate: '2026-03-19', evidenceFileIds: [] }),
      ).toEqual({
        code: 'INVALID_INPUT',
        field: 'actualCompletionDate',
      });
      const done = await ok<Task>(C.taskTransition, MIO_A, { taskId: t.PRE_LAND!.id, action: 'COMPLETE', actualCompletionDate: '2026-03-17' });
      expect(done).toMatchObject({ status: 'DONE', completedLate: true, trafficLight: 'NONE', overdue: false });
      const completed = await seen('implementation.task.completed', { taskId: t.PRE_LAND!.id });
      expect(completed[0]!.payload).toMatchObject({
        actualCompletionDate: '2026-03-17',
        dueDate: '2026-03-10',
        awaitingValidation: false,
        validationDueOn: null,
      });

      expect(await refused(C.taskTransition, MIO_A, { taskId: t.POST_CAPACITY!.id, action: 'COMPLETE', actualCompletionDate: '2026-03-18' })).toEqual({
        code: 'WRONG_STATE',
      });

      await ok(C.taskTransition, MIO_A, { taskId: t.INV_CONSTR!.id, action: 'REQUEST_RESCHEDULE', newDueDate: '2026-07-31', reason: 'Equipment delivery' });
      expect(await refused(C.taskTransition, MIO_A, { taskId: t.INV_CONSTR!.id, action: 'APPROVE_RESCHEDULE' })).toEqual({ code: 'WRONG_ROLE' });
      expect(await refused(C.taskTransition, NC, { taskId: t.INV_CONSTR!.id, action: 'APPROVE_RESCHEDULE' })).toEqual({ code: 'WRONG_ROLE' });
      const moved = await ok<Task>(C.taskTransition, AB, { taskId: t.INV_CONSTR!.id, action: 'APPROVE_RESCHEDULE' });
      expect(moved).toMatchObject({ dueDate: '2026-07-31', dueHistory: ['2026-06-30'], pendingReschedule: null });
      const changed = await seen('implementation.task.due-date-changed', { taskId: t.INV_CONSTR!.id });
      expect(changed[0]!.payload).toMatchObject({ previousDueDate: '2026-06-30', dueDate: '2026-07-31', changedOn: '2026-03-18' });
      await ok(C.taskTransition, MIO_A, { taskId: t.INV_CONSTR!.id, action: 'REQUEST_RESCHEDULE', newDueDate: '2026-08-31', reason: 'Again' });
      await ok(C.taskTransition, AB, { taskId: t.INV_CONSTR!.id, action: 'REFUSE_RESCHEDULE', reason: 'No grounds' });
      expect((await tasksOf(p.id)).INV_CONSTR!.dueDate).toBe('2026-07-31');

      // E000 §9.2: the National Chamber may also record progress (initiator body).
      await ok(C.taskTransition, NCH, { taskId: t.INV_CONSTR!.id, action: 'COMPLETE', actualCompletionDate: '2026-03-18' });
    });

    it('T3–T5: the last task awaits NCH validation for 5 working days; a refusal sends it back', async () => {
      const t = await tasksOf(p.id);
      const id = t.POST_CAPACITY!.id;
      expect(await refused(C.taskTransition, NCH, { taskId: id, action: 'VALIDATE' })).toEqual({ code: 'WRONG_STATE' });
      const awaiting = await ok<Task>(C.taskTransition, MIO_A, { taskId: id, action: 'COMPLETE', actualCompletionDate: '2026-03-18' });
      // 5 WD from Wed 18 March 2026: 19, 20, (21–25 March: Nauryz and its transfers), 26, 27, 30 March.
      expect(awaiting).toMatchObject({ status: 'AWAITING_VALIDATION', validationDueOn: '2026-03-30' });
      const c1 = await seen('implementation.task.completed', { taskId: id });
      expect(c1[0]!.payload).toMatchObject({ awaitingValidation: true, validationDueOn: '2026-03-30' });
      expect(await refused(C.taskTransition, MIO_A, { taskId: id, action: 'VALIDATE' })).toEqual({ code: 'WRONG_ROLE' });
      expect(await refused(C.taskTransition, NCH, { taskId: id, action: 'REFUSE_VALIDATION' })).toEqual({ code: 'INVALID_INPUT', field: 'reason' });
      const back = await ok<Task>(C.taskTransition, NCH, { taskId: id, action: 'REFUSE_VALIDATION', reason: 'No commissioning act' });
      expect(back).toMatchObject({ status: 'IN_PROGRESS', actualCompletionDate: null });
      await ok(C.taskTransition, MIO_A, { taskId: id, action: 'COMPLETE', actualCompletionDate: '2026-03-18' });
    });

    it('day 2026-03-31: a late validation of the last task hands the project to Module 3 (validation date = Module 3 entry)', async () => {
      await start('E000', '2026-03-31');
      const t = await tasksOf(p.id);
      expect(t.POST_CAPACITY).toMatchObject({ status: 'AWAITING_VALIDATION', validationDueOn: '2026-03-30' });
      const validated = await ok<Task>(C.taskTransition, NCH, { taskId: t.POST_CAPACITY!.id, action: 'VALIDATE' });
      expect(validated).toMatchObject({ status: 'DONE', validatedOn: '2026-03-31', validationLate: true });
      const v = await seen('implementation.task.validated', { taskId: t.POST_CAPACITY!.id });
      expect(v[0]!.payload).toMatchObject({ validatedOn: '2026-03-31', late: true, movesProjectToModule3: true, actualCompletionDate: '2026-03-18' });
      const transferred = await seen('implementation.project.transferred-to-post-investment', { projectId: p.id });
      expect(transferred).toHaveLength(1);
      expect(transferred[0]!.payload).toEqual({
        projectId: p.id,
        regionCode: ALMATY,
        pool: 'NATIONAL',
        validatedOn: '2026-03-31',
        investmentContractExpiresOn: null,
      });
      expect(await ok<Project>(C.getProject, NC, { id: p.id })).toMatchObject({ status: 'POST_INVESTMENT', validatedOn: '2026-03-31' });
      expect(await refused(C.updatePassport, NC, { projectId: p.id, jobs: 700 })).toEqual({ code: 'WRONG_STATE' });
    });

    it('§9.3: an investor company sees only its own company’s projects; a region’s akimat only its region', async () => {
      // `other` has no BIN in its passport yet: it is not the investor's (yet).
      // (The service reads the whole attraction topic: conversions made by other test files are projects here too.)
      type Row = { id: string; companyBin: string | null; regionCode: string; taskForce: unknown };
      const mine = (await ok<{ items: Row[] }>(C.listProjects, INV, { investorBin: BIN, pageSize: 200 })).items;
      expect(mine.map((x) => x.id)).toContain(p.id);
      expect(mine.map((x) => x.id)).not.toContain(other.id);
      expect(mine.filter((x) => x.companyBin !== BIN)).toEqual([]);
      await ok(C.updatePassport, MIO_A, { projectId: other.id, companyBin: BIN });
      const both = (await ok<{ items: Row[] }>(C.listProjects, INV, { investorBin: BIN, pageSize: 200 })).items;
      expect(both.map((x) => x.id)).toEqual(expect.arrayContaining([p.id, other.id]));
      const theirs = (await ok<{ items: Row[] }>(C.listProjects, OTHER_INV, { investorBin: OTHER_BIN, pageSize: 200 })).items;
      expect(theirs.filter((x) => x.companyBin !== OTHER_BIN)).toEqual([]);
      expect(await ok<{ items: unknown[] }>(C.listProjects, INV, {})).toMatchObject({ items: [], total: 0 });
      expect(await refused(C.getProject, OTHER_INV, { id: p.id, investorBin: OTHER_BIN })).toEqual({ code: 'NOT_FOUND', field: 'id' });
      expect((await ok<Project>(C.getProject, INV, { id: p.id, investorBin: BIN })).id).toBe(p.id);
      expect(await refused(C.getProject, MIO_B, { id: p.id })).toEqual({ code: 'NOT_FOUND', field: 'id' });
      const astana = (await ok<{ items: Row[] }>(C.listProjects, MIO_B, { pageSize: 200 })).items;
      expect(astana.filter((x) => x.regionCode !== ASTANA)).toEqual([]);
      expect(await refused(C.listTasks, OTHER_INV, { projectId: p.id, investorBin: OTHER_BIN })).toEqual({ code: 'NOT_FOUND', field: 'projectId' });
      // TF sees the projects handed to it.
      const tf = (await ok<{ items: Row[] }>(C.listProjects, actor('TF'), { pageSize: 200 })).items;
      expect(tf.map((x) => x.id)).toContain(p.id);
      expect(tf.map((x) => x.id)).not.toContain(other.id);
      expect(tf.filter((x) => x.taskForce === null)).toEqual([]);
    });
  });

  describe('E001 (the 2024 draft): approvers, AB verification, the MIO-only progress with investor consent', () => {
    let x: Project;
    let y: Project;
    let z: Project;
    const base = {
      entryPath: 'P2',
      regionCode: ALMATY,
      companyName: 'Hyundai Motor Company',
      estimatedCost: { amount: '200000000000', currency: 'KZT' },
      usdKztRate: '500',
      hasInvestmentContract: false,
      jobs: 650,
      technologyLevel: 'HIGH',
      inGlobal2000: true,
    };

    it('day 2026-03-02: P4 does not exist; the BIN is required (001 §46); the 30-day fill deadline is set', async () => {
      await start('E001', '2026-03-02');
      expect(await refused(C.createProject, MIO_A, { ...base, entryPath: 'P4', name: 'x' })).toEqual({ code: 'NOT_IN_EDITION', field: 'entryPath' });
      x = await ok<Project>(C.createProject, MIO_A, { ...base, name: 'Plant X' });
      expect(x.passportStatus).toMatchObject({ status: 'INCOMPLETE', fillDueOn: '2026-04-01' });
      const { companyBin: _bin, ...noBin } = fullPassport;
      await ok(C.updatePassport, MIO_A, { projectId: x.id, ...noBin });
      expect(await refused(C.completePassport, MIO_A, { projectId: x.id })).toEqual({ code: 'INVALID_INPUT', field: 'companyBin' });
      await ok(C.updatePassport, MIO_A, { projectId: x.id, companyBin: BIN });
      const done = await ok<Project>(C.completePassport, MIO_A, { projectId: x.id });
      // 200 bn KZT / 500 = 400 M USD → 3, Global 2000 → 2, high → 3, 650 jobs → 2: 750 + 600 + 900 + 300 = 2550.
      expect(done).toMatchObject({
        passportStatus: { late: false },
        greenCorridor: { status: 'ELIGIBLE', scoreMilli: 2550 },
        taskForce: { handedOn: '2026-03-02' },
      });
      y = await ok<Project>(C.createProject, MIO_A, { ...base, name: 'Plant Y', ...fullPassport });
      await ok(C.completePassport, MIO_A, { projectId: y.id });
      await ok(C.assignRoadmapMio, NC, { projectId: y.id });
      z = await ok<Project>(C.createProject, MIO_A, { ...base, name: 'Plant Z', ...fullPassport });
    });

    it("R1'–R5': approvers (National Chamber, investor, the named CSB) with objective reasons; T07 and T08 timers", async () => {
      const rm = await ok<Roadmap>(C.assignRoadmapMio, NC, { projectId: x.id, responsibleCsbIds: [CSB_ORG] });
      expect(rm.state).toMatchObject({ status: 'DRAFTING', formDueOn: '2026-04-01', approvalDueOn: '2026-04-01' });
      await ok(C.updateRoadmapDraft, MIO_A, {
        projectId: x.id,
        responsibleCsbIds: [CSB_ORG],
        ...roadmapDraft([
          ['PRE_FS', '2026-04-10'],
          ['INV_CONSTR', '2026-05-29'],
          ['POST_CAPACITY', '2026-06-30'],
        ]),
      });
      await ok(C.roadmapTransition, MIO_A, { projectId: x.id, action: 'SUBMIT' });
      expect(await refused(C.roadmapTransition, NC, { projectId: x.id, action: 'APPROVE' })).toEqual({ code: 'NOT_IN_EDITION' });
      expect(await refused(C.roadmapTransition, OTHER_INV, { projectId: x.id, action: 'AGREE', investorBin: OTHER_BIN })).toEqual({
        code: 'NOT_FOUND',
        field: 'projectId',
      });
      expect(await refused(C.roadmapTransition, OTHER_CSB, { projectId: x.id, action: 'AGREE' })).toEqual({ code: 'NOT_FOUND', field: 'projectId' });
      expect(await refused(C.roadmapTransition, NCH, { projectId: x.id, action: 'REJECT' })).toEqual({ code: 'INVALID_INPUT', field: 'reason' });
      const agreed = await ok<Roadmap>(C.roadmapTransition, NCH, { projectId: x.id, action: 'AGREE' });
      expect(agreed.state.agreements).toEqual(['NCH']);
      expect(await refused(C.roadmapTransition, NCH, { projectId: x.id, action: 'AGREE' })).toEqual({ code: 'CONFLICT' });
      const rejected = await ok<Roadmap>(C.roadmapTransition, INV, {
        projectId: x.id,
        action: 'REJECT',
        reason: 'Construction period is too short',
        investorBin: BIN,
      });
      expect(rejected.state).toMatchObject({ status: 'REWORK', reworkDueOn: '2026-03-10', agreements: [] });
      const rej = await seen('implementation.roadmap.rejected', { projectId: x.id });
      expect(rej[0]!.payload).toMatchObject({ by: 'INVESTOR', reason: 'Construction period is too short' });
      const again = await ok<Roadmap>(C.roadmapTransition, MIO_A, { projectId: x.id, action: 'RESUBMIT' });
      expect(again.state).toMatchObject({ status: 'ON_APPROVAL', resubmittedLate: false });
      await ok(C.roadmapTransition, NCH, { projectId: x.id, action: 'AGREE' });
      await ok(C.roadmapTransition, INV, { projectId: x.id, action: 'AGREE', investorBin: BIN });
      const all = await ok<Roadmap>(C.roadmapTransition, CSB, { projectId: x.id, action: 'AGREE' });
      expect(all.state).toMatchObject({ status: 'AB_VERIFICATION', agreedLate: false });
      await seen('implementation.roadmap.agreed', { projectId: x.id, late: false });
      expect(await refused(C.roadmapTransition, NC, { projectId: x.id, action: 'VERIFY' })).toEqual({ code: 'WRONG_ROLE' });
      const failed = await ok<Roadmap>(C.roadmapTransition, AB, { projectId: x.id, action: 'FAIL_VERIFICATION', reason: 'Passport cost differs' });
      expect(failed.state).toMatchObject({ status: 'REWORK', reworkDueOn: '2026-03-10' });
    });

    it('day 2026-04-15: late resubmission and late agreement are flagged; AB verifies; tasks take effect', async () => {
      await start('E001', '2026-04-15');
      const re = await ok<Roadmap>(C.roadmapTransition, MIO_A, { projectId: x.id, action: 'RESUBMIT' });
      expect(re.state.resubmittedLate).toBe(true);
      expect(re.overdue).toEqual(['APPROVAL']);
      await ok(C.roadmapTransition, NCH, { projectId: x.id, action: 'AGREE' });
      await ok(C.roadmapTransition, CSB, { projectId: x.id, action: 'AGREE' });
      const all = await ok<Roadmap>(C.roadmapTransition, INV, { projectId: x.id, action: 'AGREE', investorBin: BIN });
      expect(all.state).toMatchObject({ status: 'AB_VERIFICATION', agreedLate: true });
      const verified = await ok<Roadmap>(C.roadmapTransition, AB, { projectId: x.id, action: 'VERIFY' });
      expect(verified).toMatchObject({ status: 'APPROVED', roadmapStatus: 'WITH_ROADMAP' });
      await seen('implementation.roadmap.verified', { projectId: x.id });
      const created = await seen('implementation.task.created', { projectId: x.id }, 3);
      // E001: construction and commissioning are validated too (001 §65).
      expect(Object.fromEntries(created.map((e) => [e.payload.code, e.payload.requiresValidation]))).toEqual({
        PRE_FS: false,
        INV_CONSTR: true,
        POST_CAPACITY: true,
      });

      // T06 late: Y's MIO was named on 2 March (30 CD → 1 April) and submits on 15 April. T05 late: Z's passport.
      await ok(C.updateRoadmapDraft, MIO_A, {
        projectId: y.id,
        ...roadmapDraft([
          ['PRE_FS', '2026-05-10'],
          ['POST_CAPACITY', '2026-06-30'],
        ]),
      });
      expect((await ok<Roadmap>(C.roadmapTransition, MIO_A, { projectId: y.id, action: 'SUBMIT' })).state.submittedLate).toBe(true);
      expect((await ok<Project>(C.completePassport, MIO_A, { projectId: z.id })).passportStatus).toMatchObject({ completedOn: '2026-04-15', late: true });
      await seen('implementation.project.passport-completed', { projectId: z.id, late: true, fillDueOn: '2026-04-01' });
    });

    it('E001 tasks: only the akimat records progress, with the investor’s consent; NCH validates within 5 WD; the last validation hands over', async () => {
      const t = await tasksOf(x.id);
      expect(await refused(C.taskTransition, NC, { taskId: t.PRE_FS!.id, action: 'START', investorConsent: true })).toEqual({ code: 'WRONG_ROLE' });
      expect(await refused(C.taskTransition, NCH, { taskId: t.PRE_FS!.id, action: 'START', investorConsent: true })).toEqual({ code: 'WRONG_ROLE' });
      expect(await refused(C.taskTransition, MIO_A, { taskId: t.PRE_FS!.id, action: 'START' })).toEqual({ code: 'INVALID_INPUT', field: 'investorConsent' });
      expect(await refused(C.taskTransition, MIO_B, { taskId: t.PRE_FS!.id, action: 'START', investorConsent: true })).toEqual({
        code: 'NOT_FOUND',
        field: 'taskId',
      });
      await ok(C.taskTransition, MIO_A, { taskId: t.PRE_FS!.id, action: 'START', investorConsent: true });
      const fs = await ok<Task>(C.taskTransition, MIO_A, {
        taskId: t.PRE_FS!.id,
        action: 'COMPLETE',
        actualCompletionDate: '2026-04-09',
        investorConsent: true,
      });
      expect(fs).toMatchObject({ status: 'DONE', completedLate: false });

      expect(
        await refused(C.taskTransition, MIO_A, { taskId: t.INV_CONSTR!.id, action: 'REQUEST_RESCHEDULE', newDueDate: '2026-06-15', reason: 'Rains' }),
      ).toEqual({ code: 'INVALID_INPUT', field: 'investorConsent' });
      await ok(C.taskTransition, MIO_A, {
        taskId: t.INV_CONSTR!.id,
        action: 'REQUEST_RESCHEDULE',
        newDueDate: '2026-06-15',
        reason: 'Rains',
        investorConsent: true,
      });
      await ok(C.taskTransition, AB, { taskId: t.INV_CONSTR!.id, action: 'APPROVE_RESCHEDULE' });
      await seen('implementation.task.due-date-changed', { taskId: t.INV_CONSTR!.id, previousDueDate: '2026-05-29', dueDate: '2026-06-15' });

      const constr = await ok<Task>(C.taskTransition, MIO_A, {
        taskId: t.INV_CONSTR!.id,
        action: 'COMPLETE',
        actualCompletionDate: '2026-04-15',
        investorConsent: true,
      });
      // 5 WD from Wed 15 April 2026: 16, 17, 20, 21, 22 April.
      expect(constr).toMatchObject({ status: 'AWAITING_VALIDATION', validationDueOn: '2026-04-22' });
      const ok1 = await ok<Task>(C.taskTransition, NCH, { taskId: t.INV_CONSTR!.id, action: 'VALIDATE' });
      expect(ok1).toMatchObject({ status: 'DONE', validatedOn: '2026-04-15', validationLate: false });
      await seen('implementation.task.validated', { taskId: t.INV_CONSTR!.id, late: false, movesProjectToModule3: false });
      expect(events('implementation.project.transferred-to-post-investment', { projectId: x.id })).toHaveLength(0);

      await ok(C.taskTransition, MIO_A, { taskId: t.POST_CAPACITY!.id, action: 'COMPLETE', actualCompletionDate: '2026-04-14', investorConsent: true });
      await ok(C.taskTransition, NCH, { taskId: t.POST_CAPACITY!.id, action: 'VALIDATE' });
      const tr = await seen('implementation.project.transferred-to-post-investment', { projectId: x.id });
      expect(tr[0]!.payload).toMatchObject({ validatedOn: '2026-04-15', pool: 'NATIONAL' });
      expect(tr[0]!.ruleEdition).toBe('E001');
      expect(await refused(C.taskTransition, NCH, { taskId: t.POST_CAPACITY!.id, action: 'VALIDATE' })).toEqual({ code: 'WRONG_STATE' });

      // Y: no CSB named, so the National Chamber and the investor agree, then AB verifies.
      await ok(C.roadmapTransition, NCH, { projectId: y.id, action: 'AGREE' });
      expect((await ok<Roadmap>(C.roadmapTransition, INV, { projectId: y.id, action: 'AGREE', investorBin: BIN })).state.status).toBe('AB_VERIFICATION');
      await ok(C.roadmapTransition, AB, { projectId: y.id, action: 'VERIFY' });
    });

    it('day 2026-07-01: the scheduled job (its period configured) publishes became-overdue by itself, once per task and due date', async () => {
      await start('E001', '2026-07-01', 500);
      const t = await tasksOf(y.id);
      for (const code of ['PRE_FS', 'POST_CAPACITY']) {
        const e = await seen('implementation.task.became-overdue', { taskId: t[code]!.id });
        expect(e[0]!.payload).toMatchObject({ detectedOn: '2026-07-01', dueDate: t[code]!.dueDate, projectId: y.id, regionCode: ALMATY });
        expect(e[0]!.actor).toMatchObject({ userId: 'system', role: 'ADMIN' });
      }
      expect((await ok<{ published: number }>(C.runOverdueScan, NC, {})).published).toBe(0);
      expect(events('implementation.task.became-overdue', { projectId: y.id })).toHaveLength(2);
      expect(events('implementation.task.became-overdue', { projectId: x.id })).toHaveLength(0);
    });
  });
});
