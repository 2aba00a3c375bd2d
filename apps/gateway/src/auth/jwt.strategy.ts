import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { isOrganizationType, type Actor } from '@ndip/domain';
import { SERVICE_CONFIG } from '@ndip/platform';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { GatewayEnv } from '../gateway.env';
import type { JwtClaims } from '../identity/identity.service';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(@Inject(SERVICE_CONFIG) env: GatewayEnv) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), ignoreExpiration: false, secretOrKey: env.NDIP_JWT_SECRET, algorithms: ['HS256'] });
  }

  validate(claims: JwtClaims): (Actor & { locale: string }) | false {
    if (typeof claims.sub !== 'string' || typeof claims.org !== 'string' || !isOrganizationType(claims.role)) return false;
    return { userId: claims.sub, organizationId: claims.org, role: claims.role, regionCode: claims.region, countryCode: claims.country, locale: claims.locale };
  }
}
