import { randomInt, randomUUID } from 'node:crypto';
import { COMMANDS, EVENT_TOPICS, REGIONS, deadLetterTopic } from '@ndip/domain';
import { eventually } from '../support/eventually';
import { query } from '../support/infra';
import { TopicRecorder } from '../support/kafka';
import { ACTORS, ReportingHarness, envelope, mio, publish, type Envelope } from './reporting-support';

/**
 * Reporting as a process against the real broker and PostgreSQL: events fed with produce(), commands over
 * request-reply. Projections (dashboard, funnel), the live region rating (ties, a task completed late, a
 * suspended project, a rescheduled task, redelivery), the rebuild from offset 0, and the quarter rollover.
 * The topics are shared with the other test files, so the regions used here are ones no earlier event touched,
 * and the expected ranking is computed independently from the whole observed table.
 */

interface RatingRow {
  rank: number;
  regionCode: string;
  points: number;
  projects: number;
  overdueTasks: number;
}
interface RatingView {
  year: number;
  quarter: number;
  asOf: string;
  live: boolean;
  regions: RatingRow[];
}

/** A second, straightforward implementation of §4.5 (bands and ranking) to check the service against. */
const halvesOf = (days: number): number => (days <= 0 ? 0 : days <= 5 ? 1 : days <= 15 ? 2 : 3);
function expectedRanks(rows: { regionCode: string; points: number; projects: number }[]): Map<string, number> {
  const better = (a: { points: number; projects: number }, b: { points: number; projects: number }): boolean =>
    a.points < b.points || (a.points === b.points && a.projects > b.projects);
  return new Map(rows.map((r) => [r.regionCode, 1 + rows.filter((o) => better(o, r)).length]));
}
const days = (from: string, to: string): number => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

