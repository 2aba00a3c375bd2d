import { Logger } from '@nestjs/common';
import { DomainError, isOrganizationType } from '@ndip/domain';
import { QueryFailedError } from 'typeorm';
import type { CommandMessage, CommandResult } from './command';
import { validateContract } from './validation';

const log = new Logger('CommandRunner');

function isUniqueViolation(e: unknown): boolean {
  return e instanceof QueryFailedError && (e.driverError as { code?: string } | undefined)?.code === '23505';
}

/** Checks the envelope of a command (the actor) before anything else. */
function actorProblem(msg: unknown): string | null {
  if (typeof msg !== 'object' || msg === null) return 'command must be an object';
  const m = msg as Partial<CommandMessage>;
  const a = m.actor;
  if (!a || typeof a.userId !== 'string' || typeof a.organizationId !== 'string' || !isOrganizationType(a.role)) return 'actor is missing or invalid';
  if (typeof m.correlationId !== 'string') return 'correlationId is missing';
  return null;
}

/**
 * Runs one request-reply command: validates the actor and the data against the contract class,
 * calls the service, and maps every outcome to a CommandResult (domain errors by code,
 * unique violations to CONFLICT, anything else to INTERNAL with the correlation id, logged).
 */
export async function runCommand<D extends object, R>(
  msg: unknown,
  dataClass: (new () => D) | null,
  fn: (data: D, cmd: CommandMessage<D>) => Promise<R>,
): Promise<CommandResult<R>> {
  const bad = actorProblem(msg);
  if (bad) return { ok: false, error: { code: 'INVALID_INPUT', message: bad, field: 'actor' } };
  const cmd = msg as CommandMessage<D>;
  let data = (cmd.data ?? {}) as D;
  if (dataClass) {
    const { value, problems } = validateContract(dataClass, cmd.data ?? {});
    if (problems.length > 0) {
      return {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: problems.map((p) => `${p.field}: ${p.message}`).join('; '),
          field: problems[0]!.field,
          problems: problems.map((p) => ({ field: p.field, message: p.message })),
        },
      };
    }
    data = value;
  }
  try {
    return { ok: true, data: await fn(data, cmd) };
  } catch (e) {
    if (e instanceof DomainError) {
      return { ok: false, error: { code: e.code, message: e.message, ...(e.details.field ? { field: e.details.field } : {}) } };
    }
    if (isUniqueViolation(e)) {
      return { ok: false, error: { code: 'CONFLICT', message: 'a record with the same key already exists' } };
    }
    log.error(`command failed (correlation ${cmd.correlationId}): ${(e as Error).stack ?? String(e)}`);
    return { ok: false, error: { code: 'INTERNAL', message: 'internal error', correlationId: cmd.correlationId } };
  }
}
