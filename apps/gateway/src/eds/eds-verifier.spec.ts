import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as x509 from '@peculiar/x509';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import {
  TEST_OID,
  buildSignedData,
  createIntermediateCa,
  createRootCa,
  encodeCms,
  generateKeys,
  issueUserCertificate,
  privateKeyPem,
  signCms,
  type TestIdentity,
} from '../../../../test/support/pki/test-pki';
import { EdsError, type EdsErrorCode } from './eds-error';
import { EdsVerifier, type EdsVerifierOptions, type ExternalVerifier } from './eds-verifier';
import { InMemoryNonceStore } from './nonce-store';
import type { RevocationChecker, RevocationCheckInput, RevocationStatus } from './revocation';

jest.setTimeout(60_000);

const DAY = 86_400_000;
const IIN = '880215300417';
const BIN = '050940001234';

let root: TestIdentity;
let inter: TestIdentity;
let rsaUser: TestIdentity;
let ecUser: TestIdentity;
let ec384User: TestIdentity;
let legalUser: TestIdentity;
let rogueRoot: TestIdentity;
let rogueUser: TestIdentity;

beforeAll(async () => {
  root = await createRootCa({ name: 'TEST ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA)' });
  inter = await createIntermediateCa(root, { name: 'TEST ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) issuing' });
  rsaUser = await issueUserCertificate(inter, {
    subject: { commonName: 'ТЕСТОВ ТЕСТ', surname: 'ТЕСТОВ', patronymic: 'ТЕСТОВИЧ', iin: IIN, email: 'test@example.kz' },
  });
  ecUser = await issueUserCertificate(inter, { kind: 'P-256', subject: { commonName: 'EC USER', iin: '990101400123' } });
  ec384User = await issueUserCertificate(inter, { kind: 'P-384', subject: { commonName: 'EC384 USER', iin: '990101400124' } });
  legalUser = await issueUserCertificate(inter, {
    keys: rsaUser.keys,
    subject: { commonName: 'ТЕСТОВ ТЕСТ', surname: 'ТЕСТОВ', iin: IIN, organization: 'АО ТЕСТ-ИНВЕСТ', bin: BIN },
    extendedKeyUsage: [TEST_OID.clientAuth, '1.2.398.3.3.4.1.2', '1.2.398.3.3.4.1.2.1'],
  });
  rogueRoot = await createRootCa({ name: 'TEST ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA)' }); // same name, other key
  rogueUser = await issueUserCertificate(rogueRoot, { keys: rsaUser.keys, subject: { commonName: 'ТЕСТОВ ТЕСТ', iin: IIN } });
});

function setup(over: Partial<EdsVerifierOptions> = {}): { verifier: EdsVerifier; nonces: InMemoryNonceStore } {
  const nonces = over.nonces instanceof InMemoryNonceStore ? over.nonces : new InMemoryNonceStore();
  const verifier = new EdsVerifier({ trustedRoots: [root.pem], intermediates: [inter.pem], clock: () => new Date(), nonces, ...over });
  return { verifier, nonces };
}

async function expectCode(p: Promise<unknown>, code: EdsErrorCode): Promise<EdsError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(EdsError);
  expect((e as EdsError).code).toBe(code);
  return e as EdsError;
}

/** Re-encodes a SignedData after a change (the signature is left as it was). */
function reencode(signed: pkijs.SignedData): string {
  return encodeCms(new pkijs.SignedData({ schema: signed.toSchema(true) }));
}

