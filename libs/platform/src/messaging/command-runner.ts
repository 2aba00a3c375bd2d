import { Logger } from '@nestjs/common';
import { DomainError, isOrganizationType } from '@ndip/domain';
import { QueryFailedError } from 'typeorm';
import type { CommandMessage, CommandResult } from './command';
import { validateContract } from './validation';

const log = new Logger('CommandRunner');

function isUniqueViolation(e: unknown): boolean {
  return e instanceof QueryFailedError && (e.driverError as { code?: string } | undefined)?.code === '23505';
}

const CONNECTION_MESSAGES =
  /ECONNREFUSED|ECONNRESET|Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)|terminating connection/i;

/**
 * The database did not answer (server down, restarting, connection dropped): SQLSTATE class 08
 * (connection exception), 57P01–57P03 (shutdown, cannot connect now), or a socket error of the driver.
 */
export function isConnectionFailure(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code ?? (e as { driverError?: { code?: unknown } }).driverError?.code;
  if (
    typeof code === 'string' &&
    (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === 'ECONNREFUSED' || code === 'ECONNRESET')
  )
    return true;
  return CONNECTION_MESSAGES.test(e.message);
}

/**
 * A dependency other than the database did not answer (object storage, ...): the error says so with
 * `unavailable: true`, and its message (safe to show: no secrets) tells the caller what is down.
 */
export function isDependencyUnavailable(e: unknown): e is Error & { unavailable: true } {
  return e instanceof Error && (e as { unavailable?: unknown }).unavailable === true;
}

/**
 * A stored file failed its checksum on reading (`attachmentIntegrity: true` on the error): the service has
 * already logged and audited it; the caller gets ATTACHMENT_INTEGRITY with the error's message (no secrets).
 */
export function isAttachmentIntegrityFailure(e: unknown): e is Error & { attachmentIntegrity: true } {
  return e instanceof Error && (e as { attachmentIntegrity?: unknown }).attachmentIntegrity === true;
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
    if (isAttachmentIntegrityFailure(e)) {
      log.error(`command failed, stored file corrupt (correlation ${cmd.correlationId}): ${e.message}`);
      return { ok: false, error: { code: 'ATTACHMENT_INTEGRITY', message: e.message, correlationId: cmd.correlationId } };
    }
    if (isDependencyUnavailable(e)) {
      log.warn(`command failed, dependency unavailable (correlation ${cmd.correlationId}): ${e.message}`);
      return { ok: false, error: { code: 'UNAVAILABLE', message: e.message, correlationId: cmd.correlationId } };
    }
    if (isConnectionFailure(e)) {
      log.warn(`command failed, database unavailable (correlation ${cmd.correlationId}): ${(e as Error).message}`);
      return { ok: false, error: { code: 'UNAVAILABLE', message: 'the service cannot reach its database; retry later', correlationId: cmd.correlationId } };
    }
    log.error(`command failed (correlation ${cmd.correlationId}): ${(e as Error).stack ?? String(e)}`);
    return { ok: false, error: { code: 'INTERNAL', message: 'internal error', correlationId: cmd.correlationId } };
  }
}
