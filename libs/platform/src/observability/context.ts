import { context, createContextKey, type Context } from '@opentelemetry/api';

/** What a log line or an outgoing Kafka message should know about the work being done. */
export interface WorkContext {
  /** The business correlation id (X-Correlation-Id at the gateway, `correlationId` of commands and events). */
  correlationId?: string;
  /** The HTTP request id (X-Request-Id or generated), only while serving a request. */
  requestId?: string;
  /** Resolved lazily: the gateway decides the correlation id in its own middleware, after ours. */
  lookupCorrelationId?: () => string | undefined;
}

const WORK = createContextKey('ndip.work');

export function withWork(ctx: Context, work: WorkContext): Context {
  return ctx.setValue(WORK, work);
}

export function currentWork(): WorkContext | undefined {
  return context.active().getValue(WORK) as WorkContext | undefined;
}

export function currentCorrelationId(): string | undefined {
  const w = currentWork();
  if (!w) return undefined;
  if (!w.correlationId && w.lookupCorrelationId) w.correlationId = w.lookupCorrelationId();
  return w.correlationId;
}
