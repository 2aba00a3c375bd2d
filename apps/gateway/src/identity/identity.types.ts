import type { OrganizationType } from '@ndip/domain';

export interface JwtClaims {
  sub: string;
  org: string;
  role: OrganizationType;
  region: string | null;
  country: string | null;
  /** BIN of an investor organisation: its users see only their company's records. */
  bin: string | null;
  locale: 'kk' | 'ru' | 'en';
  /** The session (refresh-token family) the access token belongs to: ending the session ends the token. */
  sid?: string;
}

export interface OrganizationView {
  id: string;
  type: OrganizationType;
  name: { kk: string; ru: string; en: string };
  regionCode: string | null;
  countryCode: string | null;
  bin: string | null;
}

export interface UserView {
  id: string;
  login: string;
  fullName: string;
  organization: OrganizationView;
  locale: string;
  active: boolean;
}