describe('EdsVerifier: accepted signatures', () => {
  it('accepts an RSA signature over the nonce and extracts the IIN from serialNumber', async () => {
    const { verifier, nonces } = setup();
    const { nonce } = await nonces.issue();
    const cms = await signCms({ content: nonce, signer: rsaUser });
    const r = await verifier.verify({ cms, expectedNonce: nonce });
    expect(r.subject).toEqual({
      iin: IIN,
      bin: undefined,
      commonName: 'ТЕСТОВ ТЕСТ',
      surname: 'ТЕСТОВ',
      givenName: 'ТЕСТОВИЧ',
      organization: undefined,
      email: 'test@example.kz',
      country: 'KZ',
    });
    expect(r.certificate.serial).toBe(rsaUser.cert.serialNumber.toUpperCase().replace(/^(00)+/, ''));
    expect(r.certificate.notAfter.getTime()).toBe(rsaUser.cert.notAfter.getTime());
    expect(r.certificate.keyAlgorithm).toBe('RSA 2048');
    expect(r.certificate.issuer).toContain('CN=TEST ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) issuing');
    expect(r.certificate.extendedKeyUsage).toEqual([TEST_OID.clientAuth, TEST_OID.kzIndividual]);
    expect(r.signingTime).toBeInstanceOf(Date);
    // the nonce was consumed
    expect(await nonces.consume(nonce)).toBe(false);
  });

  it('extracts the BIN from OU of a legal-entity certificate', async () => {
    const { verifier, nonces } = setup();
    const { nonce } = await nonces.issue();
    const r = await verifier.verify({ cms: await signCms({ content: nonce, signer: legalUser }), expectedNonce: nonce });
    expect(r.subject.iin).toBe(IIN);
    expect(r.subject.bin).toBe(BIN);
    expect(r.subject.organization).toBe('АО ТЕСТ-ИНВЕСТ');
    expect(r.certificate.extendedKeyUsage).toContain('1.2.398.3.3.4.1.2.1');
  });

  it('accepts ECDSA P-256 and P-384 signatures', async () => {
    const { verifier, nonces } = setup();
    const a = await nonces.issue();
    const r1 = await verifier.verify({ cms: await signCms({ content: a.nonce, signer: ecUser }), expectedNonce: a.nonce });
    expect(r1.subject.iin).toBe('990101400123');
    expect(r1.certificate.keyAlgorithm).toBe('ECDSA P-256');
    const b = await nonces.issue();
    const r2 = await verifier.verify({ cms: await signCms({ content: b.nonce, signer: ec384User }), expectedNonce: b.nonce });
    expect(r2.subject.iin).toBe('990101400124');
    expect(r2.certificate.keyAlgorithm).toBe('ECDSA P-384');
  });

  it('accepts a signature without signed attributes (signature over the content itself)', async () => {
    const { verifier, nonces } = setup();
    const { nonce } = await nonces.issue();
    const r = await verifier.verify({ cms: await signCms({ content: nonce, signer: rsaUser, signedAttributes: false }), expectedNonce: nonce });
    expect(r.subject.iin).toBe(IIN);
    expect(r.signingTime).toBeUndefined();
  });

  it('finds the intermediate in the CMS when it is not configured, and refuses when it is nowhere', async () => {
    const { verifier, nonces } = setup({ intermediates: [] });
    const a = await nonces.issue();
    const ok = await verifier.verify({ cms: await signCms({ content: a.nonce, signer: rsaUser, extraCerts: [inter.cert] }), expectedNonce: a.nonce });
    expect(ok.subject.iin).toBe(IIN);
    const b = await nonces.issue();
    await expectCode(verifier.verify({ cms: await signCms({ content: b.nonce, signer: rsaUser }), expectedNonce: b.nonce }), 'UNTRUSTED_CHAIN');
  });
});

