import type { SvcState } from '@ndip/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** SM-SVC: a state-service application through the one-stop shop; the state in `state`, copies beside it for scoping. */
@Entity({ name: 'service_application' })
export class StateServiceEntity {
  @PrimaryColumn('uuid') id!: string;
  /** Form field 1: the region of the front office the application is addressed to. */
  @Column({ name: 'region_code', type: 'char', length: 9 }) regionCode!: string;
  @Column({ name: 'project_id', type: 'uuid', nullable: true }) projectId!: string | null;
  @Column({ name: 'applicant_organization_id', type: 'text' }) applicantOrganizationId!: string;
  @Column({ name: 'provider_organization_id', type: 'text', nullable: true }) providerOrganizationId!: string | null;
  @Column('text') status!: string;
  @Column({ name: 'provider_due_on', type: 'date', nullable: true }) providerDueOn!: string | null;
  @Column('text') edition!: string;
  @Column({ type: 'jsonb' }) state!: SvcState;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
