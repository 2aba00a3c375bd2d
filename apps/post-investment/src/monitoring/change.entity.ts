import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One entry of the change log of a project and its investment contract (000 §62): what, old → new, who, when, why. */
@Entity({ name: 'm3_change' })
export class ChangeEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'monitoring_id', type: 'uuid' }) monitoringId!: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId!: string;
  @Column('text') subject!: 'PROJECT' | 'INVESTMENT_CONTRACT';
  @Column('text') field!: string;
  @Column({ name: 'old_value', type: 'text', nullable: true }) oldValue!: string | null;
  @Column({ name: 'new_value', type: 'text', nullable: true }) newValue!: string | null;
  @Column('text') reason!: string;
  @Column({ name: 'recorded_on', type: 'date' }) recordedOn!: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
  @Column({ name: 'recorded_by_user_id', type: 'text' }) recordedByUserId!: string;
  @Column({ name: 'recorded_by_organization_id', type: 'text' }) recordedByOrganizationId!: string;
  @Column({ name: 'recorded_by_role', type: 'text' }) recordedByRole!: string;
  @Column('text') edition!: string;
}
