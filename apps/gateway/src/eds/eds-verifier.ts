import { createHash, createPublicKey, timingSafeEqual } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { EdsError } from './eds-error';
import { formatName, parseKzSubject, type EdsSubject } from './kz-certificate';
import type { NonceStore } from './nonce-store';
import { certificateDer, parseCertificate, pemBundleToDer, pkiCrypto } from './pki-crypto';
import { NoRevocationCheck, type RevocationChecker, type RevocationStatus } from './revocation';

/** A certificate in PEM ("-----BEGIN CERTIFICATE-----…"); one string may hold several. */
export type Pem = string;

/**
 * Verification delegated to a national-crypto provider (Kalkan, e.g. through an NCANode service) for CMS
 * whose algorithms are GOST 34.310-2004 / GOST R 34.10-2015: standard crypto cannot check them.
 * The verifier still does the content, nonce, dates, key-usage and revocation checks itself.
 */
export interface ExternalVerifier {
  verifyCms(input: {
    /** The whole CMS (ContentInfo), DER. */
    cms: Uint8Array;
    /** The signer's certificate, DER. */
    signerCertificate: Uint8Array;
    trustedRoots: Pem[];
    intermediates: Pem[];
    at: Date;
  }): Promise<{
    /** Signature and signed attributes (messageDigest) match the content. */
    signatureValid: boolean;
    /** The signer's certificate chains to one of `trustedRoots`. */
    chainValid: boolean;
    /** DER of the signer's issuer (needed for OCSP). */
    issuerCertificate?: Uint8Array;
  }>;
}

export type ExtendedKeyUsagePolicy =
  /** Default: if the certificate has an extendedKeyUsage extension it must contain clientAuth. */
  | 'clientAuth-if-present'
  /** The extension must be present and contain clientAuth. */
  | 'clientAuth-required'
  /** The extension is not looked at. */
  | 'ignore';

export interface EdsVerifierOptions {
  /** Trusted roots (NCA RK root certificates: RSA and, with an external verifier, GOST). */
  trustedRoots: Pem[];
  /** Intermediate CAs (NCA RK issuing CAs): NCALayer embeds only the signer's certificate in the CMS. */
  intermediates?: Pem[];
  clock: () => Date;
  /** Consumes the nonce after the signature over it is verified: one login per nonce. */
  nonces: NonceStore;
  /** Default {@link NoRevocationCheck}. */
  revocation?: RevocationChecker;
  /** For GOST-signed CMS; without it those are refused with UNSUPPORTED_ALGORITHM. */
  gostVerifier?: ExternalVerifier;
  /** Default 'clientAuth-if-present'. */
  extendedKeyUsage?: ExtendedKeyUsagePolicy;
  /** Minimum RSA modulus; default 2048. */
  minRsaBits?: number;
  /** Largest accepted CMS (decoded bytes); default 64 KiB. */
  maxCmsBytes?: number;
}

export interface EdsVerifyInput {
  /** Base64 DER of a CMS ContentInfo with SignedData and attached content (NCALayer createCAdESFromBase64). */
  cms: string;
  /** The nonce issued to this browser; the signed content must be exactly its UTF-8 bytes. */
  expectedNonce: string;
}

export interface EdsCertificateInfo {
  /** Hex, upper case, without leading zero bytes. */
  serial: string;
  notBefore: Date;
  notAfter: Date;
  /** Issuer DN, readable form. */
  issuer: string;
  /** Subject DN, readable form. */
  subjectDn: string;
  /** "RSA 2048", "RSA-PSS 2048", "ECDSA P-256", "ECDSA P-384" or "GOST <oid>". */
  keyAlgorithm: string;
  /** Extended key usage OIDs (NCA RK key-user OIDs 1.2.398.3.3.4.1.x tell individual / legal entity roles). */
  extendedKeyUsage: string[];
  /** SHA-256 of the DER, hex. */
  sha256: string;
}

