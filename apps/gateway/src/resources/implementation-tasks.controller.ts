import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { COMMANDS, type Actor } from '@ndip/domain';
import { CompleteTaskDto, OptionalTaskReasonDto, RequestRescheduleDto, TaskProgressDto, TaskReasonDto, type TaskAction } from '@ndip/platform';
import type { Repository } from 'typeorm';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { BusClient } from '../bus/bus.client';
import { Meta, type RequestMeta } from '../http/request-meta';
import { uuidParam } from '../http/uuid.pipe';
import { OrganizationEntity } from '../identity/organization.entity';
import { investorScope } from './implementation-scope';

/** Who may record progress (§9.2 "Update task progress": E000 initiator bodies; E001 the MIO only — the service decides). */
const PROGRESS = ['MIO', 'NC', 'NCR', 'CSB', 'NCH', 'NH', 'ADMIN'] as const;

/** Module 2 roadmap tasks (apps/implementation): progress, completion, validation, reschedules, the overdue job. */
@ApiTags('implementation')
@ApiBearerAuth()
@Controller('api/v1/tasks')
export class ImplementationTasksController {
  constructor(
    private readonly bus: BusClient,
    @InjectRepository(OrganizationEntity) private readonly orgs: Repository<OrganizationEntity>,
  ) {}

  @Post('overdue-scan')
  @HttpCode(200)
  @Allow('ADMIN', 'NC')
  @ApiOperation({ summary: 'Run the daily overdue-task job once now (publishes implementation.task.became-overdue once per task and due date)' })
  overdueScan(@CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.runOverdueScan, actor, {}, meta);
  }

  @Post(':id/start')
  @HttpCode(200)
  @Allow(...PROGRESS)
  @ApiOperation({ summary: 'T2: work on the task started (E001: the MIO, with the investor consent)' })
  start(@Param('id', uuidParam('id')) id: string, @Body() dto: TaskProgressDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.act(id, 'START', dto, actor, meta);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Allow(...PROGRESS)
  @ApiOperation({ summary: 'T3: actual completion (then National Chamber validation within 5 working days where the edition requires it)' })
  complete(@Param('id', uuidParam('id')) id: string, @Body() dto: CompleteTaskDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.act(id, 'COMPLETE', dto, actor, meta);
  }

  @Post(':id/validate')
  @HttpCode(200)
  @Allow('NCH')
  @ApiOperation({ summary: 'T4: the National Chamber validates; validating the last task hands the project to Module 3' })
  validate(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.act(id, 'VALIDATE', {}, actor, meta);
  }

  @Post(':id/refuse-validation')
  @HttpCode(200)
  @Allow('NCH')
  @ApiOperation({ summary: 'T5: the National Chamber refuses the validation with a reason; the task is back in progress' })
  refuseValidation(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: TaskReasonDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.act(id, 'REFUSE_VALIDATION', dto, actor, meta);
  }

  @Post(':id/request-reschedule')
  @HttpCode(200)
  @Allow('MIO')
  @ApiOperation({ summary: 'T7: the MIO asks AB to move the due date (E001: jointly with the investor)' })
  requestReschedule(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: RequestRescheduleDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.act(id, 'REQUEST_RESCHEDULE', dto, actor, meta);
  }

  @Post(':id/approve-reschedule')
  @HttpCode(200)
  @Allow('AB')
  @ApiOperation({ summary: 'T7: AB approves the new due date (history kept)' })
  approveReschedule(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.act(id, 'APPROVE_RESCHEDULE', {}, actor, meta);
  }

  @Post(':id/refuse-reschedule')
  @HttpCode(200)
  @Allow('AB')
  @ApiOperation({ summary: 'T7: AB refuses the new due date' })
  refuseReschedule(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: OptionalTaskReasonDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.act(id, 'REFUSE_RESCHEDULE', dto, actor, meta);
  }

  private async act(id: string, action: TaskAction, dto: object, actor: Actor, meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.taskTransition, actor, { ...dto, taskId: id, action, ...(await investorScope(this.orgs, actor)) }, meta);
  }
}