describe('EdsVerifier: nonce', () => {
  it('refuses a valid signature over another nonce with CONTENT_MISMATCH, and leaves the expected nonce unused', async () => {
    const { verifier, nonces } = setup();
    const signedOne = await nonces.issue();
    const expected = await nonces.issue();
    const cms = await signCms({ content: signedOne.nonce, signer: rsaUser });
    await expectCode(verifier.verify({ cms, expectedNonce: expected.nonce }), 'CONTENT_MISMATCH');
    expect(await nonces.consume(expected.nonce)).toBe(true);
  });

  it('refuses a replayed CMS: the nonce is used once', async () => {
    const { verifier, nonces } = setup();
    const { nonce } = await nonces.issue();
    const cms = await signCms({ content: nonce, signer: rsaUser });
    await verifier.verify({ cms, expectedNonce: nonce });
    await expectCode(verifier.verify({ cms, expectedNonce: nonce }), 'NONCE_UNKNOWN_OR_USED');
  });

  it('refuses a nonce that was never issued', async () => {
    const { verifier } = setup();
    const nonce = 'a-nonce-this-server-never-issued';
    await expectCode(verifier.verify({ cms: await signCms({ content: nonce, signer: rsaUser }), expectedNonce: nonce }), 'NONCE_UNKNOWN_OR_USED');
  });

  it('refuses an expired nonce', async () => {
    let now = Date.now();
    const nonces = new InMemoryNonceStore({ ttlMs: 60_000, clock: () => new Date(now) });
    const { verifier } = setup({ nonces });
    const { nonce } = await nonces.issue();
    now += 61_000;
    await expectCode(verifier.verify({ cms: await signCms({ content: nonce, signer: rsaUser }), expectedNonce: nonce }), 'NONCE_UNKNOWN_OR_USED');
  });
});

describe('EdsVerifier: tampering', () => {
  it('gives BAD_SIGNATURE when the content is replaced by the expected nonce after signing', async () => {
    const { verifier, nonces } = setup();
    const other = await nonces.issue();
    const expected = await nonces.issue();
    const signed = await buildSignedData({ content: other.nonce, signer: rsaUser });
    signed.encapContentInfo.eContent = new asn1js.OctetString({ valueHex: new TextEncoder().encode(expected.nonce) });
    await expectCode(verifier.verify({ cms: reencode(signed), expectedNonce: expected.nonce }), 'BAD_SIGNATURE');
  });

  it('gives BAD_SIGNATURE when the content of a signature without signed attributes is replaced', async () => {
    const { verifier, nonces } = setup();
    const other = await nonces.issue();
    const expected = await nonces.issue();
    const signed = await buildSignedData({ content: other.nonce, signer: ecUser, signedAttributes: false });
    signed.encapContentInfo.eContent = new asn1js.OctetString({ valueHex: new TextEncoder().encode(expected.nonce) });
    await expectCode(verifier.verify({ cms: reencode(signed), expectedNonce: expected.nonce }), 'BAD_SIGNATURE');
  });

  it('gives BAD_SIGNATURE when one bit of the signature value is flipped (RSA and ECDSA)', async () => {
    const { verifier, nonces } = setup();
    for (const signer of [rsaUser, ecUser]) {
      const { nonce } = await nonces.issue();
      const signed = await buildSignedData({ content: nonce, signer });
      const sig = new Uint8Array(signed.signerInfos[0].signature.valueBlock.valueHexView);
      sig[sig.length - 5] ^= 0x01;
      signed.signerInfos[0].signature = new asn1js.OctetString({ valueHex: sig });
      await expectCode(verifier.verify({ cms: reencode(signed), expectedNonce: nonce }), 'BAD_SIGNATURE');
    }
  });

  it('gives BAD_SIGNATURE when a signed attribute (signingTime) is changed', async () => {
    const { verifier, nonces } = setup();
    const { nonce } = await nonces.issue();
    const signed = await buildSignedData({ content: nonce, signer: rsaUser, signingTime: new Date('2026-01-10T10:00:00Z') });
    const attrs = signed.signerInfos[0].signedAttrs!.attributes;
    const i = attrs.findIndex((a) => a.type === '1.2.840.113549.1.9.5');
    attrs[i] = new pkijs.Attribute({ type: attrs[i].type, values: [new asn1js.UTCTime({ valueDate: new Date('2026-01-10T10:00:01Z') })] });
    await expectCode(verifier.verify({ cms: reencode(signed), expectedNonce: nonce }), 'BAD_SIGNATURE');
  });

  it('gives BAD_SIGNATURE when the embedded certificate is swapped for another holder with the same issuer and serial', async () => {
    // An attacker signs with its own key and embeds a certificate claiming the victim's identity; it is only
    // accepted if the signature verifies with the embedded certificate's key (it does not).
    const { verifier, nonces } = setup();
    const { nonce } = await nonces.issue();
    const signed = await buildSignedData({ content: nonce, signer: ecUser });
    const attackerKeys = await generateKeys('P-256');
    const forged = await buildSignedData({ content: nonce, signer: { ...ecUser, keys: attackerKeys } });
    expect(forged.signerInfos[0].signature.isEqual(signed.signerInfos[0].signature)).toBe(false);
    await expectCode(verifier.verify({ cms: encodeCms(forged), expectedNonce: nonce }), 'BAD_SIGNATURE');
  });
});

