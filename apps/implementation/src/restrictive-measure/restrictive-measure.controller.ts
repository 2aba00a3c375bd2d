import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import {
  DraftRestrictiveMeasureCommand,
  ListProsecutorCasesCommand,
  ListRestrictiveMeasuresCommand,
  ProsecutorCaseTransitionCommand,
  RegisterProsecutorCaseCommand,
  RestrictiveMeasureTransitionCommand,
  runCommand,
  type CommandResult,
  type Page,
} from '@ndip/platform';
import { RestrictiveMeasureService, type ProsecutorCaseView, type RestrictiveMeasureView } from './restrictive-measure.service';

@Controller()
export class RestrictiveMeasureController {
  constructor(private readonly measures: RestrictiveMeasureService) {}

  @MessagePattern(COMMANDS.implementation.draftRestrictiveMeasure)
  draft(@Payload() msg: unknown): Promise<CommandResult<RestrictiveMeasureView>> {
    return runCommand(msg, DraftRestrictiveMeasureCommand, (d, cmd) => this.measures.draft(d, cmd));
  }

  @MessagePattern(COMMANDS.implementation.restrictiveMeasureTransition)
  transition(@Payload() msg: unknown): Promise<CommandResult<RestrictiveMeasureView>> {
    return runCommand(msg, RestrictiveMeasureTransitionCommand, (d, cmd) => this.measures.transition(d, cmd));
  }

  @MessagePattern(COMMANDS.implementation.listRestrictiveMeasures)
  list(@Payload() msg: unknown): Promise<CommandResult<Page<RestrictiveMeasureView>>> {
    return runCommand(msg, ListRestrictiveMeasuresCommand, (d, cmd) => this.measures.listMeasures(cmd.actor, d));
  }

  @MessagePattern(COMMANDS.implementation.registerProsecutorCase)
  register(@Payload() msg: unknown): Promise<CommandResult<ProsecutorCaseView>> {
    return runCommand(msg, RegisterProsecutorCaseCommand, (d, cmd) => this.measures.register(d, cmd));
  }

  @MessagePattern(COMMANDS.implementation.prosecutorCaseTransition)
  caseTransition(@Payload() msg: unknown): Promise<CommandResult<ProsecutorCaseView>> {
    return runCommand(msg, ProsecutorCaseTransitionCommand, (d, cmd) => this.measures.caseTransition(d, cmd));
  }

  @MessagePattern(COMMANDS.implementation.listProsecutorCases)
  listCases(@Payload() msg: unknown): Promise<CommandResult<Page<ProsecutorCaseView>>> {
    return runCommand(msg, ListProsecutorCasesCommand, (d, cmd) => this.measures.listCases(cmd.actor, d));
  }
}
