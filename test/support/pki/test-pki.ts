/**
 * A throw-away PKI for tests: a root CA, intermediates, user certificates with Kazakh-style subjects
 * (IIN in serialNumber, BIN in OU, as NCA RK issues them) and CMS SignedData (attached content with
 * contentType, messageDigest and signingTime signed attributes, as NCALayer's createCAdESFromBase64 gives).
 *
 * Real keys and real signatures (WebCrypto); certificates are made with @peculiar/x509, CMS with pkijs.
 */
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

type CryptoKeyPair = webcrypto.CryptoKeyPair;

x509.cryptoProvider.set(webcrypto as never);
export const testCryptoEngine = new pkijs.CryptoEngine({ name: 'test', crypto: webcrypto as never });

export type KeyKind = 'RSA' | 'RSA-PSS' | 'P-256' | 'P-384';

export interface TestIdentity {
  kind: KeyKind;
  keys: CryptoKeyPair;
  cert: x509.X509Certificate;
  /** PEM of the certificate. */
  pem: string;
}

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  ocspSigning: '1.3.6.1.5.5.7.3.9',
  /** NCA RK "individual" key-user OID, carried in the EKU of NCA RK certificates. */
  kzIndividual: '1.2.398.3.3.4.1.1',
} as const;
export const TEST_OID = OID;

function keyAlgorithm(kind: KeyKind): webcrypto.RsaHashedKeyGenParams | webcrypto.EcKeyGenParams {
  switch (kind) {
    case 'RSA':
      return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 };
    case 'RSA-PSS':
      return { name: 'RSA-PSS', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 };
    case 'P-256':
      return { name: 'ECDSA', namedCurve: 'P-256' };
    case 'P-384':
      return { name: 'ECDSA', namedCurve: 'P-384' };
  }
}

function signingAlgorithm(kind: KeyKind): webcrypto.Algorithm & Record<string, unknown> {
  switch (kind) {
    case 'RSA':
      return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
    case 'RSA-PSS':
      return { name: 'RSA-PSS', hash: 'SHA-256', saltLength: 32 };
    case 'P-256':
      return { name: 'ECDSA', hash: 'SHA-256' };
    case 'P-384':
      return { name: 'ECDSA', hash: 'SHA-384' };
  }
}

export async function generateKeys(kind: KeyKind): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(keyAlgorithm(kind), true, ['sign', 'verify'])) as CryptoKeyPair;
}

let serialCounter = 0x1000;
function nextSerial(): string {
  serialCounter += 1;
  return `7f${serialCounter.toString(16).padStart(6, '0')}${Math.floor(Math.random() * 0xffff)
    .toString(16)
    .padStart(4, '0')}`;
}

const DAY = 86_400_000;

export interface CaOptions {
  name: string;
  kind?: KeyKind;
  notBefore?: Date;
  notAfter?: Date;
}

/** A self-signed root CA. */
export async function createRootCa(o: CaOptions): Promise<TestIdentity> {
  const kind = o.kind ?? 'RSA';
  const keys = await generateKeys(kind);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: nextSerial(),
    name: [{ CN: [o.name] }, { C: ['KZ'] }],
    notBefore: o.notBefore ?? new Date(Date.now() - 365 * DAY),
    notAfter: o.notAfter ?? new Date(Date.now() + 10 * 365 * DAY),
    keys,
    signingAlgorithm: signingAlgorithm(kind),
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { kind, keys, cert, pem: cert.toString('pem') };
}

/** An intermediate CA issued by `issuer`. */
export async function createIntermediateCa(issuer: TestIdentity, o: CaOptions): Promise<TestIdentity> {
  const kind = o.kind ?? 'RSA';
  const keys = await generateKeys(kind);
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: nextSerial(),
    subject: [{ CN: [o.name] }, { C: ['KZ'] }],
    issuer: issuer.cert.subjectName,
    notBefore: o.notBefore ?? new Date(Date.now() - 300 * DAY),
    notAfter: o.notAfter ?? new Date(Date.now() + 5 * 365 * DAY),
    publicKey: keys.publicKey,
    signingKey: issuer.keys.privateKey,
    signingAlgorithm: signingAlgorithm(issuer.kind),
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(issuer.cert),
    ],
  });
  return { kind, keys, cert, pem: cert.toString('pem') };
}

export interface KzSubject {
  commonName: string;
  surname?: string;
  /** Patronymic (NCA RK puts it in givenName, 2.5.4.42). */
  patronymic?: string;
  iin?: string;
  bin?: string;
  organization?: string;
  email?: string;
}

export interface UserCertOptions {
  subject: KzSubject;
  kind?: KeyKind;
  /** Reuse a key pair (key generation is slow). */
  keys?: CryptoKeyPair;
  notBefore?: Date;
  notAfter?: Date;
  /** KeyUsage flags; default digitalSignature | keyEncipherment (NCA RK AUTH_RSA256 profile). `null` omits the extension. */
  keyUsage?: number | null;
  /** Extended key usages; default clientAuth + the NCA RK individual OID. `null` omits the extension. */
  extendedKeyUsage?: string[] | null;
  /** Extra extensions. */
  extensions?: x509.Extension[];
}

