import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import { GetQuarterlyReportDto, ListQuarterlyReportsQueryDto, SubmitQuarterlyReportDto, runCommand, type CommandResult } from '@ndip/platform';
import { exportOr, localeOf } from '../common/command';
import { QuarterlyReportService } from './quarterly-report.service';

@Controller()
export class QuarterlyReportController {
  constructor(private readonly reports: QuarterlyReportService) {}

  @MessagePattern(COMMANDS.reporting.submitQuarterlyReport)
  submit(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return runCommand(msg, SubmitQuarterlyReportDto, (d, cmd) => this.reports.submit(d, cmd));
  }

  @MessagePattern(COMMANDS.reporting.consolidateQuarterlyReports)
  consolidate(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return runCommand(msg, SubmitQuarterlyReportDto, (d, cmd) => this.reports.consolidate(d, cmd));
  }

  @MessagePattern(COMMANDS.reporting.listQuarterlyReports)
  list(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return runCommand(msg, ListQuarterlyReportsQueryDto, (d, cmd) =>
      exportOr(
        d.format,
        () => this.reports.listExport(cmd.actor, d, localeOf(cmd)),
        () => this.reports.list(cmd.actor, d),
      ),
    );
  }

  @MessagePattern(COMMANDS.reporting.getQuarterlyReport)
  get(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return runCommand(msg, GetQuarterlyReportDto, (d, cmd) =>
      exportOr(
        d.format,
        () => this.reports.getExport(cmd.actor, d, localeOf(cmd)),
        () => this.reports.get(cmd.actor, d),
      ),
    );
  }
}
