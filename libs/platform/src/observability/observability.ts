import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger as PinoInstance } from 'pino';
import { DataSource } from 'typeorm';
import { validateEnv } from '../config/env';
import { ObservabilityEnv } from './env';
import { instrumentKafka } from './kafka-instrumentation';
import { createRootLogger } from './logging';
import { MetricsController } from './metrics.controller';
import { setOutboxSource, setServiceLabel } from './metrics';
import { setupTracing, type Tracing } from './tracing';

export interface Observability {
  env: ObservabilityEnv;
  tracing: Tracing;
  /** The pino root logger when NDIP_LOG_FORMAT=json. */
  logger: PinoInstance | null;
}

let current: Observability | null = null;

/**
 * Installs logging, metrics and tracing for this process. Called first thing in `bootstrapService` (before any
 * Kafka client exists) and idempotent, so the platform module can call it too when a test builds a module alone.
 */
export function setupObservability(service: string, level: 'error' | 'warn' | 'log' | 'debug' = 'log', env: NodeJS.ProcessEnv = process.env): Observability {
  if (current) return current;
  const o = validateEnv(ObservabilityEnv, env);
  setServiceLabel(service);
  MetricsController.enabled = o.NDIP_METRICS_ENABLED;
  instrumentKafka();
  const tracing = setupTracing(service, o.NDIP_TRACE_EXPORT);
  current = { env: o, tracing, logger: o.NDIP_LOG_FORMAT === 'json' ? createRootLogger(service, level) : null };
  return current;
}

export function observability(): Observability | null {
  return current;
}

/** Feeds the outbox gauges from the service's database and flushes spans at shutdown. */
@Injectable()
export class ObservabilityLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    setOutboxSource(async () => {
      const [r] = (await this.dataSource.query(
        `SELECT count(*)::int AS backlog,
                coalesce(extract(epoch FROM now() - min(created_at)), 0)::float AS age,
                count(*) FILTER (WHERE last_error IS NOT NULL)::int AS failing
           FROM outbox WHERE published_at IS NULL`,
      )) as { backlog: number; age: number; failing: number }[];
      return { backlog: r?.backlog ?? 0, oldestAgeSeconds: r?.age ?? 0, failing: r?.failing ?? 0 };
    });
  }

  async onApplicationShutdown(): Promise<void> {
    setOutboxSource(null);
    await current?.tracing.shutdown().catch(() => undefined);
  }
}
