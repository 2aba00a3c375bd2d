import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import {
  AssignOfficerCommand,
  ConvertInitiativeCommand,
  CreateInitiativeDto,
  IdDto,
  ListInitiativesQueryDto,
  TransferInitiativeCommand,
  runCommand,
  type CommandResult,
  type Page,
} from '@ndip/platform';
import { InitiativeService, type InitiativeView } from './initiative.service';

@Controller()
export class InitiativeController {
  constructor(private readonly initiatives: InitiativeService) {}

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

  @MessagePattern(COMMANDS.attraction.convertInitiative)
  convert(@Payload() msg: unknown): Promise<CommandResult<InitiativeView>> {
    return runCommand(msg, ConvertInitiativeCommand, (d, cmd) => this.initiatives.convert(d, cmd));
  }
}