/** A Kazakh-style subject: IIN in serialNumber ("IIN" + 12 digits), BIN in OU ("BIN" + 12 digits). */
export function kzName(s: KzSubject): x509.JsonName {
  const name: x509.JsonName = [{ CN: [s.commonName] }];
  if (s.surname) name.push({ SN: [s.surname] });
  if (s.iin) name.push({ '2.5.4.5': [`IIN${s.iin}`] });
  name.push({ C: ['KZ'] });
  if (s.patronymic) name.push({ G: [s.patronymic] });
  if (s.email) name.push({ E: [s.email] });
  if (s.organization) name.push({ O: [s.organization] });
  if (s.bin) name.push({ OU: [`BIN${s.bin}`] });
  return name;
}

/** An end-user certificate issued by `issuer`. */
export async function issueUserCertificate(issuer: TestIdentity, o: UserCertOptions): Promise<TestIdentity> {
  const kind = o.kind ?? 'RSA';
  const keys = o.keys ?? (await generateKeys(kind));
  const extensions: x509.Extension[] = [new x509.BasicConstraintsExtension(false, undefined, true)];
  const keyUsage = o.keyUsage === undefined ? x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment : o.keyUsage;
  if (keyUsage !== null) extensions.push(new x509.KeyUsagesExtension(keyUsage, true));
  const eku = o.extendedKeyUsage === undefined ? [OID.clientAuth, OID.kzIndividual] : o.extendedKeyUsage;
  if (eku !== null) extensions.push(new x509.ExtendedKeyUsageExtension(eku, false));
  extensions.push(await x509.SubjectKeyIdentifierExtension.create(keys.publicKey));
  extensions.push(await x509.AuthorityKeyIdentifierExtension.create(issuer.cert));
  extensions.push(...(o.extensions ?? []));
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: nextSerial(),
    subject: kzName(o.subject),
    issuer: issuer.cert.subjectName,
    notBefore: o.notBefore ?? new Date(Date.now() - 30 * DAY),
    notAfter: o.notAfter ?? new Date(Date.now() + 365 * DAY),
    publicKey: keys.publicKey,
    signingKey: issuer.keys.privateKey,
    signingAlgorithm: signingAlgorithm(issuer.kind),
    extensions,
  });
  return { kind, keys, cert, pem: cert.toString('pem') };
}

export function toPkijsCertificate(cert: x509.X509Certificate): pkijs.Certificate {
  return pkijs.Certificate.fromBER(new Uint8Array(cert.rawData));
}

export interface SignCmsOptions {
  content: Uint8Array | string;
  signer: TestIdentity;
  /** Extra certificates to embed (e.g. the intermediate). The signer's certificate is always embedded. */
  extraCerts?: x509.X509Certificate[];
  /** Default true: contentType, messageDigest, signingTime. */
  signedAttributes?: boolean;
  signingTime?: Date;
  /** Default SHA-256 (SHA-384 for P-384). */
  hash?: 'SHA-256' | 'SHA-384' | 'SHA-512';
}

/** CMS SignedData with attached content (a CAdES-BES-like structure), DER, as a pkijs object before encoding. */
export async function buildSignedData(o: SignCmsOptions): Promise<pkijs.SignedData> {
  const content = typeof o.content === 'string' ? new TextEncoder().encode(o.content) : o.content;
  const hash = o.hash ?? (o.signer.kind === 'P-384' ? 'SHA-384' : 'SHA-256');
  const signerCert = toPkijsCertificate(o.signer.cert);
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: signerCert.issuer, serialNumber: signerCert.serialNumber }),
  });
  if (o.signedAttributes !== false) {
    const digest = await webcrypto.subtle.digest(hash, content);
    signerInfo.signedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 0,
      attributes: [
        new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
        new pkijs.Attribute({ type: OID.signingTime, values: [new asn1js.UTCTime({ valueDate: o.signingTime ?? new Date() })] }),
        new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: digest })] }),
      ],
    });
  }
  const signed = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data, eContent: new asn1js.OctetString({ valueHex: content }) }),
    signerInfos: [signerInfo],
    certificates: [signerCert, ...(o.extraCerts ?? []).map(toPkijsCertificate)],
  });
  await signed.sign(o.signer.keys.privateKey as never, 0, hash, undefined, testCryptoEngine);
  return signed;
}

/** Encodes SignedData in a ContentInfo, base64 DER (the shape NCALayer returns). */
export function encodeCms(signed: pkijs.SignedData): string {
  const ci = new pkijs.ContentInfo({ contentType: OID.signedData, content: signed.toSchema(true) });
  return Buffer.from(ci.toSchema().toBER(false)).toString('base64');
}

export async function signCms(o: SignCmsOptions): Promise<string> {
  return encodeCms(await buildSignedData(o));
}

/** PKCS#8 PEM of a private key (to hand to OpenSSL). */
export async function privateKeyPem(keys: CryptoKeyPair): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  return `-----BEGIN PRIVATE KEY-----\n${der
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .trim()}\n-----END PRIVATE KEY-----\n`;
}
