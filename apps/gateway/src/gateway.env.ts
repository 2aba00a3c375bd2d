import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsString, Matches, Max, Min, MinLength } from 'class-validator';
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

  /** Folder of the built admin UI served at /admin; empty: dist/admin beside the compiled gateway. */
  @IsString()
  NDIP_ADMIN_UI_DIR = '';

  /** Login attempts per minute per client address and login. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  NDIP_LOGIN_RATE_PER_MINUTE = 10;

  /** Length of a rate-limit window (the limits above count per window); 60 in production, longer in tests. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  NDIP_RATE_WINDOW_SECONDS = 60;

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

  /** NCANode-compatible verifier for GOST signatures (base URL; POST <url>/cms/verify); empty: GOST signatures are refused. */
  @IsString()
  NDIP_EDS_GOST_VERIFIER_URL = '';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(100)
  NDIP_EDS_GOST_VERIFIER_TIMEOUT_MS = 5000;

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

  // ---- Notifications (apps/gateway/src/notifications, docs/notifications.md) ----

  /** SMTP server of the notification e-mails; empty: e-mails stay queued (the inbox works regardless). */
  @IsString()
  NDIP_SMTP_HOST = '';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(65535)
  NDIP_SMTP_PORT = 587;

  /** Implicit TLS (SMTPS, usually port 465). */
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  NDIP_SMTP_SECURE = false;

  /** Require STARTTLS on a plain connection. */
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  NDIP_SMTP_REQUIRE_TLS = false;

  /** Do not attempt STARTTLS even when offered (only without SECURE / REQUIRE_TLS; for a local relay). */
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  NDIP_SMTP_IGNORE_TLS = false;

  @Transform(({ value }) => value !== false && value !== 'false')
  @IsBoolean()
  NDIP_SMTP_TLS_REJECT_UNAUTHORIZED = true;

  @IsString()
  NDIP_SMTP_USER = '';

  @IsString()
  NDIP_SMTP_PASSWORD = '';

  /** Sender of the notification e-mails. */
  @IsString()
  @MinLength(3)
  NDIP_SMTP_FROM = 'NDIP <no-reply@ndip.kz>';

  /** Delay before the 2nd delivery attempt; doubles per failure up to NDIP_SMTP_RETRY_MAX_MS. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(10)
  NDIP_SMTP_RETRY_BASE_MS = 30_000;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(10)
  NDIP_SMTP_RETRY_MAX_MS = 3_600_000;

  /** Attempts before an e-mail is given up (kept in the queue as GAVE_UP). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  NDIP_SMTP_MAX_ATTEMPTS = 50;

  /** How often the e-mail queue is worked (0 = never). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  NDIP_NOTIFY_EMAIL_INTERVAL_MS = 5_000;

  /** How often the reminder scheduler and digest run for today (0 = only on POST /notifications/scheduler/run). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  NDIP_NOTIFY_SCHEDULER_INTERVAL_MS = 3_600_000;

  /** Let POST /notifications/scheduler/run take a date after today (test and demonstration systems only). */
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  NDIP_NOTIFY_SCHEDULER_ANY_DATE = false;

  /** Reminder lead times in working days per deadline kind over the defaults, e.g. `TASK_DUE=5,2;ROADMAP_REWORK=2`. */
  @IsString()
  NDIP_NOTIFY_REMINDER_DAYS = '';

  /** Read the event topics for notifications (off only for gateways that must not consume). */
  @Transform(({ value }) => value !== false && value !== 'false')
  @IsBoolean()
  NDIP_NOTIFY_CONSUMER_ENABLED = true;

  /** Base address of the web application, for the links in e-mails. */
  @IsString()
  NDIP_PUBLIC_URL = 'http://localhost:3000';
}
