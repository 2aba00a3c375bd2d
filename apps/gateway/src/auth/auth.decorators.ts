import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor, OrganizationType } from '@ndip/domain';

export { PUBLIC_KEY, Public } from '@ndip/platform';
export const ROLES_KEY = 'ndip:roles';

/**
 * Which organisation types may call the endpoint at all. `'*'` = any signed-in user (the owning
 * service still scopes by organisation and region). Every non-public endpoint must carry one.
 */
export const Allow = (...roles: (OrganizationType | '*')[]): MethodDecorator => SetMetadata(ROLES_KEY, roles);

export interface RequestWithActor {
  user?: Actor & { locale?: 'kk' | 'ru' | 'en'; sessionId?: string | null };
  headers: Record<string, string | string[] | undefined>;
}

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const req = ctx.switchToHttp().getRequest<RequestWithActor>();
  if (!req.user) throw new Error('no actor on an authenticated route');
  const { userId, organizationId, role, regionCode, countryCode } = req.user;
  return { userId, organizationId, role, regionCode: regionCode ?? null, countryCode: countryCode ?? null };
});

/** The session (refresh-token family) of the caller's access token, or null for a token that names none. */
export const CurrentSession = createParamDecorator((_: unknown, ctx: ExecutionContext): string | null => {
  const req = ctx.switchToHttp().getRequest<RequestWithActor>();
  return req.user?.sessionId ?? null;
});
