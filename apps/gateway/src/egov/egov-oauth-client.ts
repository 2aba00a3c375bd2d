import { createHash, createPublicKey, randomBytes, timingSafeEqual, verify as cryptoVerify, constants, type JsonWebKey, type KeyObject } from 'node:crypto';
import { EgovError } from './egov-error';

/**
 * Endpoints of the eGov IDP as public client code uses them (plain OAuth 2.0 authorization code grant;
 * the user info is `{ person: { iin, surname, name, patronymic, birthDate… }, … }`). Configure them per
 * environment: the test IDP (test.idp.egov.kz) has the same paths. Sources: docs/security-eds-egov.md.
 */
export const EGOV_IDP_DEFAULTS = {
  authorizeUrl: 'https://idp.egov.kz/idp/oauth/authorize',
  tokenUrl: 'https://idp.egov.kz/idp/oauth/token',
  userInfoUrl: 'https://idp.egov.kz/idp/resource/user/basic',
} as const;

export type TokenEndpointAuthMethod = 'client_secret_basic' | 'client_secret_post' | 'none';

export interface EgovOAuthClientOptions {
  authorizeUrl: string;
  tokenUrl: string;
  userInfoUrl: string;
  clientId: string;
  clientSecret?: string;
  redirectUri: string;
  scope: string;
  /** Default client_secret_basic when a secret is configured (eGov requires Basic), otherwise none. */
  tokenEndpointAuthMethod?: TokenEndpointAuthMethod;
  /** When set, ID tokens must be signed by a key of this JWKS (RS256/384/512, PS256/384/512, ES256/384). */
  jwksUrl?: string;
  /** Expected `iss` of ID tokens, when known. */
  issuer?: string;
  /** Refuse token responses without an ID token (OIDC providers); default false (eGov is plain OAuth 2.0). */
  requireIdToken?: boolean;
  /** Where the IIN comes from: the user info (`person.iin` or `iin`, default) or the OIDC `sub`. */
  iinFrom?: 'userinfo' | 'sub';
  /** Default global fetch. */
  fetch?: typeof fetch;
  /** Per request; default 10 000 ms. */
  timeoutMs?: number;
  clock?: () => Date;
  /** Accepted clock difference for ID token times; default 120 s. */
  clockSkewSeconds?: number;
}

