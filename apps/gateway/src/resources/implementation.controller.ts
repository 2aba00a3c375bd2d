import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { COMMANDS, ROADMAP_STAGES, ROADMAP_TEMPLATE, type Actor } from '@ndip/domain';
import {
  AssignRoadmapMioDto,
  CreateProjectDto,
  ListProjectsQueryDto,
  RoadmapDraftDto,
  RoadmapReasonDto,
  UpdatePassportDto,
  type RoadmapAction,
} from '@ndip/platform';
import type { Repository } from 'typeorm';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { BusClient } from '../bus/bus.client';
import { Meta, type RequestMeta } from '../http/request-meta';
import { uuidParam } from '../http/uuid.pipe';
import { OrganizationEntity } from '../identity/organization.entity';
import { investorScope } from './implementation-scope';

/** Initiator bodies (000 §23; 001 §21: FI too) and the operator. */
const INITIATORS = ['NC', 'NCR', 'MIO', 'CSB', 'NCH', 'NH', 'FI', 'ADMIN'] as const;

/** Module 2 "Реализация" (apps/implementation): projects, passports, green corridor, roadmaps. */
@ApiTags('implementation')
@ApiBearerAuth()
@Controller('api/v1/projects')
export class ImplementationController {
  constructor(
    private readonly bus: BusClient,
    @InjectRepository(OrganizationEntity) private readonly orgs: Repository<OrganizationEntity>,
  ) {}

