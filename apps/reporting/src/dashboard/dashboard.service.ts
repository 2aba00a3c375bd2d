import { Inject, Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode, trafficLight, type Actor, type RuleEdition, type TrafficLight } from '@ndip/domain';
import { CLOCK, RULE_EDITION, type Clock, type DashboardProjectsQueryDto, type DashboardQueryDto, type FunnelQueryDto, type Page } from '@ndip/platform';
import { DataSource } from 'typeorm';
import { regionName, regionScope, requireAccess, type Locale } from '../common/access';
import { exportTable, type ExportTable } from '../common/export';
import { requireCompleteProjections } from '../projection/projection-readiness';

type Names = { kk: string; ru: string; en: string };

export const STATUS_LABELS: Record<string, Names> = {
  IMPLEMENTATION: { kk: 'Іске асыру (2-модуль)', ru: 'Реализация (модуль 2)', en: 'Implementation (Module 2)' },
  POST_INVESTMENT: { kk: 'Инвестициядан кейінгі сүйемелдеу (3-модуль)', ru: 'Постинвестиционное сопровождение (модуль 3)', en: 'Post-investment (Module 3)' },
  SUSPENDED: { kk: 'Ұлттық пулда тоқтатыла тұрған', ru: 'Приостановлен в национальном пуле', en: 'Suspended in the national pool' },
  EXCLUDED: { kk: 'Пулдан шығарылған', ru: 'Исключён из пула', en: 'Excluded from the pool' },
};

export const POOL_LABELS: Record<string, Names> = {
  NATIONAL: { kk: 'Ұлттық пул', ru: 'Национальный пул', en: 'National pool' },
  REGIONAL: { kk: 'Өңірлік пул', ru: 'Региональный пул', en: 'Regional pool' },
};

export const MODULE_LABELS: Record<string, Names> = {
  '2': { kk: '2-модуль «Іске асыру»', ru: 'Модуль 2 «Реализация»', en: 'Module 2 "Implementation"' },
  '3': { kk: '3-модуль «Инвестициядан кейінгі сүйемелдеу»', ru: 'Модуль 3 «Постинвестиционное сопровождение»', en: 'Module 3 "Post-investment"' },
};

const STATUS_SQL = `CASE WHEN p.pool_status = 'EXCLUDED' THEN 'EXCLUDED' WHEN p.pool_status = 'SUSPENDED' THEN 'SUSPENDED'
  WHEN p.module = 3 THEN 'POST_INVESTMENT' ELSE 'IMPLEMENTATION' END`;

export interface BreakdownRow {
  key: string | null;
  label: Names | null;
  projects: number;
  investmentAmountKzt: string;
}

export interface DashboardView {
  asOf: string;
  filters: DashboardQueryDto;
  /** jobs: permanent jobs of the passports summed over the projects whose passport gave them (projectsWithJobs). */
  totals: { projects: number; investmentAmountKzt: string; jobs: number; projectsWithJobs: number };
  byRegion: BreakdownRow[];
  byPool: BreakdownRow[];
  bySector: BreakdownRow[];
  byModule: BreakdownRow[];
  byStatus: BreakdownRow[];
  pools: { pool: 'NATIONAL' | 'REGIONAL'; label: Names; projects: number; investmentAmountKzt: string; jobs: number; projectsWithJobs: number }[];
  trafficLight: Record<Exclude<TrafficLight, 'NONE'>, number> & { openTasks: number };
  greenCorridor: { eligible: number; pendingCouncil: number; notEligible: number };
  taskForce: number;
}

export interface FunnelStage {
  stage: 'MEETING' | 'INITIATIVE' | 'TRANSFERRED' | 'CONVERTED' | 'PROJECT' | 'MODULE_3';
  label: Names;
  count: number | null;
  /** Share of the previous stage that reached this one (null for the first stage or an empty previous one). */
  conversionFromPrevious: number | null;
  /** Days from the previous stage, over the items that reached this one. */
  daysFromPrevious: { average: number | null; median: number | null } | null;
}

