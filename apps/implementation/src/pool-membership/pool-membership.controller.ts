import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import { DecidePoolRequestCommand, ProjectReadCommand, SubmitPoolRequestCommand, runCommand, type CommandResult } from '@ndip/platform';
import { scopedActor } from '../project/project.repository';
import { PoolMembershipService, type PoolMembershipView } from './pool-membership.service';

@Controller()
export class PoolMembershipController {
  constructor(private readonly pools: PoolMembershipService) {}

  @MessagePattern(COMMANDS.implementation.submitPoolRequest)
  submit(@Payload() msg: unknown): Promise<CommandResult<PoolMembershipView>> {
    return runCommand(msg, SubmitPoolRequestCommand, (d, cmd) => this.pools.submitRequest(d, cmd));
  }

  @MessagePattern(COMMANDS.implementation.decidePoolRequest)
  decide(@Payload() msg: unknown): Promise<CommandResult<PoolMembershipView>> {
    return runCommand(msg, DecidePoolRequestCommand, (d, cmd) => this.pools.decideRequest(d, cmd));
  }

  @MessagePattern(COMMANDS.implementation.getPoolMembership)
  get(@Payload() msg: unknown): Promise<CommandResult<PoolMembershipView>> {
    return runCommand(msg, ProjectReadCommand, (d, cmd) => this.pools.get(d.projectId, scopedActor(cmd.actor, d.investorBin)));
  }
}
