import type { Actor, DomainErrorCode } from '@ndip/domain';

/** The request a gateway sends to a service over Kafka request-reply. */
export interface CommandMessage<D = unknown> {
  actor: Actor;
  correlationId: string;
  /** Accept-Language of the caller: the service may localise messages. */
  locale?: 'kk' | 'ru' | 'en';
  /**
   * Set by the gateway when the HTTP request carried an Idempotency-Key: a hash of caller, key, command and
   * data. The service executes a keyed command at most once (CommandDedupInterceptor) and replays its result.
   */
  commandKey?: string;
  data: D;
}

/**
 * UNAVAILABLE: the service's database did not answer (a retry later may succeed; the gateway answers 503).
 * ATTACHMENT_INTEGRITY: a stored file no longer matches the SHA-256 recorded at upload (server-side corruption
 * or tampering: not the caller's fault, not retryable; the gateway answers 500 with its own problem type).
 */
export type CommandErrorCode = `${DomainErrorCode}` | 'INTERNAL' | 'UNAVAILABLE' | 'ATTACHMENT_INTEGRITY';

export interface CommandError {
  code: CommandErrorCode;
  message: string;
  field?: string;
  problems?: { field: string; message: string }[];
  correlationId?: string;
}

/** The reply: a value or a typed error; never an exception across the bus. */
export type CommandResult<T = unknown> = { ok: true; data: T } | { ok: false; error: CommandError };

/** A page of a list. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
