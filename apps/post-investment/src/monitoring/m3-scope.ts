import type { Actor, M3Status, OrganizationType } from '@ndip/domain';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { MonitoringStatus } from './monitoring.entity';

/**
 * §9.3 scoping of Module 3 records: AB, CIA, NC (and ADMIN as operator) see every project; the regional
 * bodies (MIO, NCR, RO, RIHQ) the projects of their region; an investor only the projects (and issues) of
 * its own company, by the BIN of its organisation; everyone else nothing.
 */
export type M3Scope = { kind: 'ALL' } | { kind: 'REGION'; regionCode: string } | { kind: 'INVESTOR'; companyBin: string } | { kind: 'NONE' };

const NATIONWIDE: readonly OrganizationType[] = ['NC', 'AB', 'CIA', 'ADMIN'];
const REGIONAL: readonly OrganizationType[] = ['MIO', 'NCR', 'RO', 'RIHQ'];

export function m3Scope(actor: Actor, investorBin: string | null | undefined): M3Scope {
  if (NATIONWIDE.includes(actor.role)) return { kind: 'ALL' };
  if (REGIONAL.includes(actor.role)) return actor.regionCode ? { kind: 'REGION', regionCode: actor.regionCode } : { kind: 'NONE' };
  if (actor.role === 'INV' && investorBin) return { kind: 'INVESTOR', companyBin: investorBin };
  return { kind: 'NONE' };
}

export function inScope(scope: M3Scope, row: { regionCode: string; companyBin: string | null }): boolean {
  switch (scope.kind) {
    case 'ALL':
      return true;
    case 'REGION':
      return row.regionCode === scope.regionCode;
    case 'INVESTOR':
      return row.companyBin === scope.companyBin;
    case 'NONE':
      return false;
  }
}

/** The same scoping in SQL, on an alias with `region_code` and `company_bin` columns. */
export function applyScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, scope: M3Scope): SelectQueryBuilder<T> {
  switch (scope.kind) {
    case 'ALL':
      return qb;
    case 'REGION':
      return qb.andWhere(`${alias}.region_code = :scopeRegion`, { scopeRegion: scope.regionCode });
    case 'INVESTOR':
      return qb.andWhere(`${alias}.company_bin = :scopeBin`, { scopeBin: scope.companyBin });
    case 'NONE':
      return qb.andWhere('1 = 0');
  }
}

/** The Module 3 status of the machine (SM-M3) for the stored status, and back. */
export const TO_M3_STATUS: Record<MonitoringStatus, M3Status> = {
  OPEN: 'M3_ACTIVE',
  PERIOD_ENDED: 'M3_PERIOD_ENDED',
  COMPLETED: 'M3_COMPLETED',
  ARCHIVED: 'ARCHIVED',
};
export const FROM_M3_STATUS: Record<M3Status, MonitoringStatus> = {
  M3_ACTIVE: 'OPEN',
  M3_PERIOD_ENDED: 'PERIOD_ENDED',
  M3_COMPLETED: 'COMPLETED',
  ARCHIVED: 'ARCHIVED',
};

/** The actor of the scheduled jobs: the platform acting as NDIP operator (§9.2 "Operate NDIP"; ADMIN takes the NC column). */
export const SYSTEM_ACTOR: Actor = { userId: 'system:post-investment-jobs', organizationId: 'system', role: 'ADMIN', regionCode: null, countryCode: null };

/** "asc"/"desc" and the property of a `sort` query value such as `-raisedOn`. */
export function sortOf<K extends string>(sort: string | undefined, fallback: string, columns: Record<K, string>): { column: string; order: 'ASC' | 'DESC' } {
  const s = sort ?? fallback;
  const desc = s.startsWith('-');
  const key = (desc ? s.slice(1) : s) as K;
  return { column: columns[key], order: desc ? 'DESC' : 'ASC' };
}
