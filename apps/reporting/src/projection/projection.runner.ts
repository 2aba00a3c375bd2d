import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_TOPICS } from '@ndip/domain';
import { KAFKA, SERVICE_CONFIG, consumerConfig, incomingFromKafka } from '@ndip/platform';
import type { Consumer, Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import type { ReportingEnv } from '../reporting.env';
import { OverdueRatingService } from '../rating/overdue-rating.service';
import { ProjectionProcessor, StaleGenerationError } from './projection-processor';

/** The topics the projections are built from. */
export const PROJECTION_TOPICS = [EVENT_TOPICS.attraction, EVENT_TOPICS.implementation, EVENT_TOPICS['post-investment']];

export function projectionGroupId(prefix: string, generation: number): string {
  return `${prefix}-reporting-projection-g${generation}`;
}

/**
 * Feeds the projections from the event topics with a kafkajs consumer of its own (not the Nest microservice,
 * which serves the commands), so that a rebuild can restart it under a new consumer group that reads from
 * offset 0 (generation N → group `<prefix>-reporting-projection-gN`). Batches of NDIP_PROJECTION_BATCH_SIZE
 * messages are applied in one transaction each.
 */
@Injectable()
export class ProjectionRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('ProjectionRunner');
  private consumer: Consumer | null = null;
  private generation: number | null = null;
  private transition: Promise<void> = Promise.resolve();

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(SERVICE_CONFIG) private readonly env: ReportingEnv,
    private readonly dataSource: DataSource,
    private readonly processor: ProjectionProcessor,
    private readonly rating: OverdueRatingService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.rating.advance();
    await this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  currentGeneration(): number | null {
    return this.generation;
  }

  private serial(fn: () => Promise<void>): Promise<void> {
    this.transition = this.transition.then(fn, fn);
    return this.transition;
  }

  start(): Promise<void> {
    return this.serial(async () => {
      if (this.consumer) return;
      const [s] = (await this.dataSource.query(`SELECT generation FROM projection_state WHERE id = 1`)) as { generation: number }[];
      const generation = s!.generation;
      const consumer = this.kafka.consumer(consumerConfig(projectionGroupId(this.env.NDIP_GROUP_PREFIX, generation), this.env.NDIP_KAFKA_SESSION_TIMEOUT_MS));
      await consumer.connect();
      await consumer.subscribe({ topics: PROJECTION_TOPICS, fromBeginning: true });
      const size = this.env.NDIP_PROJECTION_BATCH_SIZE;
      await consumer.run({
        eachBatchAutoResolve: false,
        eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
          const msgs = batch.messages.map((m) => incomingFromKafka(batch.topic, batch.partition, m));
          for (let i = 0; i < msgs.length; i += size) {
            if (!isRunning() || isStale()) return;
            const chunk = msgs.slice(i, i + size);
            try {
              await this.processor.processBatch(chunk, generation);
            } catch (e) {
              if (e instanceof StaleGenerationError) {
                this.log.log(e.message);
                void this.restart();
                return;
              }
              throw e;
            }
            resolveOffset(chunk[chunk.length - 1]!.offset);
            await heartbeat();
          }
        },
      });
      this.consumer = consumer;
      this.generation = generation;
      this.log.log(`projections read generation ${generation}`);
    });
  }

  stop(): Promise<void> {
    return this.serial(async () => {
      const c = this.consumer;
      this.consumer = null;
      this.generation = null;
      await c?.disconnect();
    });
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** Another replica rebuilt the projections: follow it to the new generation. */
  async followGeneration(): Promise<void> {
    const [s] = (await this.dataSource.query(`SELECT generation FROM projection_state WHERE id = 1`)) as { generation: number }[];
    if (this.generation !== null && s!.generation !== this.generation) await this.restart();
  }
}
