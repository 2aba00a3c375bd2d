import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  EVENT_TYPES,
  REGIONS,
  REPORTING_EVENT_TYPES,
  addCalendarDays,
  compareDates,
  overdueDaysInPeriod,
  overduePenalty,
  quarterOf,
  rankRegionPenaltyTotals,
  ratingQuarter,
  type Actor,
  type EventEnvelope,
  type RatingQuarter,
  type RegionRatingQuarterClosedPayload,
  type RuleEdition,
  type TaskFacts,
} from '@ndip/domain';
import {
  CLOCK,
  OutboxWriter,
  RULE_EDITION,
  TaskBecameOverdueContract,
  TaskCompletedContract,
  TaskCreatedContract,
  TaskDueDateChangedContract,
  TaskValidatedContract,
  uuidv7,
  type Clock,
  type RegionRatingQueryDto,
  type RegionRatingTasksQueryDto,
} from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { regionName, regionScope, requireAccess, type Locale } from '../common/access';
import { rebuildProgress, requireCompleteProjections } from '../projection/projection-readiness';
import { exportTable, type ExportTable } from '../common/export';
import { addRegionDelta, type BatchProjectionHandler, type ProjectionContext, type RegionDelta } from '../projection/projection-processor';

const SYSTEM: Actor = { userId: 'system:rating-clock', organizationId: 'system', role: 'ADMIN', regionCode: null, countryCode: null };
const CHUNK = 5000;

interface TaskRow {
  task_id: string;
  project_id: string;
  roadmap_id: string;
  code: string;
  region_code: string;
  responsible_org_id: string | null;
  stage: string | null;
  due_date: string;
  actual_completion_date: string | null;
  status: string;
  validated_on: string | null;
}

export interface RegionRatingRow {
  rank: number;
  regionCode: string;
  regionName: { kk: string; ru: string; en: string } | null;
  points: number;
  projects: number;
  overdueTasks: number;
}

export interface RegionRatingView {
  year: number;
  quarter: number;
  /** The evaluation date: today's rating date for the live view, the quarter's last day for a snapshot. */
  asOf: string;
  live: boolean;
  frozenOn: string | null;
  regions: RegionRatingRow[];
}

export interface OverdueTaskView {
  taskId: string;
  projectId: string;
  roadmapId: string;
  code: string;
  regionCode: string;
  responsibleOrganizationId: string | null;
  dueDate: string;
  actualCompletionDate: string | null;
  overdueDays: number;
  points: number;
}

export interface ClockResult {
  asOf: string;
  previousAsOf: string | null;
  changed: boolean;
  frozen: { year: number; quarter: number }[];
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * Region rating by overdue roadmap tasks (rules.md §4.5; 000 §56; App2 §4(1)), kept live:
 * - task events update `rating_task` in set-based batches; each row keeps its penalty (overduePenalty × 2) as of
 *   `projection_state.rating_as_of`, the service's rating date;
 * - each batch adds what it changed to the regions' sums in `rating_region_live` (deltas in the batch's
 *   transaction), so the rating query reads 20 rows; the daily recomputation re-aggregates them from the tables;
 * - the rating clock (daily, NDIP_FIXED_TODAY pins it) moves the rating date, recomputes the penalties of open
 *   tasks (or of all tasks in a new quarter), and freezes the closed quarter first (`rating_snapshot*`,
 *   published as `reporting.region-rating.quarter-closed`).
 */