describe('EdsVerifier: certificate', () => {
  it('refuses an expired certificate with CERT_EXPIRED', async () => {
    const expired = await issueUserCertificate(inter, {
      keys: rsaUser.keys,
      subject: { commonName: 'OLD', iin: IIN },
      notBefore: new Date(Date.now() - 400 * DAY),
      notAfter: new Date(Date.now() - DAY),
    });
    const { verifier, nonces } = setup();
    const { nonce } = await nonces.issue();
    await expectCode(verifier.verify({ cms: await signCms({ content: nonce, signer: expired }), expectedNonce: nonce }), 'CERT_EXPIRED');
  });

  it('judges validity with the configured clock (a valid certificate is expired a day after notAfter)', async () => {
    const nonces = new InMemoryNonceStore();
    const { verifier } = setup({ nonces, clock: () => new Date(rsaUser.cert.notAfter.getTime() + DAY) });
    const { nonce } = await nonces.issue();
    await expectCode(verifier.verify({ cms: await signCms({ content: nonce, signer: rsaUser }), expectedNonce: nonce }), 'CERT_EXPIRED');
  });

  it('refuses a certificate that is not yet valid with CERT_NOT_YET_VALID', async () => {
    const future = await issueUserCertificate(inter, {
      keys: rsaUser.keys,
      subject: { commonName: 'FUTURE', iin: IIN },
      notBefore: new Date(Date.now() + DAY),
      notAfter: new Date(Date.now() + 30 * DAY),
    });
    const { verifier, nonces } = setup();
    const { nonce } = await nonces.issue();
    await expectCode(verifier.verify({ cms: await signCms({ content: nonce, signer: future }), expectedNonce: nonce }), 'CERT_NOT_YET_VALID');
  });

  it('refuses a certificate from an untrusted root (same root name, other key) with UNTRUSTED_CHAIN', async () => {
    const { verifier, nonces } = setup();
    const { nonce } = await nonces.issue();
    await expectCode(
      verifier.verify({ cms: await signCms({ content: nonce, signer: rogueUser, extraCerts: [rogueRoot.cert] }), expectedNonce: nonce }),
      'UNTRUSTED_CHAIN',
    );
  });

  it('refuses a chain whose intermediate has expired with UNTRUSTED_CHAIN', async () => {
    const oldInter = await createIntermediateCa(root, {
      name: 'OLD ISSUING CA',
      notBefore: new Date(Date.now() - 900 * DAY),
      notAfter: new Date(Date.now() - DAY),
    });
    const user = await issueUserCertificate(oldInter, { keys: rsaUser.keys, subject: { commonName: 'X', iin: IIN } });
    const { verifier, nonces } = setup({ intermediates: [inter.pem, oldInter.pem] });
    const { nonce } = await nonces.issue();
    await expectCode(verifier.verify({ cms: await signCms({ content: nonce, signer: user }), expectedNonce: nonce }), 'UNTRUSTED_CHAIN');
  });

  it('refuses a certificate whose keyUsage lacks digitalSignature with KEY_USAGE', async () => {
    const nonRepOnly = await issueUserCertificate(inter, {
      keys: rsaUser.keys,
      subject: { commonName: 'NO DS', iin: IIN },
      keyUsage: x509.KeyUsageFlags.nonRepudiation | x509.KeyUsageFlags.keyEncipherment,
    });
    const { verifier, nonces } = setup();
    const { nonce } = await nonces.issue();
    await expectCode(verifier.verify({ cms: await signCms({ content: nonce, signer: nonRepOnly }), expectedNonce: nonce }), 'KEY_USAGE');
  });

  it('refuses a certificate without a keyUsage extension with KEY_USAGE', async () => {
    const noKu = await issueUserCertificate(inter, { keys: rsaUser.keys, subject: { commonName: 'NO KU', iin: IIN }, keyUsage: null });
    const { verifier, nonces } = setup();
    const { nonce } = await nonces.issue();
    await expectCode(verifier.verify({ cms: await signCms({ content: nonce, signer: noKu }), expectedNonce: nonce }), 'KEY_USAGE');
  });

  it('refuses a signing-only certificate (extendedKeyUsage emailProtection, no clientAuth) with KEY_USAGE', async () => {
    const signing = await issueUserCertificate(inter, {
      keys: rsaUser.keys,
      subject: { commonName: 'SIGN ONLY', iin: IIN },
      keyUsage: x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation,
      extendedKeyUsage: [TEST_OID.emailProtection, TEST_OID.kzIndividual],
    });
    const { verifier, nonces } = setup();
    const { nonce } = await nonces.issue();
    await expectCode(verifier.verify({ cms: await signCms({ content: nonce, signer: signing }), expectedNonce: nonce }), 'KEY_USAGE');
  });

  it('accepts a certificate without extendedKeyUsage by default, and refuses it when clientAuth is required', async () => {
    const noEku = await issueUserCertificate(inter, { keys: rsaUser.keys, subject: { commonName: 'NO EKU', iin: IIN }, extendedKeyUsage: null });
    const lenient = setup();
    const a = await lenient.nonces.issue();
    expect((await lenient.verifier.verify({ cms: await signCms({ content: a.nonce, signer: noEku }), expectedNonce: a.nonce })).subject.iin).toBe(IIN);
    const strict = setup({ extendedKeyUsage: 'clientAuth-required' });
    const b = await strict.nonces.issue();
    await expectCode(strict.verifier.verify({ cms: await signCms({ content: b.nonce, signer: noEku }), expectedNonce: b.nonce }), 'KEY_USAGE');
  });
});

