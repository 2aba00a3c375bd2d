import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { uuidv7 } from '@ndip/platform';
import { localeOf, type Locale } from './problem';

export interface RequestMeta {
  correlationId: string;
  locale: Locale;
  /** The caller's Idempotency-Key on a write (not on reads): the bus derives the command key from it. */
  idempotencyKey?: string;
}

const CORRELATION_RE = /^[A-Za-z0-9._:-]{8,100}$/;

/** Takes a well-formed X-Correlation-Id from the caller or makes one; echoes it in the response. */
export function correlationMiddleware(req: Request & { correlationId?: string }, res: Response, next: NextFunction): void {
  const given = req.headers['x-correlation-id'];
  const id = typeof given === 'string' && CORRELATION_RE.test(given) ? given : uuidv7();
  req.correlationId = id;
  res.setHeader('X-Correlation-Id', id);
  next();
}

export const Meta = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestMeta => {
  const req = ctx.switchToHttp().getRequest<Request & { correlationId?: string }>();
  const key = req.headers['idempotency-key'];
  const write = req.method !== 'GET' && req.method !== 'HEAD';
  return {
    correlationId: req.correlationId ?? uuidv7(),
    locale: localeOf(req.headers['accept-language']),
    ...(write && typeof key === 'string' && key.length > 0 && key.length <= 200 ? { idempotencyKey: key } : {}),
  };
});
