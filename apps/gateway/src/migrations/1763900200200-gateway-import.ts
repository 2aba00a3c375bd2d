import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk import jobs (issue 13): who uploaded which file, its validation report (error codes with their row and
 * column; worded in the reader's language when read) and the progress of the batches sent to the services.
 */
export class GatewayImport1763900200200 implements MigrationInterface {
  name = 'GatewayImport1763900200200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_job (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        format text NOT NULL,
        file_name text NOT NULL,
        sha256 char(64) NOT NULL,
        status text NOT NULL,
        rows_total int NOT NULL DEFAULT 0,
        rows_done int NOT NULL DEFAULT 0,
        created_count int NOT NULL DEFAULT 0,
        unchanged_count int NOT NULL DEFAULT 0,
        changed jsonb NOT NULL DEFAULT '[]',
        errors jsonb NOT NULL DEFAULT '[]',
        error_count int NOT NULL DEFAULT 0,
        failure text NULL,
        user_id text NOT NULL,
        organization_id text NOT NULL,
        role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz NULL,
        finished_at timestamptz NULL
      )`);
    await q.query(`CREATE INDEX import_job_org ON import_job (organization_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE import_job`);
  }
}
