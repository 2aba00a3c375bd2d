import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import { ImportProjectsBatchDto, runCommand, type CommandResult, type ImportBatchResult } from '@ndip/platform';
import { ProjectImportService } from './project-import.service';

/** Bulk import (issue 13): one batch of projects per command, from the gateway's import job. */
@Controller()
export class ProjectImportController {
  constructor(private readonly imports: ProjectImportService) {}

  @MessagePattern(COMMANDS.implementation.importProjects)
  importBatch(@Payload() msg: unknown): Promise<CommandResult<ImportBatchResult>> {
    return runCommand(msg, ImportProjectsBatchDto, (d, cmd) => this.imports.importBatch(d, cmd));
  }
}
