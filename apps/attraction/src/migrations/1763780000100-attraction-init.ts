import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AttractionInit1763780000100 implements MigrationInterface {
  name = 'AttractionInit1763780000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE company (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        country_code char(2) NOT NULL,
        bin char(12) NULL,
        sector text NULL,
        website text NULL,
        created_by_org text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX company_bin_uq ON company (bin) WHERE bin IS NOT NULL`);
    await q.query(`CREATE INDEX company_name_country_idx ON company (lower(name), country_code)`);
    await q.query(`
      CREATE TABLE initiative (
        id uuid PRIMARY KEY,
        company_id uuid NOT NULL REFERENCES company (id),
        status text NOT NULL,
        region_code char(9) NULL,
        country_code char(2) NOT NULL,
        originator_org text NOT NULL,
        edition text NOT NULL,
        state jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX initiative_region_status_idx ON initiative (region_code, status)`);
    await q.query(`CREATE INDEX initiative_originator_idx ON initiative (originator_org)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE initiative');
    await q.query('DROP TABLE company');
  }
}
