import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { DomainError, DomainErrorCode, type Actor } from '@ndip/domain';
import { SERVICE_CONFIG, appendAudit, type Page } from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { GatewayEnv } from '../gateway.env';
import { ProblemException } from '../http/problem';
import { AuthService } from './auth.service';
import { ARGON2, sha256 } from './identity.service';
import { OrganizationEntity } from './organization.entity';
import { passwordProblem } from './password-policy';
import { UserEntity } from './user.entity';

/** How long an administrator's password-reset link is valid. */
export const RESET_HOURS = 24;

export interface SessionView {
  /** The session id (refresh-token family). */
  id: string;
  method: string;
  ip: string;
  startedAt: string;
  lastRefreshedAt: string;
  expiresAt: string;
  /** The session of the access token that asked. */
  current: boolean;
}

interface SessionRow {
  id: string;
  method: string | null;
  ip: string | null;
  started_at: Date;
  last_refreshed_at: Date;
  expires_at: Date;
  total: number;
}

/**
 * Sessions (refresh-token families) of a user: list, end one, end all others, end all (administrator);
 * the user's own password change and the administrator's password reset (ASVS 2.5, 3.3, 3.7).
 * Ending a session revokes its refresh tokens; its access tokens stop being accepted within seconds
 * (`AuthService.isActive` checks the session named in the token).
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    @Inject(SERVICE_CONFIG) private readonly env: GatewayEnv,
  ) {}

  /** Open sessions of a user (a family with at least one unrevoked, unexpired token), newest first. */
  async list(userId: string, currentSessionId: string | null, page: number, pageSize: number): Promise<Page<SessionView>> {
    const rows = (await this.dataSource.query(
      `SELECT t.family_id AS id, s.method, s.ip, min(t.issued_at) AS started_at, max(t.issued_at) AS last_refreshed_at,
              max(t.expires_at) AS expires_at, count(*) OVER ()::int AS total
         FROM refresh_token t LEFT JOIN session_info s ON s.family_id = t.family_id
        WHERE t.user_id = $1
        GROUP BY t.family_id, s.method, s.ip
       HAVING bool_or(t.revoked_at IS NULL AND t.expires_at > now())
        ORDER BY min(t.issued_at) DESC, t.family_id
        LIMIT $2 OFFSET $3`,
      [userId, pageSize, (page - 1) * pageSize],
    )) as SessionRow[];
    const total = rows[0]?.total ?? (page > 1 ? await this.count(userId) : 0);
    return {
      items: rows.map((r) => ({
        id: r.id,
        method: r.method ?? 'unknown',
        ip: r.ip ?? '-',
        startedAt: new Date(r.started_at).toISOString(),
        lastRefreshedAt: new Date(r.last_refreshed_at).toISOString(),
        expiresAt: new Date(r.expires_at).toISOString(),
        current: r.id === currentSessionId,
      })),
      total,
      page,
      pageSize,
    };
  }

  /** Ends one of the caller's own sessions; another user's session id is answered as not found. */
  async endOwn(actor: Actor, sessionId: string, correlationId: string): Promise<void> {
    const ended = await this.dataSource.transaction(async (m) => {
      const n = await this.revoke(m, `user_id = $1 AND family_id = $2`, [actor.userId, sessionId], 'ended by the user');
      if (n > 0) await this.audit(m, actor, 'auth.session-ended', actor.userId, { sessionId }, correlationId);
      return n;
    });
    this.auth.forget(actor.userId);
    if (ended === 0) throw new DomainError(DomainErrorCode.NOT_FOUND, `no open session ${sessionId}`, { field: 'id' });
  }

  /** Ends every session of the caller except the one of this access token. */
  async endOthers(actor: Actor, currentSessionId: string | null, correlationId: string): Promise<{ ended: number }> {
    if (!currentSessionId) throw new ProblemException('UNAUTHENTICATED', 'the access token names no session; log in again', { field: 'authorization' });
    const ended = await this.dataSource.transaction(async (m) => {
      const n = await this.revoke(m, `user_id = $1 AND family_id <> $2`, [actor.userId, currentSessionId], 'other sessions ended by the user');
      await this.audit(m, actor, 'auth.sessions-ended', actor.userId, { kept: currentSessionId, ended: n }, correlationId);
      return n;
    });
    this.auth.forget(actor.userId);
    return { ended };
  }

  /** Administrator: ends every session of a user. */
  async endAllOf(actor: Actor, userId: string, correlationId: string): Promise<{ ended: number }> {
    const ended = await this.dataSource.transaction(async (m) => {
      await this.userOrFail(m, userId);
      const n = await this.revoke(m, `user_id = $1`, [userId], 'ended by an administrator');
      await this.audit(m, actor, 'auth.sessions-ended', userId, { ended: n, byAdministrator: true }, correlationId);
      return n;
    });
    this.auth.forget(userId);
    return { ended };
  }

  async listOf(userId: string, page: number, pageSize: number): Promise<Page<SessionView>> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: userId } });
    if (!user) throw new DomainError(DomainErrorCode.NOT_FOUND, `user ${userId} not found`, { field: 'id' });
    return this.list(userId, null, page, pageSize);
  }

  /**
   * The user changes its own password: the current one is required, the policy applies, and every
   * other session ends (the one that asked stays open).
   */
  async changePassword(
    actor: Actor,
    currentSessionId: string | null,
    current: string,
    next: string,
    correlationId: string,
  ): Promise<{ endedSessions: number }> {
    const result = await this.dataSource.transaction(async (m) => {
      const user = await m.getRepository(UserEntity).findOne({ where: { id: actor.userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new DomainError(DomainErrorCode.NOT_FOUND, 'user not found', { field: 'id' });
      const ok = user.passwordHash ? await verify(user.passwordHash, current).catch(() => false) : false;
      if (!ok) return { wrong: true as const };
      if (current === next) throw new ProblemException('INVALID_INPUT', 'the new password must differ from the current one', { field: 'newPassword' });
      const problem = passwordProblem(next, user.login);
      if (problem) throw new ProblemException('INVALID_INPUT', problem, { field: 'newPassword' });
      user.passwordHash = await hash(next, ARGON2);
      user.passwordChangedAt = new Date();
      await m.save(user);
      const where = currentSessionId ? `user_id = $1 AND family_id <> $2` : `user_id = $1`;
      const params = currentSessionId ? [user.id, currentSessionId] : [user.id];
      const n = await this.revoke(m, where, params, 'password changed');
      await this.audit(m, actor, 'auth.password-changed', user.id, { endedSessions: n }, correlationId);
      return { wrong: false as const, endedSessions: n };
    });
    if (result.wrong) {
      await this.dataSource.transaction((m) =>
        this.audit(m, actor, 'auth.password-change-failed', actor.userId, { reason: 'wrong current password' }, correlationId),
      );
      throw new ProblemException('INVALID_INPUT', 'the current password is wrong', { field: 'currentPassword' });
    }
    this.auth.forget(actor.userId);
    return { endedSessions: result.endedSessions };
  }

  /**
   * Administrator: resets a user's password. The old password stops working, every session ends, and a
   * one-time token (valid 24 hours) is returned for the user to set a new password with
   * POST /auth/accept-invitation, exactly like an invitation.
   */
  async resetPassword(actor: Actor, userId: string, correlationId: string): Promise<{ token: string; expiresAt: string }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + RESET_HOURS * 3600_000);
    await this.dataSource.transaction(async (m) => {
      const user = await this.userOrFail(m, userId);
      if (user.id === actor.userId)
        throw new DomainError(DomainErrorCode.CONFLICT, 'administrators change their own password with POST /auth/password', { field: 'id' });
      user.passwordHash = null;
      user.invitationHash = sha256(token);
      user.invitationExpiresAt = expiresAt;
      user.failedLogins = 0;
      user.lockedUntil = null;
      await m.save(user);
      const n = await this.revoke(m, `user_id = $1`, [userId], 'password reset by an administrator');
      await this.audit(m, actor, 'user.password-reset', userId, { endedSessions: n, linkExpiresAt: expiresAt.toISOString() }, correlationId);
    });
    this.auth.forget(userId);
    return { token, expiresAt: expiresAt.toISOString() };
  }

  private async userOrFail(m: EntityManager, userId: string): Promise<UserEntity> {
    const user = await m.getRepository(UserEntity).findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw new DomainError(DomainErrorCode.NOT_FOUND, `user ${userId} not found`, { field: 'id' });
    return user;
  }

  private async count(userId: string): Promise<number> {
    return this.countFamilies(this.dataSource.manager, `user_id = $1`, [userId]);
  }

  private async countFamilies(m: EntityManager, where: string, params: unknown[]): Promise<number> {
    const rows = (await m.query(
      `SELECT count(DISTINCT family_id)::int AS n FROM refresh_token WHERE ${where} AND revoked_at IS NULL AND expires_at > now()`,
      params,
    )) as { n: number }[];
    return rows[0]?.n ?? 0;
  }

  /** Revokes the open tokens matching `where`; returns how many families had one. */
  private async revoke(m: EntityManager, where: string, params: unknown[], reason: string): Promise<number> {
    const n = await this.countFamilies(m, where, params);
    await m.query(`UPDATE refresh_token SET revoked_at = now(), revoked_reason = $${params.length + 1} WHERE ${where} AND revoked_at IS NULL`, [
      ...params,
      reason,
    ]);
    return n;
  }

  private async audit(m: EntityManager, actor: Actor, action: string, userId: string, newValue: unknown, correlationId: string): Promise<void> {
    const org = await m.getRepository(OrganizationEntity).findOne({ where: { id: actor.organizationId } });
    await appendAudit(m, {
      actor: { userId: actor.userId, organizationId: actor.organizationId, role: org?.type ?? actor.role },
      action,
      entityType: 'user',
      entityId: userId,
      oldValue: null,
      newValue,
      ruleEdition: this.env.NDIP_RULE_EDITION,
      correlationId,
    });
  }
}
