import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, Max, Min } from 'class-validator';
import { ServiceEnv } from '@ndip/platform';

/** Module 2 settings: the shared ones plus the period of the overdue-task job. */
export class ImplementationEnv extends ServiceEnv {
  /**
   * How often the overdue-task job runs (T6: a daily job). 0 switches the timer off; the
   * `run-overdue-scan` command still runs it once (operators and tests use that).
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(7 * 24 * 3600 * 1000)
  NDIP_OVERDUE_SCAN_INTERVAL_MS = 24 * 3600 * 1000;

  /** How often the deadline job runs (roadmap T06–T08, validation T10, state-service S10); 0 = only on command. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(7 * 24 * 3600 * 1000)
  NDIP_DEADLINE_SCAN_INTERVAL_MS = 24 * 3600 * 1000;

  /** The folder of the local-disk attachment storage. */
  @IsString()
  @IsNotEmpty()
  NDIP_ATTACHMENT_DIR = '.data/attachments/implementation';
}
