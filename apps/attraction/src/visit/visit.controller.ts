import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import {
  ApproveVisitCommand,
  CompleteVisitCommand,
  DeclineVisitCommand,
  IdDto,
  ListVisitsQueryDto,
  ProposeVisitDto,
  VisitProgrammeCommand,
  runCommand,
  type CommandResult,
  type Page,
} from '@ndip/platform';
import { VisitService, type VisitView } from './visit.service';

@Controller()
export class VisitController {
  constructor(private readonly visits: VisitService) {}

  @MessagePattern(COMMANDS.attraction.proposeVisit)
  propose(@Payload() msg: unknown): Promise<CommandResult<VisitView>> {
    return runCommand(msg, ProposeVisitDto, (d, cmd) => this.visits.propose(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.getVisit)
  get(@Payload() msg: unknown): Promise<CommandResult<VisitView>> {
    return runCommand(msg, IdDto, (d, cmd) => this.visits.get(d.id, cmd.actor));
  }

  @MessagePattern(COMMANDS.attraction.listVisits)
  list(@Payload() msg: unknown): Promise<CommandResult<Page<VisitView>>> {
    return runCommand(msg, ListVisitsQueryDto, (d, cmd) => this.visits.list(cmd.actor, d));
  }

  @MessagePattern(COMMANDS.attraction.approveVisit)
  approve(@Payload() msg: unknown): Promise<CommandResult<VisitView>> {
    return runCommand(msg, ApproveVisitCommand, (d, cmd) => this.visits.approve(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.declineVisit)
  decline(@Payload() msg: unknown): Promise<CommandResult<VisitView>> {
    return runCommand(msg, DeclineVisitCommand, (d, cmd) => this.visits.decline(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.setVisitProgramme)
  setProgramme(@Payload() msg: unknown): Promise<CommandResult<VisitView>> {
    return runCommand(msg, VisitProgrammeCommand, (d, cmd) => this.visits.setProgramme(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.completeVisit)
  complete(@Payload() msg: unknown): Promise<CommandResult<VisitView>> {
    return runCommand(msg, CompleteVisitCommand, (d, cmd) => this.visits.complete(d, cmd));
  }
}
