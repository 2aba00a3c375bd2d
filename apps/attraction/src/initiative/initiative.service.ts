import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  decideInitiative,
  type Actor,
  type DomainEvent,
  type InitiativeCommand,
  type InitiativeState,
  type RuleEdition,
} from '@ndip/domain';
import {
  CLOCK,
  OutboxWriter,
  RULE_EDITION,
  appendAudit,
  uuidv7,
  type AssignOfficerCommand,
  type Clock,
  type CommandMessage,
  type ConvertInitiativeCommand,
  type CreateInitiativeDto,
  type ListInitiativesQueryDto,
  type Page,
  type TransferInitiativeCommand,
} from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { CompanyRepository } from '../company/company.repository';
import { InitiativeEntity } from './initiative.entity';
import { InitiativeRepository } from './initiative.repository';

export type InitiativeView = InitiativeState & { version: number };

function view(e: InitiativeEntity): InitiativeView {
  return { ...e.state, version: e.version };
}

/**
 * Orchestrates SM-INIT: load (locked), decide with the pure machine, then save the state, the
 * outbox rows and the audit entry in one transaction.
 */
@Injectable()
export class InitiativeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly initiatives: InitiativeRepository,
    private readonly companies: CompanyRepository,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  async create(dto: CreateInitiativeDto, cmd: CommandMessage): Promise<InitiativeView> {
    const company = await this.companies.findById(dto.companyId);
    if (!company) throw new DomainError(DomainErrorCode.NOT_FOUND, `company ${dto.companyId} not found`, { field: 'companyId' });
    const id = uuidv7(this.clock.now().getTime());
    return this.dataSource.transaction(async (m) => {
      const decision = this.decide(
        null,
        { type: 'CREATE', initiativeId: id, companyId: company.id, title: dto.title.trim(), countryCode: company.countryCode },
        cmd.actor,
      );
      const entity = m.create(InitiativeEntity, { id, companyId: company.id, originatorOrg: cmd.actor.organizationId });
      return this.persist(m, entity, null, decision, cmd, 'initiative.create');
    });
  }

  transfer(c: TransferInitiativeCommand, cmd: CommandMessage): Promise<InitiativeView> {
    return this.act(c.initiativeId, { type: 'TRANSFER', regionCode: c.regionCode }, cmd, 'initiative.transfer');
  }

  assignOfficer(c: AssignOfficerCommand, cmd: CommandMessage): Promise<InitiativeView> {
    return this.act(c.initiativeId, { type: 'ASSIGN_OFFICER', officerUserId: c.officerUserId }, cmd, 'initiative.assign-officer');
  }

  async convert(c: ConvertInitiativeCommand, cmd: CommandMessage): Promise<InitiativeView> {
    const current = await this.initiatives.findById(c.initiativeId);
    const company = current ? await this.companies.findById(current.companyId) : null;
    return this.act(
      c.initiativeId,
      {
        type: 'CONVERT',
        companyName: company?.name ?? '',
        companyBin: c.companyBin,
        projectName: c.projectName.trim(),
        sector: c.sector ?? company?.sector ?? null,
        investmentAmountKzt: c.investmentAmountKzt,
        hasInvestmentContract: c.hasInvestmentContract,
      },
      cmd,
      'initiative.convert',
    );
  }

  async get(id: string, actor: Actor): Promise<InitiativeView> {
    const e = await this.initiatives.findById(id);
    if (!e || !this.visible(e, actor)) throw new DomainError(DomainErrorCode.NOT_FOUND, `initiative ${id} not found`, { field: 'id' });
    return view(e);
  }

  async list(actor: Actor, q: ListInitiativesQueryDto): Promise<Page<InitiativeView>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const [rows, total] = await this.initiatives.page(actor, { status: q.status, regionCode: q.regionCode }, (page - 1) * pageSize, pageSize);
    return { items: rows.map(view), total, page, pageSize };
  }

  /** §9.3: NC/AB everything; MIO its region; FI/NCF what they created or their country's. */
  private visible(e: InitiativeEntity, actor: Actor): boolean {
    switch (actor.role) {
      case 'NC':
      case 'AB':
        return true;
      case 'MIO':
        return e.regionCode !== null && e.regionCode === actor.regionCode;
      case 'FI':
      case 'NCF':
        return e.originatorOrg === actor.organizationId || e.countryCode === actor.countryCode;
      default:
        return false;
    }
  }

  private async act(id: string, command: InitiativeCommand, cmd: CommandMessage, action: string): Promise<InitiativeView> {
    return this.dataSource.transaction(async (m) => {
      const entity = await this.initiatives.findForUpdate(m, id);
      if (!entity || !this.visible(entity, cmd.actor)) {
        throw new DomainError(DomainErrorCode.NOT_FOUND, `initiative ${id} not found`, { field: 'initiativeId' });
      }
      const before = entity.state;
      const decision = this.decide(before, command, cmd.actor);
      return this.persist(m, entity, before, decision, cmd, action);
    });
  }

  private decide(state: InitiativeState | null, command: InitiativeCommand, actor: Actor): { state: InitiativeState; events: DomainEvent[] } {
    const d = decideInitiative(state, command, { actor, today: this.clock.today(), edition: this.edition });
    if (!d.ok) throw d.error;
    return d;
  }

  private async persist(
    m: EntityManager,
    entity: InitiativeEntity,
    before: InitiativeState | null,
    decision: { state: InitiativeState; events: DomainEvent[] },
    cmd: CommandMessage,
    action: string,
  ): Promise<InitiativeView> {
    const s = decision.state;
    Object.assign(entity, { status: s.status, regionCode: s.regionCode, countryCode: s.countryCode, edition: s.edition, state: s });
    await this.initiatives.save(m, entity);
    await this.outbox.append(m, decision.events, {
      actor: cmd.actor,
      correlationId: cmd.correlationId,
      causationId: null,
      ruleEdition: this.edition.code,
      occurredAt: this.clock.now(),
    });
    await appendAudit(m, {
      actor: cmd.actor,
      action,
      entityType: 'initiative',
      entityId: entity.id,
      oldValue: before,
      newValue: s,
      ruleEdition: this.edition.code,
      correlationId: cmd.correlationId,
    });
    return view(entity);
  }
}
