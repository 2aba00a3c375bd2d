import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { PoolMembershipEntity, PoolRequestEntity } from './pool-membership.entity';

/** Scoping (§9.3) is the project's: the service loads the project through ProjectService first. */
@Injectable()
export class PoolMembershipRepository {
  constructor(
    @InjectRepository(PoolMembershipEntity) private readonly repo: Repository<PoolMembershipEntity>,
    @InjectRepository(PoolRequestEntity) private readonly requests: Repository<PoolRequestEntity>,
  ) {}

  findForUpdate(m: EntityManager, projectId: string): Promise<PoolMembershipEntity | null> {
    return m.getRepository(PoolMembershipEntity).findOne({ where: { projectId }, lock: { mode: 'pessimistic_write' } });
  }

  find(projectId: string): Promise<PoolMembershipEntity | null> {
    return this.repo.findOne({ where: { projectId } });
  }

  async save(m: EntityManager, e: PoolMembershipEntity): Promise<void> {
    await m.getRepository(PoolMembershipEntity).save(e);
  }

  findRequestForUpdate(m: EntityManager, projectId: string, id: string): Promise<PoolRequestEntity | null> {
    return m.getRepository(PoolRequestEntity).findOne({ where: { id, projectId }, lock: { mode: 'pessimistic_write' } });
  }

  async saveRequest(m: EntityManager, r: PoolRequestEntity): Promise<void> {
    await m.getRepository(PoolRequestEntity).save(r);
  }

  requestsOf(projectId: string, m?: EntityManager): Promise<PoolRequestEntity[]> {
    const repo = m ? m.getRepository(PoolRequestEntity) : this.requests;
    return repo.find({ where: { projectId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Set by Module 3's automatic exclusion (pool-exclusion.handler) on the project row. */
  async nationalPoolExclusion(m: EntityManager, projectId: string): Promise<{ on: string; basis: string } | null> {
    const rows = (await m.query(`SELECT national_pool_excluded_on::text AS on, national_pool_exclusion_basis AS basis FROM project WHERE id = $1`, [
      projectId,
    ])) as { on: string | null; basis: string | null }[];
    const r = rows[0];
    return r && r.on ? { on: r.on, basis: r.basis ?? 'AUTO_3_YEARS' } : null;
  }
}