/** A revocation list kept by the test: the serials it refuses, and what it was asked. */
class ListRevocationChecker implements RevocationChecker {
  readonly asked: RevocationCheckInput[] = [];
  constructor(private readonly revokedSerials: Set<string>) {}
  async check(input: RevocationCheckInput): Promise<RevocationStatus> {
    this.asked.push(input);
    const serial = new x509.X509Certificate(input.certificate).serialNumber;
    return this.revokedSerials.has(serial) ? { status: 'revoked', reason: 'keyCompromise', revokedAt: new Date('2026-01-01T00:00:00Z') } : { status: 'good' };
  }
}

describe('EdsVerifier: revocation', () => {
  it('refuses a revoked certificate with REVOKED and passes the issuer found on the path to the checker', async () => {
    const checker = new ListRevocationChecker(new Set([ecUser.cert.serialNumber]));
    const { verifier, nonces } = setup({ revocation: checker });
    const a = await nonces.issue();
    await expectCode(verifier.verify({ cms: await signCms({ content: a.nonce, signer: ecUser }), expectedNonce: a.nonce }), 'REVOKED');
    expect(Buffer.from(checker.asked[0].issuer).equals(Buffer.from(inter.cert.rawData))).toBe(true);
    const b = await nonces.issue();
    expect((await verifier.verify({ cms: await signCms({ content: b.nonce, signer: rsaUser }), expectedNonce: b.nonce })).subject.iin).toBe(IIN);
  });

  it('fails closed with REVOCATION_UNKNOWN when the checker cannot answer', async () => {
    const failing: RevocationChecker = {
      check: async () => {
        throw new Error('responder unreachable');
      },
    };
    const { verifier, nonces } = setup({ revocation: failing });
    const { nonce } = await nonces.issue();
    await expectCode(verifier.verify({ cms: await signCms({ content: nonce, signer: rsaUser }), expectedNonce: nonce }), 'REVOCATION_UNKNOWN');
  });

  it('does not consult the checker for a signature that fails locally', async () => {
    const checker = new ListRevocationChecker(new Set());
    const { verifier, nonces } = setup({ revocation: checker });
    const { nonce } = await nonces.issue();
    await expectCode(verifier.verify({ cms: await signCms({ content: nonce, signer: rogueUser }), expectedNonce: nonce }), 'UNTRUSTED_CHAIN');
    expect(checker.asked).toHaveLength(0);
  });
});

