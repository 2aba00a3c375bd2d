import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import {
  FileStateServiceCommand,
  GetStateServiceCommand,
  ListStateServicesCommand,
  StateServiceTransitionCommand,
  runCommand,
  type CommandResult,
  type Page,
} from '@ndip/platform';
import { StateServiceService, type StateServiceView } from './state-service.service';

@Controller()
export class StateServiceController {
  constructor(private readonly applications: StateServiceService) {}

  @MessagePattern(COMMANDS.implementation.fileStateService)
  file(@Payload() msg: unknown): Promise<CommandResult<StateServiceView>> {
    return runCommand(msg, FileStateServiceCommand, (d, cmd) => this.applications.file(d, cmd));
  }

  @MessagePattern(COMMANDS.implementation.stateServiceTransition)
  transition(@Payload() msg: unknown): Promise<CommandResult<StateServiceView>> {
    return runCommand(msg, StateServiceTransitionCommand, (d, cmd) => this.applications.transition(d, cmd));
  }

  @MessagePattern(COMMANDS.implementation.getStateService)
  get(@Payload() msg: unknown): Promise<CommandResult<StateServiceView>> {
    return runCommand(msg, GetStateServiceCommand, (d, cmd) => this.applications.get(d, cmd.actor));
  }

  @MessagePattern(COMMANDS.implementation.listStateServices)
  list(@Payload() msg: unknown): Promise<CommandResult<Page<StateServiceView>>> {
    return runCommand(msg, ListStateServicesCommand, (d, cmd) => this.applications.list(cmd.actor, d));
  }
}
