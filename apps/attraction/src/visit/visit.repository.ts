import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Actor } from '@ndip/domain';
import type { ListVisitsQueryDto } from '@ndip/platform';
import { Brackets, type EntityManager, type Repository } from 'typeorm';
import { applySort } from '../common/query';
import { VisitEntity } from './visit.entity';

/** Statuses in which the visit is decided worthwhile and its programme is built (MIO and CSB take part). */
export const VISIT_PROGRAMME_STATUSES = ['APPROVED', 'PROGRAMME_READY', 'COMPLETED', 'INITIATIVE_TRANSFERRED'] as const;

@Injectable()
export class VisitRepository {
  constructor(@InjectRepository(VisitEntity) private readonly repo: Repository<VisitEntity>) {}

  findById(id: string): Promise<VisitEntity | null> {
    return this.repo.findOne({ where: { id } });
  }

  findForUpdate(m: EntityManager, id: string): Promise<VisitEntity | null> {
    return m.getRepository(VisitEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async save(m: EntityManager, e: VisitEntity): Promise<void> {
    await m.getRepository(VisitEntity).save(e);
  }

  /** §9.3 in SQL (see VisitService.visible). */
  async page(actor: Actor, q: ListVisitsQueryDto, skip: number, take: number): Promise<[VisitEntity[], number]> {
    const qb = this.repo.createQueryBuilder('v');
    switch (actor.role) {
      case 'AB':
        break;
      case 'FI':
      case 'NCF':
        qb.andWhere(
          new Brackets((b) => {
            b.where('v.originator_org = :org', { org: actor.organizationId }).orWhere('v.country_code = :country', { country: actor.countryCode ?? '--' });
          }),
        );
        break;
      case 'MIO':
      case 'CSB':
        qb.andWhere('v.status IN (:...open)', { open: [...VISIT_PROGRAMME_STATUSES] });
        break;
      default:
        qb.andWhere('1 = 0');
    }
    if (q.status) qb.andWhere('v.status = :status', { status: q.status });
    if (q.countryCode) qb.andWhere('v.country_code = :fcountry', { fcountry: q.countryCode });
    if (q.companyId) qb.andWhere('v.company_id = :company', { company: q.companyId });
    applySort(qb, q.sort, '-createdAt', { plannedFrom: 'v.planned_from', createdAt: 'v.created_at' });
    return qb.skip(skip).take(take).getManyAndCount();
  }
}
