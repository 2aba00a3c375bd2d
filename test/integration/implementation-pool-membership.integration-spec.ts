import { randomUUID } from 'node:crypto';
import { COMMANDS, EVENT_TOPICS, type Actor } from '@ndip/domain';
import { ensureTopics } from '@ndip/platform/kafka/kafka-client';
import { ServiceProcess } from '../../tools/dev/stack';
import { CommandClient } from '../support/commands';
import { eventually } from '../support/eventually';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';
import { TopicRecorder } from '../support/kafka';

/**
 * SM-POOL (rules.md §6) and the [E001] prosecutor filter (§7) in the Module 2 service as a process against the
 * real PostgreSQL and Kafka broker, driven by request-reply commands as the gateway sends them. E000 runs
 * first; the clock is moved by restarting with another NDIP_FIXED_TODAY; E001 runs in a second process
 * (NDIP_RULE_EDITION=E001) on its own database. 2026: 9 March is a day off (8 March fell on a Sunday).
 */

type PoolRequest = {
  id: string;
  kind: string;
  grounds: string[];
  decisionDueOn: string;
  status: string;
  overdue: boolean;
  decision: string | null;
  decidedLate: boolean | null;
};
type Pool = {
  status: string;
  pool: string;
  pendingRequest: PoolRequest | null;
  requests: PoolRequest[];
  exclusionBasis: string | null;
  suspendedOn: string | null;
};
type Measure = {
  id: string;
  status: string;
  routedTo: string;
  kind: string;
  investorBin: string | null;
  decisionReason: string | null;
  actNumber: string | null;
};
type Case = { id: string; status: string; routedTo: string; kind: string; conclusion: string | null };
type PageOf<T> = { items: T[]; total: number };

const C = COMMANDS.implementation;
const ALMATY = '750000000';
const ASTANA = '710000000';
const BIN = '940740000139';

const actor = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({
  userId: `u-${role.toLowerCase()}-${extra.regionCode ?? ''}`,
  organizationId: extra.organizationId ?? `org-${role.toLowerCase()}-${extra.regionCode ?? 'x'}`,
  role,
  regionCode: null,
  countryCode: null,
  ...extra,
});
const NC = actor('NC');
const AB = actor('AB');
const MIO_A = actor('MIO', { regionCode: ALMATY });
const MIO_B = actor('MIO', { regionCode: ASTANA });
const CSB = actor('CSB', { organizationId: randomUUID() });
const INV = actor('INV', { organizationId: 'org-inv-hyundai' });
const PRR_A = actor('PRR', { regionCode: ALMATY });
const PRR_B = actor('PRR', { regionCode: ASTANA });
const PRG = actor('PRG');

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
});

