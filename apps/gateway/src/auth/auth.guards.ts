import { ForbiddenException, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { OrganizationType } from '@ndip/domain';
import { PUBLIC_KEY } from '@ndip/platform';
import { ROLES_KEY, type RequestWithActor } from './auth.decorators';

/** Global: every route needs a valid JWT unless marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(ctx: ExecutionContext): ReturnType<CanActivate['canActivate']> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [ctx.getHandler(), ctx.getClass()])) return true;
    return super.canActivate(ctx);
  }
}

/** Global: a non-public route without @Allow(...) is refused (default deny). */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [ctx.getHandler(), ctx.getClass()])) return true;
    const roles = this.reflector.get<(OrganizationType | '*')[] | undefined>(ROLES_KEY, ctx.getHandler());
    if (!roles || roles.length === 0) throw new ForbiddenException('this endpoint declares no permission');
    const user = ctx.switchToHttp().getRequest<RequestWithActor>().user;
    if (!user) return false;
    if (roles.includes('*') || roles.includes(user.role)) return true;
    throw new ForbiddenException(`${user.role} may not call this endpoint`);
  }
}
