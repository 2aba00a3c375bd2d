import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { COMMANDS, type Actor, type OrganizationType } from '@ndip/domain';
import {
  AnswerIssueDto,
  AssignIssueDto,
  CompleteMonitoringDto,
  ListChangesQueryDto,
  ListIssuesQueryDto,
  ListKpiReportsQueryDto,
  ListMonitoringQueryDto,
  RaiseIssueDto,
  RecordChangeDto,
  RunJobsDto,
  SubmitKpiReportDto,
  TriageIssueDto,
} from '@ndip/platform';
import type { Repository } from 'typeorm';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { BusClient } from '../bus/bus.client';
import { ProblemException } from '../http/problem';
import { Meta, type RequestMeta } from '../http/request-meta';
import { uuidParam } from '../http/uuid.pipe';
import { OrganizationEntity } from '../identity/organization.entity';

/** Who reads Module 3 records (the service scopes: region, own company). */
const READERS: OrganizationType[] = ['NC', 'AB', 'CIA', 'ADMIN', 'MIO', 'NCR', 'RO', 'RIHQ', 'INV'];
/** §9.2 "Consider issues; record changes; final analysis; complete Module 3": AB X, NC x (ADMIN as operator). */
const MANAGERS: OrganizationType[] = ['AB', 'NC', 'ADMIN'];
/** §9.2 "Operate NDIP": NC X (ADMIN as operator). */
const OPERATORS: OrganizationType[] = ['NC', 'ADMIN'];
const M3 = COMMANDS['post-investment'];

function periodNoParam(): ParseIntPipe {
  return new ParseIntPipe({ exceptionFactory: () => new ProblemException('INVALID_INPUT', 'periodNo must be a whole number', { field: 'periodNo' }) });
}

/** Module 3 "Post-investment" (apps/post-investment): monitoring periods, investor issues, KPI plan, change log, completion, archive. */
@ApiTags('post-investment')
@ApiBearerAuth()
@Controller('api/v1')
export class PostInvestmentController {
  constructor(
    private readonly bus: BusClient,
    @InjectRepository(OrganizationEntity) private readonly orgs: Repository<OrganizationEntity>,
  ) {}

  /** Investor callers act for the company of their organisation: its BIN goes with the command (§9.3 INV). */
  private async investorBin(actor: Actor): Promise<string | undefined> {
    if (actor.role !== 'INV') return undefined;
    const org = await this.orgs.findOne({ where: { id: actor.organizationId } });
    if (!org?.bin) throw new ProblemException('WRONG_ROLE', 'the investor organisation has no BIN', { field: 'organization.bin' });
    return org.bin;
  }

  @Get('monitoring')
  @Allow(...READERS)
  @ApiOperation({ summary: 'List post-investment monitoring periods visible to the caller (filter, sort, paginate)' })
  async list(@Query() q: ListMonitoringQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(M3.listMonitoring, actor, { ...q, investorBin: await this.investorBin(actor) }, meta);
  }

  @Get('monitoring/by-project/:projectId')
  @Allow(...READERS)
  @ApiOperation({ summary: 'The monitoring period of one project (dates, pool status, Module 3 status)' })
  async byProject(@Param('projectId', uuidParam('projectId')) projectId: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(M3.getMonitoringByProject, actor, { projectId, investorBin: await this.investorBin(actor) }, meta);
  }

  @Get('monitoring/by-project/:projectId/kpi-reports')
  @Allow(...READERS)
  @ApiOperation({ summary: 'The KPI collection plan of the project: periods, due dates, reminders, overdue flags, figures' })
  async kpiReports(
    @Param('projectId', uuidParam('projectId')) projectId: string,
    @Query() q: ListKpiReportsQueryDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.bus.call(M3.listKpiReports, actor, { ...q, projectId, investorBin: await this.investorBin(actor) }, meta);
  }

  @Post('monitoring/by-project/:projectId/kpi-reports/:periodNo/submit')
  @HttpCode(200)
  @Allow('INV')
  @ApiOperation({ summary: 'The investor reports its figures for one period (jobs created, capital spent, output)' })
  async submitKpiReport(
    @Param('projectId', uuidParam('projectId')) projectId: string,
    @Param('periodNo', periodNoParam()) periodNo: number,
    @Body() dto: SubmitKpiReportDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.bus.call(M3.submitKpiReport, actor, { ...dto, projectId, periodNo, investorBin: await this.investorBin(actor) }, meta);
  }

