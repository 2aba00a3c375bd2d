import { randomUUID } from 'node:crypto';
import { query } from '../support/infra';
import { printCounters, startFaultSystem, type FaultSystem } from './fault-support';

/**
 * Idempotency-Key on gateway writes (apps/gateway/src/http/idempotency.interceptor.ts), through the real gateway
 * and attraction service: the same key, caller and body replay the first response without applying it again;
 * another body with the key is 422 problem+json; keys are per caller; a failed first attempt does not hold the
 * key; keys are kept 24 hours, after which the key is free again.
 */
describe('gateway: Idempotency-Key on writes', () => {
  let sys: FaultSystem;
  const companiesNamed = async (name: string): Promise<number> =>
    (await query<{ n: number }>(sys.dbs.attraction, `SELECT count(*)::int AS n FROM company WHERE name = $1`, [name]))[0]!.n;

  beforeAll(async () => {
    sys = await startFaultSystem('fi', 60, '620000000', '940740000139');
  });

  afterAll(async () => {
    await sys?.stack.stop();
    printCounters('idempotency');
  });

  it('replays the stored first response for the same key and body, and applies the write once', async () => {
    const { embassy } = sys.users;
    const key = randomUUID();
    const body = { name: `Idem ${key}`, countryCode: 'KR', sector: 'C29' };
    const first = await embassy.post<{ id: string }>('/companies', body, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    // The same body with its keys in another order is the same request.
    const again = await embassy.post<{ id: string }>('/companies', { sector: 'C29', countryCode: 'KR', name: body.name }, { 'idempotency-key': key });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await companiesNamed(body.name)).toBe(1);

    // Without a key every POST is a new write.
    const plain = { name: `Plain ${key}`, countryCode: 'KR' };
    expect((await embassy.post('/companies', plain)).status).toBe(201);
    expect((await embassy.post('/companies', plain)).status).toBe(201);
    expect(await companiesNamed(plain.name)).toBe(2);
  });

  it('answers 422 problem+json when the key comes again with another body or route, and applies nothing', async () => {
    const { embassy } = sys.users;
    const key = randomUUID();
    const name = `Idem2 ${key}`;
    expect((await embassy.post('/companies', { name, countryCode: 'KR' }, { 'idempotency-key': key })).status).toBe(201);
    const other = await embassy.post<{ code: string; field: string; status: number }>(
      '/companies',
      { name: `${name} B`, countryCode: 'KR' },
      { 'idempotency-key': key },
    );
    expect(other.status).toBe(422);
    expect(other.contentType).toContain('application/problem+json');
    expect(other.body).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
    expect(await companiesNamed(`${name} B`)).toBe(0);
    const company = (await query<{ id: string }>(sys.dbs.attraction, `SELECT id FROM company WHERE name = $1`, [name]))[0]!;
    const otherRoute = await embassy.request('PATCH', `/companies/${company.id}`, { name, countryCode: 'KR' }, { 'idempotency-key': key });
    expect(otherRoute.status).toBe(422);
  });

  it('keeps keys per caller, refuses a malformed key, and does not hold a key for a failed attempt', async () => {
    const { embassy, admin } = sys.users;
    const key = randomUUID();
    const mine = await embassy.post<{ id: string }>('/companies', { name: `Caller A ${key}`, countryCode: 'KR' }, { 'idempotency-key': key });
    expect(mine.status).toBe(201);
    // Another user with the same key: a separate request, applied.
    const org = await admin.post<{ id: string }>('/organizations', { type: 'NCH', nameKk: key, nameRu: key, nameEn: key }, { 'idempotency-key': key });
    expect(org.status).toBe(201);
    expect(org.headers.get('idempotent-replayed')).toBeNull();

    const tooLong = await embassy.post<{ field: string }>('/companies', { name: 'X', countryCode: 'KR' }, { 'idempotency-key': 'k'.repeat(201) });
    expect({ status: tooLong.status, field: tooLong.body.field }).toEqual({ status: 400, field: 'Idempotency-Key' });

    const retryKey = randomUUID();
    const bad = await embassy.post<{ field: string }>('/companies', { countryCode: 'KR' }, { 'idempotency-key': retryKey });
    expect({ status: bad.status, field: bad.body.field }).toEqual({ status: 400, field: 'name' });
    const fixed = await embassy.post('/companies', { name: `Fixed ${retryKey}`, countryCode: 'KR' }, { 'idempotency-key': retryKey });
    expect(fixed.status).toBe(201);
    expect(await companiesNamed(`Fixed ${retryKey}`)).toBe(1);
  });

  it('lets concurrent requests with one key apply once', async () => {
    const { embassy } = sys.users;
    const key = randomUUID();
    const body = { name: `Race ${key}`, countryCode: 'KR' };
    const answers = await Promise.all([0, 1, 2, 3].map(() => embassy.post('/companies', body, { 'idempotency-key': key })));
    const statuses = answers.map((a) => a.status).sort();
    // One ran; the others were replayed (201) or told the first is still running (409 with Retry-After).
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    for (const a of answers.filter((x) => x.status === 409)) expect(Number(a.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await companiesNamed(body.name)).toBe(1);
  });

  it('stores keys for 24 hours; an expired key is free again', async () => {
    const { embassy } = sys.users;
    const key = randomUUID();
    const body = { name: `Expiry ${key}`, countryCode: 'KR' };
    expect((await embassy.post('/companies', body, { 'idempotency-key': key })).status).toBe(201);
    const [row] = await query<{ hours: number; state: string; status_code: number }>(
      sys.dbs.gateway,
      `SELECT round(extract(epoch FROM expires_at - created_at) / 3600)::int AS hours, state, status_code FROM idempotency_key WHERE key = $1`,
      [key],
    );
    expect(row).toEqual({ hours: 24, state: 'done', status_code: 201 });
    await query(sys.dbs.gateway, `UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE key = $1`, [key]);
    // The service keeps the command key (derived from this Idempotency-Key) for the same 24 hours.
    await query(sys.dbs.attraction, `UPDATE command_dedup SET created_at = created_at - interval '25 hours'`);
    const after = await embassy.post('/companies', body, { 'idempotency-key': key });
    expect(after.status).toBe(201);
    expect(after.headers.get('idempotent-replayed')).toBeNull();
    expect(await companiesNamed(body.name)).toBe(2);
  });
});
