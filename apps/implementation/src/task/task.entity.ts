import type { RoadmapStage, TaskResponsible, TaskState } from '@ndip/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * A roadmap task (задача дорожной карты). The SM-TASK state lives in `state` (jsonb). Tasks are formed
 * with the roadmap when the MIO submits it and become `effective` when the roadmap is approved.
 */
@Entity({ name: 'roadmap_task' })
export class TaskEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'roadmap_id', type: 'uuid' }) roadmapId!: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId!: string;
  @Column({ name: 'region_code', type: 'char', length: 9 }) regionCode!: string;
  @Column('text') stage!: RoadmapStage;
  @Column('int') position!: number;
  @Column('text') code!: string;
  @Column('text') status!: string;
  @Column({ name: 'due_date', type: 'date' }) dueDate!: string;
  @Column('boolean') effective!: boolean;
  @Column({ type: 'jsonb' }) responsible!: TaskResponsible;
  @Column({ name: 'expected_result', type: 'text' }) expectedResult!: string;
  @Column({ name: 'support_measures', type: 'jsonb' }) supportMeasures!: string[];
  @Column('text') edition!: string;
  @Column({ type: 'jsonb' }) state!: TaskState;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
