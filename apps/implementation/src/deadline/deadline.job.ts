import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CLOCK, PeriodicJob, SERVICE_CONFIG, type Clock } from '@ndip/platform';
import { SYSTEM_ACTOR } from '../common/implementation-outbox';
import type { ImplementationEnv } from '../implementation.env';
import { DeadlineService } from './deadline.service';

/**
 * Runs the deadline scan every NDIP_DEADLINE_SCAN_INTERVAL_MS (0 = off; the `run-deadline-scan` command runs
 * it once). Exactly-once publication is the service's `deadline_notice` rows, not this timer.
 */
@Injectable()
export class DeadlineJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('DeadlineJob');
  private readonly job = new PeriodicJob('deadline job', this.log, async () => {
    const r = await this.deadlines.scan(this.clock.today(), SYSTEM_ACTOR, this.deadlines.newCorrelationId());
    const total = Object.values(r.published).reduce((a, b) => a + b, 0);
    if (total > 0) this.log.log(`deadline job ${r.asOf}: ${JSON.stringify(r.published)}`);
  });

  constructor(
    private readonly deadlines: DeadlineService,
    @Inject(SERVICE_CONFIG) private readonly env: ImplementationEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start(this.env.NDIP_DEADLINE_SCAN_INTERVAL_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}
