import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import { DashboardProjectsQueryDto, DashboardQueryDto, FunnelQueryDto, runCommand, type CommandResult } from '@ndip/platform';
import { exportOr, localeOf } from '../common/command';
import { DashboardService } from './dashboard.service';

@Controller()
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @MessagePattern(COMMANDS.reporting.dashboard)
  summary(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return runCommand(msg, DashboardQueryDto, (d, cmd) =>
      exportOr(
        d.format,
        () => this.dashboard.dashboardExport(cmd.actor, d, localeOf(cmd)),
        () => this.dashboard.dashboard(cmd.actor, d),
      ),
    );
  }

  @MessagePattern(COMMANDS.reporting.initiativeFunnel)
  funnel(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return runCommand(msg, FunnelQueryDto, (d, cmd) =>
      exportOr(
        d.format,
        () => this.dashboard.funnelExport(cmd.actor, d, localeOf(cmd)),
        () => this.dashboard.funnel(cmd.actor, d),
      ),
    );
  }

  @MessagePattern(COMMANDS.reporting.listDashboardProjects)
  projects(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return runCommand(msg, DashboardProjectsQueryDto, (d, cmd) =>
      exportOr(
        d.format,
        () => this.dashboard.projectsExport(cmd.actor, d, localeOf(cmd)),
        () => this.dashboard.projects(cmd.actor, d),
      ),
    );
  }
}
