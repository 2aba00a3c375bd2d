/**
 * Typed domain errors. They carry a machine code and, where it applies, the offending field;
 * they know nothing about HTTP or Kafka (each transport maps the codes exhaustively).
 */
export enum DomainErrorCode {
  /** The input is malformed or out of range. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** The aggregate is not in a state that allows the action. */
  WRONG_STATE = 'WRONG_STATE',
  /** The actor's role (or organisation, or region) may not perform the action. */
  WRONG_ROLE = 'WRONG_ROLE',
  /** A legal deadline for the action has passed. */
  DEADLINE_PASSED = 'DEADLINE_PASSED',
  /** The action does not exist under the rule edition in force. */
  NOT_IN_EDITION = 'NOT_IN_EDITION',
  /** A reference value (MCI year, region code, calendar year) is unknown. */
  UNKNOWN_REFERENCE = 'UNKNOWN_REFERENCE',
  /** The record does not exist or is not visible to the caller. */
  NOT_FOUND = 'NOT_FOUND',
  /** The action conflicts with existing data (duplicate, concurrent change). */
  CONFLICT = 'CONFLICT',
}

export interface DomainErrorDetails {
  /** Dotted path of the offending input field, e.g. `passport.bin`. */
  field?: string;
  [key: string]: unknown;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
