import { trace } from '@opentelemetry/api';
import type { Params } from 'nestjs-pino';
import pino, { type Logger as PinoInstance } from 'pino';
import { currentWork, currentCorrelationId } from './context';
import { requestIdOf } from './http';

/** Never logged: tokens, passwords, secrets, cookies, connection strings (pino replaces them by "[redacted]"). */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.secret',
  '*.clientSecret',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.idToken',
  '*.signature',
  '*.DATABASE_URL',
  '*.NDIP_JWT_SECRET',
  '*.NDIP_ADMIN_PASSWORD',
  '*.NDIP_EGOV_CLIENT_SECRET',
  'password',
  'secret',
  'token',
];

const LEVEL: Record<'error' | 'warn' | 'log' | 'debug', string> = { error: 'error', warn: 'warn', log: 'info', debug: 'debug' };

/** The pino root logger of a service: JSON lines with service, trace, span, request and correlation ids. */
export function createRootLogger(service: string, level: 'error' | 'warn' | 'log' | 'debug', destination?: pino.DestinationStream): PinoInstance {
  return pino(
    {
      level: LEVEL[level],
      base: { service, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      messageKey: 'msg',
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
      mixin() {
        const out: Record<string, string> = {};
        const span = trace.getActiveSpan()?.spanContext();
        if (span && span.traceId !== '00000000000000000000000000000000') {
          out.traceId = span.traceId;
          out.spanId = span.spanId;
        }
        const w = currentWork();
        if (w?.requestId) out.requestId = w.requestId;
        const cid = currentCorrelationId();
        if (cid) out.correlationId = cid;
        return out;
      },
    },
    destination,
  );
}

/** nestjs-pino settings: pino-http logs each request once (probes and scrapes only at debug). */
export function loggerParams(root: PinoInstance): Params {
  return {
    pinoHttp: {
      logger: root,
      genReqId: (req) => (req as unknown as { id?: string }).id ?? requestIdOf(req as never),
      customLogLevel: (req, res, err) => {
        if (err || res.statusCode >= 500) return 'error';
        if (res.statusCode >= 400) return 'warn';
        return req.url === '/metrics' || req.url?.startsWith('/health/') ? 'debug' : 'info';
      },
      serializers: {
        // The query string can carry OAuth codes and state: only the path is logged.
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      quietReqLogger: true,
    },
  };
}
