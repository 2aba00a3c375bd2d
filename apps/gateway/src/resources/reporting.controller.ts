import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COMMANDS, type Actor } from '@ndip/domain';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { BusClient } from '../bus/bus.client';
import { Meta, type RequestMeta } from '../http/request-meta';

/** Reporting (apps/reporting). */
@ApiTags('reporting')
@ApiBearerAuth()
@Controller('api/v1/reports')
export class ReportingController {
  constructor(private readonly bus: BusClient) {}

  @Get('project-counts')
  @Allow('*')
  @ApiOperation({ summary: 'Projects per region in Module 2 and Module 3 (the owning service checks the dashboard right)' })
  projectCounts(@CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.reporting.projectCounts, actor, {}, meta);
  }
}
