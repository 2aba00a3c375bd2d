import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import {
  AnswerIssueCommand,
  AssignIssueCommand,
  IssueIdCommand,
  ListIssuesCommand,
  RaiseIssueCommand,
  TriageIssueCommand,
  runCommand,
  type CommandResult,
  type Page,
} from '@ndip/platform';
import { IssueService, type IssueView } from './issue.service';

@Controller()
export class IssueController {
  constructor(private readonly issues: IssueService) {}

  @MessagePattern(COMMANDS['post-investment'].raiseIssue)
  raise(@Payload() msg: unknown): Promise<CommandResult<IssueView>> {
    return runCommand(msg, RaiseIssueCommand, (d, cmd) => this.issues.raise(d, cmd));
  }

  @MessagePattern(COMMANDS['post-investment'].getIssue)
  get(@Payload() msg: unknown): Promise<CommandResult<IssueView>> {
    return runCommand(msg, IssueIdCommand, (d, cmd) => this.issues.get(d, cmd.actor));
  }

  @MessagePattern(COMMANDS['post-investment'].listIssues)
  list(@Payload() msg: unknown): Promise<CommandResult<Page<IssueView>>> {
    return runCommand(msg, ListIssuesCommand, (d, cmd) => this.issues.list(d, cmd.actor));
  }

  @MessagePattern(COMMANDS['post-investment'].triageIssue)
  triage(@Payload() msg: unknown): Promise<CommandResult<IssueView>> {
    return runCommand(msg, TriageIssueCommand, (d, cmd) => this.issues.triage(d, cmd));
  }

  @MessagePattern(COMMANDS['post-investment'].assignIssue)
  assign(@Payload() msg: unknown): Promise<CommandResult<IssueView>> {
    return runCommand(msg, AssignIssueCommand, (d, cmd) => this.issues.assign(d, cmd));
  }

  @MessagePattern(COMMANDS['post-investment'].answerIssue)
  answer(@Payload() msg: unknown): Promise<CommandResult<IssueView>> {
    return runCommand(msg, AnswerIssueCommand, (d, cmd) => this.issues.answer(d, cmd));
  }

  @MessagePattern(COMMANDS['post-investment'].closeIssue)
  close(@Payload() msg: unknown): Promise<CommandResult<IssueView>> {
    return runCommand(msg, IssueIdCommand, (d, cmd) => this.issues.close(d, cmd));
  }
}
