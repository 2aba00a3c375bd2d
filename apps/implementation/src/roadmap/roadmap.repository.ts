import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { RoadmapEntity } from './roadmap.entity';

@Injectable()
export class RoadmapRepository {
  constructor(@InjectRepository(RoadmapEntity) private readonly repo: Repository<RoadmapEntity>) {}

  findByProjectForUpdate(m: EntityManager, projectId: string): Promise<RoadmapEntity | null> {
    return m.getRepository(RoadmapEntity).findOne({ where: { projectId }, lock: { mode: 'pessimistic_write' } });
  }

  findByProject(projectId: string): Promise<RoadmapEntity | null> {
    return this.repo.findOne({ where: { projectId } });
  }

  async save(m: EntityManager, r: RoadmapEntity): Promise<void> {
    await m.getRepository(RoadmapEntity).save(r);
  }
}