export interface StartedEgovLogin {
  /** Where to send the browser. */
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface FinishEgovLoginInput {
  /** `code` query parameter at the redirect URI. */
  code: string;
  /** `state` query parameter at the redirect URI. */
  state: string;
  /** What `start()` returned for this browser (kept server-side, e.g. in a StartedLoginStore keyed by state). */
  expected: { state: string; nonce: string; codeVerifier: string };
}

export interface EgovIdentity {
  /** 12 digits. */
  iin: string;
  /** "SURNAME NAME PATRONYMIC" or the `name` claim. */
  name: string;
  surname?: string;
  givenName?: string;
  patronymic?: string;
  email?: string;
  birthDate?: string;
  /** OIDC `sub` when the provider gives one. */
  subject?: string;
  /** The user info as received. */
  userInfo: Record<string, unknown>;
}

function b64url(buf: Buffer): string {
  return buf.toString('base64url');
}

function random(bytes = 32): string {
  return b64url(randomBytes(bytes));
}

/** RFC 7636 S256 code challenge. */
export function pkceChallenge(verifier: string): string {
  return b64url(createHash('sha256').update(verifier, 'ascii').digest());
}

function sameString(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

const IIN_RE = /^\d{12}$/;

/** The IIN of eGov's `/idp/resource/user/basic` (`person.iin`) or of a flat user info (`iin`). */
export function iinFromUserInfo(info: Record<string, unknown>): string | undefined {
  const person = isRecord(info.person) ? info.person : undefined;
  const v = str(person?.iin) ?? str(info.iin);
  return v && IIN_RE.test(v) ? v : undefined;
}

/** Names from eGov's `{ person: { surname, name, patronymic, birthDate } }` or from standard OIDC claims. */
function namesOf(info: Record<string, unknown>): Omit<EgovIdentity, 'iin' | 'subject' | 'userInfo'> {
  if (isRecord(info.person)) {
    const p = info.person;
    const surname = str(p.surname);
    const givenName = str(p.name);
    const patronymic = str(p.patronymic);
    return {
      name: [surname, givenName, patronymic].filter(Boolean).join(' '),
      surname,
      givenName,
      patronymic,
      email: str(p.email) ?? str(info.email),
      birthDate: str(p.birthDate),
    };
  }
  const surname = str(info.family_name);
  const givenName = str(info.given_name);
  const patronymic = str(info.middle_name);
  return {
    name: str(info.name) ?? [surname, givenName, patronymic].filter(Boolean).join(' '),
    surname,
    givenName,
    patronymic,
    email: str(info.email),
    birthDate: str(info.birthdate),
  };
}

const JWS_ALGS: Record<string, { hash: string; kty: 'RSA' | 'EC'; pss?: boolean; curve?: string }> = {
  RS256: { hash: 'sha256', kty: 'RSA' },
  RS384: { hash: 'sha384', kty: 'RSA' },
  RS512: { hash: 'sha512', kty: 'RSA' },
  PS256: { hash: 'sha256', kty: 'RSA', pss: true },
  PS384: { hash: 'sha384', kty: 'RSA', pss: true },
  PS512: { hash: 'sha512', kty: 'RSA', pss: true },
  ES256: { hash: 'sha256', kty: 'EC', curve: 'P-256' },
  ES384: { hash: 'sha384', kty: 'EC', curve: 'P-384' },
};

/**
 * eGov IDP login (OAuth 2.0 authorization code + PKCE S256, state and nonce). Plain class: construct it with the
 * configuration; keep what `start()` returns server-side (StartedLoginStore) and pass it to `finish()`.
 *
 * ID tokens (when the provider returns one) are checked: nonce always; signature with the provider's JWKS when
 * `jwksUrl` is configured (Node crypto; `jose` is ES-module only and not a dependency of the gateway), otherwise the
 * token is trusted as received directly from the token endpoint over TLS (OpenID Connect Core §3.1.3.7 (6)).
 */
export class EgovOAuthClient {
  private readonly fetchFn: typeof fetch;
  private readonly clock: () => Date;
  private jwksCache?: { keys: JsonWebKey[]; fetchedAt: number };

  constructor(private readonly options: EgovOAuthClientOptions) {
    for (const k of ['authorizeUrl', 'tokenUrl', 'userInfoUrl', 'redirectUri'] as const) new URL(options[k]);
    if (options.jwksUrl) new URL(options.jwksUrl);
    if (!options.clientId) throw new Error('EgovOAuthClient: clientId is required');
    this.fetchFn = options.fetch ?? fetch;
    this.clock = options.clock ?? (() => new Date());
  }

  /** A new login: the authorization URL and the secrets to keep server-side (256-bit state, nonce and verifier). */
  start(): StartedEgovLogin {
    const state = random();
    const nonce = random();
    const codeVerifier = random(); // 43 characters of [A-Za-z0-9-_]: RFC 7636 §4.1
    const url = new URL(this.options.authorizeUrl);
    const params: Record<string, string> = {
      response_type: 'code',
      client_id: this.options.clientId,
      redirect_uri: this.options.redirectUri,
      scope: this.options.scope,
      state,
      nonce,
      code_challenge: pkceChallenge(codeVerifier),
      code_challenge_method: 'S256',
    };
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    return { url: url.toString(), state, nonce, codeVerifier };
  }

  async finish(input: FinishEgovLoginInput): Promise<EgovIdentity> {
    const { expected } = input;
    if (typeof input.state !== 'string' || !input.state || !expected?.state || !sameString(input.state, expected.state)) {
      throw new EgovError('STATE_MISMATCH', 'the state returned by the provider is not the one this login started with');
    }
    if (typeof input.code !== 'string' || !input.code) throw new EgovError('TOKEN_EXCHANGE_FAILED', 'no authorization code');

    const tokens = await this.exchange(input.code, expected.codeVerifier);
    let idClaims: Record<string, unknown> | undefined;
    if (typeof tokens.id_token === 'string') {
      idClaims = await this.checkIdToken(tokens.id_token, expected.nonce);
    } else if (this.options.requireIdToken) {
      throw new EgovError('ID_TOKEN_INVALID', 'the token response has no ID token');
    }

    const info = await this.userInfo(tokens.access_token as string);
    const sub = str(info.sub);
    if (idClaims && sub !== undefined && sub !== idClaims.sub) {
      throw new EgovError('USERINFO_FAILED', 'the user info is about another subject than the ID token');
    }
    const subject = sub ?? str(idClaims?.sub);
    const iin = this.options.iinFrom === 'sub' ? (subject && IIN_RE.test(subject) ? subject : undefined) : iinFromUserInfo(info);
    if (!iin) throw new EgovError('NO_IIN', this.options.iinFrom === 'sub' ? 'the subject is not a 12-digit IIN' : 'the user info holds no 12-digit IIN');
    return { iin, ...namesOf(info), subject, userInfo: info };
  }

  // ---------------------------------------------------------------- token endpoint

  private async exchange(code: string, codeVerifier: string): Promise<Record<string, unknown>> {
    const form = new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: this.options.redirectUri,
      client_id: this.options.clientId,
      code_verifier: codeVerifier,
    });
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    const method = this.options.tokenEndpointAuthMethod ?? (this.options.clientSecret ? 'client_secret_basic' : 'none');
    if (method !== 'none' && !this.options.clientSecret) throw new Error(`EgovOAuthClient: ${method} needs clientSecret`);
    if (method === 'client_secret_basic') {
      // RFC 6749 §2.3.1: form-urlencode id and secret before base64.
      const enc = (s: string): string => encodeURIComponent(s).replace(/%20/g, '+');
      headers.authorization = `Basic ${Buffer.from(`${enc(this.options.clientId)}:${enc(this.options.clientSecret!)}`).toString('base64')}`;
    } else if (method === 'client_secret_post') {
      form.set('client_secret', this.options.clientSecret!);
    }
    let res: Response;
    try {
      res = await this.fetchFn(this.options.tokenUrl, { method: 'POST', headers, body: form.toString(), signal: this.signal(), redirect: 'error' });
    } catch (e) {
      throw new EgovError('TOKEN_EXCHANGE_FAILED', `token endpoint unreachable: ${(e as Error).message}`);
    }
    const body = await res.json().catch(() => undefined);
    if (!res.ok || !isRecord(body)) {
      const error = isRecord(body) ? str(body.error) : undefined;
      throw new EgovError('TOKEN_EXCHANGE_FAILED', `token endpoint answered HTTP ${res.status}${error ? ` (${error})` : ''}`, { status: res.status, error });
    }
    if (typeof body.access_token !== 'string' || !body.access_token) throw new EgovError('TOKEN_EXCHANGE_FAILED', 'the token response has no access_token');
    if (body.token_type !== undefined && String(body.token_type).toLowerCase() !== 'bearer') {
      throw new EgovError('TOKEN_EXCHANGE_FAILED', `unsupported token_type ${String(body.token_type)}`);
    }
    return body;
  }