export interface EdsVerifyResult {
  subject: EdsSubject;
  certificate: EdsCertificateInfo;
  /** The signingTime signed attribute (the signer's clock: informative only). */
  signingTime?: Date;
}

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsaPss: '1.2.840.113549.1.1.10',
  ecPublicKey: '1.2.840.10045.2.1',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  basicConstraints: '2.5.29.19',
  clientAuth: '1.3.6.1.5.5.7.3.2',
} as const;

const DIGESTS: Record<string, 'sha256' | 'sha384' | 'sha512'> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

/** Signature algorithms of the signer (SignerInfo.signatureAlgorithm) accepted with standard crypto. */
const SIGNATURE_ALGORITHMS = new Set([
  OID.rsaEncryption, // PKCS#1 v1.5 with the SignerInfo digest algorithm
  '1.2.840.113549.1.1.11', // sha256WithRSAEncryption
  '1.2.840.113549.1.1.12', // sha384WithRSAEncryption
  '1.2.840.113549.1.1.13', // sha512WithRSAEncryption
  OID.rsaPss, // RSASSA-PSS (parameters carry hash and salt length)
  '1.2.840.10045.4.3.2', // ecdsa-with-SHA256
  '1.2.840.10045.4.3.3', // ecdsa-with-SHA384
  '1.2.840.10045.4.3.4', // ecdsa-with-SHA512
]);

const CURVES: Record<string, string> = { prime256v1: 'P-256', secp384r1: 'P-384' };

/** OID arcs of GOST algorithms: Kazakhstan (1.2.398.3.10), Tumar/Gamma (1.3.6.1.4.1.6801), Russia (1.2.643). */
const GOST_ARCS = ['1.2.398.3.10.', '1.3.6.1.4.1.6801.', '1.2.643.'];
export function isGostOid(oid: string): boolean {
  return GOST_ARCS.some((arc) => oid.startsWith(arc));
}

