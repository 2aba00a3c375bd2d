import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import { SERVICE_CONFIG, appendAudit } from '@ndip/platform';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { GatewayEnv } from '../gateway.env';
import { ProblemException } from '../http/problem';
import type { AcceptInvitationDto, LoginDto } from './identity.dto';
import { ARGON2, sha256, userView } from './identity.service';
import type { JwtClaims, UserView } from './identity.types';
import { OrganizationEntity } from './organization.entity';
import { passwordProblem } from './password-policy';
import { TokenService, type IssuedTokens } from './token.service';
import { UserEntity } from './user.entity';

const MAX_FAILED_LOGINS = 5;
const LOCK_MINUTES = 15;
const ACTIVE_CACHE_MS = 5000;

export type LoginResult = IssuedTokens & { user: UserView };

/**
 * Sessions: login by password (argon2id, lockout after 5 failures for 15 minutes), refresh with
 * rotation, logout, invitation acceptance. Every login attempt is audited.
 * Logins by digital signature and eGov IDP end in `openSession` too.
 */
@Injectable()
export class AuthService {
  private dummyHash: Promise<string> | null = null;
  private readonly activeCache = new Map<string, { active: boolean; at: number }>();

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly tokens: TokenService,
    @Inject(SERVICE_CONFIG) private readonly env: GatewayEnv,
  ) {}

  async login(dto: LoginDto, meta: { ip: string; correlationId: string }): Promise<LoginResult> {
    const user = await this.users.createQueryBuilder('u').where('lower(u.login) = :login', { login: dto.login.toLowerCase() }).getOne();
    if (!user || !user.passwordHash) {
      // Spend the same time as a real verification, so that timing does not reveal which logins exist.
      await verify(await this.dummy(), dto.password).catch(() => false);
      await this.auditLogin(null, null, false, 'unknown login or no password', dto.login, meta);
      throw new ProblemException('UNAUTHENTICATED', 'invalid login or password', { field: 'password' });
    }
    if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      await this.auditLogin(user, null, false, 'locked', dto.login, meta);
      throw new ProblemException('UNAUTHENTICATED', `the account is locked until ${user.lockedUntil.toISOString()} after ${MAX_FAILED_LOGINS} failed logins`, {
        field: 'login',
        retryAfterSeconds: Math.ceil((user.lockedUntil.getTime() - Date.now()) / 1000),
      });
    }
    const ok = await verify(user.passwordHash, dto.password).catch(() => false);
    const org = await this.dataSource.getRepository(OrganizationEntity).findOne({ where: { id: user.organizationId } });
    if (!ok || !user.active || !org || !org.active) {
      const failed = user.failedLogins + 1;
      const lock = failed >= MAX_FAILED_LOGINS;
      await this.users.update({ id: user.id }, { failedLogins: lock ? 0 : failed, lockedUntil: lock ? new Date(Date.now() + LOCK_MINUTES * 60_000) : null });
      await this.auditLogin(user, org, false, !ok ? 'wrong password' : 'inactive user or organisation', dto.login, meta);
      throw new ProblemException('UNAUTHENTICATED', 'invalid login or password', { field: 'password' });
    }
    if (user.failedLogins > 0) await this.users.update({ id: user.id }, { failedLogins: 0, lockedUntil: null });
    return this.openSession(user, org, 'password', meta);
  }

  /** Issues tokens for an identified, active user (any login method) and audits the login. */
  async openSession(user: UserEntity, org: OrganizationEntity, method: string, meta: { ip: string; correlationId: string }): Promise<LoginResult> {
    if (!user.active || !org.active) throw new ProblemException('UNAUTHENTICATED', 'the account is not active', { field: 'login' });
    return this.dataSource.transaction(async (m) => {
      const { tokens, row } = await this.tokens.issue(m, this.claims(user, org));
      await m.query(`INSERT INTO session_info (family_id, user_id, method, ip) VALUES ($1, $2, $3, $4)`, [
        row.familyId,
        user.id,
        method,
        meta.ip.slice(0, 100),
      ]);
      await appendAudit(m, {
        actor: { userId: user.id, organizationId: org.id, role: org.type },
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        oldValue: null,
        newValue: { method, ip: meta.ip },
        ruleEdition: this.env.NDIP_RULE_EDITION,
        correlationId: meta.correlationId,
      });
      return { ...tokens, user: userView(user, org) };
    });
  }

  async refresh(refreshToken: string): Promise<LoginResult> {
    const outcome = await this.dataSource.transaction(async (m): Promise<{ error: string } | { result: LoginResult }> => {
      const found = await this.tokens.lookup(m, refreshToken);
      if (!found.ok) {
        // A replayed (already rotated) token: revoke the whole family, committed with this transaction.
        if (found.reusedFamily) await this.tokens.revokeFamily(m, found.reusedFamily, 'reuse of a rotated refresh token');
        return { error: found.reason };
      }
      const user = await m.getRepository(UserEntity).findOne({ where: { id: found.row.userId } });
      const org = user ? await m.getRepository(OrganizationEntity).findOne({ where: { id: user.organizationId } }) : null;
      if (!user || !org || !user.active || !org.active) return { error: 'the account is not active' };
      const next = await this.tokens.issue(m, this.claims(user, org), found.row.familyId);
      await this.tokens.retire(m, found.row, next.row.id);
      return { result: { ...next.tokens, user: userView(user, org) } };
    });
    if ('error' in outcome) throw new ProblemException('UNAUTHENTICATED', outcome.error, { field: 'refreshToken' });
    return outcome.result;
  }

  /** Ends the session of the presented refresh token (its whole family). */
  async logout(refreshToken: string, userId: string): Promise<void> {
    const error = await this.dataSource.transaction(async (m): Promise<string | null> => {
      const found = await this.tokens.lookup(m, refreshToken);
      if (!found.ok) return found.reason;
      if (found.row.userId !== userId) return 'the refresh token belongs to another user';
      await this.tokens.revokeFamily(m, found.row.familyId, 'logout');
      return null;
    });
    if (error) throw new ProblemException('UNAUTHENTICATED', error, { field: 'refreshToken' });
  }

  async acceptInvitation(dto: AcceptInvitationDto): Promise<UserView> {
    return this.dataSource.transaction(async (m) => {
      const user = await m.getRepository(UserEntity).findOne({ where: { invitationHash: sha256(dto.token) }, lock: { mode: 'pessimistic_write' } });
      if (!user || !user.invitationExpiresAt || user.invitationExpiresAt.getTime() <= Date.now()) {
        throw new ProblemException('UNAUTHENTICATED', 'unknown or expired invitation', { field: 'token' });
      }
      const problem = passwordProblem(dto.password, user.login);
      if (problem) throw new ProblemException('INVALID_INPUT', problem, { field: 'password' });
      user.passwordHash = await hash(dto.password, ARGON2);
      user.passwordChangedAt = new Date();
      user.invitationHash = null;
      user.invitationExpiresAt = null;
      await m.save(user);
      const org = await m.getRepository(OrganizationEntity).findOneOrFail({ where: { id: user.organizationId } });
      await appendAudit(m, {
        actor: { userId: user.id, organizationId: org.id, role: org.type },
        action: 'auth.invitation-accepted',
        entityType: 'user',
        entityId: user.id,
        oldValue: null,
        newValue: { passwordSet: true },
        ruleEdition: this.env.NDIP_RULE_EDITION,
        correlationId: null,
      });
      return userView(user, org);
    });
  }

  /**
   * Is the user still active, and (for a token that names its session) is that session still open?
   * Cached for a few seconds per user and session; used on every authenticated request.
   */
  async isActive(userId: string, sessionId?: string | null): Promise<boolean> {
    const key = `${userId}|${sessionId ?? ''}`;
    const hit = this.activeCache.get(key);
    if (hit && Date.now() - hit.at < ACTIVE_CACHE_MS) return hit.active;
    const row = (await this.dataSource.query(
      `SELECT u.active AND o.active
              AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM refresh_token t WHERE t.family_id = $2::uuid AND t.revoked_at IS NULL AND t.expires_at > now())) AS active
         FROM app_user u JOIN organization o ON o.id = u.organization_id WHERE u.id = $1`,
      [userId, sessionId ?? null],
    )) as { active: boolean }[];
    const active = row[0]?.active === true;
    if (this.activeCache.size > 50_000) this.activeCache.clear();
    this.activeCache.set(key, { active, at: Date.now() });
    return active;
  }

  /** Forget the cached status of every session of the user (after deactivation or ended sessions on this replica). */
  forget(userId: string): void {
    for (const key of this.activeCache.keys()) if (key.startsWith(`${userId}|`)) this.activeCache.delete(key);
  }

  private claims(user: UserEntity, org: OrganizationEntity): JwtClaims {
    return { sub: user.id, org: org.id, role: org.type, region: org.regionCode, country: org.countryCode, bin: org.bin, locale: user.locale };
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= hash('not-a-real-password-0', ARGON2);
    return this.dummyHash;
  }

  /** Audits a login attempt (failed ones included: who tried, why refused). */
  async auditLogin(
    user: UserEntity | null,
    org: OrganizationEntity | null,
    ok: boolean,
    reason: string,
    login: string,
    meta: { ip: string; correlationId: string },
  ): Promise<void> {
    await this.dataSource.transaction((m: EntityManager) =>
      appendAudit(m, {
        actor: { userId: user?.id ?? 'anonymous', organizationId: org?.id ?? user?.organizationId ?? '-', role: org?.type ?? 'ANONYMOUS' },
        action: ok ? 'auth.login' : 'auth.login-failed',
        entityType: 'user',
        entityId: user?.id ?? `login:${login.toLowerCase().slice(0, 100)}`,
        oldValue: null,
        newValue: { reason, ip: meta.ip },
        ruleEdition: this.env.NDIP_RULE_EDITION,
        correlationId: meta.correlationId,
      }),
    );
  }
}
