import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export type MonitoringStatus = 'OPEN' | 'PERIOD_ENDED' | 'COMPLETED' | 'ARCHIVED';
/** the pool status moves by date, separately from the Module 3 status. */
export type PoolStatus = 'IN_NATIONAL_POOL' | 'EXCLUDED' | 'NOT_IN_NATIONAL_POOL';

/** The post-investment period of a project (000 §36, §61–64; 001 §34, §69–71). */
@Entity({ name: 'monitoring_period' })
export class MonitoringEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId!: string;
  @Column({ name: 'region_code', type: 'char', length: 9 }) regionCode!: string;
  @Column('text') pool!: 'NATIONAL' | 'REGIONAL';
  /** Module 3 entry: the NCH validation date. */
  @Column({ name: 'starts_on', type: 'date' }) startsOn!: string;
  /** rules.md §4.7 auto-exclusion date: the 3-year anniversary, or the contract's last day. */
  @Column({ name: 'ends_on', type: 'date' }) endsOn!: string;
  @Column({ name: 'investment_contract_expires_on', type: 'date', nullable: true }) investmentContractExpiresOn!: string | null;
  @Column('text') basis!: 'THREE_YEARS' | 'INVESTMENT_CONTRACT';
  /** The day the period is over and the exclusion job acts (00:00 Asia/Almaty). */
  @Column({ name: 'exclusion_runs_on', type: 'date' }) exclusionRunsOn!: string;
  @Column({ name: 'pool_status', type: 'text' }) poolStatus!: PoolStatus;
  @Column({ name: 'pool_excluded_on', type: 'date', nullable: true }) poolExcludedOn!: string | null;
  /** BIN of the investor company, once Module 3 knows it (from the conversion event). */
  @Column({ name: 'company_bin', type: 'char', length: 12, nullable: true }) companyBin!: string | null;
  @Column('text') status!: MonitoringStatus;
  @Column({ name: 'period_ended_on', type: 'date', nullable: true }) periodEndedOn!: string | null;
  @Column({ name: 'completed_on', type: 'date', nullable: true }) completedOn!: string | null;
  @Column({ name: 'final_analysis', type: 'text', nullable: true }) finalAnalysis!: string | null;
  @Column({ name: 'archived_on', type: 'date', nullable: true }) archivedOn!: string | null;
  @Column('text') edition!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
