import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import { RegionRatingQueryDto, RegionRatingTasksQueryDto, runCommand, type CommandResult } from '@ndip/platform';
import { exportOr, localeOf } from '../common/command';
import { OverdueRatingService } from './overdue-rating.service';

@Controller()
export class RatingController {
  constructor(private readonly rating: OverdueRatingService) {}

  @MessagePattern(COMMANDS.reporting.regionRating)
  regionRating(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return runCommand(msg, RegionRatingQueryDto, (d, cmd) =>
      exportOr(
        d.format,
        () => this.rating.ratingExport(cmd.actor, d, localeOf(cmd)),
        () => this.rating.rating(cmd.actor, d),
      ),
    );
  }

  @MessagePattern(COMMANDS.reporting.regionRatingTasks)
  regionRatingTasks(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return runCommand(msg, RegionRatingTasksQueryDto, (d, cmd) => this.rating.tasks(cmd.actor, d));
  }

  @MessagePattern(COMMANDS.reporting.runRatingClock)
  runClock(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return runCommand(msg, null, (_d, cmd) => this.rating.runClockCommand(cmd.actor, cmd.correlationId));
  }
}
