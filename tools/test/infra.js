'use strict';
/**
 * Test infrastructure: a real Kafka broker and a real PostgreSQL on test ports with throw-away
 * data folders, started once per test run. Each test file then makes its own databases and uses
 * its own consumer-group prefix, so files do not see each other's state.
 */
const fs = require('node:fs');
const path = require('node:path');
const broker = require('../kafka/broker');
const postgres = require('../pg/postgres');

const ROOT = path.resolve(__dirname, '..', '..');

function testSettings() {
  // NDIP_TEST_DATA_DIR / _KAFKA_PORT / _PG_PORT let two test runs share a machine without clashing.
  const dir = path.resolve(ROOT, process.env.NDIP_TEST_DATA_DIR ?? path.join('.data', 'test'));
  return {
    kafka: { port: Number(process.env.NDIP_TEST_KAFKA_PORT ?? 29092), dataDir: path.join(dir, 'kafka') },
    pg: { port: Number(process.env.NDIP_TEST_PG_PORT ?? 25432), dataDir: path.join(dir, 'postgres'), databasePrefix: 'ndip_test' },
  };
}

/**
 * A fresh KRaft broker answers metadata before its group coordinator (the __consumer_offsets
 * partitions) is ready; the first consumer groups of a run then stall in "group coordinator not
 * available" retries. One consumer group that joins and reads one message proves the coordinator
 * works before any test starts.
 */
async function warmUpGroupCoordinator(brokers, timeoutMs = 120_000) {
  const { Kafka, logLevel } = require('kafkajs');
  const kafka = new Kafka({ clientId: 'ndip-test-warm-up', brokers, logLevel: logLevel.NOTHING });
  const topic = 'ndip.test.warm-up';
  const admin = kafka.admin();
  const producer = kafka.producer();
  const consumer = kafka.consumer({ groupId: `ndip-test-warm-up-${process.pid}`, sessionTimeout: 10_000, heartbeatInterval: 1_000 });
  const t0 = Date.now();
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
    console.log(`[test-infra] Kafka group coordinator ready in ${Date.now() - t0} ms`);
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
  }
}

async function startTestInfra() {
  const s = testSettings();
  // Fresh folders every run: no state leaks between runs, and a crashed earlier run cannot block this one.
  await broker.stop(s.kafka).catch(() => undefined);
  fs.rmSync(s.kafka.dataDir, { recursive: true, force: true });
  fs.rmSync(s.pg.dataDir, { recursive: true, force: true });
  const t0 = Date.now();
  const k = await broker.start(s.kafka);
  await warmUpGroupCoordinator(k.brokers);
  const pg = await postgres.start(s.pg);
  const ps = postgres.settings(s.pg);
  const env = {
    NDIP_TEST_BROKERS: k.brokers.join(','),
    NDIP_TEST_PG_URL: postgres.urlFor(ps, 'postgres'),
  };
  Object.assign(process.env, env);
  console.log(`[test-infra] Kafka ${env.NDIP_TEST_BROKERS} and PostgreSQL :${ps.port} ready in ${Date.now() - t0} ms`);
  return {
    env,
    async stop() {
      await pg.pg.stop().catch(() => undefined);
      await broker.stop(s.kafka).catch(() => undefined);
    },
  };
}

module.exports = { startTestInfra, testSettings };
