import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Module 1 in full: card fields, contacts, KYC, meetings, trip cards, visits, initiative links, chat, country programmes. */
export class AttractionModule11763780000110 implements MigrationInterface {
  name = 'AttractionModule11763780000110';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE company
        ADD COLUMN size text NULL,
        ADD COLUMN global2000 boolean NOT NULL DEFAULT false,
        ADD COLUMN global2000_year int NULL,
        ADD COLUMN status text NOT NULL DEFAULT 'ACTIVE',
        ADD COLUMN merged_into uuid NULL REFERENCES company (id),
        ADD COLUMN dup_key text NOT NULL DEFAULT '',
        ADD COLUMN kyc_status text NOT NULL DEFAULT 'NOT_STARTED',
        ADD COLUMN created_on date NULL,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`UPDATE company SET dup_key = country_code || ':' || lower(name), created_on = (created_at AT TIME ZONE 'Asia/Almaty')::date`);
    await q.query(`ALTER TABLE company ALTER COLUMN created_on SET NOT NULL`);
    await q.query(`CREATE INDEX company_dup_key_idx ON company (dup_key) WHERE status = 'ACTIVE'`);
    await q.query(`CREATE INDEX company_country_idx ON company (country_code, created_at)`);
    await q.query(`
      CREATE TABLE company_contact (
        id uuid PRIMARY KEY,
        company_id uuid NOT NULL REFERENCES company (id),
        full_name text NOT NULL,
        position text NULL,
        phone text NULL,
        email text NULL,
        language text NULL,
        created_by_org text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX company_contact_company_idx ON company_contact (company_id, created_at)`);
    await q.query(`
      CREATE TABLE kyc_check (
        id uuid PRIMARY KEY,
        company_id uuid NOT NULL REFERENCES company (id),
        status text NOT NULL,
        state jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    // one check at a time per company
    await q.query(`CREATE UNIQUE INDEX kyc_check_open_uq ON kyc_check (company_id) WHERE status = 'IN_PROGRESS'`);
    await q.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY,
        company_id uuid NOT NULL REFERENCES company (id),
        country_code char(2) NOT NULL,
        originator_org text NOT NULL,
        held_on date NOT NULL,
        event_kind text NOT NULL,
        state jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX meeting_scope_idx ON meeting (originator_org, country_code, held_on)`);
    await q.query(`CREATE INDEX meeting_company_idx ON meeting (company_id)`);
    await q.query(`
      CREATE TABLE trip_card (
        id uuid PRIMARY KEY,
        originator_org text NOT NULL,
        country_code char(2) NOT NULL,
        trip_ended_on date NOT NULL,
        due_on date NOT NULL,
        late boolean NOT NULL,
        edition text NOT NULL,
        details jsonb NOT NULL,
        state jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX trip_card_scope_idx ON trip_card (originator_org, country_code, trip_ended_on)`);
    await q.query(`
      CREATE TABLE visit (
        id uuid PRIMARY KEY,
        company_id uuid NOT NULL REFERENCES company (id),
        country_code char(2) NOT NULL,
        originator_org text NOT NULL,
        status text NOT NULL,
        planned_from date NOT NULL,
        edition text NOT NULL,
        state jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX visit_scope_idx ON visit (originator_org, country_code, status)`);
    await q.query(`
      ALTER TABLE initiative
        ADD COLUMN title text NOT NULL DEFAULT '',
        ADD COLUMN sector text NULL,
        ADD COLUMN action_due_on date NULL,
        ADD COLUMN visit_id uuid NULL REFERENCES visit (id),
        ADD COLUMN meeting_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
        ADD COLUMN overdue_flagged_for date NULL`);
    await q.query(`UPDATE initiative SET title = state->>'title', action_due_on = (state->>'actionDueOn')::date`);
    await q.query(`CREATE UNIQUE INDEX initiative_visit_uq ON initiative (visit_id) WHERE visit_id IS NOT NULL`);
    await q.query(`CREATE INDEX initiative_due_idx ON initiative (action_due_on) WHERE status IN ('TRANSFERRED', 'IN_WORK', 'EXTENDED', 'REDIRECT_PENDING')`);
    await q.query(`CREATE INDEX initiative_country_idx ON initiative (country_code, created_at)`);
    await q.query(`
      CREATE TABLE chat_message (
        id uuid PRIMARY KEY,
        seq bigserial NOT NULL UNIQUE,
        initiative_id uuid NOT NULL REFERENCES initiative (id),
        author_user_id text NOT NULL,
        author_org text NOT NULL,
        author_role text NOT NULL,
        body text NOT NULL,
        posted_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX chat_message_initiative_idx ON chat_message (initiative_id, seq)`);
    await q.query(`
      CREATE TABLE chat_read_marker (
        initiative_id uuid NOT NULL REFERENCES initiative (id),
        user_id text NOT NULL,
        last_read_seq bigint NOT NULL,
        last_read_message_id uuid NOT NULL,
        read_at timestamptz NOT NULL,
        PRIMARY KEY (initiative_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE country_programme (
        id uuid PRIMARY KEY,
        country_code char(2) NOT NULL UNIQUE,
        title text NOT NULL,
        created_by_org text NOT NULL,
        current_version int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE country_programme_version (
        programme_id uuid NOT NULL REFERENCES country_programme (id),
        version_no int NOT NULL,
        year int NOT NULL,
        quarter int NOT NULL,
        content text NOT NULL,
        change_summary text NULL,
        submitted_on date NOT NULL,
        due_on date NOT NULL,
        late boolean NOT NULL,
        author_user_id text NOT NULL,
        author_org text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (programme_id, version_no)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['country_programme_version', 'country_programme', 'chat_read_marker', 'chat_message']) await q.query(`DROP TABLE ${t}`);
    await q.query(
      `ALTER TABLE initiative DROP COLUMN title, DROP COLUMN sector, DROP COLUMN action_due_on, DROP COLUMN visit_id, DROP COLUMN meeting_ids, DROP COLUMN overdue_flagged_for`,
    );
    for (const t of ['visit', 'trip_card', 'meeting', 'kyc_check', 'company_contact']) await q.query(`DROP TABLE ${t}`);
    await q.query(
      `ALTER TABLE company DROP COLUMN size, DROP COLUMN global2000, DROP COLUMN global2000_year, DROP COLUMN status, DROP COLUMN merged_into, DROP COLUMN dup_key, DROP COLUMN kyc_status, DROP COLUMN created_on, DROP COLUMN updated_at`,
    );
  }
}
