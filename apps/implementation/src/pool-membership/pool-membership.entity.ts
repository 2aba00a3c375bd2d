import type { PoolState } from '@ndip/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** SM-POOL state of one project (rules.md §6.3) in `state`; the columns beside it are copies for filtering. */
@Entity({ name: 'pool_membership' })
export class PoolMembershipEntity {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' }) projectId!: string;
  @Column({ name: 'region_code', type: 'char', length: 9 }) regionCode!: string;
  @Column('text') pool!: 'NATIONAL' | 'REGIONAL';
  @Column('text') status!: string;
  @Column('text') edition!: string;
  @Column({ type: 'jsonb' }) state!: PoolState;
  @Column({ name: 'pending_request_id', type: 'uuid', nullable: true }) pendingRequestId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}

/** A suspension / exclusion / resumption request to AB and its decision (T11: 5 WD). */
@Entity({ name: 'pool_request' })
export class PoolRequestEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId!: string;
  @Column('text') kind!: string;
  @Column({ type: 'text', array: true }) grounds!: string[];
  @Column('text') justification!: string;
  @Column({ name: 'submitted_on', type: 'date' }) submittedOn!: string;
  @Column({ name: 'submitted_by_organization_id', type: 'text' }) submittedByOrganizationId!: string;
  @Column({ name: 'submitted_by_role', type: 'text' }) submittedByRole!: string;
  @Column({ name: 'decision_due_on', type: 'date' }) decisionDueOn!: string;
  @Column('text') status!: 'PENDING' | 'DECIDED';
  @Column({ type: 'text', nullable: true }) decision!: string | null;
  @Column({ name: 'decided_on', type: 'date', nullable: true }) decidedOn!: string | null;
  @Column({ name: 'decided_late', type: 'boolean', nullable: true }) decidedLate!: boolean | null;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column('text') edition!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