  @Get('monitoring/by-project/:projectId/changes')
  @Allow(...READERS)
  @ApiOperation({ summary: 'The change log of the project and its investment contract (who, when, why)' })
  async changes(
    @Param('projectId', uuidParam('projectId')) projectId: string,
    @Query() q: ListChangesQueryDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.bus.call(M3.listChanges, actor, { ...q, projectId, investorBin: await this.investorBin(actor) }, meta);
  }

  @Post('monitoring/by-project/:projectId/changes')
  @Allow(...MANAGERS)
  @ApiOperation({ summary: 'Record a change of the project or its investment contract (000 §62)' })
  recordChange(
    @Param('projectId', uuidParam('projectId')) projectId: string,
    @Body() dto: RecordChangeDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.bus.call(M3.recordChange, actor, { ...dto, projectId }, meta);
  }

  @Post('monitoring/by-project/:projectId/complete')
  @HttpCode(200)
  @Allow(...MANAGERS)
  @ApiOperation({ summary: 'Final analysis and completion of Module 3 once all obligations are fulfilled (000 §62–63)' })
  complete(
    @Param('projectId', uuidParam('projectId')) projectId: string,
    @Body() dto: CompleteMonitoringDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.bus.call(M3.completeMonitoring, actor, { ...dto, projectId }, meta);
  }

  @Post('monitoring/by-project/:projectId/archive')
  @HttpCode(200)
  @Allow(...OPERATORS)
  @ApiOperation({ summary: 'Archive a completed project: all its documents, read-only afterwards (000 §64)' })
  archive(@Param('projectId', uuidParam('projectId')) projectId: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(M3.archiveMonitoring, actor, { projectId }, meta);
  }

  @Get('monitoring/by-project/:projectId/archive')
  @Allow('*')
  @ApiOperation({ summary: 'The archive of a project, for analytics and reports (the service checks §9.2 "Read archived project data")' })
  async getArchive(@Param('projectId', uuidParam('projectId')) projectId: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(M3.getArchive, actor, { projectId, investorBin: await this.investorBin(actor) }, meta);
  }

  @Post('issues')
  @Allow('INV')
  @ApiOperation({ summary: 'The investor raises a problem issue or a climate proposal on its project in Module 3 (000 §61)' })
  async raiseIssue(@Body() dto: RaiseIssueDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(M3.raiseIssue, actor, { ...dto, investorBin: await this.investorBin(actor) }, meta);
  }

  @Get('issues')
  @Allow(...READERS)
  @ApiOperation({ summary: 'List Module 3 issues visible to the caller (investors: their own company only)' })
  async listIssues(@Query() q: ListIssuesQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(M3.listIssues, actor, { ...q, investorBin: await this.investorBin(actor) }, meta);
  }

  @Get('issues/:id')
  @Allow(...READERS)
  @ApiOperation({ summary: 'One Module 3 issue with its SLA' })
  async getIssue(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(M3.getIssue, actor, { issueId: id, investorBin: await this.investorBin(actor) }, meta);
  }

  @Post('issues/:id/triage')
  @HttpCode(200)
  @Allow(...MANAGERS)
  @ApiOperation({ summary: 'Triage an issue (may correct its category; the SLA is recounted from the day it was raised)' })
  triage(@Param('id', uuidParam('id')) id: string, @Body() dto: TriageIssueDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(M3.triageIssue, actor, { ...dto, issueId: id }, meta);
  }

  @Post('issues/:id/assign')
  @HttpCode(200)
  @Allow(...MANAGERS)
  @ApiOperation({ summary: 'Assign an issue to the responsible agency' })
  assign(@Param('id', uuidParam('id')) id: string, @Body() dto: AssignIssueDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(M3.assignIssue, actor, { ...dto, issueId: id }, meta);
  }

  @Post('issues/:id/answer')
  @HttpCode(200)
  @Allow(...MANAGERS)
  @ApiOperation({ summary: 'Answer an issue' })
  answer(@Param('id', uuidParam('id')) id: string, @Body() dto: AnswerIssueDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(M3.answerIssue, actor, { ...dto, issueId: id }, meta);
  }

  @Post('issues/:id/close')
  @HttpCode(200)
  @Allow(...MANAGERS)
  @ApiOperation({ summary: 'Close an answered issue' })
  close(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(M3.closeIssue, actor, { issueId: id }, meta);
  }

  @Post('post-investment/jobs/run')
  @HttpCode(200)
  @Allow(...OPERATORS)
  @ApiOperation({ summary: 'Run the Module 3 jobs once by the service clock: period end and national-pool exclusion, issue SLA, KPI reminders' })
  runJobs(@Body() dto: RunJobsDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(M3.runJobs, actor, dto, meta);
  }
}
