import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import { runCommand, type CommandResult } from '@ndip/platform';
import { ProjectionService, type ProjectCountRow } from './projection.service';

@Controller()
export class ProjectionController {
  constructor(private readonly projections: ProjectionService) {}

  @MessagePattern(COMMANDS.reporting.projectCounts)
  projectCounts(@Payload() msg: unknown): Promise<CommandResult<ProjectCountRow[]>> {
    return runCommand(msg, null, (_d, cmd) => this.projections.projectCounts(cmd.actor));
  }
}
