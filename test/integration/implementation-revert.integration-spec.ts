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
  /** The passport fields a conversion does not bring (E001 requires them for a complete passport). */
  const PASSPORT_REST = {
    commodityPosition: '390210',
    financingScheme: [{ source: 'Own funds', conditions: 'Equity', amount: { amount: '95000000000', currency: 'KZT' } }],
    contacts: [
      { kind: 'INVESTOR', name: 'D. Seitkali', email: 'seitkali@example.com' },
      { kind: 'RESPONSIBLE_PERSON', name: 'A. Nurlanov', phone: '+7 727 000 00 00' },
    ],
    description: 'Polypropylene plant: 400 jobs, feedstock from the Atyrau gas chemical complex',
    companyRegisteredOn: '2018-06-01',
    usdKztRate: '500',
    jobs: 400,
    technologyLevel: 'MANUFACTURING_NOT_LISTED',
    inGlobal2000: false,
  };
  const task = (code: string, dueDate: string) => ({
    code,
    title: `Task ${code}`,
    dueDate,
    responsible: { kind: 'STATE_BODY', name: 'Akimat of Almaty', person: 'A. Nurlanov' },
    expectedResult: `Result of ${code}`,
    supportMeasures: ['One-stop shop support'],
  });
  const draft = {
    stages: [
      { stage: 'PRE_INVESTMENT', risks: [{ risk: 'Land plot delay', mitigation: 'Weekly follow-up' }], tasks: [task('PRE_LAND', '2026-03-16')] },
      { stage: 'INVESTMENT', risks: [{ risk: 'Construction delay', mitigation: 'Weekly follow-up' }], tasks: [task('INV_CONSTR', '2026-06-30')] },
      { stage: 'POST_INVESTMENT', risks: [{ risk: 'Market risk', mitigation: 'Offtake contracts' }], tasks: [task('POST_CAPACITY', '2026-09-30')] },
    ],
  };
  const ALMATY = '750000000';
  const BIN = '120340005670';
  const C = COMMANDS.implementation;
  const mio: Actor = { userId: 'u-mio', organizationId: 'org-mio-almaty', role: 'MIO', regionCode: ALMATY, countryCode: null };
  const nc: Actor = { userId: 'u-nc', organizationId: 'org-nc', role: 'NC', regionCode: null, countryCode: null };
  const nch: Actor = { userId: 'u-nch', organizationId: 'org-nch', role: 'NCH', regionCode: null, countryCode: null };
  const ab: Actor = { userId: 'u-ab', organizationId: 'org-ab', role: 'AB', regionCode: null, countryCode: null };
  const inv: Actor = { userId: 'u-inv', organizationId: 'org-inv-polymer', role: 'INV', regionCode: null, countryCode: null };
  const admin: Actor = { userId: 'u-admin', organizationId: 'org-admin', role: 'ADMIN', regionCode: null, countryCode: null };
  let svc: ServiceProcess | undefined;
  let client: ClientKafka;
  let recorder: TopicRecorder;
  let dbUrl: string;
  const initiativeId = uuidv7();
  const otherInitiativeId = uuidv7();
  const taskedInitiativeId = uuidv7();

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
  const converted = (id: string, over: Record<string, unknown> = {}) =>
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
      ...over,
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
  const eventsOf = (type: string, projectId: string) =>
    recorder
      .envelopes()
      .filter((e) => e.env.type === type && e.env.payload.projectId === projectId)
      .map((e) => e.env);
  const revertEvents = (projectId: string) =>
    recorder.envelopes().filter((e) => e.env.type === 'implementation.project.reverted-to-initiative' && e.env.payload.projectId === projectId);
  const call = <T>(pattern: string, who: Actor, data: Record<string, unknown>): Promise<CommandResult<T>> =>
    firstValueFrom(client.send<CommandResult<T>>(pattern, { key: 'k', value: { actor: who, correlationId: uniqueName('corr'), data } }).pipe(timeout(30_000)));

  let groupPrefix: string;
  /** (Re)starts Module 2 on `today` (NDIP_FIXED_TODAY); the consumer group continues where it left off. */
  const start = async (today: string): Promise<void> => {
    await svc?.stop();
    svc = new ServiceProcess(
      'implementation',
      {
        DATABASE_URL: dbUrl,
        HTTP_PORT: String(testPortBase(213)),
        NDIP_KAFKA_BROKERS: testInfra().brokers,
        NDIP_GROUP_PREFIX: groupPrefix,
        NDIP_LOG_LEVEL: 'warn',
        NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000',
        NDIP_RULE_EDITION: 'E001',
        NDIP_FIXED_TODAY: today,
        NDIP_OVERDUE_SCAN_INTERVAL_MS: '0',
      },
      '.data/test/logs',
    );
    await svc.start();
  };

  beforeAll(async () => {
    const prefix = uniqueName('m2rev');
    await ensureTopics(testInfra().brokers);
    dbUrl = (await createDatabases(prefix, ['implementation'] as const)).implementation;
    groupPrefix = prefix;
    await start('2026-03-12');
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
  it('a reverted project has no overdue tasks; converting the initiative again brings the same project back, once, and its tasks count again', async () => {
    const ok = async <T>(pattern: string, who: Actor, data: Record<string, unknown>): Promise<T> => {
      const r = await call<T>(pattern, who, data);
      if (!r.ok) throw new Error(`${pattern} as ${who.role}: ${r.error.code} ${r.error.field ?? ''} ${r.error.message}`);
      return r.data;
    };
    await feed(converted(taskedInitiativeId));
    const project = await eventually(async () => {
      const p = await projectOf(taskedInitiativeId);
      if (!p) throw new Error('project not created yet');
      return p;
    }, 60_000);
    // A complete passport and a verified roadmap (E001: National Chamber and investor agree, AB verifies).
    await ok(C.updatePassport, mio, { projectId: project.id, ...PASSPORT_REST });
    await ok(C.completePassport, mio, { projectId: project.id });
    await ok(C.assignRoadmapMio, nc, { projectId: project.id });
    await ok(C.updateRoadmapDraft, mio, { projectId: project.id, ...draft });
    await ok(C.roadmapTransition, mio, { projectId: project.id, action: 'SUBMIT' });
    await ok(C.roadmapTransition, nch, { projectId: project.id, action: 'AGREE' });
    await ok(C.roadmapTransition, inv, { projectId: project.id, action: 'AGREE', investorBin: BIN });
    const verified = await ok<{ roadmapStatus: string; tasks: { id: string; code: string }[] }>(C.roadmapTransition, ab, {
      projectId: project.id,
      action: 'VERIFY',
    });
    expect(verified.roadmapStatus).toBe('WITH_ROADMAP');
    const preLand = verified.tasks.find((t) => t.code === 'PRE_LAND')!;

    // 001 §41: the MIO turns the project back into an initiative before its first task falls due.
    await feed({ ...reverted(taskedInitiativeId), payload: { ...reverted(taskedInitiativeId).payload, revertedOn: '2026-03-12' } });
    await eventually(async () => {
      if ((await projectOf(taskedInitiativeId))?.status !== 'REVERTED_TO_INITIATIVE') throw new Error('not reverted yet');
    }, 60_000);

    // Day 2026-03-20: PRE_LAND (due 16 March) is past due, but its project is withdrawn: no overdue flag.
    await start('2026-03-20');
    const quiet = await ok<{ asOf: string; published: number }>(C.runOverdueScan, admin, {});
    expect(quiet.asOf).toBe('2026-03-20');
    const notices = async () =>
      (await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM task_overdue_notice WHERE task_id = $1`, [preLand.id]))[0]!.n;
    expect(await notices()).toBe(0);

    // The initiative is reworked and converted again with new figures: the same project returns (I12 → P1).
    const again = converted(taskedInitiativeId, { projectName: 'Polypropylene plant, phase 1', investmentAmountKzt: '60000000000', convertedOn: '2026-03-19' });
    // The same event twice and another conversion event of the same initiative: one reinstatement.
    await feed(again, again, converted(taskedInitiativeId, { convertedOn: '2026-03-20' }));
    await eventually(async () => {
      if ((await projectOf(taskedInitiativeId))?.status !== 'IMPLEMENTATION') throw new Error('not reinstated yet');
      if (eventsOf('implementation.project.created', project.id).length < 2) throw new Error('creation not published again yet');
    }, 60_000);
    const marker = uuidv7();
    await feed({ ...converted(marker), aggregateId: taskedInitiativeId });
    await eventually(async () => {
      if (!(await projectOf(marker))) throw new Error('marker not processed yet');
    }, 60_000);
    await new Promise((r) => setTimeout(r, 1500)); // let the recorder read what the outbox relayed

    const rows = await query<{ id: string; status: string; name: string; amount: string }>(
      dbUrl,
      `SELECT id, status, name, investment_amount_kzt::text AS amount FROM project WHERE initiative_id = $1`,
      [taskedInitiativeId],
    );
    expect(rows).toEqual([{ id: project.id, status: 'IMPLEMENTATION', name: 'Polypropylene plant, phase 1', amount: '60000000000' }]);
    const created = eventsOf('implementation.project.created', project.id);
    expect(created).toHaveLength(2);
    expect(created[1]!.payload).toEqual({
      projectId: project.id,
      initiativeId: taskedInitiativeId,
      companyId: again.payload.companyId,
      name: 'Polypropylene plant, phase 1',
      regionCode: ALMATY,
      investmentAmountKzt: '60000000000',
      createdOn: '2026-03-02',
    });
    expect(created[1]!.causationId).toBe(again.id);
    expect(eventsOf('implementation.project.pool-classified', project.id).at(-1)!.payload).toMatchObject({ pool: 'NATIONAL', mciYear: 2026 });
    // The complete passport is scored again with the new cost.
    expect(eventsOf('implementation.project.green-corridor-scored', project.id).at(-1)!.payload).toMatchObject({ evaluatedOn: '2026-03-19' });
    const audit = await query<{ n: number; old: string; new: string }>(
      dbUrl,
      `SELECT count(*)::int AS n, min(old_value->>'status') AS old, min(new_value->>'status') AS new FROM audit_log WHERE entity_id = $1 AND action = 'project.reinstate-from-initiative'`,
      [project.id],
    );
    expect(audit[0]).toEqual({ n: 1, old: 'REVERTED_TO_INITIATIVE', new: 'IMPLEMENTATION' });
    const shown = await ok<{ status: string; passport: { estimatedCost: { amount: string } } }>(C.getProject, nc, { id: project.id });
    expect(shown).toMatchObject({ status: 'IMPLEMENTATION', passport: { estimatedCost: { amount: '60000000000', currency: 'KZT' } } });

    // Back in implementation, its overdue task is flagged again by the job.
    const scan = await ok<{ published: number }>(C.runOverdueScan, admin, {});
    expect(scan.published).toBeGreaterThanOrEqual(1);
    expect(await notices()).toBe(1);
    await eventually(async () => {
      const flagged = recorder.envelopes().filter((e) => e.env.type === 'implementation.task.became-overdue' && e.env.payload.taskId === preLand.id);
      if (flagged.length !== 1) throw new Error(`${flagged.length} overdue events`);
    }, 30_000);
  }, 240_000);
});
