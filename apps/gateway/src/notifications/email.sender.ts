import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PeriodicJob, SERVICE_CONFIG } from '@ndip/platform';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import type { GatewayEnv } from '../gateway.env';

interface QueuedEmail {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  attempts: number;
}

/** nodemailer's codes for a server that cannot be reached (as opposed to one that refused a message). */
const CONNECTION_ERRORS = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED']);

/** Delay before attempt n+1 after n failed attempts: base · 2^(n−1), at most `max`. */
export function backoffMs(failedAttempts: number, baseMs: number, maxMs: number): number {
  const n = Math.max(1, failedAttempts);
  return Math.min(maxMs, baseMs * 2 ** Math.min(n - 1, 30));
}

/**
 * The e-mail queue worker: every NDIP_NOTIFY_EMAIL_INTERVAL_MS it takes the due e-mails (FOR UPDATE SKIP LOCKED,
 * so replicas share the queue), sends each through SMTP and records the attempt. A failure (server unreachable,
 * refused) keeps the e-mail PENDING with the next attempt after an exponential backoff; after
 * NDIP_SMTP_MAX_ATTEMPTS it is GAVE_UP (kept, with every attempt, for an operator). The inbox is never affected.
 */
@Injectable()
export class EmailSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('EmailSender');
  private readonly job = new PeriodicJob('e-mail pass', this.log, () => this.pass());
  private transport: Transporter | null = null;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly env: GatewayEnv,
    private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.env.NDIP_SMTP_HOST) {
      this.log.warn('NDIP_SMTP_HOST is empty: e-mails stay queued until an SMTP server is configured');
      return;
    }
    this.transport = createTransport({
      host: this.env.NDIP_SMTP_HOST,
      port: this.env.NDIP_SMTP_PORT,
      secure: this.env.NDIP_SMTP_SECURE,
      requireTLS: this.env.NDIP_SMTP_REQUIRE_TLS,
      ignoreTLS: !this.env.NDIP_SMTP_SECURE && !this.env.NDIP_SMTP_REQUIRE_TLS && this.env.NDIP_SMTP_IGNORE_TLS,
      auth: this.env.NDIP_SMTP_USER ? { user: this.env.NDIP_SMTP_USER, pass: this.env.NDIP_SMTP_PASSWORD } : undefined,
      tls: { rejectUnauthorized: this.env.NDIP_SMTP_TLS_REJECT_UNAUTHORIZED },
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    this.job.start(this.env.NDIP_NOTIFY_EMAIL_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job.stop();
    this.transport?.close();
  }

  /** One pass over the due e-mails; returns how many were sent. */
  private async pass(): Promise<number> {
    const transport = this.transport;
    if (!transport) return 0;
    let sent = 0;
    for (;;) {
      const n = await this.dataSource.transaction(async (m) => {
        const batch = (await m.query(
          `SELECT id, to_address, subject, text_body, html_body, attempts FROM notification_email
            WHERE status = 'PENDING' AND next_attempt_at <= now() ORDER BY next_attempt_at, id LIMIT 20 FOR UPDATE SKIP LOCKED`,
        )) as QueuedEmail[];
        let ok = 0;
        let serverDown = false;
        for (const e of batch) {
          // The server cannot be reached: the rest of the batch waits for the next pass (not an attempt of theirs).
          if (serverDown) break;
          const attempt = e.attempts + 1;
          try {
            const info = (await transport.sendMail({
              from: this.env.NDIP_SMTP_FROM,
              to: e.to_address,
              subject: e.subject,
              text: e.text_body,
              html: e.html_body,
            })) as { messageId?: string };
            await m.query(`UPDATE notification_email SET status = 'SENT', attempts = $2, sent_at = now(), last_error = NULL, message_id = $3 WHERE id = $1`, [
              e.id,
              attempt,
              info.messageId ?? null,
            ]);
            await m.query(`INSERT INTO notification_email_attempt (email_id, attempt, ok) VALUES ($1, $2, true)`, [e.id, attempt]);
            ok += 1;
          } catch (err) {
            const message = ((err as Error).message || String(err)).slice(0, 2000);
            serverDown = CONNECTION_ERRORS.has((err as { code?: string }).code ?? '');
            const giveUp = attempt >= this.env.NDIP_SMTP_MAX_ATTEMPTS;
            const delay = backoffMs(attempt, this.env.NDIP_SMTP_RETRY_BASE_MS, this.env.NDIP_SMTP_RETRY_MAX_MS);
            await m.query(
              `UPDATE notification_email SET attempts = $2, last_error = $3, status = $4, next_attempt_at = now() + ($5::int * interval '1 millisecond') WHERE id = $1`,
              [e.id, attempt, message, giveUp ? 'GAVE_UP' : 'PENDING', delay],
            );
            await m.query(`INSERT INTO notification_email_attempt (email_id, attempt, ok, error) VALUES ($1, $2, false, $3)`, [e.id, attempt, message]);
            this.log.warn(`e-mail ${e.id} attempt ${attempt} failed (${giveUp ? 'giving up' : `next in ${delay} ms`}): ${message}`);
          }
        }
        return { batch: serverDown ? 0 : batch.length, ok };
      });
      sent += n.ok;
      if (n.batch < 20) return sent;
    }
  }
}
