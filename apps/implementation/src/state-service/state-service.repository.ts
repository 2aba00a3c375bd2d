import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Actor } from '@ndip/domain';
import type { EntityManager, Repository } from 'typeorm';
import { StateServiceEntity } from './state-service.entity';

type Scoped = Pick<StateServiceEntity, 'regionCode' | 'applicantOrganizationId' | 'providerOrganizationId'>;
const NATIONWIDE: readonly Actor['role'][] = ['NC', 'AB', 'ADMIN'];
const REGIONAL_FRONT_OFFICES: readonly Actor['role'][] = ['NCR', 'RO'];
const PROVIDERS: readonly Actor['role'][] = ['CSB', 'MIO', 'OSB', 'FI'];

/**
 * §9.3 (inferred) for the one-stop shop: the National Company (central front office), AB (KPIs of the front
 * offices, 000 §10) and the operator see every application; a regional front office (NCR, RO) those
 * addressed to its region; the investor company its own; a service provider those forwarded to it.
 */
export function applicationVisibleTo(actor: Actor, a: Scoped): boolean {
  if (NATIONWIDE.includes(actor.role)) return true;
  if (REGIONAL_FRONT_OFFICES.includes(actor.role)) return !!actor.regionCode && actor.regionCode === a.regionCode;
  if (actor.role === 'INV') return a.applicantOrganizationId === actor.organizationId;
  if (PROVIDERS.includes(actor.role)) return a.providerOrganizationId === actor.organizationId;
  return false;
}

@Injectable()
export class StateServiceRepository {
  constructor(@InjectRepository(StateServiceEntity) private readonly repo: Repository<StateServiceEntity>) {}

  findById(id: string): Promise<StateServiceEntity | null> {
    return this.repo.findOne({ where: { id } });
  }

  findForUpdate(m: EntityManager, id: string): Promise<StateServiceEntity | null> {
    return m.getRepository(StateServiceEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async save(m: EntityManager, e: StateServiceEntity): Promise<void> {
    await m.getRepository(StateServiceEntity).save(e);
  }

  /** The same scoping as applicationVisibleTo, in SQL. */
  page(actor: Actor, filter: { status?: string; projectId?: string }, skip: number, take: number): Promise<[StateServiceEntity[], number]> {
    const qb = this.repo.createQueryBuilder('a');
    if (NATIONWIDE.includes(actor.role)) {
      // everything
    } else if (REGIONAL_FRONT_OFFICES.includes(actor.role)) qb.andWhere('a.region_code = :region', { region: actor.regionCode ?? '-' });
    else if (actor.role === 'INV') qb.andWhere('a.applicant_organization_id = :org', { org: actor.organizationId });
    else if (PROVIDERS.includes(actor.role)) qb.andWhere('a.provider_organization_id = :org', { org: actor.organizationId });
    else qb.andWhere('1 = 0');
    if (filter.status) qb.andWhere('a.status = :status', { status: filter.status });
    if (filter.projectId) qb.andWhere('a.project_id = :pid', { pid: filter.projectId });
    return qb.orderBy('a.created_at', 'DESC').addOrderBy('a.id', 'ASC').skip(skip).take(take).getManyAndCount();
  }

  /** S10 candidates: at the provider past its term and not yet notified, locked so that replicas skip each other's rows. */
  async lockProviderOverdue(m: EntityManager, today: string, limit: number): Promise<StateServiceEntity[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT id FROM service_application
        WHERE status = 'AT_PROVIDER' AND provider_due_on < $1 AND (state->>'violationNotifiedOn') IS NULL
        ORDER BY provider_due_on, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [today, limit],
    );
    if (rows.length === 0) return [];
    return m.getRepository(StateServiceEntity).find({ where: rows.map((r) => ({ id: r.id })), order: { id: 'ASC' } });
  }
}
