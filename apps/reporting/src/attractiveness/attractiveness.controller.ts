import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import { AttractivenessQueryDto, ImportHardDataDto, PublishAttractivenessDto, SubmitSurveyResponseDto, runCommand, type CommandResult } from '@ndip/platform';
import { exportOr, localeOf, runCommandWithProblems } from '../common/command';
import { AttractivenessService } from './attractiveness.service';

@Controller()
export class AttractivenessController {
  constructor(private readonly attractiveness: AttractivenessService) {}

  @MessagePattern(COMMANDS.reporting.importAttractivenessHardData)
  importHardData(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return runCommandWithProblems(msg, ImportHardDataDto, (d, cmd) => this.attractiveness.importHardData(d, cmd));
  }

  @MessagePattern(COMMANDS.reporting.submitAttractivenessSurvey)
  submitSurvey(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return runCommand(msg, SubmitSurveyResponseDto, (d, cmd) => this.attractiveness.submitSurvey(d, cmd));
  }

  @MessagePattern(COMMANDS.reporting.attractivenessRating)
  rating(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return runCommand(msg, AttractivenessQueryDto, (d, cmd) =>
      exportOr(
        d.format,
        () => this.attractiveness.ratingExport(cmd.actor, d, localeOf(cmd)),
        () => this.attractiveness.rating(cmd.actor, d),
      ),
    );
  }

  @MessagePattern(COMMANDS.reporting.publishAttractivenessRating)
  publish(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return runCommand(msg, PublishAttractivenessDto, (d, cmd) => this.attractiveness.publish(d, cmd));
  }
}
