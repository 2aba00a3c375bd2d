import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Since when a project is out of the national pool (Module 3 automatic exclusion). */
export class ReportingPoolExclusion1763780000410 implements MigrationInterface {
  name = 'ReportingPoolExclusion1763780000410';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE project_projection ADD COLUMN national_pool_excluded_on date NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE project_projection DROP COLUMN national_pool_excluded_on`);
  }
}
