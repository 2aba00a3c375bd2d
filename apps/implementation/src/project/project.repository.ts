import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Actor, RoadmapActor } from '@ndip/domain';
import { Brackets, type EntityManager, type Repository } from 'typeorm';
import { GreenCorridorScoringEntity, ProjectEntity } from './project.entity';

/** An actor as the implementation service knows it: an investor company also carries its BIN (set by the gateway). */
export type ScopedActor = RoadmapActor;

export function scopedActor(actor: Actor, investorBin: string | undefined): ScopedActor {
  return actor.role === 'INV' ? { ...actor, companyBin: investorBin ?? null } : actor;
}

const REGIONAL_ROLES: readonly Actor['role'][] = ['MIO', 'RO', 'RIHQ', 'NCR'];
const NATIONWIDE_ROLES: readonly Actor['role'][] = ['NC', 'AB', 'NCH', 'CIA', 'ADMIN'];
/** Initiator bodies and responsible state bodies without a region: what they opened or are named in. */
const PARTICIPANT_ROLES: readonly Actor['role'][] = ['CSB', 'NH', 'FI'];

type Scoped = Pick<ProjectEntity, 'regionCode' | 'companyBin' | 'participantOrgIds' | 'taskForce'>;

/**
 * §9.3 scoping (inferred): NC, AB, NCH, CIA and the operator see every project; MIO, RO, RIHQ and NCR
 * their region's; TF the projects handed to it; an investor company (INV) only its own company's projects
 * (the BIN of its organisation = passport field 2); CSB, NH and FI the projects they opened or are
 * named in as responsible bodies. Anyone else: nothing.
 */
export function projectVisibleTo(actor: ScopedActor, p: Scoped): boolean {
  if (NATIONWIDE_ROLES.includes(actor.role)) return true;
  if (REGIONAL_ROLES.includes(actor.role)) return !!actor.regionCode && actor.regionCode === p.regionCode;
  if (actor.role === 'TF') return p.taskForce;
  if (actor.role === 'INV') return !!actor.companyBin && actor.companyBin === p.companyBin;
  if (PARTICIPANT_ROLES.includes(actor.role)) return p.participantOrgIds.includes(actor.organizationId);
  return false;
}

@Injectable()
export class ProjectRepository {
  constructor(
    @InjectRepository(ProjectEntity) private readonly repo: Repository<ProjectEntity>,
    @InjectRepository(GreenCorridorScoringEntity) private readonly scorings: Repository<GreenCorridorScoringEntity>,
  ) {}

  findByInitiativeForUpdate(m: EntityManager, initiativeId: string): Promise<ProjectEntity | null> {
    return m.getRepository(ProjectEntity).findOne({ where: { initiativeId }, lock: { mode: 'pessimistic_write' } });
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

  async insertScoring(m: EntityManager, s: GreenCorridorScoringEntity): Promise<void> {
    await m.getRepository(GreenCorridorScoringEntity).insert(s);
  }

  scoringsOf(projectId: string): Promise<GreenCorridorScoringEntity[]> {
    return this.scorings.find({ where: { projectId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The same scoping as projectVisibleTo, in SQL. */
  async page(actor: ScopedActor, filter: { regionCode?: string; pool?: string }, skip: number, take: number): Promise<[ProjectEntity[], number]> {
    const qb = this.repo.createQueryBuilder('p');
    if (NATIONWIDE_ROLES.includes(actor.role)) {
      // everything
    } else if (REGIONAL_ROLES.includes(actor.role)) qb.andWhere('p.region_code = :region', { region: actor.regionCode ?? '-' });
    else if (actor.role === 'TF') qb.andWhere('p.task_force');
    else if (actor.role === 'INV') qb.andWhere('p.company_bin = :bin', { bin: actor.companyBin ?? '-' });
    else if (PARTICIPANT_ROLES.includes(actor.role)) {
      qb.andWhere(new Brackets((w) => w.where(':org = ANY (p.participant_org_ids)', { org: actor.organizationId })));
    } else qb.andWhere('1 = 0');
    if (filter.regionCode) qb.andWhere('p.region_code = :fregion', { fregion: filter.regionCode });
    if (filter.pool) qb.andWhere('p.pool = :pool', { pool: filter.pool });
    return qb.orderBy('p.created_at', 'DESC').addOrderBy('p.id', 'ASC').skip(skip).take(take).getManyAndCount();
  }
}
