import { DynamicModule, Global, Inject, Injectable, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { getEdition, type RuleEdition, type ServiceName } from '@ndip/domain';
import type { Kafka } from 'kafkajs';
import { DataSource, type MixedList } from 'typeorm';
import { CLOCK, SystemClock } from './clock/clock';
import { SERVICE_CONFIG, type ServiceEnv } from './config/env';
import { serviceDataSourceOptions } from './database/data-source-options';
import { HealthController } from './health/health.controller';
import { createKafka } from './kafka/kafka-client';
import { KafkaProbe } from './kafka/kafka-probe';
import { DeadLetterPublisher } from './messaging/dead-letter';
import { OutboxRelay } from './outbox/outbox-relay';
import { OutboxWriter } from './outbox/outbox.writer';
import { loggerParams } from './observability/logging';
import { MetricsController } from './observability/metrics.controller';
import { ObservabilityLifecycle, setupObservability } from './observability/observability';

export const KAFKA = Symbol('KAFKA');
export const RULE_EDITION = Symbol('RULE_EDITION');
export const SERVICE_NAME = Symbol('SERVICE_NAME');

export interface PlatformOptions {
  service: ServiceName;
  env: ServiceEnv;
  entities: MixedList<Function>;
  migrations: Function[];
}

/** Starts and stops the relay and the dead-letter producer with the application. */
@Injectable()
class PlatformLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly dlq: DeadLetterPublisher,
    @Inject(SERVICE_CONFIG) private readonly env: ServiceEnv,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dlq.start();
    if (this.env.NDIP_OUTBOX_RELAY_ENABLED) await this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.dlq.stop();
  }
}

/**
 * The NestJS glue every service shares: validated config, clock, its own PostgreSQL database
 * (TypeORM, migrations at boot), Kafka client, outbox writer and relay, dead-letter publisher,
 * health endpoints.
 */
@Global()
@Module({})
export class PlatformModule {
  static forService(o: PlatformOptions): DynamicModule {
    const env = o.env;
    const obs = setupObservability(o.service, env.NDIP_LOG_LEVEL);
    return {
      module: PlatformModule,
      imports: [
        ...(obs.logger ? [LoggerModule.forRoot(loggerParams(obs.logger))] : []),
        TypeOrmModule.forRoot(
          serviceDataSourceOptions({ url: env.DATABASE_URL, entities: o.entities, migrations: o.migrations, applicationName: `ndip-${o.service}` }),
        ),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: SERVICE_CONFIG, useValue: env },
        { provide: SERVICE_NAME, useValue: o.service },
        { provide: CLOCK, useValue: new SystemClock(env.NDIP_FIXED_TODAY ?? null) },
        { provide: RULE_EDITION, useValue: getEdition(env.NDIP_RULE_EDITION) satisfies RuleEdition },
        { provide: KAFKA, useValue: createKafka(env.NDIP_KAFKA_BROKERS, `${env.NDIP_GROUP_PREFIX}-${o.service}`) },
        { provide: KafkaProbe, inject: [KAFKA], useFactory: (k: Kafka) => new KafkaProbe(k) },
        { provide: OutboxWriter, useValue: new OutboxWriter(o.service) },
        {
          provide: OutboxRelay,
          inject: [DataSource, KAFKA],
          useFactory: (ds: DataSource, k: Kafka) => new OutboxRelay(ds, k, env.DATABASE_URL, { fault: env.NDIP_FAULT ?? '' }),
        },
        { provide: DeadLetterPublisher, inject: [KAFKA], useFactory: (k: Kafka) => new DeadLetterPublisher(k) },
        PlatformLifecycle,
        ObservabilityLifecycle,
      ],
      exports: [SERVICE_CONFIG, SERVICE_NAME, CLOCK, RULE_EDITION, KAFKA, KafkaProbe, OutboxWriter, OutboxRelay, DeadLetterPublisher],
    };
  }
}
