// A real OpenID Connect / OAuth 2.0 provider (the `oidc-provider` package, ES module only) for tests, run as
// its own Node process by test/support/oidc/oidc-provider-process.ts. It mimics the eGov IDP paths
// (/idp/oauth/authorize, /idp/oauth/token, /idp/resource/user/basic) and uses the package's development
// interactions (login form accepting any password, consent form).
//
// Configuration: environment OIDC_TEST_CONFIG = JSON {
//   port, clientId, clientSecret, redirectUri, accounts: { <login>: { iin, family_name, given_name, ... } } }
// Prints "READY <issuer>" on stdout when listening.
import { generateKeyPairSync } from 'node:crypto';
import Provider from 'oidc-provider';

const cfg = JSON.parse(process.env.OIDC_TEST_CONFIG ?? '{}');
const issuer = `http://127.0.0.1:${cfg.port}`;
const accounts = cfg.accounts ?? {};

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-rs256', use: 'sig', alg: 'RS256' };

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: cfg.clientId,
      client_secret: cfg.clientSecret,
      redirect_uris: [cfg.redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  pkce: { required: () => true },
  jwks: { keys: [signingKey] },
  cookies: { keys: ['ndip-test-cookie-key-0123456789abcdef'] },
  scopes: ['openid', 'profile', 'iin'],
  claims: { openid: ['sub'], profile: ['name', 'family_name', 'given_name', 'middle_name'], iin: ['iin'] },
  findAccount: (_ctx, id) =>
    accounts[id]
      ? {
          accountId: id,
          claims: () => ({ sub: id, ...accounts[id] }),
        }
      : undefined,
  routes: {
    authorization: '/idp/oauth/authorize',
    token: '/idp/oauth/token',
    userinfo: '/idp/resource/user/basic',
    jwks: '/idp/oauth/jwks',
  },
  features: { devInteractions: { enabled: true } },
});

provider.on('server_error', (_ctx, err) => console.error('oidc-provider server_error', err));

const server = provider.listen(cfg.port, '127.0.0.1', () => {
  process.stdout.write(`READY ${issuer}\n`);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
