/**
 * Organisation types and role codes of the catalogue (rules.md §1.1, §9.2).
 * A user belongs to one organisation; its type is the role the rules speak of.
 */
export const ORGANIZATION_TYPES = [
  'INV', // investor company (инвестор)
  'FI', // foreign institution: embassy, consulate (загранучреждение)
  'NCF', // National Company foreign representative office
  'NC', // National Company "Kazakh Invest" HQ, NDIP operator
  'NCR', // National Company regional representative office
  'TF', // Task Force (unit of NC)
  'MIO', // local executive body, akimat (МИО)
  'RO', // regional investment organisation
  'CSB', // central state body
  'NCH', // National Chamber "Atameken"
  'NH', // national managing holdings / national companies
  'AB', // authorized body for investments (MFA Investment Committee)
  'CIA', // Council on investment attraction
  'RIHQ', // regional investment headquarters [E000]
  'PRR', // regional prosecutor's office [E001]
  'PRG', // General Prosecutor's Office [E001]
  'OSB', // other state bodies
  'ADMIN', // platform administrator (operator staff with administration rights)
] as const;

export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export function isOrganizationType(v: unknown): v is OrganizationType {
  return typeof v === 'string' && (ORGANIZATION_TYPES as readonly string[]).includes(v);
}

/** Who acts: carried on every command and every event. */
export interface Actor {
  userId: string;
  organizationId: string;
  /** The organisation type, used as the role of the rules. */
  role: OrganizationType;
  /** KATO code of the organisation's region, where it has one (MIO, NCR, RO, RIHQ, PRR). */
  regionCode?: string | null;
  /** ISO 3166 alpha-2 of the country of accreditation (FI, NCF). */
  countryCode?: string | null;
}
