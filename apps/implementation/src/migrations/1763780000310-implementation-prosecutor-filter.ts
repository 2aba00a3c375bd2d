import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * [E001] Prosecutor filter (rules.md §7): restrictive measures and tax-inspection acts approved by the routed
 * prosecutor (SM-PF-APPROVAL), administrative cases and lawsuits assessed for legality (SM-PF-ASSESS).
 */
export class ImplementationProsecutorFilter1763780000310 implements MigrationInterface {
  name = 'ImplementationProsecutorFilter1763780000310';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE restrictive_measure (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES project (id),
        project_region_code char(9) NOT NULL,
        investor_bin char(12) NULL,
        status text NOT NULL,
        kind text NOT NULL,
        measure_type text NOT NULL,
        routed_to text NOT NULL,
        initiator_organization_id text NOT NULL,
        submitted_on date NULL,
        edition text NOT NULL,
        state jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX restrictive_measure_routing_idx ON restrictive_measure (routed_to, project_region_code, status)`);
    await q.query(`CREATE INDEX restrictive_measure_initiator_idx ON restrictive_measure (initiator_organization_id)`);
    await q.query(`CREATE INDEX restrictive_measure_investor_idx ON restrictive_measure (investor_bin)`);
    await q.query(`
      CREATE TABLE prosecutor_case (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES project (id),
        project_region_code char(9) NOT NULL,
        investor_bin char(12) NOT NULL,
        status text NOT NULL,
        case_kind text NOT NULL,
        routed_to text NOT NULL,
        registered_by_organization_id text NOT NULL,
        edition text NOT NULL,
        state jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX prosecutor_case_routing_idx ON prosecutor_case (routed_to, project_region_code, status)`);
    await q.query(`CREATE INDEX prosecutor_case_registrar_idx ON prosecutor_case (registered_by_organization_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE prosecutor_case');
    await q.query('DROP TABLE restrictive_measure');
  }
}
