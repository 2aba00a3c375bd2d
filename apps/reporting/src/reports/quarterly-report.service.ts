import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  REGIONS,
  REPORTING_EVENT_TYPES,
  can,
  compareDates,
  ratingQuarter,
  reportDueDates,
  type Actor,
  type QuarterlyReportSubmittedPayload,
  type RuleEdition,
} from '@ndip/domain';
import {
  CLOCK,
  OutboxWriter,
  RULE_EDITION,
  appendAudit,
  uuidv7,
  type Clock,
  type CommandMessage,
  type GetQuarterlyReportDto,
  type ListQuarterlyReportsQueryDto,
  type Page,
  type SubmitQuarterlyReportDto,
} from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound, regionName, requireAccess, type Locale } from '../common/access';
import { requireCompleteProjections } from '../projection/projection-readiness';
import { exportTable, type ExportTable } from '../common/export';

export type ReportKind = 'REGIONAL_TO_NC' | 'EXTERNAL_TO_AB' | 'CONSOLIDATED_TO_AB';

export const KIND_LABELS: Record<ReportKind, { kk: string; ru: string; en: string }> = {
  REGIONAL_TO_NC: {
    kk: 'Өңірлік фронт-офистің Ұлттық компанияға тоқсандық есебі',
    ru: 'Квартальный отчёт регионального фронт-офиса в Национальную компанию',
    en: 'Regional front office quarterly report to the National Company',
  },
  EXTERNAL_TO_AB: {
    kk: 'Сыртқы фронт-офистің уәкілетті органға тоқсандық есебі',
    ru: 'Квартальный отчёт внешнего фронт-офиса в уполномоченный орган',
    en: 'External front office quarterly report to the authorized body',
  },
  CONSOLIDATED_TO_AB: {
    kk: 'Ұлттық компанияның уәкілетті органға жиынтық тоқсандық есебі',
    ru: 'Сводный квартальный отчёт Национальной компании в уполномоченный орган',
    en: 'National Company consolidated quarterly report to the authorized body',
  },
};

export interface QuarterlyReportView {
  reportId: string;
  kind: ReportKind;
  kindLabel: { kk: string; ru: string; en: string };
  year: number;
  quarter: number;
  organizationId: string;
  role: string;
  regionCode: string | null;
  countryCode: string | null;
  submittedOn: string;
  dueOn: string;
  late: boolean;
  narrative: string;
  recommendations: string | null;
  declared: Record<string, number>;
  figures: Record<string, unknown>;
  includedReports: string[] | null;
}

interface ReportRow {
  report_id: string;
  kind: ReportKind;
  year: number;
  quarter: number;
  organization_id: string;
  role: string;
  region_code: string | null;
  country_code: string | null;
  submitted_on: string;
  due_on: string;
  late: boolean;
  narrative: string;
  recommendations: string | null;
  declared: Record<string, number>;
  figures: Record<string, unknown>;
  included_reports: string[] | null;
}

const COLUMNS = `report_id, kind, year, quarter, organization_id, role, region_code, country_code, submitted_on::text AS submitted_on,
  due_on::text AS due_on, late, narrative, recommendations, declared, figures, included_reports`;

const view = (r: ReportRow): QuarterlyReportView => ({
  reportId: r.report_id,
  kind: r.kind,
  kindLabel: KIND_LABELS[r.kind],
  year: r.year,
  quarter: r.quarter,
  organizationId: r.organization_id,
  role: r.role,
  regionCode: r.region_code,
  countryCode: r.country_code,
  submittedOn: r.submitted_on,
  dueOn: r.due_on,
  late: r.late,
  narrative: r.narrative,
  recommendations: r.recommendations,
  declared: r.declared,
  figures: r.figures,
  includedReports: r.included_reports,
});

/**
 * Quarterly reports (rules.md §4.8, §10.1 R1–R3; 000 §67–68): regional front offices report to the National
 * Company and external front offices to the authorized body by the 15th of the month after the quarter; the
 * National Company consolidates by the 20th; the authorized body receives. Due dates from `reportDueDates`
 * (nominal dates, A-31); a submission after the due date is stored with `late = true`. The figures part is
 * computed from the projections at submission (the inferred template of §10.1).
 */
