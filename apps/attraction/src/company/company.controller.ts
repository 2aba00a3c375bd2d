import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import { CreateCompanyDto, IdDto, PageQueryDto, runCommand, type CommandResult } from '@ndip/platform';
import { CompanyService, type CompanyView } from './company.service';

@Controller()
export class CompanyController {
  constructor(private readonly companies: CompanyService) {}

  @MessagePattern(COMMANDS.attraction.createCompany)
  create(@Payload() msg: unknown): Promise<CommandResult<CompanyView>> {
    return runCommand(msg, CreateCompanyDto, (d, cmd) => this.companies.create(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.getCompany)
  get(@Payload() msg: unknown): Promise<CommandResult<CompanyView>> {
    return runCommand(msg, IdDto, (d, cmd) => this.companies.get(d.id, cmd.actor));
  }

  @MessagePattern(COMMANDS.attraction.listCompanies)
  list(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return runCommand(msg, PageQueryDto, (d, cmd) => this.companies.list(cmd.actor, d.page, d.pageSize));
  }
}
