import type { Actor } from '@ndip/domain';
import { DataSource } from 'typeorm';
import { createDatabases, uniqueName } from '../../../../test/support/infra';
import { appendAudit, verifyAuditChain } from './audit';
import { serviceDataSourceOptions } from './data-source-options';

/** The audit trail on real PostgreSQL: append-only, hash-chained, tampering detected. */
describe('audit trail', () => {
  let ds: DataSource;
  const actor: Actor = { userId: 'u-1', organizationId: 'o-1', role: 'MIO', regionCode: '750000000' };

  beforeAll(async () => {
    const url = (await createDatabases(uniqueName('audit'), ['svc'] as const)).svc;
    ds = new DataSource(serviceDataSourceOptions({ url, entities: [], migrations: [], applicationName: 'test' }));
    await ds.initialize();
    for (let i = 0; i < 12; i++) {
      await ds.transaction((m) =>
        appendAudit(m, {
          actor,
          action: 'initiative.extend',
          entityType: 'initiative',
          entityId: `i-${i}`,
          oldValue: { status: 'IN_WORK', nested: { b: 2, a: 1 } },
          newValue: { status: 'EXTENDED', dueOn: '2026-12-22', amount: '150000.00' },
          ruleEdition: 'E000',
          correlationId: `c-${i}`,
        }),
      );
    }
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  it('chains the entries and verifies the chain', async () => {
    const report = await ds.transaction((m) => verifyAuditChain(m));
    // 12 entries: ids 1..12 must be checked in numeric order (10 after 9, not after 1).
    expect(report).toEqual({ ok: true, checked: 12, brokenAtId: null, reason: null });
    const rows = (await ds.query('SELECT prev_hash, hash FROM audit_log ORDER BY id')) as { prev_hash: string; hash: string }[];
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
  });

  it('refuses updates and deletes (append-only)', async () => {
    await expect(ds.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });

  it('a rolled-back transaction leaves no entry', async () => {
    await expect(
      ds.transaction(async (m) => {
        await appendAudit(m, { actor, action: 'x', entityType: 'x', entityId: 'x', oldValue: null, newValue: null, ruleEdition: 'E000', correlationId: null });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(((await ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = 'x'`)) as { n: number }[])[0]!.n).toBe(0);
  });

  it('detects an entry altered behind the trigger (by a database superuser)', async () => {
    const [third] = (await ds.query(`SELECT id::text AS id FROM audit_log ORDER BY audit_log.id OFFSET 2 LIMIT 1`)) as { id: string }[];
    await ds.transaction(async (m) => {
      await m.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`);
      await m.query(`UPDATE audit_log SET new_value = jsonb_set(new_value, '{status}', '"CONVERTED"') WHERE id = $1`, [third!.id]);
      await m.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`);
    });
    const report = await ds.transaction((m) => verifyAuditChain(m));
    expect(report.ok).toBe(false);
    expect(report.brokenAtId).toBe(third!.id);
    expect(report.checked).toBe(2);
  });
});
