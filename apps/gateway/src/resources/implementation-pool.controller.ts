import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { COMMANDS, type Actor } from '@ndip/domain';
import {
  AssessProsecutorCaseDto,
  DecidePoolRequestDto,
  DraftRestrictiveMeasureDto,
  ListProsecutorCasesQueryDto,
  ListRestrictiveMeasuresQueryDto,
  MeasureAppliedDto,
  MeasureReasonDto,
  RegisterProsecutorCaseDto,
  SubmitPoolRequestDto,
  type CaseAction,
  type MeasureAction,
} from '@ndip/platform';
import type { Repository } from 'typeorm';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { BusClient } from '../bus/bus.client';
import { Meta, type RequestMeta } from '../http/request-meta';
import { uuidParam } from '../http/uuid.pipe';
import { OrganizationEntity } from '../identity/organization.entity';
import { investorScope } from './implementation-scope';

/** §9.2 "Request suspension/exclusion from national pool" (the MIO on any ground; the others G6 only — the service decides). */
const POOL_REQUESTERS = ['INV', 'NC', 'NCR', 'MIO', 'CSB', 'NCH', 'NH'] as const;
/** Bodies that draft restrictive measures (§9.2 PF: MIO, CSB, quasi-state / tax bodies). */
const PF_INITIATORS = ['MIO', 'CSB', 'OSB'] as const;
const PROSECUTORS = ['PRR', 'PRG'] as const;

/** Module 2 national pool: suspension, exclusion and resumption requests decided by AB (rules.md §6). */
@ApiTags('implementation')
@ApiBearerAuth()
@Controller('api/v1/projects')
export class ImplementationPoolController {
  constructor(
    private readonly bus: BusClient,
    @InjectRepository(OrganizationEntity) private readonly orgs: Repository<OrganizationEntity>,
  ) {}

  @Get(':id/pool')
  @Allow('*')
  @ApiOperation({ summary: 'Pool membership of a project: status, the pending request with its 5-working-day decision date, the request history' })
  async get(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.getPoolMembership, actor, { projectId: id, ...(await investorScope(this.orgs, actor)) }, meta);
  }

  @Post(':id/pool/requests')
  @Allow(...POOL_REQUESTERS)
  @ApiOperation({ summary: 'Q1/Q5/Q6: request suspension, exclusion or resumption with grounds G1–G6 and a justification; AB decides within 5 working days' })
  async submit(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: SubmitPoolRequestDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.submitPoolRequest, actor, { ...dto, projectId: id, ...(await investorScope(this.orgs, actor)) }, meta);
  }

  @Post(':id/pool/requests/:requestId/decide')
  @HttpCode(200)
  @Allow('AB')
  @ApiOperation({ summary: 'Q2–Q6: AB suspends, excludes, resumes or refuses (with a reason) the pending request' })
  decide(
    @Param('id', uuidParam('id')) id: string,
    @Param('requestId', uuidParam('requestId')) requestId: string,
    @Body() dto: DecidePoolRequestDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.decidePoolRequest, actor, { ...dto, projectId: id, requestId }, meta);
  }
}

/** [E001] Prosecutor filter: restrictive measures (K1) and tax-inspection acts (K3) approved by the routed prosecutor (rules.md §7.2). */
@ApiTags('implementation')
@ApiBearerAuth()
@Controller('api/v1/restrictive-measures')
export class RestrictiveMeasureController {
  constructor(
    private readonly bus: BusClient,
    @InjectRepository(OrganizationEntity) private readonly orgs: Repository<OrganizationEntity>,
  ) {}

