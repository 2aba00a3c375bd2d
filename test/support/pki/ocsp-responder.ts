/**
 * A small OCSP responder (RFC 6960) for tests, over HTTP on 127.0.0.1, built with pkijs: it parses the
 * OCSPRequest, checks that the CertID names its CA (issuerNameHash / issuerKeyHash computed here with
 * node:crypto), and answers a BasicOCSPResponse signed with a real key.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { testCryptoEngine, toPkijsCertificate, type TestIdentity } from './test-pki';

const OCSP_NONCE = '1.3.6.1.5.5.7.48.1.2';
const OCSP_BASIC = '1.3.6.1.5.5.7.48.1.1';
const SHA1 = '1.3.14.3.2.26';
const SHA256 = '2.16.840.1.101.3.4.2.1';

export type ResponderMode =
  | 'normal'
  /** Answer with another nonce than the request's. */
  | 'wrong-nonce'
  /** Echo no nonce. */
  | 'no-nonce'
  /** nextUpdate in the past. */
  | 'stale'
  /** responseStatus tryLater (3). */
  | 'try-later'
  /** HTTP 500. */
  | 'http-500';

export interface OcspResponderOptions {
  /** The CA whose certificates are answered for. */
  issuer: TestIdentity;
  /** Who signs the responses; default the issuer. A delegated responder is embedded in `certs`. */
  signer?: TestIdentity;
  /** Serial (hex, as @peculiar/x509 prints it) → revocation. */
  revoked?: Map<string, { at: Date; reason: number }>;
  /** Serials answered "unknown". */
  unknown?: Set<string>;
  mode?: ResponderMode;
}

export interface SeenRequest {
  serial: string;
  hashAlgorithm: string;
  /** The CertID's issuerNameHash and issuerKeyHash match this responder's CA. */
  issuerMatches: boolean;
  nonce?: Buffer;
}

export interface TestOcspResponder {
  url: string;
  seen: SeenRequest[];
  options: OcspResponderOptions;
  close(): Promise<void>;
}

function hashOf(alg: string, data: ArrayBuffer | Uint8Array): Buffer {
  return createHash(alg === SHA256 ? 'sha256' : 'sha1')
    .update(data instanceof Uint8Array ? data : new Uint8Array(data))
    .digest();
}

async function answer(o: OcspResponderOptions, body: Buffer, seen: SeenRequest[]): Promise<Buffer> {
  const mode = o.mode ?? 'normal';
  const out = new pkijs.OCSPResponse();
  if (mode === 'try-later') {
    out.responseStatus = new asn1js.Enumerated({ value: 3 });
    return Buffer.from(out.toSchema().toBER(false));
  }
  const req = pkijs.OCSPRequest.fromBER(new Uint8Array(body));
  const issuerCert = toPkijsCertificate(o.issuer.cert);
  const signer = o.signer ?? o.issuer;
  const signerCert = toPkijsCertificate(signer.cert);
  const now = Date.now();

  const basic = new pkijs.BasicOCSPResponse();
  basic.tbsResponseData.responderID = signerCert.subject;
  basic.tbsResponseData.producedAt = new Date(now);
  basic.tbsResponseData.responses = [];
  let nonce: Buffer | undefined;
  const nonceExt = req.tbsRequest.requestExtensions?.find((e) => e.extnID === OCSP_NONCE);
  if (nonceExt) nonce = Buffer.from(nonceExt.extnValue.valueBlock.valueHexView);

  for (const r of req.tbsRequest.requestList) {
    const id = r.reqCert;
    const alg = id.hashAlgorithm.algorithmId;
    if (alg !== SHA1 && alg !== SHA256) continue;
    const serial = Buffer.from(id.serialNumber.valueBlock.valueHexView).toString('hex');
    const issuerMatches =
      hashOf(alg, issuerCert.subject.toSchema().toBER(false)).equals(Buffer.from(id.issuerNameHash.valueBlock.valueHexView)) &&
      hashOf(alg, issuerCert.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView).equals(Buffer.from(id.issuerKeyHash.valueBlock.valueHexView));
    seen.push({ serial, hashAlgorithm: alg, issuerMatches, nonce });
    let certStatus: asn1js.BaseBlock;
    const revoked = o.revoked?.get(serial);
    if (!issuerMatches || o.unknown?.has(serial)) {
      certStatus = new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 2 } });
    } else if (revoked) {
      certStatus = new asn1js.Constructed({
        idBlock: { tagClass: 3, tagNumber: 1 },
        value: [
          new asn1js.GeneralizedTime({ valueDate: revoked.at }),
          new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: [new asn1js.Enumerated({ value: revoked.reason })] }),
        ],
      });
    } else {
      certStatus = new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 0 } });
    }
    basic.tbsResponseData.responses.push(
      new pkijs.SingleResponse({
        certID: id,
        certStatus,
        thisUpdate: new Date(now - (mode === 'stale' ? 7_200_000 : 60_000)),
        nextUpdate: new Date(now + (mode === 'stale' ? -3_600_000 : 3_600_000)),
      }),
    );
  }
  if (nonce && mode !== 'no-nonce') {
    const value = mode === 'wrong-nonce' ? new asn1js.OctetString({ valueHex: new Uint8Array(16).fill(7) }).toBER(false) : new Uint8Array(nonce).buffer;
    basic.tbsResponseData.responseExtensions = [new pkijs.Extension({ extnID: OCSP_NONCE, extnValue: value })];
  }
  if (o.signer) basic.certs = [signerCert];
  await basic.sign(signer.keys.privateKey as never, 'SHA-256', testCryptoEngine);

  out.responseStatus = new asn1js.Enumerated({ value: 0 });
  out.responseBytes = new pkijs.ResponseBytes({
    responseType: OCSP_BASIC,
    response: new asn1js.OctetString({ valueHex: basic.toSchema().toBER(false) }),
  });
  return Buffer.from(out.toSchema().toBER(false));
}

export async function startOcspResponder(options: OcspResponderOptions): Promise<TestOcspResponder> {
  const seen: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.headers['content-type'] !== 'application/ocsp-request') {
        res.writeHead(400).end();
        return;
      }
      if (options.mode === 'http-500') {
        res.writeHead(500).end();
        return;
      }
      answer(options, Buffer.concat(chunks), seen).then(
        (der) => res.writeHead(200, { 'content-type': 'application/ocsp-response' }).end(der),
        (e: unknown) => {
          console.error('test OCSP responder failed', e);
          res.writeHead(500).end();
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/ocsp`,
    seen,
    options,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
