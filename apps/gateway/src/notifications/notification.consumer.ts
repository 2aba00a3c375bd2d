import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_TOPICS } from '@ndip/domain';
import { DeadLetterPublisher, EventProcessor, KAFKA, SERVICE_CONFIG, consumerConfig, incomingFromKafka } from '@ndip/platform';
import type { Consumer, Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import type { GatewayEnv } from '../gateway.env';
import { NotificationEventHandlers } from './notification-events';

/** The topics the notifications read. */
export const NOTIFICATION_TOPICS = [EVENT_TOPICS.attraction, EVENT_TOPICS.implementation, EVENT_TOPICS['post-investment'], EVENT_TOPICS.reporting];

/** The inbox consumer name (idempotency per event id). */
export const NOTIFICATION_CONSUMER = 'gateway-notifications';

/**
 * Reads the services' event topics with a consumer group of its own (`<prefix>-gateway-notifications`, shared by
 * the gateway replicas, from the beginning for a new group) and hands each message to the platform's
 * EventProcessor: envelope and payload validation, the inbox, the handler in one transaction, retries and
 * dead letters.
 */
@Injectable()
export class NotificationConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('NotificationConsumer');
  private consumer: Consumer | null = null;
  readonly processor: EventProcessor;

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(SERVICE_CONFIG) private readonly env: GatewayEnv,
    dataSource: DataSource,
    deadLetters: DeadLetterPublisher,
    handlers: NotificationEventHandlers,
  ) {
    this.processor = new EventProcessor(NOTIFICATION_CONSUMER, dataSource, deadLetters, handlers.all());
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.NDIP_NOTIFY_CONSUMER_ENABLED) return;
    const consumer = this.kafka.consumer(consumerConfig(`${this.env.NDIP_GROUP_PREFIX}-gateway-notifications`, this.env.NDIP_KAFKA_SESSION_TIMEOUT_MS));
    await consumer.connect();
    await consumer.subscribe({ topics: NOTIFICATION_TOPICS, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        await this.processor.process(incomingFromKafka(topic, partition, message));
      },
    });
    this.consumer = consumer;
    this.log.log(`reading ${NOTIFICATION_TOPICS.join(', ')}`);
  }

  async onApplicationShutdown(): Promise<void> {
    const c = this.consumer;
    this.consumer = null;
    await c?.disconnect().catch(() => undefined);
  }
}