  // ---------------------------------------------------------------- ID token

  private async checkIdToken(jwt: string, expectedNonce: string): Promise<Record<string, unknown>> {
    const parts = jwt.split('.');
    if (parts.length !== 3) throw new EgovError('ID_TOKEN_INVALID', 'the ID token is not a signed JWT');
    let header: Record<string, unknown>;
    let claims: Record<string, unknown>;
    try {
      header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as Record<string, unknown>;
      claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Record<string, unknown>;
    } catch {
      throw new EgovError('ID_TOKEN_INVALID', 'the ID token is not readable');
    }
    if (!isRecord(header) || !isRecord(claims)) throw new EgovError('ID_TOKEN_INVALID', 'the ID token is not readable');

    if (this.options.jwksUrl) await this.verifyJws(parts, header);

    const now = this.clock().getTime() / 1000;
    const skew = this.options.clockSkewSeconds ?? 120;
    if (this.options.issuer && claims.iss !== this.options.issuer) throw new EgovError('ID_TOKEN_INVALID', `unexpected issuer ${String(claims.iss)}`);
    const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!aud.includes(this.options.clientId)) throw new EgovError('ID_TOKEN_INVALID', 'the ID token is not for this client');
    if (aud.length > 1 && claims.azp !== this.options.clientId) throw new EgovError('ID_TOKEN_INVALID', 'azp is not this client');
    if (typeof claims.exp !== 'number' || claims.exp < now - skew) throw new EgovError('ID_TOKEN_INVALID', 'the ID token has expired');
    if (typeof claims.iat === 'number' && claims.iat > now + skew) throw new EgovError('ID_TOKEN_INVALID', 'the ID token is issued in the future');
    if (typeof claims.sub !== 'string' || !claims.sub) throw new EgovError('ID_TOKEN_INVALID', 'the ID token has no sub');
    if (typeof claims.nonce !== 'string' || !sameString(claims.nonce, expectedNonce)) {
      throw new EgovError('NONCE_MISMATCH', 'the ID token nonce is not the one this login sent');
    }
    return claims;
  }

  private async verifyJws(parts: string[], header: Record<string, unknown>): Promise<void> {
    const alg = typeof header.alg === 'string' ? JWS_ALGS[header.alg] : undefined;
    if (!alg) throw new EgovError('ID_TOKEN_INVALID', `ID token algorithm ${String(header.alg)} is not accepted`);
    const kid = typeof header.kid === 'string' ? header.kid : undefined;
    let key = await this.findKey(kid, alg.kty, false);
    if (!key) key = await this.findKey(kid, alg.kty, true); // the provider may have rotated its keys
    if (!key) throw new EgovError('ID_TOKEN_INVALID', `no key ${kid ?? ''} in the provider's JWKS`);
    const data = Buffer.from(`${parts[0]}.${parts[1]}`, 'ascii');
    const sig = Buffer.from(parts[2], 'base64url');
    let ok = false;
    try {
      if (alg.kty === 'EC') {
        if (key.asymmetricKeyDetails?.namedCurve !== (alg.curve === 'P-256' ? 'prime256v1' : 'secp384r1')) throw new Error('curve');
        ok = cryptoVerify(alg.hash, data, { key, dsaEncoding: 'ieee-p1363' }, sig);
      } else if (alg.pss) {
        ok = cryptoVerify(alg.hash, data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST }, sig);
      } else {
        ok = cryptoVerify(alg.hash, data, key, sig);
      }
    } catch {
      ok = false;
    }
    if (!ok) throw new EgovError('ID_TOKEN_INVALID', 'bad ID token signature');
  }

  private async findKey(kid: string | undefined, kty: 'RSA' | 'EC', refresh: boolean): Promise<KeyObject | undefined> {
    const jwks = await this.jwks(refresh);
    const candidates = jwks.filter((k) => k.kty === kty && (k.use === undefined || k.use === 'sig') && (kid === undefined || k.kid === kid));
    if (candidates.length !== 1) return undefined;
    try {
      return createPublicKey({ key: candidates[0], format: 'jwk' });
    } catch {
      return undefined;
    }
  }

  private async jwks(refresh: boolean): Promise<JsonWebKey[]> {
    const maxAge = 10 * 60_000;
    const now = Date.now();
    if (!refresh && this.jwksCache && now - this.jwksCache.fetchedAt < maxAge) return this.jwksCache.keys;
    if (refresh && this.jwksCache && now - this.jwksCache.fetchedAt < 10_000) return this.jwksCache.keys; // no hammering
    try {
      const res = await this.fetchFn(this.options.jwksUrl!, { headers: { accept: 'application/json' }, signal: this.signal(), redirect: 'error' });
      const body = (await res.json()) as unknown;
      if (!res.ok || !isRecord(body) || !Array.isArray(body.keys)) throw new Error(`HTTP ${res.status}`);
      this.jwksCache = { keys: body.keys.filter(isRecord) as JsonWebKey[], fetchedAt: now };
    } catch (e) {
      throw new EgovError('ID_TOKEN_INVALID', `the provider's JWKS could not be fetched: ${(e as Error).message}`);
    }
    return this.jwksCache.keys;
  }

  // ---------------------------------------------------------------- user info

  private async userInfo(accessToken: string): Promise<Record<string, unknown>> {
    let res: Response;
    try {
      res = await this.fetchFn(this.options.userInfoUrl, {
        headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
        signal: this.signal(),
        redirect: 'error',
      });
    } catch (e) {
      throw new EgovError('USERINFO_FAILED', `user-info endpoint unreachable: ${(e as Error).message}`);
    }
    if (!res.ok) throw new EgovError('USERINFO_FAILED', `user-info endpoint answered HTTP ${res.status}`, { status: res.status });
    const body = await res.json().catch(() => undefined);
    if (!isRecord(body)) throw new EgovError('USERINFO_FAILED', 'the user info is not a JSON object');
    return body;
  }

  private signal(): AbortSignal {
    return AbortSignal.timeout(this.options.timeoutMs ?? 10_000);
  }
}
