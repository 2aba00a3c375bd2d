'use strict';
/**
 * Cold start and memory: time from spawn to ready (GET /health/ready answers 200) of the whole system and of
 * each service, and the resident memory (RSS) of each service after a load run.
 *
 *   npm run bench:cold-start     (NDIP_BENCH_DURATION=15 seconds per load step, NDIP_BENCH_CONNECTIONS=16)
 *
 * 1. first start on empty databases (migrations, topics) as tools/dev/stack.js starts it: the four domain
 *    services in parallel, then the gateway;
 * 2. the same again on the now-migrated databases (a restart of the whole system);
 * 3. each service restarted alone while the others run;
 * 4. load: autocannon reads and writes through the gateway, then 200 initiatives converted (Module 1 → 2 →
 *    reporting); RSS of every service before and after.
 * Target: no service above 300 MB RSS after the run.
 */
const autocannon = require('autocannon');
const stackModule = require('../tools/dev/stack');
const b = require('./support');

const DURATION = Number(process.env.NDIP_BENCH_DURATION ?? 15);
const CONNECTIONS = Number(process.env.NDIP_BENCH_CONNECTIONS ?? 16);
const CONVERSIONS = Number(process.env.NDIP_BENCH_INITIATIVES ?? 200);

// Spawn → ready of every service process, recorded around ServiceProcess.start (the class startStack uses).
const readyMs = new Map();
const originalStart = stackModule.ServiceProcess.prototype.start;
stackModule.ServiceProcess.prototype.start = async function start(...args) {
  const t0 = Date.now();
  await originalStart.apply(this, args);
  readyMs.set(this.name, Date.now() - t0);
};

function cannon(opts) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, duration: DURATION, timeout: 20, ...opts }, (err, r) => (err ? reject(err) : resolve(r)));
  });
}

async function wholeSystem(label, opts, retries = 1) {
  readyMs.clear();
  const t0 = Date.now();
  let stack;
  try {
    stack = await stackModule.startStack(opts);
  } catch (e) {
    if (retries === 0) throw e;
    // Seen under heavy machine load: a connection dropped during the first migrations. Reported, then retried.
    console.log(`  ${label}: FAILED after ${((Date.now() - t0) / 1000).toFixed(2)} s (${e.message.split('\n').slice(0, 3).join(' | ')}); retrying`);
    await b.stopStarted();
    return wholeSystem(`${label} (retry)`, opts, retries - 1);
  }
  const total = Date.now() - t0;
  console.log(`  ${label}: whole system ready in ${(total / 1000).toFixed(2)} s`);
  console.log(`    ${[...readyMs].map(([n, v]) => `${n} ${(v / 1000).toFixed(2)} s`).join(', ')}`);
  return { stack, total };
}

function rssLine(stack) {
  return Object.entries(stack.services)
    .map(([n, s]) => `${n} ${b.rssMb(s.child.pid).toFixed(0)} MB`)
    .join(', ');
}

b.runBench('cold start and memory (bench/cold-start.bench.js)', async ({ onCleanup, load }) => {
  b.buildOnce();
  const t0 = Date.now();
  const infra = await b.startInfra();
  onCleanup(infra.stop);
  console.log(`  infrastructure (Kafka broker + PostgreSQL, fresh data folders): ${((Date.now() - t0) / 1000).toFixed(2)} s`);
  const opts = b.stackOptions(infra);
  let current = null;
  onCleanup(() => current?.stop());
  load.reset();

  const first = await wholeSystem('1. first start, empty databases', opts);
  current = first.stack;
  await first.stack.stop();
  current = null;
  const second = await wholeSystem('2. restart, migrated databases', opts);
  const stack = second.stack;
  current = stack;
  console.log('  3. each service restarted alone (the others running)');
  const alone = {};
  for (const [name, s] of Object.entries(stack.services)) {
    await s.stop();
    const t = Date.now();
    await s.start();
    alone[name] = Date.now() - t;
  }
  console.log(
    `    ${Object.entries(alone)
      .map(([n, v]) => `${n} ${(v / 1000).toFixed(2)} s`)
      .join(', ')}`,
  );
  console.log(`  ${load.summary()}`);

  // CPU used by an idle system: consumers polling their topics (every command has a request and a reply topic).
  const pids = { ...Object.fromEntries(Object.entries(stack.services).map(([n, s]) => [n, s.child.pid])), 'Kafka broker': b.brokerPid(infra) };
  const before = Object.fromEntries(Object.entries(pids).map(([n, pid]) => [n, b.cpuSeconds(pid)]));
  const idleSeconds = 20;
  await new Promise((r) => setTimeout(r, idleSeconds * 1000));
  console.log(
    `  CPU used while idle (${idleSeconds} s, no requests), in % of one core: ${Object.entries(pids)
      .map(([n, pid]) => `${n} ${((100 * (b.cpuSeconds(pid) - before[n])) / idleSeconds).toFixed(1)} %`)
      .join(', ')}`,
  );

  console.log(`\n4. RSS after start: ${rssLine(stack)}`);
  load.reset();
  const actors = await b.seedActors(stack.gatewayUrl, opts.adminPassword);
  const company = await actors.embassy.api.post('/companies', { name: 'Bench Memory Company', countryCode: 'KR', sector: 'C29' });
  const auth = { authorization: `Bearer ${actors.embassy.token}` };
  const reads = await cannon({ url: `${stack.gatewayUrl}/api/v1/companies/${company.id}`, headers: auth });
  let n = 0;
  const writes = await cannon({
    url: `${stack.gatewayUrl}/api/v1/companies`,
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, body: JSON.stringify({ name: `Bench Mem ${n++}`, countryCode: 'KR', sector: 'C29' }) }) }],
  });
  let converted = 0;
  await b.pool(CONVERSIONS, 6, async (i) => {
    try {
      const { initiativeId } = await actors.embassy.api.post('/initiatives', { companyId: company.id, title: `Mem ${i}` });
      await actors.embassy.api.post(`/initiatives/${initiativeId}/transfer`, { regionCode: b.ALMATY });
      await actors.akimat.api.post(`/initiatives/${initiativeId}/assign-officer`, { officerUserId: actors.akimat.userId });
      await actors.akimat.api.post(`/initiatives/${initiativeId}/convert`, {
        projectName: `Mem ${i}`,
        companyBin: '940740000139',
        investmentAmountKzt: '200000000000',
        hasInvestmentContract: false,
      });
      converted++;
    } catch {
      /* counted below */
    }
  });
  console.log(
    `  load: ${reads['2xx']} reads and ${writes['2xx']} writes (autocannon, ${CONNECTIONS} connections, ${DURATION} s each), ${converted}/${CONVERSIONS} initiatives created, transferred, assigned and converted`,
  );
  // Let the consumers finish the events of the conversions.
  await new Promise((r) => setTimeout(r, 5000));
  const after = Object.fromEntries(Object.entries(stack.services).map(([name, s]) => [name, b.rssMb(s.child.pid)]));
  console.log(
    `  RSS after the load: ${Object.entries(after)
      .map(([k, v]) => `${k} ${v.toFixed(0)} MB`)
      .join(', ')}`,
  );
  console.log(`  ${load.summary()}`);

  const worst = Math.max(...Object.values(after));
  console.log('\nresults against the targets');
  console.log(`  largest RSS after the load ${worst.toFixed(0)} MB (target: no service above 300 MB): ${b.verdict(worst <= 300)}`);
  console.log(`  whole system cold start ${(first.total / 1000).toFixed(2)} s (empty databases), ${(second.total / 1000).toFixed(2)} s (restart) — no target`);
});
