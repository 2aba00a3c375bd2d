import { randomBytes } from 'node:crypto';
import { ServiceProcess } from '../../tools/dev/stack';
import { Api } from '../support/api';
import { eventually } from '../support/eventually';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';

type Tokens = { accessToken: string; refreshToken: string; user: { id: string } };
type Session = { id: string; method: string; ip: string; current: boolean };
type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
type AuditEntry = { id: string; action: string; entityType: string; entityId: string; userId: string; at: string; newValue: unknown };

/**
 * Two gateway processes on one database (as two replicas behind a load balancer) and the attraction
 * service, on the real PostgreSQL and Kafka: sessions (list, end one, end the others, administrator
 * ends all), password change and administrator reset, the login rate limit shared by the replicas, and
 * the audit query / CSV export / chain verification API — the gateway's own trail and the attraction
 * service's trail asked over request-reply.
 */
describe('gateway: sessions, passwords, shared rate limit, audit API', () => {
  const PASSWORD = 'Str0ng-passw0rd';
  const adminPassword = `Adm1n-${randomBytes(6).toString('hex')}`;
  let dbs: Record<'gateway' | 'attraction', string>;
  let gw1: ServiceProcess;
  let gw2: ServiceProcess;
  let attraction: ServiceProcess;
  let anon1: Api;
  let anon2: Api;
  let admin: Api;
  let mioOrg: string;
  let ab: Api;
  let fi: Api;

  beforeAll(async () => {
    const prefix = uniqueName('sess');
    dbs = await createDatabases(prefix, ['gateway', 'attraction'] as const);
    const common = {
      NDIP_KAFKA_BROKERS: testInfra().brokers,
      NDIP_GROUP_PREFIX: prefix,
      NDIP_LOG_LEVEL: 'warn',
      NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000',
    };
    const gwEnv = {
      ...common,
      DATABASE_URL: dbs.gateway,
      NDIP_JWT_SECRET: randomBytes(32).toString('hex'),
      NDIP_ADMIN_PASSWORD: adminPassword,
      NDIP_LOGIN_RATE_PER_MINUTE: '6',
      // One long window: the shared-limit test cannot straddle two windows.
      NDIP_RATE_WINDOW_SECONDS: '3600',
    };
    attraction = new ServiceProcess('attraction', { ...common, DATABASE_URL: dbs.attraction, HTTP_PORT: String(testPortBase(402)) }, '.data/test/logs');
    await attraction.start();
    gw1 = new ServiceProcess('gateway', { ...gwEnv, HTTP_PORT: String(testPortBase(400)) }, '.data/test/logs');
    await gw1.start();
    gw2 = new ServiceProcess('gateway', { ...gwEnv, HTTP_PORT: String(testPortBase(401)), NDIP_GROUP_PREFIX: `${prefix}b` }, '.data/test/logs');
    await gw2.start();
    anon1 = new Api(`${gw1.url}/api/v1`);
    anon2 = new Api(`${gw2.url}/api/v1`);
    const r = await anon1.post<Tokens>('/auth/login', { login: 'admin', password: adminPassword });
    expect(r.status).toBe(200);
    admin = anon1.as(r.body.accessToken);
    const org = async (body: Record<string, unknown>): Promise<string> => (await admin.ok<{ id: string }>('/organizations', body)).id;
    mioOrg = await org({ type: 'MIO', nameKk: 'Шымкент', nameRu: 'Акимат Шымкента', nameEn: 'Akimat of Shymkent', regionCode: '790000000' });
    const abOrg = await org({ type: 'AB', nameKk: 'Инвестициялар комитеті', nameRu: 'Комитет по инвестициям', nameEn: 'Investment Committee' });
    const fiOrg = await org({ type: 'FI', nameKk: 'Сеулдегі елшілік', nameRu: 'Посольство в Сеуле', nameEn: 'Embassy in Seoul', countryCode: 'KR' });
    await admin.ok('/users', { login: 'ab.auditor', password: PASSWORD, fullName: 'Auditor', organizationId: abOrg });
    await admin.ok('/users', { login: 'fi.seoul', password: PASSWORD, fullName: 'Embassy', organizationId: fiOrg });
    ab = anon1.as((await anon1.post<Tokens>('/auth/login', { login: 'ab.auditor', password: PASSWORD })).body.accessToken);
    fi = anon1.as((await anon1.post<Tokens>('/auth/login', { login: 'fi.seoul', password: PASSWORD })).body.accessToken);
  });

  afterAll(async () => {
    await gw2?.stop();
    await gw1?.stop();
    await attraction?.stop();
  });

  const newUser = async (login: string): Promise<string> =>
    (await admin.ok<{ id: string }>('/users', { login, password: PASSWORD, fullName: login, organizationId: mioOrg })).id;
  const login = async (api: Api, l: string, password = PASSWORD): Promise<Tokens> => {
    const r = await api.post<Tokens>('/auth/login', { login: l, password });
    if (r.status !== 200) throw new Error(`login ${l}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };

  it('lists my sessions, ends one (its access token stops working on both replicas), ends all the others', async () => {
    await newUser('multi.session');
    const a = await login(anon1, 'multi.session');
    const b = await login(anon2, 'multi.session');
    const c = await login(anon1, 'multi.session');
    const mine = await anon1.as(a.accessToken).getOk<Page<Session>>('/auth/sessions');
    expect(mine.total).toBe(3);
    expect(mine.items.filter((s) => s.current)).toHaveLength(1);
    expect(mine.items.every((s) => s.method === 'password')).toBe(true);
    const current = mine.items.find((s) => s.current)!;

    // End session b (opened on the other replica), from session a.
    const bSession = (await anon2.as(b.accessToken).getOk<Page<Session>>('/auth/sessions')).items.find((s) => s.current)!;
    expect(bSession.id).not.toBe(current.id);
    expect((await anon1.as(a.accessToken).post(`/auth/sessions/${bSession.id}/end`, {})).status).toBe(204);
    expect((await anon2.post('/auth/refresh', { refreshToken: b.refreshToken })).status).toBe(401);
    await eventually(async () => expect((await anon2.as(b.accessToken).get('/auth/sessions')).status).toBe(401));
    expect((await anon1.as(a.accessToken).get('/auth/sessions')).status).toBe(200);
    // Ending it again, or a random id, is not found.
    expect((await anon1.as(a.accessToken).post(`/auth/sessions/${bSession.id}/end`, {})).status).toBe(404);

    // Another user cannot end my session: not found, nothing changes.
    await newUser('other.person');
    const other = await login(anon1, 'other.person');
    expect((await anon1.as(other.accessToken).post(`/auth/sessions/${current.id}/end`, {})).status).toBe(404);

    const ended = await anon1.as(a.accessToken).ok<{ ended: number }>('/auth/sessions/end-others', {});
    expect(ended.ended).toBe(1); // c
    expect((await anon1.post('/auth/refresh', { refreshToken: c.refreshToken })).status).toBe(401);
    const left = await anon1.as(a.accessToken).getOk<Page<Session>>('/auth/sessions');
    expect(left.items.map((s) => s.id)).toEqual([current.id]);
    expect((await anon1.post('/auth/refresh', { refreshToken: a.refreshToken })).status).toBe(200);
  });

  it('lets the administrator list and end every session of a user; deactivation ends sessions too', async () => {
    const id = await newUser('admin.ended');
    const a = await login(anon1, 'admin.ended');
    await login(anon2, 'admin.ended');
    expect((await admin.getOk<Page<Session>>(`/users/${id}/sessions`)).total).toBe(2);
    // Only the administrator: the user itself (MIO) is refused by role.
    expect((await anon1.as(a.accessToken).get(`/users/${id}/sessions`)).status).toBe(403);
    expect((await admin.ok<{ ended: number }>(`/users/${id}/sessions/end`, {})).ended).toBe(2);
    expect((await admin.getOk<Page<Session>>(`/users/${id}/sessions`)).total).toBe(0);
    expect((await anon1.post('/auth/refresh', { refreshToken: a.refreshToken })).status).toBe(401);
    expect((await admin.post(`/users/${randomUuid()}/sessions/end`, {})).status).toBe(404);

    const id2 = await newUser('deactivated.one');
    const d = await login(anon2, 'deactivated.one');
    expect((await admin.post(`/users/${id2}/deactivate`, {})).status).toBe(200);
    const rows = await query<{ n: number }>(dbs.gateway, `SELECT count(*)::int AS n FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL`, [id2]);
    expect(rows[0]!.n).toBe(0);
    await eventually(async () => expect((await anon2.as(d.accessToken).get('/auth/sessions')).status).toBe(401));
  });

  it('changes my password: the old one is required, the policy applies, my other sessions end, this one stays', async () => {
    await newUser('changing.pw');
    const a = await login(anon1, 'changing.pw');
    const b = await login(anon2, 'changing.pw');
    const me = anon1.as(a.accessToken);
    const wrong = await me.post<{ field: string }>('/auth/password', { currentPassword: 'not-my-passw0rd', newPassword: 'Brand-new-passw0rd' });
    expect({ status: wrong.status, field: wrong.body.field }).toEqual({ status: 400, field: 'currentPassword' });
    const weak = await me.post<{ field: string }>('/auth/password', { currentPassword: PASSWORD, newPassword: 'changing.pw-12345' });
    expect({ status: weak.status, field: weak.body.field }).toEqual({ status: 400, field: 'newPassword' });
    expect((await me.post('/auth/password', { currentPassword: PASSWORD, newPassword: 'short' })).status).toBe(400);
    // Nothing changed so far: the old password still works.
    await login(anon2, 'changing.pw');

    const ok = await me.post<{ endedSessions: number }>('/auth/password', { currentPassword: PASSWORD, newPassword: 'Brand-new-passw0rd' });
    expect(ok.status).toBe(200);
    expect(ok.body.endedSessions).toBe(2);
    expect((await anon2.post('/auth/refresh', { refreshToken: b.refreshToken })).status).toBe(401);
    expect((await me.get('/auth/sessions')).status).toBe(200);
    expect((await anon1.post('/auth/login', { login: 'changing.pw', password: PASSWORD })).status).toBe(401);
    await login(anon1, 'changing.pw', 'Brand-new-passw0rd');
  });

  it('resets a password by a one-time link: the old password and all sessions end, the link works once', async () => {
    const id = await newUser('forgetful.user');
    const s = await login(anon1, 'forgetful.user');
    const reset = await admin.ok<{ token: string; expiresAt: string }>(`/users/${id}/reset-password`, {});
    expect(reset.token.length).toBeGreaterThan(30);
    expect((await anon1.post('/auth/refresh', { refreshToken: s.refreshToken })).status).toBe(401);
    expect((await anon1.post('/auth/login', { login: 'forgetful.user', password: PASSWORD })).status).toBe(401);
    const weak = await anon1.post<{ field: string }>('/auth/accept-invitation', { token: reset.token, password: 'forgetful.user1' });
    expect({ status: weak.status, field: weak.body.field }).toEqual({ status: 400, field: 'password' });
    expect((await anon1.post('/auth/accept-invitation', { token: reset.token, password: 'Remembered-n0w' })).status).toBe(200);
    expect((await anon1.post('/auth/accept-invitation', { token: reset.token, password: 'Remembered-n0w-2' })).status).toBe(401);
    await login(anon2, 'forgetful.user', 'Remembered-n0w');
    // Only the administrator may reset.
    expect((await ab.post(`/users/${id}/reset-password`, {})).status).toBe(403);
  });

  it('counts login attempts in the shared database: two replicas together allow the limit once', async () => {
    await newUser('limited.user');
    const statuses: number[] = [];
    // 6 attempts per window per address and login, alternating between the replicas.
    for (let i = 0; i < 6; i++) statuses.push((await (i % 2 ? anon2 : anon1).post('/auth/login', { login: 'limited.user', password: `wrong-${i}` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
    const seventh = await anon1.post('/auth/login', { login: 'limited.user', password: PASSWORD });
    const eighth = await anon2.post('/auth/login', { login: 'limited.user', password: PASSWORD });
    expect([seventh.status, eighth.status]).toEqual([429, 429]);
    expect(Number(eighth.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another login from the same address has its own counter.
    expect((await anon2.post('/auth/login', { login: 'other.person', password: PASSWORD })).status).toBe(200);
  });

  it("queries the gateway's own audit trail with filters and pages, exports CSV, verifies the chain; only AB and ADMIN", async () => {
    const page1 = await ab.getOk<Page<AuditEntry>>('/audit/gateway/entries?action=auth.*&pageSize=5');
    expect(page1.items).toHaveLength(5);
    expect(page1.total).toBeGreaterThan(10);
    expect(page1.items.every((e) => e.action.startsWith('auth.'))).toBe(true);
    const page2 = await ab.getOk<Page<AuditEntry>>('/audit/gateway/entries?action=auth.*&pageSize=5&page=2');
    expect(page2.items.map((e) => e.id).some((x) => page1.items.some((e) => e.id === x))).toBe(false);
    expect(Number(page1.items[4]!.id)).toBeGreaterThan(Number(page2.items[0]!.id)); // newest first

    const resets = await ab.getOk<Page<AuditEntry>>('/audit/gateway/entries?action=user.password-reset');
    expect(resets.total).toBe(1);
    const resetUser = resets.items[0]!.entityId;
    const byEntity = await ab.getOk<Page<AuditEntry>>(`/audit/gateway/entries?entityType=user&entityId=${resetUser}`);
    expect(new Set(byEntity.items.map((e) => e.action))).toEqual(new Set(['user.create', 'auth.login', 'user.password-reset', 'auth.invitation-accepted']));
    const adminId = resets.items[0]!.userId;
    const byActor = await ab.getOk<Page<AuditEntry>>(`/audit/gateway/entries?userId=${adminId}&action=user.create`);
    expect(byActor.total).toBeGreaterThanOrEqual(8);
    const future = await ab.getOk<Page<AuditEntry>>(`/audit/gateway/entries?from=${encodeURIComponent(new Date(Date.now() + 3600_000).toISOString())}`);
    expect(future.total).toBe(0);
    const to = page2.items[0]!.at;
    const before = await ab.getOk<Page<AuditEntry>>(`/audit/gateway/entries?to=${encodeURIComponent(to)}&pageSize=200`);
    expect(before.items.every((e) => e.at < to)).toBe(true);

    const bad = await ab.get<{ field: string }>('/audit/gateway/entries?from=yesterday');
    expect({ status: bad.status, field: bad.body.field }).toEqual({ status: 400, field: 'from' });
    expect((await ab.get<{ field: string }>('/audit/payroll/entries')).body.field).toBe('service');
    expect((await fi.get('/audit/gateway/entries')).status).toBe(403);
    expect((await fi.get('/audit/gateway/verify')).status).toBe(403);

    const csv = await ab.get<string>('/audit/gateway/export.csv?action=user.create');
    expect(csv.status).toBe(200);
    expect(csv.contentType).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('id,at,userId,organizationId,role,action,entityType,entityId,oldValue,newValue,ruleEdition,correlationId,hash');
    expect(lines).toHaveLength(1 + byActor.total);
    expect(lines.slice(1).every((l) => l.includes(',user.create,user,'))).toBe(true);

    const report = await ab.getOk<{ ok: boolean; checked: number }>('/audit/gateway/verify');
    expect(report.ok).toBe(true);
    expect(report.checked).toBeGreaterThan(20);
    // Reading the trail is audited.
    expect((await ab.getOk<Page<AuditEntry>>('/audit/gateway/entries?action=audit.*')).items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['audit.exported', 'audit.verified']),
    );
  });

  it('asks the attraction service for its trail over request-reply; tampering there is detected', async () => {
    const company = await fi.ok<{ id: string }>('/companies', { name: 'Audit Test Co', countryCode: 'KR' });
    const entries = await ab.getOk<Page<AuditEntry>>(`/audit/attraction/entries?entityId=${company.id}`);
    expect(entries.total).toBeGreaterThanOrEqual(1);
    expect(entries.items[0]!.entityId).toBe(company.id);
    const csv = await ab.get<string>(`/audit/attraction/export.csv?entityId=${company.id}`);
    expect(csv.body.trim().split('\r\n')).toHaveLength(1 + entries.total);
    expect(csv.body).toContain(company.id);
    expect(await ab.getOk<{ ok: boolean }>('/audit/attraction/verify')).toMatchObject({ ok: true });
    // The service refuses other roles itself too (not only the gateway): an FI command straight on the bus is tested in the matrix e2e.
    expect((await fi.get('/audit/attraction/entries')).status).toBe(403);

    // Alter a stored entry (the append-only trigger has to be switched off to do it).
    await query(
      dbs.attraction,
      `ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;
       UPDATE audit_log SET new_value = '{"name":"Forged"}' WHERE id = (SELECT min(id) FROM audit_log WHERE entity_id = '${company.id}');
       ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;`,
    );
    const broken = await ab.getOk<{ ok: boolean; brokenAtId: string; reason: string }>('/audit/attraction/verify');
    expect(broken.ok).toBe(false);
    expect(broken.reason).toContain('does not match');
  });
});

function randomUuid(): string {
  const h = randomBytes(16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
