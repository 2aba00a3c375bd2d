import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ServiceProcess } from '../../tools/dev/stack';
import { Api } from '../support/api';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';
import { browseToRedirect, startTestProvider, type TestProvider } from '../support/oidc/oidc-provider-process';
import { createRootCa, issueUserCertificate, signCms, type TestIdentity } from '../support/pki/test-pki';

type LoginBody = { accessToken?: string; refreshToken?: string; user?: { login: string }; code?: string; reason?: string; field?: string };

/**
 * Login by digital signature and through eGov IDP on the real gateway process: a test CA, real CMS
 * signatures, and the real `oidc-provider` as the IdP. The verifier's every refusal is unit-tested in
 * apps/gateway/src/eds; here the wiring: nonce, IIN → user, session, audit, distinct reasons.
 */
describe('gateway: login by EDS and by eGov IDP', () => {
  const IIN_PREFIX = '88010130012'; // the check digit is computed below
  let gw: ServiceProcess;
  let provider: TestProvider;
  let db: string;
  let anon: Api;
  let root: TestIdentity;
  let person: TestIdentity;
  let iin: string;

  const validIin = (first11: string): string => {
    const d = [...first11].map(Number);
    const pass = (w: number[]): number => d.reduce((s, x, i) => s + x * w[i]!, 0) % 11;
    let c = pass([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if (c === 10) c = pass([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
    if (c === 10) throw new Error('no check digit');
    return first11 + String(c);
  };

  beforeAll(async () => {
    iin = validIin(IIN_PREFIX);
    const prefix = uniqueName('extlogin');
    db = (await createDatabases(prefix, ['gateway'] as const)).gateway;
    root = await createRootCa({ name: 'NDIP Test Root CA' });
    person = await issueUserCertificate(root, { subject: { commonName: 'ТЕСТОВА АЙГЕРИМ', surname: 'ТЕСТОВА', iin } });
    const dir = resolve('.data/test/pki', prefix);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'roots.pem'), root.pem);

    const gwPort = testPortBase(311);
    const redirectUri = `http://127.0.0.1:${gwPort}/api/v1/auth/egov/callback`;
    const clientSecret = randomBytes(16).toString('hex');
    provider = await startTestProvider({
      port: testPortBase(312),
      clientId: 'ndip-test',
      clientSecret,
      redirectUri,
      accounts: { 'aigerim.test': { iin, family_name: 'ТЕСТОВА', given_name: 'АЙГЕРИМ' }, 'stranger.test': { iin: validIin('99010130012') } },
    });
    const adminPassword = `Adm1n-${randomBytes(6).toString('hex')}`;
    gw = new ServiceProcess(
      'gateway',
      {
        DATABASE_URL: db,
        HTTP_PORT: String(gwPort),
        NDIP_KAFKA_BROKERS: testInfra().brokers,
        NDIP_GROUP_PREFIX: prefix,
        NDIP_LOG_LEVEL: 'warn',
        NDIP_JWT_SECRET: randomBytes(32).toString('hex'),
        NDIP_ADMIN_PASSWORD: adminPassword,
        NDIP_EDS_TRUSTED_ROOTS_FILE: join(dir, 'roots.pem'),
        NDIP_EGOV_CLIENT_ID: 'ndip-test',
        NDIP_EGOV_CLIENT_SECRET: clientSecret,
        NDIP_EGOV_REDIRECT_URI: redirectUri,
        NDIP_EGOV_AUTHORIZE_URL: `${provider.issuer}/idp/oauth/authorize`,
        NDIP_EGOV_TOKEN_URL: `${provider.issuer}/idp/oauth/token`,
        NDIP_EGOV_USERINFO_URL: `${provider.issuer}/idp/resource/user/basic`,
        NDIP_EGOV_JWKS_URL: `${provider.issuer}/idp/oauth/jwks`,
        NDIP_EGOV_ISSUER: provider.issuer,
        NDIP_EGOV_SCOPE: 'openid profile iin',
      },
      '.data/test/logs',
    );
    await gw.start();
    anon = new Api(`${gw.url}/api/v1`);
    const login = await anon.post<{ accessToken: string }>('/auth/login', { login: 'admin', password: adminPassword });
    const admin = anon.as(login.body.accessToken);
    const org = await admin.ok<{ id: string }>('/organizations', {
      type: 'MIO',
      nameKk: 'Ақтөбе',
      nameRu: 'Акимат Актюбинской области',
      nameEn: 'Akimat of Aktobe',
      regionCode: '150000000',
    });
    await admin.ok('/users', { login: 'aigerim', fullName: 'Тестова Айгерим', organizationId: org.id, iin, password: 'Str0ng-passw0rd' });
  });

  afterAll(async () => {
    await gw?.stop();
    await provider?.stop();
  });

  it('logs in by a valid signature of the nonce, once', async () => {
    const { nonce } = (await anon.post<{ nonce: string }>('/auth/eds/nonce', {})).body;
    const cms = await signCms({ content: nonce, signer: person });
    const ok = await anon.post<LoginBody>('/auth/eds/login', { nonce, cms });
    expect(ok.status).toBe(200);
    expect(ok.body.user!.login).toBe('aigerim');
    expect(ok.body.accessToken).toBeDefined();
    const again = await anon.post<LoginBody>('/auth/eds/login', { nonce, cms });
    expect({ status: again.status, reason: again.body.reason }).toEqual({ status: 401, reason: 'NONCE_UNKNOWN_OR_USED' });
  });

  it('refuses a signature of other content, an untrusted root and an unknown IIN, each with its reason', async () => {
    const a = (await anon.post<{ nonce: string }>('/auth/eds/nonce', {})).body.nonce;
    const wrong = await anon.post<LoginBody>('/auth/eds/login', { nonce: a, cms: await signCms({ content: 'not the nonce', signer: person }) });
    expect({ status: wrong.status, reason: wrong.body.reason }).toEqual({ status: 401, reason: 'CONTENT_MISMATCH' });

    const otherRoot = await createRootCa({ name: 'Somebody Else CA' });
    const forged = await issueUserCertificate(otherRoot, { subject: { commonName: 'ТЕСТОВА АЙГЕРИМ', iin } });
    const b = (await anon.post<{ nonce: string }>('/auth/eds/nonce', {})).body.nonce;
    const untrusted = await anon.post<LoginBody>('/auth/eds/login', { nonce: b, cms: await signCms({ content: b, signer: forged }) });
    expect({ status: untrusted.status, reason: untrusted.body.reason }).toEqual({ status: 401, reason: 'UNTRUSTED_CHAIN' });

    const stranger = await issueUserCertificate(root, { subject: { commonName: 'НЕЗНАКОМЕЦ', iin: validIin('77010130012') } });
    const c = (await anon.post<{ nonce: string }>('/auth/eds/nonce', {})).body.nonce;
    const unknown = await anon.post<LoginBody>('/auth/eds/login', { nonce: c, cms: await signCms({ content: c, signer: stranger }) });
    expect({ status: unknown.status, reason: unknown.body.reason }).toEqual({ status: 401, reason: 'UNKNOWN_USER' });

    const bad = await anon.post<LoginBody>('/auth/eds/login', { nonce: c });
    expect({ status: bad.status, field: bad.body.field }).toEqual({ status: 400, field: 'cms' });
  });

  it('logs in through the eGov IDP (authorization code + PKCE) and refuses a mismatched state', async () => {
    const start = await anon.get<{ url: string }>('/auth/egov/start');
    expect(start.status).toBe(200);
    const authorize = new URL(start.body.url);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    const redirect = await browseToRedirect(start.body.url, `${gw.url}/api/v1/auth/egov/callback`, 'aigerim.test', false);
    const code = redirect.searchParams.get('code')!;
    const state = redirect.searchParams.get('state')!;

    const forged = await anon.get<LoginBody>(`/auth/egov/callback?code=${encodeURIComponent(code)}&state=${encodeURIComponent(state + 'x')}`);
    expect({ status: forged.status, reason: forged.body.reason }).toEqual({ status: 401, reason: 'STATE_MISMATCH' });

    const ok = await anon.get<LoginBody>(`/auth/egov/callback?code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`);
    expect({ status: ok.status, body: ok.status === 200 ? 'tokens' : ok.body }).toEqual({ status: 200, body: 'tokens' });
    expect(ok.body.user!.login).toBe('aigerim');
    // The state is single-use.
    const replay = await anon.get<LoginBody>(`/auth/egov/callback?code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`);
    expect({ status: replay.status, reason: replay.body.reason }).toEqual({ status: 401, reason: 'STATE_MISMATCH' });
  });

  it('audits the logins by method', async () => {
    const rows = await query<{ method: string; n: number }>(
      db,
      `SELECT new_value->>'method' AS method, count(*)::int AS n FROM audit_log WHERE action = 'auth.login' GROUP BY 1`,
    );
    const by = Object.fromEntries(rows.map((r) => [r.method, r.n]));
    expect(by.eds).toBe(1);
    expect(by.egov).toBe(1);
    const failed = await query<{ n: number }>(
      db,
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.login-failed' AND new_value->>'reason' LIKE 'eds:%'`,
    );
    expect(failed[0]!.n).toBeGreaterThanOrEqual(3);
  });
});
