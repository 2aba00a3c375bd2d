/** Machine codes of eGov IDP login refusals (see docs/security-eds-egov.md). */
export const EGOV_ERROR_CODES = [
  /** The `state` returned to the redirect URI is not the one this browser's login started with (or none started). */
  'STATE_MISMATCH',
  /** The ID token's `nonce` is missing or not the one sent. */
  'NONCE_MISMATCH',
  /** The ID token's signature, issuer, audience or lifetime is wrong. */
  'ID_TOKEN_INVALID',
  /** The token endpoint refused the code (expired/used code, wrong PKCE verifier, bad client credentials…) or failed. */
  'TOKEN_EXCHANGE_FAILED',
  /** The user-info endpoint failed or answered something unreadable. */
  'USERINFO_FAILED',
  /** The user info holds no 12-digit IIN. */
  'NO_IIN',
] as const;
export type EgovErrorCode = (typeof EGOV_ERROR_CODES)[number];

export class EgovError extends Error {
  override readonly name = 'EgovError';
  constructor(
    readonly code: EgovErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${code}: ${message}`);
  }
}
