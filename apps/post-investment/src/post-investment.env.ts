import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, Min, registerDecorator } from 'class-validator';
import { DomainError, parseIssueSlaConfig, type IssueSlaTable, type M3KpiFrequency } from '@ndip/domain';
import { ServiceEnv } from '@ndip/platform';

/** Refuses an SLA configuration that `parseIssueSlaConfig` does not accept (the boot stops with its message). */
function IsIssueSlaConfig(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isIssueSlaConfig',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (v: unknown) => {
          if (typeof v !== 'string') return false;
          try {
            parseIssueSlaConfig(v);
            return true;
          } catch (e) {
            if (e instanceof DomainError) return false;
            throw e;
          }
        },
        defaultMessage: () =>
          'NDIP_M3_ISSUE_SLA_WD must be CATEGORY=workingDays[,...] with categories LAND, PERMITS, UTILITIES, TAXES, CUSTOMS, VISAS, OTHER and 1..250 days',
      },
    });
  };
}

/** Settings of the post-investment service (Module 3) on top of the shared ones. */
export class PostInvestmentEnv extends ServiceEnv {
  /** How often the scheduled jobs run (period end and pool exclusion, issue SLA, KPI reminders); 0 = only on command. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  NDIP_M3_JOB_INTERVAL_MS = 3_600_000;

  /** SLA of investor issues per category in working days, e.g. `LAND=10,PERMITS=10`; unlisted categories keep 5 WD. */
  @IsString()
  @IsIssueSlaConfig()
  NDIP_M3_ISSUE_SLA_WD = '';

  @IsIn(['QUARTERLY', 'ANNUAL'])
  NDIP_M3_KPI_FREQUENCY: M3KpiFrequency = 'QUARTERLY';

  /** Calendar days before a KPI report is due on which the investor is reminded. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  NDIP_M3_KPI_REMINDER_DAYS = 7;
}

export const M3_SETTINGS = Symbol('M3_SETTINGS');

export interface M3Settings {
  jobIntervalMs: number;
  issueSla: IssueSlaTable;
  kpiFrequency: M3KpiFrequency;
  kpiReminderDaysBefore: number;
}

export function m3Settings(env: PostInvestmentEnv): M3Settings {
  return {
    jobIntervalMs: env.NDIP_M3_JOB_INTERVAL_MS,
    issueSla: parseIssueSlaConfig(env.NDIP_M3_ISSUE_SLA_WD),
    kpiFrequency: env.NDIP_M3_KPI_FREQUENCY,
    kpiReminderDaysBefore: env.NDIP_M3_KPI_REMINDER_DAYS,
  };
}
