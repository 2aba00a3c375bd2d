import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  allowedVisitActions,
  can,
  decideVisit,
  type ActionCode,
  type Actor,
  type DomainEvent,
  type RuleEdition,
  type VisitCommand,
  type VisitState,
} from '@ndip/domain';
import {
  CLOCK,
  RULE_EDITION,
  uuidv7,
  type ApproveVisitCommand,
  type Clock,
  type CommandMessage,
  type CompleteVisitCommand,
  type DeclineVisitCommand,
  type ListVisitsQueryDto,
  type Page,
  type ProposeVisitDto,
  type VisitProgrammeCommand,
  ReferenceDataCache,
} from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { ChangeRecorder, type ChangeOrigin } from '../common/change-recorder';
import { notFound, ownOrCountry, pageOf, paging, requireAccess } from '../common/query';
import { CompanyRepository } from '../company/company.repository';
import { CompanyService } from '../company/company.service';
import { VisitEntity } from './visit.entity';
import { VISIT_PROGRAMME_STATUSES, VisitRepository } from './visit.repository';

/** The §9.2 rows of SM-VISIT: any cell in one of them lets the role list visits (scoped). */
const VISIT_ROWS: ActionCode[] = ['visit.register', 'visit.decide', 'visit.programme'];

export type VisitView = VisitState & { countryCode: string; version: number; allowedActions: string[] };