function hex(b: ArrayBuffer | Uint8Array): string {
  return Buffer.from(b instanceof Uint8Array ? b : new Uint8Array(b)).toString('hex');
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Verifies an EDS (ЭЦП) login: a CMS SignedData over a server nonce, signed with an NCA RK authentication key.
 *
 * Order of the checks (the first failing one gives the error code): structure (MALFORMED) → algorithms
 * (UNSUPPORTED_ALGORITHM) → signature incl. messageDigest/contentType attributes (BAD_SIGNATURE) → signed content
 * equals the nonce (CONTENT_MISMATCH) → nonce consumed (NONCE_UNKNOWN_OR_USED) → validity dates (CERT_EXPIRED /
 * CERT_NOT_YET_VALID) → chain to a trusted root (UNTRUSTED_CHAIN) → key usage (KEY_USAGE) → revocation
 * (REVOKED / REVOCATION_UNKNOWN). The signature is checked before the content so that any change of the signed
 * bytes is BAD_SIGNATURE, while CONTENT_MISMATCH means "validly signed, but not our nonce".
 * Revocation comes last so that no network request is made for input that fails locally.
 */
export class EdsVerifier {
  private readonly roots: pkijs.Certificate[];
  private readonly intermediates: pkijs.Certificate[];
  private readonly revocation: RevocationChecker;
  private readonly ekuPolicy: ExtendedKeyUsagePolicy;
  private readonly minRsaBits: number;
  private readonly maxCmsBytes: number;

  constructor(private readonly options: EdsVerifierOptions) {
    if (!options.trustedRoots.length) throw new Error('EdsVerifier: at least one trusted root is required');
    this.roots = pemBundleToDer(options.trustedRoots).map((d) => parseCertificate(d));
    this.intermediates = pemBundleToDer(options.intermediates ?? []).map((d) => parseCertificate(d));
    this.revocation = options.revocation ?? new NoRevocationCheck();
    this.ekuPolicy = options.extendedKeyUsage ?? 'clientAuth-if-present';
    this.minRsaBits = options.minRsaBits ?? 2048;
    this.maxCmsBytes = options.maxCmsBytes ?? 64 * 1024;
  }

  async verify(input: EdsVerifyInput): Promise<EdsVerifyResult> {
    const { der, signed } = this.parse(input.cms);
    const signerInfo = signed.signerInfos[0];
    const signerCert = await this.findSignerCertificate(signed, signerInfo);
    const content = this.content(signed);

    // Algorithms.
    const oids = [signerInfo.digestAlgorithm.algorithmId, signerInfo.signatureAlgorithm.algorithmId, signerCert.subjectPublicKeyInfo.algorithm.algorithmId];
    const gost = oids.some(isGostOid);
    let keyAlgorithm: string;
    let externalIssuer: Uint8Array | undefined;
    if (gost) {
      const external = this.options.gostVerifier;
      if (!external) throw new EdsError('UNSUPPORTED_ALGORITHM', 'GOST signature and no external verifier is configured', { oids });
      keyAlgorithm = `GOST ${signerCert.subjectPublicKeyInfo.algorithm.algorithmId}`;
      const r = await external.verifyCms({
        cms: der,
        signerCertificate: certificateDer(signerCert),
        trustedRoots: this.options.trustedRoots,
        intermediates: this.options.intermediates ?? [],
        at: this.options.clock(),
      });
      if (!r.signatureValid) throw new EdsError('BAD_SIGNATURE', 'the external (GOST) verifier refused the signature');
      this.checkContent(content, input.expectedNonce);
      await this.consumeNonce(input.expectedNonce);
      const at = this.options.clock();
      this.checkDates(signerCert, at);
      if (!r.chainValid) throw new EdsError('UNTRUSTED_CHAIN', 'the external (GOST) verifier found no trusted chain');
      externalIssuer = r.issuerCertificate;
      this.checkKeyUsage(signerCert);
      await this.checkRevocation(signerCert, externalIssuer, at);
    } else {
      keyAlgorithm = this.checkAlgorithms(signerInfo, signerCert);
      await this.checkSignature(signed, signerInfo, content);
      this.checkContent(content, input.expectedNonce);
      await this.consumeNonce(input.expectedNonce);
      const at = this.options.clock();
      this.checkDates(signerCert, at);
      const path = await this.checkChain(signed, signerCert, at);
      this.checkKeyUsage(signerCert);
      await this.checkRevocation(signerCert, path[1] ? certificateDer(path[1]) : undefined, at);
    }

    return {
      subject: parseKzSubject(signerCert),
      certificate: {
        serial: hex(signerCert.serialNumber.valueBlock.valueHexView)
          .replace(/^(00)+(?=.)/, '')
          .toUpperCase(),
        notBefore: signerCert.notBefore.value,
        notAfter: signerCert.notAfter.value,
        issuer: formatName(signerCert.issuer),
        subjectDn: formatName(signerCert.subject),
        keyAlgorithm,
        extendedKeyUsage: this.extendedKeyUsages(signerCert) ?? [],
        sha256: createHash('sha256').update(certificateDer(signerCert)).digest('hex'),
      },
      signingTime: this.signingTime(signerInfo),
    };
  }

  // ---------------------------------------------------------------- structure

  private parse(cms: string): { der: Uint8Array; signed: pkijs.SignedData } {
    if (typeof cms !== 'string') throw new EdsError('MALFORMED', 'cms must be a base64 string');
    const b64 = cms.replace(/\s+/g, '');
    if (!b64 || b64.length > Math.ceil((this.maxCmsBytes * 4) / 3) + 4 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64) || b64.length % 4 !== 0) {
      throw new EdsError('MALFORMED', 'cms is not base64 of an acceptable size');
    }
    const der = new Uint8Array(Buffer.from(b64, 'base64'));
    const asn1 = asn1js.fromBER(der);
    if (asn1.offset === -1 || asn1.offset !== der.length) throw new EdsError('MALFORMED', 'cms is not one DER/BER value');
    let signed: pkijs.SignedData;
    try {
      const ci = new pkijs.ContentInfo({ schema: asn1.result });
      if (ci.contentType !== OID.signedData) throw new EdsError('MALFORMED', `content type ${ci.contentType} is not signedData`);
      signed = new pkijs.SignedData({ schema: ci.content });
    } catch (e) {
      if (e instanceof EdsError) throw e;
      throw new EdsError('MALFORMED', `not a CMS SignedData: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (signed.signerInfos.length !== 1) throw new EdsError('MALFORMED', `expected one signer, found ${signed.signerInfos.length}`);
    if (signed.encapContentInfo.eContentType !== OID.data)
      throw new EdsError('MALFORMED', `encapsulated content type ${signed.encapContentInfo.eContentType} is not id-data`);
    if (!signed.encapContentInfo.eContent) throw new EdsError('MALFORMED', 'detached signature: the content must be attached');
    return { der, signed };
  }

  private content(signed: pkijs.SignedData): Uint8Array {
    const e = signed.encapContentInfo.eContent!;
    // getValue() joins the chunks of a constructed (BER) OCTET STRING.
    return new Uint8Array(e.getValue());
  }

  private async findSignerCertificate(signed: pkijs.SignedData, si: pkijs.SignerInfo): Promise<pkijs.Certificate> {
    const certs = (signed.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
    if (si.sid instanceof pkijs.IssuerAndSerialNumber) {
      const sid = si.sid;
      const found = certs.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber));
      if (found) return found;
    } else {
      const sid = si.sid as asn1js.Constructed | asn1js.Primitive;
      const keyId = new Uint8Array(
        sid.idBlock.isConstructed
          ? ((sid as asn1js.Constructed).valueBlock.value[0] as asn1js.OctetString).valueBlock.valueHexView
          : (sid as asn1js.Primitive).valueBlock.valueHexView,
      );
      for (const c of certs) {
        const ski = new Uint8Array(createHash('sha1').update(c.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView).digest());
        if (sameBytes(ski, keyId)) return c;
      }
    }
    throw new EdsError('MALFORMED', "the signer's certificate is not in the CMS");
  }

  // ---------------------------------------------------------------- algorithms and signature

  /** Standard algorithms only; returns the key description. */
  private checkAlgorithms(si: pkijs.SignerInfo, cert: pkijs.Certificate): string {
    const digest = DIGESTS[si.digestAlgorithm.algorithmId];
    if (!digest) throw new EdsError('UNSUPPORTED_ALGORITHM', `digest algorithm ${si.digestAlgorithm.algorithmId} is not accepted (SHA-256/384/512 only)`);
    const sigAlg = si.signatureAlgorithm.algorithmId;
    if (!SIGNATURE_ALGORITHMS.has(sigAlg)) throw new EdsError('UNSUPPORTED_ALGORITHM', `signature algorithm ${sigAlg} is not accepted`);
    if (sigAlg === OID.rsaPss) {
      const params = new pkijs.RSASSAPSSParams({ schema: si.signatureAlgorithm.algorithmParams });
      if (!DIGESTS[params.hashAlgorithm.algorithmId])
        throw new EdsError('UNSUPPORTED_ALGORITHM', `RSA-PSS hash ${params.hashAlgorithm.algorithmId} is not accepted`);
    }
    let key;
    try {
      key = createPublicKey({ key: Buffer.from(cert.subjectPublicKeyInfo.toSchema().toBER(false)), format: 'der', type: 'spki' });
    } catch (e) {
      throw new EdsError('UNSUPPORTED_ALGORITHM', `public key ${cert.subjectPublicKeyInfo.algorithm.algorithmId} is not usable: ${(e as Error).message}`);
    }
    const type = key.asymmetricKeyType;
    const details = key.asymmetricKeyDetails ?? {};
    const isEcSig = sigAlg.startsWith('1.2.840.10045.4.');
    if (type === 'rsa' || type === 'rsa-pss') {
      if (isEcSig) throw new EdsError('UNSUPPORTED_ALGORITHM', 'ECDSA signature algorithm with an RSA key');
      const bits = details.modulusLength ?? 0;
      if (bits < this.minRsaBits) throw new EdsError('UNSUPPORTED_ALGORITHM', `RSA key of ${bits} bits (minimum ${this.minRsaBits})`);
      return `${type === 'rsa' ? 'RSA' : 'RSA-PSS'} ${bits}`;
    }
    if (type === 'ec') {
      const curve = CURVES[details.namedCurve ?? ''];
      if (!curve) throw new EdsError('UNSUPPORTED_ALGORITHM', `EC curve ${details.namedCurve} is not accepted (P-256, P-384)`);
      if (!isEcSig) throw new EdsError('UNSUPPORTED_ALGORITHM', `signature algorithm ${sigAlg} with an EC key`);
      return `ECDSA ${curve}`;
    }
    throw new EdsError('UNSUPPORTED_ALGORITHM', `public key type ${type} is not accepted`);
  }

  private async checkSignature(signed: pkijs.SignedData, si: pkijs.SignerInfo, content: Uint8Array): Promise<void> {
    if (si.signedAttrs) {
      // RFC 5652 §5.3/§5.4: exactly one contentType (= eContentType) and one messageDigest (= digest of the content).
      const attrs = si.signedAttrs.attributes;
      const ct = attrs.filter((a) => a.type === OID.contentType);
      const md = attrs.filter((a) => a.type === OID.messageDigest);
      if (ct.length !== 1 || ct[0].values.length !== 1 || md.length !== 1 || md[0].values.length !== 1) {
        throw new EdsError('BAD_SIGNATURE', 'signed attributes must hold exactly one contentType and one messageDigest');
      }
      const ctValue = ct[0].values[0] as asn1js.ObjectIdentifier;
      if (!(ctValue instanceof asn1js.ObjectIdentifier) || ctValue.valueBlock.toString() !== OID.data) {
        throw new EdsError('BAD_SIGNATURE', 'the contentType signed attribute is not id-data');
      }
      const mdValue = md[0].values[0] as asn1js.OctetString;
      const expected = new Uint8Array(createHash(DIGESTS[si.digestAlgorithm.algorithmId]).update(content).digest());
      if (!(mdValue instanceof asn1js.OctetString) || !sameBytes(new Uint8Array(mdValue.valueBlock.valueHexView), expected)) {
        throw new EdsError('BAD_SIGNATURE', 'the messageDigest signed attribute does not match the content');
      }
    }
    let ok: boolean;
    try {
      const r = await signed.verify({ signer: 0, checkChain: false, extendedMode: true }, pkiCrypto);
      ok = r.signatureVerified === true;
    } catch (e) {
      throw new EdsError('BAD_SIGNATURE', `signature verification failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!ok) throw new EdsError('BAD_SIGNATURE', 'the signature does not verify with the certificate key');
  }

  // ---------------------------------------------------------------- nonce

  private checkContent(content: Uint8Array, expectedNonce: string): void {
    const expected = new Uint8Array(Buffer.from(typeof expectedNonce === 'string' ? expectedNonce : '', 'utf8'));
    if (!expected.length || !sameBytes(content, expected)) throw new EdsError('CONTENT_MISMATCH', 'the signed content is not the expected nonce');
  }

  private async consumeNonce(nonce: string): Promise<void> {
    if (!(await this.options.nonces.consume(nonce))) throw new EdsError('NONCE_UNKNOWN_OR_USED', 'the nonce is unknown, expired or already used');
  }

  // ---------------------------------------------------------------- certificate

  private checkDates(cert: pkijs.Certificate, at: Date): void {
    if (cert.notBefore.value.getTime() > at.getTime()) {
      throw new EdsError('CERT_NOT_YET_VALID', `the certificate is valid from ${cert.notBefore.value.toISOString()}`, { notBefore: cert.notBefore.value });
    }
    if (cert.notAfter.value.getTime() < at.getTime()) {
      throw new EdsError('CERT_EXPIRED', `the certificate expired at ${cert.notAfter.value.toISOString()}`, { notAfter: cert.notAfter.value });
    }
  }

  /** Path from the signer to a trusted root with pkijs: signatures, validity dates at `at`, CA flags, name chaining. */
  private async checkChain(signed: pkijs.SignedData, signerCert: pkijs.Certificate, at: Date): Promise<pkijs.Certificate[]> {
    const embedded = (signed.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate && c !== signerCert);
    const engine = new pkijs.CertificateChainValidationEngine({
      trustedCerts: this.roots,
      certs: [...this.intermediates, ...embedded, signerCert],
      checkDate: at,
    });
    let result: pkijs.CertificateChainValidationEngineVerifyResult;
    try {
      result = await engine.verify({}, pkiCrypto);
    } catch (e) {
      throw new EdsError(
        'UNTRUSTED_CHAIN',
        `chain validation failed: ${e instanceof Error ? e.message : String((e as { resultMessage?: string }).resultMessage ?? e)}`,
      );
    }
    if (!result.result || !result.certificatePath?.length) {
      throw new EdsError('UNTRUSTED_CHAIN', `no trusted chain: ${result.resultMessage ?? 'unknown reason'}`, { code: result.resultCode });
    }
    const path = result.certificatePath;
    if (path[0] !== signerCert && !(path[0].issuer.isEqual(signerCert.issuer) && path[0].serialNumber.isEqual(signerCert.serialNumber))) {
      throw new EdsError('UNTRUSTED_CHAIN', 'the validated path does not start at the signer certificate');
    }
    return path;
  }

  private extendedKeyUsages(cert: pkijs.Certificate): string[] | undefined {
    const ext = cert.extensions?.find((e) => e.extnID === OID.extKeyUsage);
    if (!ext) return undefined;
    const parsed = ext.parsedValue as pkijs.ExtKeyUsage | undefined;
    return parsed?.keyPurposes ?? [];
  }

  /**
   * keyUsage must be present and allow digitalSignature (NCA RK authentication certificates carry
   * digitalSignature + keyEncipherment); the signer must not be a CA; extendedKeyUsage per the policy
   * (NCA RK authentication certificates carry clientAuth; signing-only certificates carry emailProtection).
   */
  private checkKeyUsage(cert: pkijs.Certificate): void {
    const bc = cert.extensions?.find((e) => e.extnID === OID.basicConstraints)?.parsedValue as pkijs.BasicConstraints | undefined;
    if (bc?.cA) throw new EdsError('KEY_USAGE', 'a CA certificate cannot be used to log in');
    const ku = cert.extensions?.find((e) => e.extnID === OID.keyUsage);
    const bits = ku?.parsedValue instanceof asn1js.BitString ? new Uint8Array(ku.parsedValue.valueBlock.valueHexView) : undefined;
    if (!bits) throw new EdsError('KEY_USAGE', 'the certificate has no keyUsage extension');
    if (!bits.length || (bits[0] & 0x80) === 0) throw new EdsError('KEY_USAGE', 'keyUsage does not allow digitalSignature');
    if (this.ekuPolicy === 'ignore') return;
    const eku = this.extendedKeyUsages(cert);
    if (eku === undefined) {
      if (this.ekuPolicy === 'clientAuth-required') throw new EdsError('KEY_USAGE', 'the certificate has no extendedKeyUsage (clientAuth required)');
      return;
    }
    if (!eku.includes(OID.clientAuth)) throw new EdsError('KEY_USAGE', 'extendedKeyUsage does not include clientAuth (not an authentication key)', { eku });
  }

  private async checkRevocation(cert: pkijs.Certificate, issuer: Uint8Array | undefined, at: Date): Promise<void> {
    let status: RevocationStatus;
    if (!issuer) {
      status = { status: 'unknown', detail: 'issuer certificate not available' };
      if (this.revocation instanceof NoRevocationCheck) return;
    } else {
      try {
        status = await this.revocation.check({ certificate: certificateDer(cert), issuer, at });
      } catch (e) {
        status = { status: 'unknown', detail: e instanceof Error ? e.message : String(e) };
      }
    }
    if (status.status === 'revoked') {
      throw new EdsError('REVOKED', `the certificate is revoked${status.reason ? ` (${status.reason})` : ''}`, {
        revokedAt: status.revokedAt,
        reason: status.reason,
      });
    }
    if (status.status === 'unknown') throw new EdsError('REVOCATION_UNKNOWN', `revocation status unknown: ${status.detail}`);
  }

  private signingTime(si: pkijs.SignerInfo): Date | undefined {
    const a = si.signedAttrs?.attributes.find((x) => x.type === OID.signingTime);
    const v = a?.values[0] as asn1js.UTCTime | asn1js.GeneralizedTime | undefined;
    return v && 'toDate' in v ? v.toDate() : undefined;
  }
}
