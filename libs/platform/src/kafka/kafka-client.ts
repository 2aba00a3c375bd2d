import { EVENT_TOPICS, REFERENCE_TOPIC, allCommandPatterns, deadLetterTopic, replyTopic } from '@ndip/domain';
import { Kafka, logLevel, type ConsumerConfig, type ITopicConfig, type KafkaConfig } from 'kafkajs';
import { kafkaSecurity } from './kafka-security';

/**
 * The one place that builds kafkajs clients, so that a later switch of client library
 * (kafkajs is in maintenance mode) touches only this folder.
 */
/**
 * The consumer settings of every group that reads commands or events (the services' Nest microservice, the
 * reporting projection, the gateway's notifications): heartbeats six times per session, twice the session to
 * rebalance, short fetch waits, never creating topics.
 */
export function consumerConfig(
  groupId: string,
  sessionTimeoutMs: number,
): Pick<ConsumerConfig, 'groupId' | 'sessionTimeout' | 'heartbeatInterval' | 'rebalanceTimeout' | 'maxWaitTimeInMs' | 'allowAutoTopicCreation'> {
  return {
    groupId,
    sessionTimeout: sessionTimeoutMs,
    heartbeatInterval: Math.max(500, Math.floor(sessionTimeoutMs / 6)),
    rebalanceTimeout: sessionTimeoutMs * 2,
    maxWaitTimeInMs: 100,
    allowAutoTopicCreation: false,
  };
}

export function kafkaConfig(brokers: string, clientId: string): KafkaConfig {
  return {
    clientId,
    brokers: brokers.split(',').map((b) => b.trim()),
    logLevel: logLevel.ERROR,
    connectionTimeout: 3000,
    requestTimeout: 10_000,
    retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 5000 },
    ...kafkaSecurity(),
  };
}

export function createKafka(brokers: string, clientId: string): Kafka {
  return new Kafka(kafkaConfig(brokers, clientId));
}

export const EVENT_TOPIC_PARTITIONS = 3;

/** Every topic NDIP uses: events, their dead letters, commands and command replies. */
export function allTopics(replicationFactor = 1): ITopicConfig[] {
  const topics: ITopicConfig[] = [];
  for (const t of [...Object.values(EVENT_TOPICS), REFERENCE_TOPIC]) {
    topics.push({ topic: t, numPartitions: EVENT_TOPIC_PARTITIONS, replicationFactor });
    topics.push({ topic: deadLetterTopic(t), numPartitions: 1, replicationFactor });
  }
  for (const p of allCommandPatterns()) {
    topics.push({ topic: p, numPartitions: EVENT_TOPIC_PARTITIONS, replicationFactor });
    topics.push({ topic: replyTopic(p), numPartitions: EVENT_TOPIC_PARTITIONS, replicationFactor });
  }
  return topics;
}

/** Create the topics that do not exist yet (request-reply needs them before the first call). */
export async function ensureTopics(brokers: string, clientId = 'ndip-topic-admin'): Promise<string[]> {
  const admin = createKafka(brokers, clientId).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = allTopics().filter((t) => !existing.has(t.topic));
    if (missing.length > 0) {
      await admin.createTopics({ topics: missing, waitForLeaders: true });
    }
    return missing.map((t) => t.topic);
  } finally {
    await admin.disconnect();
  }
}
