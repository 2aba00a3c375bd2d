/** Revocation status of the signer's certificate, as a pluggable check (OCSP, CRL, or none). */
export type RevocationStatus =
  | { status: 'good' }
  | { status: 'revoked'; revokedAt?: Date; reason?: string }
  /** The status could not be established; the verifier refuses the login (fail-closed). */
  | { status: 'unknown'; detail: string };

export interface RevocationCheckInput {
  /** DER of the certificate to check. */
  certificate: Uint8Array;
  /** DER of its issuer (found on the validated path). */
  issuer: Uint8Array;
  /** The verifier's clock. */
  at: Date;
}

export interface RevocationChecker {
  /** Must not throw for a negative answer; a thrown error is treated as `unknown`. */
  check(input: RevocationCheckInput): Promise<RevocationStatus>;
}

/** No revocation check: every certificate is reported good (development and tests only). */
export class NoRevocationCheck implements RevocationChecker {
  async check(): Promise<RevocationStatus> {
    return { status: 'good' };
  }
}
