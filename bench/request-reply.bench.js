'use strict';
/**
 * Request-reply overhead: the same attraction handler called three ways, one call at a time (latency, not load):
 *
 *   in-process  CompanyController.get / .create called directly in this process (attraction's AppModule as a Nest
 *               application context on the same database: runCommand, validation, service, PostgreSQL);
 *   Kafka       a Nest ClientKafka in this process → command topic → the attraction service → reply topic
 *               (what the gateway's BusClient does, without HTTP);
 *   gateway     HTTP through the gateway (JWT, permission, rate limiter, problem mapping) and then Kafka.
 *
 *   npm run bench:request-reply     (NDIP_BENCH_CALLS=400 per path and operation)
 */
const { performance } = require('node:perf_hooks');
const path = require('node:path');
const { startStack } = require('../tools/dev/stack');
const b = require('./support');

const CALLS = Number(process.env.NDIP_BENCH_CALLS ?? 400);

/** Times `fn` CALLS times after 30 warm-up calls. */
async function time(fn) {
  for (let i = 0; i < 30; i++) await fn(i);
  const out = [];
  for (let i = 0; i < CALLS; i++) {
    const t = performance.now();
    await fn(i + 30);
    out.push(performance.now() - t);
  }
  return b.stats(out);
}

function line(label, s) {
  console.log(`  ${label.padEnd(34)} p50 ${b.ms(s.p50).padStart(9)}   p95 ${b.ms(s.p95).padStart(9)}   p99 ${b.ms(s.p99).padStart(9)}   (${s.n} calls)`);
}

b.runBench('request-reply overhead (bench/request-reply.bench.js)', async ({ onCleanup, load }) => {
  b.buildOnce();
  // The compiled tree, with its @ndip/* aliases (as the services run it).
  require('../tools/runtime/register-paths');
  const dist = (p) => path.join(__dirname, '..', 'dist', p);
  const { NestFactory } = require('@nestjs/core');
  const { ClientKafka } = require('@nestjs/microservices');
  const { firstValueFrom } = require('rxjs');
  const { COMMANDS } = require(dist('libs/domain/src'));
  const { validateEnv, kafkaConfig } = require(dist('libs/platform/src'));
  const { AppModule } = require(dist('apps/attraction/src/app.module'));
  const { AttractionEnv } = require(dist('apps/attraction/src/attraction.env'));
  const { CompanyController } = require(dist('apps/attraction/src/company/company.controller'));

  const infra = await b.startInfra();
  onCleanup(infra.stop);
  const opts = b.stackOptions(infra);
  const stack = await startStack(opts);
  onCleanup(stack.stop);
  const actors = await b.seedActors(stack.gatewayUrl, opts.adminPassword);
  const company = await actors.embassy.api.post('/companies', { name: 'Bench RR Company', countryCode: 'KR', sector: 'C29' });

  // The actor the gateway puts on the embassy user's commands (from its JWT).
  const jwt = JSON.parse(Buffer.from(actors.embassy.token.split('.')[1], 'base64url').toString());
  const actor = { userId: jwt.sub, organizationId: jwt.org, role: jwt.role, regionCode: jwt.region ?? null, countryCode: jwt.country ?? null };
  const msg = (data) => ({ actor, correlationId: `bench-${performance.now()}`, locale: 'en', data });
  const must = (r) => {
    if (!r || !r.ok) throw new Error(`command failed: ${JSON.stringify(r).slice(0, 300)}`);
    return r;
  };
  // Fail early with the gateway's own view of the actor if the JWT claims are named differently.
  if (!actor.userId || !actor.organizationId || !actor.role) throw new Error(`unexpected JWT claims: ${JSON.stringify(jwt)}`);

  // In-process: attraction's module on the same database, no Kafka server, no outbox relay.
  const env = validateEnv(AttractionEnv, {
    ...process.env,
    DATABASE_URL: infra.urls.attraction,
    HTTP_PORT: '1',
    NDIP_KAFKA_BROKERS: infra.brokers.join(','),
    NDIP_GROUP_PREFIX: 'bench-inproc',
    NDIP_OUTBOX_RELAY_ENABLED: 'false',
    NDIP_LOG_LEVEL: 'error',
  });
  const ctx = await NestFactory.createApplicationContext(AppModule.register(env), { logger: ['error'] });
  onCleanup(() => ctx.close());
  const controller = ctx.get(CompanyController);

  const client = new ClientKafka({
    client: kafkaConfig(infra.brokers.join(','), 'bench-rr-client'),
    consumer: { groupId: 'bench-rr-replies', sessionTimeout: 10_000, heartbeatInterval: 1_500, maxWaitTimeInMs: 100, allowAutoTopicCreation: false },
    producer: { allowAutoTopicCreation: false },
  });
  client.subscribeToResponseOf(COMMANDS.attraction.getCompany);
  client.subscribeToResponseOf(COMMANDS.attraction.createCompany);
  await client.connect();
  onCleanup(() => client.close());
  const send = async (pattern, data) => {
    const m = msg(data);
    return must(await firstValueFrom(client.send(pattern, { key: m.correlationId, value: m })));
  };

  const createBody = (i, where) => ({ name: `Bench RR ${where} ${process.pid}-${i}`, countryCode: 'KR', sector: 'C29' });
  load.reset();
  console.log(`\none call at a time; ${CALLS} timed calls per line after 30 warm-up calls`);
  console.log('read: getCompany');
  const rIn = await time(async () => must(await controller.get(msg({ id: company.id }))));
  line('in-process handler', rIn);
  const rKafka = await time(() => send(COMMANDS.attraction.getCompany, { id: company.id }));
  line('Kafka request-reply (ClientKafka)', rKafka);
  const rGw = await time(() => actors.embassy.api.get(`/companies/${company.id}`));
  line('gateway HTTP + Kafka', rGw);
  console.log('write: createCompany (a transaction with its outbox event)');
  const wIn = await time(async (i) => must(await controller.create(msg(createBody(i, 'in')))));
  line('in-process handler', wIn);
  const wKafka = await time((i) => send(COMMANDS.attraction.createCompany, createBody(i, 'kafka')));
  line('Kafka request-reply (ClientKafka)', wKafka);
  const wGw = await time((i) => actors.embassy.api.post('/companies', createBody(i, 'gw')));
  line('gateway HTTP + Kafka', wGw);
  console.log(`  ${load.summary()}`);

  console.log('\noverhead over the in-process call (p50 / p99)');
  for (const [label, x, base] of [
    ['read, Kafka request-reply', rKafka, rIn],
    ['read, gateway', rGw, rIn],
    ['write, Kafka request-reply', wKafka, wIn],
    ['write, gateway', wGw, wIn],
  ])
    console.log(`  ${label.padEnd(28)} +${b.ms(x.p50 - base.p50)} / +${b.ms(x.p99 - base.p99)}`);
});
