import { Column, CreateDateColumn, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** The three-year post-investment period of a project (000 §36, §61; 001 §34, §69). */
@Entity({ name: 'monitoring_period' })
export class MonitoringEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId!: string;
  @Column({ name: 'region_code', type: 'char', length: 9 }) regionCode!: string;
  @Column('text') pool!: 'NATIONAL' | 'REGIONAL';
  @Column({ name: 'starts_on', type: 'date' }) startsOn!: string;
  @Column({ name: 'ends_on', type: 'date' }) endsOn!: string;
  @Column({ name: 'investment_contract_expires_on', type: 'date', nullable: true }) investmentContractExpiresOn!: string | null;
  @Column('text') status!: 'OPEN' | 'COMPLETED' | 'ARCHIVED';
  @Column('text') edition!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @VersionColumn() version!: number;
}
