import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import { runCommand, type CommandResult } from '@ndip/platform';
import { ProjectionAdminService, type ProjectionStatus } from './projection-admin.service';
import { ProjectionService, type ProjectCountRow } from './projection.service';

@Controller()
export class ProjectionController {
  constructor(
    private readonly projections: ProjectionService,
    private readonly admin: ProjectionAdminService,
  ) {}

  @MessagePattern(COMMANDS.reporting.projectCounts)
  projectCounts(@Payload() msg: unknown): Promise<CommandResult<ProjectCountRow[]>> {
    return runCommand(msg, null, (_d, cmd) => this.projections.projectCounts(cmd.actor));
  }

  @MessagePattern(COMMANDS.reporting.rebuildProjections)
  rebuild(@Payload() msg: unknown): Promise<CommandResult<ProjectionStatus>> {
    return runCommand(msg, null, (_d, cmd) => this.admin.rebuild(cmd));
  }

  @MessagePattern(COMMANDS.reporting.projectionStatus)
  status(@Payload() msg: unknown): Promise<CommandResult<ProjectionStatus>> {
    return runCommand(msg, null, (_d, cmd) => this.admin.status(cmd.actor));
  }
}
