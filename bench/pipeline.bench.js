'use strict';
/**
 * Pipeline throughput: initiatives converted (Module 1) → projects created (Module 2) → reporting updated,
 * on a real broker and PostgreSQL with the five services as separate processes.
 *
 *   npm run bench:pipeline        (NDIP_BENCH_INITIATIVES=300, NDIP_BENCH_CONCURRENCY=8, NDIP_BENCH_RAW_MESSAGES=30000)
 *
 * A. Live: N conversions through the gateway (request-reply over Kafka) as fast as `CONCURRENCY` callers can;
 *    every event the flow commits to an outbox (attraction, implementation) and reporting projects is counted.
 *    Lag of an event = reporting's inbox `processed_at` − the producer's outbox `created_at` (both `now()` of
 *    their transaction on the same PostgreSQL server, so one clock; processed_at is the start of the
 *    projection's batch transaction, which commits a few ms later).
 * B. Backlog: N more conversions with attraction's outbox relay off, then attraction restarted with the relay on:
 *    the pipeline alone (relay → Kafka → implementation → relay → Kafka → reporting) drains the backlog.
 * C. Raw kafkajs on the same broker: produce → consume of messages of the same size, 3 partitions as the event
 *    topics, batches of 200 as the outbox relay sends them.
 * Targets: ≥ 1,000 events/s end to end, p95 lag < 500 ms, ≥ 40 % of raw kafkajs.
 * NDIP_BENCH_PROFILE=1 (with `node --experimental-websocket`): CPU profiles of attraction, implementation and
 * reporting during the drain of B, written to <data dir>/profiles, top functions printed.
 */
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { Client } = require('pg');
const { Kafka, logLevel } = require('kafkajs');
const { startStack } = require('../tools/dev/stack');
const b = require('./support');

const N = Number(process.env.NDIP_BENCH_INITIATIVES ?? 300);
const CONCURRENCY = Number(process.env.NDIP_BENCH_CONCURRENCY ?? 8);
const RAW = Number(process.env.NDIP_BENCH_RAW_MESSAGES ?? 30000);
const PROFILE = process.env.NDIP_BENCH_PROFILE === '1';

async function sql(url, text, params = []) {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, params)).rows;
  } finally {
    await c.end();
  }
}

/** Initiatives up to "officer assigned" (not timed). */
async function prepareInitiatives(actors, companyId, n) {
  const ids = [];
  let failed = 0;
  await b.pool(n, 6, async (i) => {
    try {
      const { initiativeId } = await actors.embassy.api.post('/initiatives', { companyId, title: `Bench plant ${i}` });
      await actors.embassy.api.post(`/initiatives/${initiativeId}/transfer`, { regionCode: b.ALMATY });
      await actors.akimat.api.post(`/initiatives/${initiativeId}/assign-officer`, { officerUserId: actors.akimat.userId });
      ids.push(initiativeId);
    } catch (e) {
      if (++failed === 1) console.log(`  preparing an initiative failed (left out): ${e.message.slice(0, 160)}`);
    }
  });
  return ids;
}

/** Converts every initiative (concurrency callers); returns the latencies of the accepted ones and the refusals. */
async function convertAll(actors, ids) {
  const lat = [];
  const failed = [];
  await b.pool(ids.length, CONCURRENCY, async (i) => {
    const t = performance.now();
    try {
      await actors.akimat.api.post(`/initiatives/${ids[i]}/convert`, {
        projectName: `Bench plant ${i}, Almaty`,
        companyBin: '940740000139',
        // Alternating national (≥ 150,000 MCI) and regional pool.
        investmentAmountKzt: i % 2 ? '200000000000' : '5000000000',
        hasInvestmentContract: false,
      });
      lat.push(performance.now() - t);
    } catch (e) {
      failed.push(e.message.slice(0, 160));
    }
  });
  if (failed.length) console.log(`  ${failed.length} conversions refused (counted out), first: ${failed[0]}`);
  return { lat, accepted: lat.length };
}

/**
 * Waits until reporting has projected the flow's events (every project created is in its inbox and the inbox
 * count of the flow's events is stable for 3 s), then returns the events with their commit and projection times.
 */