describe('Module 2: national-pool suspension/exclusion (both editions) and the prosecutor filter (E001)', () => {
  let commands: CommandClient;
  let recorder: TopicRecorder;
  let svc: ServiceProcess | null = null;
  let dbs: Record<'e0' | 'e1', string>;
  let prefix: string;

  const start = async (edition: 'E000' | 'E001', today: string): Promise<void> => {
    await svc?.stop();
    svc = new ServiceProcess(
      'implementation',
      {
        DATABASE_URL: edition === 'E000' ? dbs.e0 : dbs.e1,
        HTTP_PORT: String(testPortBase(232)),
        NDIP_KAFKA_BROKERS: testInfra().brokers,
        NDIP_GROUP_PREFIX: `${prefix}-${edition.toLowerCase()}`,
        NDIP_LOG_LEVEL: 'warn',
        NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000',
        NDIP_RULE_EDITION: edition,
        NDIP_FIXED_TODAY: today,
        NDIP_OVERDUE_SCAN_INTERVAL_MS: '0',
      },
      '.data/test/logs',
    );
    await svc.start();
  };

  const call = <T>(pattern: string, who: Actor, data: Record<string, unknown>) => commands.call<T>(pattern, who, data);
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
  const count = async (db: string, table: string): Promise<number> => Number((await query<{ n: string }>(db, `SELECT count(*) AS n FROM ${table}`))[0]!.n);

  beforeAll(async () => {
    prefix = uniqueName('m2pool');
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

  describe('E000: SM-POOL', () => {
    let p: { id: string };
    let q: { id: string };

    it('bad input, wrong roles and another region are refused with nothing written', async () => {
      await start('E000', '2026-03-02');
      p = await ok<{ id: string }>(C.createProject, NC, projectBody('Automotive components plant'));
      q = await ok<{ id: string }>(C.createProject, NC, projectBody('Second plant'));
      const body = { projectId: p.id, kind: 'SUSPEND', grounds: ['G2'], justification: 'Financing stopped: the lender withdrew' };
      expect(await refused(C.submitPoolRequest, MIO_A, { ...body, justification: undefined })).toEqual({ code: 'INVALID_INPUT', field: 'justification' });
      expect(await refused(C.submitPoolRequest, MIO_A, { ...body, justification: '' })).toEqual({ code: 'INVALID_INPUT', field: 'justification' });
      expect(await refused(C.submitPoolRequest, MIO_A, { ...body, grounds: ['G7'] })).toEqual({ code: 'INVALID_INPUT', field: 'grounds' });
      expect(await refused(C.submitPoolRequest, MIO_A, { ...body, grounds: [] })).toEqual({ code: 'INVALID_INPUT', field: 'grounds' });
      expect(await refused(C.submitPoolRequest, MIO_A, { ...body, kind: 'PAUSE' })).toEqual({ code: 'INVALID_INPUT', field: 'kind' });
      expect(await refused(C.submitPoolRequest, MIO_A, { ...body, projectId: 'nope' })).toEqual({ code: 'INVALID_INPUT', field: 'projectId' });
      // An akimat of another region does not see the project.
      expect(await refused(C.submitPoolRequest, MIO_B, body)).toEqual({ code: 'NOT_FOUND', field: 'projectId' });
      expect(await refused(C.getPoolMembership, MIO_B, { projectId: p.id })).toEqual({ code: 'NOT_FOUND', field: 'projectId' });
      expect(await refused(C.submitPoolRequest, MIO_A, { ...body, projectId: randomUUID() })).toEqual({ code: 'NOT_FOUND', field: 'projectId' });
      // §9.2: AB decides, it does not request; the investor and initiator bodies only on G6; RESUME only by the MIO.
      expect(await refused(C.submitPoolRequest, AB, body)).toEqual({ code: 'WRONG_ROLE' });
      expect(await refused(C.submitPoolRequest, NC, body)).toEqual({ code: 'WRONG_ROLE', field: 'grounds' });
      expect(await refused(C.submitPoolRequest, INV, { ...body, grounds: ['G6'], investorBin: '120340005670' })).toEqual({
        code: 'NOT_FOUND',
        field: 'projectId',
      });
      // From ACTIVE there is nothing to resume.
      expect(await refused(C.submitPoolRequest, MIO_A, { ...body, kind: 'RESUME', grounds: [] })).toEqual({ code: 'WRONG_STATE' });
      expect(await count(dbs.e0, 'pool_request')).toBe(0);
      expect(await count(dbs.e0, 'pool_membership')).toBe(0);
      expect(events('implementation.pool.request-submitted', { projectId: p.id })).toHaveLength(0);

      const pool = await ok<Pool>(C.getPoolMembership, MIO_A, { projectId: p.id });
      expect(pool).toMatchObject({ status: 'ACTIVE', pool: 'NATIONAL', pendingRequest: null, requests: [] });
    });

    it('Q1: the MIO requests suspension (G2); AB must decide within 5 working days; Q2: AB suspends in time', async () => {
      const r = await ok<Pool>(C.submitPoolRequest, MIO_A, { projectId: p.id, kind: 'SUSPEND', grounds: ['G2', 'G2'], justification: 'Financing stopped' });
      // 5 WD from Mon 2 March 2026: 3, 4, 5, 6, (9 March is a day off), 10 March.
      expect(r).toMatchObject({
        status: 'ACTIVE',
        pendingRequest: { kind: 'SUSPEND', grounds: ['G2'], decisionDueOn: '2026-03-10', status: 'PENDING', overdue: false },
      });
      const submitted = await seen('implementation.pool.request-submitted', { projectId: p.id });
      expect(submitted[0]!.payload).toMatchObject({ kind: 'SUSPEND', decisionDueOn: '2026-03-10', requestId: r.pendingRequest!.id });
      expect(await refused(C.submitPoolRequest, MIO_A, { projectId: p.id, kind: 'EXCLUDE', grounds: ['G3'], justification: 'x' })).toEqual({
        code: 'WRONG_STATE',
      });

      const decide = { projectId: p.id, requestId: r.pendingRequest!.id };
      expect(await refused(C.decidePoolRequest, MIO_A, { ...decide, decision: 'SUSPEND' })).toEqual({ code: 'WRONG_ROLE' });
      expect(await refused(C.decidePoolRequest, AB, { ...decide, decision: 'RESUME' })).toEqual({ code: 'INVALID_INPUT', field: 'decision' });
      expect(await refused(C.decidePoolRequest, AB, { ...decide, decision: 'MAYBE' })).toEqual({ code: 'INVALID_INPUT', field: 'decision' });
      expect(await refused(C.decidePoolRequest, AB, { ...decide, decision: 'REFUSE' })).toEqual({ code: 'INVALID_INPUT', field: 'reason' });
      expect(await refused(C.decidePoolRequest, AB, { ...decide, requestId: randomUUID(), decision: 'SUSPEND' })).toEqual({
        code: 'NOT_FOUND',
        field: 'requestId',
      });
      const s = await ok<Pool>(C.decidePoolRequest, AB, { ...decide, decision: 'SUSPEND' });
      expect(s).toMatchObject({ status: 'SUSPENDED', suspendedOn: '2026-03-02', pendingRequest: null });
      expect(s.requests[0]).toMatchObject({ status: 'DECIDED', decision: 'SUSPEND', decidedLate: false });
      await seen('implementation.pool.suspended', { projectId: p.id, late: false });
      expect(await refused(C.decidePoolRequest, AB, { ...decide, decision: 'SUSPEND' })).toEqual({ code: 'WRONG_STATE' });
      const audit = await query<{ action: string }>(dbs.e0, `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [p.id]);
      expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['pool.request.submit', 'pool.request.suspend']));
    });

    it('Q6: the MIO asks to resume; past the 5 working days the request is overdue and AB decides late', async () => {
      expect(await refused(C.submitPoolRequest, NC, { projectId: p.id, kind: 'RESUME', grounds: ['G6'], justification: 'Financing restored' })).toEqual({
        code: 'WRONG_ROLE',
        field: 'grounds',
      });
      const r = await ok<Pool>(C.submitPoolRequest, MIO_A, { projectId: p.id, kind: 'RESUME', grounds: [], justification: 'Financing restored' });
      expect(r.pendingRequest).toMatchObject({ kind: 'RESUME', decisionDueOn: '2026-03-10' });
      await start('E000', '2026-03-11');
      const g = await ok<Pool>(C.getPoolMembership, AB, { projectId: p.id });
      expect(g.pendingRequest).toMatchObject({ overdue: true });
      const resumed = await ok<Pool>(C.decidePoolRequest, AB, { projectId: p.id, requestId: r.pendingRequest!.id, decision: 'RESUME' });
      expect(resumed).toMatchObject({ status: 'ACTIVE', suspendedOn: null });
      expect(resumed.requests[1]).toMatchObject({ decision: 'RESUME', decidedLate: true });
      await seen('implementation.pool.resumed', { projectId: p.id, late: true });
    });

    it('Q4: AB refuses an exclusion with a reason; Q3: AB excludes; the excluded project takes no more requests', async () => {
      const r1 = await ok<Pool>(C.submitPoolRequest, MIO_A, { projectId: p.id, kind: 'EXCLUDE', grounds: ['G3', 'G5'], justification: 'Liquidation started' });
      // Wed 11 March 2026 + 5 WD: 12, 13, 16, 17, 18 March.
      expect(r1.pendingRequest).toMatchObject({ decisionDueOn: '2026-03-18', grounds: ['G3', 'G5'] });
      const refusedReq = await ok<Pool>(C.decidePoolRequest, AB, {
        projectId: p.id,
        requestId: r1.pendingRequest!.id,
        decision: 'REFUSE',
        reason: 'The liquidation was revoked',
      });
      expect(refusedReq).toMatchObject({ status: 'ACTIVE', pendingRequest: null });
      await seen('implementation.pool.request-refused', { projectId: p.id, reason: 'The liquidation was revoked' });

      const r2 = await ok<Pool>(C.submitPoolRequest, MIO_A, { projectId: p.id, kind: 'SUSPEND_AND_EXCLUDE', grounds: ['G3'], justification: 'Bankrupt' });
      const ex = await ok<Pool>(C.decidePoolRequest, AB, { projectId: p.id, requestId: r2.pendingRequest!.id, decision: 'EXCLUDE' });
      expect(ex).toMatchObject({ status: 'EXCLUDED', exclusionBasis: 'AB_DECISION' });
      await seen('implementation.pool.excluded', { projectId: p.id, kind: 'SUSPEND_AND_EXCLUDE' });
      expect(await refused(C.submitPoolRequest, MIO_A, { projectId: p.id, kind: 'EXCLUDE', grounds: ['G3'], justification: 'x' })).toEqual({
        code: 'WRONG_STATE',
      });
      expect((await query<{ status: string }>(dbs.e0, `SELECT status FROM pool_membership WHERE project_id = $1`, [p.id]))[0]!.status).toBe('EXCLUDED');
    });

    it('G6: the investor asks in writing to exclude its own project; AB excludes it', async () => {
      const r = await ok<Pool>(C.submitPoolRequest, INV, {
        projectId: q.id,
        kind: 'EXCLUDE',
        grounds: ['G6'],
        justification: 'Signed request',
        investorBin: BIN,
      });
      expect(r.pendingRequest).toMatchObject({ kind: 'EXCLUDE', grounds: ['G6'], decisionDueOn: '2026-03-18' });
      await ok<Pool>(C.decidePoolRequest, AB, { projectId: q.id, requestId: r.pendingRequest!.id, decision: 'EXCLUDE' });
      await seen('implementation.pool.excluded', { projectId: q.id, kind: 'EXCLUDE' });
    });

    it('E000: the prosecutor filter does not exist (NOT_IN_EDITION)', async () => {
      expect(
        await refused(C.draftRestrictiveMeasure, MIO_A, { projectId: p.id, measureType: 'SUSPEND_ACTIVITY', legalBasis: 'x', justification: 'y' }),
      ).toEqual({ code: 'NOT_IN_EDITION' });
      expect(await refused(C.restrictiveMeasureTransition, PRR_A, { measureId: randomUUID(), action: 'APPROVE' })).toEqual({ code: 'NOT_IN_EDITION' });
      expect(await refused(C.listRestrictiveMeasures, PRR_A, {})).toEqual({ code: 'NOT_IN_EDITION' });
      expect(
        await refused(C.registerProsecutorCase, MIO_A, {
          projectId: p.id,
          caseKind: 'LAWSUIT',
          caseNumber: '1',
          courtOrBody: 'Court',
          filedOn: '2026-03-01',
          subject: 'x',
        }),
      ).toEqual({ code: 'NOT_IN_EDITION' });
      expect(await refused(C.prosecutorCaseTransition, PRR_A, { caseId: randomUUID(), action: 'CLOSE' })).toEqual({ code: 'NOT_IN_EDITION' });
      expect(await refused(C.listProsecutorCases, PRG, {})).toEqual({ code: 'NOT_IN_EDITION' });
    });
  });

  describe('E001: the prosecutor filter', () => {
    let p: { id: string };
    let k1: Measure;

    it('F1: drafting checks input, role and region with nothing written; a draft is invisible to the prosecutor', async () => {
      await start('E001', '2026-03-02');
      p = await ok<{ id: string }>(C.createProject, NC, projectBody('E001 plant'));
      const body = { projectId: p.id, measureType: 'SUSPEND_ACTIVITY', legalBasis: 'Code on Administrative Offences, art. 45', justification: 'Fire safety' };
      expect(await refused(C.draftRestrictiveMeasure, MIO_A, { ...body, measureType: 'BAN' })).toEqual({ code: 'INVALID_INPUT', field: 'measureType' });
      expect(await refused(C.draftRestrictiveMeasure, MIO_A, { ...body, legalBasis: undefined })).toEqual({ code: 'INVALID_INPUT', field: 'legalBasis' });
      expect(await refused(C.draftRestrictiveMeasure, MIO_A, { ...body, bodyLevel: 'GLOBAL' })).toEqual({ code: 'INVALID_INPUT', field: 'bodyLevel' });
      expect(await refused(C.draftRestrictiveMeasure, MIO_B, body)).toEqual({ code: 'NOT_FOUND', field: 'projectId' });
      expect(await refused(C.draftRestrictiveMeasure, NC, body)).toEqual({ code: 'WRONG_ROLE' });
      expect(await refused(C.draftRestrictiveMeasure, PRR_A, body)).toEqual({ code: 'WRONG_ROLE' });
      expect(await count(dbs.e1, 'restrictive_measure')).toBe(0);

      k1 = await ok<Measure>(C.draftRestrictiveMeasure, MIO_A, body);
      expect(k1).toMatchObject({ status: 'DRAFT', routedTo: 'PRR', kind: 'K1', investorBin: BIN });
      await seen('implementation.restrictive-measure.drafted', { measureId: k1.id, routedTo: 'PRR' });
      expect((await ok<PageOf<Measure>>(C.listRestrictiveMeasures, PRR_A, {})).total).toBe(0);
      expect(await refused(C.restrictiveMeasureTransition, PRR_A, { measureId: k1.id, action: 'TAKE_INTO_REVIEW' })).toEqual({
        code: 'NOT_FOUND',
        field: 'measureId',
      });
      expect(await refused(C.restrictiveMeasureTransition, MIO_B, { measureId: k1.id, action: 'SUBMIT' })).toEqual({ code: 'NOT_FOUND', field: 'measureId' });
    });

    it('F2–F4, F6, F8: submitted to the PRR of the project region, returned, resubmitted, approved and applied', async () => {
      const t = (who: Actor, action: string, extra: Record<string, unknown> = {}) =>
        ok<Measure>(C.restrictiveMeasureTransition, who, { measureId: k1.id, action, ...extra });
      expect(await t(MIO_A, 'SUBMIT')).toMatchObject({ status: 'SUBMITTED' });
      await seen('implementation.restrictive-measure.submitted', { measureId: k1.id });
      // Another region's prosecutor and the General Prosecutor's Office do not see it.
      expect(await refused(C.restrictiveMeasureTransition, PRR_B, { measureId: k1.id, action: 'TAKE_INTO_REVIEW' })).toEqual({
        code: 'NOT_FOUND',
        field: 'measureId',
      });
      expect(await refused(C.restrictiveMeasureTransition, PRG, { measureId: k1.id, action: 'TAKE_INTO_REVIEW' })).toEqual({
        code: 'NOT_FOUND',
        field: 'measureId',
      });
      expect((await ok<PageOf<Measure>>(C.listRestrictiveMeasures, PRR_B, {})).total).toBe(0);
      expect((await ok<PageOf<Measure>>(C.listRestrictiveMeasures, PRR_A, {})).items.map((m) => m.id)).toEqual([k1.id]);
      expect(await refused(C.restrictiveMeasureTransition, PRR_A, { measureId: k1.id, action: 'APPROVE' })).toEqual({ code: 'WRONG_STATE' });
      expect(await t(PRR_A, 'TAKE_INTO_REVIEW')).toMatchObject({ status: 'UNDER_REVIEW' });
      expect(await refused(C.restrictiveMeasureTransition, MIO_A, { measureId: k1.id, action: 'APPROVE' })).toEqual({ code: 'WRONG_ROLE' });
      expect(await refused(C.restrictiveMeasureTransition, PRR_A, { measureId: k1.id, action: 'RETURN_FOR_CORRECTION' })).toEqual({
        code: 'INVALID_INPUT',
        field: 'reason',
      });
      expect(await t(PRR_A, 'RETURN_FOR_CORRECTION', { reason: 'Attach the inspection act' })).toMatchObject({ status: 'DRAFT' });
      await seen('implementation.restrictive-measure.returned', { measureId: k1.id });
      await t(MIO_A, 'SUBMIT');
      await t(PRR_A, 'TAKE_INTO_REVIEW');
      expect(
        await refused(C.restrictiveMeasureTransition, MIO_A, { measureId: k1.id, action: 'RECORD_APPLIED', appliedOn: '2026-03-02', actNumber: 'A-1' }),
      ).toEqual({
        code: 'WRONG_STATE',
      });
      expect(await t(PRR_A, 'APPROVE')).toMatchObject({ status: 'APPROVED' });
      await seen('implementation.restrictive-measure.approved', { measureId: k1.id });
      expect(
        await refused(C.restrictiveMeasureTransition, MIO_A, { measureId: k1.id, action: 'RECORD_APPLIED', appliedOn: '2026-03-09', actNumber: 'A-1' }),
      ).toEqual({
        code: 'INVALID_INPUT',
        field: 'appliedOn',
      });
      expect(await t(MIO_A, 'RECORD_APPLIED', { appliedOn: '2026-03-02', actNumber: 'ACT-17' })).toMatchObject({ status: 'APPLIED', actNumber: 'ACT-17' });
      await seen('implementation.restrictive-measure.applied', { measureId: k1.id, actNumber: 'ACT-17' });
      // The investor sees the measures about its project.
      expect((await ok<PageOf<Measure>>(C.listRestrictiveMeasures, INV, { investorBin: BIN })).items.map((m) => m.id)).toEqual([k1.id]);
    });

    it('a central body (CSB) goes to the PRG, which refuses with a reason; F7: a draft is withdrawn', async () => {
      const m = await ok<Measure>(C.draftRestrictiveMeasure, CSB, {
        projectId: p.id,
        measureType: 'TERMINATE_CONTRACT',
        legalBasis: 'Civil Code',
        justification: 'x',
      });
      expect(m).toMatchObject({ routedTo: 'PRG' });
      await ok(C.restrictiveMeasureTransition, CSB, { measureId: m.id, action: 'SUBMIT' });
      expect(await refused(C.restrictiveMeasureTransition, PRR_A, { measureId: m.id, action: 'TAKE_INTO_REVIEW' })).toEqual({
        code: 'NOT_FOUND',
        field: 'measureId',
      });
      expect((await ok<PageOf<Measure>>(C.listRestrictiveMeasures, PRR_A, {})).items.map((x) => x.id)).toEqual([k1.id]);
      expect((await ok<PageOf<Measure>>(C.listRestrictiveMeasures, PRG, {})).items.map((x) => x.id)).toEqual([m.id]);
      await ok(C.restrictiveMeasureTransition, PRG, { measureId: m.id, action: 'TAKE_INTO_REVIEW' });
      expect(await refused(C.restrictiveMeasureTransition, PRG, { measureId: m.id, action: 'REFUSE' })).toEqual({ code: 'INVALID_INPUT', field: 'reason' });
      const r = await ok<Measure>(C.restrictiveMeasureTransition, PRG, { measureId: m.id, action: 'REFUSE', reason: 'No legal basis' });
      expect(r).toMatchObject({ status: 'REFUSED', decisionReason: 'No legal basis' });
      await seen('implementation.restrictive-measure.refused', { measureId: m.id, reason: 'No legal basis' });
      expect(
        await refused(C.restrictiveMeasureTransition, CSB, { measureId: m.id, action: 'RECORD_APPLIED', appliedOn: '2026-03-02', actNumber: 'A' }),
      ).toEqual({
        code: 'WRONG_STATE',
      });

      const w = await ok<Measure>(C.draftRestrictiveMeasure, MIO_A, {
        projectId: p.id,
        measureType: 'TAX_INSPECTION',
        legalBasis: 'Tax Code',
        justification: 'x',
      });
      expect(w.kind).toBe('K3');
      expect(await refused(C.restrictiveMeasureTransition, CSB, { measureId: w.id, action: 'WITHDRAW' })).toEqual({ code: 'NOT_FOUND', field: 'measureId' });
      expect(await ok<Measure>(C.restrictiveMeasureTransition, MIO_A, { measureId: w.id, action: 'WITHDRAW' })).toMatchObject({ status: 'WITHDRAWN' });
      await seen('implementation.restrictive-measure.withdrawn', { measureId: w.id });
      const audit = await query<{ action: string }>(dbs.e1, `SELECT action FROM audit_log WHERE entity_type = 'restrictive-measure' ORDER BY id`);
      expect(audit.length).toBeGreaterThanOrEqual(12);
    });

    it('cases: registered, routed, assessed by the routed prosecutor only, closed', async () => {
      const body = {
        projectId: p.id,
        caseKind: 'ADMINISTRATIVE_CASE',
        caseNumber: 'AC-42',
        courtOrBody: 'Almaty court',
        filedOn: '2026-02-20',
        subject: 'Fine',
      };
      expect(await refused(C.registerProsecutorCase, MIO_A, { ...body, filedOn: '2026-02-30' })).toEqual({ code: 'INVALID_INPUT', field: 'filedOn' });
      expect(await refused(C.registerProsecutorCase, MIO_A, { ...body, filedOn: '2026-03-05' })).toEqual({ code: 'INVALID_INPUT', field: 'filedOn' });
      expect(await refused(C.registerProsecutorCase, MIO_A, { ...body, caseKind: 'CRIME' })).toEqual({ code: 'INVALID_INPUT', field: 'caseKind' });
      expect(await refused(C.registerProsecutorCase, MIO_B, body)).toEqual({ code: 'NOT_FOUND', field: 'projectId' });
      expect(await refused(C.registerProsecutorCase, AB, body)).toEqual({ code: 'WRONG_ROLE' });
      expect(await count(dbs.e1, 'prosecutor_case')).toBe(0);

      const k2 = await ok<Case>(C.registerProsecutorCase, MIO_A, body);
      expect(k2).toMatchObject({ status: 'REGISTERED', routedTo: 'PRR', kind: 'K2' });
      await seen('implementation.pf-case.registered', { caseId: k2.id, routedTo: 'PRR' });
      const t = (who: Actor, action: string, extra: Record<string, unknown> = {}) =>
        call<Case>(C.prosecutorCaseTransition, who, { caseId: k2.id, action, ...extra });
      expect(await refused(C.prosecutorCaseTransition, PRR_B, { caseId: k2.id, action: 'START_ASSESSMENT' })).toEqual({ code: 'NOT_FOUND', field: 'caseId' });
      expect(await refused(C.prosecutorCaseTransition, MIO_A, { caseId: k2.id, action: 'START_ASSESSMENT' })).toEqual({
        code: 'WRONG_ROLE',
        field: 'actor.role',
      });
      expect(await t(PRR_A, 'START_ASSESSMENT')).toMatchObject({ ok: true, data: { status: 'UNDER_ASSESSMENT' } });
      expect(await refused(C.prosecutorCaseTransition, PRR_A, { caseId: k2.id, action: 'ASSESS', conclusion: 'UNLAWFUL' })).toEqual({
        code: 'INVALID_INPUT',
        field: 'justification',
      });
      expect(await t(PRR_A, 'ASSESS', { conclusion: 'UNLAWFUL', justification: 'No offence' })).toMatchObject({
        ok: true,
        data: { status: 'ASSESSED_UNLAWFUL', conclusion: 'UNLAWFUL' },
      });
      await seen('implementation.pf-case.assessed', { caseId: k2.id, conclusion: 'UNLAWFUL' });
      expect(await t(PRR_A, 'CLOSE')).toMatchObject({ ok: true, data: { status: 'CLOSED' } });
      await seen('implementation.pf-case.closed', { caseId: k2.id });

      // The General Prosecutor's Office registers a lawsuit by a central body: routed to itself; the PRR does not see it.
      const k4 = await ok<Case>(C.registerProsecutorCase, PRG, { ...body, caseKind: 'LAWSUIT', bodyLevel: 'CENTRAL', caseNumber: 'L-1' });
      expect(k4).toMatchObject({ routedTo: 'PRG', kind: 'K4' });
      expect(await refused(C.registerProsecutorCase, PRR_A, { ...body, caseKind: 'LAWSUIT', bodyLevel: 'CENTRAL' })).toEqual({
        code: 'WRONG_ROLE',
        field: 'actor.role',
      });
      expect((await ok<PageOf<Case>>(C.listProsecutorCases, PRR_A, {})).items.map((c) => c.id)).toEqual([k2.id]);
      expect((await ok<PageOf<Case>>(C.listProsecutorCases, PRG, {})).items.map((c) => c.id)).toEqual([k4.id]);
      expect((await ok<PageOf<Case>>(C.listProsecutorCases, PRR_B, {})).total).toBe(0);
      expect(await refused(C.prosecutorCaseTransition, PRR_A, { caseId: k4.id, action: 'START_ASSESSMENT' })).toEqual({ code: 'NOT_FOUND', field: 'caseId' });
    });

    it('E001: SM-POOL works the same (pinned edition); the investor may not resume', async () => {
      const r = await ok<Pool>(C.submitPoolRequest, MIO_A, { projectId: p.id, kind: 'SUSPEND', grounds: ['G4'], justification: 'Permits refused' });
      expect(r.pendingRequest).toMatchObject({ decisionDueOn: '2026-03-10' });
      expect(await ok<Pool>(C.decidePoolRequest, AB, { projectId: p.id, requestId: r.pendingRequest!.id, decision: 'SUSPEND' })).toMatchObject({
        status: 'SUSPENDED',
      });
      expect(await refused(C.submitPoolRequest, INV, { projectId: p.id, kind: 'RESUME', grounds: ['G6'], justification: 'x', investorBin: BIN })).toEqual({
        code: 'WRONG_ROLE',
        field: 'grounds',
      });
      expect((await query<{ edition: string }>(dbs.e1, `SELECT edition FROM pool_membership WHERE project_id = $1`, [p.id]))[0]!.edition).toBe('E001');
    });
  });
});
