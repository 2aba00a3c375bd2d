import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Refresh tokens (rotation, revocation), invitations, deactivation, EDS nonces. */
export class GatewaySessions1763800000500 implements MigrationInterface {
  name = 'GatewaySessions1763800000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id),
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        issued_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz NULL,
        revoked_reason text NULL,
        replaced_by uuid NULL
      )`);
    await q.query(`CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)`);
    await q.query(`CREATE INDEX refresh_token_user_idx ON refresh_token (user_id) WHERE revoked_at IS NULL`);
    await q.query(`ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL`);
    await q.query(`ALTER TABLE app_user ADD COLUMN invitation_hash text NULL UNIQUE, ADD COLUMN invitation_expires_at timestamptz NULL,
                   ADD COLUMN password_changed_at timestamptz NULL, ADD COLUMN deactivated_at timestamptz NULL, ADD COLUMN iin char(12) NULL`);
    await q.query(`CREATE UNIQUE INDEX app_user_iin_uq ON app_user (iin) WHERE iin IS NOT NULL`);
    await q.query(`
      CREATE TABLE login_nonce (
        nonce text PRIMARY KEY,
        purpose text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        consumed_at timestamptz NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE login_nonce');
    await q.query('DROP INDEX app_user_iin_uq');
    await q.query(
      `ALTER TABLE app_user DROP COLUMN invitation_hash, DROP COLUMN invitation_expires_at, DROP COLUMN password_changed_at, DROP COLUMN deactivated_at, DROP COLUMN iin`,
    );
    await q.query('DROP TABLE refresh_token');
  }
}
