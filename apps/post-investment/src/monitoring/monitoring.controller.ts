import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import { PageQueryDto, ProjectIdCommand, runCommand, type CommandResult, type Page } from '@ndip/platform';
import { MonitoringService, type MonitoringView } from './monitoring.service';

@Controller()
export class MonitoringController {
  constructor(private readonly monitoring: MonitoringService) {}

  @MessagePattern(COMMANDS['post-investment'].getMonitoringByProject)
  byProject(@Payload() msg: unknown): Promise<CommandResult<MonitoringView>> {
    return runCommand(msg, ProjectIdCommand, (d, cmd) => this.monitoring.byProject(d.projectId, cmd.actor));
  }

  @MessagePattern(COMMANDS['post-investment'].listMonitoring)
  list(@Payload() msg: unknown): Promise<CommandResult<Page<MonitoringView>>> {
    return runCommand(msg, PageQueryDto, (d, cmd) => this.monitoring.list(cmd.actor, d.page, d.pageSize));
  }
}
