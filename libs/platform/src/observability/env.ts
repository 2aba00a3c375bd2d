import { Transform } from 'class-transformer';
import { IsIn, IsString, Matches } from 'class-validator';

/**
 * Observability settings every service reads (validated at boot like the rest of the configuration).
 * They live apart from `ServiceEnv` so that the logging, metrics and tracing code stays in one folder.
 */
export class ObservabilityEnv {
  /** `json`: one pino JSON object per line (production); `text`: Nest's coloured console lines (local development). */
  @IsIn(['json', 'text'])
  NDIP_LOG_FORMAT: 'json' | 'text' = 'json';

  /**
   * Where finished spans go: empty = nowhere (trace ids are still propagated and logged); `memory` = kept in the
   * process; `console` = printed; `file:<dir>` = one JSON line per span in `<dir>/<service>-<pid>.jsonl` (tests).
   */
  @IsString()
  @Matches(/^(|memory|console|file:.+)$/, { message: 'NDIP_TRACE_EXPORT must be empty, memory, console or file:<dir>' })
  NDIP_TRACE_EXPORT = '';

  /** `/metrics` in the Prometheus text format. */
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  NDIP_METRICS_ENABLED = true;
}
