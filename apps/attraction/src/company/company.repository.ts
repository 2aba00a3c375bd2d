import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Actor } from '@ndip/domain';
import type { ListCompaniesQueryDto } from '@ndip/platform';
import { type EntityManager, type Repository, type SelectQueryBuilder } from 'typeorm';
import { applySort, whereOwnOrCountry } from '../common/query';
import { CompanyEntity, ContactEntity } from './company.entity';
import { KycCheckEntity } from './kyc-check.entity';

/** Roles that read every company card (§9.2 "company card": NC r, AB r; ADMIN acts as NC). */
export const COMPANY_READ_ALL: ReadonlySet<string> = new Set(['NC', 'AB', 'ADMIN']);

/** Tables whose rows point at a company and follow it when a duplicate card is merged. */
const COMPANY_REFERENCES = ['company_contact', 'kyc_check', 'meeting', 'visit', 'initiative'] as const;
const WITH_STATE = new Set<string>(['meeting', 'visit', 'initiative']);

@Injectable()
export class CompanyRepository {
  constructor(@InjectRepository(CompanyEntity) private readonly repo: Repository<CompanyEntity>) {}

  private r(m?: EntityManager): Repository<CompanyEntity> {
    return m ? m.getRepository(CompanyEntity) : this.repo;
  }

  findById(id: string, m?: EntityManager): Promise<CompanyEntity | null> {
    return this.r(m).findOne({ where: { id } });
  }

  findForUpdate(m: EntityManager, id: string): Promise<CompanyEntity | null> {
    return m.getRepository(CompanyEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByBin(bin: string, m?: EntityManager): Promise<CompanyEntity | null> {
    return this.r(m).findOne({ where: { bin } });
  }

  async insert(c: CompanyEntity, m?: EntityManager): Promise<void> {
    await this.r(m).insert(c);
  }

  async save(m: EntityManager, c: CompanyEntity): Promise<void> {
    await m.getRepository(CompanyEntity).save(c);
  }

  /** §9.3 in SQL: NC/AB everything; FI/NCF their own cards and their country's. */
  private scoped(actor: Actor, m?: EntityManager): SelectQueryBuilder<CompanyEntity> {
    const qb = this.r(m).createQueryBuilder('c');
    if (!COMPANY_READ_ALL.has(actor.role)) whereOwnOrCountry(qb, 'c', 'created_by_org', actor);
    return qb;
  }

  async page(actor: Actor, q: ListCompaniesQueryDto, skip: number, take: number): Promise<[CompanyEntity[], number]> {
    const qb = this.scoped(actor);
    if (q.countryCode) qb.andWhere('c.country_code = :country', { country: q.countryCode });
    if (q.sector) qb.andWhere('c.sector = :sector', { sector: q.sector });
    qb.andWhere('c.status = :status', { status: q.status ?? 'ACTIVE' });
    if (q.q) qb.andWhere(`c.name ILIKE :name ESCAPE '\\'`, { name: `%${q.q.replace(/[\\%_]/g, (x) => `\\${x}`)}%` });
    applySort(qb, q.sort, '-createdAt', { name: 'lower(c.name)', createdAt: 'c.created_at' });
    return qb.skip(skip).take(take).getManyAndCount();
  }

  /** Active cards the actor can see that look like the same company: same name and country, or same BIN. */
  duplicatesOf(actor: Actor, c: { id: string; dupKey: string; bin: string | null }, m?: EntityManager): Promise<CompanyEntity[]> {
    const qb = this.scoped(actor, m)
      .andWhere('c.status = :active', { active: 'ACTIVE' })
      .andWhere('c.id <> :self', { self: c.id })
      .andWhere(c.bin ? '(c.dup_key = :key OR c.bin = :bin)' : 'c.dup_key = :key', { key: c.dupKey, bin: c.bin });
    return qb.orderBy('c.created_at', 'ASC').addOrderBy('c.id', 'ASC').take(50).getMany();
  }

  /** Moves every record of `fromId` to `intoId` (merge of a duplicate card). */
  async repoint(m: EntityManager, fromId: string, intoId: string): Promise<Record<string, number>> {
    const moved: Record<string, number> = {};
    for (const table of COMPANY_REFERENCES) {
      const set = WITH_STATE.has(table) ? `company_id = $2::uuid, state = jsonb_set(state, '{companyId}', to_jsonb($3::text))` : 'company_id = $2::uuid';
      const params = WITH_STATE.has(table) ? [fromId, intoId, intoId] : [fromId, intoId];
      const [, n] = (await m.query(`UPDATE ${table} SET ${set} WHERE company_id = $1::uuid`, params)) as [unknown, number];
      moved[table] = n;
    }
    return moved;
  }

  async insertContact(m: EntityManager, c: ContactEntity): Promise<void> {
    await m.getRepository(ContactEntity).insert(c);
  }

  findContactForUpdate(m: EntityManager, companyId: string, contactId: string): Promise<ContactEntity | null> {
    return m.getRepository(ContactEntity).findOne({ where: { id: contactId, companyId }, lock: { mode: 'pessimistic_write' } });
  }

  async saveContact(m: EntityManager, c: ContactEntity): Promise<void> {
    await m.getRepository(ContactEntity).save(c);
  }

  contacts(companyId: string, skip: number, take: number): Promise<[ContactEntity[], number]> {
    return this.repo.manager.getRepository(ContactEntity).findAndCount({ where: { companyId }, order: { createdAt: 'ASC', id: 'ASC' }, skip, take });
  }

  openKycForUpdate(m: EntityManager, companyId: string): Promise<KycCheckEntity | null> {
    return m.getRepository(KycCheckEntity).findOne({ where: { companyId, status: 'IN_PROGRESS' }, lock: { mode: 'pessimistic_write' } });
  }

  /** The company's latest check (the one `company.kyc_status` reflects), locked when `lock` is set. */
  latestKyc(m: EntityManager, companyId: string, lock = false): Promise<KycCheckEntity | null> {
    return m.getRepository(KycCheckEntity).findOne({
      where: { companyId },
      order: { createdAt: 'DESC', id: 'DESC' },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  async saveKyc(m: EntityManager, k: KycCheckEntity): Promise<void> {
    await m.getRepository(KycCheckEntity).save(k);
  }

  kycChecks(companyId: string, skip: number, take: number): Promise<[KycCheckEntity[], number]> {
    return this.repo.manager.getRepository(KycCheckEntity).findAndCount({ where: { companyId }, order: { createdAt: 'DESC', id: 'DESC' }, skip, take });
  }
}