describe('EdsVerifier: algorithms and structure', () => {
  const GOST_DIGEST = '1.2.398.3.10.1.3.1'; // GOST 34.311-95
  const GOST_SIGNATURE = '1.2.398.3.10.1.1.1.2'; // GOST 34.310-2004 with GOST 34.311-95

  async function gostCms(nonce: string): Promise<string> {
    const signed = await buildSignedData({ content: nonce, signer: rsaUser });
    signed.signerInfos[0].digestAlgorithm = new pkijs.AlgorithmIdentifier({ algorithmId: GOST_DIGEST });
    signed.signerInfos[0].signatureAlgorithm = new pkijs.AlgorithmIdentifier({ algorithmId: GOST_SIGNATURE });
    signed.digestAlgorithms = [new pkijs.AlgorithmIdentifier({ algorithmId: GOST_DIGEST })];
    return reencode(signed);
  }

  it('refuses GOST algorithm OIDs with UNSUPPORTED_ALGORITHM when no external verifier is configured', async () => {
    const { verifier, nonces } = setup();
    const { nonce } = await nonces.issue();
    await expectCode(verifier.verify({ cms: await gostCms(nonce), expectedNonce: nonce }), 'UNSUPPORTED_ALGORITHM');
    // the nonce is still usable: nothing was consumed
    expect(await nonces.consume(nonce)).toBe(true);
  });

  it('hands GOST CMS to the configured external verifier and follows its refusal', async () => {
    const calls: Uint8Array[] = [];
    const gostVerifier: ExternalVerifier = {
      verifyCms: async (input) => {
        calls.push(input.cms);
        return { signatureValid: false, chainValid: false };
      },
    };
    const { verifier, nonces } = setup({ gostVerifier });
    const { nonce } = await nonces.issue();
    const cms = await gostCms(nonce);
    await expectCode(verifier.verify({ cms, expectedNonce: nonce }), 'BAD_SIGNATURE');
    expect(calls).toHaveLength(1);
    expect(Buffer.from(calls[0]).toString('base64')).toBe(cms);
  });

  it('refuses SHA-1 with UNSUPPORTED_ALGORITHM', async () => {
    const { verifier, nonces } = setup();
    const { nonce } = await nonces.issue();
    const signed = await buildSignedData({ content: nonce, signer: rsaUser, hash: 'SHA-256' });
    signed.signerInfos[0].digestAlgorithm = new pkijs.AlgorithmIdentifier({ algorithmId: '1.3.14.3.2.26' });
    await expectCode(verifier.verify({ cms: reencode(signed), expectedNonce: nonce }), 'UNSUPPORTED_ALGORITHM');
  });

  it('refuses input that is not a CMS SignedData with MALFORMED', async () => {
    const { verifier, nonces } = setup();
    const { nonce } = await nonces.issue();
    await expectCode(verifier.verify({ cms: 'not base64 at all!', expectedNonce: nonce }), 'MALFORMED');
    await expectCode(verifier.verify({ cms: Buffer.from('hello world, not DER').toString('base64'), expectedNonce: nonce }), 'MALFORMED');
    await expectCode(verifier.verify({ cms: Buffer.from(rsaUser.cert.rawData).toString('base64'), expectedNonce: nonce }), 'MALFORMED');
    const valid = Buffer.from(await signCms({ content: nonce, signer: rsaUser }), 'base64');
    await expectCode(verifier.verify({ cms: Buffer.concat([valid, Buffer.from([0, 0, 1])]).toString('base64'), expectedNonce: nonce }), 'MALFORMED');
  });

  it('refuses a detached signature (no attached content) with MALFORMED', async () => {
    const { verifier, nonces } = setup();
    const { nonce } = await nonces.issue();
    const signed = await buildSignedData({ content: nonce, signer: rsaUser });
    signed.encapContentInfo = new pkijs.EncapsulatedContentInfo({ eContentType: '1.2.840.113549.1.7.1' });
    await expectCode(verifier.verify({ cms: reencode(signed), expectedNonce: nonce }), 'MALFORMED');
  });

  it('refuses a CMS whose signer certificate is not embedded with MALFORMED', async () => {
    const { verifier, nonces } = setup();
    const { nonce } = await nonces.issue();
    const signed = await buildSignedData({ content: nonce, signer: rsaUser, extraCerts: [inter.cert] });
    signed.certificates = signed.certificates!.slice(1);
    await expectCode(verifier.verify({ cms: reencode(signed), expectedNonce: nonce }), 'MALFORMED');
  });
});

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

