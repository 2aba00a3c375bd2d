import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { COMMANDS, DomainError } from '@ndip/domain';
import {
  ExportReferenceCommand,
  ImportUsdKztRatesCommand,
  ListReferenceCommand,
  RecordReferenceCommand,
  ReferenceHistoryCommand,
  RuleConfigQueryDto,
  runCommand,
  type CommandMessage,
  type CommandResult,
} from '@ndip/platform';
import { DeadlineRecomputeService } from './deadline-recompute.service';
import { ReferenceService } from './reference.service';

const C = COMMANDS.implementation;

/** runCommand, keeping the per-row problems of a refused upload (they become `errors` of the problem+json). */
async function withProblems<D extends object, R>(msg: unknown, cls: new () => D, fn: (d: D, cmd: CommandMessage<D>) => Promise<R>): Promise<CommandResult<R>> {
  let problems: { field: string; message: string }[] | undefined;
  const r = await runCommand(msg, cls, async (d, cmd) => {
    try {
      return await fn(d, cmd);
    } catch (e) {
      if (e instanceof DomainError && Array.isArray(e.details.problems)) problems = e.details.problems as { field: string; message: string }[];
      throw e;
    }
  });
  return !r.ok && problems ? { ok: false, error: { ...r.error, problems } } : r;
}

/** Reference data with effective dates (issue 13): the store's commands. */
@Controller()
export class ReferenceController {
  constructor(
    private readonly reference: ReferenceService,
    private readonly recompute: DeadlineRecomputeService,
  ) {}

  @MessagePattern(C.recordReference)
  record(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return runCommand(msg, RecordReferenceCommand, (d, cmd) => this.reference.record(d.kind, d.change, cmd));
  }

  @MessagePattern(C.listReference)
  list(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return runCommand(msg, ListReferenceCommand, (d) => this.reference.list(d));
  }

  @MessagePattern(C.referenceHistory)
  history(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return runCommand(msg, ReferenceHistoryCommand, (d) => this.reference.history(d));
  }

  @MessagePattern(C.exportReference)
  export(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return runCommand(msg, ExportReferenceCommand, (d) => this.reference.exportCsv(d.kind));
  }

  @MessagePattern(C.ruleConfigInForce)
  ruleConfig(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return runCommand(msg, RuleConfigQueryDto, (d) => this.reference.ruleConfig(d.on));
  }

  @MessagePattern(C.importUsdKztRates)
  importRates(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return withProblems(msg, ImportUsdKztRatesCommand, (d, cmd) => this.reference.importRates(d, cmd));
  }

  @MessagePattern(C.runDeadlineRecompute)
  runRecompute(@Payload() msg: unknown): Promise<CommandResult<unknown>> {
    return runCommand(msg, null, (_d, cmd) => this.recompute.runNow(cmd));
  }
}
