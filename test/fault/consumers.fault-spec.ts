import { randomUUID } from 'node:crypto';
import { EVENT_TOPICS, deadLetterTopic, validateEnvelope } from '@ndip/domain';
import fc from 'fast-check';
import type { Producer } from 'kafkajs';
import { caughtUp } from '../integration/post-investment-support';
import { eventually } from '../support/eventually';
import { query } from '../support/infra';
import { TopicRecorder, testKafka, type SeenMessage } from '../support/kafka';
import { checkExactlyOnce, counters, moduleFlow, printCounters, startFaultSystem, type FaultSystem, type FlowResult } from './fault-support';

type Topic = (typeof EVENT_TOPICS)[keyof typeof EVENT_TOPICS];
const TOPICS = Object.values(EVENT_TOPICS) as Topic[];

/** The consumers (inbox / dead-letter consumer names) of each domain service that read a topic. */
const DOMAIN_CONSUMERS: Record<Topic, string[]> = {
  [EVENT_TOPICS.attraction]: ['implementation', 'post-investment', 'reporting'],
  [EVENT_TOPICS.implementation]: ['post-investment', 'reporting'],
  [EVENT_TOPICS['post-investment']]: ['implementation', 'reporting'],
  [EVENT_TOPICS.reporting]: [],
  [EVENT_TOPICS.gateway]: [],
};

interface Sent {
  topic: Topic;
  offset: string;
  partition: number;
  kind: string;
  /**
   * What the consumers must do with it. 'valid-envelope': only a metadata field changed, to a value that is still
   * valid (e.g. another non-empty producer string), and the payload is a real one, so it is an ordinary event that
   * no consumer may reject as an invalid envelope.
   */
  expect: 'dead-letter' | 'dead-letter-by-handlers' | 'ignored' | 'valid-envelope';
  type?: string;
}

/**
 * Poison messages and fuzzed malformed envelopes on every event topic, on the running system:
 * - a message that is not an envelope (not JSON, wrong JSON, missing fields, wrong types, huge strings) is
 *   dead-lettered by every consumer of the topic, with the reason in the `ndip-dlq-error` header;
 * - a valid envelope of a known type whose payload breaks its contract is dead-lettered by the consumers that
 *   handle that type;
 * - a valid envelope of an unknown type is ignored by design (EventProcessor / ProjectionProcessor: a topic
 *   carries types a consumer does not handle), not dead-lettered;
 * - a fuzzed field that is still valid (a string where a non-empty string is required) with the real payload is
 *   a valid event: never dead-lettered as an invalid envelope;
 * and no consumer crashes: afterwards every consumer group has committed past the batch, every service is
 * alive, and a whole new Module 1 → 2 → 3 flow is processed with its effects exactly once.
 */
