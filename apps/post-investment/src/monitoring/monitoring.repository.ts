import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { ChangeEntity } from './change.entity';
import { applyScope, sortOf, type M3Scope } from './m3-scope';
import { MonitoringEntity } from './monitoring.entity';

export interface MonitoringFilter {
  status?: string;
  poolStatus?: string;
  regionCode?: string;
  endsBy?: string;
  sort?: string;
}

@Injectable()
export class MonitoringRepository {
  constructor(@InjectRepository(MonitoringEntity) private readonly repo: Repository<MonitoringEntity>) {}

  findByProject(projectId: string, m?: EntityManager): Promise<MonitoringEntity | null> {
    return (m ? m.getRepository(MonitoringEntity) : this.repo).findOne({ where: { projectId } });
  }

  /** Locked: `write` for changes of the period itself, `read` for records that need the period to stay as it is. */
  findByProjectLocked(m: EntityManager, projectId: string, mode: 'write' | 'read'): Promise<MonitoringEntity | null> {
    return m.getRepository(MonitoringEntity).findOne({ where: { projectId }, lock: { mode: mode === 'write' ? 'pessimistic_write' : 'pessimistic_read' } });
  }

  findByIdLocked(m: EntityManager, id: string, mode: 'write' | 'read'): Promise<MonitoringEntity | null> {
    return m.getRepository(MonitoringEntity).findOne({ where: { id }, lock: { mode: mode === 'write' ? 'pessimistic_write' : 'pessimistic_read' } });
  }

  async insert(m: EntityManager, e: MonitoringEntity): Promise<void> {
    await m.getRepository(MonitoringEntity).insert(e);
  }

  async save(m: EntityManager, e: MonitoringEntity): Promise<void> {
    await m.getRepository(MonitoringEntity).save(e);
  }

  async setCompanyBin(m: EntityManager, projectId: string, bin: string): Promise<void> {
    await m.query(`UPDATE monitoring_period SET company_bin = $2, updated_at = now() WHERE project_id = $1 AND company_bin IS DISTINCT FROM $2`, [
      projectId,
      bin,
    ]);
  }

  /**
   * One period whose end or pool exclusion is due, locked so that replicas share the work
   * (`FOR UPDATE SKIP LOCKED`); `skip` holds the ids this run could not process.
   */
  nextDueForPeriodEnd(m: EntityManager, today: string, skip: string[]): Promise<MonitoringEntity | null> {
    return m
      .getRepository(MonitoringEntity)
      .createQueryBuilder('m')
      .where('m.exclusion_runs_on <= :today', { today })
      .andWhere(`(m.status = 'OPEN' OR m.pool_status = 'IN_NATIONAL_POOL')`)
      .andWhere('NOT (m.id = ANY(:skip))', { skip })
      .orderBy('m.exclusionRunsOn', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(1)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getOne();
  }

  page(scope: M3Scope, f: MonitoringFilter, skip: number, take: number): Promise<[MonitoringEntity[], number]> {
    const qb = applyScope(this.repo.createQueryBuilder('m'), 'm', scope);
    if (f.status) qb.andWhere('m.status = :status', { status: f.status });
    if (f.poolStatus) qb.andWhere('m.pool_status = :poolStatus', { poolStatus: f.poolStatus });
    if (f.regionCode) qb.andWhere('m.region_code = :region', { region: f.regionCode });
    if (f.endsBy) qb.andWhere('m.exclusion_runs_on <= :endsBy', { endsBy: f.endsBy });
    const s = sortOf(f.sort, '-createdAt', { startsOn: 'm.startsOn', exclusionRunsOn: 'm.exclusionRunsOn', createdAt: 'm.createdAt' });
    return qb.orderBy(s.column, s.order).addOrderBy('m.id', 'ASC').skip(skip).take(take).getManyAndCount();
  }

  async insertChange(m: EntityManager, c: ChangeEntity): Promise<void> {
    await m.getRepository(ChangeEntity).insert(c);
  }

  changes(monitoringId: string, f: { subject?: string; sort?: string }, skip: number, take: number, m?: EntityManager): Promise<[ChangeEntity[], number]> {
    const qb = (m ? m.getRepository(ChangeEntity) : this.repo.manager.getRepository(ChangeEntity))
      .createQueryBuilder('c')
      .where('c.monitoring_id = :id', { id: monitoringId });
    if (f.subject) qb.andWhere('c.subject = :subject', { subject: f.subject });
    const s = sortOf(f.sort, '-recordedAt', { recordedAt: 'c.recordedAt' });
    return qb.orderBy(s.column, s.order).addOrderBy('c.id', 'ASC').skip(skip).take(take).getManyAndCount();
  }
}
