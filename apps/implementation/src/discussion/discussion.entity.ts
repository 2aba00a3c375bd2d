import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A comment on a project, one of its roadmap stages or one of its tasks (000 §58; 001 §66). */
@Entity({ name: 'project_comment' })
export class ProjectCommentEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId!: string;
  @Column({ type: 'text', nullable: true }) stage!: string | null;
  @Column({ name: 'task_id', type: 'uuid', nullable: true }) taskId!: string | null;
  @Column('text') text!: string;
  @Column({ name: 'author_user_id', type: 'text' }) authorUserId!: string;
  @Column({ name: 'author_organization_id', type: 'text' }) authorOrganizationId!: string;
  @Column({ name: 'author_role', type: 'text' }) authorRole!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** An attached file: the metadata here, the bytes in the AttachmentStorage under `storageKey`. */
@Entity({ name: 'project_attachment' })
export class ProjectAttachmentEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId!: string;
  @Column({ type: 'text', nullable: true }) stage!: string | null;
  @Column({ name: 'task_id', type: 'uuid', nullable: true }) taskId!: string | null;
  @Column({ name: 'file_name', type: 'text' }) fileName!: string;
  @Column({ name: 'content_type', type: 'text' }) contentType!: string;
  @Column({ name: 'size_bytes', type: 'int' }) sizeBytes!: number;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ name: 'storage_key', type: 'text' }) storageKey!: string;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ name: 'author_user_id', type: 'text' }) authorUserId!: string;
  @Column({ name: 'author_organization_id', type: 'text' }) authorOrganizationId!: string;
  @Column({ name: 'author_role', type: 'text' }) authorRole!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
