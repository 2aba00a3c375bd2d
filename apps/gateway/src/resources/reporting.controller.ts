import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { COMMANDS, type Actor } from '@ndip/domain';
import {
  AttractivenessQueryDto,
  DashboardProjectsQueryDto,
  DashboardQueryDto,
  FunnelQueryDto,
  ImportHardDataDto,
  ListQuarterlyReportsQueryDto,
  PublishAttractivenessDto,
  RegionRatingQueryDto,
  RegionRatingTasksQueryDto,
  SubmitQuarterlyReportDto,
  SubmitSurveyResponseDto,
} from '@ndip/platform';
import type { Response } from 'express';
import { In, type Repository } from 'typeorm';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { BusClient } from '../bus/bus.client';
import { ProblemException } from '../http/problem';
import { Meta, type RequestMeta } from '../http/request-meta';
import { uuidParam } from '../http/uuid.pipe';
import { OrganizationEntity } from '../identity/organization.entity';

/** §9.2 "View dashboard"; the funnel compares every company's initiatives, so it is not part of the investor's view. */
const DASHBOARD = ['NC', 'NCR', 'TF', 'MIO', 'RO', 'CSB', 'NCH', 'NH', 'AB', 'CIA', 'RIHQ', 'ADMIN'] as const;
/** §9.2 "View dashboard" with INV "r (own)": the investor's dashboard and project lists cover its company's projects. */
const DASHBOARD_OWN = [...DASHBOARD, 'INV'] as const;

type OrganizationName = { kk: string; ru: string; en: string };
/** §9.2 "View region rating". */
const RATING = ['NC', 'NCR', 'MIO', 'CSB', 'AB', 'CIA', 'RIHQ', 'ADMIN'] as const;
/** The attractiveness rating (004) is run by the authorized body and the National Company as operator. */
const ATTRACTIVENESS = ['AB', 'NC', 'ADMIN'] as const;
/** §9.2 "Quarterly report → NC" and "→ AB" (front offices). */
const FRONT_OFFICES = ['MIO', 'RO', 'NCR', 'CSB', 'FI', 'NCF'] as const;

/** An export answered by the reporting service: CSV text, or an XLSX workbook in base64 (Kafka carries JSON). */
interface ExportFile {
  filename: string;
  contentType: string;
  encoding?: 'base64';
  body: string;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Reporting (apps/reporting): dashboard, region rating, attractiveness rating, quarterly reports, projections. */
@ApiTags('reporting')
@ApiBearerAuth()
@Controller('api/v1')
export class ReportingController {
  constructor(
    private readonly bus: BusClient,
    @InjectRepository(OrganizationEntity) private readonly orgs: Repository<OrganizationEntity>,
  ) {}

  /**
   * Calls the reporting service. While it rebuilds its projections it answers WRONG_STATE on the field
   * `projections`: that is a temporary state, answered 503 with Retry-After (the figures would be partial).
   */
  private async call<T>(pattern: string, actor: Actor, data: object, meta: RequestMeta): Promise<T> {
    try {
      return await this.bus.call<T>(pattern, actor, data, meta);
    } catch (e) {
      if (e instanceof ProblemException && e.code === 'WRONG_STATE' && e.extra.field === 'projections')
        throw new ProblemException('UNAVAILABLE', e.detail, { field: 'projections', correlationId: e.extra.correlationId, retryAfterSeconds: 10 });
      throw e;
    }
  }

  /** The investor acts for its company: the BIN of its organisation goes with the query (§9.2 INV "r (own)"). */
  private async investorBin(actor: Actor): Promise<string | undefined> {
    if (actor.role !== 'INV') return undefined;
    const org = await this.orgs.findOne({ where: { id: actor.organizationId } });
    if (!org?.bin) throw new ProblemException('WRONG_ROLE', 'the investor organisation has no BIN', { field: 'organization.bin' });
    return org.bin;
  }

  /** Names (kk/ru/en) of the organisations with these ids; the gateway keeps the organisation directory. */
  private async organizationNames(ids: (string | null)[]): Promise<Map<string, OrganizationName>> {
    const uuids = [...new Set(ids.filter((i): i is string => i !== null && /^[0-9a-f-]{36}$/i.test(i)))];
    if (uuids.length === 0) return new Map();
    const rows = await this.orgs.find({ where: { id: In(uuids) } });
    return new Map(rows.map((o) => [o.id, { kk: o.nameKk, ru: o.nameRu, en: o.nameEn }]));
  }

