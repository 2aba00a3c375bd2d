'use strict';
/**
 * Gateway throughput and latency with autocannon, beside a bare NestJS endpoint in the same run.
 *
 *   npm run bench:gateway        (NDIP_BENCH_DURATION=15 seconds per run, NDIP_BENCH_CONNECTIONS=16)
 *
 * Runs, one after another (each after a 3 s warm-up):
 *   bare   GET /ping of bench/bare-nest.js (Nest 11 + Express, no guards, no database) in its own process;
 *   local  GET /api/v1/organizations?pageSize=10: JWT, permission, rate limiter, answered from the gateway's own database;
 *   read   GET /api/v1/companies/{id}: the same, then request-reply over Kafka to attraction and its PostgreSQL;
 *   write  POST /api/v1/companies (a new company each time): request-reply, a transaction with its outbox event.
 * The rate limiter stays on, with limits the run does not reach (NDIP_API_RATE_PER_MINUTE, see bench/support.js).
 * Targets: reads ≥ 1,500 requests/s with p99 < 50 ms; writes ≥ 300 requests/s with p99 < 150 ms.
 * NDIP_BENCH_PROFILE=1 (with `node --experimental-websocket`): afterwards CPU profiles of the gateway and attraction
 * under the read load and the write load, written to <data dir>/profiles, top functions printed.
 */
const { spawn } = require('node:child_process');
const path = require('node:path');
const autocannon = require('autocannon');
const { startStack, waitHttp } = require('../tools/dev/stack');
const b = require('./support');

const DURATION = Number(process.env.NDIP_BENCH_DURATION ?? 15);
const CONNECTIONS = Number(process.env.NDIP_BENCH_CONNECTIONS ?? 16);
const PROFILE = process.env.NDIP_BENCH_PROFILE === '1';

function cannon(opts, duration = DURATION) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, duration, timeout: 20, ...opts }, (err, r) => (err ? reject(err) : resolve(r)));
  });
}

/** Runs a 3 s warm-up, then the measured run; returns req/s of 2xx answers and the latency percentiles. */
async function measure(label, opts, load) {
  await cannon(opts, 3);
  load.reset();
  const r = await cannon(opts);
  const ok = r['2xx'];
  const result = {
    label,
    rps: ok / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    load: load.summary(),
  };
  console.log(
    `  ${label.padEnd(44)} ${result.rps.toFixed(0).padStart(6)} req/s (2xx)   p50 ${String(result.p50).padStart(4)} ms   p99 ${String(result.p99).padStart(5)} ms   non-2xx ${result.non2xx}, errors ${result.errors}`,
  );
  console.log(`    ${result.load}`);
  return result;
}

b.runBench('gateway (bench/gateway.bench.js)', async ({ onCleanup, load }) => {
  b.buildOnce();
  const infra = await b.startInfra();
  onCleanup(infra.stop);
  const opts = b.stackOptions(infra);
  const stack = await startStack(opts);
  onCleanup(stack.stop);
  const actors = await b.seedActors(stack.gatewayUrl, opts.adminPassword);
  const company = await actors.embassy.api.post('/companies', { name: 'Bench Read Company', countryCode: 'KR', sector: 'C29' });

  const barePort = infra.settings.portBase + 90;
  const bare = spawn(process.execPath, [path.join(__dirname, 'bare-nest.js'), String(barePort)], { stdio: 'ignore' });
  onCleanup(
    () =>
      new Promise((resolve) => {
        if (bare.exitCode !== null) return resolve();
        bare.once('exit', resolve);
        bare.kill('SIGTERM');
      }),
  );
  await waitHttp(`http://127.0.0.1:${barePort}/ping`, 30_000);

  const auth = (token) => ({ authorization: `Bearer ${token}` });
  console.log(`\n${CONNECTIONS} connections, ${DURATION} s per run (after 3 s warm-up)`);
  const rBare = await measure('bare NestJS GET /ping', { url: `http://127.0.0.1:${barePort}/ping` }, load);
  const rLocal = await measure(
    'gateway GET /organizations (no Kafka)',
    { url: `${stack.gatewayUrl}/api/v1/organizations?pageSize=10`, headers: auth(actors.adminToken) },
    load,
  );
  const readOpts = { url: `${stack.gatewayUrl}/api/v1/companies/${company.id}`, headers: auth(actors.embassy.token) };
  const rRead = await measure('gateway GET /companies/{id} (read)', readOpts, load);
  let n = 0;
  const writeOpts = {
    url: `${stack.gatewayUrl}/api/v1/companies`,
    method: 'POST',
    headers: { ...auth(actors.embassy.token), 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => ({ ...req, body: JSON.stringify({ name: `Bench Write ${process.pid}-${n++}`, countryCode: 'KR', sector: 'C29' }) }),
      },
    ],
  };
  const rWrite = await measure('gateway POST /companies (write)', writeOpts, load);

  console.log('\nratio to the bare NestJS endpoint (requests/s)');
  for (const r of [rLocal, rRead, rWrite]) console.log(`  ${r.label.padEnd(44)} ${((100 * r.rps) / rBare.rps).toFixed(1)} %`);

  console.log('\nresident memory after the runs');
  for (const [name, s] of Object.entries(stack.services)) console.log(`  ${name.padEnd(16)} ${b.rssMb(s.child.pid).toFixed(0)} MB`);

  if (PROFILE) {
    console.log(`\nprofiles (NDIP_BENCH_PROFILE=1): gateway and attraction restarted with the inspector, ${DURATION} s of reads, then of writes`);
    const outDir = path.join(infra.settings.dir, 'profiles');
    await b.profileServices(stack, ['gateway', 'attraction'], () => cannon(readOpts), outDir);
    await b.profileServices(stack, ['gateway', 'attraction'], () => cannon(writeOpts), outDir);
  }

  console.log('\nresults against the targets');
  console.log(
    `  reads ${rRead.rps.toFixed(0)} req/s (target ≥ 1,500): ${b.verdict(rRead.rps >= 1500)}; p99 ${rRead.p99} ms (target < 50 ms): ${b.verdict(rRead.p99 < 50)}`,
  );
  console.log(
    `  writes ${rWrite.rps.toFixed(0)} req/s (target ≥ 300): ${b.verdict(rWrite.rps >= 300)}; p99 ${rWrite.p99} ms (target < 150 ms): ${b.verdict(rWrite.p99 < 150)}`,
  );
});
