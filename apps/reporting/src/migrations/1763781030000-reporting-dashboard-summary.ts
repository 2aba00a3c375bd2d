import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The dashboard status of a dash_project row (same expression as STATUS_SQL in dashboard.service.ts). */
const STATUS = (r: string): string =>
  `CASE WHEN ${r}.pool_status = 'EXCLUDED' THEN 'EXCLUDED' WHEN ${r}.pool_status = 'SUSPENDED' THEN 'SUSPENDED'
        WHEN ${r}.module = 3 THEN 'POST_INVESTMENT' ELSE 'IMPLEMENTATION' END`;

const SUMMARY_VALUES = (r: string, sign: string): string =>
  `(${r}.region_code, ${r}.pool, ${r}.sector, ${r}.module, ${STATUS(r)}, ${sign}, ${sign} * COALESCE(${r}.investment_amount_kzt, 0),
    ${sign} * COALESCE(${r}.jobs, 0), ${sign} * (${r}.jobs IS NOT NULL)::int,
    ${sign} * (${r}.green_corridor IS NOT DISTINCT FROM 'ELIGIBLE')::int, ${sign} * (${r}.green_corridor IS NOT DISTINCT FROM 'PENDING_COUNCIL')::int,
    ${sign} * (${r}.green_corridor IS NOT DISTINCT FROM 'NOT_ELIGIBLE')::int, ${sign} * ${r}.task_force::int)`;

const SUMMARY_UPSERT = `ON CONFLICT (region_code, pool, sector, module, status) DO UPDATE SET
    projects = dash_summary.projects + EXCLUDED.projects, amount_kzt = dash_summary.amount_kzt + EXCLUDED.amount_kzt,
    jobs = dash_summary.jobs + EXCLUDED.jobs, projects_with_jobs = dash_summary.projects_with_jobs + EXCLUDED.projects_with_jobs,
    gc_eligible = dash_summary.gc_eligible + EXCLUDED.gc_eligible, gc_pending = dash_summary.gc_pending + EXCLUDED.gc_pending,
    gc_not = dash_summary.gc_not + EXCLUDED.gc_not, task_force = dash_summary.task_force + EXCLUDED.task_force`;

const SUMMARY_COLUMNS = `(region_code, pool, sector, module, status, projects, amount_kzt, jobs, projects_with_jobs, gc_eligible, gc_pending, gc_not, task_force)`;

/** Open tasks of active projects: what the traffic lights count. */
const OPEN = (r: string): string => `${r}.actual_completion_date IS NULL AND ${r}.project_active`;

/**
 * The dashboard's summaries (issue 7, docs/performance.md) and the columns jobs / company_bin of dash_project.
 * Idempotent: it runs from this migration on databases where 1763810000400 (which creates dash_project) ran
 * before, and from 1763810000400 itself on a fresh database, where this migration's smaller timestamp makes it
 * run first and find no dash_project.
 *
 * - dash_summary: dash_project counted per (region, pool, sector, module, status), kept by a row trigger on
 *   dash_project in the transaction of the row change, whichever handler changes the row.
 * - dash_open_task: open tasks of active projects per (region, due date), kept by statement triggers with
 *   transition tables on rating_task (set-based, like the task handler that writes it).
 */
