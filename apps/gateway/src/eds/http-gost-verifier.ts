import { EdsError } from './eds-error';
import type { ExternalVerifier } from './eds-verifier';

export interface HttpGostVerifierOptions {
  /** Base URL of an NCANode-compatible service, e.g. http://ncanode:14579 (the request goes to `<url>/cms/verify`). */
  url: string;
  /** Default 5000 ms; a slower answer counts as unavailable. */
  timeoutMs?: number;
  /** For tests and proxies; default global fetch. */
  fetchImpl?: typeof fetch;
}

/** The part of NCANode's `POST /cms/verify` answer the adapter reads. */
interface VerifyAnswer {
  valid?: unknown;
  signers?: { certificates?: { valid?: unknown }[] }[];
}

/**
 * GOST 34.310 / 34.10 signatures checked by an external NCANode-compatible service (Kalkan inside).
 * Request: `POST <url>/cms/verify` `{ "cms": "<base64 DER>", "revocationCheck": [] }` — revocation is
 * checked by the gateway itself afterwards (OCSP by configuration), so the verifier is asked not to.
 * Answer: `{ "valid": bool, "signers": [{ "certificates": [{ "valid": bool }, …] }] }`; `valid` is
 * true only when the signature and the certificates are valid. A false `valid` with a certificate
 * marked invalid is a chain refusal (UNTRUSTED_CHAIN), otherwise a signature refusal (BAD_SIGNATURE).
 * The verifier's own trust store must hold the GOST roots of NCA RK.
 * A 4xx answer means the verifier could not read the CMS (MALFORMED); no answer, a 5xx, a timeout or
 * an unreadable answer is VERIFIER_UNAVAILABLE (the gateway answers 503 and the nonce stays usable).
 */
export class HttpGostVerifier implements ExternalVerifier {
  private readonly endpoint: string;
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;

  constructor(options: HttpGostVerifierOptions) {
    const base = new URL(options.url);
    if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new Error('the GOST verifier URL must be http(s)');
    this.endpoint = new URL('cms/verify', base.href.endsWith('/') ? base.href : `${base.href}/`).href;
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.fetchImpl = options.fetchImpl ?? fetch;
  }

  async verifyCms(input: { cms: Uint8Array }): Promise<{ signatureValid: boolean; chainValid: boolean }> {
    let res: Response;
    let text: string;
    try {
      res = await this.fetchImpl(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ cms: Buffer.from(input.cms).toString('base64'), revocationCheck: [] }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = await res.text();
    } catch (e) {
      const timedOut = (e as Error).name === 'TimeoutError' || (e as Error).name === 'AbortError';
      throw new EdsError(
        'VERIFIER_UNAVAILABLE',
        timedOut ? `the GOST verifier did not answer within ${this.timeoutMs} ms` : 'the GOST verifier cannot be reached',
        {
          cause: (e as Error).message,
        },
      );
    }
    if (res.status >= 500) throw new EdsError('VERIFIER_UNAVAILABLE', `the GOST verifier failed (HTTP ${res.status})`);
    if (res.status >= 400) throw new EdsError('MALFORMED', `the GOST verifier could not read the CMS (HTTP ${res.status})`);
    let answer: VerifyAnswer;
    try {
      answer = JSON.parse(text) as VerifyAnswer;
    } catch {
      throw new EdsError('VERIFIER_UNAVAILABLE', 'the GOST verifier gave an unreadable answer');
    }
    if (typeof answer !== 'object' || answer === null || typeof answer.valid !== 'boolean') {
      throw new EdsError('VERIFIER_UNAVAILABLE', 'the GOST verifier answer has no boolean "valid"');
    }
    if (answer.valid) return { signatureValid: true, chainValid: true };
    const certificates = answer.signers?.[0]?.certificates ?? [];
    const certificateRefused = certificates.some((c) => c.valid === false);
    return certificateRefused ? { signatureValid: true, chainValid: false } : { signatureValid: false, chainValid: false };
  }
}
