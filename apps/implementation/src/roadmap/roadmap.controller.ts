import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import {
  AssignRoadmapMioCommand,
  ProjectReadCommand,
  RoadmapChangeCommand,
  RoadmapDraftCommand,
  RoadmapTransitionCommand,
  runCommand,
  type CommandResult,
} from '@ndip/platform';
import { scopedActor } from '../project/project.repository';
import { RoadmapService, type RoadmapView } from './roadmap.service';

@Controller()
export class RoadmapController {
  constructor(private readonly roadmaps: RoadmapService) {}

  @MessagePattern(COMMANDS.implementation.assignRoadmapMio)
  assignMio(@Payload() msg: unknown): Promise<CommandResult<RoadmapView>> {
    return runCommand(msg, AssignRoadmapMioCommand, (d, cmd) => this.roadmaps.assignMio(d, cmd));
  }

  @MessagePattern(COMMANDS.implementation.updateRoadmapDraft)
  updateDraft(@Payload() msg: unknown): Promise<CommandResult<RoadmapView>> {
    return runCommand(msg, RoadmapDraftCommand, (d, cmd) => this.roadmaps.updateDraft(d, cmd));
  }

  @MessagePattern(COMMANDS.implementation.roadmapTransition)
  transition(@Payload() msg: unknown): Promise<CommandResult<RoadmapView>> {
    return runCommand(msg, RoadmapTransitionCommand, (d, cmd) => this.roadmaps.transition(d, cmd));
  }

  @MessagePattern(COMMANDS.implementation.roadmapChange)
  change(@Payload() msg: unknown): Promise<CommandResult<RoadmapView>> {
    return runCommand(msg, RoadmapChangeCommand, (d, cmd) => this.roadmaps.change(d, cmd));
  }

  @MessagePattern(COMMANDS.implementation.getRoadmap)
  get(@Payload() msg: unknown): Promise<CommandResult<RoadmapView>> {
    return runCommand(msg, ProjectReadCommand, (d, cmd) => this.roadmaps.get(d.projectId, scopedActor(cmd.actor, d.investorBin)));
  }
}
