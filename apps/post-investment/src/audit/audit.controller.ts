import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import { AuditQueryDto, AuditReader, runCommand, type AuditChainReport, type AuditRecord, type CommandResult, type Page } from '@ndip/platform';
import { DataSource } from 'typeorm';

/** The post-investment audit trail for the authorized body: query and chain verification (docs/security.md, "Audit"). */
@Controller()
export class AuditController {
  private readonly reader: AuditReader;

  constructor(dataSource: DataSource) {
    this.reader = new AuditReader(() => dataSource.manager);
  }

  @MessagePattern(COMMANDS['post-investment'].queryAudit)
  query(@Payload() msg: unknown): Promise<CommandResult<Page<AuditRecord>>> {
    return runCommand(msg, AuditQueryDto, (d, cmd) => this.reader.query(d, cmd.actor));
  }

  @MessagePattern(COMMANDS['post-investment'].verifyAudit)
  verify(@Payload() msg: unknown): Promise<CommandResult<AuditChainReport>> {
    return runCommand(msg, null, (_d, cmd) => this.reader.verify(cmd.actor));
  }
}
