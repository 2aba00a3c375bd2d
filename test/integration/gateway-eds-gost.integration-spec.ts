import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import * as pkijs from 'pkijs';
import { ServiceProcess } from '../../tools/dev/stack';
import { Api } from '../support/api';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';
import { buildSignedData, createRootCa, encodeCms, issueUserCertificate, type TestIdentity } from '../support/pki/test-pki';

type LoginBody = { accessToken?: string; user?: { login: string }; code?: string; reason?: string; field?: string; status?: number };

/** How the verifier peer answers the next requests. */
type Mode = 'valid' | 'bad-signature' | 'bad-certificate' | 'server-error' | 'bad-request' | 'garbage' | 'hang';

/**
 * Login by a GOST signature through the configured external verifier (NCANode-compatible
 * `POST /cms/verify`). The verifier is a real HTTP server started here that answers as NCANode does
 * (a peer of the gateway, not a replacement of gateway code); the CMS carries GOST 34.310 algorithm
 * identifiers so that the gateway's standard crypto cannot check it and must ask the verifier.
 */
describe('gateway: EDS login with a GOST signature through the external verifier', () => {
  const GOST_DIGEST = '1.2.398.3.10.1.3.1'; // GOST 34.311-95
  const GOST_SIGNATURE = '1.2.398.3.10.1.1.1.2'; // GOST 34.310-2004
  let gw: ServiceProcess;
  let verifier: Server;
  let mode: Mode = 'valid';
  const received: { path: string; body: { cms?: string; revocationCheck?: unknown } }[] = [];
  const hanging: ServerResponse[] = [];
  let anon: Api;
  let root: TestIdentity;
  let person: TestIdentity;
  let db: string;

  const validIin = (first11: string): string => {
    const d = [...first11].map(Number);
    const pass = (w: number[]): number => d.reduce((s, x, i) => s + x * w[i]!, 0) % 11;
    let c = pass([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if (c === 10) c = pass([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
    if (c === 10) throw new Error('no check digit');
    return first11 + String(c);
  };

  /** A CMS over the nonce with GOST algorithm identifiers (as Kalkan produces for a GOST key). */
  async function gostCms(content: string): Promise<string> {
    const signed = await buildSignedData({ content, signer: person });
    signed.signerInfos[0]!.digestAlgorithm = new pkijs.AlgorithmIdentifier({ algorithmId: GOST_DIGEST });
    signed.signerInfos[0]!.signatureAlgorithm = new pkijs.AlgorithmIdentifier({ algorithmId: GOST_SIGNATURE });
    signed.digestAlgorithms = [new pkijs.AlgorithmIdentifier({ algorithmId: GOST_DIGEST })];
    return encodeCms(signed);
  }

  function answer(req: IncomingMessage, res: ServerResponse): void {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      let body: { cms?: string } = {};
      try {
        body = JSON.parse(raw) as { cms?: string };
      } catch {
        /* recorded as empty */
      }
      received.push({ path: `${req.method} ${req.url}`, body });
      const json = (status: number, b: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(b));
      };
      const signer = (certValid: boolean) => ({ certificates: [{ valid: certValid, revocations: [], subject: { iin: 'IIN' } }], tsp: null });
      switch (mode) {
        case 'valid':
          return json(200, { status: 200, message: 'OK', valid: true, signers: [signer(true)] });
        case 'bad-signature':
          return json(200, { status: 200, message: 'OK', valid: false, signers: [signer(true)] });
        case 'bad-certificate':
          return json(200, { status: 200, message: 'OK', valid: false, signers: [signer(false)] });
        case 'server-error':
          return json(500, { status: 500, message: 'Internal Server Error' });
        case 'bad-request':
          return json(400, { status: 400, message: 'Failed to decode CMS' });
        case 'garbage':
          res.writeHead(200, { 'content-type': 'text/html' });
          return res.end('<html>proxy error</html>');
        case 'hang':
          hanging.push(res); // answered only when the test ends: the gateway must give up by itself
          return;
      }
    });
  }

  beforeAll(async () => {
    const prefix = uniqueName('gost');
    db = (await createDatabases(prefix, ['gateway'] as const)).gateway;
    root = await createRootCa({ name: 'NDIP Test GOST Root' });
    const iin = validIin('90020230012');
    person = await issueUserCertificate(root, { subject: { commonName: 'ГОСТОВ АЛМАС', surname: 'ГОСТОВ', iin } });
    const dir = resolve('.data/test/pki', prefix);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'roots.pem'), root.pem);
    verifier = createServer(answer);
    await new Promise<void>((ok) => verifier.listen(testPortBase(421), '127.0.0.1', ok));
    const verifierUrl = `http://127.0.0.1:${(verifier.address() as AddressInfo).port}`;

    const adminPassword = `Adm1n-${randomBytes(6).toString('hex')}`;
    gw = new ServiceProcess(
      'gateway',
      {
        DATABASE_URL: db,
        HTTP_PORT: String(testPortBase(420)),
        NDIP_KAFKA_BROKERS: testInfra().brokers,
        NDIP_GROUP_PREFIX: prefix,
        NDIP_LOG_LEVEL: 'warn',
        NDIP_JWT_SECRET: randomBytes(32).toString('hex'),
        NDIP_ADMIN_PASSWORD: adminPassword,
        NDIP_EDS_TRUSTED_ROOTS_FILE: join(dir, 'roots.pem'),
        NDIP_EDS_GOST_VERIFIER_URL: verifierUrl,
        NDIP_EDS_GOST_VERIFIER_TIMEOUT_MS: '700',
      },
      '.data/test/logs',
    );
    await gw.start();
    anon = new Api(`${gw.url}/api/v1`);
    const admin = anon.as((await anon.post<{ accessToken: string }>('/auth/login', { login: 'admin', password: adminPassword })).body.accessToken);
    const org = await admin.ok<{ id: string }>('/organizations', { type: 'CSB', nameKk: 'Министрлік', nameRu: 'Министерство', nameEn: 'Ministry' });
    await admin.ok('/users', { login: 'almas.gost', fullName: 'Гостов Алмас', organizationId: org.id, iin, password: 'Str0ng-passw0rd' });
  });

  afterAll(async () => {
    for (const res of hanging) res.destroy();
    await gw?.stop();
    await new Promise<void>((ok) => (verifier ? verifier.close(() => ok()) : ok()));
  });

  const nonce = async (): Promise<string> => (await anon.post<{ nonce: string }>('/auth/eds/nonce', {})).body.nonce;
  const login = (n: string, cms: string) => anon.post<LoginBody>('/auth/eds/login', { nonce: n, cms });

  it('sends the CMS to the verifier and logs in when it accepts the signature and the certificate', async () => {
    mode = 'valid';
    received.length = 0;
    const n = await nonce();
    const cms = await gostCms(n);
    const ok = await login(n, cms);
    expect(ok.status).toBe(200);
    expect(ok.body.user!.login).toBe('almas.gost');
    expect(received).toHaveLength(1);
    expect(received[0]!.path).toBe('POST /cms/verify');
    expect(received[0]!.body).toEqual({ cms, revocationCheck: [] });
    // The nonce is spent: the same signature cannot log in twice.
    expect((await login(n, cms)).body.reason).toBe('NONCE_UNKNOWN_OR_USED');
  });

  it("follows the verifier's refusals: signature → BAD_SIGNATURE, certificate → UNTRUSTED_CHAIN, unreadable CMS → MALFORMED", async () => {
    mode = 'bad-signature';
    const a = await nonce();
    const badSig = await login(a, await gostCms(a));
    expect({ status: badSig.status, reason: badSig.body.reason }).toEqual({ status: 401, reason: 'BAD_SIGNATURE' });
    mode = 'bad-certificate';
    const b = await nonce();
    const badCert = await login(b, await gostCms(b));
    expect({ status: badCert.status, reason: badCert.body.reason }).toEqual({ status: 401, reason: 'UNTRUSTED_CHAIN' });
    mode = 'bad-request';
    const c = await nonce();
    const malformed = await login(c, await gostCms(c));
    expect({ status: malformed.status, reason: malformed.body.reason }).toEqual({ status: 401, reason: 'MALFORMED' });
    // A valid verdict on other content is still refused by the gateway's own content check.
    mode = 'valid';
    const d = await nonce();
    const other = await login(d, await gostCms('not the nonce'));
    expect({ status: other.status, reason: other.body.reason }).toEqual({ status: 401, reason: 'CONTENT_MISMATCH' });
  });

  it('answers 503 with Retry-After when the verifier fails, answers garbage or does not answer in time; the nonce stays usable', async () => {
    const n = await nonce();
    const cms = await gostCms(n);
    for (const m of ['server-error', 'garbage', 'hang'] as const) {
      mode = m;
      const r = await login(n, cms);
      expect({ mode: m, status: r.status, code: r.body.code, reason: r.body.reason }).toEqual({
        mode: m,
        status: 503,
        code: 'UNAVAILABLE',
        reason: 'VERIFIER_UNAVAILABLE',
      });
      expect(r.contentType).toContain('application/problem+json');
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    mode = 'valid';
    expect((await login(n, cms)).status).toBe(200);
    const failed = await query<{ n: number }>(
      db,
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.login-failed' AND new_value->>'reason' = 'eds: VERIFIER_UNAVAILABLE'`,
    );
    expect(failed[0]!.n).toBe(3);
  });
});
