import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Hash chain on the audit trail: each entry carries the hash of the one before it. */
export class PlatformAuditChain1763800000000 implements MigrationInterface {
  name = 'PlatformAuditChain1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log ADD COLUMN prev_hash text NULL, ADD COLUMN hash text NULL`);
    await q.query(`CREATE UNIQUE INDEX audit_log_hash_uq ON audit_log (hash)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_log_hash_uq`);
    await q.query(`ALTER TABLE audit_log DROP COLUMN prev_hash, DROP COLUMN hash`);
  }
}
