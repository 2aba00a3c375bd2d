import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import { ImportCompaniesBatchDto, runCommand, type CommandResult, type ImportBatchResult } from '@ndip/platform';
import { CompanyImportService } from './company-import.service';

/** Bulk import (issue 13): one batch of company cards per command, from the gateway's import job. */
@Controller()
export class CompanyImportController {
  constructor(private readonly imports: CompanyImportService) {}

  @MessagePattern(COMMANDS.attraction.importCompanies)
  importBatch(@Payload() msg: unknown): Promise<CommandResult<ImportBatchResult>> {
    return runCommand(msg, ImportCompaniesBatchDto, (d, cmd) => this.imports.importBatch(d, cmd));
  }
}
