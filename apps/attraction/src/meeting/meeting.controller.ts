import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import {
  CreateMeetingDto,
  IdDto,
  ListMeetingsQueryDto,
  ListTripCardsQueryDto,
  SubmitTripCardDto,
  UpdateMeetingCommand,
  runCommand,
  type CommandResult,
  type Page,
} from '@ndip/platform';
import { MeetingService, type MeetingView, type TripCardView } from './meeting.service';

@Controller()
export class MeetingController {
  constructor(private readonly meetings: MeetingService) {}

  @MessagePattern(COMMANDS.attraction.createMeeting)
  create(@Payload() msg: unknown): Promise<CommandResult<MeetingView>> {
    return runCommand(msg, CreateMeetingDto, (d, cmd) => this.meetings.create(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.updateMeeting)
  update(@Payload() msg: unknown): Promise<CommandResult<MeetingView>> {
    return runCommand(msg, UpdateMeetingCommand, (d, cmd) => this.meetings.update(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.getMeeting)
  get(@Payload() msg: unknown): Promise<CommandResult<MeetingView>> {
    return runCommand(msg, IdDto, (d, cmd) => this.meetings.get(d.id, cmd.actor));
  }

  @MessagePattern(COMMANDS.attraction.listMeetings)
  list(@Payload() msg: unknown): Promise<CommandResult<Page<MeetingView>>> {
    return runCommand(msg, ListMeetingsQueryDto, (d, cmd) => this.meetings.list(cmd.actor, d));
  }

  @MessagePattern(COMMANDS.attraction.submitTripCard)
  submitTripCard(@Payload() msg: unknown): Promise<CommandResult<TripCardView>> {
    return runCommand(msg, SubmitTripCardDto, (d, cmd) => this.meetings.submitTripCard(d, cmd));
  }

  @MessagePattern(COMMANDS.attraction.listTripCards)
  listTripCards(@Payload() msg: unknown): Promise<CommandResult<Page<TripCardView>>> {
    return runCommand(msg, ListTripCardsQueryDto, (d, cmd) => this.meetings.listTripCards(cmd.actor, d));
  }
}
