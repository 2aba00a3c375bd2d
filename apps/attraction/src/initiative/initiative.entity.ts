import type { InitiativeState } from '@ndip/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * Initiative (инициатива). The whole SM-INIT state lives in `state` (jsonb); the columns beside it
 * are copies for filtering and scoping, and the links to the visit and meeting cards it came from.
 */
@Entity({ name: 'initiative' })
export class InitiativeEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'company_id', type: 'uuid' }) companyId!: string;
  @Column('text') status!: string;
  @Column('text') title!: string;
  @Column({ name: 'region_code', type: 'char', length: 9, nullable: true }) regionCode!: string | null;
  @Column({ name: 'country_code', type: 'char', length: 2 }) countryCode!: string;
  @Column({ type: 'text', nullable: true }) sector!: string | null;
  @Column({ name: 'action_due_on', type: 'date', nullable: true }) actionDueOn!: string | null;
  @Column({ name: 'originator_org', type: 'text' }) originatorOrg!: string;
  @Column({ name: 'visit_id', type: 'uuid', nullable: true }) visitId!: string | null;
  @Column({ name: 'meeting_ids', type: 'jsonb' }) meetingIds!: string[];
  /** The deadline an `attraction.initiative.overdue` notice was published for (I13, once per deadline). */
  @Column({ name: 'overdue_flagged_for', type: 'date', nullable: true }) overdueFlaggedFor!: string | null;
  @Column('text') edition!: string;
  @Column({ type: 'jsonb' }) state!: InitiativeState;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
