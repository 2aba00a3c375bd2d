import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SERVICE_CONFIG } from '@ndip/platform';
import type { Request, Response } from 'express';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { GatewayEnv } from '../gateway.env';
import { NOTIFY_CHANNEL } from './notification.service';

const HEARTBEAT_MS = 15_000;
const RECONNECT_MS = 2_000;

export interface NotificationView {
  id: string;
  type: string;
  title: string;
  body: string;
  link: string | null;
  recordType: string | null;
  recordId: string | null;
  dueOn: string | null;
  createdAt: string;
  readAt: string | null;
}

export const NOTIFICATION_VIEW_SQL = `SELECT id, type, title, body, link, record_type AS "recordType", record_id AS "recordId", due_on::text AS "dueOn",
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
  CASE WHEN read_at IS NULL THEN NULL ELSE to_char(read_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END AS "readAt"
  FROM notification`;

/**
 * Live inbox over server-sent events, the pattern of the chat hub: each open stream belongs to one user; a new
 * notice is announced by the transaction that wrote it (pg_notify on `ndip_notification`, delivered after the
 * commit to every gateway replica through LISTEN), then read and written to that user's open streams as an
 * event "notification" (followed by "unread" with the new count).
 */
@Injectable()
export class NotificationStreamHub implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('NotificationStreamHub');
  private readonly streams = new Map<string, Set<Response>>();
  private listener: Client | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly env: GatewayEnv,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.heartbeat = setInterval(() => {
      for (const set of this.streams.values()) for (const res of set) res.write(': keep-alive\n\n');
    }, HEARTBEAT_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const set of this.streams.values()) for (const res of set) res.end();
    this.streams.clear();
    await this.listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const c = new Client({ connectionString: this.env.DATABASE_URL, application_name: 'ndip-gateway-notifications-listen' });
    c.on('notification', (n) => {
      if (n.channel === NOTIFY_CHANNEL && n.payload) void this.deliver(n.payload);
    });
    c.on('error', (e) => {
      this.log.warn(`listener connection lost: ${e.message}`);
      this.listener = null;
      if (!this.stopped) setTimeout(() => void this.listen().catch((err: unknown) => this.log.warn((err as Error).message)), RECONNECT_MS);
    });
    await c.connect();
    await c.query(`LISTEN ${NOTIFY_CHANNEL}`);
    this.listener = c;
  }

  open(userId: string, req: Request, res: Response, unread: number): void {
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('Connection', 'keep-alive');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    const set = this.streams.get(userId) ?? new Set<Response>();
    set.add(res);
    this.streams.set(userId, set);
    res.write(`retry: 3000\nevent: ready\ndata: ${JSON.stringify({ unread })}\n\n`);
    req.on('close', () => {
      set.delete(res);
      if (set.size === 0) this.streams.delete(userId);
    });
  }

  private async deliver(payload: string): Promise<void> {
    let msg: { userId?: string; id?: string };
    try {
      msg = JSON.parse(payload) as { userId?: string; id?: string };
    } catch {
      return;
    }
    const set = msg.userId ? this.streams.get(msg.userId) : undefined;
    if (!set || set.size === 0 || !msg.id) return;
    try {
      const [row] = (await this.dataSource.query(`${NOTIFICATION_VIEW_SQL} WHERE id = $1 AND user_id = $2`, [msg.id, msg.userId])) as NotificationView[];
      const [count] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`, [msg.userId])) as {
        n: number;
      }[];
      if (!row) return;
      for (const res of set)
        res.write(`id: ${row.id}\nevent: notification\ndata: ${JSON.stringify(row)}\n\nevent: unread\ndata: ${JSON.stringify({ unread: count!.n })}\n\n`);
    } catch (e) {
      this.log.warn(`could not push notice ${msg.id}: ${(e as Error).message}`);
    }
  }
}
