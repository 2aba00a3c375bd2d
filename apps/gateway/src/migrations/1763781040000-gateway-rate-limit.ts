import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counters of the rate limiter, shared by every gateway replica: one row per key (SHA-256 of the
 * client address + login, or of the user id) with the fixed window it counts in. Depends on no other
 * gateway table, so it may run before the sessions migrations on a fresh database.
 */
export class GatewayRateLimit1763781040000 implements MigrationInterface {
  name = 'GatewayRateLimit1763781040000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_limit_counter (
        key text PRIMARY KEY,
        window_start timestamptz NOT NULL,
        hits int NOT NULL
      )`);
    await q.query(`CREATE INDEX rate_limit_counter_window_idx ON rate_limit_counter (window_start)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rate_limit_counter');
  }
}
