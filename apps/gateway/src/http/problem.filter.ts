import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { DomainError } from '@ndip/domain';
import type { Request, Response } from 'express';
import { localeOf, ProblemException, STATUS_OF, titleOf, type ProblemBody, type ProblemCode } from './problem';

function codeForStatus(status: number): ProblemCode {
  switch (status) {
    case 400:
      return 'INVALID_INPUT';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'ROUTE_NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'RATE_LIMITED';
    case 503:
      return 'UNAVAILABLE';
    default:
      return status >= 500 ? 'INTERNAL' : 'INVALID_INPUT';
  }
}

/** Every error leaves the gateway as application/problem+json in the caller's language. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly log = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request & { correlationId?: string }>();
    const res = ctx.getResponse<Response>();
    const locale = localeOf(req.headers['accept-language']);
    let code: ProblemCode;
    let detail: string;
    let extra: ProblemException['extra'] = {};
    if (exception instanceof DomainError) {
      code = exception.code;
      detail = exception.message;
      extra = exception.details.field ? { field: exception.details.field } : {};
    } else if (exception instanceof ProblemException) {
      code = exception.code;
      detail = exception.detail;
      extra = exception.extra;
    } else if (exception instanceof HttpException) {
      const status = exception.getStatus();
      code = codeForStatus(status);
      const r = exception.getResponse();
      detail = typeof r === 'string' ? r : String((r as { message?: unknown }).message ?? exception.message);
      // express body-parser errors (malformed JSON) arrive as 400 HttpExceptions.
    } else if (isBodyParserError(exception)) {
      code = exception.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INVALID_INPUT';
      detail = exception.status === 413 ? 'request body too large' : 'request body is not valid JSON';
      extra = { field: 'body' };
    } else {
      code = 'INTERNAL';
      detail = 'internal error';
      extra = { correlationId: req.correlationId };
      this.log.error(`unhandled error (correlation ${req.correlationId ?? '-'}): ${exception instanceof Error ? exception.stack : String(exception)}`);
    }
    const status = STATUS_OF[code];
    const body: ProblemBody = {
      type: `https://ndip.kz/problems/${code.toLowerCase().replace(/_/g, '-')}`,
      title: titleOf(code, locale),
      status,
      detail,
      code,
      ...(extra.field ? { field: extra.field } : {}),
      ...(extra.errors ? { errors: extra.errors } : {}),
      ...(extra.reason ? { reason: extra.reason } : {}),
      instance: req.originalUrl,
      ...((extra.correlationId ?? req.correlationId) ? { correlationId: extra.correlationId ?? req.correlationId } : {}),
    };
    if (extra.retryAfterSeconds) res.setHeader('Retry-After', String(extra.retryAfterSeconds));
    res.status(status).type('application/problem+json').send(JSON.stringify(body));
  }
}

function isBodyParserError(e: unknown): e is { status: number; type: string } {
  return typeof e === 'object' && e !== null && typeof (e as { status?: unknown }).status === 'number' && typeof (e as { type?: unknown }).type === 'string';
}
