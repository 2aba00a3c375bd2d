import type { MeetingState, TripCardState } from '@ndip/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Meeting card (карточка встречи), 000 §40(4). The card lives in `state`; columns are copies for filtering and scoping. */
@Entity({ name: 'meeting' })
export class MeetingEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'company_id', type: 'uuid' }) companyId!: string;
  @Column({ name: 'country_code', type: 'char', length: 2 }) countryCode!: string;
  @Column({ name: 'originator_org', type: 'text' }) originatorOrg!: string;
  @Column({ name: 'held_on', type: 'date' }) heldOn!: string;
  @Column({ name: 'event_kind', type: 'text' }) eventKind!: string;
  @Column({ type: 'jsonb' }) state!: MeetingState;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

export interface TripCardDetails {
  countryCode: string;
  tripStartedOn: string;
  delegation: string;
  meetingIds: string[];
}

/** [E000] official-trip visit card (карточка визита), 000 §40(5): within 3 WD after the trip (T01). */
@Entity({ name: 'trip_card' })
export class TripCardEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'originator_org', type: 'text' }) originatorOrg!: string;
  @Column({ name: 'country_code', type: 'char', length: 2 }) countryCode!: string;
  @Column({ name: 'trip_ended_on', type: 'date' }) tripEndedOn!: string;
  @Column({ name: 'due_on', type: 'date' }) dueOn!: string;
  @Column('boolean') late!: boolean;
  @Column('text') edition!: string;
  @Column({ type: 'jsonb' }) details!: TripCardDetails;
  @Column({ type: 'jsonb' }) state!: TripCardState;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
