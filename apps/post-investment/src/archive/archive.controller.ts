import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import { ProjectScopedCommand, runCommand, type CommandResult } from '@ndip/platform';
import { ArchiveService, type ArchiveView } from './archive.service';

@Controller()
export class ArchiveController {
  constructor(private readonly archives: ArchiveService) {}

  @MessagePattern(COMMANDS['post-investment'].archiveMonitoring)
  archive(@Payload() msg: unknown): Promise<CommandResult<ArchiveView>> {
    return runCommand(msg, ProjectScopedCommand, (d, cmd) => this.archives.archive(d, cmd));
  }

  @MessagePattern(COMMANDS['post-investment'].getArchive)
  get(@Payload() msg: unknown): Promise<CommandResult<ArchiveView>> {
    return runCommand(msg, ProjectScopedCommand, (d, cmd) => this.archives.get(d, cmd.actor));
  }
}
