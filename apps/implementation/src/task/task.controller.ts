import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import { ProjectReadCommand, TaskTransitionCommand, runCommand, type CommandResult, type Page } from '@ndip/platform';
import { scopedActor } from '../project/project.repository';
import { TaskService, type TaskView } from './task.service';

@Controller()
export class TaskController {
  constructor(private readonly tasks: TaskService) {}

  @MessagePattern(COMMANDS.implementation.taskTransition)
  transition(@Payload() msg: unknown): Promise<CommandResult<TaskView>> {
    return runCommand(msg, TaskTransitionCommand, (d, cmd) => this.tasks.transition(d, cmd));
  }

  @MessagePattern(COMMANDS.implementation.listTasks)
  list(@Payload() msg: unknown): Promise<CommandResult<Page<TaskView>>> {
    return runCommand(msg, ProjectReadCommand, (d, cmd) => this.tasks.list(d.projectId, scopedActor(cmd.actor, d.investorBin)));
  }

  @MessagePattern(COMMANDS.implementation.runOverdueScan)
  runOverdueScan(@Payload() msg: unknown): Promise<CommandResult<{ asOf: string; published: number }>> {
    return runCommand(msg, null, (_d, cmd) => this.tasks.runOverdueScan(cmd));
  }
}
