import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SM-POOL (rules.md §6): the pool membership of a project (pinned edition) and the suspension / exclusion /
 * resumption requests to AB with their 5-working-day decision date.
 */
export class ImplementationPoolMembership1763780000300 implements MigrationInterface {
  name = 'ImplementationPoolMembership1763780000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE pool_membership (
        project_id uuid PRIMARY KEY REFERENCES project (id),
        region_code char(9) NOT NULL,
        pool text NOT NULL,
        status text NOT NULL,
        edition text NOT NULL,
        state jsonb NOT NULL,
        pending_request_id uuid NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX pool_membership_region_idx ON pool_membership (region_code, status)`);
    await q.query(`
      CREATE TABLE pool_request (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES project (id),
        kind text NOT NULL,
        grounds text[] NOT NULL,
        justification text NOT NULL,
        submitted_on date NOT NULL,
        submitted_by_organization_id text NOT NULL,
        submitted_by_role text NOT NULL,
        decision_due_on date NOT NULL,
        status text NOT NULL,
        decision text NULL,
        decided_on date NULL,
        decided_late boolean NULL,
        reason text NULL,
        edition text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // At most one pending request per project.
    await q.query(`CREATE UNIQUE INDEX pool_request_pending_uq ON pool_request (project_id) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX pool_request_project_idx ON pool_request (project_id, submitted_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE pool_request');
    await q.query('DROP TABLE pool_membership');
  }
}
