import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_TOPICS } from '@ndip/domain';
import { DeadLetterPublisher, EventProcessor, KAFKA, SERVICE_CONFIG, type IncomingMessage } from '@ndip/platform';
import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import { DataSource } from 'typeorm';
import type { GatewayEnv } from '../gateway.env';
import { NotificationEventHandlers } from './notification-events';

/** The topics the notifications read. */
export const NOTIFICATION_TOPICS = [EVENT_TOPICS.attraction, EVENT_TOPICS.implementation, EVENT_TOPICS['post-investment'], EVENT_TOPICS.reporting];

/** The inbox consumer name (idempotency per event id). */
export const NOTIFICATION_CONSUMER = 'gateway-notifications';

function incoming(topic: string, partition: number, msg: KafkaMessage): IncomingMessage {
  const text = msg.value ? msg.value.toString('utf8') : '';
  let value: unknown = text;
  try {
    value = JSON.parse(text);
  } catch {
    /* not JSON: the processor dead-letters it */
  }
  return { topic, partition, offset: msg.offset, key: msg.key ? msg.key.toString('utf8') : null, value };
}

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
    const consumer = this.kafka.consumer({
      groupId: `${this.env.NDIP_GROUP_PREFIX}-gateway-notifications`,
      sessionTimeout: this.env.NDIP_KAFKA_SESSION_TIMEOUT_MS,
      heartbeatInterval: Math.max(500, Math.floor(this.env.NDIP_KAFKA_SESSION_TIMEOUT_MS / 6)),
      rebalanceTimeout: this.env.NDIP_KAFKA_SESSION_TIMEOUT_MS * 2,
      maxWaitTimeInMs: 100,
      allowAutoTopicCreation: false,
    });
    await consumer.connect();
    await consumer.subscribe({ topics: NOTIFICATION_TOPICS, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        await this.processor.process(incoming(topic, partition, message));
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
