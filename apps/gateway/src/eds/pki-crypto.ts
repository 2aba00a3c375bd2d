import { webcrypto } from 'node:crypto';
import * as pkijs from 'pkijs';

/**
 * The pkijs crypto engine over Node's WebCrypto, passed explicitly to every pkijs call of this folder.
 * pkijs also reads a process-global engine in a few internal paths: it is set here when none is set yet.
 */
export const pkiCrypto = new pkijs.CryptoEngine({ name: 'ndip-node-webcrypto', crypto: webcrypto as never });

function ensureGlobalEngine(): void {
  try {
    if (pkijs.getEngine()?.crypto) return;
  } catch {
    // not set yet
  }
  pkijs.setEngine('ndip-node-webcrypto', pkiCrypto);
}
ensureGlobalEngine();

/** A pkijs certificate from DER or PEM. Throws on malformed input. */
export function parseCertificate(input: Uint8Array | string): pkijs.Certificate {
  const der = typeof input === 'string' ? pemToDer(input) : input;
  return pkijs.Certificate.fromBER(der);
}

export function pemToDer(pem: string): Uint8Array {
  const m = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/.exec(pem);
  if (!m) throw new Error('not a PEM certificate');
  return new Uint8Array(Buffer.from(m[1].replace(/\s+/g, ''), 'base64'));
}

/** Every certificate of a PEM bundle (several BEGIN/END blocks are allowed in one string). */
export function pemBundleToDer(pems: readonly string[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const pem of pems) {
    const re = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/g;
    let m: RegExpExecArray | null;
    let found = false;
    while ((m = re.exec(pem))) {
      found = true;
      out.push(new Uint8Array(Buffer.from(m[1].replace(/\s+/g, ''), 'base64')));
    }
    if (!found) throw new Error('a configured certificate is not PEM');
  }
  return out;
}

export function certificateDer(cert: pkijs.Certificate): Uint8Array {
  return new Uint8Array(cert.toSchema(true).toBER(false));
}
