import { readFileSync } from 'node:fs';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { SERVICE_CONFIG } from '@ndip/platform';
import { DataSource } from 'typeorm';
import { EdsError, EdsVerifier, HttpGostVerifier, NoRevocationCheck, OcspRevocationChecker, PgNonceStore } from '../eds';
import { EgovError, EgovOAuthClient, InMemoryStartedLoginStore } from '../egov';
import type { GatewayEnv } from '../gateway.env';
import { ProblemException } from '../http/problem';
import { AuthService, type LoginResult } from './auth.service';
import { OrganizationEntity } from './organization.entity';
import { UserEntity } from './user.entity';

function pemFiles(list: string): string[] {
  const out: string[] = [];
  for (const file of list
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean)) {
    const text = readFileSync(file, 'utf8');
    out.push(...(text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []));
  }
  return out;
}

type Meta = { ip: string; correlationId: string };

/**
 * Login by digital signature (EDS/ЭЦП, through NCALayer) and through the eGov IDP. Both identify a
 * person by IIN; the IIN must belong to an active NDIP user, and an investor's certificate BIN must
 * be its organisation's BIN. Both end in the same session as a password login.
 */
@Injectable()
export class ExternalLoginService implements OnModuleInit {
  private readonly log = new Logger('ExternalLoginService');
  private eds: EdsVerifier | null = null;
  private readonly nonces: PgNonceStore;
  private egov: EgovOAuthClient | null = null;
  private readonly started = new InMemoryStartedLoginStore();

  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    @Inject(SERVICE_CONFIG) private readonly env: GatewayEnv,
  ) {
    this.nonces = new PgNonceStore(async (sql, params) => {
      const rows = (await this.dataSource.query(sql, params)) as unknown;
      // TypeORM answers a DELETE … RETURNING with [rows, count]; SELECT/INSERT with rows.
      if (Array.isArray(rows) && rows.length === 2 && Array.isArray(rows[0]) && typeof rows[1] === 'number')
        return { rows: rows[0] as unknown[], rowCount: rows[1] };
      return { rows: Array.isArray(rows) ? rows : [], rowCount: Array.isArray(rows) ? rows.length : 0 };
    });
  }

  onModuleInit(): void {
    if (this.env.NDIP_EDS_TRUSTED_ROOTS_FILE) {
      const trustedRoots = pemFiles(this.env.NDIP_EDS_TRUSTED_ROOTS_FILE);
      if (trustedRoots.length === 0) throw new Error('NDIP_EDS_TRUSTED_ROOTS_FILE holds no PEM certificate');
      this.eds = new EdsVerifier({
        trustedRoots,
        intermediates: pemFiles(this.env.NDIP_EDS_INTERMEDIATES_FILE),
        clock: () => new Date(),
        nonces: this.nonces,
        revocation: this.env.NDIP_EDS_OCSP_URL ? new OcspRevocationChecker({ url: this.env.NDIP_EDS_OCSP_URL }) : new NoRevocationCheck(),
        ...(this.env.NDIP_EDS_GOST_VERIFIER_URL
          ? { gostVerifier: new HttpGostVerifier({ url: this.env.NDIP_EDS_GOST_VERIFIER_URL, timeoutMs: this.env.NDIP_EDS_GOST_VERIFIER_TIMEOUT_MS }) }
          : {}),
      });
      this.log.log(
        `EDS login enabled with ${trustedRoots.length} trusted root(s)${this.env.NDIP_EDS_OCSP_URL ? ' and OCSP' : ''}${this.env.NDIP_EDS_GOST_VERIFIER_URL ? ' and a GOST verifier' : ''}`,
      );
    }
    if (this.env.NDIP_EGOV_CLIENT_ID) {
      if (!this.env.NDIP_EGOV_REDIRECT_URI) throw new Error('NDIP_EGOV_REDIRECT_URI is required with NDIP_EGOV_CLIENT_ID');
      this.egov = new EgovOAuthClient({
        authorizeUrl: this.env.NDIP_EGOV_AUTHORIZE_URL,
        tokenUrl: this.env.NDIP_EGOV_TOKEN_URL,
        userInfoUrl: this.env.NDIP_EGOV_USERINFO_URL,
        clientId: this.env.NDIP_EGOV_CLIENT_ID,
        ...(this.env.NDIP_EGOV_CLIENT_SECRET ? { clientSecret: this.env.NDIP_EGOV_CLIENT_SECRET } : {}),
        redirectUri: this.env.NDIP_EGOV_REDIRECT_URI,
        scope: this.env.NDIP_EGOV_SCOPE,
        ...(this.env.NDIP_EGOV_JWKS_URL ? { jwksUrl: this.env.NDIP_EGOV_JWKS_URL } : {}),
        ...(this.env.NDIP_EGOV_ISSUER ? { issuer: this.env.NDIP_EGOV_ISSUER } : {}),
      });
      this.log.log('eGov IDP login enabled');
    }
  }

  async edsNonce(): Promise<{ nonce: string; expiresAt: string }> {
    if (!this.eds) throw new ProblemException('UNAVAILABLE', 'login by digital signature is not configured');
    const n = await this.nonces.issue();
    return { nonce: n.nonce, expiresAt: n.expiresAt.toISOString() };
  }

  async edsLogin(cms: string, nonce: string, meta: Meta): Promise<LoginResult> {
    if (!this.eds) throw new ProblemException('UNAVAILABLE', 'login by digital signature is not configured');
    let identity;
    try {
      identity = await this.eds.verify({ cms, expectedNonce: nonce });
    } catch (e) {
      if (e instanceof EdsError && e.code === 'VERIFIER_UNAVAILABLE') {
        // Not the signer's fault: 503, and the nonce (not consumed before the verifier's answer) stays usable.
        await this.auth.auditLogin(null, null, false, `eds: ${e.code}`, 'eds', meta);
        throw new ProblemException('UNAVAILABLE', e.message, { field: 'cms', reason: e.code, retryAfterSeconds: 30 });
      }
      if (e instanceof EdsError) {
        await this.auth.auditLogin(null, null, false, `eds: ${e.code}`, 'eds', meta);
        throw new ProblemException('UNAUTHENTICATED', e.message, { field: 'cms', reason: e.code });
      }
      throw e;
    }
    if (!identity.subject.iin) throw new ProblemException('UNAUTHENTICATED', 'the certificate carries no IIN', { field: 'cms', reason: 'NO_IIN' });
    return this.sessionForIin(identity.subject.iin, identity.subject.bin ?? null, 'eds', meta);
  }

  async egovStart(): Promise<{ url: string }> {
    if (!this.egov) throw new ProblemException('UNAVAILABLE', 'login through eGov IDP is not configured');
    const s = this.egov.start();
    await this.started.put({ state: s.state, nonce: s.nonce, codeVerifier: s.codeVerifier });
    return { url: s.url };
  }

  async egovCallback(code: string, state: string, meta: Meta): Promise<LoginResult> {
    if (!this.egov) throw new ProblemException('UNAVAILABLE', 'login through eGov IDP is not configured');
    const expected = await this.started.take(state);
    if (!expected) throw new ProblemException('UNAUTHENTICATED', 'unknown or expired login state', { field: 'state', reason: 'STATE_MISMATCH' });
    let person;
    try {
      person = await this.egov.finish({ code, state, expected });
    } catch (e) {
      if (e instanceof EgovError) {
        await this.auth.auditLogin(null, null, false, `egov: ${e.code}`, 'egov', meta);
        throw new ProblemException('UNAUTHENTICATED', e.message, { field: 'code', reason: e.code });
      }
      throw e;
    }
    return this.sessionForIin(person.iin, null, 'egov', meta);
  }

  private async sessionForIin(iin: string, bin: string | null, method: string, meta: Meta): Promise<LoginResult> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { iin } });
    const org = user ? await this.dataSource.getRepository(OrganizationEntity).findOne({ where: { id: user.organizationId } }) : null;
    if (!user || !org) {
      await this.auth.auditLogin(null, null, false, `${method}: no user with this IIN`, `iin:${iin}`, meta);
      throw new ProblemException('UNAUTHENTICATED', 'no NDIP user is registered with this IIN', { field: 'iin', reason: 'UNKNOWN_USER' });
    }
    if (org.type === 'INV' && bin && org.bin !== bin) {
      await this.auth.auditLogin(user, org, false, `${method}: certificate BIN is not the organisation's`, user.login, meta);
      throw new ProblemException('UNAUTHENTICATED', "the certificate's BIN is not the investor organisation's BIN", { field: 'cms', reason: 'BIN_MISMATCH' });
    }
    return this.auth.openSession(user, org, method, meta);
  }
}
