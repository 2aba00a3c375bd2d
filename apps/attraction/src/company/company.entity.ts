import { Column, CreateDateColumn, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** Company card (карточка компании), 000 §40(3). */
@Entity({ name: 'company' })
export class CompanyEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column({ name: 'country_code', type: 'char', length: 2 }) countryCode!: string;
  @Column({ type: 'char', length: 12, nullable: true }) bin!: string | null;
  @Column({ type: 'text', nullable: true }) sector!: string | null;
  @Column({ type: 'text', nullable: true }) website!: string | null;
  @Column({ name: 'created_by_org', type: 'text' }) createdByOrg!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @VersionColumn() version!: number;
}
