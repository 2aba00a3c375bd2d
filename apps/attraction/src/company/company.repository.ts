import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { CompanyEntity } from './company.entity';

@Injectable()
export class CompanyRepository {
  constructor(@InjectRepository(CompanyEntity) private readonly repo: Repository<CompanyEntity>) {}

  private r(m?: EntityManager): Repository<CompanyEntity> {
    return m ? m.getRepository(CompanyEntity) : this.repo;
  }

  findById(id: string, m?: EntityManager): Promise<CompanyEntity | null> {
    return this.r(m).findOne({ where: { id } });
  }

  async insert(c: CompanyEntity, m?: EntityManager): Promise<void> {
    await this.r(m).insert(c);
  }

  async page(skip: number, take: number, filter: { createdByOrg?: string }): Promise<[CompanyEntity[], number]> {
    return this.repo.findAndCount({
      where: filter.createdByOrg ? { createdByOrg: filter.createdByOrg } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      skip,
      take,
    });
  }
}