  private async file(res: Response, pattern: string, actor: Actor, data: object, meta: RequestMeta, format: 'csv' | 'xlsx'): Promise<ExportFile> {
    const file = await this.call<ExportFile>(pattern, actor, { ...data, format }, meta);
    if (!file || typeof file.body !== 'string' || typeof file.filename !== 'string' || (format === 'xlsx' && file.encoding !== 'base64'))
      throw new ProblemException('INTERNAL', 'malformed export from the reporting service', { correlationId: meta.correlationId });
    res.setHeader('content-type', file.contentType);
    res.setHeader('content-disposition', `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`);
    return file;
  }

  private async csv(res: Response, pattern: string, actor: Actor, data: object, meta: RequestMeta): Promise<string> {
    return (await this.file(res, pattern, actor, data, meta, 'csv')).body;
  }

  private async xlsx(res: Response, pattern: string, actor: Actor, data: object, meta: RequestMeta): Promise<StreamableFile> {
    const file = await this.file(res, pattern, actor, data, meta, 'xlsx');
    return new StreamableFile(Buffer.from(file.body, 'base64'), { type: XLSX });
  }

  // ---- dashboard ----

  @Get('reports/project-counts')
  @Allow('*')
  @ApiOperation({ summary: 'Projects per region in Module 2 and Module 3 (the owning service checks the dashboard right)' })
  projectCounts(@CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.call(COMMANDS.reporting.projectCounts, actor, {}, meta);
  }

  @Get('reports/dashboard')
  @Allow(...DASHBOARD_OWN)
  @ApiOperation({ summary: 'Dashboard: projects by region, pool, sector, module and status; pool totals; traffic-light counts of open tasks (§4.6)' })
  async dashboard(@Query() q: DashboardQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.call(COMMANDS.reporting.dashboard, actor, { ...q, format: 'json', investorBin: await this.investorBin(actor) }, meta);
  }

  @Get('reports/dashboard/export.csv')
  @Allow(...DASHBOARD_OWN)
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The dashboard as CSV (labels in the Accept-Language)' })
  async dashboardCsv(
    @Query() q: DashboardQueryDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return this.csv(res, COMMANDS.reporting.dashboard, actor, { ...q, investorBin: await this.investorBin(actor) }, meta);
  }

  @Get('reports/dashboard/export.xlsx')
  @Allow(...DASHBOARD_OWN)
  @ApiProduces(XLSX)
  @ApiOperation({ summary: 'The dashboard as XLSX (labels in the Accept-Language)' })
  async dashboardXlsx(
    @Query() q: DashboardQueryDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return this.xlsx(res, COMMANDS.reporting.dashboard, actor, { ...q, investorBin: await this.investorBin(actor) }, meta);
  }

  @Get('reports/initiative-funnel')
  @Allow(...DASHBOARD)
  @ApiOperation({ summary: 'Initiative funnel from meetings to Module 3: counts, conversion rates, days between stages' })
  funnel(@Query() q: FunnelQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.call(COMMANDS.reporting.initiativeFunnel, actor, { ...q, format: 'json' }, meta);
  }

  @Get('reports/initiative-funnel/export.csv')
  @Allow(...DASHBOARD)
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The initiative funnel as CSV' })
  funnelCsv(@Query() q: FunnelQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta, @Res({ passthrough: true }) res: Response): Promise<string> {
    return this.csv(res, COMMANDS.reporting.initiativeFunnel, actor, q, meta);
  }

  @Get('reports/initiative-funnel/export.xlsx')
  @Allow(...DASHBOARD)
  @ApiProduces(XLSX)
  @ApiOperation({ summary: 'The initiative funnel as XLSX' })
  funnelXlsx(
    @Query() q: FunnelQueryDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return this.xlsx(res, COMMANDS.reporting.initiativeFunnel, actor, q, meta);
  }

  @Get('reports/projects')
  @Allow(...DASHBOARD_OWN)
  @ApiOperation({ summary: 'Green-corridor (list=GREEN_CORRIDOR) or Task Force (list=TASK_FORCE) projects' })
  async projects(@Query() q: DashboardProjectsQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.call(COMMANDS.reporting.listDashboardProjects, actor, { ...q, format: 'json', investorBin: await this.investorBin(actor) }, meta);
  }

  @Get('reports/projects/export.csv')
  @Allow(...DASHBOARD_OWN)
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Green-corridor or Task Force projects as CSV (one page)' })
  async projectsCsv(
    @Query() q: DashboardProjectsQueryDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return this.csv(res, COMMANDS.reporting.listDashboardProjects, actor, { ...q, investorBin: await this.investorBin(actor) }, meta);
  }

