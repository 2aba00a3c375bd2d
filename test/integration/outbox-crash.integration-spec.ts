import { randomBytes } from 'node:crypto';
import { ClientKafka } from '@nestjs/microservices';
import { COMMANDS, EVENT_TOPICS, type Actor } from '@ndip/domain';
import { ensureTopics } from '@ndip/platform/kafka/kafka-client';
import { logLevel } from 'kafkajs';
import { firstValueFrom, timeout } from 'rxjs';
import { ServiceProcess } from '../../tools/dev/stack';
import { eventually } from '../support/eventually';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';
import { TopicRecorder } from '../support/kafka';

/**
 * Transactional outbox under a crash: the attraction service commits a company card and its
 * `attraction.company.created` event, then is SIGKILLed by fault injection right before the relay
 * sends to Kafka. After a restart the event is published, exactly once.
 */
describe('outbox: a service killed between the commit and the Kafka send', () => {
  let svc: ServiceProcess;
  let client: ClientKafka;
  let recorder: TopicRecorder;
  let dbUrl: string;
  const actor: Actor = { userId: 'u-1', organizationId: 'org-embassy-seoul', role: 'FI', regionCode: null, countryCode: 'KR' };

  beforeAll(async () => {
    const prefix = uniqueName('crash');
    await ensureTopics(testInfra().brokers); // a fresh broker has none; request-reply needs them up front
    dbUrl = (await createDatabases(prefix, ['attraction'] as const)).attraction;
    svc = new ServiceProcess(
      'attraction',
      {
        DATABASE_URL: dbUrl,
        HTTP_PORT: String(testPortBase(201)),
        NDIP_KAFKA_BROKERS: testInfra().brokers,
        NDIP_GROUP_PREFIX: prefix,
        NDIP_LOG_LEVEL: 'warn',
        NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000',
      },
      '.data/test/logs',
    );
    client = new ClientKafka({
      client: { clientId: `${prefix}-client`, brokers: testInfra().brokers.split(','), logLevel: logLevel.ERROR },
      consumer: { groupId: `${prefix}-replies`, sessionTimeout: 6000, heartbeatInterval: 1000, maxWaitTimeInMs: 100 },
    });
    client.subscribeToResponseOf(COMMANDS.attraction.createCompany);
    await client.connect();
    recorder = await new TopicRecorder([EVENT_TOPICS.attraction]).start();
  });

  afterAll(async () => {
    await svc?.stop();
    await client?.close();
    await recorder?.stop();
  });

  it('publishes the committed event after the restart, once', async () => {
    await svc.start({ NDIP_FAULT: 'relay-crash-before-send' });
    const name = `Crash Test ${randomBytes(3).toString('hex')}`;
    // The reply may or may not leave before the relay kills the process; the commit is what counts.
    await firstValueFrom(
      client
        .send(COMMANDS.attraction.createCompany, { key: 'k', value: { actor, correlationId: uniqueName('corr'), data: { name, countryCode: 'KR' } } })
        .pipe(timeout(15_000)),
    ).catch(() => undefined);
    expect(await svc.waitExit(30_000)).toBe('SIGKILL');

    const [row] = await query<{ id: string; published_at: Date | null; aggregateid: string }>(
      dbUrl,
      `SELECT o.id, o.published_at, o.aggregateid FROM outbox o JOIN company c ON c.id::text = o.aggregateid WHERE c.name = $1`,
      [name],
    );
    expect(row).toBeDefined();
    expect(row!.published_at).toBeNull();
    expect(recorder.envelopes().some((e) => e.env.id === row!.id)).toBe(false);

    await svc.start();
    await eventually(() => {
      if (!recorder.envelopes().some((e) => e.env.id === row!.id)) throw new Error('event not on the topic yet');
    }, 30_000);
    const [after] = await query<{ published_at: Date | null }>(dbUrl, `SELECT published_at FROM outbox WHERE id = $1`, [row!.id]);
    expect(after!.published_at).not.toBeNull();
    const copies = recorder.envelopes().filter((e) => e.env.id === row!.id);
    expect(copies).toHaveLength(1);
    expect(copies[0]!.message.key).toBe(row!.aggregateid);
    expect(copies[0]!.env.payload).toMatchObject({ name, countryCode: 'KR' });
  });
});
