import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk import (issue 13): the external number of every imported project (its key in the system it came from),
 * with a hash of the imported values: a second import of the same row creates nothing and publishes nothing.
 */
export class ImplementationImport1763900200000 implements MigrationInterface {
  name = 'ImplementationImport1763900200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE project_import_key (
        external_number text PRIMARY KEY,
        project_id uuid NOT NULL,
        row_hash text NOT NULL,
        job_id text NOT NULL,
        imported_by text NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX project_import_key_project ON project_import_key (project_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE project_import_key`);
  }
}
