import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CLOCK, SERVICE_CONFIG, type Clock } from '@ndip/platform';
import { SYSTEM_ACTOR } from '../common/implementation-outbox';
import type { ImplementationEnv } from '../implementation.env';
import { TaskService } from './task.service';

/**
 * The daily overdue-task job (T6): every NDIP_OVERDUE_SCAN_INTERVAL_MS (0 = off) it publishes
 * `implementation.task.became-overdue` for open tasks past their due date, once per task and due date;
 * tasks of a project turned back into an initiative (REVERTED_TO_INITIATIVE, 001 §41) are not flagged
 * (TaskRepository.lockOverdueBatch), and are flagged again once a new conversion reinstates the project.
 * Replicas may run it side by side (FOR UPDATE SKIP LOCKED). The `run-overdue-scan` command runs it once.
 */
@Injectable()
export class TaskOverdueJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('TaskOverdueJob');
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly tasks: TaskService,
    @Inject(SERVICE_CONFIG) private readonly env: ImplementationEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    const period = this.env.NDIP_OVERDUE_SCAN_INTERVAL_MS;
    if (period > 0) this.timer = setInterval(() => void this.runOnce(), period);
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  async runOnce(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const today = this.clock.today();
      const n = await this.tasks.scanOverdue(today, SYSTEM_ACTOR, this.tasks.newCorrelationId());
      if (n > 0) this.log.log(`${n} task(s) became overdue as of ${today}`);
    } catch (e) {
      this.log.error(`overdue job failed: ${(e as Error).stack ?? String(e)}`);
    } finally {
      this.running = false;
    }
  }
}
