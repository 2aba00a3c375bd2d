import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Commands already executed, by the key the gateway derives from the caller's Idempotency-Key: a retry of a
 * command whose reply was lost (the caller saw 503) gets the stored result instead of a second execution.
 */
export class PlatformCommandDedup1763820000000 implements MigrationInterface {
  name = 'PlatformCommandDedup1763820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE command_dedup (
        command_key text PRIMARY KEY,
        state text NOT NULL CHECK (state IN ('running', 'done')),
        result jsonb NULL,
        locked_until timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX command_dedup_created_idx ON command_dedup (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE command_dedup');
  }
}

/**
 * A keyed command marks its claim 'applied' inside its own transaction (OutboxWriter.append): a crash between the
 * command's commit and the stored result no longer lets a retry run the command a second time.
 */
export class PlatformCommandDedupApplied1763900900000 implements MigrationInterface {
  name = 'PlatformCommandDedupApplied1763900900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE command_dedup DROP CONSTRAINT IF EXISTS command_dedup_state_check`);
    await q.query(`ALTER TABLE command_dedup ADD CONSTRAINT command_dedup_state_check CHECK (state IN ('running', 'applied', 'done'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM command_dedup WHERE state = 'applied'`);
    await q.query(`ALTER TABLE command_dedup DROP CONSTRAINT IF EXISTS command_dedup_state_check`);
    await q.query(`ALTER TABLE command_dedup ADD CONSTRAINT command_dedup_state_check CHECK (state IN ('running', 'done'))`);
  }
}
