import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GatewayInit1763780000500 implements MigrationInterface {
  name = 'GatewayInit1763780000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY,
        type text NOT NULL,
        name_kk text NOT NULL,
        name_ru text NOT NULL,
        name_en text NOT NULL,
        region_code char(9) NULL,
        country_code char(2) NULL,
        bin char(12) NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY,
        login text NOT NULL,
        password_hash text NOT NULL,
        full_name text NOT NULL,
        organization_id uuid NOT NULL REFERENCES organization (id),
        locale text NOT NULL DEFAULT 'ru',
        active boolean NOT NULL DEFAULT true,
        failed_logins int NOT NULL DEFAULT 0,
        locked_until timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_login_uq ON app_user (lower(login))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE app_user');
    await q.query('DROP TABLE organization');
  }
}
