import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportingInit1763780000400 implements MigrationInterface {
  name = 'ReportingInit1763780000400';

  async up(q: QueryRunner): Promise<void> {
    // One row per project: the furthest module it reached (2 = implementation, 3 = post-investment).
    await q.query(`
      CREATE TABLE project_projection (
        project_id uuid PRIMARY KEY,
        region_code char(9) NOT NULL,
        pool text NULL,
        module smallint NOT NULL,
        name text NULL,
        investment_amount_kzt numeric(20, 0) NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX project_projection_region_idx ON project_projection (region_code, module)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE project_projection');
  }
}
