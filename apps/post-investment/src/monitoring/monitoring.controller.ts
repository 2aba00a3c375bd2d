import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import {
  CompleteMonitoringCommand,
  ListChangesCommand,
  ListMonitoringCommand,
  ProjectScopedCommand,
  RecordChangeCommand,
  runCommand,
  type CommandResult,
  type Page,
} from '@ndip/platform';
import { MonitoringService, type ChangeView, type MonitoringView } from './monitoring.service';

@Controller()
export class MonitoringController {
  constructor(private readonly monitoring: MonitoringService) {}

  @MessagePattern(COMMANDS['post-investment'].getMonitoringByProject)
  byProject(@Payload() msg: unknown): Promise<CommandResult<MonitoringView>> {
    return runCommand(msg, ProjectScopedCommand, (d, cmd) => this.monitoring.byProject(d.projectId, cmd.actor, d.investorBin));
  }

  @MessagePattern(COMMANDS['post-investment'].listMonitoring)
  list(@Payload() msg: unknown): Promise<CommandResult<Page<MonitoringView>>> {
    return runCommand(msg, ListMonitoringCommand, (d, cmd) => this.monitoring.list(cmd.actor, d));
  }

  @MessagePattern(COMMANDS['post-investment'].recordChange)
  recordChange(@Payload() msg: unknown): Promise<CommandResult<ChangeView>> {
    return runCommand(msg, RecordChangeCommand, (d, cmd) => this.monitoring.recordChange(d, cmd));
  }

  @MessagePattern(COMMANDS['post-investment'].listChanges)
  listChanges(@Payload() msg: unknown): Promise<CommandResult<Page<ChangeView>>> {
    return runCommand(msg, ListChangesCommand, (d, cmd) => this.monitoring.listChanges(d, cmd.actor));
  }

  @MessagePattern(COMMANDS['post-investment'].completeMonitoring)
  complete(@Payload() msg: unknown): Promise<CommandResult<MonitoringView>> {
    return runCommand(msg, CompleteMonitoringCommand, (d, cmd) => this.monitoring.complete(d, cmd));
  }
}
