/** Machine codes of EDS (ЭЦП) login refusals; one per failed check (see docs/security-eds-egov.md). */
export const EDS_ERROR_CODES = [
  /** Not base64, not a CMS ContentInfo/SignedData, detached content, several signers, the signer's certificate missing, … */
  'MALFORMED',
  /** The signature is valid but the signed content is not the expected nonce. */
  'CONTENT_MISMATCH',
  /** The nonce was never issued, has expired, or has already been used. */
  'NONCE_UNKNOWN_OR_USED',
  /** The signature (or the messageDigest / contentType signed attribute) does not match the bytes in the CMS. */
  'BAD_SIGNATURE',
  'CERT_EXPIRED',
  'CERT_NOT_YET_VALID',
  /** No path from the signer's certificate to a configured trusted root (or a CA on the path is invalid). */
  'UNTRUSTED_CHAIN',
  /** The certificate does not allow authentication (keyUsage digitalSignature, extendedKeyUsage clientAuth). */
  'KEY_USAGE',
  'REVOKED',
  /** The revocation status could not be established (responder down, bad response): refused, fail-closed. */
  'REVOCATION_UNKNOWN',
  /** GOST (or another non-standard) algorithm without a configured external verifier, SHA-1, or a weak key. */
  'UNSUPPORTED_ALGORITHM',
  /** The external (GOST) verifier did not answer, answered with a server error, or timed out: 503, the nonce stays usable. */
  'VERIFIER_UNAVAILABLE',
] as const;
export type EdsErrorCode = (typeof EDS_ERROR_CODES)[number];

export class EdsError extends Error {
  override readonly name = 'EdsError';
  constructor(
    readonly code: EdsErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${code}: ${message}`);
  }
}

export function isEdsError(e: unknown, code?: EdsErrorCode): e is EdsError {
  return e instanceof EdsError && (code === undefined || e.code === code);
}