  @Get()
  @Allow('*')
  @ApiOperation({ summary: 'List projects visible to the caller (scoped by organisation, region, or the investor company BIN)' })
  async list(@Query() q: ListProjectsQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.listProjects, actor, { ...q, ...(await investorScope(this.orgs, actor)) }, meta);
  }

  @Post()
  @Allow(...INITIATORS)
  @ApiOperation({ summary: 'Open a project by an initiator body (entry paths P2–P5) with what it has of the passport' })
  create(@Body() dto: CreateProjectDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.createProject, actor, dto, meta);
  }

  @Get(':id')
  @Allow('*')
  @ApiOperation({ summary: 'One project with its passport, pool, green corridor and Task Force status' })
  async get(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.getProject, actor, { id, ...(await investorScope(this.orgs, actor)) }, meta);
  }

  @Patch(':id/passport')
  @Allow(...INITIATORS)
  @ApiOperation({ summary: 'Fill in or change passport fields; pool, green corridor and Task Force are re-evaluated when their inputs change' })
  updatePassport(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdatePassportDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.updatePassport, actor, { ...dto, projectId: id }, meta);
  }

  @Post(':id/passport/complete')
  @HttpCode(200)
  @Allow(...INITIATORS)
  @ApiOperation({ summary: 'Complete the passport: checks the required fields, classifies the pool, scores the green corridor, hands off to Task Force' })
  completePassport(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.completePassport, actor, { projectId: id }, meta);
  }

  @Get(':id/green-corridor/scorings')
  @Allow('*')
  @ApiOperation({ summary: 'Green-corridor scoring history with the inputs and the per-criterion explanation' })
  async scorings(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.listGreenCorridorScorings, actor, { projectId: id, ...(await investorScope(this.orgs, actor)) }, meta);
  }

  @Get(':id/roadmap')
  @Allow('*')
  @ApiOperation({ summary: 'The roadmap: approval state, stages, tasks with traffic lights, overdue timers' })
  async roadmap(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.getRoadmap, actor, { projectId: id, ...(await investorScope(this.orgs, actor)) }, meta);
  }

  @Get(':id/tasks')
  @Allow('*')
  @ApiOperation({ summary: 'Roadmap tasks of the project with traffic light and overdue flags' })
  async tasks(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.listTasks, actor, { projectId: id, ...(await investorScope(this.orgs, actor)) }, meta);
  }

  @Post(':id/roadmap/assign-mio')
  @HttpCode(200)
  @Allow('NC', 'NCR', 'MIO', 'CSB', 'NCH', 'NH', 'ADMIN')
  @ApiOperation({ summary: 'R1: name the responsible MIO (the akimat of the project region); starts the 30-day forming period' })
  assignMio(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: AssignRoadmapMioDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.assignRoadmapMio, actor, { ...dto, projectId: id }, meta);
  }

  @Put(':id/roadmap/draft')
  @Allow('MIO')
  @ApiOperation({ summary: 'R2: the MIO forms the roadmap: the three stages with tasks (due dates, responsible, results, support measures) and risks' })
  draft(@Param('id', uuidParam('id')) id: string, @Body() dto: RoadmapDraftDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.updateRoadmapDraft, actor, { ...dto, projectId: id }, meta);
  }

  @Post(':id/roadmap/submit')
  @HttpCode(200)
  @Allow('MIO')
  @ApiOperation({ summary: 'R3: send the roadmap for approval (E000: to NC; E001: to the National Chamber, the investor and the responsible CSBs)' })
  submit(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.roadmapAction(id, 'SUBMIT', {}, actor, meta);
  }

  @Post(':id/roadmap/resubmit')
  @HttpCode(200)
  @Allow('MIO')
  @ApiOperation({ summary: 'R6 / R5: resubmit the fixed roadmap (5 working days after the rejection)' })
  resubmit(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.roadmapAction(id, 'RESUBMIT', {}, actor, meta);
  }

  @Post(':id/roadmap/approve')
  @HttpCode(200)
  @Allow('NC', 'NCR', 'ADMIN')
  @ApiOperation({ summary: 'R4 [E000]: NC approves; the project is "with roadmap"' })
  approve(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.roadmapAction(id, 'APPROVE', {}, actor, meta);
  }

  @Post(':id/roadmap/reject')
  @HttpCode(200)
  @Allow('NC', 'NCR', 'ADMIN', 'NCH', 'INV', 'CSB')
  @ApiOperation({ summary: 'R5 [E000] NC returns the roadmap / R4 [E001] an approver disagrees with an objective reason' })
  async reject(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: RoadmapReasonDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.roadmapAction(id, 'REJECT', dto, actor, meta);
  }

  @Post(':id/roadmap/agree')
  @HttpCode(200)
  @Allow('NCH', 'INV', 'CSB')
  @ApiOperation({ summary: 'R6 [E001]: an approver agrees; when all did, the roadmap goes to AB verification' })
  agree(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.roadmapAction(id, 'AGREE', {}, actor, meta);
  }

  @Post(':id/roadmap/verify')
  @HttpCode(200)
  @Allow('AB')
  @ApiOperation({ summary: 'R7 [E001]: AB verifies the passport and the roadmap; the project is "with roadmap"' })
  verify(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.roadmapAction(id, 'VERIFY', {}, actor, meta);
  }

  @Post(':id/roadmap/fail-verification')
  @HttpCode(200)
  @Allow('AB')
  @ApiOperation({ summary: 'R8 [E001]: AB verification fails; the roadmap goes back for rework (5 working days)' })
  failVerification(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: RoadmapReasonDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.roadmapAction(id, 'FAIL_VERIFICATION', dto, actor, meta);
  }

  private async roadmapAction(id: string, action: RoadmapAction, dto: RoadmapReasonDto, actor: Actor, meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.roadmapTransition, actor, { ...dto, projectId: id, action, ...(await investorScope(this.orgs, actor)) }, meta);
  }
}

/** The roadmap template of rules.md §2.2.4 (reference data of the domain). */
@ApiTags('implementation')
@ApiBearerAuth()
@Controller('api/v1/roadmap-template')
export class RoadmapTemplateController {
  @Get()
  @Allow('*')
  @ApiOperation({ summary: 'The three roadmap stages and their typical tasks (template codes and titles)' })
  template(): unknown {
    return { stages: ROADMAP_STAGES.map((stage) => ({ stage, tasks: ROADMAP_TEMPLATE.filter((t) => t.stage === stage) })) };
  }
}
