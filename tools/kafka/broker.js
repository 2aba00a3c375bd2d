#!/usr/bin/env node
'use strict';
/**
 * A real single-node Apache Kafka broker (KRaft) for development and tests.
 *
 * The official broker jars are resolved from Maven Central by coordinates (tools/kafka/pom.xml)
 * with `mvn dependency:copy-dependencies` and cached in `.cache/kafka/libs`, so later starts are
 * offline. Storage is formatted once per data folder; the broker runs as a detached JVM whose pid
 * is kept in `<dataDir>/broker.pid`.
 *
 *   node tools/kafka/broker.js fetch|start|stop|status
 *
 * Settings (environment): NDIP_KAFKA_PORT (19092), NDIP_KAFKA_CONTROLLER_PORT (19093),
 * NDIP_KAFKA_DIR (.data/kafka), NDIP_KAFKA_HEAP_MB (512).
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const net = require('node:net');

const ROOT = path.resolve(__dirname, '..', '..');
const KAFKA_VERSION = '3.9.1';
const LIBS = path.join(ROOT, '.cache', 'kafka', 'libs');
const MARKER = path.join(LIBS, `.complete-${KAFKA_VERSION}`);

class BrokerError extends Error {}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function settings(overrides = {}) {
  const port = Number(overrides.port ?? process.env.NDIP_KAFKA_PORT ?? 19092);
  const controllerPort = Number(overrides.controllerPort ?? process.env.NDIP_KAFKA_CONTROLLER_PORT ?? port + 1);
  const dataDir = path.resolve(ROOT, overrides.dataDir ?? process.env.NDIP_KAFKA_DIR ?? path.join('.data', 'kafka'));
  const heapMb = Number(overrides.heapMb ?? process.env.NDIP_KAFKA_HEAP_MB ?? 512);
  return { port, controllerPort, dataDir, heapMb, brokers: [`127.0.0.1:${port}`] };
}

/** Resolve the broker jars from Maven Central (once); clear errors when Java or Maven is missing. */
function fetchJars({ quiet = false } = {}) {
  if (!which('java')) {
    throw new BrokerError('Java is not installed or not on PATH: the Kafka broker needs Java 17+ (Debian: apt-get install openjdk-17-jre-headless).');
  }
  if (fs.existsSync(MARKER)) return LIBS;
  if (!which('mvn')) {
    throw new BrokerError('Maven is not installed or not on PATH: it resolves the Kafka broker jars from Maven Central (Debian: apt-get install maven).');
  }
  const tmp = `${LIBS}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  if (!quiet) console.log(`[kafka] resolving org.apache.kafka:kafka_2.13:${KAFKA_VERSION} from Maven Central ...`);
  const r = spawnSync(
    'mvn',
    ['-q', '-B', '-f', path.join(__dirname, 'pom.xml'), 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${tmp}`],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (r.status !== 0) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new BrokerError(`Maven could not resolve the Kafka broker jars (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  fs.rmSync(LIBS, { recursive: true, force: true });
  fs.renameSync(tmp, LIBS);
  fs.writeFileSync(MARKER, new Date().toISOString());
  return LIBS;
}

function java(args, opts = {}) {
  return spawnSync('java', args, { encoding: 'utf8', ...opts });
}

function writeConfig(s) {
  fs.mkdirSync(s.dataDir, { recursive: true });
  const props = [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${s.controllerPort}`,
    `listeners=PLAINTEXT://127.0.0.1:${s.port},CONTROLLER://127.0.0.1:${s.controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${s.port}`,
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'inter.broker.listener.name=PLAINTEXT',
    'controller.listener.names=CONTROLLER',
    `log.dirs=${path.join(s.dataDir, 'logs')}`,
    'num.partitions=3',
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=10',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    'group.min.session.timeout.ms=1000',
    'auto.create.topics.enable=false',
    'log.retention.hours=168',
    'log.segment.bytes=16777216',
  ].join('\n');
  fs.writeFileSync(path.join(s.dataDir, 'server.properties'), `${props}\n`);
  const log4j = [
    'log4j.rootLogger=WARN, file',
    'log4j.appender.file=org.apache.log4j.RollingFileAppender',
    `log4j.appender.file.File=${path.join(s.dataDir, 'server.log')}`,
    'log4j.appender.file.MaxFileSize=10MB',
    'log4j.appender.file.MaxBackupIndex=2',
    'log4j.appender.file.layout=org.apache.log4j.PatternLayout',
    'log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n',
    'log4j.logger.kafka=INFO',
    'log4j.logger.org.apache.kafka=WARN',
  ].join('\n');
  fs.writeFileSync(path.join(s.dataDir, 'log4j.properties'), `${log4j}\n`);
}