const STAGE_LABELS: Record<FunnelStage['stage'], Names> = {
  MEETING: { kk: 'Кездесулер (компаниялар)', ru: 'Встречи (компании)', en: 'Meetings (companies)' },
  INITIATIVE: { kk: 'Бастамалар', ru: 'Инициативы', en: 'Initiatives' },
  TRANSFERRED: { kk: 'ЖАО-ға берілген', ru: 'Переданы в МИО', en: 'Transferred to an akimat' },
  CONVERTED: { kk: 'Жоба паспортына айналдырылған', ru: 'Преобразованы в паспорт проекта', en: 'Converted to a project passport' },
  PROJECT: { kk: 'Жобалар (2-модуль)', ru: 'Проекты (модуль 2)', en: 'Projects (Module 2)' },
  MODULE_3: { kk: '3-модульге өткен', ru: 'Перешли в модуль 3', en: 'Reached Module 3' },
};

function omitBin<T extends { investorBin?: string }>(q: T): Omit<T, 'investorBin'> {
  const { investorBin: _bin, ...rest } = q;
  return rest;
}

/** Read side of the dashboard (rules.md §4.6, §9.2 "View dashboard", §9.3 scoping; 000 §55, §59). */
@Injectable()
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  /** §9.2: every row role may read the dashboard; the investor (INV, "r (own)") reads its own projects only. */
  private async scope(actor: Actor, requested: string | undefined): Promise<string | undefined> {
    requireAccess(actor, 'dashboard.view', this.edition.code, 'read');
    await requireCompleteProjections(this.dataSource);
    const own = regionScope(actor);
    if (own === null) return requested;
    if (requested !== undefined && requested !== own)
      throw new DomainError(DomainErrorCode.WRONG_ROLE, 'a regional user sees its own region only', { field: 'regionCode' });
    return own;
  }

  /** The investor's BIN (set by the gateway from the caller's organisation, never by a client), or undefined for other roles. */
  private investorScope(actor: Actor, investorBin: string | undefined): string | undefined {
    if (actor.role !== 'INV') return undefined;
    if (!investorBin) throw new DomainError(DomainErrorCode.WRONG_ROLE, 'an investor without a company BIN sees no projects', { field: 'investorBin' });
    return investorBin;
  }

  /** Filters on dash_project (alias p) or on dash_summary (alias s, which has the status as a column). */
  private filter(q: DashboardQueryDto, region: string | undefined, bin: string | undefined, source: 'p' | 's'): { where: string; args: unknown[] } {
    const parts: string[] = [];
    const args: unknown[] = [];
    const add = (sql: string, v: unknown): void => {
      args.push(v);
      parts.push(sql.replace('?', `$${args.length}`));
    };
    if (region !== undefined) add(`${source}.region_code = ?`, region);
    if (q.pool !== undefined) add(`${source}.pool = ?`, q.pool);
    if (q.sector !== undefined) add(`${source}.sector = ?`, q.sector);
    if (q.module !== undefined) add(`${source}.module = ?`, q.module);
    if (q.status !== undefined) add(`${source === 'p' ? STATUS_SQL : 's.status'} = ?`, q.status);
    if (bin !== undefined) add('p.company_bin = ?', bin);
    return { where: parts.length > 0 ? parts.join(' AND ') : 'true', args };
  }

  async dashboard(actor: Actor, q: DashboardQueryDto & { investorBin?: string }): Promise<DashboardView> {
    const region = await this.scope(actor, q.regionCode);
    const bin = this.investorScope(actor, q.investorBin);
    const today = this.clock.today();
    // Everything but the investor's own view reads the summary the projection keeps (dash_summary: a few hundred
    // rows); the investor's view reads its projects (an index on company_bin).
    const summary = bin === undefined;
    const { where, args } = this.filter(q, region, bin, summary ? 's' : 'p');
    const status = summary ? 's.status' : STATUS_SQL;
    const groups = (await this.dataSource.query(
      summary
        ? `SELECT s.region_code, s.pool, s.sector, s.module::text AS module, s.status,
              GROUPING(s.region_code) AS g_region, GROUPING(s.pool) AS g_pool, GROUPING(s.sector) AS g_sector,
              GROUPING(s.module) AS g_module, GROUPING(s.status) AS g_status,
              COALESCE(sum(s.projects), 0)::int AS n, COALESCE(sum(s.amount_kzt), 0)::text AS amount,
              COALESCE(sum(s.jobs), 0)::int AS jobs, COALESCE(sum(s.projects_with_jobs), 0)::int AS with_jobs,
              COALESCE(sum(s.gc_eligible), 0)::int AS gc_eligible, COALESCE(sum(s.gc_pending), 0)::int AS gc_pending,
              COALESCE(sum(s.gc_not), 0)::int AS gc_not, COALESCE(sum(s.task_force), 0)::int AS tf
         FROM dash_summary s WHERE ${where}
        GROUP BY GROUPING SETS ((s.region_code), (s.pool), (s.sector), (s.module), (s.status), ())`
        : `SELECT p.region_code, p.pool, p.sector, p.module::text AS module, ${status} AS status,
              GROUPING(p.region_code) AS g_region, GROUPING(p.pool) AS g_pool, GROUPING(p.sector) AS g_sector,
              GROUPING(p.module) AS g_module, GROUPING(${status}) AS g_status,
              count(*)::int AS n, COALESCE(sum(p.investment_amount_kzt), 0)::text AS amount,
              COALESCE(sum(p.jobs), 0)::int AS jobs, count(p.jobs)::int AS with_jobs,
              count(*) FILTER (WHERE p.green_corridor = 'ELIGIBLE')::int AS gc_eligible,
              count(*) FILTER (WHERE p.green_corridor = 'PENDING_COUNCIL')::int AS gc_pending,
              count(*) FILTER (WHERE p.green_corridor = 'NOT_ELIGIBLE')::int AS gc_not,
              count(*) FILTER (WHERE p.task_force)::int AS tf
         FROM dash_project p WHERE ${where}
        GROUP BY GROUPING SETS ((p.region_code), (p.pool), (p.sector), (p.module), (${status}), ())`,
      args,
    )) as {
      region_code: string | null;
      pool: string | null;
      sector: string | null;
      module: string | null;
      status: string | null;
      g_region: number;
      g_pool: number;
      g_sector: number;
      g_module: number;
      g_status: number;
      n: number;
      amount: string;
      jobs: number;
      with_jobs: number;
      gc_eligible: number;
      gc_pending: number;
      gc_not: number;
      tf: number;
    }[];
    const only = (dim: 'region' | 'pool' | 'sector' | 'module' | 'status') =>
      groups.filter((g) =>
        ['region', 'pool', 'sector', 'module', 'status'].every((d) => (d === dim ? g[`g_${d}` as 'g_pool'] === 0 : g[`g_${d}` as 'g_pool'] === 1)),
      );
    const rows = (
      dim: 'region' | 'pool' | 'sector' | 'module' | 'status',
      key: (g: (typeof groups)[number]) => string | null,
      label: (k: string | null) => Names | null,
    ) =>
      only(dim)
        // A summary row whose projects all moved elsewhere stays with zero counts.
        .filter((g) => g.n > 0)
        .map((g) => ({ key: key(g), label: label(key(g)), projects: g.n, investmentAmountKzt: g.amount }))
        .sort((a, b) => b.projects - a.projects || (a.key ?? '').localeCompare(b.key ?? ''));
    const total = groups.find((g) => g.g_region + g.g_pool + g.g_sector + g.g_module + g.g_status === 5);
    const byPool = rows(
      'pool',
      (g) => g.pool,
      (k) => (k ? (POOL_LABELS[k] ?? null) : null),
    );

    // Traffic light of the open tasks (§4.6): counted per due date, coloured by the domain rule. Unfiltered or
    // per region from the projection's summary (dash_open_task, by the task's region); other filters join the projects.
    const projectFilter = bin !== undefined || q.pool !== undefined || q.sector !== undefined || q.module !== undefined || q.status !== undefined;
    const task = this.filter(q, region, bin, 'p');
    const dueDates = (
      projectFilter
        ? await this.dataSource.query(
            `SELECT t.due_date::text AS due_date, count(*)::int AS n
               FROM rating_task t
              WHERE t.actual_completion_date IS NULL AND t.project_active
                AND t.project_id IN (SELECT p.project_id FROM dash_project p WHERE ${task.where})
              GROUP BY t.due_date`,
            task.args,
          )
        : await this.dataSource.query(
            `SELECT o.due_date::text AS due_date, sum(o.n)::int AS n FROM dash_open_task o
              WHERE o.n <> 0 ${region !== undefined ? 'AND o.region_code = $1' : ''} GROUP BY o.due_date`,
            region !== undefined ? [region] : [],
          )
    ) as { due_date: string; n: number }[];
    const lights = { RED: 0, YELLOW: 0, GREEN: 0, openTasks: 0 };
    for (const d of dueDates) {
      const colour = trafficLight({ dueDate: d.due_date, today, completed: false });
      if (colour !== 'NONE') lights[colour] += d.n;
      lights.openTasks += d.n;
    }
    return {
      asOf: today,
      filters: { ...omitBin(q), ...(region !== undefined ? { regionCode: region } : {}) },
      totals: { projects: total?.n ?? 0, investmentAmountKzt: total?.amount ?? '0', jobs: total?.jobs ?? 0, projectsWithJobs: total?.with_jobs ?? 0 },
      byRegion: rows(
        'region',
        (g) => g.region_code,
        (k) => (k ? regionName(k) : null),
      ),
      byPool,
      bySector: rows(
        'sector',
        (g) => g.sector,
        () => null,
      ),
      byModule: rows(
        'module',
        (g) => g.module,
        (k) => (k ? (MODULE_LABELS[k] ?? null) : null),
      ),
      byStatus: rows(
        'status',
        (g) => g.status,
        (k) => (k ? (STATUS_LABELS[k] ?? null) : null),
      ),
      pools: (['NATIONAL', 'REGIONAL'] as const).map((pool) => {
        const g = only('pool').find((b) => b.pool === pool);
        return {
          pool,
          label: POOL_LABELS[pool]!,
          projects: g?.n ?? 0,
          investmentAmountKzt: g?.amount ?? '0',
          jobs: g?.jobs ?? 0,
          projectsWithJobs: g?.with_jobs ?? 0,
        };
      }),
      trafficLight: lights,
      greenCorridor: { eligible: total?.gc_eligible ?? 0, pendingCouncil: total?.gc_pending ?? 0, notEligible: total?.gc_not ?? 0 },
      taskForce: total?.tf ?? 0,
    };
  }

  async dashboardExport(actor: Actor, q: DashboardQueryDto & { investorBin?: string }, locale: Locale): Promise<ExportTable> {
    const v = await this.dashboard(actor, q);
    const header = {
      en: ['dimension', 'key', 'label', 'projects', 'investment, KZT', 'jobs'],
      ru: ['измерение', 'ключ', 'наименование', 'проекты', 'инвестиции, тенге', 'рабочие места'],
      kk: ['өлшем', 'кілт', 'атауы', 'жобалар', 'инвестициялар, теңге', 'жұмыс орындары'],
    }[locale];
    const rows: unknown[][] = [['total', '', '', v.totals.projects, v.totals.investmentAmountKzt, v.totals.jobs]];
    for (const p of v.pools) rows.push(['pool-total', p.pool, p.label[locale], p.projects, p.investmentAmountKzt, p.jobs]);
    for (const [dim, list] of [
      ['region', v.byRegion],
      ['pool', v.byPool],
      ['sector', v.bySector],
      ['module', v.byModule],
      ['status', v.byStatus],
    ] as const) {
      for (const r of list) rows.push([dim, r.key ?? '', r.label?.[locale] ?? '', r.projects, r.investmentAmountKzt]);
    }
    for (const c of ['RED', 'YELLOW', 'GREEN'] as const) rows.push(['traffic-light', c, '', v.trafficLight[c], '']);
    return exportTable(`dashboard-${v.asOf}`, header, rows, { decimalColumns: [4] });
  }

  /** Green-corridor (ELIGIBLE or PENDING_COUNCIL, §4.3) or Task Force (§4.4) projects. */
  async projects(
    actor: Actor,
    q: DashboardProjectsQueryDto & { investorBin?: string },
  ): Promise<
    Page<{
      projectId: string;
      name: string | null;
      regionCode: string;
      pool: string | null;
      status: string;
      investmentAmountKzt: string | null;
      greenCorridor: string | null;
      greenCorridorScore: number | null;
      taskForce: boolean;
      taskForceOn: string | null;
    }>
  > {
    const region = await this.scope(actor, q.regionCode);
    const bin = this.investorScope(actor, q.investorBin);
    const args: unknown[] = [];
    let where = q.list === 'GREEN_CORRIDOR' ? `p.green_corridor IN ('ELIGIBLE', 'PENDING_COUNCIL')` : 'p.task_force';
    if (region !== undefined) {
      args.push(region);
      where += ` AND p.region_code = $${args.length}`;
    }
    if (bin !== undefined) {
      args.push(bin);
      where += ` AND p.company_bin = $${args.length}`;
    }
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const [items, total] = await Promise.all([
      this.dataSource.query(
        `SELECT p.project_id, p.name, p.region_code, p.pool, ${STATUS_SQL} AS status, p.investment_amount_kzt::text AS amount, p.green_corridor,
                p.green_corridor_score_milli, p.task_force, p.task_force_on::text AS task_force_on
           FROM dash_project p WHERE ${where}
          ORDER BY p.investment_amount_kzt DESC NULLS LAST, p.project_id LIMIT $${args.length + 1} OFFSET $${args.length + 2}`,
        [...args, pageSize, (page - 1) * pageSize],
      ) as Promise<
        {
          project_id: string;
          name: string | null;
          region_code: string;
          pool: string | null;
          status: string;
          amount: string | null;
          green_corridor: string | null;
          green_corridor_score_milli: number | null;
          task_force: boolean;
          task_force_on: string | null;
        }[]
      >,
      this.dataSource.query(`SELECT count(*)::int AS n FROM dash_project p WHERE ${where}`, args) as Promise<{ n: number }[]>,
    ]);
    return {
      items: items.map((r) => ({
        projectId: r.project_id,
        name: r.name,
        regionCode: r.region_code,
        pool: r.pool,
        status: r.status,
        investmentAmountKzt: r.amount,
        greenCorridor: r.green_corridor,
        greenCorridorScore: r.green_corridor_score_milli === null ? null : r.green_corridor_score_milli / 1000,
        taskForce: r.task_force,
        taskForceOn: r.task_force_on,
      })),
      total: total[0]!.n,
      page,
      pageSize,
    };
  }

  async projectsExport(actor: Actor, q: DashboardProjectsQueryDto & { investorBin?: string }, locale: Locale): Promise<ExportTable> {
    const p = await this.projects(actor, q);
    const header = {
      en: ['project id', 'name', 'region code', 'region', 'pool', 'status', 'investment, KZT', 'green corridor', 'score', 'Task Force since'],
      ru: ['ID проекта', 'наименование', 'код КАТО', 'регион', 'пул', 'статус', 'инвестиции, тенге', 'зелёный коридор', 'балл', 'Task Force с'],
      kk: ['жоба ID', 'атауы', 'ҚАТО коды', 'өңір', 'пул', 'мәртебесі', 'инвестициялар, теңге', 'жасыл дәліз', 'балл', 'Task Force бастап'],
    }[locale];
    return exportTable(
      `${q.list.toLowerCase().replace('_', '-')}-projects`,
      header,
      p.items.map((r) => [
        r.projectId,
        r.name,
        r.regionCode,
        regionName(r.regionCode)?.[locale] ?? '',
        r.pool,
        STATUS_LABELS[r.status]?.[locale] ?? r.status,
        r.investmentAmountKzt,
        r.greenCorridor,
        r.greenCorridorScore,
        r.taskForceOn,
      ]),
      { decimalColumns: [6] },
    );
  }

  /**
   * The initiative funnel (rules.md §10.2 "initiative conversion rate"): the initiatives created in the period
   * (a cohort) and how far each got, with the companies met before (meeting cards of Module 1), conversion
   * rates between stages and the days between them (average and median).
   */
  async funnel(actor: Actor, q: FunnelQueryDto): Promise<{ from: string | null; to: string | null; regionCode: string | null; stages: FunnelStage[] }> {
    const region = await this.scope(actor, q.regionCode);
    // The funnel counts initiatives of every company: not an investor's "own" data.
    if (actor.role === 'INV') throw new DomainError(DomainErrorCode.WRONG_ROLE, "the initiative funnel is not part of the investor's own dashboard");
    if (q.from !== undefined && q.to !== undefined && q.from > q.to)
      throw new DomainError(DomainErrorCode.INVALID_INPUT, 'from is after to', { field: 'from' });
    const args: unknown[] = [];
    const cond: string[] = [];
    const add = (sql: string, v: unknown): void => {
      args.push(v);
      cond.push(sql.replace('?', `$${args.length}`));
    };
    if (q.from !== undefined) add('i.created_on >= ?', q.from);
    if (q.to !== undefined) add('i.created_on <= ?', q.to);
    if (region !== undefined) add('i.region_code = ?', region);
    if (q.countryCode !== undefined) add('i.country_code = ?', q.countryCode);
    const where = ['i.created_on IS NOT NULL', ...cond].join(' AND ');
    const stats = (name: string, expr: string, filter: string) =>
      `(avg(${expr}) FILTER (WHERE ${filter}))::float8 AS ${name}_avg, (percentile_cont(0.5) WITHIN GROUP (ORDER BY ${expr}) FILTER (WHERE ${filter}))::float8 AS ${name}_median`;
    const [r] = (await this.dataSource.query(
      `WITH cohort AS (
         SELECT i.*, (SELECT min(m.held_on) FROM dash_meeting m WHERE m.company_id = i.company_id AND m.held_on <= i.created_on) AS met_on,
                p.project_id AS p_id, p.module AS p_module, p.module3_on AS p_module3_on
           FROM dash_initiative i LEFT JOIN dash_project p ON p.initiative_id = i.initiative_id
          WHERE ${where})
       SELECT count(*)::int AS initiatives,
              count(*) FILTER (WHERE met_on IS NOT NULL)::int AS met,
              count(DISTINCT company_id) FILTER (WHERE met_on IS NOT NULL)::int AS companies_met,
              count(*) FILTER (WHERE transferred_on IS NOT NULL)::int AS transferred,
              count(*) FILTER (WHERE converted_on IS NOT NULL)::int AS converted,
              count(*) FILTER (WHERE p_id IS NOT NULL)::int AS projects,
              count(*) FILTER (WHERE p_module = 3)::int AS module3,
              ${stats('met', '(created_on - met_on)', 'met_on IS NOT NULL')},
              ${stats('transfer', '(transferred_on - created_on)', 'transferred_on IS NOT NULL')},
              ${stats('convert', '(converted_on - transferred_on)', 'converted_on IS NOT NULL AND transferred_on IS NOT NULL')},
              ${stats('m3', '(p_module3_on - converted_on)', 'p_module3_on IS NOT NULL AND converted_on IS NOT NULL')}
         FROM cohort`,
      args,
    )) as Record<string, number | null>[];
    const v = Object.values(r!) as (number | null)[];
    const [initiatives, , , transferred, converted, projects, module3] = v.slice(0, 7) as number[];
    const t = v.slice(7).map((x) => (x === null ? null : Math.round(x * 10) / 10));
    // Meetings carry no region: the first stage is shown to callers that see every region.
    let met: { companies: number; withInitiative: number } | null = null;
    if (region === undefined) {
      const margs: unknown[] = [];
      const mcond: string[] = ['true'];
      const madd = (sql: string, val: unknown): void => {
        margs.push(val);
        mcond.push(sql.replace('?', `$${margs.length}`));
      };
      if (q.from !== undefined) madd('m.held_on >= ?', q.from);
      if (q.to !== undefined) madd('m.held_on <= ?', q.to);
      if (q.countryCode !== undefined) madd('m.country_code = ?', q.countryCode);
      const [mr] = (await this.dataSource.query(
        `WITH met AS (SELECT m.company_id, min(m.held_on) AS first_met FROM dash_meeting m WHERE ${mcond.join(' AND ')} GROUP BY m.company_id)
         SELECT count(*)::int AS companies,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM dash_initiative i WHERE i.company_id = met.company_id AND i.created_on >= met.first_met))::int
                  AS with_initiative
           FROM met`,
        margs,
      )) as { companies: number; with_initiative: number }[];
      met = { companies: mr!.companies, withInitiative: mr!.with_initiative };
    }
    const rate = (a: number, b: number | null): number | null => (b === null || b === 0 ? null : Math.round((a / b) * 10000) / 10000);
    const stage = (s: FunnelStage['stage'], count: number | null, conversion: number | null, days: [number | null, number | null] | null): FunnelStage => ({
      stage: s,
      label: STAGE_LABELS[s],
      count,
      conversionFromPrevious: conversion,
      daysFromPrevious: days ? { average: days[0], median: days[1] } : null,
    });
    return {
      from: q.from ?? null,
      to: q.to ?? null,
      regionCode: region ?? null,
      stages: [
        stage('MEETING', met?.companies ?? null, null, null),
        // Share of the companies met in the period that got an initiative on or after their first meeting.
        stage('INITIATIVE', initiatives!, met ? rate(met.withInitiative, met.companies) : null, [t[0]!, t[1]!]),
        stage('TRANSFERRED', transferred!, rate(transferred!, initiatives!), [t[2]!, t[3]!]),
        stage('CONVERTED', converted!, rate(converted!, transferred!), [t[4]!, t[5]!]),
        stage('PROJECT', projects!, rate(projects!, converted!), null),
        stage('MODULE_3', module3!, rate(module3!, projects!), [t[6]!, t[7]!]),
      ],
    };
  }

  async funnelExport(actor: Actor, q: FunnelQueryDto, locale: Locale): Promise<ExportTable> {
    const f = await this.funnel(actor, q);
    const header = {
      en: ['stage', 'label', 'count', 'conversion from previous', 'average days', 'median days'],
      ru: ['этап', 'наименование', 'количество', 'конверсия', 'среднее, дней', 'медиана, дней'],
      kk: ['кезең', 'атауы', 'саны', 'конверсия', 'орташа, күн', 'медиана, күн'],
    }[locale];
    return exportTable(
      `initiative-funnel`,
      header,
      f.stages.map((s) => [s.stage, s.label[locale], s.count, s.conversionFromPrevious, s.daysFromPrevious?.average, s.daysFromPrevious?.median]),
    );
  }
}
