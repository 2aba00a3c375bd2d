import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The one-stop shop (SM-SVC, rules.md §8), comments and attachments on a project / stage / task (000 §58;
 * 001 §66), and the notices of the deadline job (one per aggregate, timer and due date: exactly once).
 */
export class ImplementationDesk1763781020000 implements MigrationInterface {
  name = 'ImplementationDesk1763781020000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_application (
        id uuid PRIMARY KEY,
        region_code char(9) NOT NULL,
        project_id uuid NULL REFERENCES project (id),
        applicant_organization_id text NOT NULL,
        provider_organization_id text NULL,
        status text NOT NULL,
        provider_due_on date NULL,
        edition text NOT NULL,
        state jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX service_application_region_idx ON service_application (region_code, status)`);
    await q.query(`CREATE INDEX service_application_applicant_idx ON service_application (applicant_organization_id)`);
    await q.query(`CREATE INDEX service_application_provider_idx ON service_application (provider_organization_id)`);
    await q.query(`
      CREATE TABLE project_comment (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES project (id),
        stage text NULL,
        task_id uuid NULL,
        text text NOT NULL,
        author_user_id text NOT NULL,
        author_organization_id text NOT NULL,
        author_role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX project_comment_target_idx ON project_comment (project_id, task_id, stage, created_at)`);
    await q.query(`
      CREATE TABLE project_attachment (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES project (id),
        stage text NULL,
        task_id uuid NULL,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL,
        storage_key text NOT NULL UNIQUE,
        note text NULL,
        author_user_id text NOT NULL,
        author_organization_id text NOT NULL,
        author_role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX project_attachment_target_idx ON project_attachment (project_id, task_id, stage, created_at)`);
    await q.query(`
      CREATE TABLE deadline_notice (
        aggregate_id uuid NOT NULL,
        timer text NOT NULL,
        due_on date NOT NULL,
        detected_on date NOT NULL,
        PRIMARY KEY (aggregate_id, timer, due_on)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE deadline_notice');
    await q.query('DROP TABLE project_attachment');
    await q.query('DROP TABLE project_comment');
    await q.query('DROP TABLE service_application');
  }
}
