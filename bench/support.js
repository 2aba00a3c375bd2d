'use strict';
/**
 * Shared parts of the system benchmarks (bench/*.bench.js): a real Kafka broker and a real PostgreSQL on
 * benchmark ports, the five services from the compiled tree (tools/dev/stack.js), an administrator session
 * and a few organisations and users, percentiles, the machine and its load average. Every benchmark stops
 * everything it started, also on error or Ctrl-C.
 *
 * Ports and folders (defaults do not clash with `npm run start:all` or `npm test`):
 *   NDIP_BENCH_KAFKA_PORT (29630), NDIP_BENCH_PG_PORT (26130), NDIP_BENCH_PORT_BASE (21200: gateway; services +1..+4),
 *   NDIP_BENCH_DATA_DIR (.data/bench), NDIP_BENCH_SKIP_BUILD=1 to use dist/ as it is.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { setInterval, clearInterval } = require('node:timers');
const { randomBytes } = require('node:crypto');
const broker = require('../tools/kafka/broker');
const postgres = require('../tools/pg/postgres');

const ROOT = path.resolve(__dirname, '..');

function benchSettings() {
  const dir = path.resolve(ROOT, process.env.NDIP_BENCH_DATA_DIR ?? path.join('.data', 'bench'));
  return {
    dir,
    kafka: { port: Number(process.env.NDIP_BENCH_KAFKA_PORT ?? 29630), dataDir: path.join(dir, 'kafka') },
    pg: { port: Number(process.env.NDIP_BENCH_PG_PORT ?? 26130), dataDir: path.join(dir, 'postgres'), databasePrefix: 'ndip_bench' },
    portBase: Number(process.env.NDIP_BENCH_PORT_BASE ?? 21200),
    logDir: path.join(dir, 'logs'),
  };
}

/** Compiles the TypeScript once (tsc emits even with type errors elsewhere; then dist/ is used as emitted). */
function buildOnce() {
  if (process.env.NDIP_BENCH_SKIP_BUILD === '1') return;
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'apps', 'gateway', 'src', 'main.js'))) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
    console.warn(`[bench] tsc reported errors (emitted anyway), using dist/ as emitted:\n${r.stdout.split('\n').slice(0, 5).join('\n')}`);
  }
  console.log(`[bench] compiled in ${Date.now() - t0} ms`);
}

/** One consumer group that joins and reads a message: the broker's group coordinator is ready (see tools/test/infra.js). */
async function warmUpGroupCoordinator(brokers, timeoutMs = 120_000) {
  const { Kafka, logLevel } = require('kafkajs');
  const kafka = new Kafka({ clientId: 'ndip-bench-warm-up', brokers, logLevel: logLevel.NOTHING });
  const topic = 'ndip.bench.warm-up';
  const admin = kafka.admin();
  const producer = kafka.producer();
  const consumer = kafka.consumer({ groupId: `ndip-bench-warm-up-${process.pid}`, sessionTimeout: 10_000, heartbeatInterval: 1_000 });
  try {
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true }).catch(() => undefined);
    await producer.connect();
    await producer.send({ topic, messages: [{ value: 'warm-up' }] });
    let received;
    const got = new Promise((resolve) => (received = resolve));
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async () => received() });
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Kafka group coordinator not ready after ${timeoutMs} ms`)), timeoutMs);
    });
    await Promise.race([got, timeout]).finally(() => clearTimeout(timer));
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
  }
}

/** Fresh broker and PostgreSQL (one database per service). */
async function startInfra() {
  const s = benchSettings();
  await broker.stop(s.kafka).catch(() => undefined);
  fs.rmSync(s.kafka.dataDir, { recursive: true, force: true });
  fs.rmSync(s.pg.dataDir, { recursive: true, force: true });
  const t0 = Date.now();
  const k = await broker.start(s.kafka);
  let pg = null;
  const stop = async () => {
    if (pg) await pg.pg.stop().catch(() => undefined);
    await broker.stop(s.kafka).catch(() => undefined);
  };
  try {
    await warmUpGroupCoordinator(k.brokers);
    pg = await postgres.start(s.pg);
  } catch (e) {
    await stop();
    throw e;
  }
  console.log(`[bench] Kafka ${k.brokers.join(',')} and PostgreSQL :${s.pg.port} ready in ${Date.now() - t0} ms`);
  return { brokers: k.brokers, urls: pg.urls, pgSettings: pg.settings, settings: s, stop };
}

/** The options of tools/dev/stack.js startStack for the benchmark infrastructure (no build: buildOnce did it). */
function stackOptions(infra, extra = {}) {
  const s = infra.settings;
  const { env: extraEnv, ...rest } = extra;
  return {
    brokers: infra.brokers.join(','),
    pgUrls: infra.urls,
    basePort: s.portBase,
    gatewayPort: s.portBase,
    groupPrefix: 'bench',
    logDir: path.relative(ROOT, s.logDir),
    logLevel: 'warn',
    adminPassword: `Adm1n-${randomBytes(6).toString('hex')}`,
    jwtSecret: randomBytes(32).toString('hex'),
    // The gateway's rate limiter stays on (one upsert per request, as in production) with limits a benchmark does not reach.
    env: { NDIP_API_RATE_PER_MINUTE: '100000000', NDIP_LOGIN_RATE_PER_MINUTE: '100000', ...(extraEnv ?? {}) },
    build: false,
    ...rest,
  };
}

const started = new Set();
const { ServiceProcess } = require('../tools/dev/stack');
const startService = ServiceProcess.prototype.start;
ServiceProcess.prototype.start = function start(...args) {
  started.add(this);
  return startService.apply(this, args);
};

/** Kills every service process this run started that is still running. */
async function stopStarted() {
  await Promise.all([...started].map((s) => s.kill()));
}

/**
 * Runs `body(ctx)` with cleanup: everything registered with ctx.onCleanup is stopped in reverse order at the
 * end, on error, and on SIGINT/SIGTERM.
 */
async function runBench(name, body) {
  const cleanups = [];
  let cleaning = null;
  const cleanup = () =>
    (cleaning ??= (async () => {
      for (const fn of cleanups.reverse()) {
        try {
          await fn();
        } catch (e) {
          console.error(`[bench] cleanup: ${e.message}`);
        }
      }
    })());
  const onSignal = (sig) => {
    console.error(`[bench] ${sig}: stopping everything`);
    cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // Every service process started in this run is stopped at the end, also one started by a startStack that failed.
  cleanups.push(stopStarted);
  const load = loadSampler();
  console.log(`# ${name}`);
  console.log(machine());
  let failed = false;
  try {
    await body({ onCleanup: (fn) => cleanups.push(fn), load });
  } catch (e) {
    failed = true;
    console.error(`[bench] ${name} failed: ${e.stack ?? e.message}`);
  } finally {
    load.stop();
    await cleanup();
  }
  process.exit(failed ? 1 : 0);
}

