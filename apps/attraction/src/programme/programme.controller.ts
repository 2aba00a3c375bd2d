import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import {
  AddProgrammeVersionCommand,
  CreateCountryProgrammeDto,
  IdDto,
  ListCountryProgrammesQueryDto,
  runCommand,
  type CommandResult,
  type Page,
} from '@ndip/platform';
import { ProgrammeService, type ProgrammeView } from './programme.service';

@Controller()
export class ProgrammeController {
  constructor(private readonly programmes: ProgrammeService) {}

  @MessagePattern(COMMANDS.attraction.createCountryProgramme)
  create(@Payload() msg: unknown): Promise<CommandResult<ProgrammeView>> {
    return runCommand(msg, CreateCountryProgrammeDto, (d, cmd) => this.programmes.create(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.addCountryProgrammeVersion)
  addVersion(@Payload() msg: unknown): Promise<CommandResult<ProgrammeView>> {
    return runCommand(msg, AddProgrammeVersionCommand, (d, cmd) => this.programmes.addVersion(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.getCountryProgramme)
  get(@Payload() msg: unknown): Promise<CommandResult<ProgrammeView>> {
    return runCommand(msg, IdDto, (d, cmd) => this.programmes.get(d.id, cmd.actor));
  }

  @MessagePattern(COMMANDS.attraction.listCountryProgrammes)
  list(@Payload() msg: unknown): Promise<CommandResult<Page<ProgrammeView>>> {
    return runCommand(msg, ListCountryProgrammesQueryDto, (d, cmd) => this.programmes.list(cmd.actor, d));
  }
}
