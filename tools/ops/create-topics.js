#!/usr/bin/env node
'use strict';
/**
 * Compose topic-init job: creates every NDIP topic with replication factor 3 and min.insync.replicas=2 (and
 * brings the configuration of existing topics in line). Runs inside the NDIP image, from the compiled registry:
 *   node -r ./tools/runtime/register-paths.js tools/ops/create-topics.js
 * Brokers from NDIP_KAFKA_BROKERS. Exits non-zero when a topic cannot be created.
 */
const path = require('node:path');
const { Kafka, logLevel, ConfigResourceTypes } = require('kafkajs');
const { topicPolicy, topicNames } = require('./topic-policy');

async function main() {
  const dist = process.env.NDIP_DIST_DIR ?? path.resolve(__dirname, '..', '..', 'dist');
  const topics = require(path.join(dist, 'libs', 'domain', 'src', 'events', 'topics.js'));
  const brokers = (process.env.NDIP_KAFKA_BROKERS ?? '127.0.0.1:19092').split(',');
  const admin = new Kafka({ clientId: 'ndip-topic-init', brokers, logLevel: logLevel.WARN, retry: { retries: 20, maxRetryTime: 5000 } }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const wanted = topicNames(topics);
    const entries = (p) => Object.entries(p.config).map(([name, value]) => ({ name, value: String(value) }));
    const missing = wanted.filter((t) => !existing.has(t));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((t) => {
          const p = topicPolicy(t);
          return { topic: t, numPartitions: p.partitions, replicationFactor: p.replicas, configEntries: entries(p) };
        }),
      });
    }
    const present = wanted.filter((t) => existing.has(t));
    if (present.length > 0) {
      await admin.alterConfigs({
        validateOnly: false,
        resources: present.map((t) => ({ type: ConfigResourceTypes.TOPIC, name: t, configEntries: entries(topicPolicy(t)) })),
      });
    }
    console.log(`topics: ${missing.length} created, ${present.length} checked (replication factor 3, min.insync.replicas 2)`);
  } finally {
    await admin.disconnect();
  }
}

main().catch((e) => {
  console.error(e.stack ?? e);
  process.exit(1);
});
