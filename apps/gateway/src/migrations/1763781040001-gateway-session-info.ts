import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per session (refresh-token family): how and from where it was opened, for the "my sessions"
 * list. Refers only to app_user (the first gateway migration), so it may run before the refresh_token
 * migration on a fresh database; the family id is the refresh_token.family_id of the session.
 */
export class GatewaySessionInfo1763781040001 implements MigrationInterface {
  name = 'GatewaySessionInfo1763781040001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE session_info (
        family_id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id),
        method text NOT NULL,
        ip text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX session_info_user_idx ON session_info (user_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE session_info');
  }
}
