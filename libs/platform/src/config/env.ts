import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

/** Settings every service shares. Each app extends it; a bad value stops the boot with a clear message. */
export class ServiceEnv {
  @IsString()
  @Matches(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, { message: 'NDIP_KAFKA_BROKERS must be host:port[,host:port...]' })
  NDIP_KAFKA_BROKERS = '127.0.0.1:19092';

  @IsString()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(65535)
  HTTP_PORT!: number;

  @IsString()
  HTTP_HOST = '127.0.0.1';

  @IsIn(['E000', 'E001'])
  NDIP_RULE_EDITION: 'E000' | 'E001' = 'E000';

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'NDIP_FIXED_TODAY must be YYYY-MM-DD' })
  NDIP_FIXED_TODAY?: string;

  /** Kafka consumer group id prefix: tests give each run its own. */
  @IsString()
  @MinLength(1)
  NDIP_GROUP_PREFIX = 'ndip';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1000)
  NDIP_KAFKA_SESSION_TIMEOUT_MS = 10_000;

  /**
   * Partitions of the command and event topics a service works on at the same time (kafkajs
   * `partitionsConsumedConcurrently`). Order within a partition is kept; with 1 a service handles one
   * message at a time and its throughput is one over the latency of a command (docs/performance.md).
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(64)
  NDIP_KAFKA_CONCURRENCY = 4;

  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  NDIP_OUTBOX_RELAY_ENABLED = true;

  /**
   * Request-reply commands older than this are not executed (their caller has timed out). Kept below
   * the gateway's NDIP_BUS_TIMEOUT_MS (15 s), so a command the caller saw fail with 503 is not applied
   * later, unseen, and then applied again by the caller's retry.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1000)
  NDIP_COMMAND_MAX_AGE_MS = 12_000;

  @IsIn(['error', 'warn', 'log', 'debug'])
  NDIP_LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' = 'log';

  /** Fault injection for reliability tests only; empty in production. */
  @IsOptional()
  @IsIn(['', 'relay-crash-before-send'])
  NDIP_FAULT?: string;
}

export class ConfigValidationError extends Error {}

/** Validate `env` against the class; unknown keys are ignored, defaults apply. */
export function validateEnv<T extends object>(cls: new () => T, env: NodeJS.ProcessEnv = process.env): T {
  const defaults = new cls() as Record<string, unknown>;
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(defaults)) raw[key] = defaults[key];
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') raw[k] = v;
  const instance = plainToInstance(cls, raw, { enableImplicitConversion: false });
  const errors = validateSync(instance, { whitelist: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigValidationError(`invalid configuration:\n${lines.join('\n')}`);
  }
  return instance;
}