  @Get()
  @Allow('INV', 'MIO', 'CSB', 'OSB', 'PRR', 'PRG', 'AB', 'ADMIN')
  @ApiOperation({
    summary: 'Measures visible to the caller: the initiating body its own, a prosecutor those routed to it, an investor those about its projects',
  })
  async list(@Query() q: ListRestrictiveMeasuresQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.listRestrictiveMeasures, actor, { ...q, ...(await investorScope(this.orgs, actor)) }, meta);
  }

  @Post()
  @Allow(...PF_INITIATORS)
  @ApiOperation({
    summary: 'F1: draft a measure about an investor with a Module 2 project; routed to the PRR of the project region (local) or the PRG (central)',
  })
  draft(@Body() dto: DraftRestrictiveMeasureDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.draftRestrictiveMeasure, actor, dto, meta);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Allow(...PF_INITIATORS)
  @ApiOperation({ summary: 'F2: submit for the prosecutor approval' })
  submit(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.act(id, 'SUBMIT', {}, actor, meta);
  }

  @Post(':id/take')
  @HttpCode(200)
  @Allow(...PROSECUTORS)
  @ApiOperation({ summary: 'F3: the routed prosecutor takes the measure into review' })
  take(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.act(id, 'TAKE_INTO_REVIEW', {}, actor, meta);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Allow(...PROSECUTORS)
  @ApiOperation({ summary: 'F4: the routed prosecutor approves; the measure may be applied' })
  approve(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.act(id, 'APPROVE', {}, actor, meta);
  }

  @Post(':id/refuse')
  @HttpCode(200)
  @Allow(...PROSECUTORS)
  @ApiOperation({ summary: 'F5: the routed prosecutor refuses with a reason; the measure must not be applied' })
  refuse(@Param('id', uuidParam('id')) id: string, @Body() dto: MeasureReasonDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.act(id, 'REFUSE', dto, actor, meta);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Allow(...PROSECUTORS)
  @ApiOperation({ summary: 'F6: the routed prosecutor returns the draft for correction with a reason' })
  returnForCorrection(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: MeasureReasonDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.act(id, 'RETURN_FOR_CORRECTION', dto, actor, meta);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Allow(...PF_INITIATORS)
  @ApiOperation({ summary: 'F7: the initiating body withdraws a draft or submitted measure' })
  withdraw(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.act(id, 'WITHDRAW', {}, actor, meta);
  }

  @Post(':id/applied')
  @HttpCode(200)
  @Allow(...PF_INITIATORS)
  @ApiOperation({ summary: 'F8: record that an approved measure was applied (date, act number)' })
  applied(@Param('id', uuidParam('id')) id: string, @Body() dto: MeasureAppliedDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.act(id, 'RECORD_APPLIED', dto, actor, meta);
  }

  private act(id: string, action: MeasureAction, dto: object, actor: Actor, meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.restrictiveMeasureTransition, actor, { ...dto, measureId: id, action }, meta);
  }
}

/** [E001] Prosecutor filter: administrative cases (K2) and lawsuits (K4) registered for the legality assessment (rules.md §7.3). */
@ApiTags('implementation')
@ApiBearerAuth()
@Controller('api/v1/prosecutor-cases')
export class ProsecutorCaseController {
  constructor(
    private readonly bus: BusClient,
    @InjectRepository(OrganizationEntity) private readonly orgs: Repository<OrganizationEntity>,
  ) {}

  @Get()
  @Allow('INV', 'MIO', 'CSB', 'OSB', 'PRR', 'PRG', 'AB', 'ADMIN')
  @ApiOperation({ summary: 'Cases visible to the caller: the registering body its own, a prosecutor those routed to it, an investor its own' })
  async list(@Query() q: ListProsecutorCasesQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.listProsecutorCases, actor, { ...q, ...(await investorScope(this.orgs, actor)) }, meta);
  }

  @Post()
  @Allow('MIO', 'CSB', 'OSB', 'PRR', 'PRG')
  @ApiOperation({ summary: 'Register an administrative case or a lawsuit against an investor of a Module 2 project; routed to PRR (local) or PRG (central)' })
  register(@Body() dto: RegisterProsecutorCaseDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.registerProsecutorCase, actor, dto, meta);
  }

  @Post(':id/start-assessment')
  @HttpCode(200)
  @Allow(...PROSECUTORS)
  @ApiOperation({ summary: 'The routed prosecutor starts the legality assessment' })
  start(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.act(id, 'START_ASSESSMENT', {}, actor, meta);
  }

  @Post(':id/assess')
  @HttpCode(200)
  @Allow(...PROSECUTORS)
  @ApiOperation({ summary: 'The routed prosecutor concludes LAWFUL or UNLAWFUL (a justification is required for UNLAWFUL)' })
  assess(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: AssessProsecutorCaseDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.act(id, 'ASSESS', dto, actor, meta);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Allow(...PROSECUTORS)
  @ApiOperation({ summary: 'The routed prosecutor closes an assessed case' })
  close(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.act(id, 'CLOSE', {}, actor, meta);
  }

  private act(id: string, action: CaseAction, dto: object, actor: Actor, meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.prosecutorCaseTransition, actor, { ...dto, caseId: id, action }, meta);
  }
}