describe('fault: poison and fuzzed messages on every event topic', () => {
  const REGION = '550000000';
  const BIN = '940740000139';
  const seed = Number(process.env.NDIP_FUZZ_SEED ?? Date.now() % 2_147_483_647);
  const runsPerTopic = Number(process.env.NDIP_FUZZ_RUNS ?? 40);
  let sys: FaultSystem;
  let producer: Producer;
  let dlq: TopicRecorder;
  let events: TopicRecorder;
  const flows: FlowResult[] = [];
  const sent: Sent[] = [];

  beforeAll(async () => {
    sys = await startFaultSystem('fz', 40, REGION, BIN);
    dlq = await new TopicRecorder(TOPICS.map(deadLetterTopic)).start();
    events = await new TopicRecorder(TOPICS).start();
    producer = testKafka().producer({ allowAutoTopicCreation: false });
    await producer.connect();
    // One real flow first: every consumer group is up and has real events to copy the shapes from.
    flows.push(await moduleFlow(sys.users, REGION, BIN, 'before-fuzz'));
  });

  afterAll(async () => {
    await producer?.disconnect();
    await dlq?.stop();
    await events?.stop();
    await sys?.stack.stop();
    process.stdout.write(`[fault] consumers: fast-check seed ${seed} (NDIP_FUZZ_SEED), ${sent.length} malformed messages sent\n`);
    printCounters('consumers');
  });

  async function send(topic: Topic, value: string | null, kind: string, expect: Sent['expect'], type?: string): Promise<void> {
    const [meta] = await producer.send({ topic, acks: -1, messages: [{ key: randomUUID(), value }] });
    sent.push({ topic, offset: meta!.baseOffset!, partition: meta!.partition, kind, expect, type });
    counters.fuzzCasesSent += 1;
  }

  function realEnvelopes(topic: Topic): Record<string, unknown>[] {
    return events
      .envelopes()
      .filter((e) => e.topic === topic && validateEnvelope(e.env).length === 0)
      .map((e) => e.env as Record<string, unknown>);
  }

  /** A real envelope on the topic of a type that a domain consumer of the topic handles (or any real one). */
  async function handledEnvelope(topic: Topic): Promise<Record<string, unknown> | undefined> {
    const real = realEnvelopes(topic);
    for (const e of real) {
      const by = (await handlersOf(e.type as string)).filter((c) => DOMAIN_CONSUMERS[topic].includes(c));
      if (by.length > 0) return e;
    }
    return undefined;
  }

  /** Consumers that handle a type: those whose inbox holds an event of that type. */
  async function handlersOf(type: string): Promise<string[]> {
    const out: string[] = [];
    for (const [svc, consumer] of [
      ['implementation', 'implementation'],
      ['post-investment', 'post-investment'],
      ['reporting', 'reporting'],
    ] as const) {
      const rows = await query(sys.dbs[svc], `SELECT 1 FROM inbox WHERE type = $1 AND consumer = $2 LIMIT 1`, [type, consumer]);
      if (rows.length > 0) out.push(consumer);
    }
    return out;
  }

  function deadLettersOf(s: Sent): SeenMessage[] {
    return dlq.messages.filter(
      (m) =>
        m.topic === deadLetterTopic(s.topic) &&
        m.headers['ndip-dlq-original-offset'] === s.offset &&
        Number(m.headers['ndip-dlq-original-partition']) === s.partition,
    );
  }

  it('a poison message on each topic: dead-lettered with its error by every consumer; the consumers move on', async () => {
    await eventually(() => {
      for (const t of [EVENT_TOPICS.attraction, EVENT_TOPICS.implementation, EVENT_TOPICS['post-investment']]) {
        if (realEnvelopes(t).length === 0) throw new Error(`no event seen on ${t} yet`);
      }
    });
    for (const topic of TOPICS) {
      await send(topic, '{"id": "not json', 'poison: not JSON', 'dead-letter');
      counters.faultsInjected += 1;
      // A known type whose payload breaks its contract (on the topics a domain service consumes).
      const real = await handledEnvelope(topic);
      if (real) {
        await send(
          topic,
          JSON.stringify({ ...real, id: randomUUID(), payload: { unexpected: true } }),
          'poison: payload breaks the contract',
          'dead-letter-by-handlers',
          real.type as string,
        );
        counters.faultsInjected += 1;
      }
    }
    for (const s of sent) {
      const expected =
        s.expect === 'dead-letter' ? DOMAIN_CONSUMERS[s.topic] : (await handlersOf(s.type!)).filter((c) => DOMAIN_CONSUMERS[s.topic].includes(c));
      if (s.expect === 'dead-letter-by-handlers') expect(expected.length).toBeGreaterThan(0);
      const got = await eventually(() => {
        const d = deadLettersOf(s);
        const consumers = new Set(d.map((m) => m.headers['ndip-dlq-consumer']));
        const missing = expected.filter((c) => !consumers.has(c));
        if (missing.length > 0) throw new Error(`${s.kind} on ${s.topic}@${s.offset}: not dead-lettered by ${missing.join(', ')}`);
        return d;
      }, 60_000);
      for (const m of got) {
        expect(m.headers['ndip-dlq-error']).toMatch(s.expect === 'dead-letter' ? /invalid envelope/ : /invalid payload/);
        expect(m.headers['ndip-dlq-original-topic']).toBe(s.topic);
        expect(m.headers['ndip-dlq-attempts']).toBe('1');
      }
    }
  });

  it('fast-check: malformed envelopes on each topic are dead-lettered (unknown types ignored); no consumer crashes', async () => {
    const first = sent.length;
    for (const [ti, topic] of TOPICS.entries()) {
      const real = (await handledEnvelope(topic)) ?? realEnvelopes(topic)[0] ?? realEnvelopes(EVENT_TOPICS.attraction)[0]!;
      const knownType = real.type as string;
      const field = fc.constantFrom(...Object.keys(real));
      const wrongValue = fc.oneof(
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(fc.string(), { maxLength: 3 }),
        fc.object({ maxDepth: 1 }),
        fc.string({ maxLength: 20 }),
      );
      const cases = fc.oneof(
        fc.string({ maxLength: 200 }).map((v) => ({ kind: 'random text', value: v })),
        fc.jsonValue({ maxDepth: 3 }).map((v) => ({ kind: 'random JSON', value: JSON.stringify(v) })),
        field.map((f) => ({ kind: `missing ${f}`, value: JSON.stringify({ ...real, id: randomUUID(), [f]: undefined }) })),
        fc
          .tuple(field, wrongValue)
          .map(([f, v]) => ({ kind: `wrong type of ${f}`, value: JSON.stringify({ ...real, id: f === 'id' ? v : randomUUID(), [f]: v }) })),
        fc
          .integer({ min: 100_000, max: 300_000 })
          .map((n) => ({ kind: `huge type (${n} chars)`, value: JSON.stringify({ ...real, id: randomUUID(), type: 'x'.repeat(n) }) })),
        fc.integer({ min: 50_000, max: 200_000 }).map((n) => ({
          kind: `huge payload string (${n} chars)`,
          value: JSON.stringify({ ...real, id: randomUUID(), payload: { ...(real.payload as object), title: 'я'.repeat(n), unexpectedHuge: 'x'.repeat(n) } }),
        })),
        fc
          .stringMatching(/^[a-z]{3,12}\.[a-z]{3,12}\.[a-z]{3,12}$/)
          .map((t) => ({ kind: 'unknown type, valid shape', value: JSON.stringify({ ...real, id: randomUUID(), type: `fuzz.${t}` }) })),
        fc
          .object({ maxDepth: 2 })
          .map((p) => ({ kind: 'known type, arbitrary payload', value: JSON.stringify({ ...real, id: randomUUID(), type: knownType, payload: p }) })),
      );
      const samples = fc.sample(cases, { numRuns: runsPerTopic, seed: seed + ti });
      for (const c of samples) {
        const parsed = (() => {
          try {
            return JSON.parse(c.value) as unknown;
          } catch {
            return c.value;
          }
        })();
        const envelopeProblems = validateEnvelope(parsed);
        if (envelopeProblems.length > 0) await send(topic, c.value, c.kind, 'dead-letter');
        else if ((parsed as { type: string }).type !== knownType) await send(topic, c.value, c.kind, 'ignored', (parsed as { type: string }).type);
        else if (JSON.stringify((parsed as { payload: unknown }).payload) === JSON.stringify(real.payload))
          await send(topic, c.value, c.kind, 'valid-envelope', knownType);
        else await send(topic, c.value, c.kind, 'dead-letter-by-handlers', knownType);
      }
      await send(topic, null, 'null value (tombstone)', 'dead-letter');
    }
    const batch = sent.slice(first);
    expect(batch.length).toBeGreaterThanOrEqual(TOPICS.length * runsPerTopic);

    // No consumer crashed and each moved past the batch: every group committed the end of every topic it reads.
    const groups: [string, Topic[]][] = [
      [`${sys.prefix}-implementation-server`, [EVENT_TOPICS.attraction, EVENT_TOPICS['post-investment']]],
      [`${sys.prefix}-post-investment-server`, [EVENT_TOPICS.attraction, EVENT_TOPICS.implementation]],
      [`${sys.prefix}-reporting-projection-g1`, [EVENT_TOPICS.attraction, EVENT_TOPICS.implementation, EVENT_TOPICS['post-investment']]],
    ];
    for (const [g, topics] of groups) await eventually(() => caughtUp(g, topics), 180_000, 1000);
    for (const s of Object.values(sys.stack.services)) expect({ service: s.name, exit: s.exitCode }).toEqual({ service: s.name, exit: undefined });

    // Each malformed envelope is in the dead-letter topic with its error, from every consumer of the topic.
    let deadLettered = 0;
    let ignored = 0;
    let validEnvelopes = 0;
    for (const s of batch) {
      const consumers = new Set(deadLettersOf(s).map((m) => m.headers['ndip-dlq-consumer']));
      if (s.expect === 'ignored') {
        expect({ kind: s.kind, deadLetteredBy: [...consumers].filter((c) => DOMAIN_CONSUMERS[s.topic].includes(c)) }).toEqual({
          kind: s.kind,
          deadLetteredBy: [],
        });
        ignored += 1;
        continue;
      }
      if (s.expect === 'valid-envelope') {
        const rejected = deadLettersOf(s).filter((m) => /invalid envelope/.test(m.headers['ndip-dlq-error'] ?? ''));
        expect({ kind: s.kind, rejectedAsInvalidEnvelopeBy: rejected.map((m) => m.headers['ndip-dlq-consumer']) }).toEqual({
          kind: s.kind,
          rejectedAsInvalidEnvelopeBy: [],
        });
        validEnvelopes += 1;
        continue;
      }
      const expected =
        s.expect === 'dead-letter' ? DOMAIN_CONSUMERS[s.topic] : (await handlersOf(s.type!)).filter((c) => DOMAIN_CONSUMERS[s.topic].includes(c));
      await eventually(() => {
        const have = new Set(deadLettersOf(s).map((m) => m.headers['ndip-dlq-consumer']));
        const missing = expected.filter((c) => !have.has(c));
        if (missing.length > 0) throw new Error(`${s.kind} on ${s.topic}@${s.offset}: not dead-lettered by ${missing.join(', ')}`);
      }, 60_000);
      for (const m of deadLettersOf(s)) expect(m.headers['ndip-dlq-error']!.length).toBeGreaterThan(0);
      deadLettered += 1;
    }
    process.stdout.write(
      `[fault] consumers: fuzz batch ${batch.length} messages: ${deadLettered} dead-lettered, ${ignored} ignored (unknown type), ${validEnvelopes} still-valid envelopes accepted\n`,
    );

    // The consumers still process good events: a whole new flow, effects exactly once.
    flows.push(await moduleFlow(sys.users, REGION, BIN, 'after-fuzz'));
    await checkExactlyOnce(sys, REGION, flows);
  });
});
