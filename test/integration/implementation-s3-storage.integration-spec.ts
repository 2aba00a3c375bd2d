import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { COMMANDS, EVENT_TOPICS, EVENT_TYPES, type Actor } from '@ndip/domain';
import { ensureTopics } from '@ndip/platform/kafka/kafka-client';
import type { Consumer } from 'kafkajs';
import { ServiceProcess } from '../../tools/dev/stack';
import { CommandClient } from '../support/commands';
import { eventually } from '../support/eventually';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';
import { testKafka } from '../support/kafka';

/**
 * Module 2 attachments in an S3-compatible store (NDIP_ATTACHMENT_STORAGE=s3): the implementation service as a
 * process on the real PostgreSQL and Kafka broker, its bytes in a real S3-protocol server (s3rver) running in the
 * test process. Upload, list, download with the SHA-256, the object in the bucket, a tampered object refused on
 * download, and a store that does not answer: UNAVAILABLE (503 at the gateway) with nothing recorded.
 */

interface S3rverInstance {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
}
// s3rver ships no type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver') as new (opts: Record<string, unknown>) => S3rverInstance;

type Attachment = { id: string; projectId: string; stage: string | null; sha256: string; sizeBytes: number; contentType: string; storage: string };

const C = COMMANDS.implementation;
const ALMATY = '750000000';
const BIN = '940740000139';
const BUCKET = 'ndip';

