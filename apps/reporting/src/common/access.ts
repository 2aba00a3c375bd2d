import { DomainError, DomainErrorCode, PERMISSIONS, can, findRegion, type AccessMode, type ActionCode, type Actor, type RuleEditionCode } from '@ndip/domain';

/** Roles whose organisation belongs to one region: they see that region only (rules.md §9.3). */
export const REGIONAL_ROLES: readonly string[] = ['MIO', 'RO', 'RIHQ', 'NCR'];

export function requireAccess(actor: Actor, action: ActionCode, edition: RuleEditionCode, mode: AccessMode): void {
  if (!can(actor.role, action, edition, mode)) {
    throw new DomainError(DomainErrorCode.WRONG_ROLE, `${actor.role} may not use "${PERMISSIONS[action].row}" (rules.md §9.2)`);
  }
}

/** The region a caller is limited to, or null for every region. A regional role without a region sees nothing. */
export function regionScope(actor: Actor): string | null {
  if (!REGIONAL_ROLES.includes(actor.role)) return null;
  if (!actor.regionCode) throw new DomainError(DomainErrorCode.WRONG_ROLE, `a ${actor.role} user without a region sees no regional data`);
  return actor.regionCode;
}

export type Locale = 'kk' | 'ru' | 'en';

export function regionName(code: string): { kk: string; ru: string; en: string } | null {
  const r = findRegion(code);
  return r ? { kk: r.name.kk, ru: r.name.ru, en: r.name.en } : null;
}

export function notFound(what: string): DomainError {
  return new DomainError(DomainErrorCode.NOT_FOUND, `${what} not found`);
}
