import type { PfCaseState, PfState } from '@ndip/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** SM-PF-APPROVAL (K1, K3): the state in `state`; the columns beside it are copies for routing and scoping. */
@Entity({ name: 'restrictive_measure' })
export class RestrictiveMeasureEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId!: string;
  @Column({ name: 'project_region_code', type: 'char', length: 9 }) projectRegionCode!: string;
  @Column({ name: 'investor_bin', type: 'char', length: 12, nullable: true }) investorBin!: string | null;
  @Column('text') status!: string;
  @Column('text') kind!: string;
  @Column({ name: 'measure_type', type: 'text' }) measureType!: string;
  @Column({ name: 'routed_to', type: 'text' }) routedTo!: 'PRR' | 'PRG';
  @Column({ name: 'initiator_organization_id', type: 'text' }) initiatorOrganizationId!: string;
  @Column({ name: 'submitted_on', type: 'date', nullable: true }) submittedOn!: string | null;
  @Column('text') edition!: string;
  @Column({ type: 'jsonb' }) state!: PfState;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}

/** SM-PF-ASSESS (K2, K4). */
@Entity({ name: 'prosecutor_case' })
export class ProsecutorCaseEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId!: string;
  @Column({ name: 'project_region_code', type: 'char', length: 9 }) projectRegionCode!: string;
  @Column({ name: 'investor_bin', type: 'char', length: 12 }) investorBin!: string;
  @Column('text') status!: string;
  @Column({ name: 'case_kind', type: 'text' }) caseKind!: string;
  @Column({ name: 'routed_to', type: 'text' }) routedTo!: 'PRR' | 'PRG';
  @Column({ name: 'registered_by_organization_id', type: 'text' }) registeredByOrganizationId!: string;
  @Column('text') edition!: string;
  @Column({ type: 'jsonb' }) state!: PfCaseState;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
