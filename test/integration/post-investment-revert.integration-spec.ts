import { EVENT_TOPICS, deadLetterTopic, type Actor } from '@ndip/domain';
import { uuidv7 } from '@ndip/platform/ids/uuid7';
import { ensureTopics } from '@ndip/platform/kafka/kafka-client';
import { ServiceProcess } from '../../tools/dev/stack';
import { eventually } from '../support/eventually';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';
import { TopicRecorder, produce } from '../support/kafka';
import { caughtUp } from './post-investment-support';

/**
 * Module 3 (as a process, real PostgreSQL and Kafka) and `implementation.project.reverted-to-initiative`
 * (E001 §41). Only a project in implementation can be turned back, so Module 3 has nothing to undo: the event
 * is consumed once (inbox) and changes nothing, and is not dead-lettered; a malformed one is.
 */
describe('Module 3: a project turned back into an initiative (E001 §41)', () => {
  const ALMATY = '750000000';
  const mio: Actor = { userId: 'u-mio', organizationId: 'org-mio-almaty', role: 'MIO', regionCode: ALMATY, countryCode: null };
  let svc: ServiceProcess;
  let dbUrl: string;
  let groupId: string;
  let dlq: TopicRecorder;

  const envelope = (type: string, aggregateId: string, payload: Record<string, unknown>) => ({
    id: uuidv7(),
    type,
    version: 1,
    occurredAt: new Date().toISOString(),
    producer: 'implementation',
    aggregateType: 'project',
    aggregateId,
    correlationId: uniqueName('corr'),
    causationId: null,
    actor: mio,
    ruleEdition: 'E001',
    payload,
  });
  const reverted = (projectId: string) =>
    envelope('implementation.project.reverted-to-initiative', projectId, {
      projectId,
      initiativeId: uuidv7(),
      regionCode: ALMATY,
      previousStatus: 'IMPLEMENTATION',
      reason: 'The investor changed the site',
      revertedOn: '2027-03-01',
    });
  const feed = (...envs: ReturnType<typeof envelope>[]) =>
    produce(
      EVENT_TOPICS.implementation,
      envs.map((e) => ({ key: e.aggregateId, value: JSON.stringify(e) })),
    );
  const inbox = (eventId: string) =>
    query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM inbox WHERE event_id = $1 AND consumer = 'post-investment'`, [eventId]);

  beforeAll(async () => {
    const prefix = uniqueName('m3rev');
    await ensureTopics(testInfra().brokers);
    dbUrl = (await createDatabases(prefix, ['post-investment'] as const))['post-investment'];
    groupId = `${prefix}-post-investment-server`;
    svc = new ServiceProcess(
      'post-investment',
      {
        DATABASE_URL: dbUrl,
        HTTP_PORT: String(testPortBase(233)),
        NDIP_KAFKA_BROKERS: testInfra().brokers,
        NDIP_GROUP_PREFIX: prefix,
        NDIP_LOG_LEVEL: 'warn',
        NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000',
        NDIP_M3_JOB_INTERVAL_MS: '0',
      },
      '.data/test/logs',
    );
    dlq = await new TopicRecorder([deadLetterTopic(EVENT_TOPICS.implementation)]).start();
    await svc.start({ NDIP_FIXED_TODAY: '2027-03-01' });
  });

  afterAll(async () => {
    await svc?.stop();
    await dlq?.stop();
  });

  it('consumes the event once (inbox) and changes nothing; a malformed one is dead-lettered', async () => {
    const project = uuidv7();
    const first = reverted(project);
    const second = reverted(project);
    const malformed = { ...reverted(project), payload: { ...reverted(project).payload, revertedOn: 'yesterday' } };
    // The same event twice (redelivery) and a second event for the same project.
    await feed(first, first, second, malformed);
    await eventually(() => caughtUp(groupId, [EVENT_TOPICS.implementation]), 60_000);

    expect(await inbox(first.id)).toEqual([{ n: 1 }]);
    expect(await inbox(second.id)).toEqual([{ n: 1 }]);
    const inboxTypes = await query<{ type: string; n: number }>(
      dbUrl,
      `SELECT type, count(*)::int AS n FROM inbox WHERE event_id = ANY($1::uuid[]) AND consumer = 'post-investment' GROUP BY type`,
      [[first.id, second.id, malformed.id]],
    );
    expect(inboxTypes).toEqual([{ type: 'implementation.project.reverted-to-initiative', n: 2 }]);
    expect(await query(dbUrl, `SELECT count(*)::int AS n FROM monitoring_period WHERE project_id = $1`, [project])).toEqual([{ n: 0 }]);

    const dead = await eventually(() => {
      const d = dlq.messages.find((x) => x.value.includes(malformed.id));
      if (!d) throw new Error('the malformed event was not dead-lettered');
      return d;
    }, 30_000);
    expect(dead.headers['ndip-dlq-consumer']).toBe('post-investment');
    expect(dead.headers['ndip-dlq-error']).toContain('revertedOn');
    // The well-formed ones were not.
    expect(dlq.messages.filter((d) => d.value.includes(first.id) || d.value.includes(second.id))).toEqual([]);
  }, 120_000);
});
