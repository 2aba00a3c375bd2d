import { ClientKafka } from '@nestjs/microservices';
import { COMMANDS, EVENT_TOPICS, type Actor } from '@ndip/domain';
import { ensureTopics } from '@ndip/platform/kafka/kafka-client';
import { uuidv7 } from '@ndip/platform/ids/uuid7';
import { logLevel } from 'kafkajs';
import { firstValueFrom, timeout } from 'rxjs';
import { ServiceProcess } from '../../tools/dev/stack';
import { createDatabases, testInfra, testPortBase, uniqueName } from '../support/infra';
import { produce } from '../support/kafka';

/** Helpers of the reporting integration tests: the service as a process, commands over request-reply, events. */

export const ACTORS = {
  admin: { userId: 'u-admin', organizationId: 'org-operator', role: 'ADMIN', regionCode: null, countryCode: null },
  nc: { userId: 'u-nc', organizationId: 'org-kazakh-invest', role: 'NC', regionCode: null, countryCode: null },
  ab: { userId: 'u-ab', organizationId: 'org-mfa-ic', role: 'AB', regionCode: null, countryCode: null },
  cia: { userId: 'u-cia', organizationId: 'org-council', role: 'CIA', regionCode: null, countryCode: null },
  fi: { userId: 'u-fi', organizationId: 'org-embassy-seoul', role: 'FI', regionCode: null, countryCode: 'KR' },
  nch: { userId: 'u-nch', organizationId: 'org-atameken', role: 'NCH', regionCode: null, countryCode: null },
} satisfies Record<string, Actor>;

export function mio(regionCode: string, organizationId = `org-akimat-${regionCode}`): Actor {
  return { userId: `u-${organizationId}`, organizationId, role: 'MIO', regionCode, countryCode: null };
}

export type Result<T = unknown> =
  { ok: true; data: T } | { ok: false; error: { code: string; message: string; field?: string; problems?: { field: string }[] } };

export class ReportingHarness {
  svc!: ServiceProcess;
  client!: ClientKafka;
  dbUrl!: string;
  prefix!: string;

  constructor(private readonly portOffset: number) {}

  async start(env: Record<string, string>): Promise<void> {
    this.prefix = uniqueName('rep');
    await ensureTopics(testInfra().brokers);
    this.dbUrl = (await createDatabases(this.prefix, ['reporting'] as const)).reporting;
    this.svc = new ServiceProcess(
      'reporting',
      {
        DATABASE_URL: this.dbUrl,
        HTTP_PORT: String(testPortBase(this.portOffset)),
        NDIP_KAFKA_BROKERS: testInfra().brokers,
        NDIP_GROUP_PREFIX: this.prefix,
        NDIP_LOG_LEVEL: 'warn',
        NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000',
        NDIP_RATING_CLOCK_INTERVAL_MS: '0',
        ...env,
      },
      `.data/test/logs/${this.prefix}`,
    );
    this.client = new ClientKafka({
      client: { clientId: `${this.prefix}-client`, brokers: testInfra().brokers.split(','), logLevel: logLevel.ERROR },
      consumer: { groupId: `${this.prefix}-replies`, sessionTimeout: 6000, heartbeatInterval: 1000, maxWaitTimeInMs: 100 },
    });
    for (const p of Object.values(COMMANDS.reporting)) this.client.subscribeToResponseOf(p);
    await this.client.connect();
    await this.svc.start();
  }

  async stop(): Promise<void> {
    await this.svc?.stop();
    await this.client?.close();
  }

  async call<T = unknown>(pattern: string, actor: Actor, data: unknown = {}): Promise<Result<T>> {
    return firstValueFrom(
      this.client.send<Result<T>>(pattern, { key: uuidv7(), value: { actor, correlationId: uuidv7(), locale: 'en', data } }).pipe(timeout(30_000)),
    );
  }

  /** A command that must succeed: its data, or a thrown error with the refusal. */
  async ok<T = unknown>(pattern: string, actor: Actor, data: unknown = {}): Promise<T> {
    const r = await this.call<T>(pattern, actor, data);
    if (!r.ok) throw new Error(`${pattern} refused: ${JSON.stringify(r.error)}`);
    return r.data;
  }
}

export interface Envelope {
  id: string;
  type: string;
  payload: Record<string, unknown>;
  aggregateId: string;
  [k: string]: unknown;
}

export function envelope(type: string, aggregateType: string, aggregateId: string, payload: Record<string, unknown>, producer: string): Envelope {
  return {
    id: uuidv7(),
    type,
    version: 1,
    occurredAt: new Date().toISOString(),
    producer,
    aggregateType,
    aggregateId,
    correlationId: uuidv7(),
    causationId: null,
    actor: { userId: 'u-test', organizationId: 'org-test', role: 'NC' },
    ruleEdition: 'E000',
    payload,
  };
}

export async function publish(producer: 'attraction' | 'implementation' | 'post-investment', events: Envelope[]): Promise<void> {
  await produce(
    EVENT_TOPICS[producer],
    events.map((e) => ({ key: e.aggregateId, value: JSON.stringify(e) })),
  );
}
