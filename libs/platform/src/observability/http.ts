import { randomUUID } from 'node:crypto';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { NextFunction, Request, Response } from 'express';
import { withWork } from './context';
import { httpDuration } from './metrics';
import { tracer } from './tracing';

const REQUEST_ID_RE = /^[A-Za-z0-9._:-]{8,100}$/;
/** Paths that are not worth a span (probes and scrapes every few seconds). */
const QUIET = new Set(['/health/live', '/health/ready', '/metrics']);

export function requestIdOf(req: Request): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID_RE.test(given) ? given : randomUUID();
}

/** The route pattern (`/api/v1/initiatives/:id`), never the raw path: metric labels stay bounded. */
function routeOf(req: Request): string {
  const r = (req as Request & { route?: { path?: string } }).route;
  if (r?.path) return `${req.baseUrl ?? ''}${r.path}`;
  return 'unmatched';
}

/**
 * Express middleware, first in the chain: a SERVER span continuing an incoming `traceparent`, the request and
 * correlation ids in the context (logs and outgoing Kafka messages read them), and the latency histogram.
 */
export function httpObservability() {
  return (req: Request & { id?: string }, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    const requestId = typeof req.id === 'string' ? req.id : requestIdOf(req);
    req.id = requestId;
    res.setHeader('X-Request-Id', requestId);
    const quiet = QUIET.has(req.path);
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const span = quiet
      ? null
      : tracer().startSpan(
          `${req.method} ${req.path}`,
          { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method, 'url.path': req.path } },
          parent,
        );
    const work = {
      requestId,
      lookupCorrelationId: () => {
        const h = res.getHeader('x-correlation-id') ?? req.headers['x-correlation-id'];
        return typeof h === 'string' ? h : undefined;
      },
    };
    res.on('finish', () => {
      const route = routeOf(req);
      httpDuration.observe({ method: req.method, route, status_code: String(res.statusCode) }, Number(process.hrtime.bigint() - started) / 1e9);
      if (span) {
        span.updateName(`${req.method} ${route}`);
        span.setAttribute('http.route', route);
        span.setAttribute('http.response.status_code', res.statusCode);
        const cid = work.lookupCorrelationId();
        if (cid) span.setAttribute('ndip.correlation_id', cid);
        if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      }
    });
    const ctx = withWork(span ? trace.setSpan(parent, span) : parent, work);
    context.with(ctx, next);
  };
}
