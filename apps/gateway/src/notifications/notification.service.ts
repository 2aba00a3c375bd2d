import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG, uuidv7 } from '@ndip/platform';
import type { EntityManager } from 'typeorm';
import type { GatewayEnv } from '../gateway.env';
import { DEFAULT_CHANNEL, MANDATORY_TYPES, type Audience, type Channel, type Notice, type NotificationType, type Recipient } from './notification.types';
import { renderEmail, renderNotice } from './templates';

/** The PostgreSQL channel on which new notices are announced to every gateway replica (live streams). */
export const NOTIFY_CHANNEL = 'ndip_notification';

interface RecipientRow {
  user_id: string;
  locale: string;
  email: string | null;
  organization_id: string;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Resolves audiences to the active users of active organisations (the gateway owns users and organisations). */
export async function resolveRecipients(m: EntityManager, audiences: readonly Audience[]): Promise<Recipient[]> {
  const out = new Map<string, Recipient>();
  for (const a of audiences) {
    if (a.kind === 'USER' && !UUID_RE.test(a.userId)) continue;
    if (a.kind === 'ORG' && !UUID_RE.test(a.organizationId)) continue;
    const where: string[] = ['u.active', 'o.active'];
    const params: unknown[] = [];
    const p = (v: unknown): string => {
      params.push(v);
      return `$${params.length}`;
    };
    switch (a.kind) {
      case 'USER':
        where.push(`u.id = ${p(a.userId)}`);
        break;
      case 'ORG':
        where.push(`o.id = ${p(a.organizationId)}`);
        if (a.headsOnly) where.push('u.is_head');
        break;
      case 'ORG_TYPE':
        where.push(`o.type = ${p(a.type)}`);
        if (a.regionCode) where.push(`o.region_code = ${p(a.regionCode)}`);
        if (a.headsOnly) where.push('u.is_head');
        break;
      case 'INVESTOR':
        where.push(`o.type = 'INV'`, `o.bin = ${p(a.bin)}`);
        break;
    }
    const rows = (await m.query(
      `SELECT u.id AS user_id, u.locale, COALESCE(s.email, CASE WHEN u.login LIKE '%_@_%._%' THEN u.login END) AS email, u.organization_id
         FROM app_user u JOIN organization o ON o.id = u.organization_id
         LEFT JOIN notification_user_setting s ON s.user_id = u.id
        WHERE ${where.join(' AND ')} ORDER BY u.id`,
      params,
    )) as RecipientRow[];
    for (const r of rows) {
      const locale = r.locale === 'kk' || r.locale === 'en' ? r.locale : 'ru';
      out.set(r.user_id, { userId: r.user_id, locale, email: r.email, organizationId: r.organization_id });
    }
  }
  return [...out.values()];
}

export async function channelOf(m: EntityManager, userId: string, type: NotificationType): Promise<Channel> {
  const rows = (await m.query(`SELECT channel FROM notification_preference WHERE user_id = $1 AND type = $2`, [userId, type])) as { channel: Channel }[];
  const c = rows[0]?.channel ?? DEFAULT_CHANNEL[type];
  return c === 'OFF' && MANDATORY_TYPES.includes(type) ? 'IN_APP' : c;
}

/**
 * Writes notices: one inbox row per recipient (unique per user and dedupe key, so a redelivered event or a
 * second scheduler run writes nothing new), an e-mail in the queue where the user's preference says so, and
 * a NOTIFY for the live streams, all in the caller's transaction.
 */
@Injectable()
export class NotificationWriter {
  constructor(@Inject(SERVICE_CONFIG) private readonly env: GatewayEnv) {}

  /** Returns the number of inbox rows written. */
  async notify(m: EntityManager, notice: Notice): Promise<number> {
    const recipients = await resolveRecipients(m, notice.audiences);
    let written = 0;
    for (const r of recipients) {
      const channel = await channelOf(m, r.userId, notice.type);
      if (channel === 'OFF') continue;
      const text = renderNotice(notice.template, r.locale, notice.params);
      const id = uuidv7();
      const inserted = (await m.query(
        `INSERT INTO notification (id, user_id, type, dedupe_key, title, body, link, record_type, record_id, due_on, params)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (user_id, dedupe_key) DO NOTHING RETURNING id`,
        [
          id,
          r.userId,
          notice.type,
          notice.dedupeKey,
          text.title,
          text.body,
          notice.link,
          notice.recordType,
          notice.recordId,
          notice.dueOn ?? null,
          JSON.stringify(notice.params),
        ],
      )) as unknown[];
      if (inserted.length === 0) continue;
      written += 1;
      if (channel === 'EMAIL' && r.email) {
        const url = notice.link ? `${this.env.NDIP_PUBLIC_URL.replace(/\/$/, '')}${notice.link}` : null;
        const mail = renderEmail(r.locale, text, url);
        await m.query(
          `INSERT INTO notification_email (id, notification_id, user_id, to_address, locale, subject, text_body, html_body) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [uuidv7(), id, r.userId, r.email, r.locale, mail.subject, mail.text, mail.html],
        );
      }
      await m.query(`SELECT pg_notify($1, $2)`, [NOTIFY_CHANNEL, JSON.stringify({ userId: r.userId, id })]);
    }
    return written;
  }
}
