import type { InitiativeState } from '@ndip/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * Initiative (инициатива). The whole SM-INIT state lives in `state` (jsonb); the columns beside it
 * are copies for filtering and scoping.
 */
@Entity({ name: 'initiative' })
export class InitiativeEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'company_id', type: 'uuid' }) companyId!: string;
  @Column('text') status!: string;
  @Column({ name: 'region_code', type: 'char', length: 9, nullable: true }) regionCode!: string | null;
  @Column({ name: 'country_code', type: 'char', length: 2 }) countryCode!: string;
  @Column({ name: 'originator_org', type: 'text' }) originatorOrg!: string;
  @Column('text') edition!: string;
  @Column({ type: 'jsonb' }) state!: InitiativeState;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
