import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export type ProjectStatus = 'IMPLEMENTATION' | 'POST_INVESTMENT';

/** Investment project with its passport (паспорт проекта) and pool membership. */
@Entity({ name: 'project' })
export class ProjectEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'initiative_id', type: 'uuid', nullable: true }) initiativeId!: string | null;
  @Column({ name: 'company_id', type: 'uuid' }) companyId!: string;
  @Column({ name: 'company_name', type: 'text' }) companyName!: string;
  @Column({ name: 'company_bin', type: 'char', length: 12 }) companyBin!: string;
  @Column('text') name!: string;
  @Column({ type: 'text', nullable: true }) sector!: string | null;
  @Column({ name: 'region_code', type: 'char', length: 9 }) regionCode!: string;
  /** Whole tenge; numeric in the database, string here (no floats). */
  @Column({ name: 'investment_amount_kzt', type: 'numeric', precision: 20, scale: 0 }) investmentAmountKzt!: string;
  @Column({ name: 'has_investment_contract', type: 'boolean' }) hasInvestmentContract!: boolean;
  @Column('text') pool!: 'NATIONAL' | 'REGIONAL';
  @Column({ name: 'pool_mci_year', type: 'int' }) poolMciYear!: number;
  @Column({ name: 'pool_mci_value', type: 'int' }) poolMciValue!: number;
  @Column({ name: 'pool_amount_mci', type: 'numeric', precision: 24, scale: 2 }) poolAmountMci!: string;
  @Column('text') status!: ProjectStatus;
  @Column('text') edition!: string;
  @Column({ name: 'validated_on', type: 'date', nullable: true }) validatedOn!: string | null;
  @Column({ name: 'investment_contract_expires_on', type: 'date', nullable: true }) investmentContractExpiresOn!: string | null;
  @Column({ name: 'created_on', type: 'date' }) createdOn!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
