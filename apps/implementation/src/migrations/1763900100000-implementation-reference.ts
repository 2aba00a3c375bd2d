import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reference data with effective dates (issue 13): every change of the MCI, the decreed day transfers, the rule
 * configuration and the classifiers, only inserted (history). The pool classification keeps the rule edition and
 * options it applied; the recomputation of working-day deadlines is published once per deadline and new date.
 */
export class ImplementationReference1763900100000 implements MigrationInterface {
  name = 'ImplementationReference1763900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reference_entry (
        id uuid PRIMARY KEY,
        sequence bigserial NOT NULL UNIQUE,
        kind text NOT NULL,
        key text NOT NULL,
        effective_from date NOT NULL,
        legal_act text NOT NULL,
        value jsonb NULL,
        recorded_at timestamptz NOT NULL,
        recorded_by text NOT NULL,
        recorded_by_organization text NOT NULL
      )`);
    await q.query(`CREATE INDEX reference_entry_kind_key_idx ON reference_entry (kind, key, sequence DESC)`);
    await q.query(`ALTER TABLE project ADD COLUMN pool_rule_edition text NULL, ADD COLUMN pool_rule_options jsonb NULL, ADD COLUMN pool_rule_act text NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE project DROP COLUMN pool_rule_edition, DROP COLUMN pool_rule_options, DROP COLUMN pool_rule_act`);
    await q.query(`DROP TABLE reference_entry`);
  }
}