  @Get('reports/projects/export.xlsx')
  @Allow(...DASHBOARD_OWN)
  @ApiProduces(XLSX)
  @ApiOperation({ summary: 'Green-corridor or Task Force projects as XLSX (one page)' })
  async projectsXlsx(
    @Query() q: DashboardProjectsQueryDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return this.xlsx(res, COMMANDS.reporting.listDashboardProjects, actor, { ...q, investorBin: await this.investorBin(actor) }, meta);
  }

  // ---- region rating by overdue roadmap tasks (§4.5) ----

  @Get('ratings/regions')
  @Allow(...RATING)
  @ApiOperation({ summary: 'Region rating by overdue roadmap tasks: live for the current quarter, or a frozen closed quarter (year, quarter)' })
  regionRating(@Query() q: RegionRatingQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.call(COMMANDS.reporting.regionRating, actor, { ...q, format: 'json' }, meta);
  }

  @Get('ratings/regions/export.csv')
  @Allow(...RATING)
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The region rating as CSV' })
  regionRatingCsv(
    @Query() q: RegionRatingQueryDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return this.csv(res, COMMANDS.reporting.regionRating, actor, q, meta);
  }

  @Get('ratings/regions/export.xlsx')
  @Allow(...RATING)
  @ApiProduces(XLSX)
  @ApiOperation({ summary: 'The region rating as XLSX' })
  regionRatingXlsx(
    @Query() q: RegionRatingQueryDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return this.xlsx(res, COMMANDS.reporting.regionRating, actor, q, meta);
  }

  @Get('ratings/regions/overdue-tasks')
  @Allow(...RATING)
  @ApiOperation({ summary: 'Drill-down of a rank: the overdue tasks of a region and the organisations that held them' })
  async regionRatingTasks(@Query() q: RegionRatingTasksQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    const r = await this.call<{
      byOrganization: { responsibleOrganizationId: string | null }[];
      items: { responsibleOrganizationId: string | null }[];
    }>(COMMANDS.reporting.regionRatingTasks, actor, q, meta);
    // Reporting keeps the organisation ids of the task events; their names come from the organisation directory.
    const names = await this.organizationNames([...r.byOrganization, ...r.items].map((o) => o.responsibleOrganizationId));
    const named = <T extends { responsibleOrganizationId: string | null }>(o: T): T & { responsibleOrganizationName: OrganizationName | null } => ({
      ...o,
      responsibleOrganizationName: o.responsibleOrganizationId === null ? null : (names.get(o.responsibleOrganizationId) ?? null),
    });
    return { ...r, byOrganization: r.byOrganization.map(named), items: r.items.map(named) };
  }

  @Post('ratings/regions/recompute')
  @HttpCode(200)
  @Allow('NC', 'ADMIN')
  @ApiOperation({ summary: 'Run the daily rating recomputation now (freezes a quarter that ended)' })
  recompute(@CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.call(COMMANDS.reporting.runRatingClock, actor, {}, meta);
  }

  // ---- projections ----

  @Post('reports/projections/rebuild')
  @HttpCode(200)
  @Allow('NC', 'ADMIN')
  @ApiOperation({ summary: 'Rebuild the projections from the beginning of the topics (a new consumer group reads from offset 0)' })
  rebuild(@CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.call(COMMANDS.reporting.rebuildProjections, actor, {}, meta);
  }

  @Get('reports/projections/status')
  @Allow('NC', 'AB', 'ADMIN')
  @ApiOperation({ summary: 'Projection generation and progress per partition (caughtUp after a rebuild)' })
  projectionStatus(@CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.call(COMMANDS.reporting.projectionStatus, actor, {}, meta);
  }

  // ---- investment-attractiveness rating (004) ----

  @Post('ratings/attractiveness/hard-data')
  @HttpCode(200)
  @Allow(...ATTRACTIVENESS)
  @ApiOperation({ summary: 'Upload the hard (statistical) factors of a year as CSV; every row error is named (dryRun validates only)' })
  importHardData(@Body() dto: ImportHardDataDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.call(COMMANDS.reporting.importAttractivenessHardData, actor, dto, meta);
  }

  @Post('ratings/attractiveness/survey-responses')
  @Allow(...ATTRACTIVENESS, 'NCR', 'RO')
  @ApiOperation({ summary: 'Enter one respondent’s survey form (004 Form blocks 1–2, 16 questions)' })
  submitSurvey(@Body() dto: SubmitSurveyResponseDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.call(COMMANDS.reporting.submitAttractivenessSurvey, actor, dto, meta);
  }

