import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency-Key records of gateway writes (apps/gateway/src/http/idempotency.interceptor.ts), kept 24 hours. */
export class GatewayIdempotency1763781080000 implements MigrationInterface {
  name = 'GatewayIdempotency1763781080000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_key (
        caller text NOT NULL,
        key text NOT NULL,
        request_hash char(64) NOT NULL,
        state text NOT NULL CHECK (state IN ('in-progress', 'done')),
        status_code smallint NULL,
        response_body text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz NULL,
        locked_until timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (caller, key)
      )`);
    await q.query(`CREATE INDEX idempotency_key_expires_idx ON idempotency_key (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS idempotency_key');
  }
}
