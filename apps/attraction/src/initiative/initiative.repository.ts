import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Actor } from '@ndip/domain';
import type { ListInitiativesQueryDto } from '@ndip/platform';
import { type EntityManager, type Repository } from 'typeorm';
import { applySort, whereOwnOrCountry } from '../common/query';
import { InitiativeEntity } from './initiative.entity';

/** Statuses in which the MIO's 30-CD window runs (I13 applies). */
export const OPEN_STATUSES = ['TRANSFERRED', 'IN_WORK', 'EXTENDED', 'REDIRECT_PENDING'] as const;

@Injectable()
export class InitiativeRepository {
  constructor(@InjectRepository(InitiativeEntity) private readonly repo: Repository<InitiativeEntity>) {}

  /** Loads the row locked for update inside a transaction (no lost updates between concurrent commands). */
  findForUpdate(m: EntityManager, id: string): Promise<InitiativeEntity | null> {
    return m.getRepository(InitiativeEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findById(id: string, m?: EntityManager): Promise<InitiativeEntity | null> {
    return (m ? m.getRepository(InitiativeEntity) : this.repo).findOne({ where: { id } });
  }

  async existsForVisit(m: EntityManager, visitId: string): Promise<boolean> {
    return (await m.getRepository(InitiativeEntity).count({ where: { visitId } })) > 0;
  }

  async save(m: EntityManager, e: InitiativeEntity): Promise<void> {
    await m.getRepository(InitiativeEntity).save(e);
  }

  /** §9.3 scoping in SQL: what the actor may see, then the caller's filters and sort. */
  async page(actor: Actor, q: ListInitiativesQueryDto, today: string, skip: number, take: number): Promise<[InitiativeEntity[], number]> {
    const qb = this.repo.createQueryBuilder('i');
    switch (actor.role) {
      case 'NC':
      case 'AB':
        break;
      case 'MIO':
        qb.andWhere('i.region_code = :region', { region: actor.regionCode ?? '-' });
        break;
      case 'FI':
      case 'NCF':
        whereOwnOrCountry(qb, 'i', 'originator_org', actor);
        break;
      default:
        qb.andWhere('1 = 0');
    }
    if (q.status) qb.andWhere('i.status = :status', { status: q.status });
    if (q.regionCode) qb.andWhere('i.region_code = :fregion', { fregion: q.regionCode });
    if (q.countryCode) qb.andWhere('i.country_code = :fcountry', { fcountry: q.countryCode });
    if (q.sector) qb.andWhere('i.sector = :sector', { sector: q.sector });
    if (q.companyId) qb.andWhere('i.company_id = :company', { company: q.companyId });
    if (q.overdue !== undefined) {
      const overdue = `(i.status IN (:...open) AND i.action_due_on < :today)`;
      qb.andWhere(q.overdue ? overdue : `NOT ${overdue}`, { open: [...OPEN_STATUSES], today });
    }
    applySort(qb, q.sort, '-createdAt', { createdAt: 'i.created_at', actionDueOn: 'i.action_due_on', title: 'lower(i.title)', status: 'i.status' });
    return qb.skip(skip).take(take).getManyAndCount();
  }

  /**
   * One batch for the overdue scan: open initiatives past their deadline and not yet flagged for it,
   * locked with SKIP LOCKED so that replicas scanning side by side take different rows.
   */
  overdueBatch(m: EntityManager, today: string, limit: number): Promise<InitiativeEntity[]> {
    return m
      .getRepository(InitiativeEntity)
      .createQueryBuilder('i')
      .where('i.status IN (:...open)', { open: [...OPEN_STATUSES] })
      .andWhere('i.action_due_on < :today', { today })
      .andWhere('i.overdue_flagged_for IS DISTINCT FROM i.action_due_on')
      .orderBy('i.action_due_on', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .take(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }
}
