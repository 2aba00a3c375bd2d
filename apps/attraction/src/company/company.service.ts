import { Inject, Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode, EVENT_TYPES, can, type Actor, type CompanyCreatedPayload, type RuleEdition } from '@ndip/domain';
import { CLOCK, OutboxWriter, RULE_EDITION, appendAudit, uuidv7, type Clock, type CommandMessage, type CreateCompanyDto, type Page } from '@ndip/platform';
import { DataSource } from 'typeorm';
import { CompanyEntity } from './company.entity';
import { CompanyRepository } from './company.repository';

export interface CompanyView {
  id: string;
  name: string;
  countryCode: string;
  bin: string | null;
  sector: string | null;
  website: string | null;
  createdAt: string;
}

function view(c: CompanyEntity): CompanyView {
  return { id: c.id, name: c.name, countryCode: c.countryCode, bin: c.bin, sector: c.sector, website: c.website, createdAt: c.createdAt.toISOString() };
}

/** Organisations that see every company card (§9.2 row "company card": NC and AB read). */
const READ_ALL = new Set<Actor['role']>(['NC', 'AB']);

@Injectable()
export class CompanyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly companies: CompanyRepository,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  async create(dto: CreateCompanyDto, cmd: CommandMessage): Promise<CompanyView> {
    if (!can(cmd.actor.role, 'company.manage', this.edition.code, 'act')) {
      throw new DomainError(DomainErrorCode.WRONG_ROLE, `${cmd.actor.role} may not create company cards`);
    }
    const now = this.clock.now();
    const id = uuidv7(now.getTime());
    return this.dataSource.transaction(async (m) => {
      const entity = m.create(CompanyEntity, {
        id,
        name: dto.name.trim(),
        countryCode: dto.countryCode,
        bin: dto.bin ?? null,
        sector: dto.sector ?? null,
        website: dto.website ?? null,
        createdByOrg: cmd.actor.organizationId,
        createdAt: now,
      });
      await this.companies.insert(entity, m);
      const payload: CompanyCreatedPayload = { companyId: id, name: entity.name, countryCode: entity.countryCode, bin: entity.bin, sector: entity.sector };
      await this.outbox.append(m, [{ type: EVENT_TYPES.companyCreated, version: 1, aggregateType: 'company', aggregateId: id, payload }], {
        actor: cmd.actor,
        correlationId: cmd.correlationId,
        causationId: null,
        ruleEdition: this.edition.code,
        occurredAt: now,
      });
      await appendAudit(m, {
        actor: cmd.actor,
        action: 'company.create',
        entityType: 'company',
        entityId: id,
        oldValue: null,
        newValue: payload,
        ruleEdition: this.edition.code,
        correlationId: cmd.correlationId,
      });
      return view(entity);
    });
  }

  async get(id: string, actor: Actor): Promise<CompanyView> {
    const c = await this.companies.findById(id);
    if (!c || !this.visible(c, actor)) throw new DomainError(DomainErrorCode.NOT_FOUND, `company ${id} not found`, { field: 'id' });
    return view(c);
  }

  async list(actor: Actor, page = 1, pageSize = 50): Promise<Page<CompanyView>> {
    if (!READ_ALL.has(actor.role) && !can(actor.role, 'company.manage', this.edition.code, 'read')) {
      throw new DomainError(DomainErrorCode.WRONG_ROLE, `${actor.role} may not read company cards`);
    }
    const [rows, total] = await this.companies.page((page - 1) * pageSize, pageSize, READ_ALL.has(actor.role) ? {} : { createdByOrg: actor.organizationId });
    return { items: rows.map(view), total, page, pageSize };
  }

  /** §9.3: FI/NCF see the cards they created; NC and AB see all. */
  private visible(c: CompanyEntity, actor: Actor): boolean {
    return READ_ALL.has(actor.role) || c.createdByOrg === actor.organizationId;
  }
}
