import { ClientKafka } from '@nestjs/microservices';
import { COMMANDS, EVENT_TOPICS, type Actor } from '@ndip/domain';
import { uuidv7 } from '@ndip/platform/ids/uuid7';
import { ensureTopics } from '@ndip/platform/kafka/kafka-client';
import type { CommandResult } from '@ndip/platform/messaging/command';
import { logLevel } from 'kafkajs';
import { firstValueFrom, timeout } from 'rxjs';
import { ServiceProcess } from '../../tools/dev/stack';
import { eventually } from '../support/eventually';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';
import { TopicRecorder, produce } from '../support/kafka';

/**
 * I12 [E001] (001 §41): Module 1 turns a project card back into an initiative. Module 2 (as a process, E001,
 * real PostgreSQL and Kafka) withdraws the project once: status REVERTED_TO_INITIATIVE, one
 * `implementation.project.reverted-to-initiative` event, one audit row, and no more passport commands.
 */
describe('Module 2: a project card turned back into an initiative (E001 §41)', () => {
  const ALMATY = '750000000';
  const BIN = '120340005670';
  const C = COMMANDS.implementation;
  const mio: Actor = { userId: 'u-mio', organizationId: 'org-mio-almaty', role: 'MIO', regionCode: ALMATY, countryCode: null };
  const nc: Actor = { userId: 'u-nc', organizationId: 'org-nc', role: 'NC', regionCode: null, countryCode: null };
  let svc: ServiceProcess;
  let client: ClientKafka;
  let recorder: TopicRecorder;
  let dbUrl: string;
  const initiativeId = uuidv7();
  const otherInitiativeId = uuidv7();

  const envelope = (type: string, aggregateId: string, payload: Record<string, unknown>) => ({
    id: uuidv7(),
    type,
    version: 1,
    occurredAt: new Date().toISOString(),
    producer: 'attraction',
    aggregateType: 'initiative',
    aggregateId,
    correlationId: uniqueName('corr'),
    causationId: null,
    actor: mio,
    ruleEdition: 'E001',
    payload,
  });
  const converted = (id: string) =>
    envelope('attraction.initiative.converted', id, {
      initiativeId: id,
      companyId: uuidv7(),
      companyName: 'Kazakh Polymer Company',
      companyBin: BIN,
      regionCode: ALMATY,
      projectName: 'Polypropylene plant',
      sector: 'C20',
      investmentAmountKzt: '95000000000',
      hasInvestmentContract: false,
      convertedOn: '2026-03-02',
    });
  const reverted = (id: string) =>
    envelope('attraction.initiative.reverted-from-project', id, {
      initiativeId: id,
      regionCode: ALMATY,
      reason: 'The investor changed the site; the initiative goes back to the initiator body',
      revertedOn: '2026-03-10',
      notifyAuthorizedBody: true,
    });
  const feed = (...envs: ReturnType<typeof envelope>[]) =>
    produce(
      EVENT_TOPICS.attraction,
      envs.map((e) => ({ key: e.aggregateId, value: JSON.stringify(e) })),
    );
  const projectOf = async (id: string) =>
    (await query<{ id: string; status: string }>(dbUrl, `SELECT id, status FROM project WHERE initiative_id = $1`, [id]))[0];
  const revertEvents = (projectId: string) =>
    recorder.envelopes().filter((e) => e.env.type === 'implementation.project.reverted-to-initiative' && e.env.payload.projectId === projectId);
  const call = <T>(pattern: string, who: Actor, data: Record<string, unknown>): Promise<CommandResult<T>> =>
    firstValueFrom(client.send<CommandResult<T>>(pattern, { key: 'k', value: { actor: who, correlationId: uniqueName('corr'), data } }).pipe(timeout(30_000)));

  beforeAll(async () => {
    const prefix = uniqueName('m2rev');
    await ensureTopics(testInfra().brokers);
    dbUrl = (await createDatabases(prefix, ['implementation'] as const)).implementation;
    svc = new ServiceProcess(
      'implementation',
      {
        DATABASE_URL: dbUrl,
        HTTP_PORT: String(testPortBase(213)),
        NDIP_KAFKA_BROKERS: testInfra().brokers,
        NDIP_GROUP_PREFIX: prefix,
        NDIP_LOG_LEVEL: 'warn',
        NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000',
        NDIP_RULE_EDITION: 'E001',
        NDIP_FIXED_TODAY: '2026-03-12',
        NDIP_OVERDUE_SCAN_INTERVAL_MS: '0',
      },
      '.data/test/logs',
    );
    await svc.start();
    client = new ClientKafka({
      client: { clientId: `${prefix}-client`, brokers: testInfra().brokers.split(','), logLevel: logLevel.ERROR },
      consumer: { groupId: `${prefix}-replies`, sessionTimeout: 6000, heartbeatInterval: 1000, maxWaitTimeInMs: 100 },
    });
    for (const p of Object.values(C)) client.subscribeToResponseOf(p);
    await client.connect();
    recorder = await new TopicRecorder([EVENT_TOPICS.implementation]).start();
  });

  afterAll(async () => {
    await svc?.stop();
    await client?.close();
    await recorder?.stop();
  });

  it('withdraws the project once, publishes one event and one audit row, and refuses further passport commands', async () => {
    await feed(converted(initiativeId), converted(otherInitiativeId));
    const project = await eventually(async () => {
      const p = await projectOf(initiativeId);
      if (!p || !(await projectOf(otherInitiativeId))) throw new Error('projects not created yet');
      return p;
    }, 60_000);
    expect(project.status).toBe('IMPLEMENTATION');

    const first = reverted(initiativeId);
    // The same event twice (redelivery) and a second revert event with a new id for the same initiative.
    await feed(first, first, reverted(initiativeId));
    await eventually(async () => {
      if ((await projectOf(initiativeId))?.status !== 'REVERTED_TO_INITIATIVE') throw new Error('not reverted yet');
      if (revertEvents(project.id).length === 0) throw new Error('event not published yet');
    }, 60_000);
    // A later marker event on the same partition key: once it is processed, the duplicates before it are too.
    const marker = uuidv7();
    await feed({ ...converted(marker), aggregateId: initiativeId });
    await eventually(async () => {
      if (!(await projectOf(marker))) throw new Error('marker not processed yet');
    }, 60_000);
    await new Promise((r) => setTimeout(r, 1500)); // let the recorder read what the outbox relayed

    const events = revertEvents(project.id);
    expect(events).toHaveLength(1);
    expect(events[0]!.env.payload).toEqual({
      projectId: project.id,
      initiativeId,
      regionCode: ALMATY,
      previousStatus: 'IMPLEMENTATION',
      reason: 'The investor changed the site; the initiative goes back to the initiator body',
      revertedOn: '2026-03-10',
    });
    expect(events[0]!.env.causationId).toBe(first.id);
    const audit = await query<{ n: number; old: string; new: string }>(
      dbUrl,
      `SELECT count(*)::int AS n, min(old_value->>'status') AS old, min(new_value->>'status') AS new FROM audit_log WHERE entity_id = $1 AND action = 'project.revert-to-initiative'`,
      [project.id],
    );
    expect(audit[0]).toEqual({ n: 1, old: 'IMPLEMENTATION', new: 'REVERTED_TO_INITIATIVE' });
    expect((await projectOf(otherInitiativeId))?.status).toBe('IMPLEMENTATION');

    const refused = await call(C.updatePassport, mio, { projectId: project.id, jobs: 300 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('WRONG_STATE');
    const shown = await call<{ status: string }>(C.getProject, nc, { id: project.id });
    expect(shown.ok && shown.data.status).toBe('REVERTED_TO_INITIATIVE');
  }, 180_000);
});
