import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COMMANDS, type Actor } from '@ndip/domain';
import { CompleteProjectDto, ListProjectsQueryDto } from '@ndip/platform';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { BusClient } from '../bus/bus.client';
import { Meta, type RequestMeta } from '../http/request-meta';
import { uuidParam } from '../http/uuid.pipe';

/** Module 2 "Реализация" (apps/implementation). */
@ApiTags('implementation')
@ApiBearerAuth()
@Controller('api/v1/projects')
export class ImplementationController {
  constructor(private readonly bus: BusClient) {}

  @Get()
  @Allow('*')
  @ApiOperation({ summary: 'List projects visible to the caller (scoped by organisation and region)' })
  list(@Query() q: ListProjectsQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.listProjects, actor, q, meta);
  }

  @Get(':id')
  @Allow('*')
  @ApiOperation({ summary: 'One project with its passport and pool' })
  get(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.getProject, actor, { id }, meta);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Allow('NCH')
  @ApiOperation({ summary: 'Validate the last roadmap task and hand the project to post-investment (Module 3)' })
  complete(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: CompleteProjectDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.completeProject, actor, { ...dto, projectId: id }, meta);
  }
}
