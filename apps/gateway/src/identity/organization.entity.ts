import type { OrganizationType } from '@ndip/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'organization' })
export class OrganizationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') type!: OrganizationType;
  @Column({ name: 'name_kk', type: 'text' }) nameKk!: string;
  @Column({ name: 'name_ru', type: 'text' }) nameRu!: string;
  @Column({ name: 'name_en', type: 'text' }) nameEn!: string;
  @Column({ name: 'region_code', type: 'char', length: 9, nullable: true }) regionCode!: string | null;
  @Column({ name: 'country_code', type: 'char', length: 2, nullable: true }) countryCode!: string | null;
  @Column({ type: 'char', length: 12, nullable: true }) bin!: string | null;
  @Column('boolean') active!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