@Injectable()
export class QuarterlyReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  private kindOf(actor: Actor): 'REGIONAL_TO_NC' | 'EXTERNAL_TO_AB' {
    if (can(actor.role, 'report.quarterly-to-nc', this.edition.code, 'perform')) return 'REGIONAL_TO_NC';
    if (can(actor.role, 'report.quarterly-to-ab', this.edition.code, 'perform')) return 'EXTERNAL_TO_AB';
    throw new DomainError(DomainErrorCode.WRONG_ROLE, `${actor.role} submits no quarterly report of a front office (rules.md §9.2)`, { field: 'actor.role' });
  }

  private quarterEnded(year: number, quarter: number): { start: string; end: string } {
    const q = ratingQuarter(year, quarter);
    if (compareDates(this.clock.today(), q.end) <= 0) {
      throw new DomainError(DomainErrorCode.WRONG_STATE, `${year} Q${quarter} has not ended yet (it ends on ${q.end})`, { field: 'quarter' });
    }
    return q;
  }

  /** The §10.1 template's figures that the projections know: projects, roadmap tasks, initiatives, meetings. */
  private async figures(m: EntityManager, q: { start: string; end: string }, scope: { region?: string; country?: string }): Promise<Record<string, unknown>> {
    // A report keeps its figures: never take them from a half-rebuilt projection.
    await requireCompleteProjections(m);
    const pArgs: unknown[] = [];
    let pWhere = 'true';
    if (scope.region) {
      pArgs.push(scope.region);
      pWhere = `region_code = $1`;
    }
    const [projects] = (await m.query(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE pool = 'NATIONAL')::int AS national, count(*) FILTER (WHERE pool = 'REGIONAL')::int AS regional,
              count(*) FILTER (WHERE module = 2)::int AS module2, count(*) FILTER (WHERE module = 3)::int AS module3,
              count(*) FILTER (WHERE pool_status = 'SUSPENDED')::int AS suspended, count(*) FILTER (WHERE pool_status = 'EXCLUDED')::int AS excluded,
              COALESCE(sum(investment_amount_kzt), 0)::text AS investment_kzt
         FROM dash_project WHERE ${pWhere}`,
      pArgs,
    )) as Record<string, unknown>[];
    const [tasks] = (await m.query(
      `SELECT count(*) FILTER (WHERE due_date BETWEEN $1 AND $2)::int AS due,
              count(*) FILTER (WHERE due_date BETWEEN $1 AND $2 AND actual_completion_date <= due_date)::int AS completed_on_time,
              count(*) FILTER (WHERE actual_completion_date BETWEEN $1 AND $2 AND actual_completion_date > due_date)::int AS completed_late,
              count(*) FILTER (WHERE due_date <= $2 AND (actual_completion_date IS NULL OR actual_completion_date > $2))::int AS overdue_at_quarter_end
         FROM rating_task WHERE ${scope.region ? 'region_code = $3' : 'true'}`,
      scope.region ? [q.start, q.end, scope.region] : [q.start, q.end],
    )) as Record<string, unknown>[];
    const iArgs: unknown[] = [q.start, q.end];
    let iWhere = 'true';
    if (scope.region) {
      iArgs.push(scope.region);
      iWhere = `region_code = $3`;
    } else if (scope.country) {
      iArgs.push(scope.country);
      iWhere = `country_code = $3`;
    }
    const [initiatives] = (await m.query(
      `SELECT count(*) FILTER (WHERE created_on BETWEEN $1 AND $2)::int AS created,
              count(*) FILTER (WHERE transferred_on BETWEEN $1 AND $2)::int AS received,
              count(*) FILTER (WHERE converted_on BETWEEN $1 AND $2)::int AS converted
         FROM dash_initiative WHERE ${iWhere}`,
      iArgs,
    )) as Record<string, unknown>[];
    const out: Record<string, unknown> = { period: { start: q.start, end: q.end }, projects, roadmapTasks: tasks, initiatives };
    if (!scope.region) {
      const [meetings] = (await m.query(
        `SELECT count(*)::int AS held, count(DISTINCT company_id)::int AS companies FROM dash_meeting
          WHERE held_on BETWEEN $1 AND $2 ${scope.country ? 'AND country_code = $3' : ''}`,
        scope.country ? [q.start, q.end, scope.country] : [q.start, q.end],
      )) as Record<string, unknown>[];
      out.meetings = meetings;
    }
    return out;
  }

  async submit(d: SubmitQuarterlyReportDto, cmd: CommandMessage): Promise<QuarterlyReportView> {
    const actor = cmd.actor;
    const kind = this.kindOf(actor);
    const q = this.quarterEnded(d.year, d.quarter);
    const due = reportDueDates({ year: d.year, quarter: d.quarter as 1 | 2 | 3 | 4 });
    const dueOn = kind === 'REGIONAL_TO_NC' ? due.regionalToNationalCompany : due.externalToAuthorizedBody;
    const region = kind === 'REGIONAL_TO_NC' ? (actor.regionCode ?? null) : null;
    if (kind === 'REGIONAL_TO_NC' && ['MIO', 'RO', 'NCR'].includes(actor.role) && region === null) {
      throw new DomainError(DomainErrorCode.WRONG_ROLE, `a ${actor.role} user without a region cannot report on a region`, { field: 'actor.regionCode' });
    }
    const scope = region ? { region } : kind === 'EXTERNAL_TO_AB' && actor.countryCode ? { country: actor.countryCode } : {};
    return this.store(kind, d, cmd, dueOn, region, kind === 'EXTERNAL_TO_AB' ? (actor.countryCode ?? null) : null, async (m) => ({
      figures: await this.figures(m, q, scope),
      included: null,
    }));
  }

  /** R2: the National Company's consolidated report on the regional and central front offices, by the 20th. */
  async consolidate(d: SubmitQuarterlyReportDto, cmd: CommandMessage): Promise<QuarterlyReportView> {
    requireAccess(cmd.actor, 'report.consolidated', this.edition.code, 'perform');
    const q = this.quarterEnded(d.year, d.quarter);
    const dueOn = reportDueDates({ year: d.year, quarter: d.quarter as 1 | 2 | 3 | 4 }).consolidatedToAuthorizedBody;
    return this.store('CONSOLIDATED_TO_AB', d, cmd, dueOn, null, null, async (m) => {
      const reports = (await m.query(
        `SELECT ${COLUMNS} FROM quarterly_report WHERE kind = 'REGIONAL_TO_NC' AND year = $1 AND quarter = $2 ORDER BY submitted_at`,
        [d.year, d.quarter],
      )) as ReportRow[];
      const covered = new Set(reports.map((r) => r.region_code).filter((c): c is string => c !== null));
      const figures = await this.figures(m, q, {});
      return {
        included: reports.map((r) => r.report_id),
        figures: {
          ...figures,
          submissions: {
            received: reports.length,
            late: reports
              .filter((r) => r.late)
              .map((r) => ({ reportId: r.report_id, organizationId: r.organization_id, regionCode: r.region_code, submittedOn: r.submitted_on })),
            regionsCovered: [...covered].sort(),
            regionsMissing: REGIONS.map((r) => r.code).filter((c) => !covered.has(c)),
          },
        },
      };
    });
  }

  private async store(
    kind: ReportKind,
    d: SubmitQuarterlyReportDto,
    cmd: CommandMessage,
    dueOn: string,
    region: string | null,
    country: string | null,
    build: (m: EntityManager) => Promise<{ figures: Record<string, unknown>; included: string[] | null }>,
  ): Promise<QuarterlyReportView> {
    const today = this.clock.today();
    const late = compareDates(today, dueOn) > 0;
    const reportId = uuidv7();
    return this.dataSource.transaction(async (m) => {
      const exists = (await m.query(`SELECT 1 FROM quarterly_report WHERE kind = $1 AND year = $2 AND quarter = $3 AND organization_id = $4`, [
        kind,
        d.year,
        d.quarter,
        cmd.actor.organizationId,
      ])) as unknown[];
      if (exists.length > 0) {
        throw new DomainError(DomainErrorCode.CONFLICT, `the organisation already submitted its ${d.year} Q${d.quarter} report`, { field: 'quarter' });
      }
      const { figures, included } = await build(m);
      const [row] = (await m.query(
        `INSERT INTO quarterly_report (report_id, kind, year, quarter, organization_id, role, region_code, country_code, submitted_by, submitted_on, due_on,
                                       late, narrative, recommendations, declared, figures, included_reports)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING ${COLUMNS}`,
        [
          reportId,
          kind,
          d.year,
          d.quarter,
          cmd.actor.organizationId,
          cmd.actor.role,
          region,
          country,
          cmd.actor.userId,
          today,
          dueOn,
          late,
          d.narrative,
          d.recommendations ?? null,
          JSON.stringify(d.declared ?? {}),
          JSON.stringify(figures),
          included,
        ],
      )) as ReportRow[];
      const payload: QuarterlyReportSubmittedPayload = {
        reportId,
        kind,
        year: d.year,
        quarter: d.quarter,
        organizationId: cmd.actor.organizationId,
        regionCode: region,
        submittedOn: today,
        dueOn,
        late,
      };
      await this.outbox.append(
        m,
        [{ type: REPORTING_EVENT_TYPES.quarterlyReportSubmitted, version: 1, aggregateType: 'quarterly-report', aggregateId: reportId, payload }],
        {
          actor: cmd.actor,
          correlationId: cmd.correlationId,
          causationId: null,
          ruleEdition: this.edition.code,
          occurredAt: this.clock.now(),
        },
      );
      await appendAudit(m, {
        actor: cmd.actor,
        action: `quarterly-report.submit`,
        entityType: 'quarterly-report',
        entityId: reportId,
        oldValue: null,
        newValue: { kind, year: d.year, quarter: d.quarter, dueOn, late },
        ruleEdition: this.edition.code,
        correlationId: cmd.correlationId,
      });
      return view(row!);
    });
  }

  /** AB receives everything; NC the regional and consolidated reports; a front office its own. */
  private visibility(actor: Actor): { where: string; args: unknown[] } {
    if (actor.role === 'AB') return { where: 'true', args: [] };
    if (actor.role === 'NC' || actor.role === 'ADMIN') return { where: `kind IN ('REGIONAL_TO_NC', 'CONSOLIDATED_TO_AB')`, args: [] };
    return { where: 'organization_id = $1', args: [actor.organizationId] };
  }

  async list(actor: Actor, q: ListQuarterlyReportsQueryDto): Promise<Page<QuarterlyReportView>> {
    const { where, args } = this.visibility(actor);
    const cond = [where];
    const a = [...args];
    if (q.year !== undefined) cond.push(`year = $${a.push(q.year)}`);
    if (q.quarter !== undefined) cond.push(`quarter = $${a.push(q.quarter)}`);
    if (q.kind !== undefined) cond.push(`kind = $${a.push(q.kind)}`);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const w = cond.join(' AND ');
    const rows = (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM quarterly_report WHERE ${w} ORDER BY year DESC, quarter DESC, kind, submitted_at, report_id LIMIT $${a.length + 1} OFFSET $${a.length + 2}`,
      [...a, pageSize, (page - 1) * pageSize],
    )) as ReportRow[];
    const [t] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM quarterly_report WHERE ${w}`, a)) as { n: number }[];
    return { items: rows.map(view), total: t!.n, page, pageSize };
  }

  async listExport(actor: Actor, q: ListQuarterlyReportsQueryDto, locale: Locale): Promise<ExportTable> {
    const p = await this.list(actor, { ...q, page: q.page ?? 1, pageSize: q.pageSize ?? 200 });
    const header = {
      en: ['report id', 'kind', 'year', 'quarter', 'organisation', 'role', 'region code', 'region', 'submitted on', 'due on', 'late'],
      ru: ['ID отчёта', 'вид', 'год', 'квартал', 'организация', 'роль', 'код КАТО', 'регион', 'представлен', 'срок', 'с опозданием'],
      kk: ['есеп ID', 'түрі', 'жыл', 'тоқсан', 'ұйым', 'рөл', 'ҚАТО коды', 'өңір', 'ұсынылды', 'мерзімі', 'кешіктірілген'],
    }[locale];
    return exportTable(
      `quarterly-reports`,
      header,
      p.items.map((r) => [
        r.reportId,
        r.kindLabel[locale],
        r.year,
        r.quarter,
        r.organizationId,
        r.role,
        r.regionCode,
        r.regionCode ? (regionName(r.regionCode)?.[locale] ?? '') : '',
        r.submittedOn,
        r.dueOn,
        r.late,
      ]),
    );
  }

  async get(actor: Actor, d: GetQuarterlyReportDto): Promise<QuarterlyReportView> {
    const { where, args } = this.visibility(actor);
    const rows = (await this.dataSource.query(`SELECT ${COLUMNS} FROM quarterly_report WHERE report_id = $${args.length + 1} AND ${where}`, [
      ...args,
      d.reportId,
    ])) as ReportRow[];
    if (!rows[0]) throw notFound(`quarterly report ${d.reportId}`);
    return view(rows[0]);
  }

  /** One report as CSV: one line per field, nested figures flattened to dotted paths. */
  async getExport(actor: Actor, d: GetQuarterlyReportDto, locale: Locale): Promise<ExportTable> {
    const r = await this.get(actor, d);
    const rows: unknown[][] = [];
    const flat = (prefix: string, v: unknown): void => {
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) flat(prefix ? `${prefix}.${k}` : k, x);
      else rows.push([prefix, Array.isArray(v) ? v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(' ') : v]);
    };
    flat('', { ...r, kindLabel: r.kindLabel[locale] });
    return exportTable(
      `quarterly-report-${r.year}-Q${r.quarter}-${r.reportId}`,
      { en: ['field', 'value'], ru: ['поле', 'значение'], kk: ['өріс', 'мәні'] }[locale],
      rows,
    );
  }
}
