import { spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EVENT_TOPICS } from '@ndip/domain';
import type { SpanRecord } from '@ndip/platform';
import { startStack, type Stack } from '../../tools/dev/stack';
import { Api } from '../support/api';
import { eventually } from '../support/eventually';
import { createDatabases, testInfra, testPortBase, uniqueName } from '../support/infra';
import { produce, testKafka } from '../support/kafka';
import { has, scrape, sum } from './metrics';

const SERVICES = ['attraction', 'implementation', 'post-investment', 'reporting', 'gateway'] as const;
type Service = (typeof SERVICES)[number];

function readSpans(dir: string): SpanRecord[] {
  const spans: SpanRecord[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) if (line) spans.push(JSON.parse(line) as SpanRecord);
  }
  return spans;
}

/**
 * The observability of the running system (issue #11): every service serves Prometheus metrics, the consumer-lag
 * and outbox metrics follow real load, one request is traced from the gateway through Kafka to the consumers
 * (spans written by each process to NDIP_TRACE_EXPORT=file:<dir>), and the JSON logs carry the request and
 * correlation ids.
 */
describe('observability of the running services', () => {
  const password = `Adm1n-${randomBytes(6).toString('hex')}`;
  const prefix = uniqueName('ops');
  const traceDir = resolve(process.env.NDIP_TEST_DATA_DIR ?? '.data/test', 'ops-traces', prefix);
  const logDir = `${process.env.NDIP_TEST_DATA_DIR ?? '.data/test'}/logs/${prefix}`;
  let stack: Stack;
  let embassy: Api;
  let n = 0;
  const url = (s: Service): string => stack.services[s].url;
  const createCompany = (headers: Record<string, string> = {}) =>
    embassy.post<{ id: string }>('/companies', { name: `Ops Company ${prefix} ${++n}`, countryCode: 'KR', sector: 'C29', size: 'LARGE' }, headers);

  beforeAll(async () => {
    mkdirSync(traceDir, { recursive: true });
    // A fresh broker creates its offsets topic lazily; on a loaded machine that outlasts the services' boot retries.
    const kafkaAdmin = testKafka().admin();
    await kafkaAdmin.connect();
    try {
      await eventually(() => kafkaAdmin.describeGroups([`${prefix}-warm-up`]), 180_000, 1000);
    } finally {
      await kafkaAdmin.disconnect();
    }
    const dbs = await createDatabases(prefix, SERVICES);
    stack = await startStack({
      brokers: testInfra().brokers,
      pgUrls: dbs,
      basePort: testPortBase(400),
      gatewayPort: testPortBase(399),
      groupPrefix: prefix,
      logDir,
      logLevel: 'log',
      adminPassword: password,
      jwtSecret: randomBytes(32).toString('hex'),
      env: { NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000', NDIP_TRACE_EXPORT: `file:${traceDir}`, NDIP_LOG_FORMAT: 'json' },
      build: false,
    });
    const anonymous = new Api(`${stack.gatewayUrl}/api/v1`);
    const login = async (l: string, pw: string): Promise<string> => {
      const r = await anonymous.post<{ accessToken: string }>('/auth/login', { login: l, password: pw });
      if (r.status !== 200) throw new Error(`login ${l}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.accessToken;
    };
    const admin = anonymous.as(await login('admin', password));
    const org = await admin.ok<{ id: string }>('/organizations', { type: 'FI', nameKk: 'Елшілік', nameRu: 'Посольство', nameEn: 'Embassy', countryCode: 'KR' });
    await admin.ok('/users', { login: `ops.embassy.${prefix}`, password: 'Str0ng-passw0rd', fullName: 'Ops', organizationId: org.id });
    embassy = anonymous.as(await login(`ops.embassy.${prefix}`, 'Str0ng-passw0rd'));
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('serves /metrics on every service: HTTP latency, consumer lag, outbox, dead letters, domain counters', async () => {
    expect((await createCompany()).status).toBe(201);
    const families = [
      'ndip_http_request_duration_seconds',
      'ndip_kafka_consumer_lag',
      'ndip_kafka_consumer_lag_max',
      'ndip_kafka_messages_consumed_total',
      'ndip_kafka_messages_produced_total',
      'ndip_outbox_backlog',
      'ndip_outbox_oldest_unpublished_age_seconds',
      'ndip_dead_letters_total',
      'ndip_events_published_total',
      'ndip_process_cpu_seconds_total',
    ];
    for (const s of SERVICES) {
      const r = await fetch(`${url(s)}/metrics`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toContain('text/plain');
      const body = await r.text();
      const missing = families.filter((f) => !body.includes(`# TYPE ${f} `));
      expect([s, missing]).toEqual([s, []]);
      const samples = await scrape(url(s));
      expect(samples.length).toBeGreaterThan(0);
      expect([s, samples.filter((x) => x.labels.service !== s).map((x) => x.name)]).toEqual([s, []]);
      // The outbox gauge reads the service's own database.
      expect(sum(samples, 'ndip_outbox_backlog')).toBeGreaterThanOrEqual(0);
      expect(has(samples, 'ndip_process_cpu_seconds_total')).toBe(true);
    }
    // The gateway's latency histogram is labelled by route pattern, not by raw path.
    const gw = await scrape(url('gateway'));
    expect(sum(gw, 'ndip_http_request_duration_seconds_count', { method: 'POST', route: '/api/v1/companies', status_code: '201' })).toBeGreaterThanOrEqual(1);
    // The domain counter of the attraction service counts the event it published.
    await eventually(async () => {
      expect(sum(await scrape(url('attraction')), 'ndip_events_published_total', { type: 'attraction.company.created' })).toBeGreaterThanOrEqual(1);
    });
  });

  it('follows one request from the gateway through Kafka to the consumers in a single trace, and logs its ids', async () => {
    const correlationId = `ops-trace-${randomUUID()}`;
    const r = await createCompany({ 'x-correlation-id': correlationId });
    expect(r.status).toBe(201);
    const requestId = r.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    const root = await eventually(() => {
      const s = readSpans(traceDir).find((x) => x.service === 'gateway' && x.kind === 1 && x.attributes['ndip.correlation_id'] === correlationId);
      if (!s) throw new Error('no gateway server span yet');
      return s;
    });
    expect(root.name).toBe('POST /api/v1/companies');
    const trace = await eventually(() => {
      const spans = readSpans(traceDir).filter((x) => x.traceId === root.traceId);
      const consumersOfEvent = new Set(
        spans.filter((x) => x.kind === 4 && x.attributes['messaging.destination.name'] === EVENT_TOPICS.attraction).map((x) => x.service),
      );
      if (consumersOfEvent.size < 3) throw new Error(`event consumed in the trace by ${[...consumersOfEvent].join(', ') || 'nobody'} so far`);
      return spans;
    }, 60_000);
    const services = new Set(trace.map((x) => x.service));
    expect([...services].sort()).toEqual(['attraction', 'gateway', 'implementation', 'post-investment', 'reporting']);
    // Parent links: gateway server → gateway producer → attraction command consumer → (outbox) → event consumers.
    const byId = new Map(trace.map((x) => [x.spanId, x]));
    const command = trace.find((x) => x.service === 'attraction' && x.kind === 4 && x.name === 'process ndip.attraction.cmd.create-company')!;
    expect(command).toBeDefined();
    const producer = byId.get(command.parentSpanId!)!;
    expect(producer.service).toBe('gateway');
    expect(producer.kind).toBe(3);
    expect(producer.parentSpanId).toBe(root.spanId);
    for (const consumer of ['implementation', 'post-investment', 'reporting']) {
      const span = trace.find((x) => x.service === consumer && x.kind === 4 && x.attributes['ndip.event.type'] === 'attraction.company.created')!;
      expect([consumer, span !== undefined]).toEqual([consumer, true]);
      expect(span.parentSpanId).toBe(command.spanId);
    }
    // JSON logs: the gateway's request line carries the request id, the correlation id and the trace id.
    const lines = readFileSync(join(logDir, 'gateway.log'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const line = lines.find((l) => l.correlationId === correlationId && l.requestId === requestId);
    expect(line).toBeDefined();
    expect(line!.traceId).toBe(root.traceId);
    expect(line!.service).toBe('gateway');
    // Secrets never reach the logs.
    const all = SERVICES.map((s) => readFileSync(join(logDir, `${s}.log`), 'utf8')).join('\n');
    expect(all).not.toContain(password);
    expect(all).not.toContain('Str0ng-passw0rd');
  });

  it('moves the consumer-lag metrics under load: a paused consumer falls behind and catches up', async () => {
    const group = `${prefix}-implementation-server`;
    const topic = EVENT_TOPICS.attraction;
    const before = await scrape(url('implementation')); // also resets ndip_kafka_consumer_lag_max
    const consumed0 = sum(before, 'ndip_kafka_messages_consumed_total', { group, topic });
    const published0 = sum(await scrape(url('attraction')), 'ndip_events_published_total', { type: 'attraction.company.created' });
    const child = (stack.services.implementation as unknown as { child: ChildProcess }).child;
    child.kill('SIGSTOP');
    const load = 12;
    try {
      const results = await Promise.all(Array.from({ length: load }, () => createCompany()));
      expect(results.map((x) => x.status)).toEqual(Array(load).fill(201));
      await eventually(async () => {
        expect(sum(await scrape(url('attraction')), 'ndip_events_published_total', { type: 'attraction.company.created' })).toBeGreaterThanOrEqual(
          published0 + load,
        );
      });
    } finally {
      child.kill('SIGCONT');
    }
    let peak = 0;
    await eventually(
      async () => {
        const s = await scrape(url('implementation'));
        peak = Math.max(peak, sum(s, 'ndip_kafka_consumer_lag_max', { group, topic }));
        expect(sum(s, 'ndip_kafka_messages_consumed_total', { group, topic })).toBeGreaterThanOrEqual(consumed0 + load);
        expect(peak).toBeGreaterThanOrEqual(2);
      },
      90_000,
      100,
    );
    await eventually(async () => {
      expect(sum(await scrape(url('implementation')), 'ndip_kafka_consumer_lag', { group, topic })).toBe(0);
    });
  });

  it('moves the outbox metrics under load: the backlog grows while the relay is off and drains when it runs', async () => {
    const attraction = stack.services.attraction;
    await attraction.stop();
    await attraction.start({ NDIP_OUTBOX_RELAY_ENABLED: 'false' });
    const load = 5;
    for (let i = 0; i < load; i++) expect((await createCompany()).status).toBe(201);
    await eventually(async () => {
      const s = await scrape(url('attraction'));
      expect(sum(s, 'ndip_outbox_backlog')).toBe(load);
      expect(sum(s, 'ndip_outbox_oldest_unpublished_age_seconds')).toBeGreaterThan(0);
    });
    await attraction.stop();
    await attraction.start();
    await eventually(async () => {
      const s = await scrape(url('attraction'));
      expect(sum(s, 'ndip_outbox_backlog')).toBe(0);
      expect(sum(s, 'ndip_events_published_total', { type: 'attraction.company.created' })).toBe(load);
    });
  });

  it('counts dead letters of the consumer that rejects a poison message', async () => {
    const group = `${prefix}-implementation-server`;
    const before = sum(await scrape(url('implementation')), 'ndip_dead_letters_total', { topic: EVENT_TOPICS.attraction });
    await produce(EVENT_TOPICS.attraction, [{ key: `poison-${prefix}`, value: 'this is not an event envelope' }]);
    await eventually(async () => {
      const s = await scrape(url('implementation'));
      expect(sum(s, 'ndip_dead_letters_total', { topic: EVENT_TOPICS.attraction })).toBe(before + 1);
      expect(sum(s, 'ndip_kafka_messages_consumed_total', { group, topic: EVENT_TOPICS.attraction })).toBeGreaterThan(0);
    });
    // The operator's replay tool finds it in the dead-letter topic with its reason, and puts it back on the topic.
    const replay = (...extra: string[]) =>
      spawnSync(
        process.execPath,
        ['tools/ops/replay-dlq.js', '--topic', EVENT_TOPICS.attraction, '--consumer', 'implementation', '--key', `poison-${prefix}`, ...extra],
        {
          cwd: resolve(__dirname, '..', '..'),
          env: { ...process.env, NDIP_KAFKA_BROKERS: testInfra().brokers },
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
    const dry = replay('--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('consumer implementation');
    expect(dry.stdout).toContain('invalid envelope');
    expect(dry.stdout).toContain('1 message(s) selected (dry run: nothing replayed)');
    const real = replay();
    expect(real.stdout).toContain(`1 message(s) replayed to ${EVENT_TOPICS.attraction}`);
    expect(real.status).toBe(0);
    // Still poison: the consumer dead-letters it again (and only once).
    await eventually(async () => {
      expect(sum(await scrape(url('implementation')), 'ndip_dead_letters_total', { topic: EVENT_TOPICS.attraction })).toBe(before + 2);
    });
  });
});
