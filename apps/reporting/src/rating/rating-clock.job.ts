import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SERVICE_CONFIG } from '@ndip/platform';
import type { ReportingEnv } from '../reporting.env';
import { ProjectionRunner } from '../projection/projection.runner';
import { OverdueRatingService } from './overdue-rating.service';

/**
 * The daily recomputation of the region rating, driven by the service clock (NDIP_FIXED_TODAY pins it): every
 * NDIP_RATING_CLOCK_INTERVAL_MS it moves the rating date when the day changed (freezing a closed quarter), and
 * follows a rebuild started by another replica. Operators and tests use the `runRatingClock` command instead.
 */
@Injectable()
export class RatingClockJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('RatingClockJob');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly rating: OverdueRatingService,
    private readonly runner: ProjectionRunner,
    @Inject(SERVICE_CONFIG) private readonly env: ReportingEnv,
  ) {}

  onApplicationBootstrap(): void {
    const period = this.env.NDIP_RATING_CLOCK_INTERVAL_MS;
    if (period > 0) this.timer = setInterval(() => this.tick(), period);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  private tick(): void {
    if (this.running) return;
    this.running = Promise.all([this.rating.advance(), this.runner.followGeneration()])
      .catch((e: unknown) => this.log.warn(`rating clock failed: ${(e as Error).message}`))
      .finally(() => {
        this.running = null;
      });
  }
}
