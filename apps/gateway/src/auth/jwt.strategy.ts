import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { isOrganizationType, type Actor } from '@ndip/domain';
import { SERVICE_CONFIG } from '@ndip/platform';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { GatewayEnv } from '../gateway.env';
import { AuthService } from '../identity/auth.service';
import type { JwtClaims } from '../identity/identity.types';

export type RequestUser = Actor & { locale: string; bin: string | null; sessionId: string | null };

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    @Inject(SERVICE_CONFIG) env: GatewayEnv,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      secretOrKey: env.NDIP_JWT_SECRET,
      algorithms: ['HS256'],
      issuer: 'ndip-gateway',
    });
  }

  /** A valid signature is not enough: the user and its organisation must still be active. */
  async validate(claims: JwtClaims): Promise<RequestUser | false> {
    if (typeof claims.sub !== 'string' || typeof claims.org !== 'string' || !isOrganizationType(claims.role)) return false;
    const sessionId = typeof claims.sid === 'string' && /^[0-9a-f-]{36}$/i.test(claims.sid) ? claims.sid : null;
    if (!(await this.auth.isActive(claims.sub, sessionId))) return false;
    return {
      userId: claims.sub,
      organizationId: claims.org,
      role: claims.role,
      regionCode: claims.region,
      countryCode: claims.country,
      bin: claims.bin ?? null,
      locale: claims.locale,
      sessionId,
    };
  }
}
