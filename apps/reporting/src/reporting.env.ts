import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { ServiceEnv } from '@ndip/platform';

/** Settings of the reporting service. */
export class ReportingEnv extends ServiceEnv {
  /** How often the rating clock checks whether the day changed (recomputation, quarter close); 0 = only on command. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  NDIP_RATING_CLOCK_INTERVAL_MS = 60_000;

  /** Events applied per database transaction by the projection runner. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(10_000)
  NDIP_PROJECTION_BATCH_SIZE = 500;
}
