import { COMMANDS } from '@ndip/domain';
import { AttractionHarness, actors } from './attraction-harness';

/**
 * A-43 through the attraction service as a process (real PostgreSQL and Kafka): a FAILED KYC check blocks the
 * initiative (`kycRequiredForInitiative`) until the authorized body overrides it with a reason. The override is
 * stored on the check, audited, published as `attraction.kyc.overridden`, refused for other roles, for a check
 * that did not fail and a second time, and bad input is refused with the field named and nothing written.
 */
describe('attraction: the authorized body overrides a failed KYC check (A-43, E001, today 2026-03-02)', () => {
  const h = new AttractionHarness();
  const A = COMMANDS.attraction;
  const who = actors(h.prefix);
  const tag = h.prefix.slice(-8);
  type Company = { id: string; kycStatus: string };
  type Kyc = { kycCheckId: string; status: string; findings: string | null; override?: { reason: string; byUserId: string; on: string } | null };
  const REASON = 'The sanctions hit concerned a namesake; confirmed by the embassy in Seoul';

  beforeAll(async () => {
    await h.setup();
    await h.start('E001', '2026-03-02');
  });

  afterAll(async () => {
    await h.stop();
  });

  const overrideRow = async (checkId: string) =>
    (await h.sql<{ override: unknown }>(`SELECT state->'override' AS override FROM kyc_check WHERE id = $1`, [checkId]))[0]!.override;

  it('FAILED blocks the initiative; AB overrides with a reason (audited, evented); the initiative may then be created', async () => {
    const c = await h.ok<Company>(A.createCompany, who.fiKr, { name: `Hanwha Solutions ${tag}`, countryCode: 'KR' });
    // No check at all, or a check in progress: nothing to override.
    expect(await h.refused(A.overrideKyc, who.ab, { companyId: c.id, reason: REASON })).toMatchObject({ code: 'WRONG_STATE' });
    const check = await h.ok<Kyc>(A.startKyc, who.fiKr, { companyId: c.id, performer: 'Compliance desk' });
    expect(await h.refused(A.overrideKyc, who.ab, { companyId: c.id, reason: REASON })).toMatchObject({ code: 'WRONG_STATE' });
    await h.ok(A.completeKyc, who.fiKr, { companyId: c.id, outcome: 'FAILED', findings: 'sanctions screening hit' });
    expect(await h.refused(A.createInitiative, who.fiKr, { companyId: c.id, title: 'Polysilicon plant' })).toMatchObject({
      code: 'WRONG_STATE',
      field: 'kycStatus',
    });

    // Other roles are refused; bad input names the field; none of it writes anything.
    for (const actor of [who.fiKr, who.ncfKr, who.nc]) {
      expect(await h.refused(A.overrideKyc, actor, { companyId: c.id, reason: REASON })).toMatchObject({ code: 'WRONG_ROLE' });
    }
    // An akimat does not even see company cards (§9.3).
    expect(await h.refused(A.overrideKyc, who.mioAlmaty, { companyId: c.id, reason: REASON })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await h.refused(A.overrideKyc, who.ab, { companyId: c.id })).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' });
    expect(await h.refused(A.overrideKyc, who.ab, { companyId: c.id, reason: '' })).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' });
    expect(await h.refused(A.overrideKyc, who.ab, { companyId: c.id, reason: 'x'.repeat(2001) })).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' });
    expect(await h.refused(A.overrideKyc, who.ab, { companyId: 'not-a-uuid', reason: REASON })).toMatchObject({ code: 'INVALID_INPUT', field: 'companyId' });
    expect(await h.refused(A.overrideKyc, who.ab, { companyId: '0190f0d2-6c1a-7a3b-8c9d-0e1f2a3b4c5d', reason: REASON })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await overrideRow(check.kycCheckId)).toBeNull();
    expect((await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'kyc.override'`))[0]!.n).toBe(0);

    const overridden = await h.ok<Kyc>(A.overrideKyc, who.ab, { companyId: c.id, reason: REASON });
    expect(overridden).toMatchObject({
      kycCheckId: check.kycCheckId,
      status: 'FAILED',
      findings: 'sanctions screening hit',
      override: { reason: REASON, byUserId: who.ab!.userId, on: '2026-03-02' },
    });
    expect(await h.refused(A.overrideKyc, who.ab, { companyId: c.id, reason: REASON })).toMatchObject({ code: 'CONFLICT' });
    // The check keeps its outcome; the company's status too.
    expect(await h.ok<Company>(A.getCompany, who.fiKr, { id: c.id })).toMatchObject({ kycStatus: 'FAILED' });
    const listed = await h.ok<{ items: Kyc[] }>(A.listKyc, who.ab, { companyId: c.id });
    expect(listed.items[0]).toMatchObject({ kycCheckId: check.kycCheckId, override: { reason: REASON } });
    const audit = await h.sql<{ actor_role: string; old_override: unknown; new_reason: string }>(
      `SELECT role AS actor_role, old_value->'override' AS old_override, new_value->'override'->>'reason' AS new_reason FROM audit_log
        WHERE action = 'kyc.override' AND entity_id = $1`,
      [check.kycCheckId],
    );
    expect(audit).toEqual([{ actor_role: 'AB', old_override: null, new_reason: REASON }]);
    const events = await h.expectEvents(check.kycCheckId, ['attraction.kyc.started', 'attraction.kyc.completed', 'attraction.kyc.overridden']);
    expect(events[2]!.payload).toEqual({ kycCheckId: check.kycCheckId, companyId: c.id, reason: REASON, overriddenOn: '2026-03-02' });

    // The gate no longer applies to the overridden check.
    expect(await h.ok(A.createInitiative, who.fiKr, { companyId: c.id, title: 'Polysilicon plant' })).toMatchObject({ status: 'DRAFT' });

    // A new check replaces it as the latest: when that one fails too, the gate applies again.
    await h.ok(A.startKyc, who.ncfKr, { companyId: c.id, performer: 'External auditor' });
    await h.ok(A.completeKyc, who.ncfKr, { companyId: c.id, outcome: 'FAILED', findings: 'new adverse media' });
    expect(await h.refused(A.createInitiative, who.fiKr, { companyId: c.id, title: 'Second plant' })).toMatchObject({ field: 'kycStatus' });
  }, 120_000);

  it('a passed check cannot be overridden', async () => {
    const c = await h.ok<Company>(A.createCompany, who.fiKr, { name: `SK Innovation ${tag}`, countryCode: 'KR' });
    await h.ok(A.startKyc, who.fiKr, { companyId: c.id, performer: 'Compliance desk' });
    await h.ok(A.completeKyc, who.fiKr, { companyId: c.id, outcome: 'PASSED' });
    expect(await h.refused(A.overrideKyc, who.ab, { companyId: c.id, reason: REASON })).toMatchObject({ code: 'WRONG_STATE' });
  }, 60_000);
});
