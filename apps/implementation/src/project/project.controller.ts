import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import {
  CreateProjectCommand,
  GetProjectCommand,
  ListProjectsCommand,
  ProjectIdCommand,
  ProjectReadCommand,
  UpdatePassportCommand,
  runCommand,
  type CommandResult,
  type Page,
} from '@ndip/platform';
import { scopedActor } from './project.repository';
import { ProjectService, type ProjectView, type ScoringView } from './project.service';

@Controller()
export class ProjectController {
  constructor(private readonly projects: ProjectService) {}

  @MessagePattern(COMMANDS.implementation.getProject)
  get(@Payload() msg: unknown): Promise<CommandResult<ProjectView>> {
    return runCommand(msg, GetProjectCommand, (d, cmd) => this.projects.get(d.id, scopedActor(cmd.actor, d.investorBin)));
  }

  @MessagePattern(COMMANDS.implementation.listProjects)
  list(@Payload() msg: unknown): Promise<CommandResult<Page<ProjectView>>> {
    return runCommand(msg, ListProjectsCommand, (d, cmd) => this.projects.list(cmd.actor, d));
  }

  @MessagePattern(COMMANDS.implementation.createProject)
  create(@Payload() msg: unknown): Promise<CommandResult<ProjectView>> {
    return runCommand(msg, CreateProjectCommand, (d, cmd) => this.projects.create(d, cmd));
  }

  @MessagePattern(COMMANDS.implementation.updatePassport)
  updatePassport(@Payload() msg: unknown): Promise<CommandResult<ProjectView>> {
    return runCommand(msg, UpdatePassportCommand, (d, cmd) => this.projects.updatePassport(d, cmd));
  }

  @MessagePattern(COMMANDS.implementation.completePassport)
  completePassport(@Payload() msg: unknown): Promise<CommandResult<ProjectView>> {
    return runCommand(msg, ProjectIdCommand, (d, cmd) => this.projects.completePassport(d.projectId, cmd));
  }

  @MessagePattern(COMMANDS.implementation.listGreenCorridorScorings)
  scorings(@Payload() msg: unknown): Promise<CommandResult<{ items: ScoringView[] }>> {
    return runCommand(msg, ProjectReadCommand, (d, cmd) => this.projects.scorings(d.projectId, scopedActor(cmd.actor, d.investorBin)));
  }
}
