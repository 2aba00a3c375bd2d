import type { RoadmapContent, RoadmapState } from '@ndip/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * Roadmap (дорожная карта) of a project. The SM-RM state lives in `state` (jsonb), the draft stages,
 * tasks and risks in `content`; the columns beside them are copies for filtering.
 */
@Entity({ name: 'roadmap' })
export class RoadmapEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId!: string;
  @Column({ name: 'region_code', type: 'char', length: 9 }) regionCode!: string;
  @Column('text') status!: string;
  @Column('text') edition!: string;
  @Column({ type: 'jsonb' }) state!: RoadmapState;
  @Column({ type: 'jsonb', nullable: true }) content!: RoadmapContent | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
