import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  allowedInitiativeActions,
  decideInitiative,
  isInitiativeOverdue,
  type Actor,
  type DomainEvent,
  type InitiativeCommand,
  type InitiativeState,
  type RuleEdition,
} from '@ndip/domain';
import {
  CLOCK,
  RULE_EDITION,
  uuidv7,
  type AssignOfficerCommand,
  type Clock,
  type CommandMessage,
  type ConvertInitiativeCommand,
  type CreateInitiativeDto,
  type ExtendInitiativeCommand,
  type InitiativeIdDto,
  type ListInitiativesQueryDto,
  type Page,
  type RefuseRedirectCommand,
  type RequestRedirectCommand,
  type ReturnInitiativeCommand,
  type TransferInitiativeCommand,
  ReferenceDataCache,
} from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { ChangeRecorder, type ChangeOrigin } from '../common/change-recorder';
import { notFound, ownOrCountry, pageOf, paging } from '../common/query';
import { CompanyRepository } from '../company/company.repository';
import { CompanyService } from '../company/company.service';
import { MeetingService } from '../meeting/meeting.service';
import { VisitService } from '../visit/visit.service';
import { InitiativeEntity } from './initiative.entity';
import { InitiativeRepository } from './initiative.repository';

export type InitiativeView = InitiativeState & {
  version: number;
  sector: string | null;
  visitId: string | null;
  meetingIds: string[];
  /** I13: the action window has run out with no action. */
  overdue: boolean;
  /** The commands the caller could issue now (edition, role, status, scope and window checked). */
  allowedActions: string[];
};

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
    private readonly companyService: CompanyService,
    private readonly visits: VisitService,
    private readonly meetings: MeetingService,
    private readonly recorder: ChangeRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
    private readonly reference: ReferenceDataCache,
  ) {}

  async create(dto: CreateInitiativeDto, cmd: CommandMessage): Promise<InitiativeView> {
    const id = uuidv7(this.clock.now().getTime());
    return this.dataSource.transaction(async (m) => {
      const company = await this.companies.findForUpdate(m, dto.companyId);
      if (!company || !this.companyService.visible(company, cmd.actor)) throw notFound('company', dto.companyId, 'companyId');
      if (company.status !== 'ACTIVE') throw new DomainError(DomainErrorCode.WRONG_STATE, 'the company card was merged into another', { field: 'companyId' });
      const visit = dto.visitId ? await this.visits.forInitiative(m, dto.visitId, company.id, cmd.actor) : null;
      if (visit && (await this.initiatives.existsForVisit(m, visit.visitId))) {
        throw new DomainError(DomainErrorCode.CONFLICT, `visit ${visit.visitId} already has its initiative`, { field: 'visitId' });
      }
      const meetingIds = await this.meetings.requireVisible(m, dto.meetingIds, cmd.actor);
      const decision = this.decide(
        null,
        {
          type: 'CREATE',
          initiativeId: id,
          companyId: company.id,
          title: dto.title.trim(),
          countryCode: company.countryCode,
          visitEndedOn: visit?.visitEndedOn ?? null,
          kycStatus: await this.companyService.kycForInitiative(m, company),
        },
        cmd.actor,
      );
      const entity = m.create(InitiativeEntity, {
        id,
        companyId: company.id,
        originatorOrg: cmd.actor.organizationId,
        sector: company.sector,
        visitId: visit?.visitId ?? null,
        meetingIds,
        overdueFlaggedFor: null,
      });
      return this.persist(m, entity, null, decision, cmd, 'initiative.create');
    });
  }

  transfer(c: TransferInitiativeCommand, cmd: CommandMessage): Promise<InitiativeView> {
    return this.act(c.initiativeId, { type: 'TRANSFER', regionCode: c.regionCode }, cmd, 'initiative.transfer', async (m, e, before) => {
      // V6: the first transfer of an initiative that follows a visit closes the visit (T02 flag).
      if (e.visitId && before.transferCount === 0) await this.visits.recordInitiative(m, e.visitId, e.id, cmd);
    });
  }

  assignOfficer(c: AssignOfficerCommand, cmd: CommandMessage): Promise<InitiativeView> {
    return this.act(c.initiativeId, { type: 'ASSIGN_OFFICER', officerUserId: c.officerUserId }, cmd, 'initiative.assign-officer');
  }

  extend(c: ExtendInitiativeCommand, cmd: CommandMessage): Promise<InitiativeView> {
    return this.act(c.initiativeId, { type: 'EXTEND', days: c.days, reason: c.reason }, cmd, 'initiative.extend');
  }

  requestRedirect(c: RequestRedirectCommand, cmd: CommandMessage): Promise<InitiativeView> {
    return this.act(c.initiativeId, { type: 'REQUEST_REDIRECT', targetRegionCode: c.targetRegionCode, reason: c.reason }, cmd, 'initiative.request-redirect');
  }

  approveRedirect(c: InitiativeIdDto, cmd: CommandMessage): Promise<InitiativeView> {
    return this.act(c.initiativeId, { type: 'APPROVE_REDIRECT' }, cmd, 'initiative.approve-redirect');
  }

  refuseRedirect(c: RefuseRedirectCommand, cmd: CommandMessage): Promise<InitiativeView> {
    return this.act(c.initiativeId, { type: 'REFUSE_REDIRECT', reason: c.reason }, cmd, 'initiative.refuse-redirect');
  }

  returnToInitiator(c: ReturnInitiativeCommand, cmd: CommandMessage): Promise<InitiativeView> {
    return this.act(c.initiativeId, { type: 'RETURN', reason: c.reason }, cmd, 'initiative.return');
  }

  revertFromProject(c: ReturnInitiativeCommand, cmd: CommandMessage): Promise<InitiativeView> {
    return this.act(c.initiativeId, { type: 'REVERT_FROM_PROJECT', reason: c.reason }, cmd, 'initiative.revert-from-project');
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
    return this.view(await this.visibleOrNotFound(id, actor), actor);
  }

  /** The initiative if the actor may see it (also the check of the chat). */
  async visibleOrNotFound(id: string, actor: Actor, m?: EntityManager, field = 'id'): Promise<InitiativeEntity> {
    const e = await this.initiatives.findById(id, m);
    if (!e || !this.visible(e, actor)) throw notFound('initiative', id, field);
    return e;
  }

  async list(actor: Actor, q: ListInitiativesQueryDto): Promise<Page<InitiativeView>> {
    const p = paging(q);
    const [rows, total] = await this.initiatives.page(actor, q, this.clock.today(), p.skip, p.pageSize);
    return pageOf(rows, total, p, (e) => this.view(e, actor));
  }

  /** §9.3: NC/AB everything; MIO initiatives transferred to its region; FI/NCF what they created or their country's. */
  visible(e: InitiativeEntity, actor: Actor): boolean {
    switch (actor.role) {
      case 'NC':
      case 'AB':
        return true;
      case 'MIO':
        return e.regionCode !== null && e.regionCode === actor.regionCode;
      case 'FI':
      case 'NCF':
        return ownOrCountry(actor, e.originatorOrg, e.countryCode);
      default:
        return false;
    }
  }

  private async act(
    id: string,
    command: InitiativeCommand,
    cmd: CommandMessage,
    action: string,
    after?: (m: EntityManager, e: InitiativeEntity, before: InitiativeState) => Promise<void>,
  ): Promise<InitiativeView> {
    return this.dataSource.transaction(async (m) => {
      const entity = await this.initiatives.findForUpdate(m, id);
      if (!entity || !this.visible(entity, cmd.actor)) throw notFound('initiative', id, 'initiativeId');
      const before = entity.state;
      const decision = this.decide(before, command, cmd.actor);
      const v = await this.persist(m, entity, before, decision, cmd, action);
      if (after) await after(m, entity, before);
      return v;
    });
  }

  private decide(state: InitiativeState | null, command: InitiativeCommand, actor: Actor): { state: InitiativeState; events: DomainEvent[] } {
    const d = decideInitiative(state, command, { actor, today: this.clock.today(), edition: this.edition, calendar: this.reference.calendar() });
    if (!d.ok) throw d.error;
    return d;
  }

  private async persist(
    m: EntityManager,
    entity: InitiativeEntity,
    before: InitiativeState | null,
    decision: { state: InitiativeState; events: DomainEvent[] },
    origin: ChangeOrigin,
    action: string,
  ): Promise<InitiativeView> {
    const s = decision.state;
    Object.assign(entity, {
      status: s.status,
      title: s.title,
      regionCode: s.regionCode,
      countryCode: s.countryCode,
      actionDueOn: s.actionDueOn,
      edition: s.edition,
      state: s,
    });
    await this.initiatives.save(m, entity);
    await this.recorder.record(m, origin, decision.events, { action, entityType: 'initiative', entityId: entity.id, oldValue: before, newValue: s });
    return this.view(entity, origin.actor);
  }

  private view(e: InitiativeEntity, actor: Actor): InitiativeView {
    const ctx = { today: this.clock.today(), edition: this.edition };
    return {
      ...e.state,
      version: e.version,
      sector: e.sector,
      visitId: e.visitId,
      meetingIds: e.meetingIds,
      overdue: isInitiativeOverdue(e.state, ctx.today),
      allowedActions: e.state.edition === this.edition.code ? allowedInitiativeActions(e.state, actor, ctx) : [],
    };
  }
}
