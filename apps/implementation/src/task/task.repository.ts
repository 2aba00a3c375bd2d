import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { TaskEntity } from './task.entity';

@Injectable()
export class TaskRepository {
  constructor(@InjectRepository(TaskEntity) private readonly repo: Repository<TaskEntity>) {}

  findById(id: string): Promise<TaskEntity | null> {
    return this.repo.findOne({ where: { id } });
  }

  findForUpdate(m: EntityManager, id: string): Promise<TaskEntity | null> {
    return m.getRepository(TaskEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  ofRoadmap(m: EntityManager, roadmapId: string): Promise<TaskEntity[]> {
    return m.getRepository(TaskEntity).find({ where: { roadmapId }, order: { position: 'ASC' } });
  }

  ofProject(projectId: string): Promise<TaskEntity[]> {
    return this.repo.find({ where: { projectId }, order: { position: 'ASC' } });
  }

  /** Tasks formed by an earlier submission that was never approved (a resubmission forms them again). */
  async deleteDrafts(m: EntityManager, roadmapId: string): Promise<void> {
    await m.query(`DELETE FROM roadmap_task WHERE roadmap_id = $1 AND NOT effective`, [roadmapId]);
  }

  async insert(m: EntityManager, tasks: TaskEntity[]): Promise<void> {
    if (tasks.length > 0) await m.getRepository(TaskEntity).insert(tasks);
  }

  async save(m: EntityManager, t: TaskEntity): Promise<void> {
    await m.getRepository(TaskEntity).save(t);
  }

  /**
   * T6 candidates: effective open tasks whose due date is before `today` and that have no notice for
   * that due date yet, of a project that was not turned back into an initiative (001 §41), locked so
   * that replicas running the job side by side skip each other's rows.
   */
  async lockOverdueBatch(m: EntityManager, today: string, limit: number): Promise<TaskEntity[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT t.id FROM roadmap_task t
        WHERE t.effective AND t.status IN ('PLANNED', 'IN_PROGRESS') AND t.due_date < $1
          AND NOT EXISTS (SELECT 1 FROM task_overdue_notice n WHERE n.task_id = t.id AND n.due_date = t.due_date)
          AND NOT EXISTS (SELECT 1 FROM project p WHERE p.id = t.project_id AND p.status = 'REVERTED_TO_INITIATIVE')
        ORDER BY t.due_date, t.id
        LIMIT $2
        FOR UPDATE OF t SKIP LOCKED`,
      [today, limit],
    );
    if (rows.length === 0) return [];
    return m.getRepository(TaskEntity).find({ where: rows.map((r) => ({ id: r.id })), order: { dueDate: 'ASC', id: 'ASC' } });
  }

  /** Records the notice; false when one exists already for this task and due date. */
  async insertOverdueNotice(m: EntityManager, taskId: string, dueDate: string, detectedOn: string): Promise<boolean> {
    const r: unknown[] = await m.query(
      `INSERT INTO task_overdue_notice (task_id, due_date, detected_on) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING task_id`,
      [taskId, dueDate, detectedOn],
    );
    return r.length === 1;
  }
}
