import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The archive of a completed project (000 §64): one immutable manifest of its documents (a trigger refuses changes). */
@Entity({ name: 'm3_archive' })
export class ArchiveEntity {
  @PrimaryColumn({ name: 'monitoring_id', type: 'uuid' }) monitoringId!: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId!: string;
  @Column({ name: 'archived_on', type: 'date' }) archivedOn!: string;
  @Column({ name: 'archived_by_user_id', type: 'text' }) archivedByUserId!: string;
  @Column({ name: 'document_count', type: 'int' }) documentCount!: number;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ type: 'jsonb' }) manifest!: Record<string, unknown>;
  @Column('text') edition!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
