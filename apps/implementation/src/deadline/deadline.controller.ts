import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import { runCommand, type CommandResult } from '@ndip/platform';
import { DeadlineService, type DeadlineScanResult } from './deadline.service';

@Controller()
export class DeadlineController {
  constructor(private readonly deadlines: DeadlineService) {}

  @MessagePattern(COMMANDS.implementation.runDeadlineScan)
  run(@Payload() msg: unknown): Promise<CommandResult<DeadlineScanResult>> {
    return runCommand(msg, null, (_d, cmd) => this.deadlines.runNow(cmd));
  }
}
