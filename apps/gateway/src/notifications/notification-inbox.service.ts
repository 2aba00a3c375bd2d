import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@ndip/domain';
import { SERVICE_CONFIG, appendAudit } from '@ndip/platform';
import { DataSource } from 'typeorm';
import type { GatewayEnv } from '../gateway.env';
import { ProblemException } from '../http/problem';
import type { RequestMeta } from '../http/request-meta';
import { NOTIFICATION_VIEW_SQL, type NotificationView } from './notification-stream.service';
import { CHANNELS, DEFAULT_CHANNEL, MANDATORY_TYPES, NOTIFICATION_TYPES, type Channel, type NotificationType } from './notification.types';
import type { ListEmailsQueryDto, ListNotificationsQueryDto, UpdatePreferencesDto } from './notifications.dto';

export interface PreferencesView {
  email: string | null;
  preferences: { type: NotificationType; channel: Channel; mandatory: boolean; default: Channel }[];
}

/** The caller's inbox and preferences; every query is scoped to the caller's user id. */
@Injectable()
export class NotificationInboxService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly env: GatewayEnv,
  ) {}

  async unread(userId: string): Promise<number> {
    const [r] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`, [userId])) as {
      n: number;
    }[];
    return r!.n;
  }

  async list(
    userId: string,
    q: ListNotificationsQueryDto,
  ): Promise<{ items: NotificationView[]; total: number; page: number; pageSize: number; unread: number }> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const filter = q.unreadOnly ? 'AND read_at IS NULL' : '';
    const items = (await this.dataSource.query(`${NOTIFICATION_VIEW_SQL} WHERE user_id = $1 ${filter} ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`, [
      userId,
      pageSize,
      (page - 1) * pageSize,
    ])) as NotificationView[];
    const [t] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 ${filter}`, [userId])) as { n: number }[];
    return { items, total: t!.n, page, pageSize, unread: await this.unread(userId) };
  }

  async markRead(userId: string, id: string): Promise<NotificationView> {
    await this.dataSource.query(`UPDATE notification SET read_at = now() WHERE id = $1 AND user_id = $2 AND read_at IS NULL`, [id, userId]);
    const [row] = (await this.dataSource.query(`${NOTIFICATION_VIEW_SQL} WHERE id = $1 AND user_id = $2`, [id, userId])) as NotificationView[];
    if (!row) throw new ProblemException('NOT_FOUND', 'notification not found', { field: 'id' });
    return row;
  }

  async markAllRead(userId: string): Promise<{ updated: number }> {
    const [r] = (await this.dataSource.query(
      `WITH u AS (UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL RETURNING 1) SELECT count(*)::int AS n FROM u`,
      [userId],
    )) as { n: number }[];
    return { updated: r!.n };
  }

  async preferences(userId: string): Promise<PreferencesView> {
    const rows = (await this.dataSource.query(`SELECT type, channel FROM notification_preference WHERE user_id = $1`, [userId])) as {
      type: NotificationType;
      channel: Channel;
    }[];
    const [s] = (await this.dataSource.query(`SELECT email FROM notification_user_setting WHERE user_id = $1`, [userId])) as { email: string | null }[];
    const set = new Map(rows.map((r) => [r.type, r.channel]));
    return {
      email: s?.email ?? null,
      preferences: NOTIFICATION_TYPES.map((type) => ({
        type,
        channel: set.get(type) ?? DEFAULT_CHANNEL[type],
        mandatory: MANDATORY_TYPES.includes(type),
        default: DEFAULT_CHANNEL[type],
      })),
    };
  }

  /** Validates everything first (400 naming the field, nothing changed), then writes in one transaction with an audit entry. */
  async updatePreferences(actor: Actor, dto: UpdatePreferencesDto, meta: RequestMeta): Promise<PreferencesView> {
    const entries = Object.entries(dto.preferences ?? {});
    for (const [type, channel] of entries) {
      const field = `preferences.${type}`;
      if (!(NOTIFICATION_TYPES as readonly string[]).includes(type)) {
        throw new ProblemException('INVALID_INPUT', `unknown notification type ${type} (one of ${NOTIFICATION_TYPES.join(', ')})`, { field });
      }
      if (!(CHANNELS as readonly string[]).includes(channel))
        throw new ProblemException('INVALID_INPUT', `${field} must be one of ${CHANNELS.join(', ')}`, { field });
      if (channel === 'OFF' && MANDATORY_TYPES.includes(type as NotificationType)) {
        throw new ProblemException('INVALID_INPUT', `${type} is a legal deadline notice and cannot be switched off`, { field });
      }
    }
    const before = await this.preferences(actor.userId);
    await this.dataSource.transaction(async (m) => {
      for (const [type, channel] of entries) {
        await m.query(
          `INSERT INTO notification_preference (user_id, type, channel) VALUES ($1, $2, $3)
           ON CONFLICT (user_id, type) DO UPDATE SET channel = EXCLUDED.channel, updated_at = now()`,
          [actor.userId, type, channel],
        );
      }
      if (dto.email !== undefined) {
        await m.query(
          `INSERT INTO notification_user_setting (user_id, email) VALUES ($1, $2) ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email, updated_at = now()`,
          [actor.userId, dto.email],
        );
      }
      await appendAudit(m, {
        actor,
        action: 'notification.preferences-updated',
        entityType: 'user',
        entityId: actor.userId,
        oldValue: before,
        newValue: { email: dto.email, preferences: dto.preferences ?? {} },
        ruleEdition: this.env.NDIP_RULE_EDITION,
        correlationId: meta.correlationId,
      });
    });
    return this.preferences(actor.userId);
  }

  /** ADMIN: marks a user as the head of their organisation (overdue notices and escalations go to heads). */
  async setHead(actor: Actor, userId: string, head: boolean, meta: RequestMeta): Promise<{ userId: string; head: boolean }> {
    return this.dataSource.transaction(async (m) => {
      const rows = (await m.query(`SELECT is_head FROM app_user WHERE id = $1 FOR UPDATE`, [userId])) as { is_head: boolean }[];
      if (rows.length === 0) throw new ProblemException('NOT_FOUND', 'user not found', { field: 'userId' });
      await m.query(`UPDATE app_user SET is_head = $2 WHERE id = $1`, [userId, head]);
      await appendAudit(m, {
        actor,
        action: 'user.head-set',
        entityType: 'user',
        entityId: userId,
        oldValue: { head: rows[0]!.is_head },
        newValue: { head },
        ruleEdition: this.env.NDIP_RULE_EDITION,
        correlationId: meta.correlationId,
      });
      return { userId, head };
    });
  }

  /** ADMIN: the e-mail queue with its attempts (operators see what is delayed and why). */
  async emails(q: ListEmailsQueryDto): Promise<{ items: unknown[]; total: number; page: number; pageSize: number }> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const params: unknown[] = [];
    const where = q.status ? (params.push(q.status), `WHERE e.status = $1`) : '';
    const items = (await this.dataSource.query(
      `SELECT e.id, e.notification_id AS "notificationId", e.user_id AS "userId", e.to_address AS "to", e.locale, e.subject, e.status, e.attempts,
              e.next_attempt_at AS "nextAttemptAt", e.last_error AS "lastError", e.sent_at AS "sentAt", e.created_at AS "createdAt",
              COALESCE((SELECT json_agg(json_build_object('attempt', a.attempt, 'at', a.at, 'ok', a.ok, 'error', a.error) ORDER BY a.attempt)
                          FROM notification_email_attempt a WHERE a.email_id = e.id), '[]'::json) AS "attemptLog"
         FROM notification_email e ${where} ORDER BY e.created_at DESC, e.id DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    )) as unknown[];
    const [t] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM notification_email e ${where}`, params)) as { n: number }[];
    return { items, total: t!.n, page, pageSize };
  }
}
