import 'reflect-metadata';
import { Logger, type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
import type { ServiceName } from '@ndip/domain';
import type { ServiceEnv } from './config/env';
import { DataSource } from 'typeorm';
import { CommandDedupInterceptor } from './kafka/command-dedup';
import { commandTopicsOf, readCommandFreshness, StaleCommandInterceptor } from './kafka/command-freshness';
import { consumerConfig, createKafka, ensureTopics, kafkaConfig } from './kafka/kafka-client';
import { surviveKafkaRejections } from './kafka/kafka-rejections';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { httpObservability } from './observability/http';
import { setupObservability } from './observability/observability';

const LEVELS: Record<ServiceEnv['NDIP_LOG_LEVEL'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

/**
 * Boots one NDIP service: topics exist, HTTP (health, and the API for the gateway) listens,
 * and a Kafka consumer group serves its request-reply commands and the events it consumes.
 * `fromBeginning` lets a new consumer group (e.g. a rebuilt projection) read the whole topic.
 */
export async function bootstrapService(opts: {
  service: ServiceName;
  module: unknown;
  env: ServiceEnv;
  kafkaConsumer?: boolean;
  configure?: (app: INestApplication) => void | Promise<void>;
}): Promise<INestApplication> {
  const { env, service } = opts;
  const log = new Logger(`bootstrap:${service}`);
  surviveKafkaRejections(log);
  // Logs, metrics and traces first: the Kafka clients created below are instrumented when they are built.
  const obs = setupObservability(service, env.NDIP_LOG_LEVEL);
  await ensureTopics(env.NDIP_KAFKA_BROKERS, `${env.NDIP_GROUP_PREFIX}-${service}-admin`);
  const app = await NestFactory.create(opts.module as never, obs.logger ? { bufferLogs: true } : { logger: LEVELS[env.NDIP_LOG_LEVEL], bufferLogs: false });
  if (obs.logger) app.useLogger(app.get(PinoNestLogger));
  // SIGTERM/SIGINT: Nest closes the HTTP server (in-flight requests finish), disconnects the Kafka consumers
  // (the running message completes, the group is left) and stops the outbox relay after its current batch.
  app.enableShutdownHooks();
  app.use(httpObservability());
  if (opts.configure) await opts.configure(app);
  if (opts.kafkaConsumer !== false) {
    const groupId = `${env.NDIP_GROUP_PREFIX}-${service}`;
    // Nest appends "-server" to the consumer group id of a microservice.
    const freshness = await readCommandFreshness(createKafka(env.NDIP_KAFKA_BROKERS, `${groupId}-offsets`), `${groupId}-server`, commandTopicsOf(service));
    app.useGlobalInterceptors(new StaleCommandInterceptor(service, env.NDIP_COMMAND_MAX_AGE_MS, freshness));
    // After the staleness check: a keyed command (the caller sent an Idempotency-Key) runs at most once per key.
    if (commandTopicsOf(service).length > 0) app.useGlobalInterceptors(new CommandDedupInterceptor(app.get(DataSource)));
    app.connectMicroservice<MicroserviceOptions>(
      {
        transport: Transport.KAFKA,
        options: {
          client: kafkaConfig(env.NDIP_KAFKA_BROKERS, groupId),
          consumer: consumerConfig(groupId, env.NDIP_KAFKA_SESSION_TIMEOUT_MS),
          subscribe: { fromBeginning: true },
          run: { partitionsConsumedConcurrently: env.NDIP_KAFKA_CONCURRENCY },
          producer: { allowAutoTopicCreation: false, idempotent: false },
        },
      },
      { inheritAppConfig: true },
    );
    await app.startAllMicroservices();
  }
  await app.listen(env.HTTP_PORT, env.HTTP_HOST);
  log.log(`${service} listening on http://${env.HTTP_HOST}:${env.HTTP_PORT} (edition ${env.NDIP_RULE_EDITION})`);
  return app;
}