export async function ensureDashboardSummary(q: QueryRunner): Promise<void> {
  await q.query(`ALTER TABLE dash_project ADD COLUMN IF NOT EXISTS jobs int NULL, ADD COLUMN IF NOT EXISTS company_bin char(12) NULL`);
  await q.query(`CREATE INDEX IF NOT EXISTS dash_project_company_bin_idx ON dash_project (company_bin) WHERE company_bin IS NOT NULL`);
  await q.query(`
    CREATE TABLE IF NOT EXISTS dash_summary (
      region_code char(9) NOT NULL,
      pool text NULL,
      sector text NULL,
      module smallint NOT NULL,
      status text NOT NULL,
      projects int NOT NULL,
      amount_kzt numeric(24, 0) NOT NULL,
      jobs bigint NOT NULL,
      projects_with_jobs int NOT NULL,
      gc_eligible int NOT NULL,
      gc_pending int NOT NULL,
      gc_not int NOT NULL,
      task_force int NOT NULL,
      UNIQUE NULLS NOT DISTINCT (region_code, pool, sector, module, status)
    )`);
  await q.query(`
    CREATE TABLE IF NOT EXISTS dash_open_task (
      region_code char(9) NOT NULL,
      due_date date NOT NULL,
      n int NOT NULL,
      PRIMARY KEY (region_code, due_date)
    )`);
  await q.query(`
    CREATE OR REPLACE FUNCTION dash_summary_apply() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND (OLD.region_code, OLD.pool, OLD.sector, OLD.module, OLD.pool_status, OLD.investment_amount_kzt, OLD.jobs,
                               OLD.green_corridor, OLD.task_force)
           IS NOT DISTINCT FROM (NEW.region_code, NEW.pool, NEW.sector, NEW.module, NEW.pool_status, NEW.investment_amount_kzt, NEW.jobs,
                                 NEW.green_corridor, NEW.task_force) THEN
        RETURN NULL;
      END IF;
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO dash_summary ${SUMMARY_COLUMNS} VALUES ${SUMMARY_VALUES('OLD', '-1')} ${SUMMARY_UPSERT};
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO dash_summary ${SUMMARY_COLUMNS} VALUES ${SUMMARY_VALUES('NEW', '1')} ${SUMMARY_UPSERT};
      END IF;
      RETURN NULL;
    END $$`);
  await q.query(`DROP TRIGGER IF EXISTS dash_summary_trg ON dash_project`);
  await q.query(`CREATE TRIGGER dash_summary_trg AFTER INSERT OR UPDATE OR DELETE ON dash_project FOR EACH ROW EXECUTE FUNCTION dash_summary_apply()`);

  const openDelta = (parts: string[]): string => `
    INSERT INTO dash_open_task (region_code, due_date, n)
    SELECT region_code, due_date, sum(d)::int FROM (${parts.join(' UNION ALL ')}) x GROUP BY region_code, due_date HAVING sum(d) <> 0
    ON CONFLICT (region_code, due_date) DO UPDATE SET n = dash_open_task.n + EXCLUDED.n`;
  const plus = `SELECT t.region_code, t.due_date, 1 AS d FROM new_rows t WHERE ${OPEN('t')}`;
  const minus = `SELECT t.region_code, t.due_date, -1 AS d FROM old_rows t WHERE ${OPEN('t')}`;
  for (const [op, sql, refs] of [
    ['insert', openDelta([plus]), 'NEW TABLE AS new_rows'],
    ['update', openDelta([plus, minus]), 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
    ['delete', openDelta([minus]), 'OLD TABLE AS old_rows'],
  ] as const) {
    await q.query(`CREATE OR REPLACE FUNCTION dash_open_task_${op}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${sql}; RETURN NULL; END $$`);
    await q.query(`DROP TRIGGER IF EXISTS dash_open_task_${op}_trg ON rating_task`);
    await q.query(
      `CREATE TRIGGER dash_open_task_${op}_trg AFTER ${op.toUpperCase()} ON rating_task REFERENCING ${refs} FOR EACH STATEMENT EXECUTE FUNCTION dash_open_task_${op}()`,
    );
  }

  // Rows projected before the summaries existed.
  await q.query(`DELETE FROM dash_summary`);
  await q.query(`INSERT INTO dash_summary ${SUMMARY_COLUMNS}
    SELECT region_code, pool, sector, module, ${STATUS('p')}, count(*), COALESCE(sum(investment_amount_kzt), 0), COALESCE(sum(jobs), 0),
           count(jobs), count(*) FILTER (WHERE green_corridor = 'ELIGIBLE'), count(*) FILTER (WHERE green_corridor = 'PENDING_COUNCIL'),
           count(*) FILTER (WHERE green_corridor = 'NOT_ELIGIBLE'), count(*) FILTER (WHERE task_force)
      FROM dash_project p GROUP BY 1, 2, 3, 4, 5`);
  await q.query(`DELETE FROM dash_open_task`);
  await q.query(`INSERT INTO dash_open_task (region_code, due_date, n)
    SELECT region_code, due_date, count(*) FROM rating_task t WHERE ${OPEN('t')} GROUP BY 1, 2`);
}

export class ReportingDashboardSummary1763781030000 implements MigrationInterface {
  name = 'ReportingDashboardSummary1763781030000';

  async up(q: QueryRunner): Promise<void> {
    const [r] = (await q.query(`SELECT to_regclass('dash_project') IS NOT NULL AS present`)) as { present: boolean }[];
    // On a fresh database ReportingReadModels1763810000400 runs later and calls ensureDashboardSummary itself.
    if (r!.present) await ensureDashboardSummary(q);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) {
      await q.query(`DROP TRIGGER IF EXISTS dash_open_task_${op}_trg ON rating_task`);
      await q.query(`DROP FUNCTION IF EXISTS dash_open_task_${op}()`);
    }
    await q.query(`DROP TRIGGER IF EXISTS dash_summary_trg ON dash_project`);
    await q.query(`DROP FUNCTION IF EXISTS dash_summary_apply()`);
    await q.query(`DROP TABLE IF EXISTS dash_open_task`);
    await q.query(`DROP TABLE IF EXISTS dash_summary`);
    await q.query(`ALTER TABLE dash_project DROP COLUMN IF EXISTS jobs, DROP COLUMN IF EXISTS company_bin`);
  }
}
