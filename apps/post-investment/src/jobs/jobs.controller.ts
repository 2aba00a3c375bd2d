import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import { RunJobsDto, runCommand, type CommandResult } from '@ndip/platform';
import { M3JobsService, type M3JobsResult } from './m3-jobs.service';

@Controller()
export class JobsController {
  constructor(private readonly jobs: M3JobsService) {}

  @MessagePattern(COMMANDS['post-investment'].runJobs)
  run(@Payload() msg: unknown): Promise<CommandResult<M3JobsResult>> {
    return runCommand(msg, RunJobsDto, (d, cmd) => this.jobs.runOnce(cmd.actor, cmd.correlationId, d.jobs));
  }
}
