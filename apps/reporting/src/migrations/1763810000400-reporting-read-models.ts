import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ensureDashboardSummary } from './1763781030000-reporting-dashboard-summary';

/**
 * Read models of issue 7. Two kinds of tables:
 * - projections (dash_*, rating_task, rating_region_live): built only from events, emptied and rebuilt by
 *   `rebuildProjections`;
 * - records reporting owns (rating snapshots, attractiveness data and results, quarterly reports): never
 *   emptied by a rebuild.
 */
export class ReportingReadModels1763810000400 implements MigrationInterface {
  name = 'ReportingReadModels1763810000400';

  async up(q: QueryRunner): Promise<void> {
    // Projection generation (the rebuild reads the topics with a new consumer group) and the rating clock.
    await q.query(`
      CREATE TABLE projection_state (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        generation int NOT NULL DEFAULT 1,
        rebuild_started_at timestamptz NULL,
        rebuild_targets jsonb NULL,
        rating_as_of date NULL
      )`);
    await q.query(`INSERT INTO projection_state DEFAULT VALUES`);
    // Next offset applied per partition and generation, written in the transaction of each batch.
    await q.query(`
      CREATE TABLE projection_offset (
        generation int NOT NULL,
        topic text NOT NULL,
        partition int NOT NULL,
        next_offset bigint NOT NULL,
        PRIMARY KEY (generation, topic, partition)
      )`);

    await q.query(`
      CREATE TABLE dash_project (
        project_id uuid PRIMARY KEY,
        region_code char(9) NOT NULL,
        name text NULL,
        investment_amount_kzt numeric(20, 0) NULL,
        initiative_id uuid NULL,
        company_id uuid NULL,
        sector text NULL,
        pool text NULL,
        module smallint NOT NULL DEFAULT 2,
        pool_status text NOT NULL DEFAULT 'ACTIVE',
        created_on date NULL,
        module3_on date NULL,
        pool_status_on date NULL,
        green_corridor text NULL,
        green_corridor_score_milli int NULL,
        task_force boolean NOT NULL DEFAULT false,
        task_force_on date NULL,
        has_tasks boolean NOT NULL DEFAULT false,
        rating_counted boolean GENERATED ALWAYS AS (pool = 'NATIONAL' AND module = 2 AND pool_status = 'ACTIVE' AND has_tasks) STORED
      )`);
    await q.query(`CREATE INDEX dash_project_counted_idx ON dash_project (region_code) WHERE rating_counted`);
    await q.query(`CREATE INDEX dash_project_initiative_idx ON dash_project (initiative_id) WHERE initiative_id IS NOT NULL`);
    await q.query(`CREATE INDEX dash_project_region_idx ON dash_project (region_code)`);

    await q.query(`
      CREATE TABLE dash_initiative (
        initiative_id uuid PRIMARY KEY,
        company_id uuid NULL,
        country_code char(2) NULL,
        created_on date NULL,
        region_code char(9) NULL,
        transferred_on date NULL,
        converted_on date NULL,
        sector text NULL,
        project_id uuid NULL
      )`);
    await q.query(`CREATE INDEX dash_initiative_created_idx ON dash_initiative (created_on)`);
    await q.query(`CREATE INDEX dash_initiative_company_idx ON dash_initiative (company_id)`);
    await q.query(`
      CREATE TABLE dash_meeting (
        meeting_id uuid PRIMARY KEY,
        company_id uuid NOT NULL,
        country_code char(2) NOT NULL,
        held_on date NOT NULL
      )`);
    await q.query(`CREATE INDEX dash_meeting_company_idx ON dash_meeting (company_id, held_on)`);

    // Roadmap tasks as the rating sees them; penalty_halves = overduePenalty × 2 as of projection_state.rating_as_of.
    await q.query(`
      CREATE TABLE rating_task (
        task_id uuid PRIMARY KEY,
        project_id uuid NOT NULL,
        roadmap_id uuid NOT NULL,
        code text NOT NULL,
        region_code char(9) NOT NULL,
        responsible_org_id uuid NULL,
        stage text NULL,
        due_date date NOT NULL,
        actual_completion_date date NULL,
        status text NOT NULL,
        validated_on date NULL,
        project_active boolean NOT NULL DEFAULT true,
        penalty_halves smallint NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX rating_task_penalty_idx ON rating_task (region_code) INCLUDE (penalty_halves) WHERE penalty_halves > 0 AND project_active`);
    await q.query(`CREATE INDEX rating_task_project_idx ON rating_task (project_id)`);
    await q.query(`CREATE INDEX rating_task_open_idx ON rating_task (due_date) WHERE actual_completion_date IS NULL`);
    await q.query(`
      CREATE TABLE rating_region_live (
        region_code char(9) PRIMARY KEY,
        penalty_halves int NOT NULL,
        overdue_tasks int NOT NULL,
        projects int NOT NULL,
        as_of date NULL
      )`);

    // Frozen quarter snapshots (owned: a rebuild keeps them).
    await q.query(`
      CREATE TABLE rating_snapshot (
        year smallint NOT NULL,
        quarter smallint NOT NULL,
        snapshot_id uuid NOT NULL UNIQUE,
        as_of date NOT NULL,
        frozen_on date NOT NULL,
        frozen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (year, quarter)
      )`);
    await q.query(`
      CREATE TABLE rating_snapshot_region (
        year smallint NOT NULL,
        quarter smallint NOT NULL,
        region_code char(9) NOT NULL,
        rank int NOT NULL,
        penalty_halves int NOT NULL,
        projects int NOT NULL,
        overdue_tasks int NOT NULL,
        PRIMARY KEY (year, quarter, region_code)
      )`);
    await q.query(`
      CREATE TABLE rating_snapshot_task (
        year smallint NOT NULL,
        quarter smallint NOT NULL,
        task_id uuid NOT NULL,
        region_code char(9) NOT NULL,
        project_id uuid NOT NULL,
        roadmap_id uuid NOT NULL,
        code text NOT NULL,
        responsible_org_id uuid NULL,
        due_date date NOT NULL,
        actual_completion_date date NULL,
        overdue_days int NOT NULL,
        penalty_halves smallint NOT NULL,
        PRIMARY KEY (year, quarter, task_id)
      )`);
    await q.query(`CREATE INDEX rating_snapshot_task_region_idx ON rating_snapshot_task (year, quarter, region_code)`);

    // Attractiveness rating (004): hard data, survey responses, published results (owned).
    await q.query(`
      CREATE TABLE attr_hard_value (
        year smallint NOT NULL,
        region_code char(9) NOT NULL,
        factor_id text NOT NULL,
        value numeric NOT NULL,
        upload_id uuid NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (year, region_code, factor_id)
      )`);
    await q.query(`
      CREATE TABLE attr_survey_response (
        response_id uuid PRIMARY KEY,
        year smallint NOT NULL,
        region_code char(9) NOT NULL,
        respondent_id text NOT NULL,
        enterprise jsonb NOT NULL,
        answers jsonb NOT NULL,
        concerns text NULL,
        submitted_by_org text NOT NULL,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (year, respondent_id)
      )`);
    await q.query(`CREATE INDEX attr_survey_year_idx ON attr_survey_response (year, region_code)`);
    await q.query(`
      CREATE TABLE attr_rating (
        rating_id uuid PRIMARY KEY,
        year smallint NOT NULL,
        version int NOT NULL,
        methodology jsonb NOT NULL,
        results jsonb NOT NULL,
        published_on date NOT NULL,
        published_by text NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (year, version)
      )`);

    // Quarterly reports R1–R3 (rules.md §10.1; owned).
    await q.query(`
      CREATE TABLE quarterly_report (
        report_id uuid PRIMARY KEY,
        kind text NOT NULL,
        year smallint NOT NULL,
        quarter smallint NOT NULL,
        organization_id text NOT NULL,
        role text NOT NULL,
        region_code char(9) NULL,
        country_code char(2) NULL,
        submitted_by text NOT NULL,
        submitted_on date NOT NULL,
        due_on date NOT NULL,
        late boolean NOT NULL,
        narrative text NOT NULL,
        recommendations text NULL,
        declared jsonb NOT NULL,
        figures jsonb NOT NULL,
        included_reports uuid[] NULL,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (kind, year, quarter, organization_id)
      )`);
    // Dashboard summaries: a migration with a smaller timestamp, which finds no dash_project on a fresh database.
    await ensureDashboardSummary(q);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'dash_summary',
      'dash_open_task',
      'quarterly_report',
      'attr_rating',
      'attr_survey_response',
      'attr_hard_value',
      'rating_snapshot_task',
      'rating_snapshot_region',
      'rating_snapshot',
      'rating_region_live',
      'rating_task',
      'dash_meeting',
      'dash_initiative',
      'dash_project',
      'projection_offset',
      'projection_state',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
