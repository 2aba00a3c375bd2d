import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PostInvestmentInit1763780000300 implements MigrationInterface {
  name = 'PostInvestmentInit1763780000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE monitoring_period (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL UNIQUE,
        region_code char(9) NOT NULL,
        pool text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        investment_contract_expires_on date NULL,
        status text NOT NULL,
        edition text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX monitoring_region_idx ON monitoring_period (region_code, status)`);
    await q.query(`CREATE INDEX monitoring_ends_idx ON monitoring_period (ends_on) WHERE status = 'OPEN'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE monitoring_period');
  }
}
