import type { Actor } from '../access/organization-type';

/** Rule editions: E000 (rules in force), E001 (2024 draft). */
export type RuleEditionCode = 'E000' | 'E001';

/**
 * The one event envelope of NDIP (ARCHITECTURE.md, "Messaging conventions").
 * `id` is a UUIDv7, `occurredAt` an ISO-8601 UTC timestamp; both are supplied by the caller
 * because the domain never reads the clock or a random source.
 */
export interface EventEnvelope<P = unknown> {
  id: string;
  type: string;
  version: number;
  occurredAt: string;
  producer: string;
  aggregateType: string;
  aggregateId: string;
  correlationId: string;
  causationId: string | null;
  actor: Actor;
  ruleEdition: RuleEditionCode;
  payload: P;
}

/** What a decision returns before the envelope is stamped with id, time and producer. */
export interface DomainEvent<P = unknown> {
  type: string;
  version: number;
  aggregateType: string;
  aggregateId: string;
  payload: P;
}

export interface EnvelopeStamp {
  id: string;
  occurredAt: string;
  producer: string;
  correlationId: string;
  causationId: string | null;
  actor: Actor;
  ruleEdition: RuleEditionCode;
}

export function envelope<P>(event: DomainEvent<P>, stamp: EnvelopeStamp): EventEnvelope<P> {
  return { ...stamp, ...event };
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TS_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export interface EnvelopeProblem {
  field: string;
  message: string;
}

/**
 * Structural check of an envelope received from the bus. Returns the list of problems
 * (empty when valid). The payload itself is validated by the consumer's contract class.
 */
export function validateEnvelope(raw: unknown): EnvelopeProblem[] {
  const problems: EnvelopeProblem[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return [{ field: '$', message: 'envelope must be a JSON object' }];
  }
  const e = raw as Record<string, unknown>;
  const str = (f: string): void => {
    if (typeof e[f] !== 'string' || (e[f] as string).length === 0) problems.push({ field: f, message: `${f} must be a non-empty string` });
  };
  if (typeof e.id !== 'string' || !UUID_RE.test(e.id)) problems.push({ field: 'id', message: 'id must be a UUID' });
  str('type');
  if (typeof e.version !== 'number' || !Number.isInteger(e.version) || e.version < 1) {
    problems.push({ field: 'version', message: 'version must be a positive integer' });
  }
  if (typeof e.occurredAt !== 'string' || !ISO_TS_RE.test(e.occurredAt) || Number.isNaN(Date.parse(e.occurredAt))) {
    problems.push({ field: 'occurredAt', message: 'occurredAt must be an ISO-8601 timestamp' });
  }
  str('producer');
  str('aggregateType');
  str('aggregateId');
  str('correlationId');
  if (e.causationId !== null && typeof e.causationId !== 'string') {
    problems.push({ field: 'causationId', message: 'causationId must be a string or null' });
  }
  const actor = e.actor as Record<string, unknown> | undefined;
  if (typeof actor !== 'object' || actor === null) {
    problems.push({ field: 'actor', message: 'actor must be an object' });
  } else {
    for (const f of ['userId', 'organizationId', 'role']) {
      if (typeof actor[f] !== 'string') problems.push({ field: `actor.${f}`, message: `actor.${f} must be a string` });
    }
  }
  if (e.ruleEdition !== 'E000' && e.ruleEdition !== 'E001') {
    problems.push({ field: 'ruleEdition', message: 'ruleEdition must be E000 or E001' });
  }
  if (typeof e.payload !== 'object' || e.payload === null || Array.isArray(e.payload)) {
    problems.push({ field: 'payload', message: 'payload must be a JSON object' });
  }
  return problems;
}
