import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS, EVENT_TOPICS, EVENT_TYPES, type Actor } from '@ndip/domain';
import { ensureTopics } from '@ndip/platform/kafka/kafka-client';
import { ServiceProcess } from '../../tools/dev/stack';
import { CommandClient } from '../support/commands';
import { eventually } from '../support/eventually';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';
import { TopicRecorder } from '../support/kafka';

/**
 * Module 2 (apps/implementation) as a process on the real PostgreSQL and Kafka broker under rules edition E001:
 *  - the deadline job's E001 timers: T05 (001 §45: the passport filled in within 30 calendar days of entering
 *    Module 2) and T08 (5 working days to fix a returned roadmap, notifying AB under E001) besides T07;
 *  - the deadline job's T07 timer (001 §49: the whole roadmap approval ends within 30 calendar days of the
 *    passport's creation; rules.md §3.1 "overdue flag, notify AB"): published once per roadmap and due date,
 *    on the first day after the due date, never for a roadmap the approvers finished or that is approved;
 *  - corrections of an approved roadmap (R9'; 001 §51 "а также в случае корректировок … на верификацию
 *    уполномоченному органу", §63 "местным исполнительным органом совместно с инвестором по согласованию с
 *    уполномоченным органом"): the investor, or the akimat with the investor's consent, asks; the authorized
 *    body alone approves (new version) or refuses (unchanged); every other role is refused with nothing written;
 *  - an attachment whose stored bytes were altered is not served: ATTACHMENT_INTEGRITY, an error log and an
 *    audit row, never INTERNAL.
 * The clock moves by restarting the process with another NDIP_FIXED_TODAY.
 */

type Roadmap = {
  roadmapId: string;
  status: string;
  roadmapStatus: string;
  overdue: string[];
  allowedActions: string[];
  state: { version: number; approvalDueOn: string | null; formDueOn: string; pendingChange: { description: string; requestedBy: string } | null };
  tasks: { id: string; code: string }[];
};
type Scan = { asOf: string; published: Record<string, number> };
type Pool = { pendingRequest: { id: string; decisionDueOn: string; overdue: boolean } | null; status: string };

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
const MIO_A = actor('MIO', { regionCode: ALMATY });
const MIO_B = actor('MIO', { regionCode: ASTANA });
const CSB = actor('CSB', { organizationId: CSB_ORG });
const INV = actor('INV', { organizationId: 'org-inv-hyundai' });
const OTHER_INV = actor('INV', { organizationId: 'org-inv-other' });
/** The gateway adds the BIN the investor's organisation is bound to (§9.3). */
const asInvestor = { investorBin: BIN };

const projectBody = (name: string) => ({
  entryPath: 'P2',
  name,
  regionCode: ALMATY,
  companyName: 'Hyundai Motor Company',
  companyBin: BIN,
  estimatedCost: { amount: '70000000', currency: 'USD' },
  usdKztRate: '500',
  hasInvestmentContract: false,
  jobs: 100,
  technologyLevel: 'MANUFACTURING_NOT_LISTED',
  inGlobal2000: false,
  sector: 'C29',
  commodityPosition: '870829',
  financingScheme: [{ source: 'Own funds', conditions: 'Equity', amount: { amount: '70000000', currency: 'USD' } }],
  contacts: [
    { kind: 'INVESTOR', name: 'Kim Ji-hoon', email: 'kim@example.com' },
    { kind: 'RESPONSIBLE_PERSON', name: 'A. Nurlanov', phone: '+7 727 000 00 00' },
  ],
  description: 'Automotive components plant',
  companyRegisteredOn: '2019-04-02',
});

const draft = {
  stages: [
    ['PRE_INVESTMENT', 'PRE_LAND', '2026-05-15'],
    ['INVESTMENT', 'INV_CONSTR', '2026-09-30'],
    ['POST_INVESTMENT', 'POST_CAPACITY', '2026-12-15'],
  ].map(([stage, code, dueDate]) => ({
    stage,
    risks: [{ risk: `Risk of ${stage}`, mitigation: 'Weekly follow-up' }],
    tasks: [
      {
        code,
        title: `Task ${code}`,
        dueDate,
        responsible: { kind: 'STATE_BODY', name: 'Akimat of Almaty', person: 'A. Nurlanov' },
        expectedResult: `Result of ${code}`,
        supportMeasures: ['One-stop shop support'],
      },
    ],
  })),
};

