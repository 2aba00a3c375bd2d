import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk import (issue 13): the BIN of every imported company card with a hash of the imported values, so that
 * a second import of the same row creates nothing and publishes nothing.
 */
export class AttractionImport1763900200100 implements MigrationInterface {
  name = 'AttractionImport1763900200100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE company_import_key (
        bin char(12) PRIMARY KEY,
        company_id uuid NOT NULL,
        row_hash text NOT NULL,
        job_id text NOT NULL,
        imported_by text NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE company_import_key`);
  }
}