  @Get('ratings/attractiveness')
  @Allow('*')
  @ApiOperation({ summary: 'The published attractiveness rating of a year (latest or one version) with per-factor scores; preview=true computes now (AB, NC)' })
  attractiveness(@Query() q: AttractivenessQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.call(COMMANDS.reporting.attractivenessRating, actor, { ...q, format: 'json' }, meta);
  }

  @Get('ratings/attractiveness/export.csv')
  @Allow('*')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The attractiveness rating as CSV' })
  attractivenessCsv(
    @Query() q: AttractivenessQueryDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return this.csv(res, COMMANDS.reporting.attractivenessRating, actor, q, meta);
  }

  @Get('ratings/attractiveness/export.xlsx')
  @Allow('*')
  @ApiProduces(XLSX)
  @ApiOperation({ summary: 'The attractiveness rating as XLSX' })
  attractivenessXlsx(
    @Query() q: AttractivenessQueryDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return this.xlsx(res, COMMANDS.reporting.attractivenessRating, actor, q, meta);
  }

  @Post('ratings/attractiveness/publish')
  @Allow(...ATTRACTIVENESS)
  @ApiOperation({ summary: 'Compute and publish the year’s rating as a new version (event reporting.attractiveness-rating.published)' })
  publish(@Body() dto: PublishAttractivenessDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.call(COMMANDS.reporting.publishAttractivenessRating, actor, dto, meta);
  }

  // ---- quarterly reports (§10.1 R1–R3) ----

  @Post('reports/quarterly')
  @Allow(...FRONT_OFFICES)
  @ApiOperation({ summary: 'Submit the front office’s quarterly report (due the 15th of the month after the quarter; late ones are flagged)' })
  submitQuarterly(@Body() dto: SubmitQuarterlyReportDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.call(COMMANDS.reporting.submitQuarterlyReport, actor, dto, meta);
  }

  @Post('reports/quarterly/consolidated')
  @Allow('NC', 'ADMIN')
  @ApiOperation({ summary: 'The National Company’s consolidated quarterly report to the authorized body (due the 20th)' })
  consolidate(@Body() dto: SubmitQuarterlyReportDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.call(COMMANDS.reporting.consolidateQuarterlyReports, actor, dto, meta);
  }

  @Get('reports/quarterly')
  @Allow(...FRONT_OFFICES, 'NC', 'AB', 'ADMIN')
  @ApiOperation({ summary: 'Quarterly reports the caller may see (AB: all; NC: regional and consolidated; a front office: its own)' })
  listQuarterly(@Query() q: ListQuarterlyReportsQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.call(COMMANDS.reporting.listQuarterlyReports, actor, { ...q, format: 'json' }, meta);
  }

  @Get('reports/quarterly/export.csv')
  @Allow(...FRONT_OFFICES, 'NC', 'AB', 'ADMIN')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The list of quarterly reports as CSV (one page)' })
  listQuarterlyCsv(
    @Query() q: ListQuarterlyReportsQueryDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return this.csv(res, COMMANDS.reporting.listQuarterlyReports, actor, q, meta);
  }

  @Get('reports/quarterly/export.xlsx')
  @Allow(...FRONT_OFFICES, 'NC', 'AB', 'ADMIN')
  @ApiProduces(XLSX)
  @ApiOperation({ summary: 'The list of quarterly reports as XLSX (one page)' })
  listQuarterlyXlsx(
    @Query() q: ListQuarterlyReportsQueryDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return this.xlsx(res, COMMANDS.reporting.listQuarterlyReports, actor, q, meta);
  }

  @Get('reports/quarterly/:id')
  @Allow(...FRONT_OFFICES, 'NC', 'AB', 'ADMIN')
  @ApiOperation({ summary: 'One quarterly report' })
  getQuarterly(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.call(COMMANDS.reporting.getQuarterlyReport, actor, { reportId: id, format: 'json' }, meta);
  }

  @Get('reports/quarterly/:id/export.csv')
  @Allow(...FRONT_OFFICES, 'NC', 'AB', 'ADMIN')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'One quarterly report as CSV' })
  getQuarterlyCsv(
    @Param('id', uuidParam('id')) id: string,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return this.csv(res, COMMANDS.reporting.getQuarterlyReport, actor, { reportId: id }, meta);
  }

  @Get('reports/quarterly/:id/export.xlsx')
  @Allow(...FRONT_OFFICES, 'NC', 'AB', 'ADMIN')
  @ApiProduces(XLSX)
  @ApiOperation({ summary: 'One quarterly report as XLSX' })
  getQuarterlyXlsx(
    @Param('id', uuidParam('id')) id: string,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return this.xlsx(res, COMMANDS.reporting.getQuarterlyReport, actor, { reportId: id }, meta);
  }
}
