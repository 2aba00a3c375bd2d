import { Logger } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { OUTBOX_CHANNEL } from './outbox.writer';

export interface OutboxRelayOptions {
  batchSize?: number;
  pollIntervalMs?: number;
  /** Fault injection for reliability tests: SIGKILL this process after the commit, right before the send. */
  fault?: string;
}

interface OutboxRow {
  id: string;
  aggregateid: string;
  topic: string;
  payload: Record<string, unknown>;
  headers: Record<string, string>;
}

/**
 * Publishes outbox rows in order with an idempotent producer (acks=all) and marks them published
 * in the same transaction that locked them (`FOR UPDATE SKIP LOCKED`, so several replicas share
 * the work). Woken by LISTEN/NOTIFY, with polling as a fallback. A crash after the send and before
 * the commit re-sends the batch: consumers are idempotent (inbox).
 */
export class OutboxRelay {
  private readonly log = new Logger('OutboxRelay');
  private producer: Producer | null = null;
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private draining: Promise<void> | null = null;
  private again = false;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private lastErrorAt = 0;
  healthy = true;

  constructor(
    private readonly dataSource: DataSource,
    private readonly kafka: Kafka,
    private readonly databaseUrl: string,
    private readonly opts: OutboxRelayOptions = {},
  ) {
    this.batchSize = opts.batchSize ?? 200;
    this.pollIntervalMs = opts.pollIntervalMs ?? 1000;
  }

  async start(): Promise<void> {
    this.running = true;
    this.producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await this.producer.connect();
    await this.listen();
    this.timer = setInterval(() => this.kick(), this.pollIntervalMs);
    this.kick();
  }

  private async listen(): Promise<void> {
    try {
      const client = new Client({ connectionString: this.databaseUrl, application_name: 'outbox-listener' });
      client.on('error', () => {
        this.listener = null;
      });
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      client.on('notification', () => this.kick());
      this.listener = client;
    } catch (e) {
      this.log.warn(`LISTEN failed, polling only: ${(e as Error).message}`);
    }
  }

  /** Request a drain; coalesces concurrent wake-ups. */
  kick(): void {
    if (!this.running) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain()
      .catch((e: unknown) => {
        this.healthy = false;
        const now = Date.now();
        if (now - this.lastErrorAt > 5000) {
          this.lastErrorAt = now;
          this.log.warn(`outbox relay: ${(e as Error).message}`);
        }
      })
      .finally(() => {
        this.draining = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Publish until the outbox is empty. Resolves with the number of rows published. */
  async drain(): Promise<void> {
    if (!this.listener && this.running) await this.listen();
    for (;;) {
      const n = await this.publishBatch();
      this.healthy = true;
      if (n < this.batchSize) return;
    }
  }

  private async publishBatch(): Promise<number> {
    const producer = this.producer;
    if (!producer) return 0;
    let failedIds: string[] = [];
    try {
      return await this.lockSendMark(producer, (ids) => (failedIds = ids));
    } catch (e) {
      if (failedIds.length > 0) {
        // Recorded after the rollback released the row locks.
        await this.dataSource
          .query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::uuid[])`, [failedIds, (e as Error).message])
          .catch(() => undefined);
      }
      throw e;
    }
  }

  private lockSendMark(producer: Producer, onSendFailed: (ids: string[]) => void): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows = (await m.query(
        `SELECT id, aggregateid, topic, payload, headers FROM outbox
          WHERE published_at IS NULL ORDER BY created_at, seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      )) as OutboxRow[];
      if (rows.length === 0) return 0;
      if (this.opts.fault === 'relay-crash-before-send') {
        this.log.error('fault injection: killing the process between commit and send');
        process.kill(process.pid, 'SIGKILL');
      }
      const byTopic = new Map<string, OutboxRow[]>();
      for (const r of rows) {
        const list = byTopic.get(r.topic) ?? [];
        list.push(r);
        byTopic.set(r.topic, list);
      }
      try {
        await producer.sendBatch({
          acks: -1,
          topicMessages: [...byTopic.entries()].map(([topic, list]) => ({
            topic,
            messages: list.map((r) => ({ key: r.aggregateid, value: JSON.stringify(r.payload), headers: r.headers })),
          })),
        });
      } catch (e) {
        onSendFailed(rows.map((r) => r.id));
        throw e;
      }
      await m.query(`UPDATE outbox SET published_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  async backlog(): Promise<number> {
    const r = (await this.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`)) as { n: number }[];
    return r[0]?.n ?? 0;
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearInterval(this.timer);
    await this.draining?.catch(() => undefined);
    await this.listener?.end().catch(() => undefined);
    await this.producer?.disconnect().catch(() => undefined);
  }
}
