/**
 * eGov IDP login against a real OAuth 2.0 / OpenID Connect server (the `oidc-provider` package in a child
 * process, on the eGov paths), driven browser-less with fetch: authorize → login form → consent form →
 * redirect URI (a local server receives the code) → EgovOAuthClient.finish.
 */
import { createServer, type Server } from 'node:http';
import { testPortBase } from '../../../../test/support/infra';
import { browseToRedirect, startTestProvider, type TestProvider } from '../../../../test/support/oidc/oidc-provider-process';
import { EgovError, type EgovErrorCode } from './egov-error';
import { EgovOAuthClient, pkceChallenge, type EgovOAuthClientOptions } from './egov-oauth-client';
import { InMemoryStartedLoginStore } from './started-login-store';

const PROVIDER_PORT = testPortBase(461);
const RP_PORT = testPortBase(462);
const REDIRECT_URI = `http://127.0.0.1:${RP_PORT}/auth/egov/callback`;
const CLIENT_ID = 'ndip-test';
const CLIENT_SECRET = 'ndip-test-secret-0123456789abcdefghijklmnop';
const IIN = '870312450019';

let provider: TestProvider;
let rp: Server;
const received: URLSearchParams[] = [];

beforeAll(async () => {
  provider = await startTestProvider({
    port: PROVIDER_PORT,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri: REDIRECT_URI,
    accounts: {
      'aigerim.test': { iin: IIN, family_name: 'ТЕСТОВА', given_name: 'АЙГЕРИМ', middle_name: 'СЕРИКОВНА' },
      'no.iin': { family_name: 'БЕЗ', given_name: 'ИИН' },
    },
  });
  rp = createServer((req, res) => {
    received.push(new URL(req.url ?? '/', REDIRECT_URI).searchParams);
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
  await new Promise<void>((resolve) => rp.listen(RP_PORT, '127.0.0.1', resolve));
});

afterAll(async () => {
  await provider?.stop();
  await new Promise<void>((resolve) => (rp ? rp.close(() => resolve()) : resolve()));
});

function client(over: Partial<EgovOAuthClientOptions> = {}): EgovOAuthClient {
  const base = provider.issuer;
  return new EgovOAuthClient({
    authorizeUrl: `${base}/idp/oauth/authorize`,
    tokenUrl: `${base}/idp/oauth/token`,
    userInfoUrl: `${base}/idp/resource/user/basic`,
    jwksUrl: `${base}/idp/oauth/jwks`,
    issuer: base,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri: REDIRECT_URI,
    scope: 'openid profile iin',
    ...over,
  });
}

/** Runs the browser part and returns the code and state the redirect URI received. */
async function authorize(url: string, login = 'aigerim.test'): Promise<{ code: string; state: string }> {
  const before = received.length;
  const landed = await browseToRedirect(url, REDIRECT_URI, login);
  expect(received.length).toBe(before + 1);
  const q = received[received.length - 1];
  expect(q.toString()).toBe(landed.searchParams.toString());
  const code = q.get('code');
  const state = q.get('state');
  if (!code || !state) throw new Error(`no code at the redirect URI: ${q.toString()} ${provider.logs()}`);
  return { code, state };
}

async function expectCode(p: Promise<unknown>, code: EgovErrorCode): Promise<EgovError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(EgovError);
  expect((e as EgovError).code).toBe(code);
  return e as EgovError;
}

describe('eGov IDP login against a real OAuth 2.0 / OIDC provider', () => {
  it('start() asks for the code flow with PKCE S256, state and nonce', () => {
    const s = client().start();
    const u = new URL(s.url);
    expect(`${u.origin}${u.pathname}`).toBe(`${provider.issuer}/idp/oauth/authorize`);
    expect(u.searchParams.get('response_type')).toBe('code');
    expect(u.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(u.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(u.searchParams.get('state')).toBe(s.state);
    expect(u.searchParams.get('nonce')).toBe(s.nonce);
    expect(u.searchParams.get('code_challenge_method')).toBe('S256');
    expect(u.searchParams.get('code_challenge')).toBe(pkceChallenge(s.codeVerifier));
    expect(Buffer.from(s.state, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(Buffer.from(s.nonce, 'base64url').length).toBeGreaterThanOrEqual(16);
  });

  it('completes the round trip and returns the IIN from the user info', async () => {
    const c = client();
    const store = new InMemoryStartedLoginStore();
    const started = c.start();
    await store.put(started);
    const { code, state } = await authorize(started.url);
    expect(state).toBe(started.state);
    const expected = await store.take(state);
    expect(expected).toBeDefined();
    const who = await c.finish({ code, state, expected: expected! });
    expect(who.iin).toBe(IIN);
    expect(who.surname).toBe('ТЕСТОВА');
    expect(who.givenName).toBe('АЙГЕРИМ');
    expect(who.subject).toBe('aigerim.test');
    // the started login is one-time
    expect(await store.take(state)).toBeUndefined();
  });

  it('maps the IIN from the OIDC sub when configured', async () => {
    // Here sub is the login, not an IIN: the option is honoured and refuses it.
    const c = client({ iinFrom: 'sub' });
    const started = c.start();
    const { code, state } = await authorize(started.url);
    await expectCode(c.finish({ code, state, expected: started }), 'NO_IIN');
  });

  it('refuses a mismatched state with STATE_MISMATCH', async () => {
    const c = client();
    const started = c.start();
    const other = c.start();
    const { code, state } = await authorize(started.url);
    await expectCode(c.finish({ code, state, expected: other }), 'STATE_MISMATCH');
    // the code was not spent: with the right state it still works
    expect((await c.finish({ code, state, expected: started })).iin).toBe(IIN);
  });

  it('fails the token exchange with a wrong PKCE code verifier (TOKEN_EXCHANGE_FAILED)', async () => {
    const c = client();
    const started = c.start();
    const { code, state } = await authorize(started.url);
    const e = await expectCode(c.finish({ code, state, expected: { ...started, codeVerifier: c.start().codeVerifier } }), 'TOKEN_EXCHANGE_FAILED');
    expect(e.details.error).toBe('invalid_grant');
  });

  it('fails the token exchange with a wrong client secret (TOKEN_EXCHANGE_FAILED)', async () => {
    const started = client().start();
    const { code, state } = await authorize(started.url);
    const e = await expectCode(
      client({ clientSecret: 'wrong-secret-0123456789abcdefghijklmn' }).finish({ code, state, expected: started }),
      'TOKEN_EXCHANGE_FAILED',
    );
    expect(e.details.error).toBe('invalid_client');
  });

  it('refuses an ID token whose nonce is not the one sent (NONCE_MISMATCH)', async () => {
    const c = client();
    const started = c.start();
    const { code, state } = await authorize(started.url);
    await expectCode(c.finish({ code, state, expected: { ...started, nonce: c.start().nonce } }), 'NONCE_MISMATCH');
  });

  it('refuses an ID token from another issuer than configured (ID_TOKEN_INVALID)', async () => {
    const c = client({ issuer: 'https://idp.egov.kz' });
    const started = c.start();
    const { code, state } = await authorize(started.url);
    await expectCode(c.finish({ code, state, expected: started }), 'ID_TOKEN_INVALID');
  });

  it('refuses an ID token whose claims were changed after the provider signed it (ID_TOKEN_INVALID)', async () => {
    // The token response passes through a tampering proxy that rewrites the ID token's sub, keeping the signature.
    const tampering: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      if (String(input) !== `${provider.issuer}/idp/oauth/token` || !res.ok) return res;
      const body = (await res.json()) as Record<string, string>;
      const [h, p, sig] = body.id_token.split('.');
      const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
      body.id_token = [h, Buffer.from(JSON.stringify({ ...claims, sub: 'someone.else' })).toString('base64url'), sig].join('.');
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const c = client({ fetch: tampering });
    const started = c.start();
    const { code, state } = await authorize(started.url);
    const e = await expectCode(c.finish({ code, state, expected: started }), 'ID_TOKEN_INVALID');
    expect(e.message).toContain('signature');
  });

  it('refuses a user without an IIN (NO_IIN)', async () => {
    const c = client();
    const started = c.start();
    const { code, state } = await authorize(started.url, 'no.iin');
    await expectCode(c.finish({ code, state, expected: started }), 'NO_IIN');
  });

  it('reports a failing user-info endpoint (USERINFO_FAILED)', async () => {
    const c = client({ userInfoUrl: `${provider.issuer}/idp/resource/user/no-such-resource` });
    const started = c.start();
    const { code, state } = await authorize(started.url);
    await expectCode(c.finish({ code, state, expected: started }), 'USERINFO_FAILED');
  });

  it('refuses to spend a code twice (TOKEN_EXCHANGE_FAILED)', async () => {
    const c = client();
    const started = c.start();
    const { code, state } = await authorize(started.url);
    expect((await c.finish({ code, state, expected: started })).iin).toBe(IIN);
    await expectCode(c.finish({ code, state, expected: started }), 'TOKEN_EXCHANGE_FAILED');
  });
});
