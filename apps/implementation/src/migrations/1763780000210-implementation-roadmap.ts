import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Module 2 (issue 5, first half): the full passport, green-corridor scorings, roadmaps, tasks and
 * the overdue notices of the daily job.
 */
export class ImplementationRoadmap1763780000210 implements MigrationInterface {
  name = 'ImplementationRoadmap1763780000210';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE project
        ALTER COLUMN company_id DROP NOT NULL,
        ALTER COLUMN company_bin DROP NOT NULL,
        ADD COLUMN entry_path text NOT NULL DEFAULT 'P1',
        ADD COLUMN initiator_organization_id text NULL,
        ADD COLUMN participant_org_ids text[] NOT NULL DEFAULT '{}',
        ADD COLUMN passport jsonb NULL,
        ADD COLUMN passport_status text NOT NULL DEFAULT 'INCOMPLETE',
        ADD COLUMN passport_fill_due_on date NULL,
        ADD COLUMN passport_completed_on date NULL,
        ADD COLUMN passport_completed_late boolean NOT NULL DEFAULT false,
        ADD COLUMN pool_classified_on date NULL,
        ADD COLUMN roadmap_status text NOT NULL DEFAULT 'NO_ROADMAP',
        ADD COLUMN green_corridor_status text NULL,
        ADD COLUMN green_corridor_score_milli int NULL,
        ADD COLUMN green_corridor_review_required boolean NOT NULL DEFAULT false,
        ADD COLUMN task_force boolean NOT NULL DEFAULT false,
        ADD COLUMN task_force_on date NULL`);
    // Projects created before this migration: their passport from the columns they had.
    await q.query(`
      UPDATE project SET
        pool_classified_on = created_on,
        passport = jsonb_build_object(
          'companyName', company_name, 'companyBin', company_bin, 'sector', sector, 'commodityPosition', null,
          'regionCode', region_code, 'estimatedCost', jsonb_build_object('amount', investment_amount_kzt::text, 'currency', 'KZT'),
          'financingScheme', '[]'::jsonb, 'contacts', '[]'::jsonb, 'description', null, 'companyRegisteredOn', null,
          'usdKztRate', null, 'jobs', null, 'technologyLevel', null, 'inGlobal2000', null,
          'hasInvestmentContract', has_investment_contract, 'investmentContractExpiresOn', investment_contract_expires_on)`);
    await q.query(`ALTER TABLE project ALTER COLUMN passport SET NOT NULL`);
    await q.query(`CREATE INDEX project_company_bin_idx ON project (company_bin)`);
    await q.query(`CREATE INDEX project_participants_idx ON project USING gin (participant_org_ids)`);

    await q.query(`
      CREATE TABLE green_corridor_scoring (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES project (id),
        evaluated_on date NOT NULL,
        trigger text NOT NULL,
        amount_usd numeric(24, 2) NOT NULL,
        usd_kzt_rate numeric(12, 4) NOT NULL,
        amount_kzt numeric(24, 0) NOT NULL,
        in_global_2000 boolean NOT NULL,
        technology_level text NOT NULL,
        jobs int NOT NULL,
        score_milli int NOT NULL,
        status text NOT NULL,
        project_status text NOT NULL,
        review_required boolean NOT NULL,
        explanation jsonb NOT NULL,
        task_force boolean NOT NULL,
        mci_year int NOT NULL,
        mci_value int NOT NULL,
        rule_edition text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX green_corridor_scoring_project_idx ON green_corridor_scoring (project_id, created_at)`);

    await q.query(`
      CREATE TABLE roadmap (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES project (id),
        region_code char(9) NOT NULL,
        status text NOT NULL,
        edition text NOT NULL,
        state jsonb NOT NULL,
        content jsonb NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    // One roadmap per project (R1 creates it once).
    await q.query(`CREATE UNIQUE INDEX roadmap_project_uq ON roadmap (project_id)`);

    await q.query(`
      CREATE TABLE roadmap_task (
        id uuid PRIMARY KEY,
        roadmap_id uuid NOT NULL REFERENCES roadmap (id),
        project_id uuid NOT NULL REFERENCES project (id),
        region_code char(9) NOT NULL,
        stage text NOT NULL,
        position int NOT NULL,
        code text NOT NULL,
        status text NOT NULL,
        due_date date NOT NULL,
        effective boolean NOT NULL DEFAULT false,
        responsible jsonb NOT NULL,
        expected_result text NOT NULL,
        support_measures jsonb NOT NULL,
        edition text NOT NULL,
        state jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX roadmap_task_code_uq ON roadmap_task (roadmap_id, code)`);
    await q.query(`CREATE INDEX roadmap_task_open_due_idx ON roadmap_task (due_date) WHERE effective AND status IN ('PLANNED', 'IN_PROGRESS')`);

    // T6: one "became overdue" event per task and due date (the job and its command are idempotent on it).
    await q.query(`
      CREATE TABLE task_overdue_notice (
        task_id uuid NOT NULL REFERENCES roadmap_task (id),
        due_date date NOT NULL,
        detected_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (task_id, due_date)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE task_overdue_notice');
    await q.query('DROP TABLE roadmap_task');
    await q.query('DROP TABLE roadmap');
    await q.query('DROP TABLE green_corridor_scoring');
    await q.query(`DROP INDEX project_participants_idx`);
    await q.query(`DROP INDEX project_company_bin_idx`);
    await q.query(`
      ALTER TABLE project
        DROP COLUMN entry_path, DROP COLUMN initiator_organization_id, DROP COLUMN participant_org_ids, DROP COLUMN passport,
        DROP COLUMN passport_status, DROP COLUMN passport_fill_due_on, DROP COLUMN passport_completed_on, DROP COLUMN passport_completed_late,
        DROP COLUMN pool_classified_on, DROP COLUMN roadmap_status, DROP COLUMN green_corridor_status, DROP COLUMN green_corridor_score_milli,
        DROP COLUMN green_corridor_review_required, DROP COLUMN task_force, DROP COLUMN task_force_on`);
  }
}