describe('reporting: projections, the region rating and the rebuild', () => {
  const h = new ReportingHarness(211);
  let dlq: TopicRecorder;
  let reportingEvents: TopicRecorder;
  let A: string, B: string, C: string, D: string, E: string;
  const org = { A: randomUUID(), B: randomUUID(), C: randomUUID(), D: randomUUID(), E: randomUUID() };
  const ids = {
    pA1: randomUUID(),
    pA2: randomUUID(),
    pB1: randomUUID(),
    pB2: randomUUID(),
    pC1: randomUUID(),
    pC2: randomUUID(),
    pC3: randomUUID(),
    pD1: randomUUID(),
    pE1: randomUUID(),
    pE2: randomUUID(),
  };
  const roadmap = randomUUID();
  const sent: Record<string, Envelope> = {};

  const facts = (taskId: string, projectId: string, regionCode: string, dueDate: string, responsible: string, actualCompletionDate: string | null = null) => ({
    taskId,
    projectId,
    roadmapId: roadmap,
    code: 'T-02',
    regionCode,
    responsibleOrganizationId: responsible,
    dueDate,
    actualCompletionDate,
  });
  const taskCreated = (f: ReturnType<typeof facts>): Envelope =>
    envelope('implementation.task.created', 'task', f.taskId, { ...f, stage: 'INVESTMENT', requiresValidation: false }, 'implementation');
  const taskCompleted = (f: ReturnType<typeof facts>): Envelope =>
    envelope('implementation.task.completed', 'task', f.taskId, { ...f, awaitingValidation: false, validationDueOn: null }, 'implementation');
  const projectEvents = (projectId: string, regionCode: string, pool: 'NATIONAL' | 'REGIONAL', extra: Record<string, unknown> = {}): Envelope[] => [
    envelope(
      'implementation.project.created',
      'project',
      projectId,
      {
        projectId,
        initiativeId: null,
        companyId: null,
        name: `Project ${projectId.slice(0, 6)}`,
        regionCode,
        investmentAmountKzt: '1000000000',
        createdOn: '2031-01-15',
        ...extra,
      },
      'implementation',
    ),
    envelope(
      'implementation.project.pool-classified',
      'project',
      projectId,
      { projectId, regionCode, pool, mciYear: 2031, mciValue: 4325, amountMci: pool === 'NATIONAL' ? '231213.87' : '1000.5' },
      'implementation',
    ),
  ];

  const rating = (data: Record<string, unknown> = {}): Promise<RatingView> => h.ok<RatingView>(COMMANDS.reporting.regionRating, ACTORS.cia, data);
  const row = (v: RatingView, region: string): RatingRow => {
    const r = v.regions.find((x) => x.regionCode === region);
    if (!r) throw new Error(`region ${region} missing from the rating`);
    return r;
  };
  const processed = async (eventId: string): Promise<void> => {
    const rows = await query(h.dbUrl, `SELECT 1 FROM inbox WHERE event_id = $1 AND consumer = 'reporting'`, [eventId]);
    if (rows.length !== 1) throw new Error(`event ${eventId} not applied yet`);
  };
  const caughtUp = async (): Promise<{ generation: number }> => {
    const s = await h.ok<{ caughtUp: boolean; generation: number }>(COMMANDS.reporting.projectionStatus, ACTORS.admin);
    if (!s.caughtUp) throw new Error(`projections not caught up: ${JSON.stringify(s)}`);
    return s;
  };

  beforeAll(async () => {
    await h.start({ NDIP_FIXED_TODAY: '2031-03-20' });
    dlq = await new TopicRecorder([deadLetterTopic(EVENT_TOPICS.implementation)]).start();
    reportingEvents = await new TopicRecorder([EVENT_TOPICS.reporting]).start();
    await eventually(caughtUp, 60_000);
    const used = new Set(
      (
        await query<{ region_code: string }>(
          h.dbUrl,
          `SELECT region_code FROM rating_task UNION SELECT region_code FROM dash_project UNION SELECT region_code FROM dash_initiative WHERE region_code IS NOT NULL`,
        )
      ).map((r) => r.region_code),
    );
    const free = REGIONS.map((r) => r.code).filter((c) => !used.has(c));
    if (free.length < 5) throw new Error(`need 5 regions untouched by earlier tests, have ${free.length}`);
    [A, B, C, D, E] = free as [string, string, string, string, string];
  });

  afterAll(async () => {
    await dlq?.stop();
    await reportingEvents?.stop();
    await h.stop();
  });

  it('ranks regions live: fewer points first, ties broken by more projects, equal ones share a rank; suspended projects leave', async () => {
    const t = {
      a1: facts(randomUUID(), ids.pA1, A, '2031-03-15', org.A),
      a2: facts(randomUUID(), ids.pA1, A, '2031-03-01', org.A),
      a3: facts(randomUUID(), ids.pA2, A, '2031-03-10', org.A),
      b1: facts(randomUUID(), ids.pB1, B, '2031-02-20', org.B),
      b2: facts(randomUUID(), ids.pB2, B, '2031-04-30', org.B),
      c1: facts(randomUUID(), ids.pC1, C, '2031-03-01', org.C),
      c2: facts(randomUUID(), ids.pC2, C, '2031-05-01', org.C),
      c3: facts(randomUUID(), ids.pC3, C, '2031-05-01', org.C),
      d1: facts(randomUUID(), ids.pD1, D, '2031-01-10', org.D),
    };
    Object.assign(sent, {
      a2done: taskCompleted({ ...t.a2, actualCompletionDate: '2031-03-13' }),
      a3done: taskCompleted({ ...t.a3, actualCompletionDate: '2031-03-09' }),
      d1: taskCreated(t.d1),
      b1overdue: envelope(
        'implementation.task.became-overdue',
        'task',
        t.b1.taskId,
        { ...t.b1, overdueSince: '2031-02-21', detectedOn: '2031-02-21' },
        'implementation',
      ),
    });
    const events = [
      ...[ids.pA1, ids.pA2].flatMap((p) => projectEvents(p, A, 'NATIONAL')),
      ...[ids.pB1, ids.pB2].flatMap((p) => projectEvents(p, B, 'NATIONAL')),
      ...[ids.pC1, ids.pC2, ids.pC3].flatMap((p) => projectEvents(p, C, 'NATIONAL')),
      ...projectEvents(ids.pD1, D, 'NATIONAL'),
      ...Object.values(t).map(taskCreated),
      sent.a2done!,
      sent.a3done!,
      sent.b1overdue!,
    ];
    // Task events are keyed by task and may land before their project's events: both orders must work.
    await publish('implementation', events.slice(-13));
    await publish('implementation', events.slice(0, -13));
    for (const e of events) await eventually(() => processed(e.id));

    const v1 = await rating();
    expect(v1).toMatchObject({ year: 2031, quarter: 1, asOf: '2031-03-20', live: true });
    expect(v1.regions).toHaveLength(20);
    // a1: 5 days → 0.5; a2 completed 12 days late → 1.0; a3 on time → 0.
    expect(row(v1, A)).toMatchObject({ points: 1.5, projects: 2, overdueTasks: 2 });
    expect(row(v1, B)).toMatchObject({ points: 1.5, projects: 2, overdueTasks: 1 });
    expect(row(v1, C)).toMatchObject({ points: 1.5, projects: 3, overdueTasks: 1 });
    expect(row(v1, D)).toMatchObject({ points: 1.5, projects: 1, overdueTasks: 1 });
    expect(halvesOf(days('2031-01-10', '2031-03-20')) / 2).toBe(1.5);
    const ranks1 = expectedRanks(v1.regions);
    for (const r of v1.regions) expect([r.regionCode, r.rank]).toEqual([r.regionCode, ranks1.get(r.regionCode)]);
    expect(row(v1, A).rank).toBe(row(v1, B).rank);
    expect(row(v1, C).rank).toBeLessThan(row(v1, A).rank);

    // Suspension (AB decision): D's project and its tasks leave the rating while suspended.
    const suspended = envelope(
      'implementation.pool.suspended',
      'pool-membership',
      ids.pD1,
      { projectId: ids.pD1, pool: 'NATIONAL', regionCode: D, decidedOn: '2031-03-18', late: false, kind: 'SUSPEND', grounds: ['G2'] },
      'implementation',
    );
    await publish('implementation', [suspended]);
    await eventually(() => processed(suspended.id));
    expect(row(await rating(), D)).toMatchObject({ points: 0, projects: 0, overdueTasks: 0 });
  });

  it('follows reschedules, resumptions, redeliveries and dead-letters a malformed event', async () => {
    const a1 = await query<{ task_id: string; due_date: string }>(
      h.dbUrl,
      `SELECT task_id FROM rating_task WHERE region_code = $1 AND due_date = '2031-03-15'`,
      [A],
    );
    const a1f = facts(a1[0]!.task_id, ids.pA1, A, '2031-03-25', org.A);
    const rescheduled = envelope(
      'implementation.task.due-date-changed',
      'task',
      a1f.taskId,
      { ...a1f, previousDueDate: '2031-03-15', changedOn: '2031-03-19' },
      'implementation',
    );
    const resumed = envelope(
      'implementation.pool.resumed',
      'pool-membership',
      ids.pD1,
      { projectId: ids.pD1, pool: 'NATIONAL', regionCode: D, decidedOn: '2031-03-19', late: false, kind: 'RESUME', grounds: [] },
      'implementation',
    );
    const bad = envelope(
      'implementation.task.created',
      'task',
      randomUUID(),
      { ...facts(randomUUID(), ids.pA1, A, 'tomorrow', org.A), stage: 'INVESTMENT', requiresValidation: false },
      'implementation',
    );
    const copy = { ...sent.b1overdue!, id: randomUUID() };
    await publish('implementation', [rescheduled, resumed, sent.a2done!, bad, copy]);
    for (const e of [rescheduled, resumed, copy]) await eventually(() => processed(e.id));

    const v = await rating();
    expect(row(v, A)).toMatchObject({ points: 1, projects: 2, overdueTasks: 1 });
    expect(row(v, B)).toMatchObject({ points: 1.5, projects: 2, overdueTasks: 1 });
    expect(row(v, D)).toMatchObject({ points: 1.5, projects: 1, overdueTasks: 1 });
    expect(row(v, A).rank).toBeLessThan(row(v, B).rank);
    const ranks = expectedRanks(v.regions);
    for (const r of v.regions) expect(r.rank).toBe(ranks.get(r.regionCode));
    // The redelivered completion (same id) was recorded once.
    expect(await query(h.dbUrl, `SELECT 1 FROM inbox WHERE event_id = $1`, [sent.a2done!.id])).toHaveLength(1);
    await eventually(() => {
      const d = dlq.messages.find((m) => m.value.includes(bad.id));
      if (!d) throw new Error('the malformed event was not dead-lettered');
      expect(d.headers['ndip-dlq-consumer']).toBe('reporting');
      expect(d.headers['ndip-dlq-error']).toContain('dueDate');
    });
    expect(await query(h.dbUrl, `SELECT 1 FROM inbox WHERE event_id = $1`, [bad.id])).toHaveLength(0);
  });

  it('drills a rank down to its overdue tasks and the organisations that held them; regional users see their own region', async () => {
    const d = await h.ok<{
      items: { taskId: string; responsibleOrganizationId: string; overdueDays: number; points: number; dueDate: string }[];
      byOrganization: { responsibleOrganizationId: string; overdueTasks: number; points: number }[];
      total: number;
    }>(COMMANDS.reporting.regionRatingTasks, ACTORS.nc, { regionCode: B });
    expect(d.total).toBe(1);
    expect(d.items[0]).toMatchObject({ responsibleOrganizationId: org.B, overdueDays: 28, points: 1.5, dueDate: '2031-02-20' });
    expect(d.byOrganization).toEqual([{ responsibleOrganizationId: org.B, overdueTasks: 1, points: 1.5 }]);
    const own = await h.call(COMMANDS.reporting.regionRatingTasks, mio(B), { regionCode: B });
    expect(own.ok).toBe(true);
    const other = await h.call(COMMANDS.reporting.regionRatingTasks, mio(B), { regionCode: A });
    expect(other).toMatchObject({ ok: false, error: { code: 'WRONG_ROLE' } });
    expect(await h.call(COMMANDS.reporting.regionRating, ACTORS.fi)).toMatchObject({ ok: false, error: { code: 'WRONG_ROLE' } });
    expect(await h.call(COMMANDS.reporting.regionRatingTasks, ACTORS.nc, { regionCode: 'Almaty' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'regionCode' },
    });
    expect(await h.call(COMMANDS.reporting.regionRating, ACTORS.nc, { year: 2031 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'quarter' },
    });
  });

  it('builds the dashboard, the pool totals, the traffic lights, the green-corridor and Task Force lists and the initiative funnel', async () => {
    const company = randomUUID();
    const company2 = randomUUID();
    // Unique per run: the topics keep the events of earlier runs on the same broker.
    const investorBin = String(randomInt(1e11, 1e12));
    const ini = randomUUID();
    const ini2 = randomUUID();
    const attraction = [
      envelope(
        'attraction.meeting.recorded',
        'meeting',
        randomUUID(),
        { meetingId: randomUUID(), companyId: company, countryCode: 'KR', heldOn: '2031-01-05', eventKind: 'OTHER' },
        'attraction',
      ),
      envelope(
        'attraction.initiative.created',
        'initiative',
        ini,
        { initiativeId: ini, companyId: company, title: 'Plant', countryCode: 'KR', createdOn: '2031-01-10' },
        'attraction',
      ),
      envelope(
        'attraction.initiative.created',
        'initiative',
        ini2,
        { initiativeId: ini2, companyId: company2, title: 'Mill', countryCode: 'KR', createdOn: '2031-01-12' },
        'attraction',
      ),
      envelope(
        'attraction.initiative.transferred',
        'initiative',
        ini,
        { initiativeId: ini, companyId: company, regionCode: E, transferredOn: '2031-01-20', actionDueOn: '2031-02-19' },
        'attraction',
      ),
      envelope(
        'attraction.initiative.converted',
        'initiative',
        ini,
        {
          initiativeId: ini,
          companyId: company,
          companyName: 'Plant LLP',
          companyBin: '940740000139',
          regionCode: E,
          projectName: 'Plant',
          sector: 'C10',
          investmentAmountKzt: '5000000000',
          hasInvestmentContract: false,
          convertedOn: '2031-02-01',
        },
        'attraction',
      ),
    ];
    const p = ids.pE1;
    const implementation = [
      ...projectEvents(p, E, 'NATIONAL', { initiativeId: ini, companyId: company, investmentAmountKzt: '5000000000', createdOn: '2031-02-01' }),
      envelope(
        'implementation.project.green-corridor-scored',
        'project',
        p,
        {
          projectId: p,
          regionCode: E,
          scoringId: randomUUID(),
          evaluatedOn: '2031-02-02',
          amountUsd: '10000000',
          usdKztRate: '500',
          scoreMilli: 8000,
          status: 'ELIGIBLE',
          projectStatus: 'ELIGIBLE',
          reviewRequired: false,
        },
        'implementation',
      ),
      envelope(
        'implementation.project.handed-to-task-force',
        'project',
        p,
        { projectId: p, regionCode: E, handedOn: '2031-02-02', amountKzt: '5000000000', mciYear: 2031, mciValue: 4325, scoreMilli: 8000 },
        'implementation',
      ),
      envelope(
        'implementation.project.transferred-to-post-investment',
        'project',
        p,
        { projectId: p, regionCode: E, pool: 'NATIONAL', validatedOn: '2031-03-10', investmentContractExpiresOn: null },
        'implementation',
      ),
      envelope(
        'implementation.project.passport-completed',
        'project',
        p,
        { projectId: p, regionCode: E, completedOn: '2031-02-02', fillDueOn: null, late: false, jobs: 250, companyBin: investorBin },
        'implementation',
      ),
      ...projectEvents(ids.pE2, E, 'REGIONAL'),
      // An event published before jobs and companyBin were added to the payload still applies.
      envelope(
        'implementation.project.passport-completed',
        'project',
        ids.pE2,
        { projectId: ids.pE2, regionCode: E, completedOn: '2031-02-03', fillDueOn: null, late: false, jobs: 40 },
        'implementation',
      ),
      taskCreated(facts(randomUUID(), ids.pE2, E, '2031-03-19', org.E)),
      taskCreated(facts(randomUUID(), ids.pE2, E, '2031-03-30', org.E)),
      taskCreated(facts(randomUUID(), ids.pE2, E, '2031-04-10', org.E)),
    ];
    const opened = envelope(
      'post-investment.monitoring.opened',
      'monitoring',
      p,
      { monitoringId: randomUUID(), projectId: p, regionCode: E, startsOn: '2031-03-10', endsOn: '2034-03-10' },
      'post-investment',
    );
    await publish('attraction', attraction);
    await publish('implementation', implementation);
    await publish('post-investment', [opened]);
    for (const e of [...attraction, ...implementation, opened]) await eventually(() => processed(e.id));

    const dash = await h.ok<Record<string, unknown>>(COMMANDS.reporting.dashboard, ACTORS.ab, { regionCode: E });
    expect(dash).toMatchObject({
      asOf: '2031-03-20',
      totals: { projects: 2, investmentAmountKzt: '6000000000', jobs: 290, projectsWithJobs: 2 },
      byRegion: [{ key: E, projects: 2 }],
      byModule: expect.arrayContaining([
        { key: '3', label: expect.objectContaining({ en: 'Module 3 "Post-investment"' }), projects: 1, investmentAmountKzt: '5000000000' },
      ]),
      bySector: expect.arrayContaining([{ key: 'C10', label: null, projects: 1, investmentAmountKzt: '5000000000' }]),
      byStatus: expect.arrayContaining([
        expect.objectContaining({ key: 'POST_INVESTMENT', projects: 1 }),
        expect.objectContaining({ key: 'IMPLEMENTATION', projects: 1 }),
      ]),
      pools: [
        expect.objectContaining({ pool: 'NATIONAL', projects: 1, investmentAmountKzt: '5000000000', jobs: 250, projectsWithJobs: 1 }),
        expect.objectContaining({ pool: 'REGIONAL', projects: 1, investmentAmountKzt: '1000000000', jobs: 40, projectsWithJobs: 1 }),
      ],
      trafficLight: { RED: 1, YELLOW: 1, GREEN: 1, openTasks: 3 },
      greenCorridor: { eligible: 1, pendingCouncil: 0, notEligible: 0 },
      taskForce: 1,
    });
    const national = await h.ok<{ totals: { projects: number } }>(COMMANDS.reporting.dashboard, ACTORS.ab, {
      regionCode: E,
      pool: 'NATIONAL',
      status: 'POST_INVESTMENT',
    });
    expect(national.totals.projects).toBe(1);
    // A regional user is held to its region.
    expect(await h.call(COMMANDS.reporting.dashboard, mio(A), { regionCode: E })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_ROLE', field: 'regionCode' },
    });
    expect(((await h.ok(COMMANDS.reporting.dashboard, mio(E))) as { totals: { projects: number } }).totals.projects).toBe(2);

    // The investor (§9.2 "r (own)") sees the projects of its company's BIN only (the gateway sets investorBin).
    const inv = { userId: 'u-inv', organizationId: 'org-plant-llp', role: 'INV', regionCode: null, countryCode: null } as const;
    const own = await h.ok<{ totals: { projects: number; jobs: number }; byRegion: { key: string }[]; trafficLight: { openTasks: number } }>(
      COMMANDS.reporting.dashboard,
      inv,
      { investorBin },
    );
    expect(own.totals).toMatchObject({ projects: 1, jobs: 250 });
    expect(own.byRegion.map((r) => r.key)).toEqual([E]);
    expect(own.trafficLight.openTasks).toBe(0);
    const other = await h.ok<{ totals: { projects: number } }>(COMMANDS.reporting.dashboard, inv, { investorBin: '000000000000' });
    expect(other.totals.projects).toBe(0);
    expect(await h.call(COMMANDS.reporting.dashboard, inv, {})).toMatchObject({ ok: false, error: { code: 'WRONG_ROLE', field: 'investorBin' } });
    const ownGc = await h.ok<{ items: { projectId: string }[] }>(COMMANDS.reporting.listDashboardProjects, inv, {
      list: 'GREEN_CORRIDOR',
      investorBin,
    });
    expect(ownGc.items.map((i) => i.projectId)).toEqual([p]);
    expect(await h.call(COMMANDS.reporting.initiativeFunnel, inv, {})).toMatchObject({ ok: false, error: { code: 'WRONG_ROLE' } });

    for (const list of ['GREEN_CORRIDOR', 'TASK_FORCE']) {
      const page = await h.ok<{ items: { projectId: string; greenCorridorScore: number }[]; total: number }>(
        COMMANDS.reporting.listDashboardProjects,
        ACTORS.nc,
        {
          list,
          regionCode: E,
        },
      );
      expect(page.items.map((i) => i.projectId)).toEqual([p]);
      expect(page.items[0]!.greenCorridorScore).toBe(8);
    }

    const funnel = await h.ok<{
      stages: { stage: string; count: number | null; conversionFromPrevious: number | null; daysFromPrevious: { average: number } | null }[];
    }>(COMMANDS.reporting.initiativeFunnel, ACTORS.ab, { from: '2031-01-01', to: '2031-01-31', countryCode: 'KR' });
    expect(funnel.stages.map((s) => [s.stage, s.count, s.conversionFromPrevious, s.daysFromPrevious?.average ?? null])).toEqual([
      ['MEETING', 1, null, null],
      ['INITIATIVE', 2, 1, 5],
      ['TRANSFERRED', 1, 0.5, 10],
      ['CONVERTED', 1, 1, 12],
      ['PROJECT', 1, 1, null],
      ['MODULE_3', 1, 1, 37],
    ]);
    const csv = await h.ok<{ contentType: string; body: string }>(COMMANDS.reporting.dashboard, ACTORS.ab, { regionCode: E, format: 'csv' });
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    expect(csv.body.split('\r\n')[0]).toBe('\uFEFFdimension,key,label,projects,"investment, KZT",jobs');
    expect(csv.body).toContain('pool-total,NATIONAL,National pool,1,5000000000,250');
    expect(csv.body).toContain(`region,${E},`);
  });

  it('rebuilds every projection from offset 0 with a new consumer group, to identical results', async () => {
    const dump = async (): Promise<Record<string, unknown>> => {
      const tables: Record<string, string> = {
        project_projection: 'project_id',
        dash_project: 'project_id',
        dash_initiative: 'initiative_id',
        dash_meeting: 'meeting_id',
        rating_task: 'task_id',
        rating_region_live: 'region_code',
        // Summary rows whose count went back to zero stay; a rebuild does not create them.
        'dash_summary WHERE projects <> 0': 'region_code, pool, sector, module, status',
        'dash_open_task WHERE n <> 0': 'region_code, due_date',
      };
      const out: Record<string, unknown> = {};
      // updated_at is when a row was last written (now()), not a fact of the events.
      for (const [t, key] of Object.entries(tables)) {
        out[t] = (await query<Record<string, unknown>>(h.dbUrl, `SELECT * FROM ${t} ORDER BY ${key}`)).map(({ updated_at: _written, ...r }) => r);
      }
      out.rating = await rating();
      out.dashboard = await h.ok(COMMANDS.reporting.dashboard, ACTORS.ab, {});
      out.counts = await h.ok(COMMANDS.reporting.projectCounts, ACTORS.ab, {});
      return out;
    };
    // The region sums kept by deltas equal a full aggregation of the task and project rows.
    const sums = await query(
      h.dbUrl,
      `SELECT l.region_code, l.penalty_halves = COALESCE(t.h, 0) AND l.overdue_tasks = COALESCE(t.n, 0) AND l.projects = COALESCE(p.n, 0) AS same
         FROM rating_region_live l
         LEFT JOIN (SELECT region_code, sum(penalty_halves)::int AS h, count(*)::int AS n FROM rating_task WHERE penalty_halves > 0 AND project_active
                     GROUP BY region_code) t ON t.region_code = l.region_code
         LEFT JOIN (SELECT region_code, count(*)::int AS n FROM dash_project WHERE rating_counted GROUP BY region_code) p ON p.region_code = l.region_code`,
    );
    expect(sums).toHaveLength(20);
    expect(sums.filter((r) => r.same !== true)).toEqual([]);
    // The dashboard summaries kept by the triggers equal a full aggregation of dash_project and rating_task.
    expect(
      await query(
        h.dbUrl,
        `SELECT region_code, pool, sector, module, status, projects, amount_kzt::text, jobs::int, task_force FROM dash_summary WHERE projects <> 0
         EXCEPT
         SELECT region_code, pool, sector, module, CASE WHEN pool_status IN ('EXCLUDED', 'SUSPENDED') THEN pool_status WHEN module = 3 THEN 'POST_INVESTMENT'
                ELSE 'IMPLEMENTATION' END, count(*)::int, COALESCE(sum(investment_amount_kzt), 0)::text, COALESCE(sum(jobs), 0)::int,
                (count(*) FILTER (WHERE task_force))::int
           FROM dash_project GROUP BY 1, 2, 3, 4, 5`,
      ),
    ).toEqual([]);
    const [summed] = await query<{ s: number; p: number; o: number; t: number }>(
      h.dbUrl,
      `SELECT (SELECT COALESCE(sum(projects), 0)::int FROM dash_summary) AS s, (SELECT count(*)::int FROM dash_project) AS p,
              (SELECT COALESCE(sum(n), 0)::int FROM dash_open_task) AS o,
              (SELECT count(*)::int FROM rating_task WHERE actual_completion_date IS NULL AND project_active) AS t`,
    );
    expect(summed!.s).toBe(summed!.p);
    expect(summed!.o).toBe(summed!.t);
    expect(
      await query(
        h.dbUrl,
        `SELECT region_code, due_date, n FROM dash_open_task WHERE n <> 0
         EXCEPT SELECT region_code, due_date, count(*)::int FROM rating_task WHERE actual_completion_date IS NULL AND project_active GROUP BY 1, 2`,
      ),
    ).toEqual([]);
    const before = await dump();
    const { generation } = await caughtUp();
    const started = await h.ok<{ generation: number }>(COMMANDS.reporting.rebuildProjections, ACTORS.admin);
    expect(started.generation).toBe(generation + 1);
    const inbox = await query<{ n: number }>(h.dbUrl, `SELECT count(*)::int AS n FROM inbox WHERE consumer = 'reporting'`);
    // While the rebuild runs, every read answers either "rebuilding" or the complete figures, never partial ones.
    const answers = { rebuilding: 0, complete: 0 };
    await eventually(async () => {
      const r = await h.call(COMMANDS.reporting.dashboard, ACTORS.ab, {});
      if (r.ok) {
        expect(r.data).toEqual(before.dashboard);
        answers.complete += 1;
      } else {
        expect(r.error).toMatchObject({ code: 'WRONG_STATE', field: 'projections' });
        answers.rebuilding += 1;
      }
      const s = await caughtUp();
      expect(s.generation).toBe(generation + 1);
    }, 90_000);
    expect(answers.rebuilding + answers.complete).toBeGreaterThan(0);
    expect(await dump()).toEqual(before);
    const after = await query<{ n: number }>(h.dbUrl, `SELECT count(*)::int AS n FROM inbox WHERE consumer = 'reporting'`);
    expect(after[0]!.n).toBeGreaterThanOrEqual(inbox[0]!.n);
    expect(await h.call(COMMANDS.reporting.rebuildProjections, ACTORS.cia)).toMatchObject({ ok: false, error: { code: 'WRONG_ROLE' } });
  });

  it('answers "rebuilding" until every partition reached the end it had when the rebuild started', async () => {
    const target = (end: string): string => JSON.stringify([{ topic: EVENT_TOPICS.implementation, partition: 0, low: '0', end }]);
    // A target not reached yet (as right after the rebuild command): the projections are partial.
    await query(h.dbUrl, `UPDATE projection_state SET rebuild_targets = $1::jsonb WHERE id = 1`, [target('999999999999')]);
    for (const [pattern, data] of [
      [COMMANDS.reporting.dashboard, {}],
      [COMMANDS.reporting.regionRating, {}],
      [COMMANDS.reporting.projectCounts, {}],
      [COMMANDS.reporting.listDashboardProjects, { list: 'TASK_FORCE' }],
    ] as const) {
      expect(await h.call(pattern, ACTORS.ab, data)).toMatchObject({ ok: false, error: { code: 'WRONG_STATE', field: 'projections' } });
    }
    expect(await h.ok(COMMANDS.reporting.projectionStatus, ACTORS.admin)).toMatchObject({ rebuilding: true });
    // Reached: the first read clears the targets and answers.
    await query(h.dbUrl, `UPDATE projection_state SET rebuild_targets = $1::jsonb WHERE id = 1`, [target('0')]);
    expect(await h.call(COMMANDS.reporting.dashboard, ACTORS.ab, {})).toMatchObject({ ok: true });
    expect(await query(h.dbUrl, `SELECT rebuild_targets FROM projection_state`)).toEqual([{ rebuild_targets: null }]);
    expect(await h.ok(COMMANDS.reporting.projectionStatus, ACTORS.admin)).toMatchObject({ rebuilding: false });
  });

  it('freezes the quarter at its close, keeps open tasks counting in the new quarter, and publishes the snapshot', async () => {
    await h.svc.stop();
    await h.svc.start({ NDIP_FIXED_TODAY: '2031-04-03' });
    // The service advanced its rating date at boot and froze Q1; running the clock again changes nothing.
    const [state] = await query<{ as_of: string }>(h.dbUrl, `SELECT rating_as_of::text AS as_of FROM projection_state`);
    expect(state!.as_of).toBe('2031-04-03');
    expect(await query(h.dbUrl, `SELECT year, quarter, as_of::text AS as_of, frozen_on::text AS frozen_on FROM rating_snapshot`)).toEqual([
      { year: 2031, quarter: 1, as_of: '2031-03-31', frozen_on: '2031-04-03' },
    ]);
    const clock = await h.ok(COMMANDS.reporting.runRatingClock, ACTORS.admin);
    expect(clock).toEqual({ asOf: '2031-04-03', previousAsOf: '2031-04-03', changed: false, frozen: [] });

    const q1 = await rating({ year: 2031, quarter: 1 });
    expect(q1).toMatchObject({ year: 2031, quarter: 1, asOf: '2031-03-31', live: false });
    // On 31 March: a1 (due 25 March) 6 days → 1.0; a2 completed 12 days late → 1.0.
    expect(row(q1, A)).toMatchObject({ points: 2, projects: 2, overdueTasks: 2 });
    expect(row(q1, B)).toMatchObject({ points: 1.5, projects: 2, overdueTasks: 1 });
    expect(row(q1, C)).toMatchObject({ points: 1.5, projects: 3, overdueTasks: 1 });
    expect(row(q1, D)).toMatchObject({ points: 1.5, projects: 1, overdueTasks: 1 });
    // E: only a regional-pool project (no tie-break count): 12 days → 1.0 and 1 day → 0.5.
    expect(row(q1, E)).toMatchObject({ points: 1.5, projects: 0, overdueTasks: 2 });
    const r1 = expectedRanks(q1.regions);
    for (const r of q1.regions) expect(r.rank).toBe(r1.get(r.regionCode));

    const q2 = await rating();
    expect(q2).toMatchObject({ year: 2031, quarter: 2, asOf: '2031-04-03', live: true });
    // a2 was completed in Q1: it belongs to Q1 only. a1 is still open: 9 days → 1.0.
    expect(row(q2, A)).toMatchObject({ points: 1, overdueTasks: 1 });
    expect(row(q2, B)).toMatchObject({ points: 1.5, overdueTasks: 1 });
    expect(row(q2, E)).toMatchObject({ points: 1.5, overdueTasks: 2 });

    const drill = await h.ok<{
      live: boolean;
      asOf: string;
      items: { overdueDays: number; responsibleOrganizationId: string; actualCompletionDate: string | null }[];
    }>(COMMANDS.reporting.regionRatingTasks, ACTORS.nc, { regionCode: A, year: 2031, quarter: 1 });
    expect(drill).toMatchObject({ live: false, asOf: '2031-03-31' });
    expect(drill.items.map((i) => [i.overdueDays, i.actualCompletionDate, i.responsibleOrganizationId]).sort()).toEqual([
      [12, '2031-03-13', org.A],
      [6, null, org.A],
    ]);
    expect(await h.call(COMMANDS.reporting.regionRating, ACTORS.nc, { year: 2031, quarter: 3 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const [snap] = await query<{ snapshot_id: string }>(h.dbUrl, `SELECT snapshot_id FROM rating_snapshot WHERE year = 2031 AND quarter = 1`);
    const published = await eventually(() => {
      const e = reportingEvents
        .envelopes()
        .find((x) => x.env.type === 'reporting.region-rating.quarter-closed' && x.env.payload.snapshotId === snap!.snapshot_id);
      if (!e) throw new Error('quarter-closed event not published yet');
      return e.env;
    });
    expect(published.payload).toMatchObject({ year: 2031, quarter: 1, asOf: '2031-03-31', frozenOn: '2031-04-03' });
    expect((published.payload.regions as RatingRow[]).find((r) => r.regionCode === A)).toEqual({
      regionCode: A,
      rank: row(q1, A).rank,
      points: 2,
      projects: 2,
      overdueTasks: 2,
    });
    const csv = await h.ok<{ filename: string; body: string }>(COMMANDS.reporting.regionRating, ACTORS.nc, { year: 2031, quarter: 1, format: 'csv' });
    expect(csv.filename).toBe('region-rating-2031-Q1.csv');
    expect(csv.body.split('\r\n').filter((l) => l.length > 0)).toHaveLength(21);
  });
});
