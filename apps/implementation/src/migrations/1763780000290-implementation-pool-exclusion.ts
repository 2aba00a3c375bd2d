import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The automatic exclusion from the national pool at the end of the post-investment period (Module 3 event). */
export class ImplementationPoolExclusion1763780000290 implements MigrationInterface {
  name = 'ImplementationPoolExclusion1763780000290';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE project ADD COLUMN national_pool_excluded_on date NULL, ADD COLUMN national_pool_exclusion_basis text NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE project DROP COLUMN national_pool_excluded_on, DROP COLUMN national_pool_exclusion_basis`);
  }
}
