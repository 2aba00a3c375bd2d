import type { M3KpiStatus } from '@ndip/domain';
import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** One planned KPI report of the investor (jobs created, capital actually spent, output) for one period. */
@Entity({ name: 'm3_kpi_report' })
export class KpiReportEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'monitoring_id', type: 'uuid' }) monitoringId!: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId!: string;
  @Column({ name: 'period_no', type: 'int' }) periodNo!: number;
  @Column({ name: 'period_start', type: 'date' }) periodStart!: string;
  @Column({ name: 'period_end', type: 'date' }) periodEnd!: string;
  @Column({ name: 'due_on', type: 'date' }) dueOn!: string;
  @Column({ name: 'remind_on', type: 'date' }) remindOn!: string;
  @Column('text') status!: M3KpiStatus;
  @Column({ name: 'reminded_on', type: 'date', nullable: true }) remindedOn!: string | null;
  @Column('boolean') overdue!: boolean;
  @Column({ name: 'overdue_on', type: 'date', nullable: true }) overdueOn!: string | null;
  @Column({ name: 'jobs_created', type: 'int', nullable: true }) jobsCreated!: number | null;
  /** Whole tenge; numeric in the database, string here. */
  @Column({ name: 'capital_spent_kzt', type: 'numeric', precision: 20, scale: 0, nullable: true }) capitalSpentKzt!: string | null;
  @Column({ name: 'output_kzt', type: 'numeric', precision: 20, scale: 0, nullable: true }) outputKzt!: string | null;
  @Column({ name: 'submitted_on', type: 'date', nullable: true }) submittedOn!: string | null;
  @Column({ name: 'submitted_by_user_id', type: 'text', nullable: true }) submittedByUserId!: string | null;
  @Column('text') edition!: string;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
