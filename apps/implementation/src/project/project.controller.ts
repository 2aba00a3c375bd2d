import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import { CompleteProjectCommand, IdDto, ListProjectsQueryDto, runCommand, type CommandResult, type Page } from '@ndip/platform';
import { ProjectService, type ProjectView } from './project.service';

@Controller()
export class ProjectController {
  constructor(private readonly projects: ProjectService) {}

  @MessagePattern(COMMANDS.implementation.getProject)
  get(@Payload() msg: unknown): Promise<CommandResult<ProjectView>> {
    return runCommand(msg, IdDto, (d, cmd) => this.projects.get(d.id, cmd.actor));
  }

  @MessagePattern(COMMANDS.implementation.listProjects)
  list(@Payload() msg: unknown): Promise<CommandResult<Page<ProjectView>>> {
    return runCommand(msg, ListProjectsQueryDto, (d, cmd) => this.projects.list(cmd.actor, d));
  }

  @MessagePattern(COMMANDS.implementation.completeProject)
  complete(@Payload() msg: unknown): Promise<CommandResult<ProjectView>> {
    return runCommand(msg, CompleteProjectCommand, (d, cmd) => this.projects.complete(d, cmd));
  }
}
