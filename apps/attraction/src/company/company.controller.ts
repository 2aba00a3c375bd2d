import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import {
  CompanyIdCommand,
  CompanyPageCommand,
  CompleteKycCommand,
  UpdateContactCommand,
  CreateCompanyDto,
  CreateContactCommand,
  IdDto,
  ListCompaniesQueryDto,
  MergeCompanyCommand,
  OverrideKycCommand,
  StartKycCommand,
  UpdateCompanyCommand,
  runCommand,
  type CommandResult,
  type Page,
} from '@ndip/platform';
import { CompanyService, type CompanyView, type ContactView, type KycView } from './company.service';

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
  list(@Payload() msg: unknown): Promise<CommandResult<Page<CompanyView>>> {
    return runCommand(msg, ListCompaniesQueryDto, (d, cmd) => this.companies.list(cmd.actor, d));
  }

  @MessagePattern(COMMANDS.attraction.updateCompany)
  update(@Payload() msg: unknown): Promise<CommandResult<CompanyView>> {
    return runCommand(msg, UpdateCompanyCommand, (d, cmd) => this.companies.update(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.companyDuplicates)
  duplicates(@Payload() msg: unknown): Promise<CommandResult<CompanyView[]>> {
    return runCommand(msg, CompanyIdCommand, (d, cmd) => this.companies.duplicates(d, cmd.actor));
  }

  @MessagePattern(COMMANDS.attraction.mergeCompany)
  merge(@Payload() msg: unknown): Promise<CommandResult<CompanyView>> {
    return runCommand(msg, MergeCompanyCommand, (d, cmd) => this.companies.merge(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.addContact)
  addContact(@Payload() msg: unknown): Promise<CommandResult<ContactView>> {
    return runCommand(msg, CreateContactCommand, (d, cmd) => this.companies.addContact(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.updateContact)
  updateContact(@Payload() msg: unknown): Promise<CommandResult<ContactView>> {
    return runCommand(msg, UpdateContactCommand, (d, cmd) => this.companies.updateContact(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.listContacts)
  contacts(@Payload() msg: unknown): Promise<CommandResult<Page<ContactView>>> {
    return runCommand(msg, CompanyPageCommand, (d, cmd) => this.companies.contacts(d, cmd.actor));
  }

  @MessagePattern(COMMANDS.attraction.startKyc)
  startKyc(@Payload() msg: unknown): Promise<CommandResult<KycView>> {
    return runCommand(msg, StartKycCommand, (d, cmd) => this.companies.startKyc(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.completeKyc)
  completeKyc(@Payload() msg: unknown): Promise<CommandResult<KycView>> {
    return runCommand(msg, CompleteKycCommand, (d, cmd) => this.companies.completeKyc(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.overrideKyc)
  overrideKyc(@Payload() msg: unknown): Promise<CommandResult<KycView>> {
    return runCommand(msg, OverrideKycCommand, (d, cmd) => this.companies.overrideKyc(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.listKyc)
  kyc(@Payload() msg: unknown): Promise<CommandResult<Page<KycView>>> {
    return runCommand(msg, CompanyPageCommand, (d, cmd) => this.companies.kycChecks(d, cmd.actor));
  }
}