/** SM-VISIT: proposal → AB decision → programme and participants → visit card → initiative (T02 flag). */
@Injectable()
export class VisitService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly visits: VisitRepository,
    private readonly companies: CompanyRepository,
    private readonly companyService: CompanyService,
    private readonly recorder: ChangeRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
    private readonly reference: ReferenceDataCache,
  ) {}

  async propose(dto: ProposeVisitDto, cmd: CommandMessage): Promise<VisitView> {
    const id = uuidv7(this.clock.now().getTime());
    return this.dataSource.transaction(async (m) => {
      const company = await this.companies.findById(dto.companyId, m);
      if (!company || !this.companyService.visible(company, cmd.actor)) throw notFound('company', dto.companyId, 'companyId');
      if (company.status !== 'ACTIVE') throw new DomainError(DomainErrorCode.WRONG_STATE, 'the company card was merged into another', { field: 'companyId' });
      const d = this.decide(null, { type: 'PROPOSE', visitId: id, ...dto }, cmd.actor);
      const entity = m.create(VisitEntity, { id, companyId: company.id, countryCode: company.countryCode, originatorOrg: cmd.actor.organizationId });
      return this.persist(m, entity, null, d, cmd, 'visit.propose');
    });
  }

  approve(c: ApproveVisitCommand, cmd: CommandMessage): Promise<VisitView> {
    return this.act(c.visitId, { type: 'APPROVE', reason: c.reason }, cmd, 'visit.approve');
  }

  decline(c: DeclineVisitCommand, cmd: CommandMessage): Promise<VisitView> {
    return this.act(c.visitId, { type: 'DECLINE', reason: c.reason }, cmd, 'visit.decline');
  }

  setProgramme(c: VisitProgrammeCommand, cmd: CommandMessage): Promise<VisitView> {
    return this.act(c.visitId, { type: 'SET_PROGRAMME', programme: c.programme, participants: c.participants }, cmd, 'visit.programme');
  }

  complete(c: CompleteVisitCommand, cmd: CommandMessage): Promise<VisitView> {
    return this.act(c.visitId, { type: 'COMPLETE', visitEndedOn: c.visitEndedOn, agreements: c.agreements }, cmd, 'visit.complete');
  }

  async get(id: string, actor: Actor): Promise<VisitView> {
    const e = await this.visits.findById(id);
    if (!e || !this.visible(e, actor)) throw notFound('visit', id);
    return this.view(e, actor);
  }

  async list(actor: Actor, q: ListVisitsQueryDto): Promise<Page<VisitView>> {
    if (!VISIT_ROWS.some((a) => can(actor.role, a, this.edition.code, 'read'))) requireAccess(actor, 'visit.register', this.edition.code);
    const p = paging(q);
    const [rows, total] = await this.visits.page(actor, q, p.skip, p.pageSize);
    return pageOf(rows, total, p, (e) => this.view(e, actor));
  }

  /**
   * The completed visit an initiative is created from (A-08: the 3-WD clock applies only after a visit):
   * visible, of the same company, COMPLETED, registered by the actor's organisation.
   */
  async forInitiative(m: EntityManager, visitId: string, companyId: string, actor: Actor): Promise<VisitState> {
    const e = await this.visits.findForUpdate(m, visitId);
    if (!e || !this.visible(e, actor)) throw notFound('visit', visitId, 'visitId');
    if (e.companyId !== companyId) throw new DomainError(DomainErrorCode.INVALID_INPUT, 'the visit is of another company', { field: 'visitId' });
    // A dry run of V6: the visit must be COMPLETED and registered by the actor's organisation.
    this.decide(e.state, { type: 'RECORD_INITIATIVE', initiativeId: 'pending' }, actor);
    return e.state;
  }

  /** V6: the initiative that follows the visit was created and transferred (late flag after 3 WD, T02). */
  async recordInitiative(m: EntityManager, visitId: string, initiativeId: string, origin: ChangeOrigin): Promise<void> {
    const e = await this.visits.findForUpdate(m, visitId);
    if (!e || e.status !== 'COMPLETED') return;
    const d = this.decide(e.state, { type: 'RECORD_INITIATIVE', initiativeId }, origin.actor);
    await this.persist(m, e, e.state, d, origin, 'visit.record-initiative');
  }

  private async act(id: string, command: VisitCommand, cmd: CommandMessage, action: string): Promise<VisitView> {
    return this.dataSource.transaction(async (m) => {
      const e = await this.visits.findForUpdate(m, id);
      if (!e || !this.visible(e, cmd.actor)) throw notFound('visit', id, 'visitId');
      return this.persist(m, e, e.state, this.decide(e.state, command, cmd.actor), cmd, action);
    });
  }

  private decide(state: VisitState | null, command: VisitCommand, actor: Actor): { state: VisitState; events: DomainEvent[] } {
    const d = decideVisit(state, command, { actor, today: this.clock.today(), edition: this.edition, calendar: this.reference.calendar() });
    if (!d.ok) throw d.error;
    return d;
  }

  private async persist(
    m: EntityManager,
    e: VisitEntity,
    before: VisitState | null,
    d: { state: VisitState; events: DomainEvent[] },
    origin: ChangeOrigin,
    action: string,
  ): Promise<VisitView> {
    Object.assign(e, { status: d.state.status, plannedFrom: d.state.plannedFrom, edition: d.state.edition, state: d.state });
    await this.visits.save(m, e);
    await this.recorder.record(m, origin, d.events, { action, entityType: 'visit', entityId: e.id, oldValue: before, newValue: d.state });
    return this.view(e, origin.actor);
  }

  private view(e: VisitEntity, actor: Actor): VisitView {
    return {
      ...e.state,
      countryCode: e.countryCode,
      version: e.version,
      allowedActions: allowedVisitActions(e.state, actor, { today: this.clock.today(), edition: this.edition }),
    };
  }

  /** §9.3: AB all; FI/NCF their own and their country's; MIO/CSB (programme) once AB approved the visit. */
  private visible(e: VisitEntity, actor: Actor): boolean {
    switch (actor.role) {
      case 'AB':
        return true;
      case 'FI':
      case 'NCF':
        return ownOrCountry(actor, e.originatorOrg, e.countryCode);
      case 'MIO':
      case 'CSB':
        return (VISIT_PROGRAMME_STATUSES as readonly string[]).includes(e.status);
      default:
        return false;
    }
  }
}
