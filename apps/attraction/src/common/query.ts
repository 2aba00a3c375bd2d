import { DomainError, DomainErrorCode, actionExistsIn, can, type AccessMode, type ActionCode, type Actor, type RuleEditionCode } from '@ndip/domain';
import type { Page } from '@ndip/platform';
import { Brackets, type ObjectLiteral, type SelectQueryBuilder, type WhereExpressionBuilder } from 'typeorm';

/** Page numbers of a list query (defaults: page 1, 50 rows). */
export function paging(q: { page?: number; pageSize?: number }): { page: number; pageSize: number; skip: number } {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 50;
  return { page, pageSize, skip: (page - 1) * pageSize };
}

export function pageOf<E, V>(rows: E[], total: number, p: { page: number; pageSize: number }, view: (e: E) => V): Page<V> {
  return { items: rows.map(view), total, page: p.page, pageSize: p.pageSize };
}

/**
 * Applies `sort` (`field` or `-field`, already checked against the allowed list by the DTO) through
 * a field → column map, then a stable tie-break on the id.
 */
export function applySort<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  sort: string | undefined,
  fallback: string,
  columns: Record<string, string>,
): void {
  const s = sort ?? fallback;
  const desc = s.startsWith('-');
  const column = columns[desc ? s.slice(1) : s] ?? columns[fallback.replace(/^-/, '')]!;
  qb.orderBy(column, desc ? 'DESC' : 'ASC').addOrderBy(`${qb.alias}.id`, 'ASC');
}

/** WRONG_ROLE unless the §9.2 row gives the role at least `mode` access. */
export function requireAccess(actor: Actor, action: ActionCode, edition: RuleEditionCode, mode: AccessMode = 'read'): void {
  if (!actionExistsIn(action, edition)) throw new DomainError(DomainErrorCode.NOT_IN_EDITION, `${action} does not exist in ${edition}`);
  if (!can(actor.role, action, edition, mode)) {
    throw new DomainError(DomainErrorCode.WRONG_ROLE, `${actor.role} may not ${action} (${mode})`, { field: 'actor.role' });
  }
}

export function notFound(what: string, id: string, field = 'id'): DomainError {
  return new DomainError(DomainErrorCode.NOT_FOUND, `${what} ${id} not found`, { field });
}

/**
 * §9.3 for FI / NCF: what their organisation created, or what concerns their country of accreditation.
 * Adds the condition to `qb` on `alias` (columns `originator` and `country_code`).
 */
export function whereOwnOrCountry(w: WhereExpressionBuilder, alias: string, originatorColumn: string, actor: Actor): void {
  w.andWhere(
    new Brackets((b) => {
      b.where(`${alias}.${originatorColumn} = :scopeOrg`, { scopeOrg: actor.organizationId }).orWhere(`${alias}.country_code = :scopeCountry`, {
        scopeCountry: actor.countryCode ?? '--',
      });
    }),
  );
}

export function ownOrCountry(actor: Actor, originatorOrg: string, countryCode: string): boolean {
  return originatorOrg === actor.organizationId || (!!actor.countryCode && countryCode === actor.countryCode);
}
