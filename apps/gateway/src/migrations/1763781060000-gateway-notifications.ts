import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (issue #12): the head flag of users, the in-app inbox, the e-mail queue with its attempts,
 * preferences, the deadlines read from the services' events with the reminders sent (one row per key),
 * the context the recipients are resolved from (initiative → company, project → region, pool, investor),
 * and the daily digests (one per user and day).
 */
export class GatewayNotifications1763781060000 implements MigrationInterface {
  name = 'GatewayNotifications1763781060000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN is_head boolean NOT NULL DEFAULT false`);
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id),
        type text NOT NULL,
        dedupe_key text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        link text NULL,
        record_type text NULL,
        record_id text NULL,
        due_on date NULL,
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz NULL,
        CONSTRAINT notification_user_key_uq UNIQUE (user_id, dedupe_key)
      )`);
    await q.query(`CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL`);
    await q.query(`
      CREATE TABLE notification_email (
        id uuid PRIMARY KEY,
        notification_id uuid NULL REFERENCES notification (id),
        user_id uuid NOT NULL REFERENCES app_user (id),
        to_address text NOT NULL,
        locale text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'GAVE_UP')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text NULL,
        sent_at timestamptz NULL,
        message_id text NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX notification_email_due_idx ON notification_email (next_attempt_at) WHERE status = 'PENDING'`);
    await q.query(`
      CREATE TABLE notification_email_attempt (
        email_id uuid NOT NULL REFERENCES notification_email (id),
        attempt int NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        ok boolean NOT NULL,
        error text NULL,
        PRIMARY KEY (email_id, attempt)
      )`);
    await q.query(`
      CREATE TABLE notification_preference (
        user_id uuid NOT NULL REFERENCES app_user (id),
        type text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('IN_APP', 'EMAIL', 'OFF')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, type)
      )`);
    await q.query(`
      CREATE TABLE notification_user_setting (
        user_id uuid PRIMARY KEY REFERENCES app_user (id),
        email text NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE notification_deadline (
        id text PRIMARY KEY,
        kind text NOT NULL,
        record_type text NOT NULL,
        record_id text NOT NULL,
        title text NOT NULL,
        due_on date NOT NULL,
        region_code char(9) NULL,
        project_id uuid NULL,
        audience jsonb NOT NULL,
        overdue_audience jsonb NOT NULL DEFAULT '[]'::jsonb,
        link text NULL,
        closed_at timestamptz NULL,
        closed_reason text NULL,
        source_event_id uuid NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX notification_deadline_open_idx ON notification_deadline (due_on) WHERE closed_at IS NULL`);
    await q.query(`
      CREATE TABLE notification_reminder (
        deadline_id text NOT NULL REFERENCES notification_deadline (id),
        key text NOT NULL,
        kind text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('SENT', 'SUPERSEDED')),
        run_date date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (deadline_id, key)
      )`);
    await q.query(`
      CREATE TABLE notification_context (
        record_type text NOT NULL,
        record_id text NOT NULL,
        region_code char(9) NULL,
        project_id uuid NULL,
        company_bin char(12) NULL,
        pool text NULL,
        name text NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (record_type, record_id)
      )`);
    await q.query(`
      CREATE TABLE notification_digest (
        user_id uuid NOT NULL REFERENCES app_user (id),
        digest_date date NOT NULL,
        items int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, digest_date)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'notification_digest',
      'notification_context',
      'notification_reminder',
      'notification_deadline',
      'notification_user_setting',
      'notification_preference',
      'notification_email_attempt',
      'notification_email',
      'notification',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
    await q.query(`ALTER TABLE app_user DROP COLUMN is_head`);
  }
}
