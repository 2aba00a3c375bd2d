import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, Min, ValidateIf } from 'class-validator';
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

  /** Where attachment bytes go: `local` (the folder above) or `s3` (an S3-compatible bucket, settings below). */
  @IsIn(['local', 's3'])
  NDIP_ATTACHMENT_STORAGE: 'local' | 's3' = 'local';

  /** Endpoint of an S3-compatible store (MinIO, Ceph RGW, ...); empty = AWS S3 of NDIP_S3_REGION. */
  @ValidateIf((o: ImplementationEnv) => o.NDIP_ATTACHMENT_STORAGE === 's3' && o.NDIP_S3_ENDPOINT !== '')
  @Matches(/^https?:\/\/[^\s/]+(\/.*)?$/, { message: 'NDIP_S3_ENDPOINT must be an http(s):// URL' })
  NDIP_S3_ENDPOINT = '';

  @ValidateIf((o: ImplementationEnv) => o.NDIP_ATTACHMENT_STORAGE === 's3')
  @IsString()
  @IsNotEmpty({ message: 'NDIP_S3_REGION must be set when NDIP_ATTACHMENT_STORAGE=s3' })
  NDIP_S3_REGION = 'us-east-1';

  /** The bucket (it must exist; the service does not create it). */
  @ValidateIf((o: ImplementationEnv) => o.NDIP_ATTACHMENT_STORAGE === 's3')
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'NDIP_S3_BUCKET must be set to a bucket name when NDIP_ATTACHMENT_STORAGE=s3' })
  NDIP_S3_BUCKET = '';

  /** Access key id; empty = the SDK's default credential chain (instance role, web identity, AWS_* variables). */
  @IsString()
  NDIP_S3_ACCESS_KEY_ID = '';

  /**
   * The secret access key (named *_SECRET so the deployment takes it from a Kubernetes Secret, never a ConfigMap);
   * required with an access key id. Never logged: validation messages do not echo it.
   */
  @ValidateIf((o: ImplementationEnv) => o.NDIP_ATTACHMENT_STORAGE === 's3' && o.NDIP_S3_ACCESS_KEY_ID !== '')
  @IsString()
  @IsNotEmpty({ message: 'NDIP_S3_ACCESS_KEY_SECRET must be set when NDIP_S3_ACCESS_KEY_ID is' })
  NDIP_S3_ACCESS_KEY_SECRET = '';

  /** Path-style addressing (`endpoint/bucket/key`): MinIO and most self-hosted stores need it. */
  @Transform(({ value }) => (['true', '1', true].includes(value) ? true : ['false', '0', false].includes(value) ? false : value))
  @IsBoolean()
  NDIP_S3_FORCE_PATH_STYLE = false;

  /** Attempts per S3 request (the SDK retries with back-off) before the storage counts as unavailable. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(10)
  NDIP_S3_MAX_ATTEMPTS = 3;
}
