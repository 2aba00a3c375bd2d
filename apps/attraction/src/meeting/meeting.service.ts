import { Inject, Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode, decideMeeting, decideTripCard, type Actor, type MeetingState, type RuleEdition, type TripCardState } from '@ndip/domain';
import {
  CLOCK,
  RULE_EDITION,
  uuidv7,
  type Clock,
  type CommandMessage,
  type CreateMeetingDto,
  type ListMeetingsQueryDto,
  type ListTripCardsQueryDto,
  type Page,
  type SubmitTripCardDto,
  type UpdateMeetingCommand,
} from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { ChangeRecorder } from '../common/change-recorder';
import { notFound, ownOrCountry, pageOf, paging, requireAccess } from '../common/query';
import { CompanyRepository } from '../company/company.repository';
import { CompanyService } from '../company/company.service';
import { MeetingEntity, TripCardEntity, type TripCardDetails } from './meeting.entity';
import { MEETING_READ_ALL, MeetingRepository } from './meeting.repository';

export type MeetingView = MeetingState & { createdAt: string };
export type TripCardView = TripCardState & TripCardDetails & { createdAt: string };

const meetingView = (e: MeetingEntity): MeetingView => ({ ...e.state, createdAt: e.createdAt.toISOString() });
const tripView = (e: TripCardEntity): TripCardView => ({ ...e.state, ...e.details, createdAt: e.createdAt.toISOString() });

/** Meeting cards (000 §40(4)) and [E000] official-trip visit cards (000 §40(5)). */
@Injectable()
export class MeetingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingRepository,
    private readonly companies: CompanyRepository,
    private readonly companyService: CompanyService,
    private readonly recorder: ChangeRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  async create(dto: CreateMeetingDto, cmd: CommandMessage): Promise<MeetingView> {
    const id = uuidv7(this.clock.now().getTime());
    return this.dataSource.transaction(async (m) => {
      const company = await this.companies.findById(dto.companyId, m);
      if (!company || !this.companyService.visible(company, cmd.actor)) throw notFound('company', dto.companyId, 'companyId');
      const d = decideMeeting(
        null,
        { type: 'RECORD', meetingId: id, ...dto, countryCode: company.countryCode },
        { actor: cmd.actor, today: this.clock.today(), edition: this.edition },
      );
      if (!d.ok) throw d.error;
      const s = d.state;
      const entity = m.create(MeetingEntity, {
        id,
        companyId: company.id,
        countryCode: s.countryCode,
        originatorOrg: s.originatorOrganizationId,
        heldOn: s.heldOn,
        eventKind: s.eventKind,
        state: s,
        createdAt: this.clock.now(),
      });
      await this.meetings.insert(m, entity);
      await this.recorder.record(m, cmd, d.events, { action: 'meeting.create', entityType: 'meeting', entityId: id, oldValue: null, newValue: s });
      return meetingView(entity);
    });
  }

  /**
   * Corrects a meeting card (decideMeeting UPDATE): only the given fields change; only the recording
   * organisation; NOT_FOUND when the card is not visible (§9.3). Audit old → new, `attraction.meeting.updated`.
   */
  async update(c: UpdateMeetingCommand, cmd: CommandMessage): Promise<MeetingView> {
    const { id, ...changes } = c;
    return this.dataSource.transaction(async (m) => {
      const e = await this.meetings.findForUpdate(m, id);
      if (!e || !this.visible(e, cmd.actor)) throw notFound('meeting', id);
      const before = e.state;
      const d = decideMeeting(before, { type: 'UPDATE', changes }, { actor: cmd.actor, today: this.clock.today(), edition: this.edition });
      if (!d.ok) throw d.error;
      Object.assign(e, { heldOn: d.state.heldOn, eventKind: d.state.eventKind, state: d.state });
      await this.meetings.save(m, e);
      await this.recorder.record(m, cmd, d.events, { action: 'meeting.update', entityType: 'meeting', entityId: id, oldValue: before, newValue: d.state });
      return meetingView(e);
    });
  }

  async get(id: string, actor: Actor): Promise<MeetingView> {
    const e = await this.meetings.findById(id);
    if (!e || !this.visible(e, actor)) throw notFound('meeting', id);
    return meetingView(e);
  }

  async list(actor: Actor, q: ListMeetingsQueryDto): Promise<Page<MeetingView>> {
    requireAccess(actor, 'meeting.create', this.edition.code);
    const p = paging(q);
    const [rows, total] = await this.meetings.page(actor, q, p.skip, p.pageSize);
    return pageOf(rows, total, p, meetingView);
  }

  /** Meeting cards the actor may link (to an initiative or a trip card): all must exist and be visible. */
  async requireVisible(m: EntityManager, ids: string[] | undefined, actor: Actor, field = 'meetingIds'): Promise<string[]> {
    const unique = [...new Set(ids ?? [])];
    const found = await this.meetings.findMany(unique, m);
    const ok = new Set(found.filter((e) => this.visible(e, actor)).map((e) => e.id));
    const missing = unique.find((id) => !ok.has(id));
    if (missing) throw notFound('meeting', missing, field);
    return unique;
  }

  async submitTripCard(dto: SubmitTripCardDto, cmd: CommandMessage): Promise<TripCardView> {
    const id = uuidv7(this.clock.now().getTime());
    return this.dataSource.transaction(async (m) => {
      const d = decideTripCard(
        null,
        { type: 'SUBMIT', tripCardId: id, tripEndedOn: dto.tripEndedOn, investmentEvents: dto.investmentEvents },
        { actor: cmd.actor, today: this.clock.today(), edition: this.edition },
      );
      if (!d.ok) throw d.error;
      if (dto.tripStartedOn > dto.tripEndedOn) {
        throw new DomainError(DomainErrorCode.INVALID_INPUT, 'tripEndedOn is before tripStartedOn', { field: 'tripEndedOn' });
      }
      const meetingIds = await this.requireVisible(m, dto.meetingIds, cmd.actor);
      const details: TripCardDetails = { countryCode: dto.countryCode, tripStartedOn: dto.tripStartedOn, delegation: dto.delegation.trim(), meetingIds };
      const entity = m.create(TripCardEntity, {
        id,
        originatorOrg: cmd.actor.organizationId,
        countryCode: dto.countryCode,
        tripEndedOn: d.state.tripEndedOn,
        dueOn: d.state.dueOn,
        late: d.state.late,
        edition: d.state.edition,
        details,
        state: d.state,
        createdAt: this.clock.now(),
      });
      await this.meetings.insertTrip(m, entity);
      await this.recorder.record(m, cmd, d.events, {
        action: 'trip-card.submit',
        entityType: 'trip-card',
        entityId: id,
        oldValue: null,
        newValue: { ...d.state, ...details },
      });
      return tripView(entity);
    });
  }

  async listTripCards(actor: Actor, q: ListTripCardsQueryDto): Promise<Page<TripCardView>> {
    requireAccess(actor, 'trip-card.submit', this.edition.code);
    const p = paging(q);
    const [rows, total] = await this.meetings.tripPage(actor, q, p.skip, p.pageSize);
    return pageOf(rows, total, p, tripView);
  }

  /** §9.3: FI/NCF their own cards and their country's; NC and AB all. */
  private visible(e: MeetingEntity, actor: Actor): boolean {
    return MEETING_READ_ALL.has(actor.role) || ((actor.role === 'FI' || actor.role === 'NCF') && ownOrCountry(actor, e.originatorOrg, e.countryCode));
  }
}
