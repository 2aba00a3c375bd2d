import { Transform } from 'class-transformer';
import { IsInt, Min } from 'class-validator';
import { ServiceEnv } from '@ndip/platform';

/** Module 1 settings: the shared ones (HTTP_PORT and DATABASE_URL are required) and the overdue scan. */
export class AttractionEnv extends ServiceEnv {
  /** Period of the scheduled overdue scan of initiatives (I13), in ms; 0 turns the schedule off. Default: hourly. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  NDIP_OVERDUE_SCAN_INTERVAL_MS = 3_600_000;
}
