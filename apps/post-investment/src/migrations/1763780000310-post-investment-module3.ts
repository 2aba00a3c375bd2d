import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Module 3: the period's end and pool exclusion, completion and archive on `monitoring_period`;
 * the investor of each project (BIN); investor issues; the KPI plan; the change log; the archive.
 */
export class PostInvestmentModule31763780000310 implements MigrationInterface {
  name = 'PostInvestmentModule31763780000310';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE monitoring_period
        ADD COLUMN basis text NULL,
        ADD COLUMN exclusion_runs_on date NULL,
        ADD COLUMN pool_status text NULL,
        ADD COLUMN pool_excluded_on date NULL,
        ADD COLUMN company_bin char(12) NULL,
        ADD COLUMN period_ended_on date NULL,
        ADD COLUMN completed_on date NULL,
        ADD COLUMN final_analysis text NULL,
        ADD COLUMN archived_on date NULL,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    // Periods opened before this migration: the same rule as postInvestmentPeriod (rules.md §4.7).
    await q.query(`
      UPDATE monitoring_period SET
        basis = CASE WHEN investment_contract_expires_on IS NULL THEN 'THREE_YEARS' ELSE 'INVESTMENT_CONTRACT' END,
        exclusion_runs_on = CASE WHEN investment_contract_expires_on IS NULL THEN ends_on ELSE investment_contract_expires_on + 1 END,
        pool_status = CASE WHEN pool = 'NATIONAL' THEN 'IN_NATIONAL_POOL' ELSE 'NOT_IN_NATIONAL_POOL' END`);
    await q.query(
      `ALTER TABLE monitoring_period ALTER COLUMN basis SET NOT NULL, ALTER COLUMN exclusion_runs_on SET NOT NULL, ALTER COLUMN pool_status SET NOT NULL`,
    );
    await q.query(`DROP INDEX monitoring_ends_idx`);
    await q.query(`CREATE INDEX monitoring_exclusion_idx ON monitoring_period (exclusion_runs_on) WHERE status = 'OPEN' OR pool_status = 'IN_NATIONAL_POOL'`);
    await q.query(`CREATE INDEX monitoring_bin_idx ON monitoring_period (company_bin)`);

    // The investor of a project, from attraction.initiative.converted (BIN) and implementation.project.created (project id).
    await q.query(`
      CREATE TABLE project_investor (
        initiative_id uuid PRIMARY KEY,
        project_id uuid NULL UNIQUE,
        company_id uuid NULL,
        company_name text NULL,
        company_bin char(12) NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE m3_issue (
        id uuid PRIMARY KEY,
        monitoring_id uuid NOT NULL REFERENCES monitoring_period (id),
        project_id uuid NOT NULL,
        region_code char(9) NOT NULL,
        company_bin char(12) NOT NULL,
        raised_by_user_id text NOT NULL,
        raised_by_organization_id text NOT NULL,
        kind text NOT NULL,
        category text NOT NULL,
        title text NOT NULL,
        description text NOT NULL,
        status text NOT NULL,
        raised_on date NOT NULL,
        sla_working_days int NOT NULL,
        due_on date NOT NULL,
        triage_note text NULL,
        assigned_agency text NULL,
        assigned_on date NULL,
        answer text NULL,
        answered_on date NULL,
        closed_on date NULL,
        sla_breached boolean NOT NULL DEFAULT false,
        escalated_on date NULL,
        edition text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX m3_issue_project_idx ON m3_issue (project_id, status)`);
    await q.query(`CREATE INDEX m3_issue_bin_idx ON m3_issue (company_bin, raised_on)`);
    await q.query(`CREATE INDEX m3_issue_sla_idx ON m3_issue (due_on) WHERE escalated_on IS NULL AND status IN ('OPEN', 'TRIAGED', 'ASSIGNED')`);

    await q.query(`
      CREATE TABLE m3_kpi_report (
        id uuid PRIMARY KEY,
        monitoring_id uuid NOT NULL REFERENCES monitoring_period (id),
        project_id uuid NOT NULL,
        period_no int NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        due_on date NOT NULL,
        remind_on date NOT NULL,
        status text NOT NULL,
        reminded_on date NULL,
        overdue boolean NOT NULL DEFAULT false,
        overdue_on date NULL,
        jobs_created int NULL,
        capital_spent_kzt numeric(20, 0) NULL,
        output_kzt numeric(20, 0) NULL,
        submitted_on date NULL,
        submitted_by_user_id text NULL,
        edition text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        UNIQUE (monitoring_id, period_no)
      )`);
    await q.query(`CREATE INDEX m3_kpi_due_idx ON m3_kpi_report (due_on) WHERE status = 'PLANNED'`);

    await q.query(`
      CREATE TABLE m3_change (
        id uuid PRIMARY KEY,
        monitoring_id uuid NOT NULL REFERENCES monitoring_period (id),
        project_id uuid NOT NULL,
        subject text NOT NULL,
        field text NOT NULL,
        old_value text NULL,
        new_value text NULL,
        reason text NOT NULL,
        recorded_on date NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by_user_id text NOT NULL,
        recorded_by_organization_id text NOT NULL,
        recorded_by_role text NOT NULL,
        edition text NOT NULL
      )`);
    await q.query(`CREATE INDEX m3_change_project_idx ON m3_change (project_id, recorded_at)`);

    // The archive of a completed project (000 §64): one immutable manifest of all its documents.
    await q.query(`
      CREATE TABLE m3_archive (
        monitoring_id uuid PRIMARY KEY REFERENCES monitoring_period (id),
        project_id uuid NOT NULL UNIQUE,
        archived_on date NOT NULL,
        archived_by_user_id text NOT NULL,
        document_count int NOT NULL,
        sha256 char(64) NOT NULL,
        manifest jsonb NOT NULL,
        edition text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE OR REPLACE FUNCTION m3_archive_read_only() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'm3_archive is read-only'; END $$ LANGUAGE plpgsql`);
    await q.query(`CREATE TRIGGER m3_archive_no_change BEFORE UPDATE OR DELETE ON m3_archive FOR EACH ROW EXECUTE FUNCTION m3_archive_read_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE m3_archive');
    await q.query('DROP FUNCTION m3_archive_read_only');
    await q.query('DROP TABLE m3_change');
    await q.query('DROP TABLE m3_kpi_report');
    await q.query('DROP TABLE m3_issue');
    await q.query('DROP TABLE project_investor');
    await q.query('DROP INDEX monitoring_bin_idx');
    await q.query('DROP INDEX monitoring_exclusion_idx');
    await q.query(`CREATE INDEX monitoring_ends_idx ON monitoring_period (ends_on) WHERE status = 'OPEN'`);
    await q.query(`
      ALTER TABLE monitoring_period
        DROP COLUMN basis, DROP COLUMN exclusion_runs_on, DROP COLUMN pool_status, DROP COLUMN pool_excluded_on, DROP COLUMN company_bin,
        DROP COLUMN period_ended_on, DROP COLUMN completed_on, DROP COLUMN final_analysis, DROP COLUMN archived_on, DROP COLUMN updated_at`);
  }
}