/** CMS made by OpenSSL (an implementation independent of pkijs), as `openssl cms -sign -nodetach` gives it. */
(hasOpenssl ? describe : describe.skip)('EdsVerifier: CMS produced by OpenSSL', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ndip-eds-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function opensslSign(signer: TestIdentity, nonce: string, extra: string[]): Promise<string> {
    writeFileSync(join(dir, 'cert.pem'), signer.pem);
    writeFileSync(join(dir, 'key.pem'), await privateKeyPem(signer.keys));
    writeFileSync(join(dir, 'nonce.txt'), nonce);
    const r = spawnSync(
      'openssl',
      [
        'cms',
        '-sign',
        '-binary',
        '-nodetach',
        '-outform',
        'DER',
        '-md',
        'sha256',
        '-in',
        'nonce.txt',
        '-signer',
        'cert.pem',
        '-inkey',
        'key.pem',
        '-out',
        'cms.der',
        ...extra,
      ],
      { cwd: dir },
    );
    if (r.status !== 0) throw new Error(`openssl failed: ${r.stderr.toString()}`);
    return readFileSync(join(dir, 'cms.der')).toString('base64');
  }

  it.each([
    ['RSA PKCS#1 v1.5', () => rsaUser, [] as string[]],
    ['RSA-PSS', () => rsaUser, ['-keyopt', 'rsa_padding_mode:pss']],
    ['ECDSA P-256', () => ecUser, []],
  ])('accepts %s', async (_label, signer, extra) => {
    const { verifier, nonces } = setup();
    const { nonce } = await nonces.issue();
    const cms = await opensslSign(signer(), nonce, extra);
    const r = await verifier.verify({ cms, expectedNonce: nonce });
    expect(r.subject.iin).toBe(signer() === rsaUser ? IIN : '990101400123');
  });

  it('refuses the OpenSSL CMS with one content byte changed', async () => {
    const { verifier, nonces } = setup();
    const { nonce } = await nonces.issue();
    const der = Buffer.from(await opensslSign(rsaUser, nonce, []), 'base64');
    const at = der.indexOf(Buffer.from(nonce));
    expect(at).toBeGreaterThan(0);
    der[at] = der[at] === 0x41 ? 0x42 : 0x41;
    await expectCode(verifier.verify({ cms: der.toString('base64'), expectedNonce: nonce }), 'BAD_SIGNATURE');
  });
});
