import type { CompanySize, CompanyState, CompanyStatus, KycStatus } from '@ndip/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Company card (карточка компании), 000 §40(3). */
@Entity({ name: 'company' })
export class CompanyEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column({ name: 'country_code', type: 'char', length: 2 }) countryCode!: string;
  @Column({ type: 'char', length: 12, nullable: true }) bin!: string | null;
  @Column({ type: 'text', nullable: true }) sector!: string | null;
  @Column({ type: 'text', nullable: true }) size!: CompanySize | null;
  @Column({ type: 'text', nullable: true }) website!: string | null;
  @Column('boolean') global2000!: boolean;
  @Column({ name: 'global2000_year', type: 'int', nullable: true }) global2000Year!: number | null;
  @Column('text') status!: CompanyStatus;
  @Column({ name: 'merged_into', type: 'uuid', nullable: true }) mergedInto!: string | null;
  /** companyDuplicateKey(name, country): duplicate detection by name and country. */
  @Column({ name: 'dup_key', type: 'text' }) dupKey!: string;
  /** Status of the latest KYC check (NOT_STARTED when there is none). */
  @Column({ name: 'kyc_status', type: 'text' }) kycStatus!: KycStatus;
  @Column({ name: 'created_by_org', type: 'text' }) createdByOrg!: string;
  @Column({ name: 'created_on', type: 'date' }) createdOn!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}

export function companyState(c: CompanyEntity): CompanyState {
  return {
    companyId: c.id,
    name: c.name,
    countryCode: c.countryCode,
    bin: c.bin,
    sector: c.sector,
    size: c.size,
    website: c.website,
    global2000: c.global2000,
    global2000Year: c.global2000Year,
    status: c.status,
    mergedIntoId: c.mergedInto,
    createdByOrganizationId: c.createdByOrg,
    createdOn: c.createdOn,
  };
}

@Entity({ name: 'company_contact' })
export class ContactEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'company_id', type: 'uuid' }) companyId!: string;
  @Column({ name: 'full_name', type: 'text' }) fullName!: string;
  @Column({ type: 'text', nullable: true }) position!: string | null;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @Column({ type: 'text', nullable: true }) language!: string | null;
  @Column({ name: 'created_by_org', type: 'text' }) createdByOrg!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
