/**
 * Reading the Kazakh (NCA RK, НУЦ РК) certificate profile.
 *
 * Subject attributes of NCA RK certificates (sources: docs/security-eds-egov.md §Sources; NCANode's
 * CertificateWrapper.createCertificateSubjectFromDn in github.com/malikzh/NCANode, and other public parsers):
 * - serialNumber (2.5.4.5) = "IIN" + 12 digits: the holder's IIN (individuals and employees of legal entities);
 *   some certificates of legal entities carry "BIN" + 12 digits there instead;
 * - OU (2.5.4.11) = "BIN" + 12 digits: the organisation's BIN in certificates of legal entities;
 *   organizationIdentifier (2.5.4.97) = "BIN…" is accepted as well;
 * - CN = "SURNAME NAME", SURNAME (2.5.4.4), givenName (2.5.4.42, "G") = patronymic, O = organisation name,
 *   E (1.2.840.113549.1.9.1) = e-mail, C = KZ.
 * Extended key usage: clientAuth (1.3.6.1.5.5.7.3.2) on authentication keys (AUTH_RSA256_…), plus the NCA RK
 * "key user" OIDs 1.2.398.3.3.4.1.1 (individual), 1.2.398.3.3.4.1.2[.n] (legal entity and role).
 */
import type * as pkijs from 'pkijs';

export const X500 = {
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  serialNumber: '2.5.4.5',
  country: '2.5.4.6',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
  givenName: '2.5.4.42',
  organizationIdentifier: '2.5.4.97',
  email: '1.2.840.113549.1.9.1',
} as const;

export const KZ_KEY_USER = {
  individual: '1.2.398.3.3.4.1.1',
  legalEntity: '1.2.398.3.3.4.1.2',
} as const;

export interface EdsSubject {
  /** 12-digit IIN of the holder (from serialNumber "IIN…"). */
  iin?: string;
  /** 12-digit BIN of the organisation (from OU "BIN…", serialNumber "BIN…" or organizationIdentifier "BIN…"). */
  bin?: string;
  commonName: string;
  surname?: string;
  /** givenName; NCA RK puts the patronymic there. */
  givenName?: string;
  organization?: string;
  email?: string;
  country?: string;
}

function stringValue(v: unknown): string | undefined {
  const block = (v as { valueBlock?: { value?: unknown } } | undefined)?.valueBlock;
  return typeof block?.value === 'string' ? block.value : undefined;
}

/** All values of an attribute type in a distinguished name, in order. */
export function nameValues(name: pkijs.RelativeDistinguishedNames, type: string): string[] {
  const out: string[] = [];
  for (const tv of name.typesAndValues) {
    if (tv.type !== type) continue;
    const s = stringValue(tv.value);
    if (s !== undefined) out.push(s.trim());
  }
  return out;
}

const IIN_RE = /^IIN(\d{12})$/;
const BIN_RE = /^BIN(\d{12})$/;

function firstMatch(values: string[], re: RegExp): string | undefined {
  for (const v of values) {
    const m = re.exec(v);
    if (m) return m[1];
  }
  return undefined;
}

/** Subject of an NCA RK certificate. Never throws; absent attributes stay undefined. */
export function parseKzSubject(cert: pkijs.Certificate): EdsSubject {
  const s = cert.subject;
  const serials = nameValues(s, X500.serialNumber);
  const first = (type: string): string | undefined => nameValues(s, type)[0] || undefined;
  return {
    iin: firstMatch(serials, IIN_RE),
    bin:
      firstMatch(nameValues(s, X500.organizationalUnit), BIN_RE) ??
      firstMatch(serials, BIN_RE) ??
      firstMatch(nameValues(s, X500.organizationIdentifier), BIN_RE),
    commonName: first(X500.commonName) ?? '',
    surname: first(X500.surname),
    givenName: first(X500.givenName),
    organization: first(X500.organization),
    email: first(X500.email),
    country: first(X500.country),
  };
}

const SHORT_NAMES: Record<string, string> = {
  [X500.commonName]: 'CN',
  [X500.surname]: 'SURNAME',
  [X500.serialNumber]: 'SERIALNUMBER',
  [X500.country]: 'C',
  [X500.organization]: 'O',
  [X500.organizationalUnit]: 'OU',
  [X500.givenName]: 'G',
  [X500.organizationIdentifier]: 'organizationIdentifier',
  [X500.email]: 'E',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
};

/** A readable one-line distinguished name (for logs and the result; not for comparisons). */
export function formatName(name: pkijs.RelativeDistinguishedNames): string {
  return name.typesAndValues.map((tv) => `${SHORT_NAMES[tv.type] ?? tv.type}=${stringValue(tv.value) ?? '#'}`).join(', ');
}
