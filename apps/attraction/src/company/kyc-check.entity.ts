import type { KycState } from '@ndip/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** A KYC check of a company (the latest one gives `company.kyc_status`). */
@Entity({ name: 'kyc_check' })
export class KycCheckEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'company_id', type: 'uuid' }) companyId!: string;
  @Column('text') status!: string;
  @Column({ type: 'jsonb' }) state!: KycState;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @VersionColumn() version!: number;
}
