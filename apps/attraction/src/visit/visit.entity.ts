import type { VisitState, VisitStatus } from '@ndip/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Investor visit to Kazakhstan (SM-VISIT, 000 §40(6)–(7), §41). The machine state lives in `state`. */
@Entity({ name: 'visit' })
export class VisitEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'company_id', type: 'uuid' }) companyId!: string;
  @Column({ name: 'country_code', type: 'char', length: 2 }) countryCode!: string;
  @Column({ name: 'originator_org', type: 'text' }) originatorOrg!: string;
  @Column('text') status!: VisitStatus;
  @Column({ name: 'planned_from', type: 'date' }) plannedFrom!: string;
  @Column('text') edition!: string;
  @Column({ type: 'jsonb' }) state!: VisitState;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
