import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImplementationInit1763780000200 implements MigrationInterface {
  name = 'ImplementationInit1763780000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE project (
        id uuid PRIMARY KEY,
        initiative_id uuid NULL,
        company_id uuid NOT NULL,
        company_name text NOT NULL,
        company_bin char(12) NOT NULL,
        name text NOT NULL,
        sector text NULL,
        region_code char(9) NOT NULL,
        investment_amount_kzt numeric(20, 0) NOT NULL,
        has_investment_contract boolean NOT NULL,
        pool text NOT NULL,
        pool_mci_year int NOT NULL,
        pool_mci_value int NOT NULL,
        pool_amount_mci numeric(24, 2) NOT NULL,
        status text NOT NULL,
        edition text NOT NULL,
        validated_on date NULL,
        investment_contract_expires_on date NULL,
        created_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    // One project per initiative: the conversion event may arrive more than once.
    await q.query(`CREATE UNIQUE INDEX project_initiative_uq ON project (initiative_id) WHERE initiative_id IS NOT NULL`);
    await q.query(`CREATE INDEX project_region_pool_idx ON project (region_code, pool, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE project');
  }
}
