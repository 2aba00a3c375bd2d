import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { SERVICE_CONFIG, uuidv7 } from '@ndip/platform';
import type { EntityManager } from 'typeorm';
import type { GatewayEnv } from '../gateway.env';
import type { JwtClaims } from './identity.types';
import { RefreshTokenEntity } from './refresh-token.entity';

export interface IssuedTokens {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
  refreshExpiresIn: number;
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/**
 * Access tokens (short JWT) and refresh tokens (opaque, random, stored hashed). Refresh rotates:
 * every use returns a new refresh token and retires the old one; presenting a retired token again
 * (a stolen copy) revokes the whole family (ASVS 3.5.x).
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(SERVICE_CONFIG) private readonly env: GatewayEnv,
  ) {}

  async issue(m: EntityManager, claims: JwtClaims, familyId: string = uuidv7()): Promise<{ tokens: IssuedTokens; row: RefreshTokenEntity }> {
    const accessToken = await this.jwt.signAsync({ ...claims, sid: familyId });
    const refreshToken = randomBytes(32).toString('base64url');
    const now = new Date();
    const row = m.create(RefreshTokenEntity, {
      id: uuidv7(),
      userId: claims.sub,
      familyId,
      tokenHash: sha256(refreshToken),
      issuedAt: now,
      expiresAt: new Date(now.getTime() + this.env.NDIP_REFRESH_TTL_SECONDS * 1000),
      revokedAt: null,
      revokedReason: null,
      replacedBy: null,
    });
    await m.insert(RefreshTokenEntity, row);
    return {
      tokens: { accessToken, tokenType: 'Bearer', expiresIn: this.env.NDIP_JWT_TTL_SECONDS, refreshToken, refreshExpiresIn: this.env.NDIP_REFRESH_TTL_SECONDS },
      row,
    };
  }

  /**
   * Finds the stored token for a presented refresh token, locked. Unknown, expired and revoked tokens
   * are refused; a revoked token that had been rotated means a copy is being replayed: the caller must
   * revoke `reusedFamily` (and commit that) before refusing.
   */
  async lookup(
    m: EntityManager,
    presented: string,
  ): Promise<{ ok: true; row: RefreshTokenEntity } | { ok: false; reason: string; reusedFamily: string | null }> {
    const row = await m.getRepository(RefreshTokenEntity).findOne({ where: { tokenHash: sha256(presented) }, lock: { mode: 'pessimistic_write' } });
    if (!row) return { ok: false, reason: 'unknown refresh token', reusedFamily: null };
    if (row.revokedAt) return { ok: false, reason: 'refresh token revoked', reusedFamily: row.replacedBy ? row.familyId : null };
    if (row.expiresAt.getTime() <= Date.now()) return { ok: false, reason: 'refresh token expired', reusedFamily: null };
    return { ok: true, row };
  }

  async retire(m: EntityManager, row: RefreshTokenEntity, replacedBy: string): Promise<void> {
    await m.update(RefreshTokenEntity, { id: row.id }, { revokedAt: new Date(), revokedReason: 'rotated', replacedBy });
  }

  async revokeFamily(m: EntityManager, familyId: string, reason: string): Promise<void> {
    await m.query(`UPDATE refresh_token SET revoked_at = now(), revoked_reason = $2 WHERE family_id = $1 AND revoked_at IS NULL`, [familyId, reason]);
  }

  async revokeAllOfUser(m: EntityManager, userId: string, reason: string): Promise<void> {
    await m.query(`UPDATE refresh_token SET revoked_at = now(), revoked_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL`, [userId, reason]);
  }
}
