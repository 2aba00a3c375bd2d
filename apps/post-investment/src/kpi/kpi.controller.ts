import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import { ListKpiReportsCommand, SubmitKpiReportCommand, runCommand, type CommandResult, type Page } from '@ndip/platform';
import { KpiService, type KpiReportView } from './kpi.service';

@Controller()
export class KpiController {
  constructor(private readonly kpi: KpiService) {}

  @MessagePattern(COMMANDS['post-investment'].listKpiReports)
  list(@Payload() msg: unknown): Promise<CommandResult<Page<KpiReportView>>> {
    return runCommand(msg, ListKpiReportsCommand, (d, cmd) => this.kpi.list(d, cmd.actor));
  }

  @MessagePattern(COMMANDS['post-investment'].submitKpiReport)
  submit(@Payload() msg: unknown): Promise<CommandResult<KpiReportView>> {
    return runCommand(msg, SubmitKpiReportCommand, (d, cmd) => this.kpi.submit(d, cmd));
  }
}