/** A deadline-job run that publishes nothing. */
const NONE = { passportFill: 0, formation: 0, approval: 0, rework: 0, validation: 0, poolDecision: 0, providerViolation: 0 };

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('Module 2 under E001: the T05, T07 and T08 deadlines, roadmap corrections decided by AB, attachment integrity', () => {
  let commands: CommandClient;
  let recorder: TopicRecorder;
  let svc: ServiceProcess | null = null;
  let db: string;
  let prefix: string;
  const storageDir = mkdtempSync(join(tmpdir(), 'ndip-e001-attachments-'));

  // A: submitted, only the Chamber agreed (approval open); V: every approver agreed, AB has not verified yet;
  // B: verified (approved); D: MIO named, never formed; R: returned by the investor, never fixed (T08).
  // F: the passport is never completed (T05). All projects opened on Mon 2 March 2026.
  const P: Record<'A' | 'V' | 'B' | 'D' | 'R' | 'F', string> = { A: '', V: '', B: '', D: '', R: '', F: '' };
  const roadmapIds: Record<string, string> = {};
  let poolRequestId: string;

  const start = async (today: string): Promise<void> => {
    await svc?.stop();
    svc = new ServiceProcess(
      'implementation',
      {
        DATABASE_URL: db,
        HTTP_PORT: String(testPortBase(416)),
        NDIP_KAFKA_BROKERS: testInfra().brokers,
        NDIP_GROUP_PREFIX: prefix,
        NDIP_LOG_LEVEL: 'warn',
        NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000',
        NDIP_RULE_EDITION: 'E001',
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
  const roadmap = (projectId: string, who: Actor = NC, extra: Record<string, unknown> = {}) => ok<Roadmap>(C.getRoadmap, who, { projectId, ...extra });
  const auditActions = async (entityId: string, like: string): Promise<string[]> =>
    (await query<{ action: string }>(db, `SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE $2 ORDER BY id`, [entityId, like])).map(
      (r) => r.action,
    );

  beforeAll(async () => {
    prefix = uniqueName('m2e001');
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

  it('day 2026-03-02: A (approval open), V (agreed, at AB verification), B (verified), D (never formed), R (returned); T07 due on day 30 after the passport', async () => {
    await start('2026-03-02');
    // The reply consumer group may still be joining on a fresh broker: a read succeeds once it has.
    await eventually(() => commands.ok(C.listStateServices, NC, {}));
    for (const k of ['A', 'V', 'B', 'D', 'R'] as const) {
      P[k] = (await ok<{ id: string }>(C.createProject, MIO_A, projectBody(`Plant ${k}`))).id;
      await ok(C.completePassport, MIO_A, { projectId: P[k] });
      const named = await ok<Roadmap>(C.assignRoadmapMio, NC, { projectId: P[k], responsibleCsbIds: [CSB_ORG] });
      roadmapIds[k] = named.roadmapId;
      // T06: 30 CD from naming the MIO; T07: 30 CD from the passport (both 2 March): Wed 1 April 2026.
      expect(named.state).toMatchObject({ formDueOn: '2026-04-01', approvalDueOn: '2026-04-01' });
    }
    for (const k of ['A', 'V', 'B', 'R'] as const) {
      await ok(C.updateRoadmapDraft, MIO_A, { projectId: P[k], responsibleCsbIds: [CSB_ORG], ...draft });
      await ok(C.roadmapTransition, MIO_A, { projectId: P[k], action: 'SUBMIT' });
      await ok(C.roadmapTransition, NCH, { projectId: P[k], action: 'AGREE' });
    }
    for (const k of ['V', 'B'] as const) {
      await ok(C.roadmapTransition, INV, { projectId: P[k], action: 'AGREE', ...asInvestor });
      expect((await ok<Roadmap>(C.roadmapTransition, CSB, { projectId: P[k], action: 'AGREE' })).status).toBe('AB_VERIFICATION');
    }
    const { companyBin: _bin, description: _description, ...incomplete } = projectBody('Plant F');
    const f = await ok<{ id: string; passportStatus: { status: string; fillDueOn: string } }>(C.createProject, MIO_A, incomplete);
    // T05 (001 §45): 30 CD from entering Module 2: Wed 1 April 2026.
    expect(f.passportStatus).toMatchObject({ status: 'INCOMPLETE', fillDueOn: '2026-04-01' });
    P.F = f.id;
    const returned = await ok<Roadmap & { state: { reworkDueOn: string } }>(C.roadmapTransition, INV, {
      projectId: P.R,
      action: 'REJECT',
      reason: 'The construction period is too short',
      ...asInvestor,
    });
    // T08: 5 working days from Mon 2 March 2026: 3, 4, 5, 6, (Mon 9 March is a day off), 10 March.
    expect(returned).toMatchObject({ status: 'REWORK', state: { reworkDueOn: '2026-03-10' } });
    // T11: the akimat asks AB to suspend V's national-pool membership; AB must decide within 5 WD (10 March).
    const pool = await ok<Pool>(C.submitPoolRequest, MIO_A, { projectId: P.V, kind: 'SUSPEND', grounds: ['G2'], justification: 'Financing stopped' });
    expect(pool.pendingRequest).toMatchObject({ decisionDueOn: '2026-03-10', overdue: false });
    poolRequestId = pool.pendingRequest!.id;
    const verified = await ok<Roadmap>(C.roadmapTransition, AB, { projectId: P.B, action: 'VERIFY' });
    expect(verified).toMatchObject({ status: 'APPROVED', roadmapStatus: 'WITH_ROADMAP', state: { version: 1 } });
    expect(verified.tasks).toHaveLength(3);
    expect((await roadmap(P.A)).status).toBe('ON_APPROVAL');
    // Nothing is due yet.
    expect((await ok<Scan>(C.runDeadlineScan, ADMIN, {})).published).toEqual(NONE);
  });

  describe('T07: the approval deadline (001 §49)', () => {
    it('day 2026-04-01 (the T07 due date itself): T07 is not overdue yet; the missed rework of R (T08) and AB’s missed pool decision (T11) are published', async () => {
      await start('2026-04-01');
      expect(await ok<Scan>(C.runDeadlineScan, ADMIN, {})).toEqual({
        asOf: '2026-04-01',
        published: { ...NONE, rework: 1, poolDecision: 1 },
      });
      const [poolLate] = await seen(EVENT_TYPES.poolDecisionOverdue, { projectId: P.V });
      expect(poolLate).toMatchObject({ aggregateType: 'pool-membership', aggregateId: P.V, ruleEdition: 'E001' });
      expect(poolLate!.payload).toEqual({
        requestId: poolRequestId,
        projectId: P.V,
        regionCode: ALMATY,
        kind: 'SUSPEND',
        submittedOn: '2026-03-02',
        timer: 'T11_POOL_DECISION',
        dueOn: '2026-03-10',
        detectedOn: '2026-04-01',
        notify: ['AB'],
      });
      const [rework] = await seen(EVENT_TYPES.roadmapReworkOverdue, { projectId: P.R });
      expect(rework!.payload).toMatchObject({ timer: 'T08_REWORK', dueOn: '2026-03-10', detectedOn: '2026-04-01', notify: ['AB'] });
      expect((await roadmap(P.A)).overdue).toEqual([]);
      expect((await roadmap(P.R)).overdue).toEqual(['REWORK']);
      expect(events(EVENT_TYPES.roadmapApprovalOverdue)).toHaveLength(0);
    });

    it('day 2026-04-02: T07 is published once for A, D and R (notify AB), not for V or B; D also misses T06, F misses T05; a second run publishes nothing', async () => {
      await start('2026-04-02');
      expect(await refused(C.runDeadlineScan, MIO_A, {})).toEqual({ code: 'WRONG_ROLE' });
      const first = await ok<Scan>(C.runDeadlineScan, ADMIN, {});
      expect(first).toEqual({ asOf: '2026-04-02', published: { ...NONE, passportFill: 1, formation: 1, approval: 3 } });
      const [fill] = await seen(EVENT_TYPES.passportFillOverdue, { projectId: P.F });
      expect(fill).toMatchObject({ aggregateType: 'project', aggregateId: P.F, ruleEdition: 'E001' });
      expect(fill!.payload).toEqual({
        projectId: P.F,
        regionCode: ALMATY,
        initiatorOrganizationId: MIO_A.organizationId,
        timer: 'T05_PASSPORT_FILL',
        dueOn: '2026-04-01',
        detectedOn: '2026-04-02',
        notify: ['INITIATOR', 'AB'],
      });
      for (const k of ['A', 'D', 'R'] as const) {
        const [missed] = await seen(EVENT_TYPES.roadmapApprovalOverdue, { projectId: P[k] });
        expect(missed).toMatchObject({ producer: 'implementation', aggregateType: 'roadmap', aggregateId: roadmapIds[k], ruleEdition: 'E001' });
        expect(missed!.payload).toEqual({
          roadmapId: roadmapIds[k],
          projectId: P[k],
          regionCode: ALMATY,
          timer: 'T07_APPROVAL',
          dueOn: '2026-04-01',
          detectedOn: '2026-04-02',
          notify: ['AB'],
        });
      }
      const [formation] = await seen(EVENT_TYPES.roadmapFormationOverdue, { projectId: P.D });
      expect(formation!.payload).toMatchObject({ timer: 'T06_FORM', dueOn: '2026-04-01', notify: ['INITIATOR', 'AB'] });
      expect((await roadmap(P.A)).overdue).toEqual(['APPROVAL']);
      expect((await roadmap(P.V)).overdue).toEqual([]);
      expect((await roadmap(P.B)).overdue).toEqual([]);

      const second = await ok<Scan>(C.runDeadlineScan, NC, {});
      expect(second.published).toEqual(NONE);
      const notices = await query<{ aggregate_id: string; timer: string; due_on: string }>(
        db,
        `SELECT aggregate_id, timer, to_char(due_on, 'YYYY-MM-DD') AS due_on FROM deadline_notice ORDER BY timer, aggregate_id`,
      );
      expect(notices).toHaveLength(7);
      expect(notices).toEqual(
        expect.arrayContaining([
          { aggregate_id: P.F, timer: 'T05_PASSPORT_FILL', due_on: '2026-04-01' },
          { aggregate_id: poolRequestId, timer: 'T11_POOL_DECISION', due_on: '2026-03-10' },
          { aggregate_id: roadmapIds.R, timer: 'T08_REWORK', due_on: '2026-03-10' },
          { aggregate_id: roadmapIds.R, timer: 'T07_APPROVAL', due_on: '2026-04-01' },
          { aggregate_id: roadmapIds.A, timer: 'T07_APPROVAL', due_on: '2026-04-01' },
          { aggregate_id: roadmapIds.D, timer: 'T07_APPROVAL', due_on: '2026-04-01' },
          { aggregate_id: roadmapIds.D, timer: 'T06_FORM', due_on: '2026-04-01' },
        ]),
      );
      // Both outboxed once, published once.
      const [outboxed] = await query<{ n: string }>(db, `SELECT count(*) AS n FROM outbox WHERE type = $1`, [EVENT_TYPES.roadmapApprovalOverdue]);
      expect(outboxed!.n).toBe('3');
    });

    it('day 2026-04-06: a later run does not repeat T07; A then finishes late (agreedLate) and is verified; still nothing new', async () => {
      await start('2026-04-06');
      expect((await ok<Scan>(C.runDeadlineScan, ADMIN, {})).published).toEqual(NONE);
      // AB decides the overdue pool request at last: flagged late (no deemed approval).
      const decided = await ok<Pool & { requests: { decidedLate: boolean }[] }>(C.decidePoolRequest, AB, {
        projectId: P.V,
        requestId: poolRequestId,
        decision: 'SUSPEND',
      });
      expect(decided).toMatchObject({ status: 'SUSPENDED', pendingRequest: null });
      expect(decided.requests[0]).toMatchObject({ decidedLate: true });
      await ok(C.roadmapTransition, INV, { projectId: P.A, action: 'AGREE', ...asInvestor });
      const agreed = await ok<Roadmap & { state: { agreedLate: boolean } }>(C.roadmapTransition, CSB, { projectId: P.A, action: 'AGREE' });
      expect(agreed).toMatchObject({ status: 'AB_VERIFICATION', state: { agreedLate: true }, overdue: [] });
      await seen('implementation.roadmap.agreed', { projectId: P.A, late: true });
      expect((await ok<Roadmap>(C.roadmapTransition, AB, { projectId: P.A, action: 'VERIFY' })).status).toBe('APPROVED');
      expect((await ok<Scan>(C.runDeadlineScan, ADMIN, {})).published).toEqual(NONE);
      expect(events(EVENT_TYPES.roadmapReworkOverdue, { projectId: P.R })).toHaveLength(1);
      expect(events(EVENT_TYPES.passportFillOverdue, { projectId: P.F })).toHaveLength(1);
      expect(events(EVENT_TYPES.poolDecisionOverdue)).toHaveLength(1);
      // Only F missed T05: the other passports were completed on the day they were opened.
      expect(events(EVENT_TYPES.passportFillOverdue)).toHaveLength(1);
      for (const k of ['A', 'D', 'R'] as const) expect(events(EVENT_TYPES.roadmapApprovalOverdue, { projectId: P[k] })).toHaveLength(1);
      for (const k of ['V', 'B'] as const) expect(events(EVENT_TYPES.roadmapApprovalOverdue, { projectId: P[k] })).toHaveLength(0);
    });
  });

  describe("R9': corrections of an approved roadmap, decided by the authorized body (001 §51, §63)", () => {
    const change = (who: Actor, action: string, extra: Record<string, unknown> = {}) => ({ who, data: { projectId: P.B, action, ...extra } });
    const changeAudit = () => auditActions(roadmapIds.B!, 'roadmap.%change');

    it('refused with nothing written: wrong role, another region, another investor, no consent of the investor, nothing pending', async () => {
      const before = await changeAudit();
      const cases: Array<[{ who: Actor; data: Record<string, unknown> }, { code: string; field?: string }]> = [
        [change(NC, 'REQUEST_CHANGE', { description: 'x' }), { code: 'WRONG_ROLE' }],
        [change(NCH, 'REQUEST_CHANGE', { description: 'x' }), { code: 'WRONG_ROLE' }],
        [change(MIO_B, 'REQUEST_CHANGE', { description: 'x', investorConsent: true }), { code: 'NOT_FOUND', field: 'projectId' }],
        [change(OTHER_INV, 'REQUEST_CHANGE', { description: 'x', investorBin: OTHER_BIN }), { code: 'NOT_FOUND', field: 'projectId' }],
        // 001 §63: the akimat revises "jointly with the investor".
        [change(MIO_A, 'REQUEST_CHANGE', { description: 'x' }), { code: 'INVALID_INPUT', field: 'investorConsent' }],
        [change(MIO_A, 'REQUEST_CHANGE', { description: 'x', investorConsent: false }), { code: 'INVALID_INPUT', field: 'investorConsent' }],
        [change(INV, 'REQUEST_CHANGE', { ...asInvestor }), { code: 'INVALID_INPUT', field: 'description' }],
        [change(AB, 'APPROVE_CHANGE'), { code: 'WRONG_STATE' }],
        [change(AB, 'REFUSE_CHANGE'), { code: 'WRONG_STATE' }],
      ];
      for (const [c, expected] of cases) expect(await refused(C.roadmapChange, c.who, c.data)).toEqual(expected);
      expect(await refused(C.roadmapChange, MIO_A, { projectId: P.D, action: 'REQUEST_CHANGE', description: 'x', investorConsent: true })).toEqual({
        code: 'WRONG_STATE',
      });
      expect(await changeAudit()).toEqual(before);
      expect(events('implementation.roadmap.change-requested', { projectId: P.B })).toHaveLength(0);
      expect((await roadmap(P.B)).status).toBe('APPROVED');
    });

    it('the investor asks; only AB decides (the investor, the akimat, the Chamber and the CSB are refused); AB refuses: version 1 stays', async () => {
      const pending = await ok<Roadmap>(C.roadmapChange, INV, {
        projectId: P.B,
        action: 'REQUEST_CHANGE',
        description: 'Move commissioning to Q1 2027',
        ...asInvestor,
      });
      expect(pending).toMatchObject({
        status: 'CHANGE_PENDING',
        roadmapStatus: 'WITH_ROADMAP',
        state: { version: 1, pendingChange: { description: 'Move commissioning to Q1 2027', requestedBy: INV.organizationId } },
      });
      const [requested] = await seen('implementation.roadmap.change-requested', { projectId: P.B });
      expect(requested).toMatchObject({ ruleEdition: 'E001', actor: { role: 'INV' } });
      expect(requested!.payload).toMatchObject({ description: 'Move commissioning to Q1 2027', requestedByRole: 'INV', investorConsent: true });
      expect((await roadmap(P.B, AB)).allowedActions).toEqual(['APPROVE_CHANGE', 'REFUSE_CHANGE']);
      expect((await roadmap(P.B, MIO_A)).allowedActions).not.toContain('APPROVE_CHANGE');

      // The §9.2 row gives the investor an "A" in E001: that is its joint consent, not the decision.
      for (const [who, extra] of [
        [INV, asInvestor],
        [MIO_A, {}],
        [NCH, {}],
        [CSB, {}],
        [NC, {}],
      ] as const) {
        expect(await refused(C.roadmapChange, who, { projectId: P.B, action: 'APPROVE_CHANGE', ...extra })).toEqual({ code: 'WRONG_ROLE' });
        expect(await refused(C.roadmapChange, who, { projectId: P.B, action: 'REFUSE_CHANGE', ...extra })).toEqual({ code: 'WRONG_ROLE' });
      }
      expect(await refused(C.roadmapChange, MIO_A, { projectId: P.B, action: 'REQUEST_CHANGE', description: 'y', investorConsent: true })).toEqual({
        code: 'WRONG_STATE',
      });
      // The approvers of the first round do not take part in a correction.
      expect(await refused(C.roadmapTransition, NCH, { projectId: P.B, action: 'AGREE' })).toEqual({ code: 'WRONG_STATE' });

      const refusedChange = await ok<Roadmap>(C.roadmapChange, AB, { projectId: P.B, action: 'REFUSE_CHANGE', reason: 'Breaks the financing plan' });
      expect(refusedChange).toMatchObject({ status: 'APPROVED', roadmapStatus: 'WITH_ROADMAP', state: { version: 1, pendingChange: null } });
      const [refusal] = await seen('implementation.roadmap.change-refused', { projectId: P.B });
      expect(refusal).toMatchObject({ ruleEdition: 'E001', actor: { role: 'AB' } });
      expect(refusal!.payload).toMatchObject({ roadmapId: roadmapIds.B, reason: 'Breaks the financing plan' });
    });

    it('the akimat asks jointly with the investor; AB approves: version 2, the same tasks, "with roadmap"; each step audited once', async () => {
      const tasksBefore = (await roadmap(P.B)).tasks.map((t) => t.id).sort();
      const pending = await ok<Roadmap>(C.roadmapChange, MIO_A, {
        projectId: P.B,
        action: 'REQUEST_CHANGE',
        description: 'Revise the construction deadline: equipment delivery moved',
        investorConsent: true,
      });
      expect(pending).toMatchObject({ status: 'CHANGE_PENDING', state: { version: 1 } });
      const requested = await seen('implementation.roadmap.change-requested', { projectId: P.B }, 2);
      expect(requested[1]!.payload).toMatchObject({ requestedByRole: 'MIO', investorConsent: true });

      const approved = await ok<Roadmap>(C.roadmapChange, AB, { projectId: P.B, action: 'APPROVE_CHANGE' });
      expect(approved).toMatchObject({ status: 'APPROVED', roadmapStatus: 'WITH_ROADMAP', state: { version: 2, pendingChange: null } });
      const [approval] = await seen('implementation.roadmap.change-approved', { projectId: P.B });
      expect(approval).toMatchObject({ ruleEdition: 'E001', actor: { role: 'AB' } });
      expect(approval!.payload).toMatchObject({ roadmapId: roadmapIds.B, version: 2, approvedOn: '2026-04-06' });
      expect(approved.tasks.map((t) => t.id).sort()).toEqual(tasksBefore);
      const [n] = await query<{ n: string }>(db, `SELECT count(*) AS n FROM roadmap_task WHERE project_id = $1`, [P.B]);
      expect(n!.n).toBe('3');
      expect(await changeAudit()).toEqual(['roadmap.request-change', 'roadmap.refuse-change', 'roadmap.request-change', 'roadmap.approve-change']);
      expect(events('implementation.roadmap.change-approved', { projectId: P.B })).toHaveLength(1);
      expect(events('implementation.roadmap.change-refused', { projectId: P.B })).toHaveLength(1);
    });
  });

  describe('attachment integrity', () => {
    it('a stored file altered after upload is not served: ATTACHMENT_INTEGRITY, an audit row with both checksums; the intact file downloads again', async () => {
      const text = Buffer.from('Акт ввода в эксплуатацию: подписан\n');
      const a = await ok<{ id: string; sha256: string }>(C.uploadAttachment, MIO_A, {
        projectId: P.B,
        fileName: 'act.txt',
        contentType: 'text/plain',
        contentBase64: text.toString('base64'),
        sha256: sha(text),
      });
      const path = join(storageDir, P.B, a.id);
      expect(readFileSync(path)).toEqual(text);
      const intact = await ok<{ contentBase64: string }>(C.downloadAttachment, INV, { attachmentId: a.id, ...asInvestor });
      expect(Buffer.from(intact.contentBase64, 'base64')).toEqual(text);

      const tampered = Buffer.from(text);
      tampered[tampered.length - 2] = 0x21;
      writeFileSync(path, tampered);
      const r = await commands.call(C.downloadAttachment, INV, { attachmentId: a.id, ...asInvestor });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error).toMatchObject({ code: 'ATTACHMENT_INTEGRITY', correlationId: expect.any(String) });
      expect(r.error.message).toContain(a.id);
      expect(r.error.message).not.toContain(storageDir);
      const audit = await query<{ action: string; role: string; old_value: { sha256: string }; new_value: { sha256: string; sizeBytes: number } }>(
        db,
        `SELECT action, role, old_value, new_value FROM audit_log WHERE entity_id = $1 ORDER BY id`,
        [a.id],
      );
      expect(audit.map((x) => x.action)).toEqual(['project.attach', 'project.attachment.integrity-failure']);
      expect(audit[1]).toMatchObject({ role: 'INV', old_value: { sha256: sha(text) }, new_value: { sha256: sha(tampered), sizeBytes: tampered.length } });
      // Scope is still checked first: another region does not learn that the file exists.
      expect(await refused(C.downloadAttachment, MIO_B, { attachmentId: a.id })).toEqual({ code: 'NOT_FOUND', field: 'attachmentId' });

      writeFileSync(path, text);
      const again = await ok<{ contentBase64: string; sha256: string }>(C.downloadAttachment, MIO_A, { attachmentId: a.id });
      expect(Buffer.from(again.contentBase64, 'base64')).toEqual(text);
      expect(again.sha256).toBe(a.sha256);
    });
  });
});
