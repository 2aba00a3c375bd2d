import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PeriodicJob, SERVICE_CONFIG } from '@ndip/platform';
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
  private readonly job = new PeriodicJob('rating clock', this.log, () => Promise.all([this.rating.advance(), this.runner.followGeneration()]));

  constructor(
    private readonly rating: OverdueRatingService,
    private readonly runner: ProjectionRunner,
    @Inject(SERVICE_CONFIG) private readonly env: ReportingEnv,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start(this.env.NDIP_RATING_CLOCK_INTERVAL_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}
