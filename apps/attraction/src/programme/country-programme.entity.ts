import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Country investment programme (страновая инвестиционная программа), 000 §17(2): one per country, updated quarterly. */
@Entity({ name: 'country_programme' })
export class CountryProgrammeEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'country_code', type: 'char', length: 2 }) countryCode!: string;
  @Column('text') title!: string;
  @Column({ name: 'created_by_org', type: 'text' }) createdByOrg!: string;
  @Column({ name: 'current_version', type: 'int' }) currentVersion!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** One version of a programme: the quarterly update (T20: by the 15th of the month after the quarter). */
@Entity({ name: 'country_programme_version' })
export class CountryProgrammeVersionEntity {
  @PrimaryColumn({ name: 'programme_id', type: 'uuid' }) programmeId!: string;
  @PrimaryColumn({ name: 'version_no', type: 'int' }) versionNo!: number;
  @Column('int') year!: number;
  @Column('int') quarter!: number;
  @Column('text') content!: string;
  @Column({ name: 'change_summary', type: 'text', nullable: true }) changeSummary!: string | null;
  @Column({ name: 'submitted_on', type: 'date' }) submittedOn!: string;
  @Column({ name: 'due_on', type: 'date' }) dueOn!: string;
  @Column('boolean') late!: boolean;
  @Column({ name: 'author_user_id', type: 'text' }) authorUserId!: string;
  @Column({ name: 'author_org', type: 'text' }) authorOrg!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
