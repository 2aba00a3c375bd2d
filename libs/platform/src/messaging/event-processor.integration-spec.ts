import { randomUUID } from 'node:crypto';
import { DomainError, DomainErrorCode, EVENT_TOPICS, deadLetterTopic, type EventEnvelope } from '@ndip/domain';
import { IsString } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { eventually } from '../../../../test/support/eventually';
import { createDatabases, uniqueName } from '../../../../test/support/infra';
import { TopicRecorder, testKafka } from '../../../../test/support/kafka';
import { serviceDataSourceOptions } from '../database/data-source-options';
import { ensureTopics } from '../kafka/kafka-client';
import { uuidv7 } from '../ids/uuid7';
import { DeadLetterPublisher } from './dead-letter';
import { EventProcessor, type IncomingMessage } from './event-processor';
import { testInfra } from '../../../../test/support/infra';

class NotePayload {
  @IsString() text!: string;
}

/** The consumer side of the backbone on real PostgreSQL and Kafka: inbox, validation, dead letters, retries. */
describe('EventProcessor (inbox and dead-letter topic)', () => {
  const topic = EVENT_TOPICS.attraction;
  let ds: DataSource;
  let dlq: DeadLetterPublisher;
  let recorder: TopicRecorder;
  const seen: string[] = [];
  let failNext = 0;
  let processor: EventProcessor;
  let offset = 0;

  const envelope = (payload: unknown, type = 'test.note.created'): EventEnvelope<unknown> => ({
    id: uuidv7(),
    type,
    version: 1,
    occurredAt: new Date().toISOString(),
    producer: 'attraction',
    aggregateType: 'note',
    aggregateId: 'n-1',
    correlationId: 'c-1',
    causationId: null,
    actor: { userId: 'u', organizationId: 'o', role: 'FI' },
    ruleEdition: 'E000',
    payload,
  });
  const msg = (value: unknown): IncomingMessage => ({ topic, partition: 0, offset: String(offset++), key: 'n-1', value });

  beforeAll(async () => {
    await ensureTopics(testInfra().brokers);
    const url = (await createDatabases(uniqueName('proc'), ['svc'] as const)).svc;
    ds = new DataSource(serviceDataSourceOptions({ url, entities: [], migrations: [], applicationName: 'test' }));
    await ds.initialize();
    dlq = new DeadLetterPublisher(testKafka());
    await dlq.start();
    recorder = await new TopicRecorder([deadLetterTopic(topic)]).start();
    processor = new EventProcessor(
      'test-consumer',
      ds,
      dlq,
      [
        {
          type: 'test.note.created',
          payloadClass: NotePayload,
          handle: async (m: EntityManager, e: EventEnvelope<object>) => {
            const text = (e.payload as NotePayload).text;
            if (text === 'unprocessable') throw new DomainError(DomainErrorCode.WRONG_STATE, 'cannot apply');
            if (failNext > 0) {
              failNext -= 1;
              throw new Error('database hiccup');
            }
            await m.query('SELECT 1');
            seen.push(text);
          },
        },
      ],
      3,
    );
  });

  afterAll(async () => {
    await recorder?.stop();
    await dlq?.stop();
    await ds?.destroy();
  });

  it('processes an event once; the same event id again is a duplicate', async () => {
    const e = envelope({ text: 'hello' });
    expect(await processor.process(msg(e))).toBe('processed');
    expect(await processor.process(msg(e))).toBe('duplicate');
    expect(seen.filter((t) => t === 'hello')).toHaveLength(1);
    const rows = (await ds.query('SELECT consumer, type FROM inbox WHERE event_id = $1', [e.id])) as unknown[];
    expect(rows).toEqual([{ consumer: 'test-consumer', type: 'test.note.created' }]);
  });

  it('ignores event types it has no handler for', async () => {
    expect(await processor.process(msg(envelope({ text: 'x' }, 'test.other.happened')))).toBe('ignored');
  });

  it('dead-letters a malformed envelope, an invalid payload and an unprocessable event, with the reason', async () => {
    const marker = randomUUID();
    expect(await processor.process(msg(`not json ${marker}`))).toBe('dead-lettered');
    const badPayload = envelope({ text: 42, marker });
    expect(await processor.process(msg(badPayload))).toBe('dead-lettered');
    const unprocessable = envelope({ text: 'unprocessable' });
    expect(await processor.process(msg(unprocessable))).toBe('dead-lettered');
    await eventually(() => {
      const byValue = (s: string) => recorder.messages.find((m) => m.value.includes(s));
      const a = byValue(marker);
      const b = byValue(badPayload.id);
      const c = byValue(unprocessable.id);
      if (!a || !b || !c) throw new Error('not all dead letters seen yet');
      expect(a.headers['ndip-dlq-error']).toContain('invalid envelope');
      expect(b.headers['ndip-dlq-error']).toContain('text');
      expect(c.headers['ndip-dlq-error']).toContain('cannot apply');
      expect(c.headers['ndip-dlq-consumer']).toBe('test-consumer');
      expect(c.headers['ndip-dlq-original-topic']).toBe(topic);
    });
    // Nothing of the refused events was applied, and the inbox did not record them.
    const rows = (await ds.query('SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1::uuid[])', [[badPayload.id, unprocessable.id]])) as {
      n: number;
    }[];
    expect(rows[0]!.n).toBe(0);
  });

  it('retries a transient failure (the broker redelivers) and dead-letters after the last attempt', async () => {
    const e = envelope({ text: 'eventually' });
    const m = msg(e);
    failNext = 1;
    await expect(processor.process(m)).rejects.toThrow('database hiccup');
    expect(await processor.process(m)).toBe('processed');
    expect(seen).toContain('eventually');

    const stuck = envelope({ text: 'never' });
    const sm = msg(stuck);
    failNext = 3;
    await expect(processor.process(sm)).rejects.toThrow('database hiccup');
    await expect(processor.process(sm)).rejects.toThrow('database hiccup');
    expect(await processor.process(sm)).toBe('dead-lettered');
    await eventually(() => {
      const d = recorder.messages.find((x) => x.value.includes(stuck.id));
      if (!d) throw new Error('not dead-lettered yet');
      expect(d.headers['ndip-dlq-attempts']).toBe('3');
      expect(d.headers['ndip-dlq-error']).toContain('retries exhausted');
    });
    expect(seen).not.toContain('never');
  });
});
