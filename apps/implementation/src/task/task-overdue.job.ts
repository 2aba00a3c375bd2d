import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CLOCK, PeriodicJob, SERVICE_CONFIG, type Clock } from '@ndip/platform';
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
  private readonly job = new PeriodicJob('overdue job', this.log, async () => {
    const today = this.clock.today();
    const n = await this.tasks.scanOverdue(today, SYSTEM_ACTOR, this.tasks.newCorrelationId());
    if (n > 0) this.log.log(`${n} task(s) became overdue as of ${today}`);
  });

  constructor(
    private readonly tasks: TaskService,
    @Inject(SERVICE_CONFIG) private readonly env: ImplementationEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start(this.env.NDIP_OVERDUE_SCAN_INTERVAL_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}
