import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { REFERENCE_EVENT_TYPES, REFERENCE_TOPIC, validateEnvelope, type ReferenceEntry, type ReferenceKind, type ServiceName } from '@ndip/domain';
import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import { SERVICE_CONFIG, type ServiceEnv } from '../config/env';
import { ReferenceEntryRecordedContract } from '../contracts/reference';
import { uuidv7 } from '../ids/uuid7';
import { DeadLetterPublisher } from '../messaging/dead-letter';
import { incomingFromKafka } from '../messaging/kafka-context';
import { validateContract } from '../messaging/validation';
import { KAFKA, SERVICE_NAME } from '../platform.module';
import { ReferenceDataCache } from './reference-cache';

/** How long a starting service waits for the reference data before it serves with what it has (logged). */
export const REFERENCE_CATCH_UP_TIMEOUT_MS = 30_000;

/** Parses one message of REFERENCE_TOPIC into an entry; a string says why it is not one (dead-lettered). */
export function referenceEntryOf(raw: unknown): ReferenceEntry | null | string {
  const problems = validateEnvelope(raw);
  if (problems.length > 0) return `invalid envelope: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`;
  const env = raw as { type: string; payload: unknown };
  if (env.type !== REFERENCE_EVENT_TYPES.entryRecorded) return null; // other types on the topic are not for the cache
  const { value, problems: bad } = validateContract(ReferenceEntryRecordedContract, env.payload);
  if (bad.length > 0) return `invalid payload: ${bad.map((p) => `${p.field}: ${p.message}`).join('; ')}`;
  return { ...value, kind: value.kind as ReferenceKind, sequence: Number(value.sequence) };
}

/**
 * Feeds the process's ReferenceDataCache from REFERENCE_TOPIC. Every process reads the whole topic at each start
 * (a consumer group of its own that never commits offsets, so each replica has every entry) and the application
 * bootstrap waits until it has caught up with the offsets the topic had at start, so the first decisions already
 * use the current values. A message that is not a valid entry goes to the dead-letter topic and is skipped.
 */
@Injectable()
export class ReferenceDataConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('ReferenceDataConsumer');
  private consumer: Consumer | null = null;

  constructor(
    readonly cache: ReferenceDataCache,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(SERVICE_CONFIG) private readonly env: ServiceEnv,
    @Inject(SERVICE_NAME) private readonly service: ServiceName,
    private readonly deadLetters: DeadLetterPublisher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const offsets = await this.topicOffsets();
    const targets = new Map(offsets.filter((o) => BigInt(o.high) > BigInt(o.low)).map((o) => [o.partition, BigInt(o.high)]));
    const groupId = `${this.env.NDIP_GROUP_PREFIX}-${this.service}-reference-${uuidv7()}`;
    const consumer = this.kafka.consumer({
      groupId,
      sessionTimeout: this.env.NDIP_KAFKA_SESSION_TIMEOUT_MS,
      heartbeatInterval: Math.max(500, Math.floor(this.env.NDIP_KAFKA_SESSION_TIMEOUT_MS / 6)),
      maxWaitTimeInMs: 100,
      allowAutoTopicCreation: false,
    });
    let caughtUp: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (caughtUp = resolve));
    const progress = (partition: number, offset: string): void => {
      const target = targets.get(partition);
      if (target !== undefined && BigInt(offset) + 1n >= target) targets.delete(partition);
      if (targets.size === 0) caughtUp();
    };
    if (targets.size === 0) caughtUp();
    await consumer.connect();
    await consumer.subscribe({ topics: [REFERENCE_TOPIC], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic, partition, message }) => {
        await this.handle(topic, partition, message);
        progress(partition, message.offset);
      },
    });
    this.consumer = consumer;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      ready.then(() => false),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), REFERENCE_CATCH_UP_TIMEOUT_MS))),
    ]);
    clearTimeout(timer);
    if (timedOut) this.log.warn(`reference data not caught up after ${REFERENCE_CATCH_UP_TIMEOUT_MS} ms: serving with ${this.cache.size()} entries`);
    else this.log.log(`reference data loaded: ${this.cache.size()} entries`);
  }

  /**
   * The topic's offsets at start. On a fresh broker the topic was created moments ago (ensureTopics) and its
   * partitions may not have a leader yet ("not the leader for that topic-partition"): retried for up to 30 s.
   */
  private async topicOffsets(): Promise<{ partition: number; high: string; low: string }[]> {
    const deadline = Date.now() + REFERENCE_CATCH_UP_TIMEOUT_MS;
    for (let attempt = 1; ; attempt++) {
      const admin = this.kafka.admin();
      try {
        await admin.connect();
        return await admin.fetchTopicOffsets(REFERENCE_TOPIC);
      } catch (e) {
        if (Date.now() > deadline) throw e;
        this.log.warn(`reference topic offsets not available yet (attempt ${attempt}): ${(e as Error).message}`);
        await new Promise((r) => setTimeout(r, Math.min(2000, 200 * attempt)));
      } finally {
        await admin.disconnect().catch(() => undefined);
      }
    }
  }

  private async handle(topic: string, partition: number, message: KafkaMessage): Promise<void> {
    const msg = incomingFromKafka(topic, partition, message);
    const entry = referenceEntryOf(msg.value);
    if (entry === null) return;
    if (typeof entry === 'string') {
      this.log.warn(`skipping reference message ${partition}/${message.offset}: ${entry}`);
      await this.deadLetters
        .publish({
          topic,
          partition,
          offset: msg.offset,
          key: msg.key,
          // The bytes as received (not re-serialised), as before.
          value: message.value ? message.value.toString('utf8') : '',
          consumer: `${this.service}-reference`,
          error: entry,
          attempts: 1,
        })
        .catch((e: unknown) => this.log.error(`dead letter failed: ${e instanceof Error ? e.message : String(e)}`));
      return;
    }
    this.cache.apply(entry);
  }

  async onApplicationShutdown(): Promise<void> {
    const c = this.consumer;
    this.consumer = null;
    await c?.disconnect().catch(() => undefined);
  }
}
