import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { parseCertificate, pkiCrypto } from './pki-crypto';
import type { RevocationCheckInput, RevocationChecker, RevocationStatus } from './revocation';

const OID = {
  ocspBasic: '1.3.6.1.5.5.7.48.1.1',
  ocspNonce: '1.3.6.1.5.5.7.48.1.2',
  ocspSigning: '1.3.6.1.5.5.7.3.9',
  extKeyUsage: '2.5.29.37',
} as const;

const CRL_REASONS = [
  'unspecified',
  'keyCompromise',
  'cACompromise',
  'affiliationChanged',
  'superseded',
  'cessationOfOperation',
  'certificateHold',
  'unused',
  'removeFromCRL',
  'privilegeWithdrawn',
  'aACompromise',
];

const RESPONSE_STATUS = ['successful', 'malformedRequest', 'internalError', 'tryLater', 'unused', 'sigRequired', 'unauthorized'];

export interface OcspRevocationCheckerOptions {
  /** Responder URL, from configuration (NCA RK: http://ocsp.pki.gov.kz; the test responder: http://test.pki.gov.kz/ocsp/). */
  url: string;
  /** Default global fetch. */
  fetch?: typeof fetch;
  /** Default 5 000 ms. */
  timeoutMs?: number;
  /** Hash of the CertID; default SHA-1 (RFC 5019 profile, understood by every responder). */
  certIdHash?: 'SHA-1' | 'SHA-256';
  /** Send a nonce extension (RFC 8954); default true. */
  sendNonce?: boolean;
  /** Refuse responses that do not echo the nonce; default false (many responders serve pre-signed answers). */
  requireNonce?: boolean;
  /** Accepted clock difference with the responder; default 300 s. */
  clockSkewSeconds?: number;
  /** When the response has no nextUpdate and echoes no nonce: the oldest thisUpdate accepted; default 3 600 s. */
  maxAgeSeconds?: number;
  /** Responder certificates trusted directly (besides the issuer and responders it delegated with id-kp-OCSPSigning). */
  trustedResponders?: Uint8Array[];
}

/** The pieces of an OCSP exchange, exported for tests and diagnostics. */
export interface OcspRequestBuilt {
  der: Uint8Array;
  certId: pkijs.CertID;
  nonce?: Uint8Array;
}

/**
 * Revocation by OCSP (RFC 6960): one request per check, POSTed as application/ocsp-request.
 * The response must be signed by the issuer or by a responder the issuer certified with id-kp-OCSPSigning
 * (or a configured trusted responder), match the CertID, be fresh, and echo the nonce when it carries one.
 * Anything else is `unknown`, which the verifier turns into a refusal.
 */
export class OcspRevocationChecker implements RevocationChecker {
  private readonly fetchFn: typeof fetch;
  private readonly trustedResponders: pkijs.Certificate[];

  constructor(private readonly options: OcspRevocationCheckerOptions) {
    const u = new URL(options.url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('OCSP URL must be http(s)');
    this.fetchFn = options.fetch ?? fetch;
    this.trustedResponders = (options.trustedResponders ?? []).map((d) => parseCertificate(d));
  }

  async check(input: RevocationCheckInput): Promise<RevocationStatus> {
    const cert = parseCertificate(input.certificate);
    const issuer = parseCertificate(input.issuer);
    const req = await this.buildRequest(cert, issuer);
    let body: Uint8Array;
    try {
      const res = await this.fetchFn(this.options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/ocsp-request', accept: 'application/ocsp-response' },
        body: req.der,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
        redirect: 'error',
      });
      if (!res.ok) return { status: 'unknown', detail: `OCSP responder answered HTTP ${res.status}` };
      body = new Uint8Array(await res.arrayBuffer());
    } catch (e) {
      return { status: 'unknown', detail: `OCSP request failed: ${e instanceof Error ? e.message : String(e)}` };
    }
    return this.parseResponse(body, req, issuer, input.at);
  }

  /** OCSPRequest for one certificate, with a 16-byte nonce extension unless disabled. */
  async buildRequest(cert: pkijs.Certificate, issuer: pkijs.Certificate): Promise<OcspRequestBuilt> {
    const certId = new pkijs.CertID();
    await certId.createForCertificate(cert, { hashAlgorithm: this.options.certIdHash ?? 'SHA-1', issuerCertificate: issuer }, pkiCrypto);
    const request = new pkijs.OCSPRequest();
    request.tbsRequest.requestList = [new pkijs.Request({ reqCert: certId })];
    let nonce: Uint8Array | undefined;
    if (this.options.sendNonce !== false) {
      nonce = new Uint8Array(randomBytes(16));
      request.tbsRequest.requestExtensions = [
        new pkijs.Extension({
          extnID: OID.ocspNonce,
          critical: false,
          extnValue: new asn1js.OctetString({ valueHex: nonce }).toBER(false),
        }),
      ];
    }
    return { der: new Uint8Array(request.toSchema(true).toBER(false)), certId, nonce };
  }