@Injectable()
export class OverdueRatingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  // ---------------------------------------------------------------- projection

  taskHandler(): BatchProjectionHandler {
    return {
      payloadClasses: {
        [EVENT_TYPES.taskCreated]: TaskCreatedContract,
        [EVENT_TYPES.taskDueDateChanged]: TaskDueDateChangedContract,
        [EVENT_TYPES.taskCompleted]: TaskCompletedContract,
        [EVENT_TYPES.taskValidated]: TaskValidatedContract,
        [EVENT_TYPES.taskBecameOverdue]: TaskBecameOverdueContract,
      },
      handleBatch: (m, events, ctx) => this.applyTaskEvents(m, events, ctx),
    };
  }

  private async applyTaskEvents(m: EntityManager, events: EventEnvelope<object>[], ctx: ProjectionContext): Promise<void> {
    const ids = [...new Set(events.map((e) => (e.payload as TaskFacts).taskId))];
    const existing = (await m.query(
      `SELECT task_id, region_code, stage, status, validated_on::text AS validated_on, penalty_halves, project_active
         FROM rating_task WHERE task_id = ANY($1::uuid[]) ORDER BY task_id FOR UPDATE`,
      [ids],
    )) as (Pick<TaskRow, 'task_id' | 'region_code' | 'stage' | 'status' | 'validated_on'> & { penalty_halves: number; project_active: boolean })[];
    const rows = new Map<string, TaskRow>();
    // What the stored rows contributed to their regions' sums leaves them; the new rows' contribution is added below.
    for (const r of existing) if (r.project_active && r.penalty_halves > 0) addRegionDelta(ctx, r.region_code, { halves: -r.penalty_halves, overdueTasks: -1 });
    const known = new Map(existing.map((r) => [r.task_id, r]));
    for (const e of events) {
      const p = e.payload as TaskFacts & { stage?: string; awaitingValidation?: boolean; validatedOn?: string };
      const prev = rows.get(p.taskId) ?? known.get(p.taskId);
      let status: string;
      if (e.type === EVENT_TYPES.taskCompleted) status = p.awaitingValidation ? 'AWAITING_VALIDATION' : 'DONE';
      else if (e.type === EVENT_TYPES.taskValidated) status = 'DONE';
      else if (p.actualCompletionDate === null) status = 'OPEN';
      else status = prev?.status ?? 'DONE';
      rows.set(p.taskId, {
        task_id: p.taskId,
        project_id: p.projectId,
        roadmap_id: p.roadmapId,
        code: p.code,
        region_code: p.regionCode,
        responsible_org_id: p.responsibleOrganizationId,
        stage: e.type === EVENT_TYPES.taskCreated ? (p.stage ?? null) : (prev?.stage ?? null),
        due_date: p.dueDate,
        actual_completion_date: p.actualCompletionDate,
        status,
        validated_on: e.type === EVENT_TYPES.taskValidated ? (p.validatedOn ?? null) : (prev?.validated_on ?? null),
      });
    }
    const list = [...rows.values()];
    const projectIds = [...new Set(list.map((r) => r.project_id))];
    const inactive = new Set(
      (
        (await m.query(`SELECT project_id FROM dash_project WHERE project_id = ANY($1::uuid[]) AND pool_status <> 'ACTIVE'`, [projectIds])) as {
          project_id: string;
        }[]
      ).map((r) => r.project_id),
    );
    const period = quarterOf(ctx.asOf);
    const active = list.map((r) => !inactive.has(r.project_id));
    const halves = list.map((r) => this.halves(r, period, ctx.asOf));
    const col = <K extends keyof TaskRow>(k: K): TaskRow[K][] => list.map((r) => r[k]);
    await m.query(
      `INSERT INTO rating_task (task_id, project_id, roadmap_id, code, region_code, responsible_org_id, stage, due_date, actual_completion_date,
                                status, validated_on, project_active, penalty_halves)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::char(9)[], $6::uuid[], $7::text[], $8::date[], $9::date[],
                            $10::text[], $11::date[], $12::boolean[], $13::smallint[])
       ON CONFLICT (task_id) DO UPDATE SET project_id = EXCLUDED.project_id, roadmap_id = EXCLUDED.roadmap_id, code = EXCLUDED.code,
         region_code = EXCLUDED.region_code, responsible_org_id = EXCLUDED.responsible_org_id, stage = EXCLUDED.stage,
         due_date = EXCLUDED.due_date, actual_completion_date = EXCLUDED.actual_completion_date, status = EXCLUDED.status,
         validated_on = EXCLUDED.validated_on, project_active = EXCLUDED.project_active, penalty_halves = EXCLUDED.penalty_halves`,
      [
        col('task_id'),
        col('project_id'),
        col('roadmap_id'),
        col('code'),
        col('region_code'),
        col('responsible_org_id'),
        col('stage'),
        col('due_date'),
        col('actual_completion_date'),
        col('status'),
        col('validated_on'),
        active,
        halves,
      ],
    );
    list.forEach((r, i) => {
      if (active[i] && halves[i]! > 0) addRegionDelta(ctx, r.region_code, { halves: halves[i], overdueTasks: 1 });
    });
    // The project now has an approved roadmap: it counts for the tie-break.
    const flipped = (await m.query(
      `UPDATE dash_project SET has_tasks = true WHERE project_id = ANY($1::uuid[]) AND NOT has_tasks RETURNING region_code, rating_counted`,
      [projectIds],
    )) as [{ region_code: string; rating_counted: boolean }[], number];
    for (const r of flipped[0]) if (r.rating_counted) addRegionDelta(ctx, r.region_code, { projects: 1 });
  }

  private halves(t: { due_date: string; actual_completion_date: string | null }, period: RatingQuarter, asOf: string): number {
    return overduePenalty(overdueDaysInPeriod({ dueDate: t.due_date, actualCompletionDate: t.actual_completion_date }, period, asOf)) * 2;
  }

  /** Adds the changes a batch made to the regions' sums (row locks make concurrent batches add up). */
  async applyRegionDeltas(m: EntityManager, deltas: ReadonlyMap<string, RegionDelta>): Promise<void> {
    const list = [...deltas].filter(([, d]) => d.halves !== 0 || d.overdueTasks !== 0 || d.projects !== 0).sort(([a], [b]) => a.localeCompare(b));
    if (list.length === 0) return;
    await m.query(
      `INSERT INTO rating_region_live (region_code, penalty_halves, overdue_tasks, projects)
       SELECT * FROM unnest($1::char(9)[], $2::int[], $3::int[], $4::int[])
       ON CONFLICT (region_code) DO UPDATE SET penalty_halves = rating_region_live.penalty_halves + EXCLUDED.penalty_halves,
         overdue_tasks = rating_region_live.overdue_tasks + EXCLUDED.overdue_tasks, projects = rating_region_live.projects + EXCLUDED.projects`,
      [list.map(([r]) => r), list.map(([, d]) => d.halves), list.map(([, d]) => d.overdueTasks), list.map(([, d]) => d.projects)],
    );
  }

  /** Re-aggregates the regions' penalty sums, overdue-task and project counts from the tables (one statement). */
  async refreshRegions(m: EntityManager, regions: Iterable<string>, asOf: string): Promise<void> {
    const codes = [...new Set(regions)];
    if (codes.length === 0) return;
    await m.query(
      `INSERT INTO rating_region_live (region_code, penalty_halves, overdue_tasks, projects, as_of)
       SELECT r.code, COALESCE(t.h, 0), COALESCE(t.n, 0), COALESCE(p.n, 0), $2::date
         FROM unnest($1::char(9)[]) AS r(code)
         LEFT JOIN LATERAL (SELECT sum(penalty_halves)::int AS h, count(*)::int AS n FROM rating_task
                             WHERE region_code = r.code AND penalty_halves > 0 AND project_active) t ON true
         LEFT JOIN LATERAL (SELECT count(*)::int AS n FROM dash_project WHERE region_code = r.code AND rating_counted) p ON true
       ON CONFLICT (region_code) DO UPDATE SET penalty_halves = EXCLUDED.penalty_halves, overdue_tasks = EXCLUDED.overdue_tasks,
         projects = EXCLUDED.projects, as_of = EXCLUDED.as_of`,
      [codes, asOf],
    );
  }

  // ---------------------------------------------------------------- the rating clock

  /**
   * Moves the rating date to today (the service clock). Quarters that ended before today are frozen first,
   * evaluated on their last day; then the penalties are recomputed for today and every region re-aggregated.
   * Serialised with the projection batches by the lock on projection_state.
   */
  async advance(origin: { actor: Actor; correlationId: string } = { actor: SYSTEM, correlationId: uuidv7() }): Promise<ClockResult> {
    const today = this.clock.today();
    return this.dataSource.transaction(async (m) => {
      const [s] = (await m.query(`SELECT rating_as_of::text AS as_of FROM projection_state WHERE id = 1 FOR UPDATE`)) as { as_of: string | null }[];
      const prev = s!.as_of;
      if (prev === today) return { asOf: today, previousAsOf: prev, changed: false, frozen: [] };
      // A quarter must not be frozen from a half-rebuilt projection: the date moves once the rebuild is complete.
      if ((await rebuildProgress(m)).rebuilding) return { asOf: prev ?? today, previousAsOf: prev, changed: false, frozen: [] };
      const frozen: ClockResult['frozen'] = [];
      const forward = prev !== null && compareDates(prev, today) < 0;
      if (forward) {
        for (let q = quarterOf(prev); compareDates(q.end, today) < 0; q = quarterOf(addCalendarDays(q.end, 1))) {
          if (await this.freeze(m, q, today, origin)) frozen.push({ year: q.year, quarter: q.quarter });
        }
      }
      const sameQuarter = forward && quarterOf(prev).start === quarterOf(today).start;
      await this.recompute(m, today, sameQuarter ? 'OPEN' : 'ALL');
      await m.query(`UPDATE projection_state SET rating_as_of = $1 WHERE id = 1`, [today]);
      await this.refreshRegions(
        m,
        REGIONS.map((r) => r.code),
        today,
      );
      return { asOf: today, previousAsOf: prev, changed: true, frozen };
    });
  }

  async runClockCommand(actor: Actor, correlationId: string): Promise<ClockResult> {
    requireAccess(actor, 'platform.operate', this.edition.code, 'perform');
    return this.advance({ actor, correlationId });
  }

  private async recompute(m: EntityManager, asOf: string, scope: 'OPEN' | 'ALL'): Promise<void> {
    const period = quarterOf(asOf);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await m.query(
        `SELECT task_id, due_date::text AS due_date, actual_completion_date::text AS actual_completion_date, penalty_halves
           FROM rating_task WHERE task_id > $1 ${scope === 'OPEN' ? 'AND actual_completion_date IS NULL AND due_date < $3' : ''}
          ORDER BY task_id LIMIT $2`,
        scope === 'OPEN' ? [after, CHUNK, asOf] : [after, CHUNK],
      )) as { task_id: string; due_date: string; actual_completion_date: string | null; penalty_halves: number }[];
      if (rows.length === 0) return;
      after = rows[rows.length - 1]!.task_id;
      const changed = rows.map((r) => ({ id: r.task_id, h: this.halves(r, period, asOf), old: r.penalty_halves })).filter((r) => r.h !== r.old);
      if (changed.length > 0) {
        await m.query(`UPDATE rating_task t SET penalty_halves = u.h FROM unnest($1::uuid[], $2::smallint[]) AS u(id, h) WHERE t.task_id = u.id`, [
          changed.map((c) => c.id),
          changed.map((c) => c.h),
        ]);
      }
      if (rows.length < CHUNK) return;
    }
  }

  /** Freezes quarter `q` as evaluated on its last day; false when it was frozen already. */
  private async freeze(m: EntityManager, q: RatingQuarter, frozenOn: string, origin: { actor: Actor; correlationId: string }): Promise<boolean> {
    const snapshotId = uuidv7();
    const inserted = (await m.query(
      `INSERT INTO rating_snapshot (year, quarter, snapshot_id, as_of, frozen_on) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING snapshot_id`,
      [q.year, q.quarter, snapshotId, q.end, frozenOn],
    )) as unknown[];
    if (inserted.length === 0) return false;
    const totals = new Map<string, { halves: number; tasks: number }>();
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await m.query(
        `SELECT task_id, project_id, roadmap_id, code, region_code, responsible_org_id, due_date::text AS due_date,
                actual_completion_date::text AS actual_completion_date
           FROM rating_task WHERE task_id > $1 AND project_active AND due_date < $2 ORDER BY task_id LIMIT $3`,
        [after, q.end, CHUNK],
      )) as Pick<TaskRow, 'task_id' | 'project_id' | 'roadmap_id' | 'code' | 'region_code' | 'responsible_org_id' | 'due_date' | 'actual_completion_date'>[];
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.task_id;
      const counted = rows
        .map((r) => {
          const days = overdueDaysInPeriod({ dueDate: r.due_date, actualCompletionDate: r.actual_completion_date }, q, q.end);
          return { ...r, days, halves: overduePenalty(days) * 2 };
        })
        .filter((r) => r.halves > 0);
      for (const r of counted) {
        const t = totals.get(r.region_code) ?? { halves: 0, tasks: 0 };
        t.halves += r.halves;
        t.tasks += 1;
        totals.set(r.region_code, t);
      }
      if (counted.length > 0) {
        const c = <K extends keyof (typeof counted)[number]>(k: K): (typeof counted)[number][K][] => counted.map((r) => r[k]);
        await m.query(
          `INSERT INTO rating_snapshot_task (year, quarter, task_id, region_code, project_id, roadmap_id, code, responsible_org_id, due_date,
                                            actual_completion_date, overdue_days, penalty_halves)
           SELECT $1, $2, * FROM unnest($3::uuid[], $4::char(9)[], $5::uuid[], $6::uuid[], $7::text[], $8::uuid[], $9::date[], $10::date[], $11::int[], $12::smallint[])`,
          [
            q.year,
            q.quarter,
            c('task_id'),
            c('region_code'),
            c('project_id'),
            c('roadmap_id'),
            c('code'),
            c('responsible_org_id'),
            c('due_date'),
            c('actual_completion_date'),
            c('days'),
            c('halves'),
          ],
        );
      }
      if (rows.length < CHUNK) break;
    }
    const projects = new Map(
      (
        (await m.query(`SELECT region_code, count(*)::int AS n FROM dash_project WHERE rating_counted GROUP BY region_code`)) as {
          region_code: string;
          n: number;
        }[]
      ).map((r) => [r.region_code, r.n]),
    );
    const ranked = rankRegionPenaltyTotals(
      REGIONS.map((r) => ({ region: r.code, projects: projects.get(r.code) ?? 0, penaltyHalves: totals.get(r.code)?.halves ?? 0 })),
    );
    const entries = ranked.map((r) => ({
      regionCode: r.region,
      rank: r.rank,
      points: r.points,
      projects: r.projects,
      overdueTasks: totals.get(r.region)?.tasks ?? 0,
    }));
    await m.query(
      `INSERT INTO rating_snapshot_region (year, quarter, region_code, rank, penalty_halves, projects, overdue_tasks)
       SELECT $1, $2, * FROM unnest($3::char(9)[], $4::int[], $5::int[], $6::int[], $7::int[])`,
      [
        q.year,
        q.quarter,
        entries.map((e) => e.regionCode),
        entries.map((e) => e.rank),
        entries.map((e) => Math.round(e.points * 2)),
        entries.map((e) => e.projects),
        entries.map((e) => e.overdueTasks),
      ],
    );
    const payload: RegionRatingQuarterClosedPayload = { snapshotId, year: q.year, quarter: q.quarter, asOf: q.end, frozenOn, regions: entries };
    await this.outbox.append(
      m,
      [{ type: REPORTING_EVENT_TYPES.regionRatingQuarterClosed, version: 1, aggregateType: 'region-rating', aggregateId: `${q.year}-Q${q.quarter}`, payload }],
      { actor: origin.actor, correlationId: origin.correlationId, causationId: null, ruleEdition: this.edition.code, occurredAt: this.clock.now() },
    );
    return true;
  }

  // ---------------------------------------------------------------- queries

  private period(q: { year?: number; quarter?: number }): { quarter: RatingQuarter | null } {
    if (q.year === undefined && q.quarter === undefined) return { quarter: null };
    if (q.year === undefined || q.quarter === undefined) {
      throw new DomainError(DomainErrorCode.INVALID_INPUT, 'year and quarter go together', { field: q.year === undefined ? 'year' : 'quarter' });
    }
    return { quarter: ratingQuarter(q.year, q.quarter) };
  }

  private async asOf(): Promise<string> {
    const [s] = (await this.dataSource.query(`SELECT rating_as_of::text AS as_of FROM projection_state WHERE id = 1`)) as { as_of: string | null }[];
    return s?.as_of ?? this.clock.today();
  }

  /**
   * The rating of the current quarter (live) or of a closed quarter (frozen snapshot). Every role of the §9.2 row
   * "View region rating" sees all regions: the rating compares them.
   */
  async rating(actor: Actor, q: RegionRatingQueryDto): Promise<RegionRatingView> {
    requireAccess(actor, 'rating.view', this.edition.code, 'read');
    const { quarter } = this.period(q);
    const asOf = await this.asOf();
    const current = quarterOf(asOf);
    if (quarter === null || (quarter.year === current.year && quarter.quarter === current.quarter)) {
      await requireCompleteProjections(this.dataSource);
      const rows = (await this.dataSource.query(`SELECT region_code, penalty_halves, overdue_tasks, projects FROM rating_region_live`)) as {
        region_code: string;
        penalty_halves: number;
        overdue_tasks: number;
        projects: number;
      }[];
      const by = new Map(rows.map((r) => [r.region_code, r]));
      const ranked = rankRegionPenaltyTotals(
        REGIONS.map((r) => ({ region: r.code, projects: by.get(r.code)?.projects ?? 0, penaltyHalves: by.get(r.code)?.penalty_halves ?? 0 })),
      );
      return {
        year: current.year,
        quarter: current.quarter,
        asOf,
        live: true,
        frozenOn: null,
        regions: ranked.map((r) => ({
          rank: r.rank,
          regionCode: r.region,
          regionName: regionName(r.region),
          points: r.points,
          projects: r.projects,
          overdueTasks: by.get(r.region)?.overdue_tasks ?? 0,
        })),
      };
    }
    const [snap] = (await this.dataSource.query(
      `SELECT as_of::text AS as_of, frozen_on::text AS frozen_on FROM rating_snapshot WHERE year = $1 AND quarter = $2`,
      [quarter.year, quarter.quarter],
    )) as { as_of: string; frozen_on: string }[];
    if (!snap)
      throw new DomainError(DomainErrorCode.NOT_FOUND, `no rating for ${quarter.year} Q${quarter.quarter}: the quarter is not closed or had no rating`);
    const rows = (await this.dataSource.query(
      `SELECT region_code, rank, penalty_halves, projects, overdue_tasks FROM rating_snapshot_region WHERE year = $1 AND quarter = $2
        ORDER BY rank, penalty_halves, projects DESC, region_code`,
      [quarter.year, quarter.quarter],
    )) as { region_code: string; rank: number; penalty_halves: number; projects: number; overdue_tasks: number }[];
    return {
      year: quarter.year,
      quarter: quarter.quarter,
      asOf: snap.as_of,
      live: false,
      frozenOn: snap.frozen_on,
      regions: rows.map((r) => ({
        rank: r.rank,
        regionCode: r.region_code,
        regionName: regionName(r.region_code),
        points: r.penalty_halves / 2,
        projects: r.projects,
        overdueTasks: r.overdue_tasks,
      })),
    };
  }

  async ratingExport(actor: Actor, q: RegionRatingQueryDto, locale: Locale): Promise<ExportTable> {
    const v = await this.rating(actor, q);
    const header = {
      en: ['rank', 'region code', 'region', 'points', 'projects', 'overdue tasks', 'year', 'quarter', 'as of', 'frozen'],
      ru: ['место', 'код КАТО', 'регион', 'баллы', 'проекты', 'просроченные задачи', 'год', 'квартал', 'на дату', 'зафиксирован'],
      kk: ['орын', 'ҚАТО коды', 'өңір', 'ұпай', 'жобалар', 'мерзімі өткен міндеттер', 'жыл', 'тоқсан', 'күні', 'бекітілген'],
    }[locale];
    return exportTable(
      `region-rating-${v.year}-Q${v.quarter}${v.live ? '-live' : ''}`,
      header,
      v.regions.map((r) => [
        r.rank,
        r.regionCode,
        r.regionName?.[locale] ?? '',
        r.points,
        r.projects,
        r.overdueTasks,
        v.year,
        v.quarter,
        v.asOf,
        v.frozenOn ?? '',
      ]),
    );
  }

  /** Drill-down of one rank: the overdue tasks and the organisations that held them. Regional roles: own region. */
  async tasks(
    actor: Actor,
    q: RegionRatingTasksQueryDto,
  ): Promise<{
    regionCode: string;
    year: number;
    quarter: number;
    asOf: string;
    live: boolean;
    byOrganization: { responsibleOrganizationId: string | null; overdueTasks: number; points: number }[];
    items: OverdueTaskView[];
    total: number;
    page: number;
    pageSize: number;
  }> {
    requireAccess(actor, 'rating.view', this.edition.code, 'read');
    const scope = regionScope(actor);
    if (scope !== null && scope !== q.regionCode)
      throw new DomainError(DomainErrorCode.WRONG_ROLE, 'a regional user sees the overdue tasks of its own region only');
    const { quarter } = this.period(q);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const asOf = await this.asOf();
    const current = quarterOf(asOf);
    const live = quarter === null || (quarter.year === current.year && quarter.quarter === current.quarter);
    if (live) {
      await requireCompleteProjections(this.dataSource);
      const where = `region_code = $1 AND project_active AND penalty_halves > 0`;
      const [items, total, orgs] = await Promise.all([
        this.dataSource.query(
          `SELECT task_id, project_id, roadmap_id, code, region_code, responsible_org_id, due_date::text AS due_date,
                  actual_completion_date::text AS actual_completion_date, penalty_halves
             FROM rating_task WHERE ${where} ORDER BY penalty_halves DESC, due_date, task_id LIMIT $2 OFFSET $3`,
          [q.regionCode, pageSize, (page - 1) * pageSize],
        ) as Promise<(TaskRow & { penalty_halves: number })[]>,
        this.dataSource.query(`SELECT count(*)::int AS n FROM rating_task WHERE ${where}`, [q.regionCode]) as Promise<{ n: number }[]>,
        this.dataSource.query(
          `SELECT responsible_org_id, count(*)::int AS n, sum(penalty_halves)::int AS h FROM rating_task WHERE ${where}
            GROUP BY responsible_org_id ORDER BY h DESC, n DESC, responsible_org_id NULLS LAST`,
          [q.regionCode],
        ) as Promise<{ responsible_org_id: string | null; n: number; h: number }[]>,
      ]);
      return {
        regionCode: q.regionCode,
        year: current.year,
        quarter: current.quarter,
        asOf,
        live: true,
        byOrganization: orgs.map((o) => ({ responsibleOrganizationId: o.responsible_org_id, overdueTasks: o.n, points: o.h / 2 })),
        items: items.map((t) => ({
          taskId: t.task_id,
          projectId: t.project_id,
          roadmapId: t.roadmap_id,
          code: t.code,
          regionCode: t.region_code,
          responsibleOrganizationId: t.responsible_org_id,
          dueDate: t.due_date,
          actualCompletionDate: t.actual_completion_date,
          overdueDays: overdueDaysInPeriod({ dueDate: t.due_date, actualCompletionDate: t.actual_completion_date }, current, asOf),
          points: t.penalty_halves / 2,
        })),
        total: total[0]!.n,
        page,
        pageSize,
      };
    }
    const qq = quarter as RatingQuarter;
    const [snap] = (await this.dataSource.query(`SELECT as_of::text AS as_of FROM rating_snapshot WHERE year = $1 AND quarter = $2`, [
      qq.year,
      qq.quarter,
    ])) as {
      as_of: string;
    }[];
    if (!snap) throw new DomainError(DomainErrorCode.NOT_FOUND, `no rating for ${qq.year} Q${qq.quarter}`);
    const args = [qq.year, qq.quarter, q.regionCode];
    const where = `year = $1 AND quarter = $2 AND region_code = $3`;
    const [items, total, orgs] = await Promise.all([
      this.dataSource.query(
        `SELECT task_id, project_id, roadmap_id, code, region_code, responsible_org_id, due_date::text AS due_date,
                actual_completion_date::text AS actual_completion_date, overdue_days, penalty_halves
           FROM rating_snapshot_task WHERE ${where} ORDER BY penalty_halves DESC, overdue_days DESC, task_id LIMIT $4 OFFSET $5`,
        [...args, pageSize, (page - 1) * pageSize],
      ) as Promise<(TaskRow & { overdue_days: number; penalty_halves: number })[]>,
      this.dataSource.query(`SELECT count(*)::int AS n FROM rating_snapshot_task WHERE ${where}`, args) as Promise<{ n: number }[]>,
      this.dataSource.query(
        `SELECT responsible_org_id, count(*)::int AS n, sum(penalty_halves)::int AS h FROM rating_snapshot_task WHERE ${where}
          GROUP BY responsible_org_id ORDER BY h DESC, n DESC, responsible_org_id NULLS LAST`,
        args,
      ) as Promise<{ responsible_org_id: string | null; n: number; h: number }[]>,
    ]);
    return {
      regionCode: q.regionCode,
      year: qq.year,
      quarter: qq.quarter,
      asOf: snap.as_of,
      live: false,
      byOrganization: orgs.map((o) => ({ responsibleOrganizationId: o.responsible_org_id, overdueTasks: o.n, points: round2(o.h / 2) })),
      items: items.map((t) => ({
        taskId: t.task_id,
        projectId: t.project_id,
        roadmapId: t.roadmap_id,
        code: t.code,
        regionCode: t.region_code,
        responsibleOrganizationId: t.responsible_org_id,
        dueDate: t.due_date,
        actualCompletionDate: t.actual_completion_date,
        overdueDays: t.overdue_days,
        points: t.penalty_halves / 2,
      })),
      total: total[0]!.n,
      page,
      pageSize,
    };
  }
}