function formatStorage(s) {
  if (fs.existsSync(path.join(s.dataDir, 'logs', 'meta.properties'))) return;
  const cp = `${LIBS}/*`;
  const id = java(['-cp', cp, 'kafka.tools.StorageTool', 'random-uuid']);
  if (id.status !== 0) throw new BrokerError(`kafka-storage random-uuid failed: ${id.stderr}`);
  const clusterId = id.stdout.trim().split('\n').pop();
  const f = java([
    `-Dlog4j.configuration=file:${path.join(s.dataDir, 'log4j.properties')}`,
    '-cp',
    cp,
    'kafka.tools.StorageTool',
    'format',
    '-t',
    clusterId,
    '-c',
    path.join(s.dataDir, 'server.properties'),
    '--ignore-formatted',
  ]);
  if (f.status !== 0) throw new BrokerError(`kafka-storage format failed: ${f.stdout}\n${f.stderr}`);
}

function pidFile(s) {
  return path.join(s.dataDir, 'broker.pid');
}

function readPid(s) {
  try {
    const pid = Number(fs.readFileSync(pidFile(s), 'utf8').trim());
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

function portOpen(port) {
  return new Promise((resolve) => {
    const sock = net.connect({ host: '127.0.0.1', port });
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('error', () => resolve(false));
  });
}

/** Ready when a metadata request answers (a kafkajs admin describes the cluster). */
async function waitReady(s, timeoutMs = 90_000) {
  const { Kafka, logLevel } = require('kafkajs');
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    if (await portOpen(s.port)) {
      const admin = new Kafka({ clientId: 'ndip-broker-probe', brokers: s.brokers, logLevel: logLevel.NOTHING, retry: { retries: 0 } }).admin();
      try {
        await admin.connect();
        const c = await admin.describeCluster();
        if (c.brokers.length > 0 && c.controller !== null) return;
      } catch (e) {
        last = e;
      } finally {
        await admin.disconnect().catch(() => undefined);
      }
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new BrokerError(
    `Kafka broker on 127.0.0.1:${s.port} did not become ready in ${timeoutMs} ms (${last ? last.message : 'port closed'}); see ${path.join(s.dataDir, 'server.log')}`,
  );
}

async function start(overrides = {}) {
  const s = settings(overrides);
  fetchJars(overrides);
  const running = readPid(s);
  if (running) {
    await waitReady(s);
    return { ...s, pid: running, alreadyRunning: true };
  }
  if (await portOpen(s.port)) {
    throw new BrokerError(`port ${s.port} is already taken by another process; set NDIP_KAFKA_PORT`);
  }
  writeConfig(s);
  formatStorage(s);
  const out = fs.openSync(path.join(s.dataDir, 'broker.out'), 'a');
  const child = spawn(
    'java',
    [
      `-Xmx${s.heapMb}m`,
      `-Xms${Math.min(256, s.heapMb)}m`,
      '-XX:+UseG1GC',
      '-XX:TieredStopAtLevel=1',
      '-Djava.awt.headless=true',
      `-Dlog4j.configuration=file:${path.join(s.dataDir, 'log4j.properties')}`,
      `-Dkafka.logs.dir=${s.dataDir}`,
      '-cp',
      `${LIBS}/*`,
      'kafka.Kafka',
      path.join(s.dataDir, 'server.properties'),
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  child.unref();
  fs.writeFileSync(pidFile(s), String(child.pid));
  try {
    await waitReady(s);
  } catch (e) {
    await stop(overrides);
    throw e;
  }
  return { ...s, pid: child.pid, alreadyRunning: false };
}

async function stop(overrides = {}, { timeoutMs = 20_000 } = {}) {
  const s = settings(overrides);
  const pid = readPid(s);
  if (!pid) return false;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* stopped cleanly */
  }
  fs.rmSync(pidFile(s), { force: true });
  return true;
}

/** Kill the broker abruptly (fault tests). */
function kill(overrides = {}) {
  const s = settings(overrides);
  const pid = readPid(s);
  if (pid) process.kill(pid, 'SIGKILL');
  fs.rmSync(pidFile(s), { force: true });
  return Boolean(pid);
}

module.exports = { start, stop, kill, fetchJars, settings, waitReady, BrokerError, KAFKA_VERSION };

if (require.main === module) {
  const cmd = process.argv[2];
  const run = async () => {
    switch (cmd) {
      case 'fetch':
        console.log(`[kafka] jars in ${fetchJars()}`);
        break;
      case 'start': {
        const r = await start();
        console.log(`[kafka] broker ${r.alreadyRunning ? 'already running' : 'started'} on ${r.brokers[0]} (pid ${r.pid}, data ${r.dataDir})`);
        break;
      }
      case 'stop':
        console.log((await stop()) ? '[kafka] broker stopped' : '[kafka] no broker running');
        break;
      case 'status': {
        const s = settings();
        const pid = readPid(s);
        console.log(pid ? `[kafka] running, pid ${pid}, ${s.brokers[0]}` : '[kafka] not running');
        process.exitCode = pid ? 0 : 3;
        break;
      }
      default:
        console.error('usage: node tools/kafka/broker.js fetch|start|stop|status');
        process.exitCode = 2;
    }
  };
  run().catch((e) => {
    console.error(`[kafka] ${e instanceof BrokerError ? e.message : e.stack}`);
    process.exitCode = 1;
  });
}
