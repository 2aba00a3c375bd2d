import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Actor } from '@ndip/domain';
import type { ListMeetingsQueryDto, ListTripCardsQueryDto } from '@ndip/platform';
import { In, type EntityManager, type Repository } from 'typeorm';
import { applySort, whereOwnOrCountry } from '../common/query';
import { MeetingEntity, TripCardEntity } from './meeting.entity';

/** Roles that read every meeting card (§9.2 "Create meeting card": NC r, AB R; ADMIN acts as NC). */
export const MEETING_READ_ALL: ReadonlySet<string> = new Set(['NC', 'AB', 'ADMIN']);

@Injectable()
export class MeetingRepository {
  constructor(
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    @InjectRepository(TripCardEntity) private readonly trips: Repository<TripCardEntity>,
  ) {}

  findById(id: string): Promise<MeetingEntity | null> {
    return this.meetings.findOne({ where: { id } });
  }

  findMany(ids: string[], m?: EntityManager): Promise<MeetingEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return (m ? m.getRepository(MeetingEntity) : this.meetings).find({ where: { id: In(ids) } });
  }

  async insert(m: EntityManager, e: MeetingEntity): Promise<void> {
    await m.getRepository(MeetingEntity).insert(e);
  }

  findForUpdate(m: EntityManager, id: string): Promise<MeetingEntity | null> {
    return m.getRepository(MeetingEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async save(m: EntityManager, e: MeetingEntity): Promise<void> {
    await m.getRepository(MeetingEntity).save(e);
  }

  async page(actor: Actor, q: ListMeetingsQueryDto, skip: number, take: number): Promise<[MeetingEntity[], number]> {
    const qb = this.meetings.createQueryBuilder('m');
    if (!MEETING_READ_ALL.has(actor.role)) whereOwnOrCountry(qb, 'm', 'originator_org', actor);
    if (q.companyId) qb.andWhere('m.company_id = :company', { company: q.companyId });
    if (q.countryCode) qb.andWhere('m.country_code = :country', { country: q.countryCode });
    if (q.eventKind) qb.andWhere('m.event_kind = :kind', { kind: q.eventKind });
    if (q.from) qb.andWhere('m.held_on >= :from', { from: q.from });
    if (q.to) qb.andWhere('m.held_on <= :to', { to: q.to });
    applySort(qb, q.sort, '-heldOn', { heldOn: 'm.held_on', createdAt: 'm.created_at' });
    return qb.skip(skip).take(take).getManyAndCount();
  }

  async insertTrip(m: EntityManager, e: TripCardEntity): Promise<void> {
    await m.getRepository(TripCardEntity).insert(e);
  }

  async tripPage(actor: Actor, q: ListTripCardsQueryDto, skip: number, take: number): Promise<[TripCardEntity[], number]> {
    const qb = this.trips.createQueryBuilder('t');
    if (actor.role !== 'AB') whereOwnOrCountry(qb, 't', 'originator_org', actor);
    if (q.countryCode) qb.andWhere('t.country_code = :country', { country: q.countryCode });
    if (q.late !== undefined) qb.andWhere('t.late = :late', { late: q.late });
    applySort(qb, q.sort, '-tripEndedOn', { tripEndedOn: 't.trip_ended_on', createdAt: 't.created_at' });
    return qb.skip(skip).take(take).getManyAndCount();
  }
}
