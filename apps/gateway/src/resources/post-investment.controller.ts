import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COMMANDS, type Actor } from '@ndip/domain';
import { PageQueryDto } from '@ndip/platform';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { BusClient } from '../bus/bus.client';
import { Meta, type RequestMeta } from '../http/request-meta';
import { uuidParam } from '../http/uuid.pipe';

/** Module 3 (apps/post-investment). */
@ApiTags('post-investment')
@ApiBearerAuth()
@Controller('api/v1/monitoring')
export class PostInvestmentController {
  constructor(private readonly bus: BusClient) {}

  @Get()
  @Allow('NC', 'AB', 'CIA', 'MIO', 'NCR', 'RO', 'RIHQ')
  @ApiOperation({ summary: 'List monitoring periods visible to the caller' })
  list(@Query() q: PageQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS['post-investment'].listMonitoring, actor, q, meta);
  }

  @Get('by-project/:projectId')
  @Allow('NC', 'AB', 'CIA', 'MIO', 'NCR', 'RO', 'RIHQ')
  @ApiOperation({ summary: 'The monitoring period of one project' })
  byProject(@Param('projectId', uuidParam('projectId')) projectId: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS['post-investment'].getMonitoringByProject, actor, { projectId }, meta);
  }
}
