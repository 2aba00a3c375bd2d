import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import {
  AssignOfficerCommand,
  ConvertInitiativeCommand,
  CreateInitiativeDto,
  ExtendInitiativeCommand,
  IdDto,
  InitiativeIdDto,
  ListInitiativesQueryDto,
  RefuseRedirectCommand,
  RequestRedirectCommand,
  ReturnInitiativeCommand,
  TransferInitiativeCommand,
  runCommand,
  type CommandResult,
  type Page,
} from '@ndip/platform';
import { InitiativeOverdueJob, type OverdueScanResult } from './initiative-overdue.job';
import { InitiativeService, type InitiativeView } from './initiative.service';

@Controller()
export class InitiativeController {
  constructor(
    private readonly initiatives: InitiativeService,
    private readonly overdue: InitiativeOverdueJob,
  ) {}

  @MessagePattern(COMMANDS.attraction.createInitiative)
  create(@Payload() msg: unknown): Promise<CommandResult<InitiativeView>> {
    return runCommand(msg, CreateInitiativeDto, (d, cmd) => this.initiatives.create(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.getInitiative)
  get(@Payload() msg: unknown): Promise<CommandResult<InitiativeView>> {
    return runCommand(msg, IdDto, (d, cmd) => this.initiatives.get(d.id, cmd.actor));
  }

  @MessagePattern(COMMANDS.attraction.listInitiatives)
  list(@Payload() msg: unknown): Promise<CommandResult<Page<InitiativeView>>> {
    return runCommand(msg, ListInitiativesQueryDto, (d, cmd) => this.initiatives.list(cmd.actor, d));
  }

  @MessagePattern(COMMANDS.attraction.transferInitiative)
  transfer(@Payload() msg: unknown): Promise<CommandResult<InitiativeView>> {
    return runCommand(msg, TransferInitiativeCommand, (d, cmd) => this.initiatives.transfer(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.assignInitiativeOfficer)
  assignOfficer(@Payload() msg: unknown): Promise<CommandResult<InitiativeView>> {
    return runCommand(msg, AssignOfficerCommand, (d, cmd) => this.initiatives.assignOfficer(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.extendInitiative)
  extend(@Payload() msg: unknown): Promise<CommandResult<InitiativeView>> {
    return runCommand(msg, ExtendInitiativeCommand, (d, cmd) => this.initiatives.extend(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.requestInitiativeRedirect)
  requestRedirect(@Payload() msg: unknown): Promise<CommandResult<InitiativeView>> {
    return runCommand(msg, RequestRedirectCommand, (d, cmd) => this.initiatives.requestRedirect(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.approveInitiativeRedirect)
  approveRedirect(@Payload() msg: unknown): Promise<CommandResult<InitiativeView>> {
    return runCommand(msg, InitiativeIdDto, (d, cmd) => this.initiatives.approveRedirect(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.refuseInitiativeRedirect)
  refuseRedirect(@Payload() msg: unknown): Promise<CommandResult<InitiativeView>> {
    return runCommand(msg, RefuseRedirectCommand, (d, cmd) => this.initiatives.refuseRedirect(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.returnInitiative)
  returnToInitiator(@Payload() msg: unknown): Promise<CommandResult<InitiativeView>> {
    return runCommand(msg, ReturnInitiativeCommand, (d, cmd) => this.initiatives.returnToInitiator(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.revertInitiativeFromProject)
  revertFromProject(@Payload() msg: unknown): Promise<CommandResult<InitiativeView>> {
    return runCommand(msg, ReturnInitiativeCommand, (d, cmd) => this.initiatives.revertFromProject(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.convertInitiative)
  convert(@Payload() msg: unknown): Promise<CommandResult<InitiativeView>> {
    return runCommand(msg, ConvertInitiativeCommand, (d, cmd) => this.initiatives.convert(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.runOverdueScan)
  runOverdueScan(@Payload() msg: unknown): Promise<CommandResult<OverdueScanResult>> {
    return runCommand(msg, null, (_d, cmd) => this.overdue.runOnce(cmd));
  }
}
