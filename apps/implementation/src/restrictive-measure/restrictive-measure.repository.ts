import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import type { ScopedActor } from '../project/project.repository';
import { ProsecutorCaseEntity, RestrictiveMeasureEntity } from './restrictive-measure.entity';

type Routed = { routedTo: 'PRR' | 'PRG'; projectRegionCode: string; investorBin: string | null };
const NATIONWIDE: readonly ScopedActor['role'][] = ['AB', 'ADMIN'];
const INITIATORS: readonly ScopedActor['role'][] = ['MIO', 'CSB', 'OSB'];

/**
 * §9.3 (inferred) for the prosecutor filter: AB and the operator see everything; a prosecutor only what is
 * routed to it (PRR: of its own region; PRG: central) and, for measures, only once submitted; the initiating
 * (registering) body its own; an investor company those about its BIN. Anyone else: nothing.
 */
export function measureVisibleTo(actor: ScopedActor, r: Routed & { submittedOn: string | null; initiatorOrganizationId: string }): boolean {
  if (NATIONWIDE.includes(actor.role)) return true;
  if (actor.role === 'PRR' || actor.role === 'PRG') return r.submittedOn !== null && routedToActor(actor, r);
  if (INITIATORS.includes(actor.role)) return r.initiatorOrganizationId === actor.organizationId;
  if (actor.role === 'INV') return !!actor.companyBin && actor.companyBin === r.investorBin;
  return false;
}

export function caseVisibleTo(actor: ScopedActor, r: Routed & { registeredByOrganizationId: string }): boolean {
  if (NATIONWIDE.includes(actor.role)) return true;
  if (actor.role === 'PRR' || actor.role === 'PRG') return routedToActor(actor, r);
  if (INITIATORS.includes(actor.role)) return r.registeredByOrganizationId === actor.organizationId;
  if (actor.role === 'INV') return !!actor.companyBin && actor.companyBin === r.investorBin;
  return false;
}

function routedToActor(actor: ScopedActor, r: Routed): boolean {
  if (actor.role === 'PRG') return r.routedTo === 'PRG';
  return r.routedTo === 'PRR' && !!actor.regionCode && actor.regionCode === r.projectRegionCode;
}

/** The same scoping in SQL (alias `x`; `org` is the column of the initiating / registering body). */
function scope<T extends object>(qb: SelectQueryBuilder<T>, actor: ScopedActor, org: string, submittedOnly: boolean): SelectQueryBuilder<T> {
  const submitted = submittedOnly ? ' AND x.submitted_on IS NOT NULL' : '';
  if (NATIONWIDE.includes(actor.role)) return qb;
  if (actor.role === 'PRG') return qb.andWhere(`(x.routed_to = 'PRG'${submitted})`);
  if (actor.role === 'PRR') return qb.andWhere(`(x.routed_to = 'PRR' AND x.project_region_code = :region${submitted})`, { region: actor.regionCode ?? '-' });
  if (INITIATORS.includes(actor.role)) return qb.andWhere(`x.${org} = :org`, { org: actor.organizationId });
  if (actor.role === 'INV') return qb.andWhere('x.investor_bin = :bin', { bin: actor.companyBin ?? '-' });
  return qb.andWhere('1 = 0');
}

@Injectable()
export class RestrictiveMeasureRepository {
  constructor(
    @InjectRepository(RestrictiveMeasureEntity) private readonly measures: Repository<RestrictiveMeasureEntity>,
    @InjectRepository(ProsecutorCaseEntity) private readonly cases: Repository<ProsecutorCaseEntity>,
  ) {}

  measureForUpdate(m: EntityManager, id: string): Promise<RestrictiveMeasureEntity | null> {
    return m.getRepository(RestrictiveMeasureEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async saveMeasure(m: EntityManager, e: RestrictiveMeasureEntity): Promise<void> {
    await m.getRepository(RestrictiveMeasureEntity).save(e);
  }

  pageMeasures(actor: ScopedActor, projectId: string | undefined, skip: number, take: number): Promise<[RestrictiveMeasureEntity[], number]> {
    const qb = scope(this.measures.createQueryBuilder('x'), actor, 'initiator_organization_id', true);
    if (projectId) qb.andWhere('x.project_id = :pid', { pid: projectId });
    return qb.orderBy('x.created_at', 'DESC').addOrderBy('x.id', 'ASC').skip(skip).take(take).getManyAndCount();
  }

  caseForUpdate(m: EntityManager, id: string): Promise<ProsecutorCaseEntity | null> {
    return m.getRepository(ProsecutorCaseEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async saveCase(m: EntityManager, e: ProsecutorCaseEntity): Promise<void> {
    await m.getRepository(ProsecutorCaseEntity).save(e);
  }

  pageCases(actor: ScopedActor, projectId: string | undefined, skip: number, take: number): Promise<[ProsecutorCaseEntity[], number]> {
    const qb = scope(this.cases.createQueryBuilder('x'), actor, 'registered_by_organization_id', false);
    if (projectId) qb.andWhere('x.project_id = :pid', { pid: projectId });
    return qb.orderBy('x.created_at', 'DESC').addOrderBy('x.id', 'ASC').skip(skip).take(take).getManyAndCount();
  }
}
