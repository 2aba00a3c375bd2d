import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register of Module 2 documents per project (000 §64 "all project documents"; rules.md P7), fed by
 * `implementation.attachment.added`: references only (id, name, type, size, SHA-256, who and when), never the
 * bytes, which stay in Module 2 and are downloaded through GET /api/v1/attachments/{id}. The archive of a
 * completed project lists these rows with its Module 3 records. A row never changes (a reference to a file with
 * its checksum), and once the project's period is archived nothing is added any more (the consumer records
 * such a late event in the audit log and leaves the register alone; the trigger refuses it as a second line).
 */
export class PostInvestmentDocumentRegister1763781090000 implements MigrationInterface {
  name = 'PostInvestmentDocumentRegister1763781090000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE m3_document_register (
        attachment_id uuid PRIMARY KEY,
        project_id uuid NOT NULL,
        target_kind text NOT NULL CHECK (target_kind IN ('PROJECT', 'STAGE', 'TASK')),
        target_id text NOT NULL,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL,
        event_id uuid NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX m3_document_register_project ON m3_document_register (project_id, uploaded_at, attachment_id)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION m3_document_register_guard() RETURNS trigger AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN RAISE EXCEPTION 'm3_document_register is append-only'; END IF;
        IF EXISTS (SELECT 1 FROM monitoring_period WHERE project_id = NEW.project_id AND archived_on IS NOT NULL) THEN
          RAISE EXCEPTION 'project % is archived: its document register is read-only', NEW.project_id;
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await q.query(
      `CREATE TRIGGER m3_document_register_guard BEFORE INSERT OR UPDATE OR DELETE ON m3_document_register FOR EACH ROW EXECUTE FUNCTION m3_document_register_guard()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE m3_document_register');
    await q.query('DROP FUNCTION m3_document_register_guard');
  }
}
