import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The investor's BIN per project from the completed passport (`implementation.project.passport-completed`):
 * projects opened without a Module 1 initiative (entry paths P2–P5) get their investor this way (§9.3 INV).
 */
export class PostInvestmentPassportBin1763781031000 implements MigrationInterface {
  name = 'PostInvestmentPassportBin1763781031000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE m3_project_passport (
        project_id uuid PRIMARY KEY,
        company_bin char(12) NULL,
        completed_on date NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE m3_project_passport`);
  }
}