const actor = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({
  userId: `u-${role.toLowerCase()}`,
  organizationId: extra.organizationId ?? `org-${role.toLowerCase()}`,
  role,
  regionCode: null,
  countryCode: null,
  ...extra,
});
const NC = actor('NC');
const MIO_A = actor('MIO', { regionCode: ALMATY });
const INV = actor('INV', { organizationId: 'org-inv-s3' });

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('Module 2: attachments in an S3-compatible bucket', () => {
  let commands: CommandClient;
  let warm: Consumer | null = null;
  let svc: ServiceProcess | null = null;
  let s3server: S3rverInstance | null = null;
  let s3: S3Client;
  let db: string;
  let prefix: string;
  let projectId: string;
  let a: Attachment;
  const localDir = mkdtempSync(join(tmpdir(), 'ndip-s3-local-'));
  const bucketDir = mkdtempSync(join(tmpdir(), 'ndip-s3rver-'));
  const text = Buffer.from('Протокол встречи: оборудование заказано / Equipment ordered\n');

  const ok = <T>(pattern: string, who: Actor, data: Record<string, unknown>) => commands.ok<T>(pattern, who, data);
  const upload = (bytes = text) => ({
    projectId,
    stage: 'INVESTMENT',
    fileName: 'protocol.txt',
    contentType: 'text/plain',
    contentBase64: bytes.toString('base64'),
    sha256: sha(bytes),
  });
  const objectBytes = async (key: string) =>
    Buffer.from(await (await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))).Body!.transformToByteArray());
  const counts = async () => {
    const [r] = await query<{ attachments: string; audits: string }>(
      db,
      `SELECT (SELECT count(*) FROM project_attachment) AS attachments, (SELECT count(*) FROM audit_log WHERE action = 'project.attach') AS audits`,
    );
    return r!;
  };

  beforeAll(async () => {
    s3server = new S3rver({ port: 0, address: '127.0.0.1', directory: bucketDir, silent: true, configureBuckets: [{ name: BUCKET }] });
    const { port } = await s3server.run();
    const endpoint = `http://127.0.0.1:${port}`;
    s3 = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });

    prefix = uniqueName('m2s3');
    await ensureTopics(testInfra().brokers);
    db = (await createDatabases(prefix, ['impl'] as const)).impl;
    warm = testKafka().consumer({ groupId: uniqueName('warmup'), sessionTimeout: 6000, heartbeatInterval: 1000 });
    await warm.connect();
    await warm.subscribe({ topics: [EVENT_TOPICS.implementation] });
    await warm.run({ eachMessage: async () => undefined });
    commands = await CommandClient.connect(prefix, Object.values(C));
    svc = new ServiceProcess(
      'implementation',
      {
        DATABASE_URL: db,
        HTTP_PORT: String(testPortBase(431)),
        NDIP_KAFKA_BROKERS: testInfra().brokers,
        NDIP_GROUP_PREFIX: prefix,
        NDIP_LOG_LEVEL: 'warn',
        NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000',
        NDIP_RULE_EDITION: 'E000',
        NDIP_FIXED_TODAY: '2026-03-02',
        NDIP_OVERDUE_SCAN_INTERVAL_MS: '0',
        NDIP_DEADLINE_SCAN_INTERVAL_MS: '0',
        NDIP_ATTACHMENT_DIR: localDir,
        NDIP_ATTACHMENT_STORAGE: 's3',
        NDIP_S3_ENDPOINT: endpoint,
        NDIP_S3_REGION: 'us-east-1',
        NDIP_S3_BUCKET: BUCKET,
        NDIP_S3_ACCESS_KEY_ID: 'S3RVER',
        NDIP_S3_ACCESS_KEY_SECRET: 'S3RVER',
        NDIP_S3_FORCE_PATH_STYLE: 'true',
        NDIP_S3_MAX_ATTEMPTS: '2',
      },
      '.data/test/logs',
    );
    await svc.start();
    await eventually(() => commands.ok(C.listStateServices, NC, {}));
    const p = await ok<{ id: string }>(C.createProject, NC, {
      name: 'Plant S3',
      entryPath: 'P2',
      regionCode: ALMATY,
      companyName: 'Hyundai Motor Company',
      estimatedCost: { amount: '70000000', currency: 'USD' },
      usdKztRate: '500',
      hasInvestmentContract: false,
      jobs: 100,
      technologyLevel: 'MANUFACTURING_NOT_LISTED',
      inGlobal2000: false,
    });
    await ok(C.updatePassport, MIO_A, {
      projectId: p.id,
      companyBin: BIN,
      sector: 'C29',
      commodityPosition: '870829',
      financingScheme: [{ source: 'Own funds', conditions: 'Equity', amount: { amount: '70000000', currency: 'USD' } }],
      contacts: [
        { kind: 'INVESTOR', name: 'Kim Ji-hoon', email: 'kim@example.com' },
        { kind: 'RESPONSIBLE_PERSON', name: 'A. Nurlanov', phone: '+7 727 000 00 00' },
      ],
      description: 'Automotive components plant',
      companyRegisteredOn: '2019-04-02',
    });
    await ok(C.completePassport, NC, { projectId: p.id });
    await ok(C.assignRoadmapMio, NC, { projectId: p.id });
    projectId = p.id;
  });

  afterAll(async () => {
    await svc?.stop();
    await commands?.close();
    await Promise.race([warm?.disconnect(), new Promise((r) => setTimeout(r, 5000))]);
    s3?.destroy();
    await s3server?.close().catch(() => undefined);
  });

  it('uploads into the bucket (object = the bytes, key = project/attachment), not the local folder; audited, event in the outbox', async () => {
    a = await ok<Attachment>(C.uploadAttachment, MIO_A, upload());
    expect(a).toMatchObject({ projectId, stage: 'INVESTMENT', sha256: sha(text), sizeBytes: text.length, contentType: 'text/plain', storage: 's3' });
    expect(await objectBytes(`${projectId}/${a.id}`)).toEqual(text);
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }));
    expect((listed.Contents ?? []).map((o) => o.Key)).toEqual([`${projectId}/${a.id}`]);
    expect(readdirSync(localDir)).toEqual([]);
    expect(await counts()).toEqual({ attachments: '1', audits: '1' });
    // The event is committed with the row (outbox); its publication is the desk test's concern.
    const outbox = await query<{ type: string }>(db, `SELECT type FROM outbox WHERE payload->'payload'->>'attachmentId' = $1`, [a.id]);
    expect(outbox.map((r) => r.type)).toEqual([EVENT_TYPES.attachmentAdded]);
  });

  it('lists the attachment and downloads the bytes, whose SHA-256 matches', async () => {
    const page = await ok<{ total: number; items: Attachment[] }>(C.listDiscussion, MIO_A, { projectId, kind: 'ATTACHMENT', stage: 'INVESTMENT' });
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ id: a.id, storage: 's3', sha256: sha(text) });
    const file = await ok<Attachment & { contentBase64: string }>(C.downloadAttachment, INV, { attachmentId: a.id, investorBin: BIN });
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect(bytes).toEqual(text);
    expect(sha(bytes)).toBe(file.sha256);
  });

  it('refuses to serve an object changed in the bucket behind the service (checksum mismatch), and serves it again once restored', async () => {
    const key = `${projectId}/${a.id}`;
    const forged = Buffer.from(text.toString('utf8').replace('заказано', 'отменено'));
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: forged }));
    expect(await objectBytes(key)).toEqual(forged);
    expect(await commands.refused(C.downloadAttachment, INV, { attachmentId: a.id, investorBin: BIN })).toEqual({ code: 'ATTACHMENT_INTEGRITY' });
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: text }));
    const file = await ok<{ contentBase64: string }>(C.downloadAttachment, INV, { attachmentId: a.id, investorBin: BIN });
    expect(Buffer.from(file.contentBase64, 'base64')).toEqual(text);
  });

  it('when the store does not answer: upload and download are UNAVAILABLE (not INTERNAL) and nothing is recorded', async () => {
    const before = await counts();
    await s3server!.close();
    s3server = null;
    const other = Buffer.from('second file\n');
    const refusedUpload = await commands.refused(C.uploadAttachment, MIO_A, upload(other));
    expect(refusedUpload).toEqual({ code: 'UNAVAILABLE' });
    expect(await commands.refused(C.downloadAttachment, INV, { attachmentId: a.id, investorBin: BIN })).toEqual({ code: 'UNAVAILABLE' });
    expect(await counts()).toEqual(before);
    const [outbox] = await query<{ n: string }>(db, `SELECT count(*) AS n FROM outbox WHERE type = $1`, [EVENT_TYPES.attachmentAdded]);
    expect(outbox!.n).toBe('1');
    // The listing needs only the database: it still answers.
    expect((await ok<{ total: number }>(C.listDiscussion, MIO_A, { projectId, kind: 'ATTACHMENT' })).total).toBe(1);
  });
});