function machine() {
  const totalGb = (os.totalmem() / 2 ** 30).toFixed(1);
  return `machine: ${os.cpus().length} CPU (${os.cpus()[0]?.model ?? '?'}), ${totalGb} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}; load average at start ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`;
}

/** Samples the 1-minute load average every 2 s; `summary()` gives min / mean / max since the last `reset()`. */
function loadSampler() {
  let samples = [];
  const t = setInterval(() => samples.push(os.loadavg()[0]), 2000);
  t.unref();
  return {
    reset() {
      samples = [os.loadavg()[0]];
    },
    summary() {
      const s = samples.length ? samples : [os.loadavg()[0]];
      const mean = s.reduce((a, b) => a + b, 0) / s.length;
      return `load average (1 min) during the run: min ${Math.min(...s).toFixed(2)}, mean ${mean.toFixed(2)}, max ${Math.max(...s).toFixed(2)}`;
    },
    stop() {
      clearInterval(t);
    },
  };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s[s.length - 1] };
}

const ms = (x) => `${x.toFixed(1)} ms`;

function verdict(ok) {
  return ok ? 'met' : 'MISSED';
}

/** A JSON client for the gateway's /api/v1. */
function client(baseUrl, token = null) {
  const request = async (method, p, body, headers = {}) => {
    const res = await fetch(`${baseUrl}/api/v1${p}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* keep text */
    }
    if (res.status >= 300) throw new Error(`${method} ${p} → ${res.status}: ${text.slice(0, 300)}`);
    return parsed;
  };
  return { token, baseUrl, request, get: (p) => request('GET', p), post: (p, b) => request('POST', p, b ?? {}), as: (t) => client(baseUrl, t) };
}

const ALMATY = '750000000';

/**
 * Logs in as the seeded administrator and creates an embassy (FI) and an akimat of Almaty (MIO) with one user each.
 * Returns their clients.
 */
async function seedActors(gatewayUrl, adminPassword) {
  const anonymous = client(gatewayUrl);
  const login = async (l, pw) => anonymous.post('/auth/login', { login: l, password: pw });
  const admin = anonymous.as((await login('admin', adminPassword)).accessToken);
  const org = async (body) => (await admin.post('/organizations', body)).id;
  const fi = await org({ type: 'FI', nameKk: 'Елшілік', nameRu: 'Посольство', nameEn: 'Embassy in Seoul', countryCode: 'KR' });
  const mio = await org({ type: 'MIO', nameKk: 'Алматы әкімдігі', nameRu: 'Акимат Алматы', nameEn: 'Akimat of Almaty', regionCode: ALMATY });
  const user = async (l, organizationId) => {
    await admin.post('/users', { login: l, password: 'Str0ng-passw0rd', fullName: l, organizationId });
    const r = await login(l, 'Str0ng-passw0rd');
    return { api: anonymous.as(r.accessToken), userId: r.user.id, token: r.accessToken };
  };
  const embassy = await user('bench.embassy', fi);
  const akimat = await user('bench.akimat', mio);
  return { admin, embassy, akimat, adminToken: admin.token };
}

/** Runs `fn(i)` for i in [0, n) with at most `concurrency` at a time. */
async function pool(n, concurrency, fn) {
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      await fn(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
}

/** Resident set size of a process in MB (Linux /proc). */
function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** CPU time (user + system) a process has used so far, in seconds (Linux /proc; clock ticks of 1/100 s). */
function cpuSeconds(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** Process id of the benchmark's Kafka broker (tools/kafka/broker.js keeps it in the data folder). */
function brokerPid(infra) {
  try {
    return Number(fs.readFileSync(path.join(infra.settings.kafka.dataDir, 'broker.pid'), 'utf8').trim());
  } catch {
    return NaN;
  }
}

/** A minimal Chrome DevTools Protocol session over the inspector's WebSocket (Node's WebSocket, --experimental-websocket). */
async function cdpSession(inspectPort) {
  const list = await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json();
  const ws = new globalThis.WebSocket(list[0].webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = () => reject(new Error(`inspector on ${inspectPort} refused the connection`));
  });
  let id = 0;
  const pending = new Map();
  ws.onmessage = (ev) => {
    const m = JSON.parse(typeof ev.data === 'string' ? ev.data : Buffer.from(ev.data).toString());
    if (m.id && pending.has(m.id)) {
      const { resolve, reject } = pending.get(m.id);
      pending.delete(m.id);
      if (m.error) reject(new Error(m.error.message));
      else resolve(m.result);
    }
  };
  return {
    send: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const n = ++id;
        pending.set(n, { resolve, reject });
        ws.send(JSON.stringify({ id: n, method, params }));
      }),
    close: () => ws.close(),
  };
}

/** Self time per function of a V8 CPU profile: the top `n` and the idle / GC shares. */
function summarizeProfile(profile, n = 12) {
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const total = [...dt.values()].reduce((a, c) => a + c, 0) || 1;
  const byFn = new Map();
  for (const node of profile.nodes) {
    const t = dt.get(node.id) ?? 0;
    if (!t) continue;
    const f = node.callFrame;
    const where = f.url ? `${f.url.replace(/^file:\/\//, '').replace(`${ROOT}/`, '')}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim();
    byFn.set(key, (byFn.get(key) ?? 0) + t);
  }
  const pct = (k) => ((100 * (byFn.get(k) ?? 0)) / total).toFixed(1);
  const top = [...byFn]
    .filter(([k]) => !['(idle)', '(program)', '(garbage collector)'].includes(k))
    .sort((a, c) => c[1] - a[1])
    .slice(0, n);
  return {
    idle: pct('(idle)'),
    gc: pct('(garbage collector)'),
    program: pct('(program)'),
    top: top.map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`),
  };
}

/**
 * Restarts the named services with the inspector on, runs `fn()` while their CPU is profiled, writes the
 * profiles (open them in Chrome DevTools or speedscope) and prints where each spent its time.
 * Needs `node --experimental-websocket` on Node 20. The services stay running with the inspector on.
 */
async function profileServices(stack, names, fn, outDir) {
  if (typeof globalThis.WebSocket !== 'function') throw new Error('profiling needs Node with WebSocket: run with node --experimental-websocket');
  fs.mkdirSync(outDir, { recursive: true });
  const sessions = [];
  for (const [i, name] of names.entries()) {
    const port = stack.services.gateway.port + 60 + i;
    await stack.services[name].stop();
    await stack.services[name].start({ NODE_OPTIONS: `--inspect=127.0.0.1:${port}` });
    const s = await cdpSession(port);
    await s.send('Profiler.enable');
    await s.send('Profiler.setSamplingInterval', { interval: 500 });
    sessions.push({ name, s });
  }
  for (const { s } of sessions) await s.send('Profiler.start');
  const result = await fn();
  for (const { name, s } of sessions) {
    const { profile } = await s.send('Profiler.stop');
    s.close();
    const file = path.join(outDir, `${name}-${Date.now()}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(profile));
    const sum = summarizeProfile(profile);
    console.log(
      `  profile of ${name} (${path.relative(ROOT, file)}): idle ${sum.idle} %, garbage collector ${sum.gc} %, (program) ${sum.program} %; top self time:`,
    );
    for (const l of sum.top) console.log(`    ${l}`);
  }
  return result;
}

module.exports = {
  ROOT,
  cpuSeconds,
  brokerPid,
  stopStarted,
  profileServices,
  summarizeProfile,
  ALMATY,
  benchSettings,
  buildOnce,
  startInfra,
  stackOptions,
  runBench,
  machine,
  stats,
  percentile,
  ms,
  verdict,
  client,
  seedActors,
  pool,
  rssMb,
};
