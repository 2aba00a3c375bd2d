import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Actor } from '@ndip/domain';
import type { EntityManager, Repository } from 'typeorm';
import { ProjectEntity } from './project.entity';

const REGIONAL_ROLES: readonly Actor['role'][] = ['MIO', 'RO', 'RIHQ', 'NCR'];
const NATIONWIDE_ROLES: readonly Actor['role'][] = ['NC', 'AB', 'TF', 'NCH', 'CIA'];

/** §9.3 scoping: NC/AB/TF/NCH/CIA see all projects; MIO, RO, RIHQ and NCR their region; others none (for now). */
export function projectVisibleTo(actor: Actor, regionCode: string): boolean {
  if (NATIONWIDE_ROLES.includes(actor.role)) return true;
  return REGIONAL_ROLES.includes(actor.role) && actor.regionCode === regionCode;
}

@Injectable()
export class ProjectRepository {
  constructor(@InjectRepository(ProjectEntity) private readonly repo: Repository<ProjectEntity>) {}

  findByInitiative(m: EntityManager, initiativeId: string): Promise<ProjectEntity | null> {
    return m.getRepository(ProjectEntity).findOne({ where: { initiativeId } });
  }

  findForUpdate(m: EntityManager, id: string): Promise<ProjectEntity | null> {
    return m.getRepository(ProjectEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findById(id: string): Promise<ProjectEntity | null> {
    return this.repo.findOne({ where: { id } });
  }

  async save(m: EntityManager, p: ProjectEntity): Promise<void> {
    await m.getRepository(ProjectEntity).save(p);
  }

  /** The same scoping as projectVisibleTo, in SQL. */
  async page(actor: Actor, filter: { regionCode?: string; pool?: string }, skip: number, take: number): Promise<[ProjectEntity[], number]> {
    const qb = this.repo.createQueryBuilder('p');
    if (REGIONAL_ROLES.includes(actor.role)) qb.andWhere('p.region_code = :region', { region: actor.regionCode ?? '-' });
    else if (!NATIONWIDE_ROLES.includes(actor.role)) qb.andWhere('1 = 0');
    if (filter.regionCode) qb.andWhere('p.region_code = :fregion', { fregion: filter.regionCode });
    if (filter.pool) qb.andWhere('p.pool = :pool', { pool: filter.pool });
    return qb.orderBy('p.created_at', 'DESC').addOrderBy('p.id', 'ASC').skip(skip).take(take).getManyAndCount();
  }
}
