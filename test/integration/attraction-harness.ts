import { ClientKafka } from '@nestjs/microservices';
import { COMMANDS, EVENT_TOPICS, type Actor } from '@ndip/domain';
import { ensureTopics } from '@ndip/platform/kafka/kafka-client';
import type { CommandError, CommandResult } from '@ndip/platform/messaging/command';
import { logLevel } from 'kafkajs';
import { firstValueFrom, timeout } from 'rxjs';
import { ServiceProcess } from '../../tools/dev/stack';
import { eventually } from '../support/eventually';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';
import { TopicRecorder } from '../support/kafka';

type Envelope = Record<string, unknown> & { id: string; type: string; aggregateId: string; ruleEdition: string; payload: Record<string, unknown> };

/**
 * The attraction service as a process against the real broker and database, driven by request-reply
 * commands (as the gateway does) and observed through its events topic. Several processes of the
 * harness run one after another (never side by side: they would share the command topics) under one
 * consumer group, so a restarted or second process does not replay the earlier commands.
 */
export class AttractionHarness {
  readonly prefix = uniqueName('attr');
  dbs!: Record<'e000' | 'e001', string>;
  recorder!: TopicRecorder;
  private client!: ClientKafka;
  private current: ServiceProcess | null = null;
  private db: 'e000' | 'e001' = 'e000';

  async setup(): Promise<void> {
    await ensureTopics(testInfra().brokers);
    this.dbs = await createDatabases(this.prefix, ['e000', 'e001'] as const);
    this.client = new ClientKafka({
      client: { clientId: `${this.prefix}-client`, brokers: testInfra().brokers.split(','), logLevel: logLevel.ERROR },
      consumer: { groupId: `${this.prefix}-replies`, sessionTimeout: 6000, heartbeatInterval: 1000, maxWaitTimeInMs: 100 },
    });
    for (const p of Object.values(COMMANDS.attraction)) this.client.subscribeToResponseOf(p);
    await this.client.connect();
    this.recorder = await new TopicRecorder([EVENT_TOPICS.attraction]).start();
  }

  /** (Re)starts the service on the edition's database with the given clock (NDIP_FIXED_TODAY). */
  async start(edition: 'E000' | 'E001', today: string, extra: Record<string, string> = {}): Promise<void> {
    await this.current?.stop();
    this.db = edition === 'E000' ? 'e000' : 'e001';
    this.current = new ServiceProcess(
      'attraction',
      {
        DATABASE_URL: this.dbs[this.db],
        HTTP_PORT: String(testPortBase(211)),
        NDIP_KAFKA_BROKERS: testInfra().brokers,
        NDIP_GROUP_PREFIX: this.prefix,
        NDIP_LOG_LEVEL: 'warn',
        NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000',
        NDIP_RULE_EDITION: edition,
        NDIP_FIXED_TODAY: today,
        NDIP_OVERDUE_SCAN_INTERVAL_MS: '0',
        ...extra,
      },
      `.data/test/logs/${this.prefix}`,
    );
    await this.current.start();
  }

  async stop(): Promise<void> {
    await this.current?.stop();
    await this.client?.close();
    await this.recorder?.stop();
  }

  async send<T>(pattern: string, actor: Actor, data: unknown): Promise<CommandResult<T>> {
    return firstValueFrom(
      this.client.send<CommandResult<T>>(pattern, { key: uniqueName('k'), value: { actor, correlationId: uniqueName('corr'), data } }).pipe(timeout(30_000)),
    );
  }

  /** A command that must succeed: its data. */
  async ok<T = Record<string, unknown>>(pattern: string, actor: Actor, data: unknown): Promise<T> {
    const r = await this.send<T>(pattern, actor, data);
    if (!r.ok) throw new Error(`${pattern} refused: ${r.error.code} ${r.error.field ?? ''} ${r.error.message}`);
    return r.data;
  }

  /** A command that must be refused: its error. */
  async refused(pattern: string, actor: Actor, data: unknown): Promise<CommandError> {
    const r = await this.send(pattern, actor, data);
    if (r.ok) throw new Error(`${pattern} was accepted: ${JSON.stringify(r.data)}`);
    return r.error;
  }

  sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
    return query<T>(this.dbs[this.db], text, params);
  }

  /** Events of one aggregate seen on the topic, in order; delivery is at least once, so a re-sent copy (same id) counts once. */
  events(aggregateId: string): Envelope[] {
    const seen = new Set<string>();
    return this.recorder
      .envelopes()
      .filter((e) => e.env.aggregateId === aggregateId && !seen.has(e.env.id) && seen.add(e.env.id))
      .map((e) => e.env as Envelope);
  }

  /** Waits until the aggregate's event types on the topic are exactly `types` (outbox relay is asynchronous). */
  async expectEvents(aggregateId: string, types: string[]): Promise<Envelope[]> {
    return eventually(() => {
      const seen = this.events(aggregateId).map((e) => e.type);
      if (JSON.stringify(seen) !== JSON.stringify(types)) throw new Error(`events of ${aggregateId}: ${seen.join(', ')}; expected ${types.join(', ')}`);
      return this.events(aggregateId);
    });
  }
}

export function actors(prefix: string): Record<string, Actor> {
  const a = (key: string, role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({
    userId: `${prefix}-u-${key}`,
    organizationId: `${prefix}-org-${key}`,
    role,
    regionCode: null,
    countryCode: null,
    ...extra,
  });
  return {
    fiKr: a('fi-kr', 'FI', { countryCode: 'KR' }),
    ncfKr: a('ncf-kr', 'NCF', { countryCode: 'KR' }),
    fiDe: a('fi-de', 'FI', { countryCode: 'DE' }),
    mioAlmaty: a('mio-almaty', 'MIO', { regionCode: '750000000' }),
    mioAstana: a('mio-astana', 'MIO', { regionCode: '710000000' }),
    ab: a('ab', 'AB'),
    nc: a('nc', 'NC'),
    csb: a('csb', 'CSB'),
    inv: a('inv', 'INV'),
  };
}
