import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Actor } from '@ndip/domain';
import { Brackets, type EntityManager, type Repository } from 'typeorm';
import { InitiativeEntity } from './initiative.entity';

export interface InitiativeFilter {
  status?: string;
  regionCode?: string;
}

@Injectable()
export class InitiativeRepository {
  constructor(@InjectRepository(InitiativeEntity) private readonly repo: Repository<InitiativeEntity>) {}

  /** Loads the row locked for update inside a transaction (no lost updates between concurrent commands). */
  findForUpdate(m: EntityManager, id: string): Promise<InitiativeEntity | null> {
    return m.getRepository(InitiativeEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findById(id: string): Promise<InitiativeEntity | null> {
    return this.repo.findOne({ where: { id } });
  }

  async save(m: EntityManager, e: InitiativeEntity): Promise<void> {
    await m.getRepository(InitiativeEntity).save(e);
  }

  /** §9.3 scoping in SQL: what the actor may see, then the caller's filter. */
  async page(actor: Actor, filter: InitiativeFilter, skip: number, take: number): Promise<[InitiativeEntity[], number]> {
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
        qb.andWhere(
          new Brackets((w) => {
            w.where('i.originator_org = :org', { org: actor.organizationId }).orWhere('i.country_code = :country', { country: actor.countryCode ?? '-' });
          }),
        );
        break;
      default:
        qb.andWhere('1 = 0');
    }
    if (filter.status) qb.andWhere('i.status = :status', { status: filter.status });
    if (filter.regionCode) qb.andWhere('i.region_code = :fregion', { fregion: filter.regionCode });
    return qb.orderBy('i.created_at', 'DESC').addOrderBy('i.id', 'ASC').skip(skip).take(take).getManyAndCount();
  }
}
