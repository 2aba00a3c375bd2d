import { ClientKafka } from '@nestjs/microservices';
import { COMMANDS, EVENT_TOPICS, EVENT_TYPES, deadLetterTopic, type Actor } from '@ndip/domain';
import { uuidv7 } from '@ndip/platform/ids/uuid7';
import { ensureTopics } from '@ndip/platform/kafka/kafka-client';
import type { CommandResult } from '@ndip/platform/messaging/command';
import { logLevel } from 'kafkajs';
import { firstValueFrom, timeout } from 'rxjs';
import { ServiceProcess } from '../../tools/dev/stack';
import { eventually } from '../support/eventually';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';
import { TopicRecorder, produce } from '../support/kafka';
import { caughtUp } from './post-investment-support';

/**
 * Issue #6 "archive of all project documents": Module 3 as a process against the real PostgreSQL and Kafka.
 * `implementation.attachment.added` (Module 2's metadata event) feeds the project's document register
 * (once, on redelivery and on a copy under a new envelope id); the archive of the completed project lists those
 * documents by reference next to the Module 3 records; after archiving the register and the archive no longer
 * change (a late attachment is audited and consumed, not registered), also not by a direct SQL write.
 */
describe('post-investment (Module 3): Module 2 documents in the archive', () => {
  const ALMATY = '750000000';
  const M3 = COMMANDS['post-investment'];
  let svc: ServiceProcess;
  let client: ClientKafka;
  let dlq: TopicRecorder;
  let dbUrl: string;
  let groupId: string;

  const ab: Actor = { userId: 'u-ab', organizationId: 'org-ab', role: 'AB', regionCode: null, countryCode: null };
  const nc: Actor = { userId: 'u-nc', organizationId: 'org-nc', role: 'NC', regionCode: null, countryCode: null };
  const mio: Actor = { userId: 'u-mio-almaty', organizationId: 'org-mio-almaty', role: 'MIO', regionCode: ALMATY, countryCode: null };

  const P = uuidv7(); // handed over, documents, completed and archived
  const Q = uuidv7(); // a document before its hand-over (the register is per project, not per period)
  const TASK = uuidv7();
  const docs = { protocol: uuidv7(), act: uuidv7(), early: uuidv7(), late: uuidv7(), poison: uuidv7() };
  const hex = (c: string) => c.repeat(64);

  function envelope(type: string, aggregateId: string, payload: Record<string, unknown>, actor: Actor = mio) {
    return {
      id: uuidv7(),
      type,
      version: 1,
      occurredAt: new Date().toISOString(),
      producer: 'implementation',
      aggregateType: 'project',
      aggregateId,
      correlationId: uniqueName('corr'),
      causationId: null,
      actor,
      ruleEdition: 'E000',
      payload,
    };
  }
  type Env = ReturnType<typeof envelope>;

  const attachment = (attachmentId: string, projectId: string, extra: Record<string, unknown> = {}) =>
    envelope(EVENT_TYPES.attachmentAdded, projectId, {
      attachmentId,
      projectId,
      targetKind: 'TASK',
      targetId: TASK,
      fileName: 'protocol.pdf',
      contentType: 'application/pdf',
      sizeBytes: 2048,
      sha256: hex('a'),
      uploadedBy: mio.userId,
      uploadedAt: '2026-12-01T06:00:00.000Z',
      ...extra,
    });

  const feed = (...envs: Env[]) =>
    produce(
      EVENT_TOPICS.implementation,
      envs.map((e) => ({ key: e.aggregateId, value: JSON.stringify(e) })),
    );
  const settled = () => eventually(() => caughtUp(groupId, [EVENT_TOPICS.implementation]), 60_000);

  async function call<T>(pattern: string, actor: Actor, data: unknown): Promise<CommandResult<T>> {
    return firstValueFrom(
      client.send<CommandResult<T>>(pattern, { key: 'k', value: { actor, correlationId: uniqueName('corr'), data } }).pipe(timeout(20_000)),
    );
  }
  async function ok<T = Record<string, unknown>>(pattern: string, actor: Actor, data: unknown): Promise<T> {
    const r = await call<T>(pattern, actor, data);
    if (!r.ok) throw new Error(`${pattern} refused: ${r.error.code} ${r.error.message}`);
    return r.data;
  }

  const register = (projectId: string) =>
    query<{ attachment_id: string; file_name: string; sha256: string; target_kind: string; target_id: string }>(
      dbUrl,
      `SELECT attachment_id, file_name, sha256, target_kind, target_id FROM m3_document_register WHERE project_id = $1 ORDER BY uploaded_at, attachment_id`,
      [projectId],
    );
  const audits = (action: string) =>
    query<{ entity_id: string; new_value: Record<string, unknown> }>(dbUrl, `SELECT entity_id, new_value FROM audit_log WHERE action = $1 ORDER BY id`, [
      action,
    ]);

  type DocRef = { attachmentId: string; fileName: string; contentType: string; sizeBytes: number; sha256: string; target: unknown; download: string };
  type Archive = { documentCount: number; sha256: string; manifest: { module2Documents: DocRef[]; issues: unknown[]; finalAnalysis: string } };
  let archive: Archive;

  beforeAll(async () => {
    const prefix = uniqueName('m3docs');
    await ensureTopics(testInfra().brokers);
    dbUrl = (await createDatabases(prefix, ['post-investment'] as const))['post-investment'];
    groupId = `${prefix}-post-investment-server`;
    svc = new ServiceProcess(
      'post-investment',
      {
        DATABASE_URL: dbUrl,
        HTTP_PORT: String(testPortBase(215)),
        NDIP_KAFKA_BROKERS: testInfra().brokers,
        NDIP_GROUP_PREFIX: prefix,
        NDIP_LOG_LEVEL: 'warn',
        NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000',
        NDIP_M3_JOB_INTERVAL_MS: '0',
      },
      '.data/test/logs',
    );
    client = new ClientKafka({
      client: { clientId: `${prefix}-client`, brokers: testInfra().brokers.split(','), logLevel: logLevel.ERROR },
      consumer: { groupId: `${prefix}-replies`, sessionTimeout: 6000, heartbeatInterval: 1000, maxWaitTimeInMs: 100 },
    });
    for (const p of Object.values(M3)) client.subscribeToResponseOf(p);
    await client.connect();
    dlq = await new TopicRecorder([deadLetterTopic(EVENT_TOPICS.implementation)]).start();
    await svc.start({ NDIP_FIXED_TODAY: '2027-03-01' });
  });

  afterAll(async () => {
    await svc?.stop();
    await client?.close();
    await dlq?.stop();
  });

  it('registers an attachment once: redelivery and a copy under a new envelope id add no row; a payload with file content is dead-lettered', async () => {
    await feed(
      envelope(EVENT_TYPES.projectTransferredToPostInvestment, P, {
        projectId: P,
        regionCode: ALMATY,
        pool: 'NATIONAL',
        validatedOn: '2026-01-15',
        investmentContractExpiresOn: null,
      }),
    );
    await eventually(() => ok(M3.getMonitoringByProject, ab, { projectId: P }), 60_000);

    const protocol = attachment(docs.protocol, P);
    await feed(protocol, protocol, { ...protocol, id: uuidv7() });
    await feed(
      attachment(docs.act, P, {
        targetKind: 'PROJECT',
        targetId: P,
        fileName: 'Акт ввода в эксплуатацию.pdf',
        sha256: hex('b'),
        uploadedAt: '2026-12-02T06:00:00.000Z',
      }),
    );
    await feed(attachment(docs.early, Q, { targetKind: 'STAGE', targetId: 'PRE_INVESTMENT', sha256: hex('c') }));
    const poison = attachment(docs.poison, P, { contentBase64: 'JVBERi0xLjcK' });
    await feed(poison);
    await settled();

    expect(await register(P)).toEqual([
      { attachment_id: docs.protocol, file_name: 'protocol.pdf', sha256: hex('a'), target_kind: 'TASK', target_id: TASK },
      { attachment_id: docs.act, file_name: 'Акт ввода в эксплуатацию.pdf', sha256: hex('b'), target_kind: 'PROJECT', target_id: P },
    ]);
    expect((await register(Q)).map((r) => r.attachment_id)).toEqual([docs.early]);
    const added = (await audits('document-register.add')).filter((a) => a.entity_id === docs.protocol);
    expect(added).toHaveLength(1);
    await eventually(() => {
      const dead = dlq.envelopes().filter((e) => e.env.id === poison.id);
      if (dead.length !== 1) throw new Error(`poison dead-lettered ${dead.length} times`);
      expect(dead[0]!.message.headers['ndip-dlq-error']).toMatch(/contentBase64/);
    });
  });

  it('the archive of the completed project lists the Module 2 documents by reference with the Module 3 records', async () => {
    const finalAnalysis = 'Obligations fulfilled: 120 jobs, plant in operation';
    await ok(M3.completeMonitoring, ab, { projectId: P, finalAnalysis, obligationsFulfilled: true });
    archive = await ok<Archive>(M3.archiveMonitoring, nc, { projectId: P });
    expect(archive.manifest.finalAnalysis).toBe(finalAnalysis);
    expect(archive.manifest.issues).toEqual([]);
    expect(archive.manifest.module2Documents).toEqual([
      {
        attachmentId: docs.protocol,
        fileName: 'protocol.pdf',
        contentType: 'application/pdf',
        sizeBytes: 2048,
        sha256: hex('a'),
        target: { kind: 'TASK', id: TASK },
        uploadedBy: mio.userId,
        uploadedAt: '2026-12-01T06:00:00.000Z',
        download: `/api/v1/attachments/${docs.protocol}`,
      },
      {
        attachmentId: docs.act,
        fileName: 'Акт ввода в эксплуатацию.pdf',
        contentType: 'application/pdf',
        sizeBytes: 2048,
        sha256: hex('b'),
        target: { kind: 'PROJECT', id: P },
        uploadedBy: mio.userId,
        uploadedAt: '2026-12-02T06:00:00.000Z',
        download: `/api/v1/attachments/${docs.act}`,
      },
    ]);
    // The final analysis and the two Module 2 documents (no issue, change or submitted KPI report).
    expect(archive.documentCount).toBe(3);
    expect(JSON.stringify(archive.manifest)).not.toContain('contentBase64');
  });

  it('after archiving the register is read-only: a late attachment is audited and consumed, the register and the archive stay as they were', async () => {
    const late = attachment(docs.late, P, { fileName: 'late.pdf', sha256: hex('d'), uploadedAt: '2027-03-01T06:00:00.000Z' });
    await feed(late, attachment(docs.protocol, P, { fileName: 'renamed.pdf' }));
    await settled();

    expect((await register(P)).map((r) => [r.attachment_id, r.file_name])).toEqual([
      [docs.protocol, 'protocol.pdf'],
      [docs.act, 'Акт ввода в эксплуатацию.pdf'],
    ]);
    const refusedLate = (await audits('document-register.refused-archived')).map((a) => a.new_value);
    expect(refusedLate).toEqual([
      expect.objectContaining({ eventId: late.id, attachmentId: docs.late, projectId: P, reason: 'project archived' }),
      expect.objectContaining({ attachmentId: docs.protocol, projectId: P }),
    ]);
    expect(dlq.envelopes().filter((e) => e.env.id === late.id)).toEqual([]);
    const again = await ok<Archive>(M3.getArchive, ab, { projectId: P });
    expect({ sha256: again.sha256, documentCount: again.documentCount }).toEqual({ sha256: archive.sha256, documentCount: 3 });
    expect(again.manifest.module2Documents.map((d) => d.attachmentId)).toEqual([docs.protocol, docs.act]);

    // Not by hand either: the table refuses an insert for the archived project, and any change or removal.
    await expect(
      query(
        dbUrl,
        `INSERT INTO m3_document_register (attachment_id, project_id, target_kind, target_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at, event_id)
         VALUES ($1, $2, 'PROJECT', $3, 'x.pdf', 'application/pdf', 1, $4, 'u', now(), $5)`,
        [uuidv7(), P, P, hex('e'), uuidv7()],
      ),
    ).rejects.toThrow(/archived/);
    await expect(query(dbUrl, `UPDATE m3_document_register SET file_name = 'x' WHERE project_id = $1`, [P])).rejects.toThrow(/append-only/);
    await expect(query(dbUrl, `DELETE FROM m3_document_register WHERE project_id = $1`, [P])).rejects.toThrow(/append-only/);
    expect(await register(P)).toHaveLength(2);
    // A project that is not archived still takes new documents.
    await feed(attachment(uuidv7(), Q, { sha256: hex('f') }));
    await settled();
    expect(await register(Q)).toHaveLength(2);
  });
});