  /** Checks an OCSPResponse (DER) against the request it answers. */
  async parseResponse(der: Uint8Array, req: OcspRequestBuilt, issuer: pkijs.Certificate, at: Date): Promise<RevocationStatus> {
    let basic: pkijs.BasicOCSPResponse;
    try {
      const resp = pkijs.OCSPResponse.fromBER(der);
      const status = resp.responseStatus.valueBlock.valueDec;
      if (status !== 0) return { status: 'unknown', detail: `OCSP responseStatus ${RESPONSE_STATUS[status] ?? status}` };
      if (!resp.responseBytes || resp.responseBytes.responseType !== OID.ocspBasic) return { status: 'unknown', detail: 'not a basic OCSP response' };
      basic = pkijs.BasicOCSPResponse.fromBER(resp.responseBytes.response.valueBlock.valueHexView);
    } catch (e) {
      return { status: 'unknown', detail: `unreadable OCSP response: ${e instanceof Error ? e.message : String(e)}` };
    }

    const signer = await this.findAuthorizedSigner(basic, issuer, at);
    if (!signer) return { status: 'unknown', detail: 'the OCSP response is not signed by the issuer or an authorised responder' };
    const sigOk = await pkiCrypto
      .verifyWithPublicKey(basic.tbsResponseData.tbsView, basic.signature, signer.subjectPublicKeyInfo, basic.signatureAlgorithm)
      .catch(() => false);
    if (!sigOk) return { status: 'unknown', detail: 'bad OCSP response signature' };

    const echoed = this.nonceOf(basic);
    if (req.nonce && echoed && !(echoed.length === req.nonce.length && timingSafeEqual(echoed, req.nonce))) {
      return { status: 'unknown', detail: 'OCSP nonce mismatch (replayed response?)' };
    }
    if (req.nonce && !echoed && this.options.requireNonce) return { status: 'unknown', detail: 'the OCSP response does not echo the nonce' };

    const single = basic.tbsResponseData.responses.find((r) => r.certID.isEqual(req.certId));
    if (!single) return { status: 'unknown', detail: 'the OCSP response does not cover this certificate' };

    const skew = (this.options.clockSkewSeconds ?? 300) * 1000;
    const now = at.getTime();
    if (single.thisUpdate.getTime() > now + skew) return { status: 'unknown', detail: 'OCSP thisUpdate is in the future' };
    if (single.nextUpdate) {
      if (single.nextUpdate.getTime() < now - skew) return { status: 'unknown', detail: 'OCSP response is stale (nextUpdate passed)' };
    } else if (!echoed && single.thisUpdate.getTime() < now - (this.options.maxAgeSeconds ?? 3600) * 1000) {
      return { status: 'unknown', detail: 'OCSP response is too old' };
    }

    const cs = single.certStatus as asn1js.BaseBlock;
    switch (cs.idBlock.tagNumber) {
      case 0:
        return { status: 'good' };
      case 1:
        return { status: 'revoked', ...this.revokedInfo(cs) };
      default:
        return { status: 'unknown', detail: 'the responder does not know the certificate' };
    }
  }

  /** The issuer itself, a configured trusted responder, or a delegated responder certified by the issuer. */
  private async findAuthorizedSigner(basic: pkijs.BasicOCSPResponse, issuer: pkijs.Certificate, at: Date): Promise<pkijs.Certificate | undefined> {
    const rid = basic.tbsResponseData.responderID as pkijs.RelativeDistinguishedNames | asn1js.OctetString;
    const matches = (c: pkijs.Certificate): boolean => {
      if (rid instanceof pkijs.RelativeDistinguishedNames) return c.subject.isEqual(rid);
      if (rid instanceof asn1js.OctetString) {
        const h = createHash('sha1').update(c.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView).digest();
        return Buffer.from(rid.valueBlock.valueHexView).equals(h);
      }
      return false;
    };
    if (matches(issuer)) return issuer;
    const trusted = this.trustedResponders.find(matches);
    if (trusted) return trusted;
    for (const c of basic.certs ?? []) {
      if (!matches(c)) continue;
      if (!c.issuer.isEqual(issuer.subject)) continue;
      if (!(await c.verify(issuer, pkiCrypto).catch(() => false))) continue;
      if (c.notBefore.value.getTime() > at.getTime() || c.notAfter.value.getTime() < at.getTime()) continue;
      const eku = c.extensions?.find((e) => e.extnID === OID.extKeyUsage)?.parsedValue as pkijs.ExtKeyUsage | undefined;
      if (!eku?.keyPurposes.includes(OID.ocspSigning)) continue;
      return c;
    }
    return undefined;
  }

  private nonceOf(basic: pkijs.BasicOCSPResponse): Uint8Array | undefined {
    const ext = basic.tbsResponseData.responseExtensions?.find((e) => e.extnID === OID.ocspNonce);
    if (!ext) return undefined;
    const raw = new Uint8Array(ext.extnValue.valueBlock.valueHexView);
    // RFC 8954: the value is an OCTET STRING; some responders put the raw bytes without the inner wrapper.
    const inner = asn1js.fromBER(raw);
    if (inner.offset === raw.length && inner.result instanceof asn1js.OctetString) return new Uint8Array(inner.result.valueBlock.valueHexView);
    return raw;
  }

  private revokedInfo(cs: asn1js.BaseBlock): { revokedAt?: Date; reason?: string } {
    const items = (cs as asn1js.Constructed).valueBlock?.value ?? [];
    const time = items[0] as asn1js.GeneralizedTime | undefined;
    const reasonBlock = items[1] as asn1js.Constructed | undefined;
    const enumerated = reasonBlock?.valueBlock?.value?.[0] as asn1js.Enumerated | undefined;
    const code = enumerated?.valueBlock?.valueDec;
    return {
      revokedAt: time instanceof asn1js.GeneralizedTime ? time.toDate() : undefined,
      reason: code === undefined ? undefined : (CRL_REASONS[code] ?? `reason ${code}`),
    };
  }
}
