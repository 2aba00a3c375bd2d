import { ClientKafka } from '@nestjs/microservices';
import { COMMANDS, EVENT_TOPICS, type Actor } from '@ndip/domain';
import { uuidv7 } from '@ndip/platform/ids/uuid7';
import { ensureTopics } from '@ndip/platform/kafka/kafka-client';
import type { CommandResult } from '@ndip/platform/messaging/command';
import { logLevel } from 'kafkajs';
import { firstValueFrom, timeout } from 'rxjs';
import { ServiceProcess } from '../../tools/dev/stack';
import { eventually } from '../support/eventually';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';
import { TopicRecorder, produce } from '../support/kafka';
import { caughtUp } from './post-investment-support';

/**
 * Module 3 as a process against the real PostgreSQL and Kafka: Module 1/2 events are produced to
 * their topics, commands go over request-reply, the service clock is pinned with NDIP_FIXED_TODAY
 * (first 2027-03-01, then 2027-04-09 after a restart).
 */
describe('post-investment (Module 3): period, pool exclusion, issues, KPI plan, completion, archive', () => {
  const ALMATY = '750000000';
  const ASTANA = '710000000';
  // BINs no other test uses: the service reads the shared topics from the beginning, earlier files' events included.
  const BIN_A = '120340001230';
  const BIN_B = '990340004562';
  const M3 = COMMANDS['post-investment'];
  let svc: ServiceProcess;
  let client: ClientKafka;
  let recorder: TopicRecorder;
  let dbUrl: string;
  let groupId: string;

  const nch: Actor = { userId: 'u-nch', organizationId: 'org-nch', role: 'NCH', regionCode: null, countryCode: null };
  const ab: Actor = { userId: 'u-ab', organizationId: 'org-ab', role: 'AB', regionCode: null, countryCode: null };
  const nc: Actor = { userId: 'u-nc', organizationId: 'org-nc', role: 'NC', regionCode: null, countryCode: null };
  const admin: Actor = { userId: 'u-admin', organizationId: 'org-admin', role: 'ADMIN', regionCode: null, countryCode: null };
  const mioAstana: Actor = { userId: 'u-mio', organizationId: 'org-mio-astana', role: 'MIO', regionCode: ASTANA, countryCode: null };
  const investorA: Actor = { userId: 'u-inv-a', organizationId: 'org-inv-a', role: 'INV', regionCode: null, countryCode: null };
  const investorB: Actor = { userId: 'u-inv-b', organizationId: 'org-inv-b', role: 'INV', regionCode: null, countryCode: null };

  const ids = {
    p1: uuidv7(), // national, entered 2024-02-29, no contract → excluded 2027-02-28
    p2: uuidv7(), // national, contract until 2027-03-01 → excluded 2027-03-02
    p3: uuidv7(), // national, entered 2026-01-15 → 2029-01-15: issues, KPI, completion, archive
    p4: uuidv7(), // regional, entered 2024-02-28 → period ends 2027-02-28, no national pool
    p5: uuidv7(), // national, contract until 2030-12-31 (later than 3 years)
    i1: uuidv7(),
    i3: uuidv7(),
  };

  function envelope(type: string, producer: string, aggregateType: string, aggregateId: string, payload: Record<string, unknown>, actor: Actor = nch) {
    return {
      id: uuidv7(),
      type,
      version: 1,
      occurredAt: new Date().toISOString(),
      producer,
      aggregateType,
      aggregateId,
      correlationId: uniqueName('corr'),
      causationId: null,
      actor,
      ruleEdition: 'E000',
      payload,
    };
  }

  const transferred = (
    projectId: string,
    pool: 'NATIONAL' | 'REGIONAL',
    validatedOn: string,
    investmentContractExpiresOn: string | null,
    regionCode = ALMATY,
  ) =>
    envelope('implementation.project.transferred-to-post-investment', 'implementation', 'project', projectId, {
      projectId,
      regionCode,
      pool,
      validatedOn,
      investmentContractExpiresOn,
    });

  const feed = (topic: string, ...envs: ReturnType<typeof envelope>[]) =>
    produce(
      topic,
      envs.map((e) => ({ key: e.aggregateId, value: JSON.stringify(e) })),
    );

  async function call<T = Record<string, unknown>>(pattern: string, actor: Actor, data: unknown): Promise<CommandResult<T>> {
    return firstValueFrom(
      client.send<CommandResult<T>>(pattern, { key: 'k', value: { actor, correlationId: uniqueName('corr'), data } }).pipe(timeout(20_000)),
    );
  }

  async function ok<T = Record<string, unknown>>(pattern: string, actor: Actor, data: unknown): Promise<T> {
    const r = await call<T>(pattern, actor, data);
    if (!r.ok) throw new Error(`${pattern} refused: ${r.error.code} ${r.error.message}`);
    return r.data;
  }

  async function refused(pattern: string, actor: Actor, data: unknown): Promise<{ code: string; field?: string }> {
    const r = await call(pattern, actor, data);
    if (r.ok) throw new Error(`${pattern} was accepted`);
    return { code: r.error.code, field: r.error.field };
  }

  const mine = new Set<string>();
  /** Events of this file's projects only (the topic also holds other files' events). */
  const events = (type: string) => recorder.envelopes().filter((e) => e.env.type === type && mine.has(String(e.env.payload.projectId)));
  const settled = () => eventually(() => caughtUp(groupId, [EVENT_TOPICS.implementation, EVENT_TOPICS.attraction]), 60_000);

  beforeAll(async () => {
    const prefix = uniqueName('m3');
    await ensureTopics(testInfra().brokers);
    dbUrl = (await createDatabases(prefix, ['post-investment'] as const))['post-investment'];
    groupId = `${prefix}-post-investment-server`; // Nest appends `-server` to the consumer group of a microservice
    svc = new ServiceProcess(
      'post-investment',
      {
        DATABASE_URL: dbUrl,
        HTTP_PORT: String(testPortBase(211)),
        NDIP_KAFKA_BROKERS: testInfra().brokers,
        NDIP_GROUP_PREFIX: prefix,
        NDIP_LOG_LEVEL: 'warn',
        NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000',
        NDIP_M3_JOB_INTERVAL_MS: '0',
        NDIP_M3_ISSUE_SLA_WD: 'LAND=10',
      },
      '.data/test/logs',
    );
    client = new ClientKafka({
      client: { clientId: `${prefix}-client`, brokers: testInfra().brokers.split(','), logLevel: logLevel.ERROR },
      consumer: { groupId: `${prefix}-replies`, sessionTimeout: 6000, heartbeatInterval: 1000, maxWaitTimeInMs: 100 },
    });
    for (const p of Object.values(M3)) client.subscribeToResponseOf(p);
    await client.connect();
    recorder = await new TopicRecorder([EVENT_TOPICS['post-investment']]).start();
    await svc.start({ NDIP_FIXED_TODAY: '2027-03-01' });
  });

  afterAll(async () => {
    await svc?.stop();
    await client?.close();
    await recorder?.stop();
  });

  type Monitoring = {
    id: string;
    projectId: string;
    startsOn: string;
    endsOn: string;
    exclusionRunsOn: string;
    basis: string;
    status: string;
    poolStatus: string;
    poolExcludedOn: string | null;
    companyBin: string | null;
  };
  const monitoring = (projectId: string, actor: Actor = ab) => ok<Monitoring>(M3.getMonitoringByProject, actor, { projectId });

  it('opens the period from the transfer event once (redelivery and a copy under a new id), with the dates of rules.md §4.7', async () => {
    for (const p of [ids.p1, ids.p2, ids.p3, ids.p4, ids.p5]) mine.add(p);
    // Module 1/2 facts that tell Module 3 the investor: the project is created before the hand-over, the BIN arrives after it.
    await feed(
      EVENT_TOPICS.implementation,
      envelope('implementation.project.created', 'implementation', 'project', ids.p3, {
        projectId: ids.p3,
        initiativeId: ids.i3,
        companyId: uuidv7(),
        name: 'Automotive components plant',
        regionCode: ALMATY,
        investmentAmountKzt: '200000000000',
        createdOn: '2025-01-10',
      }),
    );
    const t3 = transferred(ids.p3, 'NATIONAL', '2026-01-15', null);
    const transfers = [
      transferred(ids.p1, 'NATIONAL', '2024-02-29', null),
      transferred(ids.p2, 'NATIONAL', '2026-06-01', '2027-03-01'),
      t3,
      t3,
      { ...t3, id: uuidv7() },
      transferred(ids.p4, 'REGIONAL', '2024-02-28', null, ASTANA),
      transferred(ids.p5, 'NATIONAL', '2026-06-01', '2030-12-31'),
    ];
    await feed(EVENT_TOPICS.implementation, ...transfers);
    await feed(
      EVENT_TOPICS.implementation,
      envelope('implementation.project.created', 'implementation', 'project', ids.p1, {
        projectId: ids.p1,
        initiativeId: ids.i1,
        companyId: null,
        name: 'Solar park',
        regionCode: ALMATY,
        investmentAmountKzt: '90000000000',
        createdOn: '2023-05-10',
      }),
    );
    const converted = (initiativeId: string, companyBin: string, companyName: string) =>
      envelope('attraction.initiative.converted', 'attraction', 'initiative', initiativeId, {
        initiativeId,
        companyId: uuidv7(),
        companyName,
        companyBin,
        regionCode: ALMATY,
        projectName: companyName,
        sector: null,
        investmentAmountKzt: '90000000000',
        hasInvestmentContract: false,
        convertedOn: '2023-05-10',
      });
    await feed(EVENT_TOPICS.attraction, converted(ids.i1, BIN_B, 'Samsung C&T'));
    await feed(
      EVENT_TOPICS.attraction,
      envelope('attraction.initiative.converted', 'attraction', 'initiative', ids.i3, {
        initiativeId: ids.i3,
        companyId: uuidv7(),
        companyName: 'Hyundai Motor Company',
        companyBin: BIN_A,
        regionCode: ALMATY,
        projectName: 'Automotive components plant',
        sector: 'C29',
        investmentAmountKzt: '200000000000',
        hasInvestmentContract: false,
        convertedOn: '2025-01-10',
      }),
    );

    const p3 = await eventually(async () => {
      const m = await monitoring(ids.p3);
      if (m.companyBin !== BIN_A) throw new Error('investor BIN not known yet');
      return m;
    });
    expect(p3).toMatchObject({
      startsOn: '2026-01-15',
      endsOn: '2029-01-15',
      exclusionRunsOn: '2029-01-15',
      basis: 'THREE_YEARS',
      status: 'OPEN',
      poolStatus: 'IN_NATIONAL_POOL',
    });
    // 29 February + 3 years → 28 February.
    expect(
      await eventually(async () => {
        const m = await monitoring(ids.p1);
        if (m.companyBin !== BIN_B) throw new Error('investor BIN of p1 not known yet');
        return m;
      }),
    ).toMatchObject({ startsOn: '2024-02-29', endsOn: '2027-02-28', exclusionRunsOn: '2027-02-28', basis: 'THREE_YEARS' });
    // a contract ending earlier than 3 years: its last day; excluded the day after.
    expect(await eventually(() => monitoring(ids.p2))).toMatchObject({ endsOn: '2027-03-01', exclusionRunsOn: '2027-03-02', basis: 'INVESTMENT_CONTRACT' });
    // a contract ending later than 3 years.
    expect(await eventually(() => monitoring(ids.p5))).toMatchObject({ endsOn: '2030-12-31', exclusionRunsOn: '2031-01-01', basis: 'INVESTMENT_CONTRACT' });
    expect(await eventually(() => monitoring(ids.p4))).toMatchObject({ poolStatus: 'NOT_IN_NATIONAL_POOL', exclusionRunsOn: '2027-02-28' });

    // Idempotent: the redelivered event and its copy under a new id are consumed, yet one period and one opened event exist.
    await settled();
    const inbox = await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1::uuid[])`, [transfers.map((t) => t.id)]);
    expect(inbox[0]!.n).toBe(6);
    const periods = await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM monitoring_period WHERE project_id = $1`, [ids.p3]);
    expect(periods[0]!.n).toBe(1);
    await eventually(() => {
      if (events('post-investment.monitoring.opened').filter((e) => e.env.payload.projectId === ids.p3).length !== 1) throw new Error('opened event not seen');
    });
    const audit = await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM audit_log WHERE action = 'monitoring.open' AND entity_id = $1`, [p3.id]);
    expect(audit[0]!.n).toBe(1);

    // Scoping: an akimat of another region does not see Almaty's period; the Astana project it does.
    expect(await refused(M3.getMonitoringByProject, mioAstana, { projectId: ids.p3 })).toEqual({ code: 'NOT_FOUND', field: 'projectId' });
    const astana = await ok<{ items: (Monitoring & { regionCode: string })[] }>(M3.listMonitoring, mioAstana, { pageSize: 200 });
    expect(astana.items.filter((m) => mine.has(m.projectId)).map((m) => m.projectId)).toEqual([ids.p4]);
    expect(astana.items.every((m) => m.regionCode === ASTANA)).toBe(true);
    const sorted = await ok<{ items: Monitoring[] }>(M3.listMonitoring, ab, { sort: 'exclusionRunsOn', poolStatus: 'IN_NATIONAL_POOL', pageSize: 200 });
    expect(sorted.items.filter((m) => mine.has(m.projectId)).map((m) => m.projectId)).toEqual([ids.p1, ids.p2, ids.p3, ids.p5]);
    expect(sorted.items.every((m) => m.poolStatus === 'IN_NATIONAL_POOL')).toBe(true);
    const dates = sorted.items.map((m) => m.exclusionRunsOn);
    expect([...dates].sort()).toEqual(dates);
    expect(await refused(M3.listMonitoring, ab, { sort: 'name' })).toMatchObject({ code: 'INVALID_INPUT', field: 'sort' });
  });

  it('generates the KPI collection plan with the period; the job flags overdue reports; the investor submits', async () => {
    const plan = await ok<{
      items: { periodNo: number; periodStart: string; periodEnd: string; dueOn: string; status: string; overdue: boolean }[];
      total: number;
    }>(M3.listKpiReports, ab, { projectId: ids.p3, pageSize: 200 });
    expect(plan.total).toBe(13);
    expect(plan.items[0]).toMatchObject({
      periodNo: 1,
      periodStart: '2026-01-15',
      periodEnd: '2026-03-31',
      dueOn: '2026-04-15',
      status: 'PLANNED',
      overdue: false,
    });
    expect(plan.items[12]).toMatchObject({ periodNo: 13, periodStart: '2029-01-01', periodEnd: '2029-01-14', dueOn: '2029-04-15' });

    const run = await ok<{ today: string; kpiOverdue: number; periodsEnded: number }>(M3.runJobs, nc, { jobs: ['KPI'] });
    // Past due on 2027-03-01 (the 15th after each quarter): p3 4 (2026-04-15 … 2027-01-15), p1 and p4 12 each
    // (2024-04-15 … 2027-01-15), p2 and p5 3 each (2026-07-15 … 2027-01-15); other files' projects may add more.
    expect(run).toMatchObject({ today: '2027-03-01', periodsEnded: 0 });
    expect(run.kpiOverdue).toBeGreaterThanOrEqual(34);
    const overdue = async (projectId: string) => (await ok<{ total: number }>(M3.listKpiReports, ab, { projectId, overdue: 'true' })).total;
    expect({ p1: await overdue(ids.p1), p2: await overdue(ids.p2), p3: await overdue(ids.p3), p4: await overdue(ids.p4), p5: await overdue(ids.p5) }).toEqual({
      p1: 12,
      p2: 3,
      p3: 4,
      p4: 12,
      p5: 3,
    });
    // No reminder is due yet (the next due date is 2027-04-15, reminders from 04-08); a second run finds nothing.
    const reminded = await ok<{ items: { remindedOn: string | null }[] }>(M3.listKpiReports, ab, { projectId: ids.p3, pageSize: 200 });
    expect(reminded.items.filter((k) => k.remindedOn !== null)).toHaveLength(0);
    expect(await ok(M3.runJobs, nc, { jobs: ['KPI'] })).toMatchObject({ kpiOverdue: 0, kpiReminders: 0 });

    const submitted = await ok<{ status: string; figures: Record<string, unknown>; overdue: boolean }>(M3.submitKpiReport, investorA, {
      projectId: ids.p3,
      periodNo: 1,
      investorBin: BIN_A,
      jobsCreated: 120,
      capitalSpentKzt: '5000000000',
      outputKzt: '0',
    });
    expect(submitted).toMatchObject({ status: 'SUBMITTED', overdue: true, figures: { jobsCreated: 120, capitalSpentKzt: '5000000000', outputKzt: '0' } });
    // The quarter is not over yet; another company's investor does not see the project; bad figures name the field.
    expect(
      await refused(M3.submitKpiReport, investorA, {
        projectId: ids.p3,
        periodNo: 5,
        investorBin: BIN_A,
        jobsCreated: 1,
        capitalSpentKzt: '1',
        outputKzt: '1',
      }),
    ).toEqual({
      code: 'WRONG_STATE',
      field: 'periodEnd',
    });
    expect(
      await refused(M3.submitKpiReport, investorB, {
        projectId: ids.p3,
        periodNo: 2,
        investorBin: BIN_B,
        jobsCreated: 1,
        capitalSpentKzt: '1',
        outputKzt: '1',
      }),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await refused(M3.submitKpiReport, investorA, {
        projectId: ids.p3,
        periodNo: 2,
        investorBin: BIN_A,
        jobsCreated: 1,
        capitalSpentKzt: '1.5',
        outputKzt: '1',
      }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'capitalSpentKzt',
    });
    expect(
      await refused(M3.submitKpiReport, investorA, {
        projectId: ids.p3,
        periodNo: 99,
        investorBin: BIN_A,
        jobsCreated: 1,
        capitalSpentKzt: '1',
        outputKzt: '1',
      }),
    ).toEqual({
      code: 'NOT_FOUND',
      field: 'periodNo',
    });
    await eventually(() => {
      if (events('post-investment.kpi.report-overdue').length !== 34 || events('post-investment.kpi.report-submitted').length !== 1)
        throw new Error('KPI events not seen');
    });
  });

  it('runs the exclusion job by the service clock: due periods end, national-pool projects are excluded, once', async () => {
    expect(await refused(M3.runJobs, ab, {})).toMatchObject({ code: 'WRONG_ROLE' });
    const run = await ok<{ today: string; periodsEnded: number; excludedFromNationalPool: number }>(M3.runJobs, admin, { jobs: ['PERIOD_END'] });
    // p1 and p4 (and any due period of other files' projects).
    expect(run.today).toBe('2027-03-01');
    expect(run.periodsEnded).toBeGreaterThanOrEqual(2);
    expect(run.excludedFromNationalPool).toBeGreaterThanOrEqual(1);
    expect(await monitoring(ids.p1)).toMatchObject({ status: 'PERIOD_ENDED', poolStatus: 'EXCLUDED', poolExcludedOn: '2027-03-01' });
    expect(await monitoring(ids.p4)).toMatchObject({ status: 'PERIOD_ENDED', poolStatus: 'NOT_IN_NATIONAL_POOL' });
    // The contract ends on 2027-03-01: excluded only from the next day.
    expect(await monitoring(ids.p2)).toMatchObject({ status: 'OPEN', poolStatus: 'IN_NATIONAL_POOL' });
    expect(await ok(M3.runJobs, admin, { jobs: ['PERIOD_END'] })).toMatchObject({ periodsEnded: 0, excludedFromNationalPool: 0 });
    const trail = await query(
      dbUrl,
      `SELECT 1 FROM audit_log a JOIN monitoring_period m ON m.id::text = a.entity_id WHERE m.project_id = $1 AND a.action LIKE 'monitoring.period-end%'`,
      [ids.p1],
    );
    expect(trail).toHaveLength(1);

    const excluded = await eventually(() => {
      const e = events('post-investment.project.excluded-from-national-pool');
      if (e.length !== 1) throw new Error(`${e.length} exclusion events`);
      return e[0]!;
    });
    expect(excluded.message.key).toBe(ids.p1);
    expect(excluded.env.payload).toMatchObject({
      projectId: ids.p1,
      regionCode: ALMATY,
      excludedOn: '2027-03-01',
      effectiveFrom: '2027-02-28',
      basis: 'THREE_YEARS',
    });
    const ended = await eventually(() => {
      const e = events('post-investment.monitoring.period-ended');
      if (e.length !== 2) throw new Error(`${e.length} period-ended events`);
      return e;
    });
    expect(ended.find((e) => e.env.payload.projectId === ids.p4)!.env.payload).toMatchObject({ poolStatus: 'NOT_IN_NATIONAL_POOL' });
  });

  let customsIssue: string;
  let landIssue: string;

  it('the investor raises issues with the SLA of the category; AB triages, assigns, answers, closes; other investors see nothing', async () => {
    type Issue = {
      id: string;
      status: string;
      category: string;
      companyBin: string;
      sla: { workingDays: number; dueOn: string; breached: boolean; escalatedOn: string | null };
    };
    const customs = await ok<Issue>(M3.raiseIssue, investorA, {
      projectId: ids.p3,
      investorBin: BIN_A,
      kind: 'PROBLEM',
      category: 'CUSTOMS',
      title: 'Customs clearance of equipment',
      description: 'The equipment has waited at Khorgos for 20 days',
    });
    customsIssue = customs.id;
    // Mon 2027-03-01 + 5 WD; 8 March is a holiday.
    expect(customs).toMatchObject({ status: 'OPEN', category: 'CUSTOMS', companyBin: BIN_A, sla: { workingDays: 5, dueOn: '2027-03-09', breached: false } });
    const land = await ok<Issue>(M3.raiseIssue, investorA, {
      projectId: ids.p3,
      investorBin: BIN_A,
      kind: 'PROPOSAL',
      category: 'LAND',
      title: 'One-stop land allocation',
      description: 'Publish free industrial plots with utilities',
    });
    landIssue = land.id;
    // NDIP_M3_ISSUE_SLA_WD=LAND=10 (configured).
    expect(land.sla).toMatchObject({ workingDays: 10, dueOn: '2027-03-17' });

    // Not the project's company, the wrong role, a period that ended, bad input.
    const raise = { projectId: ids.p3, kind: 'PROBLEM', category: 'VISAS', title: 't', description: 'd' };
    expect(await refused(M3.raiseIssue, investorB, { ...raise, investorBin: BIN_B })).toEqual({ code: 'NOT_FOUND', field: 'projectId' });
    expect(await refused(M3.raiseIssue, ab, raise)).toMatchObject({ code: 'WRONG_ROLE' });
    // Investor B's own project p1: its period has ended, no new issue (P1 runs while the period runs).
    expect(await refused(M3.raiseIssue, investorB, { ...raise, projectId: ids.p1, investorBin: BIN_B })).toEqual({
      code: 'WRONG_STATE',
      field: 'monitoring.status',
    });
    expect((await ok<{ items: Monitoring[] }>(M3.listMonitoring, investorB, { investorBin: BIN_B })).items.map((m) => m.projectId)).toEqual([ids.p1]);
    expect(await ok(M3.listMonitoring, investorB, {})).toMatchObject({ items: [], total: 0 });
    expect(await refused(M3.raiseIssue, investorA, { ...raise, category: 'ROADS', investorBin: BIN_A })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'category',
    });

    // Investor B reads nothing of company A; investor A its own.
    expect(await ok(M3.listIssues, investorB, { investorBin: BIN_B })).toMatchObject({ items: [], total: 0 });
    expect(await refused(M3.getIssue, investorB, { issueId: customsIssue, investorBin: BIN_B })).toEqual({ code: 'NOT_FOUND', field: 'issueId' });
    expect(await refused(M3.getIssue, investorA, { issueId: customsIssue })).toMatchObject({ code: 'NOT_FOUND' });
    expect((await ok<{ total: number }>(M3.listIssues, investorA, { investorBin: BIN_A })).total).toBe(2);
    expect((await ok<{ items: Issue[] }>(M3.listIssues, ab, { projectId: ids.p3, sort: 'dueOn' })).items.map((i) => i.id)).toEqual([customsIssue, landIssue]);

    await ok(M3.triageIssue, ab, { issueId: customsIssue, note: 'customs, equipment import' });
    const assigned = await ok<{ status: string; assignedAgency: string }>(M3.assignIssue, nc, { issueId: customsIssue, agency: 'State Revenue Committee' });
    expect(assigned).toMatchObject({ status: 'ASSIGNED', assignedAgency: 'State Revenue Committee' });
    expect(await refused(M3.closeIssue, ab, { issueId: customsIssue })).toMatchObject({ code: 'WRONG_STATE' });
    expect(await refused(M3.answerIssue, investorA, { issueId: customsIssue, answer: 'x' })).toMatchObject({ code: 'NOT_FOUND' });

    await ok(M3.answerIssue, ab, { issueId: landIssue, answer: 'Included in the regional programme' });
    expect(await ok(M3.closeIssue, ab, { issueId: landIssue })).toMatchObject({ status: 'CLOSED', closedOn: '2027-03-01', sla: { breached: false } });
    const trail = await query<{ action: string }>(dbUrl, `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [landIssue]);
    expect(trail.map((a) => a.action)).toEqual(['issue.raise', 'issue.answer', 'issue.close']);

    // AB records a change of the investment contract (who/when/why).
    const change = await ok<{ field: string; recordedBy: { role: string }; recordedOn: string }>(M3.recordChange, ab, {
      projectId: ids.p3,
      subject: 'INVESTMENT_CONTRACT',
      field: 'investmentVolumeKzt',
      oldValue: '200000000000',
      newValue: '220000000000',
      reason: 'Supplementary agreement No. 2',
    });
    expect(change).toMatchObject({ field: 'investmentVolumeKzt', recordedBy: { role: 'AB' }, recordedOn: '2027-03-01' });
    expect(await refused(M3.recordChange, mioAstana, { projectId: ids.p3, subject: 'PROJECT', field: 'x', reason: 'y' })).toMatchObject({ code: 'NOT_FOUND' });
    expect((await ok<{ total: number }>(M3.listChanges, investorA, { projectId: ids.p3, investorBin: BIN_A })).total).toBe(1);
  });

  it('on a later day (restart with a new clock): the contract project is excluded, the breached SLA is escalated, reminders go out', async () => {
    await svc.stop();
    await svc.start({ NDIP_FIXED_TODAY: '2027-04-09' });
    await settled();
    const run = await ok<Record<string, number>>(M3.runJobs, nc, {});
    // p2's period ends and it is excluded; the customs issue is escalated; the Q1 2027 report (due 2027-04-15, reminder
    // from 04-08) of each of the five live periods is reminded. Other files' projects may add to the counts.
    expect(run.today).toBe('2027-04-09');
    for (const [k, atLeast] of Object.entries({ periodsEnded: 1, excludedFromNationalPool: 1, issuesEscalated: 1, kpiReminders: 5 })) {
      expect({ k, ok: run[k]! >= atLeast }).toEqual({ k, ok: true });
    }
    expect(run.kpiOverdue).toBe(0);
    for (const p of [ids.p1, ids.p2, ids.p3, ids.p4, ids.p5]) {
      const plan = await ok<{ items: { dueOn: string; remindedOn: string | null }[] }>(M3.listKpiReports, ab, { projectId: p, pageSize: 200 });
      expect(plan.items.filter((k) => k.remindedOn !== null).map((k) => [k.dueOn, k.remindedOn])).toEqual([['2027-04-15', '2027-04-09']]);
    }
    await eventually(() => {
      if (events('post-investment.kpi.reminder-due').length !== 5) throw new Error('reminders not seen');
    });
    expect(await monitoring(ids.p2)).toMatchObject({ status: 'PERIOD_ENDED', poolStatus: 'EXCLUDED', poolExcludedOn: '2027-04-09' });
    const escalated = await ok<{ status: string; sla: { breached: boolean; escalatedOn: string } }>(M3.getIssue, ab, { issueId: customsIssue });
    expect(escalated).toMatchObject({ status: 'ASSIGNED', sla: { breached: true, escalatedOn: '2027-04-09' } });
    expect((await ok<{ items: { id: string }[] }>(M3.listIssues, ab, { projectId: ids.p3, slaBreached: 'true' })).items.map((i) => i.id)).toEqual([
      customsIssue,
    ]);
    expect((await ok<{ items: { id: string }[] }>(M3.listIssues, ab, { projectId: ids.p3, slaBreached: 'false' })).items.map((i) => i.id)).toEqual([landIssue]);
    await eventually(() => {
      const e = events('post-investment.issue.escalated-to-council');
      if (e.length !== 1) throw new Error('escalation event not seen');
      expect(e[0]!.env.payload).toMatchObject({
        issueId: customsIssue,
        projectId: ids.p3,
        category: 'CUSTOMS',
        dueOn: '2027-03-09',
        escalatedOn: '2027-04-09',
      });
      const x = events('post-investment.project.excluded-from-national-pool').find((v) => v.env.payload.projectId === ids.p2);
      if (!x) throw new Error('exclusion of p2 not seen');
      expect(x.env.payload).toMatchObject({ basis: 'INVESTMENT_CONTRACT', effectiveFrom: '2027-03-02' });
    });
    // Nothing more to do on the same day.
    expect(await ok(M3.runJobs, nc, {})).toMatchObject({ periodsEnded: 0, excludedFromNationalPool: 0, issuesEscalated: 0, kpiReminders: 0, kpiOverdue: 0 });
  });

  it('completes only with every issue closed and all obligations fulfilled, then archives; the archive is read-only', async () => {
    const complete = { projectId: ids.p3, finalAnalysis: 'All obligations fulfilled: 450 jobs, 220 bn tenge invested', obligationsFulfilled: true };
    expect(await refused(M3.completeMonitoring, ab, complete)).toEqual({ code: 'WRONG_STATE', field: 'issues' });
    expect(await refused(M3.completeMonitoring, ab, { ...complete, obligationsFulfilled: false })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'obligationsFulfilled',
    });
    expect(await ok(M3.answerIssue, ab, { issueId: customsIssue, answer: 'Cleared on 5 March' })).toMatchObject({
      status: 'ANSWERED',
      answeredOn: '2027-04-09',
    });
    await ok(M3.closeIssue, ab, { issueId: customsIssue });
    expect(await refused(M3.archiveMonitoring, nc, { projectId: ids.p3 })).toMatchObject({ code: 'WRONG_STATE' });
    expect(await refused(M3.completeMonitoring, investorA, complete)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await ok(M3.completeMonitoring, ab, complete)).toMatchObject({ status: 'COMPLETED', completedOn: '2027-04-09', poolStatus: 'IN_NATIONAL_POOL' });

    expect(await refused(M3.archiveMonitoring, ab, { projectId: ids.p3 })).toMatchObject({ code: 'WRONG_ROLE' });
    const archive = await ok<{
      documentCount: number;
      sha256: string;
      manifest: { issues: unknown[]; changes: unknown[]; kpiReports: unknown[]; finalAnalysis: string };
    }>(M3.archiveMonitoring, nc, { projectId: ids.p3 });
    // The final analysis, 2 issues, 1 change, 1 submitted KPI report.
    expect(archive.documentCount).toBe(5);
    expect(archive.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(archive.manifest).toMatchObject({ finalAnalysis: complete.finalAnalysis });
    expect(archive.manifest.issues).toHaveLength(2);
    expect(archive.manifest.kpiReports).toHaveLength(13);
    expect(await monitoring(ids.p3)).toMatchObject({ status: 'ARCHIVED', archivedOn: '2027-04-09' });

    // Every write command on the archived project is refused with WRONG_STATE.
    const writes: [string, Actor, Record<string, unknown>][] = [
      [M3.raiseIssue, investorA, { projectId: ids.p3, investorBin: BIN_A, kind: 'PROBLEM', category: 'OTHER', title: 't', description: 'd' }],
      [M3.submitKpiReport, investorA, { projectId: ids.p3, periodNo: 2, investorBin: BIN_A, jobsCreated: 1, capitalSpentKzt: '1', outputKzt: '1' }],
      [M3.recordChange, ab, { projectId: ids.p3, subject: 'PROJECT', field: 'conditions', reason: 'late change' }],
      [M3.completeMonitoring, ab, complete],
      [M3.archiveMonitoring, nc, { projectId: ids.p3 }],
      [M3.triageIssue, ab, { issueId: customsIssue }],
      [M3.answerIssue, ab, { issueId: customsIssue, answer: 'again' }],
      [M3.closeIssue, ab, { issueId: customsIssue }],
    ];
    for (const [pattern, actor, data] of writes) {
      expect({ pattern, ...(await refused(pattern, actor, data)) }).toMatchObject({ pattern, code: 'WRONG_STATE' });
    }
    const stored = await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM m3_change WHERE project_id = $1`, [ids.p3]);
    expect(stored[0]!.n).toBe(1);
    await expect(query(dbUrl, `UPDATE m3_archive SET document_count = 0 WHERE project_id = $1`, [ids.p3])).rejects.toThrow(/read-only/);

    // Still readable for analytics: the investor its own archive, not another company's; AB everything.
    expect(await ok(M3.getArchive, investorA, { projectId: ids.p3, investorBin: BIN_A })).toMatchObject({ sha256: archive.sha256 });
    expect(await refused(M3.getArchive, investorB, { projectId: ids.p3, investorBin: BIN_B })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await ok(M3.getArchive, ab, { projectId: ids.p3 })).toMatchObject({ documentCount: 5 });
    expect((await ok<{ total: number }>(M3.listIssues, ab, { projectId: ids.p3 })).total).toBe(2);
  });

  it('a project without an initiative gets its investor from the passport BIN; a contract-term change moves the end and revises the KPI plan', async () => {
    // Service clock: 2027-04-09 (after the restart above).
    const p6 = uuidv7();
    const BIN_C = '100140011059';
    const investorC: Actor = { userId: 'u-inv-c', organizationId: 'org-inv-c', role: 'INV', regionCode: null, countryCode: null };
    mine.add(p6);
    await feed(
      EVENT_TOPICS.implementation,
      envelope('implementation.project.created', 'implementation', 'project', p6, {
        projectId: p6,
        initiativeId: null,
        companyId: null,
        name: 'Glass factory (opened by the akimat, entry path P2)',
        regionCode: ALMATY,
        investmentAmountKzt: '60000000000',
        createdOn: '2025-02-01',
      }),
      envelope('implementation.project.passport-completed', 'implementation', 'project', p6, {
        projectId: p6,
        regionCode: ALMATY,
        completedOn: '2025-03-01',
        fillDueOn: null,
        late: false,
        jobs: 120,
        companyBin: BIN_C,
      }),
      transferred(p6, 'NATIONAL', '2026-06-01', '2028-06-30'),
    );
    const opened = await eventually(async () => {
      const m = await monitoring(p6);
      if (m.companyBin !== BIN_C) throw new Error('the passport BIN is not on the period yet');
      return m;
    });
    expect(opened).toMatchObject({ endsOn: '2028-06-30', exclusionRunsOn: '2028-07-01', basis: 'INVESTMENT_CONTRACT' });
    // The investor sees its own period and raises an issue; another investor sees neither.
    expect(await ok(M3.getMonitoringByProject, investorC, { projectId: p6, investorBin: BIN_C })).toMatchObject({ projectId: p6 });
    const issue = await ok<{ id: string; companyBin: string }>(M3.raiseIssue, investorC, {
      projectId: p6,
      investorBin: BIN_C,
      kind: 'PROBLEM',
      category: 'UTILITIES',
      title: 'Gas connection',
      description: 'The gas connection is not scheduled yet',
    });
    expect(issue.companyBin).toBe(BIN_C);
    const own = await ok<{ items: { id: string }[] }>(M3.listIssues, investorC, { investorBin: BIN_C, pageSize: 200 });
    expect(own.items.map((i) => i.id)).toEqual([issue.id]);
    expect(await refused(M3.getMonitoringByProject, investorB, { projectId: p6, investorBin: BIN_B })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused(M3.getIssue, investorB, { issueId: issue.id, investorBin: BIN_B })).toMatchObject({ code: 'NOT_FOUND' });

    type Kpi = { periodNo: number; periodStart: string; periodEnd: string; dueOn: string; status: string };
    const plan = async (): Promise<Kpi[]> => (await ok<{ items: Kpi[] }>(M3.listKpiReports, ab, { projectId: p6, pageSize: 200 })).items;
    // 2026-06-01 … 2028-06-30: Q2 2026 (one month) to Q2 2028.
    expect((await plan()).map((k) => k.periodNo)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    await ok(M3.submitKpiReport, investorC, { projectId: p6, periodNo: 4, investorBin: BIN_C, jobsCreated: 40, capitalSpentKzt: '1000000', outputKzt: '0' });
    const change = (newValue: string, oldValue: string) => ({
      projectId: p6,
      subject: 'INVESTMENT_CONTRACT',
      field: 'contractExpiresOn',
      oldValue,
      newValue,
      reason: 'Supplementary agreement to the investment contract',
    });

    // Extended to 2029-02-15: excluded on 2029-02-16; Q3 2028 … Q1 2029 (cut at 15 February) added.
    await ok(M3.recordChange, ab, change('2029-02-15', '2028-06-30'));
    expect(await monitoring(p6)).toMatchObject({ endsOn: '2029-02-15', exclusionRunsOn: '2029-02-16', basis: 'INVESTMENT_CONTRACT', status: 'OPEN' });
    const extended = await plan();
    expect(extended).toHaveLength(12);
    expect(extended[11]).toMatchObject({ periodNo: 12, periodStart: '2029-01-01', periodEnd: '2029-02-15', dueOn: '2029-04-15', status: 'PLANNED' });

    // Shortened to 2027-08-20: the periods after it go, Q3 2027 is cut; the submitted report stays.
    await ok(M3.recordChange, ab, change('2027-08-20', '2029-02-15'));
    expect(await monitoring(p6)).toMatchObject({ endsOn: '2027-08-20', exclusionRunsOn: '2027-08-21' });
    const shortened = await plan();
    expect(shortened.map((k) => [k.periodNo, k.periodStart, k.periodEnd, k.status])).toEqual([
      [1, '2026-06-01', '2026-06-30', 'PLANNED'],
      [2, '2026-07-01', '2026-09-30', 'PLANNED'],
      [3, '2026-10-01', '2026-12-31', 'PLANNED'],
      [4, '2027-01-01', '2027-03-31', 'SUBMITTED'],
      [5, '2027-04-01', '2027-06-30', 'PLANNED'],
      [6, '2027-07-01', '2027-08-20', 'PLANNED'],
    ]);

    // A malformed date is refused naming the field, and changes nothing (not even the change log).
    const changesBefore = await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM m3_change WHERE project_id = $1`, [p6]);
    expect(await refused(M3.recordChange, ab, change('2027-02-30', '2027-08-20'))).toEqual({ code: 'INVALID_INPUT', field: 'newValue' });
    expect(await monitoring(p6)).toMatchObject({ endsOn: '2027-08-20' });
    const changesAfter = await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM m3_change WHERE project_id = $1`, [p6]);
    expect(changesAfter[0]!.n).toBe(changesBefore[0]!.n);
    expect(changesBefore[0]!.n).toBe(2);
    // The contract is gone: back to 3 years from Module 3 entry.
    await ok(M3.recordChange, ab, { ...change('x', '2027-08-20'), newValue: null });
    expect(await monitoring(p6)).toMatchObject({ endsOn: '2029-06-01', exclusionRunsOn: '2029-06-01', basis: 'THREE_YEARS' });
    expect(await plan()).toHaveLength(13);
    const audit = await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM audit_log WHERE action = 'monitoring.move-end' AND entity_id = $1`, [
      opened.id,
    ]);
    expect(audit[0]!.n).toBe(3);
  });
});
