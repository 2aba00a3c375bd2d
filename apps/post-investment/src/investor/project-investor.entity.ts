import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Who the investor of a project is, as Module 3 learns it from the bus: the BIN comes with the
 * converted initiative (attraction), the project id with the created project (implementation).
 * The two events may arrive in either order; the row is keyed by the initiative.
 */
@Entity({ name: 'project_investor' })
export class ProjectInvestorEntity {
  @PrimaryColumn({ name: 'initiative_id', type: 'uuid' }) initiativeId!: string;
  @Column({ name: 'project_id', type: 'uuid', nullable: true }) projectId!: string | null;
  @Column({ name: 'company_id', type: 'uuid', nullable: true }) companyId!: string | null;
  @Column({ name: 'company_name', type: 'text', nullable: true }) companyName!: string | null;
  @Column({ name: 'company_bin', type: 'char', length: 12, nullable: true }) companyBin!: string | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
