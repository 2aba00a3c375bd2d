import * as x509 from '@peculiar/x509';
import { startOcspResponder, type TestOcspResponder } from '../../../../test/support/pki/ocsp-responder';
import { TEST_OID, createIntermediateCa, createRootCa, issueUserCertificate, signCms, type TestIdentity } from '../../../../test/support/pki/test-pki';
import { EdsError } from './eds-error';
import { EdsVerifier } from './eds-verifier';
import { InMemoryNonceStore } from './nonce-store';
import { OcspRevocationChecker, type OcspRevocationCheckerOptions } from './ocsp-revocation-checker';
import type { RevocationStatus } from './revocation';

jest.setTimeout(60_000);

let root: TestIdentity;
let ca: TestIdentity;
let goodUser: TestIdentity;
let revokedUser: TestIdentity;
let unknownUser: TestIdentity;
let delegated: TestIdentity;
let delegatedNoEku: TestIdentity;
let impostor: TestIdentity;
const REVOKED_AT = new Date('2026-02-01T08:00:00Z');
const responders: TestOcspResponder[] = [];

beforeAll(async () => {
  root = await createRootCa({ name: 'OCSP TEST ROOT' });
  ca = await createIntermediateCa(root, { name: 'OCSP TEST ISSUING CA' });
  goodUser = await issueUserCertificate(ca, { kind: 'P-256', subject: { commonName: 'GOOD', iin: '800101300001' } });
  revokedUser = await issueUserCertificate(ca, { keys: goodUser.keys, kind: 'P-256', subject: { commonName: 'REVOKED', iin: '800101300002' } });
  unknownUser = await issueUserCertificate(ca, { keys: goodUser.keys, kind: 'P-256', subject: { commonName: 'UNKNOWN', iin: '800101300003' } });
  delegated = await issueUserCertificate(ca, {
    kind: 'P-256',
    subject: { commonName: 'OCSP RESPONDER' },
    keyUsage: x509.KeyUsageFlags.digitalSignature,
    extendedKeyUsage: [TEST_OID.ocspSigning],
  });
  delegatedNoEku = await issueUserCertificate(ca, {
    keys: delegated.keys,
    kind: 'P-256',
    subject: { commonName: 'NOT AN OCSP RESPONDER' },
    keyUsage: x509.KeyUsageFlags.digitalSignature,
    extendedKeyUsage: [TEST_OID.clientAuth],
  });
  // Same subject name as the CA, other key: signs responses that claim to come from the CA.
  const otherRoot = await createRootCa({ name: 'OTHER ROOT' });
  impostor = await createIntermediateCa(otherRoot, { name: 'OCSP TEST ISSUING CA' });
});

afterAll(async () => {
  await Promise.all(responders.map((r) => r.close()));
});

async function responder(over: Partial<Parameters<typeof startOcspResponder>[0]> = {}): Promise<TestOcspResponder> {
  const r = await startOcspResponder({
    issuer: ca,
    revoked: new Map([[revokedUser.cert.serialNumber, { at: REVOKED_AT, reason: 1 }]]),
    unknown: new Set([unknownUser.cert.serialNumber]),
    ...over,
  });
  responders.push(r);
  return r;
}

function check(url: string, user: TestIdentity, over: Partial<OcspRevocationCheckerOptions> = {}): Promise<RevocationStatus> {
  const checker = new OcspRevocationChecker({ url, ...over });
  return checker.check({ certificate: new Uint8Array(user.cert.rawData), issuer: new Uint8Array(ca.cert.rawData), at: new Date() });
}