async function collect(urls, since, expectedProjects) {
  const deadline = Date.now() + 600_000;
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const produced = [
      ...(await sql(urls.attraction, `SELECT id::text, type, created_at, published_at FROM outbox WHERE created_at >= $1`, [since])),
      ...(await sql(urls.implementation, `SELECT id::text, type, created_at, published_at FROM outbox WHERE created_at >= $1`, [since])),
    ];
    const projected = await sql(urls.reporting, `SELECT event_id::text AS id, processed_at FROM inbox WHERE event_id = ANY($1::uuid[])`, [
      produced.map((e) => e.id),
    ]);
    const at = new Map(projected.map((r) => [r.id, r.processed_at]));
    const created = produced.filter((e) => e.type === 'implementation.project.created');
    const createdSeen = created.filter((e) => at.has(e.id)).length;
    if (projected.length !== last) {
      last = projected.length;
      stableSince = Date.now();
    }
    if (created.length >= expectedProjects && createdSeen >= expectedProjects && Date.now() - stableSince >= 3000) {
      const events = produced.filter((e) => at.has(e.id)).map((e) => ({ ...e, processedAt: at.get(e.id) }));
      return { produced, events };
    }
    if (Date.now() > deadline) throw new Error(`reporting did not catch up: ${createdSeen}/${expectedProjects} projects projected`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

function report(label, events, startMs, lagOf) {
  const end = Math.max(...events.map((e) => e.processedAt.getTime()));
  const seconds = (end - startMs) / 1000;
  const rate = events.length / seconds;
  const lag = b.stats(lagOf.map((e) => e.processedAt.getTime() - e.created_at.getTime()));
  const byType = {};
  for (const e of events) byType[e.type] = (byType[e.type] ?? 0) + 1;
  console.log(`  ${label}: ${events.length} events projected in ${seconds.toFixed(2)} s → ${rate.toFixed(0)} events/s end to end`);
  console.log(
    `    by type: ${Object.entries(byType)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}`,
  );
  console.log(`    lag outbox commit → projection (${lag.n} events): p50 ${b.ms(lag.p50)}, p95 ${b.ms(lag.p95)}, p99 ${b.ms(lag.p99)}, max ${b.ms(lag.max)}`);
  return { rate, lag };
}

/** Raw kafkajs produce → consume on the same broker. */
async function rawKafka(brokers, messageBytes) {
  const kafka = new Kafka({ clientId: 'ndip-bench-raw', brokers, logLevel: logLevel.NOTHING });
  const topic = `ndip.bench.raw.${Date.now()}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
  await admin.disconnect();
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  const consumer = kafka.consumer({ groupId: `ndip-bench-raw-${Date.now()}`, sessionTimeout: 10_000 });
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let received = 0;
  const lags = [];
  let done;
  const all = new Promise((r) => (done = r));
  await consumer.run({
    eachBatch: async ({ batch }) => {
      const now = Date.now();
      for (const m of batch.messages) lags.push(now - Number(m.headers.sent.toString()));
      received += batch.messages.length;
      if (received >= RAW) done(Date.now());
    },
  });
  // Let the group settle before timing.
  await new Promise((r) => setTimeout(r, 3000));
  const filler = 'x'.repeat(messageBytes);
  const t0 = Date.now();
  const BATCH = 200;
  await b.pool(Math.ceil(RAW / BATCH), 3, async (i) => {
    const sent = String(Date.now());
    const n = Math.min(BATCH, RAW - i * BATCH);
    await producer.send({ topic, acks: -1, messages: Array.from({ length: n }, (_, j) => ({ key: `k${i * BATCH + j}`, value: filler, headers: { sent } })) });
  });
  const produced = Date.now();
  const tEnd = await all;
  await consumer.disconnect();
  await producer.disconnect();
  const rate = RAW / ((tEnd - t0) / 1000);
  const lag = b.stats(lags);
  console.log(
    `  raw kafkajs: ${RAW} messages of ${messageBytes} B, 3 partitions, batches of ${BATCH} (acks all): produced in ${((produced - t0) / 1000).toFixed(2)} s, consumed all in ${((tEnd - t0) / 1000).toFixed(2)} s → ${rate.toFixed(0)} messages/s; produce → consume p50 ${b.ms(lag.p50)}, p95 ${b.ms(lag.p95)}`,
  );
  return rate;
}

b.runBench('pipeline throughput (bench/pipeline.bench.js)', async ({ onCleanup, load }) => {
  b.buildOnce();
  const infra = await b.startInfra();
  onCleanup(infra.stop);
  const opts = b.stackOptions(infra);
  const stack = await startStack(opts);
  onCleanup(stack.stop);
  const actors = await b.seedActors(stack.gatewayUrl, opts.adminPassword);
  const company = await actors.embassy.api.post('/companies', { name: 'Bench Motor Company', countryCode: 'KR', sector: 'C29' });
  console.log(`[bench] preparing ${2 * N} initiatives (created, transferred, officer assigned) ...`);
  const idsA = await prepareInitiatives(actors, company.id, N);
  const idsB = await prepareInitiatives(actors, company.id, N);

  // A. live
  load.reset();
  const [{ now: sinceA }] = await sql(stack.urls.attraction, 'SELECT clock_timestamp() AS now');
  const t0 = Date.now();
  const convA = await convertAll(actors, idsA);
  const convSeconds = (Date.now() - t0) / 1000;
  const a = await collect(stack.urls, sinceA, convA.accepted);
  const conv = b.stats(convA.lat);
  console.log(`\nA. live: ${N} conversions through the gateway, ${CONCURRENCY} concurrent callers`);
  console.log(
    `  commands: ${convA.accepted} accepted, ${(convA.accepted / convSeconds).toFixed(1)} conversions/s; latency p50 ${b.ms(conv.p50)}, p99 ${b.ms(conv.p99)}`,
  );
  const rA = report('pipeline', a.events, sinceA.getTime(), a.events);
  console.log(`  ${load.summary()}`);

  // B. backlog
  load.reset();
  await stack.services.attraction.stop();
  await stack.services.attraction.start({ NDIP_OUTBOX_RELAY_ENABLED: 'false' });
  const [{ now: sinceB }] = await sql(stack.urls.attraction, 'SELECT clock_timestamp() AS now');
  const convB = await convertAll(actors, idsB);
  let bb;
  if (PROFILE) {
    console.log(`\nB. profiles of the drain (NDIP_BENCH_PROFILE=1; the figures of B include the inspector's cost)`);
    const outDir = path.join(infra.settings.dir, 'profiles');
    bb = await b.profileServices(stack, ['implementation', 'reporting', 'attraction'], () => collect(stack.urls, sinceB, convB.accepted), outDir);
  } else {
    await stack.services.attraction.stop();
    await stack.services.attraction.start();
    bb = await collect(stack.urls, sinceB, convB.accepted);
  }
  const firstPublished = Math.min(...bb.produced.filter((e) => e.type.startsWith('attraction.') && e.published_at).map((e) => e.published_at.getTime()));
  console.log(`\nB. backlog: ${convB.accepted} conversions committed with attraction's relay off, then drained (from the relay's first batch)`);
  const rB = report(
    'pipeline',
    bb.events,
    firstPublished,
    bb.events.filter((e) => e.type.startsWith('implementation.')),
  );
  console.log('    (lag here only for the events implementation commits while draining; the backlog waited by design)');
  console.log(`  ${load.summary()}`);

  // C. raw kafkajs
  load.reset();
  const sample = await sql(stack.urls.attraction, `SELECT avg(length(payload::text))::int AS n FROM outbox`);
  const envelopeBytes = Math.max(200, Number(sample[0].n) + 400);
  console.log('\nC. raw kafkajs on the same broker');
  const raw = await rawKafka(infra.brokers, envelopeBytes);
  console.log(`  ${load.summary()}`);

  const best = Math.max(rA.rate, rB.rate);
  console.log('\nresults against the targets');
  console.log(
    `  end to end (live A) ${rA.rate.toFixed(0)} events/s, backlog drain (B) ${rB.rate.toFixed(0)} events/s — target ≥ 1,000: ${b.verdict(best >= 1000)} (best of A/B)`,
  );
  console.log(`  p95 lag (live A) ${b.ms(rA.lag.p95)} — target < 500 ms: ${b.verdict(rA.lag.p95 < 500)}`);
  console.log(
    `  ratio to raw kafkajs: A ${((100 * rA.rate) / raw).toFixed(1)} %, B ${((100 * rB.rate) / raw).toFixed(1)} % of ${raw.toFixed(0)} messages/s — target ≥ 40 %: ${b.verdict((100 * best) / raw >= 40)}`,
  );
});
