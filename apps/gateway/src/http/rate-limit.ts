import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_KEY, SERVICE_CONFIG } from '@ndip/platform';
import type { Request } from 'express';
import type { GatewayEnv } from '../gateway.env';
import { ProblemException } from './problem';

/**
 * Fixed one-minute windows per key, in memory (per replica). Enough to stop password guessing
 * and runaway clients; a shared store (Redis) is the step when the gateway has many replicas.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one hit; returns 0 when allowed, or the seconds to wait. */
  hit(key: string): number {
    const t = this.now();
    const w = this.windows.get(key);
    if (!w || t - w.start >= this.windowMs) {
      if (this.windows.size > 100_000) this.sweep(t);
      this.windows.set(key, { start: t, count: 1 });
      return 0;
    }
    w.count += 1;
    return w.count > this.limit ? Math.ceil((w.start + this.windowMs - t) / 1000) : 0;
  }

  private sweep(t: number): void {
    for (const [k, w] of this.windows) if (t - w.start >= this.windowMs) this.windows.delete(k);
  }
}

/**
 * Global guard after authentication: login attempts per client address and login; every other
 * call per user (or per address when anonymous).
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly login: RateLimiter;
  private readonly api: RateLimiter;

  constructor(
    private readonly reflector: Reflector,
    @Inject(SERVICE_CONFIG) env: GatewayEnv,
  ) {
    this.login = new RateLimiter(env.NDIP_LOGIN_RATE_PER_MINUTE);
    this.api = new RateLimiter(env.NDIP_API_RATE_PER_MINUTE);
  }

  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest<Request & { user?: { userId: string } }>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [ctx.getHandler(), ctx.getClass()]);
    let wait: number;
    if (isPublic && req.path.startsWith('/api/v1/auth/')) {
      const login = typeof (req.body as { login?: unknown } | undefined)?.login === 'string' ? String((req.body as { login: string }).login).toLowerCase() : '';
      wait = this.login.hit(`${req.ip ?? '-'}|${req.path}|${login}`);
    } else {
      wait = this.api.hit(req.user ? `u:${req.user.userId}` : `ip:${req.ip ?? '-'}`);
    }
    if (wait > 0) throw new ProblemException('RATE_LIMITED', `too many requests; retry in ${wait} s`, { retryAfterSeconds: wait });
    return true;
  }
}
