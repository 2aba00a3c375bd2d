import type { M3IssueCategory, M3IssueKind, M3IssueStatus } from '@ndip/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A problem issue or climate proposal of the investor in Module 3 (000 §61; SM-M3 P1/P2). */
@Entity({ name: 'm3_issue' })
export class IssueEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'monitoring_id', type: 'uuid' }) monitoringId!: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId!: string;
  @Column({ name: 'region_code', type: 'char', length: 9 }) regionCode!: string;
  @Column({ name: 'company_bin', type: 'char', length: 12 }) companyBin!: string;
  @Column({ name: 'raised_by_user_id', type: 'text' }) raisedByUserId!: string;
  @Column({ name: 'raised_by_organization_id', type: 'text' }) raisedByOrganizationId!: string;
  @Column('text') kind!: M3IssueKind;
  @Column('text') category!: M3IssueCategory;
  @Column('text') title!: string;
  @Column('text') description!: string;
  @Column('text') status!: M3IssueStatus;
  @Column({ name: 'raised_on', type: 'date' }) raisedOn!: string;
  @Column({ name: 'sla_working_days', type: 'int' }) slaWorkingDays!: number;
  @Column({ name: 'due_on', type: 'date' }) dueOn!: string;
  @Column({ name: 'triage_note', type: 'text', nullable: true }) triageNote!: string | null;
  @Column({ name: 'assigned_agency', type: 'text', nullable: true }) assignedAgency!: string | null;
  @Column({ name: 'assigned_on', type: 'date', nullable: true }) assignedOn!: string | null;
  @Column({ type: 'text', nullable: true }) answer!: string | null;
  @Column({ name: 'answered_on', type: 'date', nullable: true }) answeredOn!: string | null;
  @Column({ name: 'closed_on', type: 'date', nullable: true }) closedOn!: string | null;
  @Column({ name: 'sla_breached', type: 'boolean' }) slaBreached!: boolean;
  @Column({ name: 'escalated_on', type: 'date', nullable: true }) escalatedOn!: string | null;
  @Column('text') edition!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
