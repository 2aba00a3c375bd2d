import { randomBytes } from 'node:crypto';
import { verifyAuditChain } from '@ndip/platform/database/audit';
import { DataSource } from 'typeorm';
import { ServiceProcess } from '../../tools/dev/stack';
import { Api } from '../support/api';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';

type Tokens = { accessToken: string; refreshToken: string; user: { id: string } };

/**
 * Identity on the real gateway process (PostgreSQL + Kafka): password login, refresh-token rotation
 * and reuse detection, logout, invitations, deactivation, lockout, rate limit, audit chain, headers.
 */
describe('gateway identity and sessions', () => {
  let gw: ServiceProcess;
  let db: string;
  let anon: Api;
  let admin: Api;
  const adminPassword = `Adm1n-${randomBytes(6).toString('hex')}`;
  let orgId: string;

  beforeAll(async () => {
    const prefix = uniqueName('ident');
    db = (await createDatabases(prefix, ['gateway'] as const)).gateway;
    gw = new ServiceProcess(
      'gateway',
      {
        DATABASE_URL: db,
        HTTP_PORT: String(testPortBase(301)),
        NDIP_KAFKA_BROKERS: testInfra().brokers,
        NDIP_GROUP_PREFIX: prefix,
        NDIP_LOG_LEVEL: 'warn',
        NDIP_JWT_SECRET: randomBytes(32).toString('hex'),
        NDIP_ADMIN_PASSWORD: adminPassword,
        NDIP_LOGIN_RATE_PER_MINUTE: '8',
        NDIP_CORS_ORIGINS: 'https://admin.ndip.example',
      },
      '.data/test/logs',
    );
    await gw.start();
    anon = new Api(`${gw.url}/api/v1`);
    const r = await anon.post<Tokens>('/auth/login', { login: 'admin', password: adminPassword });
    expect(r.status).toBe(200);
    admin = anon.as(r.body.accessToken);
    orgId = (
      await admin.ok<{ id: string }>('/organizations', {
        type: 'MIO',
        nameKk: 'Шымкент',
        nameRu: 'Акимат Шымкента',
        nameEn: 'Akimat of Shymkent',
        regionCode: '790000000',
      })
    ).id;
  });

  afterAll(async () => {
    await gw?.stop();
  });

  const newUser = async (login: string): Promise<void> => {
    await admin.ok('/users', { login, password: 'Str0ng-passw0rd', fullName: login, organizationId: orgId });
  };
  const login = (l: string, password = 'Str0ng-passw0rd') => anon.post<Tokens & { code?: string }>('/auth/login', { login: l, password });

  it('rotates refresh tokens and revokes the family when a rotated token is replayed', async () => {
    await newUser('rotation.user');
    const first = (await login('rotation.user')).body;
    const second = await anon.post<Tokens>('/auth/refresh', { refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    // An authenticated call the gateway answers itself: 403 (role), not 401 (token).
    expect((await anon.as(second.body.accessToken).get('/organizations')).status).toBe(403);

    const replay = await anon.post<{ code: string }>('/auth/refresh', { refreshToken: first.refreshToken });
    expect(replay.status).toBe(401);
    // The replay revoked the family: the newest token is dead too.
    const afterReplay = await anon.post('/auth/refresh', { refreshToken: second.body.refreshToken });
    expect(afterReplay.status).toBe(401);
    const rows = await query<{ n: number }>(db, `SELECT count(*)::int AS n FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL`, [first.user.id]);
    expect(rows[0]!.n).toBe(0);
  });

  it('logout ends the session', async () => {
    await newUser('logout.user');
    const t = (await login('logout.user')).body;
    const out = await anon.as(t.accessToken).post('/auth/logout', { refreshToken: t.refreshToken });
    expect(out.status).toBe(204);
    expect((await anon.post('/auth/refresh', { refreshToken: t.refreshToken })).status).toBe(401);
  });

  it('invites a user, who sets a password once; the policy applies', async () => {
    const created = await admin.ok<{ id: string; invitation: { token: string } }>('/users', {
      login: 'invited.user',
      fullName: 'Invited',
      organizationId: orgId,
    });
    expect(created.invitation.token.length).toBeGreaterThan(30);
    expect((await login('invited.user', 'anything-12345')).status).toBe(401);
    const weak = await anon.post<{ field: string }>('/auth/accept-invitation', { token: created.invitation.token, password: 'invited.user-123' });
    expect({ status: weak.status, field: weak.body.field }).toEqual({ status: 400, field: 'password' });
    const ok = await anon.post('/auth/accept-invitation', { token: created.invitation.token, password: 'Another-str0ng-one' });
    expect(ok.status).toBe(200);
    expect((await anon.post('/auth/accept-invitation', { token: created.invitation.token, password: 'Another-str0ng-two' })).status).toBe(401);
    expect((await login('invited.user', 'Another-str0ng-one')).status).toBe(200);
  });

  it('deactivation stops access tokens and refresh tokens at once', async () => {
    await newUser('leaving.user');
    const t = (await login('leaving.user')).body;
    expect((await anon.as(t.accessToken).get('/organizations')).status).toBe(403);
    const d = await admin.post(`/users/${t.user.id}/deactivate`, {});
    expect(d.status).toBe(200);
    expect((await anon.as(t.accessToken).get('/organizations')).status).toBe(401);
    expect((await anon.post('/auth/refresh', { refreshToken: t.refreshToken })).status).toBe(401);
    expect((await login('leaving.user')).status).toBe(401);
  });

  it('locks an account after 5 failed logins and limits the rate of attempts', async () => {
    await newUser('guessed.user');
    for (let i = 0; i < 5; i++) expect((await login('guessed.user', `wrong-password-${i}`)).status).toBe(401);
    const locked = await login('guessed.user');
    expect(locked.status).toBe(401);
    expect(locked.headers.get('retry-after')).not.toBeNull();
    // 8 attempts per minute per address and login: the 9th is refused before the password is checked.
    let last = 0;
    for (let i = 0; i < 4; i++) last = (await login('guessed.user')).status;
    expect(last).toBe(429);
    const limited = await login('guessed.user');
    expect(limited.contentType).toContain('application/problem+json');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('audits every login (successful and failed) in a hash chain that verifies', async () => {
    const rows = await query<{ action: string; n: number }>(db, `SELECT action, count(*)::int AS n FROM audit_log WHERE action LIKE 'auth.%' GROUP BY action`);
    const byAction = Object.fromEntries(rows.map((r) => [r.action, r.n]));
    expect(byAction['auth.login']).toBeGreaterThanOrEqual(5);
    expect(byAction['auth.login-failed']).toBeGreaterThanOrEqual(6);
    const ds = new DataSource({ type: 'postgres', url: db });
    await ds.initialize();
    try {
      const report = await ds.transaction((m) => verifyAuditChain(m));
      expect(report.ok).toBe(true);
      expect(report.checked).toBeGreaterThan(10);
    } finally {
      await ds.destroy();
    }
  });

  it('sends security headers and honours the CORS allow-list', async () => {
    const allowed = await fetch(`${gw.url}/api/v1/projects`, {
      method: 'OPTIONS',
      headers: { origin: 'https://admin.ndip.example', 'access-control-request-method': 'GET' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://admin.ndip.example');
    const other = await fetch(`${gw.url}/api/v1/projects`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const r = await fetch(`${gw.url}/api/v1/projects`);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('strict-transport-security')).toContain('max-age');
    expect(r.headers.get('x-powered-by')).toBeNull();
  });
});
