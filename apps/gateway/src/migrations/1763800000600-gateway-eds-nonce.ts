import type { MigrationInterface, QueryRunner } from 'typeorm';
import { EDS_NONCE_TABLE_SQL } from '../eds/nonce-store';

/** One-time nonces for login by digital signature, shared by all gateway replicas (replaces the unused login_nonce). */
export class GatewayEdsNonce1763800000600 implements MigrationInterface {
  name = 'GatewayEdsNonce1763800000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS login_nonce');
    for (const statement of EDS_NONCE_TABLE_SQL.split(';')
      .map((s) => s.trim())
      .filter(Boolean))
      await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS eds_login_nonce');
  }
}
