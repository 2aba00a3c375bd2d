import { randomUUID } from 'node:crypto';
import { COMMANDS, EVENT_TOPICS, REGIONS, deadLetterTopic } from '@ndip/domain';
import { ensureTopics } from '@ndip/platform/kafka/kafka-client';
import { eventually } from '../support/eventually';
import { query, testInfra } from '../support/infra';
import { TopicRecorder } from '../support/kafka';
import { ACTORS, ReportingHarness, envelope, publish, type Envelope } from './reporting-support';

/**
 * Reporting (as a process, real broker and PostgreSQL) follows two Module 1 changes made after the fact:
 * a project turned back into an initiative (E001 §41: `attraction.initiative.reverted-from-project` and
 * `implementation.project.reverted-to-initiative`) stops counting as a project in the dashboard, the
 * per-region counts, the funnel and the overdue rating, and counts again once Module 2 reinstates it
 * (`implementation.project.created` with the same id); an edited meeting card (`attraction.meeting.updated`)
 * moves the funnel's meeting row. Events are fed with produce(); the region is one no earlier event touched.
 */
describe('reporting: a reverted project and an edited meeting card', () => {
  const h = new ReportingHarness(231);
  let dlq: TopicRecorder;
  let R: string;
  const company = randomUUID();
  const initiative = randomUUID();
  const project = randomUUID();
  const meeting = randomUUID();
  const task = randomUUID();

  const processed = async (eventId: string): Promise<void> => {
    const rows = await query(h.dbUrl, `SELECT 1 FROM inbox WHERE event_id = $1 AND consumer = 'reporting'`, [eventId]);
    if (rows.length !== 1) throw new Error(`event ${eventId} not applied yet`);
  };
  const applied = async (events: Envelope[]): Promise<void> => {
    for (const e of events) await eventually(() => processed(e.id), 60_000);
  };
  const converted = (convertedOn: string): Envelope =>
    envelope(
      'attraction.initiative.converted',
      'initiative',
      initiative,
      {
        initiativeId: initiative,
        companyId: company,
        companyName: 'Polymer LLP',
        companyBin: '120340005670',
        regionCode: R,
        projectName: 'Polypropylene plant',
        sector: 'C20',
        investmentAmountKzt: '95000000000',
        hasInvestmentContract: false,
        convertedOn,
      },
      'attraction',
    );
  const projectFacts = (amount: string): Envelope[] => [
    envelope(
      'implementation.project.created',
      'project',
      project,
      {
        projectId: project,
        initiativeId: initiative,
        companyId: company,
        name: 'Polypropylene plant',
        regionCode: R,
        investmentAmountKzt: amount,
        createdOn: '2032-02-02',
      },
      'implementation',
    ),
    envelope(
      'implementation.project.pool-classified',
      'project',
      project,
      { projectId: project, regionCode: R, pool: 'NATIONAL', mciYear: 2032, mciValue: 4325, amountMci: '21965317.91' },
      'implementation',
    ),
  ];
  const meetingEvent = (type: 'recorded' | 'updated', heldOn: string, extra: Record<string, unknown> = {}): Envelope =>
    envelope(
      `attraction.meeting.${type}`,
      'meeting',
      meeting,
      { meetingId: meeting, companyId: company, countryCode: 'KR', heldOn, eventKind: 'OTHER', ...extra },
      'attraction',
    );

  interface Funnel {
    stages: { stage: string; count: number | null }[];
  }
  const funnel = async (): Promise<Record<string, number | null>> => {
    const f = await h.ok<Funnel>(COMMANDS.reporting.initiativeFunnel, ACTORS.ab, { from: '2032-01-01', to: '2032-12-31', regionCode: R });
    return Object.fromEntries(f.stages.map((s) => [s.stage, s.count]));
  };
  const dashboardProjects = async (): Promise<number> =>
    (await h.ok<{ totals: { projects: number } }>(COMMANDS.reporting.dashboard, ACTORS.ab, { regionCode: R })).totals.projects;
  const counts = async (): Promise<{ regionCode: string; implementation: number }[]> =>
    (await h.ok<{ regionCode: string; implementation: number }[]>(COMMANDS.reporting.projectCounts, ACTORS.ab, {})).filter((r) => r.regionCode === R);
  const ratingRow = async (): Promise<{ projects: number; overdueTasks: number; points: number }> => {
    const v = await h.ok<{ regions: { regionCode: string; projects: number; overdueTasks: number; points: number }[] }>(
      COMMANDS.reporting.regionRating,
      ACTORS.cia,
      {},
    );
    return v.regions.find((r) => r.regionCode === R)!;
  };

  beforeAll(async () => {
    // When this file runs first on a fresh broker: the topics must exist before the service boots.
    await ensureTopics(testInfra().brokers);
    await h.start({ NDIP_FIXED_TODAY: '2032-03-20' });
    dlq = await new TopicRecorder([deadLetterTopic(EVENT_TOPICS.implementation), deadLetterTopic(EVENT_TOPICS.attraction)]).start();
    await eventually(async () => {
      const s = await h.ok<{ caughtUp: boolean }>(COMMANDS.reporting.projectionStatus, ACTORS.admin);
      if (!s.caughtUp) throw new Error('projections not caught up');
    }, 60_000);
    const used = new Set(
      (
        await query<{ region_code: string }>(
          h.dbUrl,
          `SELECT region_code FROM rating_task UNION SELECT region_code FROM dash_project UNION SELECT region_code FROM dash_initiative WHERE region_code IS NOT NULL`,
        )
      ).map((r) => r.region_code),
    );
    // From the end of the list: the other reporting test takes its regions from the start.
    const free = REGIONS.map((r) => r.code)
      .filter((c) => !used.has(c))
      .reverse();
    if (free.length === 0) throw new Error('no region untouched by earlier tests');
    R = free[0]!;
  });

  afterAll(async () => {
    await dlq?.stop();
    await h.stop();
  });

  it('a project turned back into an initiative stops counting everywhere, and counts again once reinstated', async () => {
    const attraction = [
      meetingEvent('recorded', '2032-01-05'),
      envelope(
        'attraction.initiative.created',
        'initiative',
        initiative,
        { initiativeId: initiative, companyId: company, title: 'Polypropylene plant', countryCode: 'KR', createdOn: '2032-01-10' },
        'attraction',
      ),
      envelope(
        'attraction.initiative.transferred',
        'initiative',
        initiative,
        { initiativeId: initiative, companyId: company, regionCode: R, transferredOn: '2032-01-20', actionDueOn: '2032-02-19' },
        'attraction',
      ),
      converted('2032-02-02'),
    ];
    // A roadmap task of the project, 19 days overdue on the rating date (2032-03-20): 1.5 points.
    const taskCreated = envelope(
      'implementation.task.created',
      'task',
      task,
      {
        taskId: task,
        projectId: project,
        roadmapId: randomUUID(),
        code: 'PRE_LAND',
        regionCode: R,
        responsibleOrganizationId: randomUUID(),
        dueDate: '2032-03-01',
        actualCompletionDate: null,
        stage: 'PRE_INVESTMENT',
        requiresValidation: false,
      },
      'implementation',
    );
    const implementation = [...projectFacts('95000000000'), taskCreated];
    await publish('attraction', attraction);
    await publish('implementation', implementation);
    await applied([...attraction, ...implementation]);

    expect(await dashboardProjects()).toBe(1);
    expect(await counts()).toEqual([expect.objectContaining({ regionCode: R, implementation: 1 })]);
    expect(await funnel()).toMatchObject({ INITIATIVE: 1, TRANSFERRED: 1, CONVERTED: 1, PROJECT: 1 });
    expect(await ratingRow()).toMatchObject({ projects: 1, overdueTasks: 1, points: 1.5 });

    // 001 §41: Module 1 turns the project card back into an initiative; Module 2 withdraws the project.
    const initiativeReverted = envelope(
      'attraction.initiative.reverted-from-project',
      'initiative',
      initiative,
      { initiativeId: initiative, regionCode: R, reason: 'The investor changed the site', revertedOn: '2032-03-10', notifyAuthorizedBody: true },
      'attraction',
    );
    const projectReverted = envelope(
      'implementation.project.reverted-to-initiative',
      'project',
      project,
      {
        projectId: project,
        initiativeId: initiative,
        regionCode: R,
        previousStatus: 'IMPLEMENTATION',
        reason: 'The investor changed the site',
        revertedOn: '2032-03-10',
      },
      'implementation',
    );
    await publish('attraction', [initiativeReverted]);
    // Redelivered: applied once.
    await publish('implementation', [projectReverted, projectReverted]);
    await applied([initiativeReverted, projectReverted]);

    expect(await dashboardProjects()).toBe(0);
    expect(await counts()).toEqual([]);
    expect(await funnel()).toMatchObject({ INITIATIVE: 1, TRANSFERRED: 1, CONVERTED: 0, PROJECT: 0 });
    expect(await ratingRow()).toMatchObject({ projects: 0, overdueTasks: 0, points: 0 });
    expect(await query(h.dbUrl, `SELECT project_id FROM dash_initiative WHERE initiative_id = $1`, [initiative])).toEqual([{ project_id: null }]);

    // The initiative is converted again; Module 2 publishes the same project's facts again (new cost).
    const again = converted('2032-03-15');
    const reinstated = projectFacts('60000000000');
    await publish('attraction', [again]);
    await publish('implementation', reinstated);
    await applied([again, ...reinstated]);

    expect(await dashboardProjects()).toBe(1);
    expect(await counts()).toEqual([expect.objectContaining({ regionCode: R, implementation: 1 })]);
    expect(await funnel()).toMatchObject({ CONVERTED: 1, PROJECT: 1 });
    expect(await ratingRow()).toMatchObject({ projects: 1, overdueTasks: 1, points: 1.5 });
    expect(await query(h.dbUrl, `SELECT investment_amount_kzt::text AS amount FROM dash_project WHERE project_id = $1`, [project])).toEqual([
      { amount: '60000000000' },
    ]);

    // The region sums kept by deltas still equal a full aggregation of the rows.
    const [sums] = await query<{ same: boolean }>(
      h.dbUrl,
      `SELECT l.penalty_halves = COALESCE(t.h, 0) AND l.overdue_tasks = COALESCE(t.n, 0) AND l.projects = COALESCE(p.n, 0) AS same
         FROM rating_region_live l
         LEFT JOIN (SELECT region_code, sum(penalty_halves)::int AS h, count(*)::int AS n FROM rating_task
                     WHERE penalty_halves > 0 AND project_active GROUP BY region_code) t ON t.region_code = l.region_code
         LEFT JOIN (SELECT region_code, count(*)::int AS n FROM dash_project WHERE rating_counted GROUP BY region_code) p ON p.region_code = l.region_code
        WHERE l.region_code = $1`,
      [R],
    );
    expect(sums).toEqual({ same: true });
    const ours = new Set([...attraction, ...implementation, initiativeReverted, projectReverted, again, ...reinstated].map((e) => e.id));
    expect(dlq.messages.filter((d) => [...ours].some((id) => d.value.includes(id)))).toEqual([]);
  }, 180_000);

  it('an edited meeting card moves the meeting row; a malformed edit is dead-lettered and changes nothing', async () => {
    const edited = meetingEvent('updated', '2032-01-07', { changed: ['heldOn'], updatedOn: '2032-01-08' });
    const malformed = meetingEvent('updated', '2032-01-09', { changed: ['heldOn'] }); // no updatedOn
    await publish('attraction', [edited, edited]);
    await applied([edited]);
    const row = async () =>
      query<{ held_on: string; country_code: string }>(h.dbUrl, `SELECT held_on::text AS held_on, country_code FROM dash_meeting WHERE meeting_id = $1`, [
        meeting,
      ]);
    expect(await row()).toEqual([{ held_on: '2032-01-07', country_code: 'KR' }]);

    await publish('attraction', [malformed]);
    await eventually(() => {
      const d = dlq.messages.find((x) => x.value.includes(malformed.id));
      if (!d) throw new Error('not dead-lettered yet');
      expect(d.headers['ndip-dlq-error']).toContain('updatedOn');
    }, 60_000);
    expect(await row()).toEqual([{ held_on: '2032-01-07', country_code: 'KR' }]);
    // The first stage of the funnel counts from the edited date: a meeting on 7 January, not 5 January.
    const f = await h.ok<{ stages: { stage: string; count: number | null }[] }>(COMMANDS.reporting.initiativeFunnel, ACTORS.ab, {
      from: '2032-01-06',
      to: '2032-01-31',
      countryCode: 'KR',
    });
    expect(f.stages.find((s) => s.stage === 'MEETING')!.count).toBeGreaterThanOrEqual(1);
  }, 120_000);
});