describe('OcspRevocationChecker against a local responder', () => {
  it('reports good, and sends a CertID for the certificate and its issuer with a nonce', async () => {
    const r = await responder();
    expect(await check(r.url, goodUser)).toEqual({ status: 'good' });
    expect(r.seen).toHaveLength(1);
    expect(r.seen[0].serial).toBe(goodUser.cert.serialNumber);
    expect(r.seen[0].hashAlgorithm).toBe('1.3.14.3.2.26');
    expect(r.seen[0].issuerMatches).toBe(true);
    expect(r.seen[0].nonce?.length).toBeGreaterThanOrEqual(16);
  });

  it('can use SHA-256 CertIDs', async () => {
    const r = await responder();
    expect(await check(r.url, goodUser, { certIdHash: 'SHA-256' })).toEqual({ status: 'good' });
    expect(r.seen[0].hashAlgorithm).toBe('2.16.840.1.101.3.4.2.1');
    expect(r.seen[0].issuerMatches).toBe(true);
  });

  it('reports revoked with the time and the reason', async () => {
    const r = await responder();
    expect(await check(r.url, revokedUser)).toEqual({ status: 'revoked', revokedAt: REVOKED_AT, reason: 'keyCompromise' });
  });

  it('reports unknown when the responder does not know the certificate', async () => {
    const r = await responder();
    expect((await check(r.url, unknownUser)).status).toBe('unknown');
  });

  it('accepts a responder delegated by the CA with id-kp-OCSPSigning', async () => {
    const r = await responder({ signer: delegated });
    expect(await check(r.url, revokedUser)).toMatchObject({ status: 'revoked' });
    expect(await check(r.url, goodUser)).toEqual({ status: 'good' });
  });

  it('refuses a delegated responder certificate without id-kp-OCSPSigning', async () => {
    const r = await responder({ signer: delegatedNoEku });
    const s = await check(r.url, revokedUser);
    expect(s).toMatchObject({ status: 'unknown', detail: expect.stringContaining('authorised responder') });
  });

  it('refuses a response signed by another key under the CA name', async () => {
    const r = await responder({ signer: impostor });
    const s = await check(r.url, goodUser);
    expect(s.status).toBe('unknown');
  });

  it('refuses a response with another nonce (replay)', async () => {
    const r = await responder({ mode: 'wrong-nonce' });
    expect(await check(r.url, goodUser)).toMatchObject({ status: 'unknown', detail: expect.stringContaining('nonce mismatch') });
  });

  it('accepts a fresh response without nonce unless the nonce is required', async () => {
    const r = await responder({ mode: 'no-nonce' });
    expect(await check(r.url, goodUser)).toEqual({ status: 'good' });
    expect((await check(r.url, goodUser, { requireNonce: true })).status).toBe('unknown');
  });

  it('refuses a stale response', async () => {
    const r = await responder({ mode: 'stale' });
    expect(await check(r.url, goodUser)).toMatchObject({ status: 'unknown', detail: expect.stringContaining('stale') });
  });

  it('reports unknown for tryLater, HTTP errors and an unreachable responder', async () => {
    const later = await responder({ mode: 'try-later' });
    expect(await check(later.url, goodUser)).toMatchObject({ status: 'unknown', detail: expect.stringContaining('tryLater') });
    const broken = await responder({ mode: 'http-500' });
    expect(await check(broken.url, goodUser)).toMatchObject({ status: 'unknown', detail: expect.stringContaining('500') });
    const gone = await responder();
    await gone.close();
    expect((await check(gone.url, goodUser, { timeoutMs: 2000 })).status).toBe('unknown');
  });
});

describe('EdsVerifier with OCSP', () => {
  it('refuses a revoked certificate with REVOKED and accepts a good one', async () => {
    const r = await responder();
    const nonces = new InMemoryNonceStore();
    const verifier = new EdsVerifier({
      trustedRoots: [root.pem],
      intermediates: [ca.pem],
      clock: () => new Date(),
      nonces,
      revocation: new OcspRevocationChecker({ url: r.url }),
    });
    const a = await nonces.issue();
    const e = await verifier.verify({ cms: await signCms({ content: a.nonce, signer: revokedUser }), expectedNonce: a.nonce }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(EdsError);
    expect((e as EdsError).code).toBe('REVOKED');
    expect((e as EdsError).details).toMatchObject({ reason: 'keyCompromise' });
    const b = await nonces.issue();
    const ok = await verifier.verify({ cms: await signCms({ content: b.nonce, signer: goodUser }), expectedNonce: b.nonce });
    expect(ok.subject.iin).toBe('800101300001');
    expect(r.seen.map((s) => s.serial)).toEqual([revokedUser.cert.serialNumber, goodUser.cert.serialNumber]);
  });
});
