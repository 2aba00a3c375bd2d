/**
 * Benchmark of the reporting projections and the region rating (issue 7):
 *   node bench/reporting-run.js bench/reporting-rating.bench.ts
 * Starts an embedded PostgreSQL of its own (port NDIP_BENCH_PG_PORT, default 26532; data in .data/bench-reporting)
 * or uses NDIP_BENCH_PG_URL; runs the reporting migrations; replays 100,000 projects (created, pool-classified,
 * 5 % suspended) and then 1,000,000 task events of 20 regions through the same ProjectionProcessor the service's
 * Kafka runner uses (batches of NDIP_PROJECTION_BATCH_SIZE, default 500, JSON parsed per message); then times the
 * rating, drill-down and dashboard queries and the daily recomputation and quarter close. Sizes: BENCH_PROJECTS,
 * BENCH_TASK_EVENTS.
 */
import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REGIONS, getEdition, type Actor } from '@ndip/domain';
import { OutboxWriter, serviceDataSourceOptions, uuidv7, type Clock, type IncomingMessage } from '@ndip/platform';
import { DataSource } from 'typeorm';
import { DashboardProjection } from '../apps/reporting/src/dashboard/dashboard.projection';
import { DashboardService } from '../apps/reporting/src/dashboard/dashboard.service';
import { ReportingInit1763780000400 } from '../apps/reporting/src/migrations/1763780000400-reporting-init';
import { ReportingPoolExclusion1763780000410 } from '../apps/reporting/src/migrations/1763780000410-reporting-pool-exclusion';
import { ReportingDashboardSummary1763781030000 } from '../apps/reporting/src/migrations/1763781030000-reporting-dashboard-summary';
import { ReportingReadModels1763810000400 } from '../apps/reporting/src/migrations/1763810000400-reporting-read-models';
import { poolExclusionHandler } from '../apps/reporting/src/projection/pool-exclusion.handler';
import { ProjectionProcessor, type ProjectionHandler } from '../apps/reporting/src/projection/projection-processor';
import { ProjectionService } from '../apps/reporting/src/projection/projection.service';
import { OverdueRatingService } from '../apps/reporting/src/rating/overdue-rating.service';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const postgres = require('../tools/pg/postgres') as {
  start(o: { port: number; dataDir: string; databasePrefix: string }): Promise<{ pg: { stop(): Promise<void> }; urls: Record<string, string> }>;
};

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 100_000);
const TASK_EVENTS = Number(process.env.BENCH_TASK_EVENTS ?? 1_000_000);
const BATCH = Number(process.env.NDIP_PROJECTION_BATCH_SIZE ?? 500);
const TODAY = '2031-03-20';
const ACTOR: Actor = { userId: 'bench', organizationId: 'bench', role: 'AB', regionCode: null, countryCode: null };

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(7);
const pick = <T>(a: readonly T[]): T => a[Math.floor(random() * a.length)]!;
const DAY = 86_400_000;
const dateOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const ms = (d: string): number => Date.parse(`${d}T00:00:00Z`);

function message(offset: number, type: string, aggregateType: string, aggregateId: string, payload: object): IncomingMessage {
  const env = {
    id: uuidv7(),
    type,
    version: 1,
    occurredAt: new Date().toISOString(),
    producer: 'implementation',
    aggregateType,
    aggregateId,
    correlationId: aggregateId,
    causationId: null,
    actor: { userId: 'u', organizationId: 'o', role: 'MIO' },
    ruleEdition: 'E000',
    payload,
  };
  // The runner parses every message from JSON: so does the benchmark.
  return { topic: 'ndip.implementation.events.v1', partition: 0, offset: String(offset), key: aggregateId, value: JSON.parse(JSON.stringify(env)) as unknown };
}

function stats(samples: number[]): { p50: number; p95: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number): number => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
  return { p50: q(0.5), p95: q(0.95), max: s[s.length - 1]! };
}

async function timeIt(n: number, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number; max: number }> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

interface TaskState {
  taskId: string;
  projectId: string;
  regionCode: string;
  responsible: string;
  dueDate: string;
  steps: ('CREATE' | 'RESCHEDULE' | 'OVERDUE' | 'COMPLETE' | 'VALIDATE')[];
  actual: string | null;
}

