import { Transform } from 'class-transformer';
import { IsInt, IsString, Matches, Min, MinLength } from 'class-validator';
import { ServiceEnv } from '@ndip/platform';

export class GatewayEnv extends ServiceEnv {
  /** HMAC key of the JWTs the gateway issues: at least 32 characters, never logged. */
  @IsString()
  @MinLength(32, { message: 'NDIP_JWT_SECRET must be at least 32 characters' })
  NDIP_JWT_SECRET!: string;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(60)
  NDIP_JWT_TTL_SECONDS = 900;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(300)
  NDIP_REFRESH_TTL_SECONDS = 8 * 3600;

  /** Origins allowed by CORS (comma-separated); empty: same origin only. */
  @IsString()
  NDIP_CORS_ORIGINS = '';

  /** Login attempts per minute per client address and login. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  NDIP_LOGIN_RATE_PER_MINUTE = 10;

  /** API requests per minute per user. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  NDIP_API_RATE_PER_MINUTE = 1200;

  /** Login by digital signature: PEM file(s) of the trusted root CAs (comma-separated paths); empty disables EDS login. */
  @IsString()
  NDIP_EDS_TRUSTED_ROOTS_FILE = '';

  /** PEM file(s) of intermediate CAs (comma-separated), when signatures do not carry them. */
  @IsString()
  NDIP_EDS_INTERMEDIATES_FILE = '';

  /** OCSP responder for revocation checks (e.g. http://ocsp.pki.gov.kz); empty: no revocation check. */
  @IsString()
  NDIP_EDS_OCSP_URL = '';

  /** eGov IDP (OAuth 2.0 + PKCE). Empty client id disables eGov login. */
  @IsString()
  NDIP_EGOV_CLIENT_ID = '';

  @IsString()
  NDIP_EGOV_CLIENT_SECRET = '';

  @IsString()
  NDIP_EGOV_REDIRECT_URI = '';

  @IsString()
  NDIP_EGOV_AUTHORIZE_URL = 'https://idp.egov.kz/idp/oauth/authorize';

  @IsString()
  NDIP_EGOV_TOKEN_URL = 'https://idp.egov.kz/idp/oauth/token';

  @IsString()
  NDIP_EGOV_USERINFO_URL = 'https://idp.egov.kz/idp/resource/user/basic';

  @IsString()
  NDIP_EGOV_JWKS_URL = '';

  @IsString()
  NDIP_EGOV_ISSUER = '';

  @IsString()
  NDIP_EGOV_SCOPE = 'openid';

  /** The platform administrator created at first boot when no user has this login. */
  @Matches(/^[a-z0-9._@-]{3,100}$/, { message: 'NDIP_ADMIN_LOGIN must be 3-100 characters of a-z 0-9 . _ @ -' })
  NDIP_ADMIN_LOGIN = 'admin';

  @IsString()
  @MinLength(12, { message: 'NDIP_ADMIN_PASSWORD must be at least 12 characters' })
  NDIP_ADMIN_PASSWORD!: string;

  /** Timeout of every request-reply call to a service. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(100)
  NDIP_BUS_TIMEOUT_MS = 15_000;
}
