import { EVENT_TOPICS, type Actor } from '@ndip/domain';
import { DataSource } from 'typeorm';
import { eventually } from '../../../../test/support/eventually';
import { createDatabases, testInfra, uniqueName } from '../../../../test/support/infra';
import { TopicRecorder, testKafka } from '../../../../test/support/kafka';
import { serviceDataSourceOptions } from '../database/data-source-options';
import { ensureTopics } from '../kafka/kafka-client';
import { OutboxRelay } from './outbox-relay';
import { OutboxWriter } from './outbox.writer';

/** The producer side on real PostgreSQL and Kafka: commit → published in order; rollback → nothing. */
describe('OutboxWriter + OutboxRelay', () => {
  let ds: DataSource;
  let relay: OutboxRelay;
  let recorder: TopicRecorder;
  const writer = new OutboxWriter('implementation');
  const actor: Actor = { userId: 'u', organizationId: 'o', role: 'MIO', regionCode: '750000000' };
  const ctx = { actor, correlationId: 'corr', causationId: null, ruleEdition: 'E000' as const, occurredAt: new Date() };

  beforeAll(async () => {
    await ensureTopics(testInfra().brokers);
    const url = (await createDatabases(uniqueName('relay'), ['svc'] as const)).svc;
    ds = new DataSource(serviceDataSourceOptions({ url, entities: [], migrations: [], applicationName: 'test' }));
    await ds.initialize();
    recorder = await new TopicRecorder([EVENT_TOPICS.implementation]).start();
    relay = new OutboxRelay(ds, testKafka(), url, { pollIntervalMs: 5000 });
    await relay.start();
  });

  afterAll(async () => {
    await relay?.stop();
    await recorder?.stop();
    await ds?.destroy();
  });

  it('publishes committed events in order, keyed by aggregate id, woken by NOTIFY', async () => {
    const agg = uniqueName('agg');
    const events = [1, 2, 3, 4, 5].map((n) => ({ type: 'implementation.test.happened', version: 1, aggregateType: 'test', aggregateId: agg, payload: { n } }));
    const envs = await ds.transaction((m) => writer.append(m, events, ctx));
    const seen = await eventually(() => {
      const mine = recorder.envelopes().filter((e) => e.message.key === agg);
      if (mine.length < 5) throw new Error(`${mine.length}/5 seen`);
      return mine;
    }, 4000); // well under the 5 s poll: the NOTIFY woke the relay
    expect(seen.map((e) => e.env.payload.n)).toEqual([1, 2, 3, 4, 5]);
    expect(seen.map((e) => e.env.id)).toEqual(envs.map((e) => e.id));
    expect(new Set(seen.map((e) => e.message.partition)).size).toBe(1);
    expect(seen[0]!.message.headers['ndip-event-type']).toBe('implementation.test.happened');
    expect(await relay.backlog()).toBe(0);
  });

  it('publishes nothing from a rolled-back transaction', async () => {
    const agg = uniqueName('rolled-back');
    await expect(
      ds.transaction(async (m) => {
        await writer.append(m, [{ type: 'implementation.test.happened', version: 1, aggregateType: 'test', aggregateId: agg, payload: {} }], ctx);
        throw new Error('business rule refused');
      }),
    ).rejects.toThrow('business rule refused');
    const after = uniqueName('after');
    await ds.transaction((m) =>
      writer.append(m, [{ type: 'implementation.test.happened', version: 1, aggregateType: 'test', aggregateId: after, payload: {} }], ctx),
    );
    await eventually(() => {
      if (!recorder.envelopes().some((e) => e.message.key === after)) throw new Error('later event not seen yet');
    });
    expect(recorder.envelopes().some((e) => e.message.key === agg)).toBe(false);
    const rows = (await ds.query('SELECT count(*)::int AS n FROM outbox WHERE aggregateid = $1', [agg])) as { n: number }[];
    expect(rows[0]!.n).toBe(0);
  });
});