async function main(): Promise<void> {
  let stopPg: (() => Promise<void>) | null = null;
  let url = process.env.NDIP_BENCH_PG_URL;
  if (!url) {
    const dataDir = join(__dirname, '..', '.data', 'bench-reporting', 'postgres');
    rmSync(dataDir, { recursive: true, force: true });
    const started = await postgres.start({ port: Number(process.env.NDIP_BENCH_PG_PORT ?? 26532), dataDir, databasePrefix: 'bench' });
    stopPg = () => started.pg.stop();
    url = started.urls.reporting!;
  }
  const ds = new DataSource(
    serviceDataSourceOptions({
      url,
      entities: [],
      migrations: [ReportingInit1763780000400, ReportingPoolExclusion1763780000410, ReportingDashboardSummary1763781030000, ReportingReadModels1763810000400],
      applicationName: 'bench',
    }),
  );
  await ds.initialize();
  let today = TODAY;
  const clock: Clock = { now: () => new Date(), today: () => today };
  const edition = getEdition('E000');
  const rating = new OverdueRatingService(ds, new OutboxWriter('reporting'), clock, edition);
  const dashboard = new DashboardService(ds, clock, edition);
  const projections = new ProjectionService(ds, edition);
  const processor = new ProjectionProcessor(
    'reporting',
    ds,
    { publish: async (d) => Promise.reject(new Error(`unexpected dead letter: ${d.error}`)) },
    [...([...projections.eventHandlers(), poolExclusionHandler()] as unknown as ProjectionHandler[]), ...new DashboardProjection().handlers()],
    [rating.taskHandler()],
    (m, ctx) => rating.applyRegionDeltas(m, ctx.regionDeltas),
  );
  await rating.advance();
  const regions = REGIONS.map((r) => r.code);
  const orgs = regions.map(() => Array.from({ length: 5 }, () => uuidv7()));
  let offset = 0;

  // ---- 100,000 projects ----
  const projects: { id: string; region: number }[] = [];
  const t0 = performance.now();
  let projectEvents = 0;
  let batch: IncomingMessage[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    await processor.processBatch(batch, 1);
    batch = [];
  };
  const push = async (m: IncomingMessage): Promise<void> => {
    batch.push(m);
    if (batch.length >= BATCH) await flush();
  };
  for (let i = 0; i < PROJECTS; i++) {
    const region = Math.floor(Math.pow(random(), 1.3) * 20); // some regions have more projects than others
    const id = uuidv7();
    const regionCode = regions[region]!;
    projects.push({ id, region });
    const pool = random() < 0.7 ? 'NATIONAL' : 'REGIONAL';
    await push(
      message(offset++, 'implementation.project.created', 'project', id, {
        projectId: id,
        initiativeId: null,
        companyId: null,
        name: `Project ${i}`,
        regionCode,
        investmentAmountKzt: String(1_000_000_000 + Math.floor(random() * 100_000_000_000)),
        createdOn: '2030-06-01',
      }),
    );
    await push(
      message(offset++, 'implementation.project.pool-classified', 'project', id, {
        projectId: id,
        regionCode,
        pool,
        mciYear: 2030,
        mciValue: 4000,
        amountMci: '250000',
      }),
    );
    projectEvents += 2;
    if (pool === 'NATIONAL' && random() < 0.05) {
      await push(
        message(offset++, 'implementation.pool.suspended', 'pool-membership', id, {
          projectId: id,
          pool,
          regionCode,
          decidedOn: '2031-02-01',
          late: false,
          kind: 'SUSPEND',
          grounds: ['G1'],
        }),
      );
      projectEvents += 1;
    }
  }
  await flush();
  const projectSeconds = (performance.now() - t0) / 1000;

  // ---- 1,000,000 task events, interleaved over 2,000 tasks in progress ----
  const newTask = (): TaskState => {
    const p = pick(projects);
    const due = dateOf(ms('2030-10-01') + Math.floor(random() * 270) * DAY);
    const steps: TaskState['steps'] = ['CREATE'];
    if (random() < 0.1) steps.push('RESCHEDULE');
    const dueFinal = steps.includes('RESCHEDULE') ? dateOf(ms(due) + 15 * DAY) : due;
    let actual: string | null = dateOf(ms(dueFinal) + (Math.floor(random() * 36) - 10) * DAY);
    if (ms(actual) > ms(TODAY) || random() < 0.35) actual = null;
    if (actual === null && ms(dueFinal) < ms(TODAY) && random() < 0.8) steps.push('OVERDUE');
    if (actual !== null) {
      if (ms(actual) > ms(dueFinal)) steps.push('OVERDUE');
      steps.push('COMPLETE');
      if (random() < 0.5) steps.push('VALIDATE');
    }
    return { taskId: uuidv7(), projectId: p.id, regionCode: regions[p.region]!, responsible: pick(orgs[p.region]!), dueDate: due, steps, actual };
  };
  const active: TaskState[] = Array.from({ length: 2000 }, newTask);
  let tasks = active.length;
  const t1 = performance.now();
  for (let n = 0; n < TASK_EVENTS; n++) {
    const i = Math.floor(random() * active.length);
    const t = active[i]!;
    const step = t.steps.shift()!;
    const rescheduled = step === 'RESCHEDULE';
    const previousDueDate = t.dueDate;
    if (rescheduled) t.dueDate = dateOf(ms(t.dueDate) + 15 * DAY);
    const completedNow = step === 'COMPLETE' || step === 'VALIDATE';
    const facts = {
      taskId: t.taskId,
      projectId: t.projectId,
      roadmapId: t.projectId,
      code: 'T-03',
      regionCode: t.regionCode,
      responsibleOrganizationId: t.responsible,
      dueDate: t.dueDate,
      actualCompletionDate: completedNow ? t.actual : null,
    };
    const m = {
      CREATE: () => message(offset++, 'implementation.task.created', 'task', t.taskId, { ...facts, stage: 'INVESTMENT', requiresValidation: true }),
      RESCHEDULE: () => message(offset++, 'implementation.task.due-date-changed', 'task', t.taskId, { ...facts, previousDueDate, changedOn: '2031-01-10' }),
      OVERDUE: () =>
        message(offset++, 'implementation.task.became-overdue', 'task', t.taskId, {
          ...facts,
          overdueSince: dateOf(ms(t.dueDate) + DAY),
          detectedOn: dateOf(ms(t.dueDate) + DAY),
        }),
      COMPLETE: () =>
        message(offset++, 'implementation.task.completed', 'task', t.taskId, {
          ...facts,
          awaitingValidation: true,
          validationDueOn: dateOf(ms(t.actual!) + 7 * DAY),
        }),
      VALIDATE: () =>
        message(offset++, 'implementation.task.validated', 'task', t.taskId, {
          ...facts,
          validatedOn: dateOf(ms(t.actual!) + 3 * DAY),
          late: false,
          movesProjectToModule3: false,
        }),
    }[step]();
    await push(m);
    if (t.steps.length === 0) {
      active[i] = newTask();
      tasks += 1;
    }
  }
  await flush();
  const taskSeconds = (performance.now() - t1) / 1000;

  // ---- queries ----
  // A running server has autovacuum's statistics; right after a bulk load the planner has none yet.
  await ds.query(`ANALYZE`);
  const ratingQuery = await timeIt(200, () => rating.rating(ACTOR, {}));
  const live = await rating.rating(ACTOR, {});
  const worst = live.regions[live.regions.length - 1]!;
  const drill = await timeIt(100, () => rating.tasks(ACTOR, { regionCode: worst.regionCode, page: 1, pageSize: 50 }));
  const dashAll = await timeIt(30, () => dashboard.dashboard(ACTOR, {}));
  const dashRegion = await timeIt(30, () => dashboard.dashboard(ACTOR, { regionCode: worst.regionCode }));
  const dashPool = await timeIt(30, () => dashboard.dashboard(ACTOR, { pool: 'NATIONAL' }));
  const counts = await timeIt(30, () => projections.projectCounts(ACTOR));
  // The summaries the triggers kept during the replay equal a full aggregation of the rows.
  const [consistent] = (await ds.query(
    `SELECT (SELECT COALESCE(sum(projects), 0) FROM dash_summary) = (SELECT count(*) FROM dash_project)
        AND (SELECT COALESCE(sum(amount_kzt), 0) FROM dash_summary) = (SELECT COALESCE(sum(investment_amount_kzt), 0) FROM dash_project)
        AND NOT EXISTS (SELECT region_code, due_date, n FROM dash_open_task WHERE n <> 0
                        EXCEPT SELECT region_code, due_date, count(*)::int FROM rating_task WHERE actual_completion_date IS NULL AND project_active GROUP BY 1, 2)
        AND NOT EXISTS (SELECT region_code, due_date, count(*)::int FROM rating_task WHERE actual_completion_date IS NULL AND project_active GROUP BY 1, 2
                        EXCEPT SELECT region_code, due_date, n FROM dash_open_task WHERE n <> 0) AS ok`,
  )) as { ok: boolean }[];
  today = '2031-03-21';
  let t = performance.now();
  await rating.advance();
  const daily = performance.now() - t;
  today = '2031-04-01';
  t = performance.now();
  const closed = await rating.advance();
  const quarterClose = performance.now() - t;
  const [sizes] = (await ds.query(
    `SELECT (SELECT count(*) FROM rating_task)::int AS tasks, (SELECT count(*) FROM rating_task WHERE penalty_halves > 0)::int AS overdue,
            (SELECT count(*) FROM dash_project)::int AS projects, (SELECT count(*) FROM rating_snapshot_task)::int AS snapshot_tasks`,
  )) as { tasks: number; overdue: number; projects: number; snapshot_tasks: number }[];

  const f = (x: number): string => x.toFixed(1);
  console.log(`
Reporting benchmark (${new Date().toISOString()}, Node ${process.version}, batch ${BATCH})
  projects:           ${PROJECTS.toLocaleString('en')} (${projectEvents.toLocaleString('en')} events) in ${projectSeconds.toFixed(1)} s = ${Math.round(projectEvents / projectSeconds).toLocaleString('en')} events/s
  task events:        ${TASK_EVENTS.toLocaleString('en')} (${tasks.toLocaleString('en')} tasks) in ${taskSeconds.toFixed(1)} s = ${Math.round(TASK_EVENTS / taskSeconds).toLocaleString('en')} events/s
  read model:         ${sizes!.tasks.toLocaleString('en')} tasks (${sizes!.overdue.toLocaleString('en')} with points on ${TODAY}), ${sizes!.projects.toLocaleString('en')} projects
  rating (live):      p50 ${f(ratingQuery.p50)} ms, p95 ${f(ratingQuery.p95)} ms, max ${f(ratingQuery.max)} ms (200 runs)
  rating drill-down:  p50 ${f(drill.p50)} ms, p95 ${f(drill.p95)} ms (100 runs, ${worst.overdueTasks.toLocaleString('en')} overdue tasks in ${worst.regionCode})
  dashboard (all):    p50 ${f(dashAll.p50)} ms, p95 ${f(dashAll.p95)} ms (30 runs)
  dashboard (region): p50 ${f(dashRegion.p50)} ms, p95 ${f(dashRegion.p95)} ms (30 runs)
  dashboard (pool):   p50 ${f(dashPool.p50)} ms, p95 ${f(dashPool.p95)} ms (30 runs; traffic lights join the projects)
  summaries match a full aggregation: ${consistent!.ok ? 'yes' : 'NO'}
  project counts:     p50 ${f(counts.p50)} ms, p95 ${f(counts.p95)} ms (30 runs)
  daily recompute:    ${f(daily)} ms (rating date ${TODAY} → 2031-03-21)
  quarter close:      ${f(quarterClose)} ms (frozen ${JSON.stringify(closed.frozen)}, ${sizes!.snapshot_tasks.toLocaleString('en')} snapshot tasks, then all penalties for 2031-04-01)
`);
  await ds.destroy();
  await stopPg?.();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
