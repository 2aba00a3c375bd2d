#!/usr/bin/env node
'use strict';
/**
 * Replays dead-lettered messages to the topic they came from (docs/operations.md, "Replay a dead-letter message").
 * The consumers are idempotent (inbox keyed by event id), so replaying a message that was in fact processed is
 * harmless; a message that is still invalid is dead-lettered again.
 *
 *   node tools/ops/replay-dlq.js --topic ndip.attraction.events.v1 [--offset 42] [--consumer implementation] [--key <key>] [--dry-run]
 *
 * Reads `<topic>.dlq` from the beginning to its current end with a throw-away consumer group, selects the messages
 * (by DLQ offset, failing consumer and/or message key), prints their reason, and (without --dry-run) produces each one with its
 * original key and value to the original topic, with a header `ndip-replayed-from` = `<dlq topic>@<offset>`.
 * Brokers and credentials: NDIP_KAFKA_BROKERS and the NDIP_KAFKA_SASL_* / NDIP_KAFKA_TLS* variables of the services.
 */
const fs = require('node:fs');
const { Kafka, logLevel } = require('kafkajs');

function args(argv) {
  const out = { dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dry-run') out.dryRun = true;
    else if (['--topic', '--offset', '--consumer', '--key'].includes(a)) out[a.slice(2)] = argv[++i];
    else throw new Error(`unknown argument ${a}`);
  }
  if (!out.topic || out.topic.endsWith('.dlq')) throw new Error('--topic <original topic> is required (not the .dlq topic)');
  return out;
}

function client() {
  const env = process.env;
  const cfg = { clientId: 'ndip-dlq-replay', brokers: (env.NDIP_KAFKA_BROKERS ?? '127.0.0.1:19092').split(','), logLevel: logLevel.WARN };
  if (env.NDIP_KAFKA_TLS === 'true') cfg.ssl = env.NDIP_KAFKA_TLS_CA_FILE ? { ca: [fs.readFileSync(env.NDIP_KAFKA_TLS_CA_FILE, 'utf8')] } : true;
  if (env.NDIP_KAFKA_SASL_MECHANISM)
    cfg.sasl = { mechanism: env.NDIP_KAFKA_SASL_MECHANISM, username: env.NDIP_KAFKA_SASL_USERNAME, password: env.NDIP_KAFKA_SASL_PASSWORD };
  return new Kafka(cfg);
}

const header = (m, k) => (m.headers?.[k] === undefined ? undefined : String(m.headers[k]));

async function main() {
  const a = args(process.argv.slice(2));
  const dlq = `${a.topic}.dlq`;
  const kafka = client();
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(dlq);
  await admin.disconnect();
  const remaining = new Map(ends.filter((p) => Number(p.high) > Number(p.low)).map((p) => [p.partition, Number(p.high)]));
  const selected = [];
  if (remaining.size > 0) {
    const consumer = kafka.consumer({ groupId: `ndip-dlq-replay-${process.pid}-${Date.now()}` });
    await consumer.connect();
    await consumer.subscribe({ topic: dlq, fromBeginning: true });
    await new Promise((resolve, reject) => {
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const offset = Number(message.offset);
            const matches =
              (a.offset === undefined || Number(a.offset) === offset) &&
              (a.consumer === undefined || header(message, 'ndip-dlq-consumer') === a.consumer) &&
              (a.key === undefined || (message.key !== null && message.key.toString('utf8') === a.key));
            if (matches) selected.push({ partition, offset, message });
            if (offset + 1 >= remaining.get(partition)) remaining.delete(partition);
            if (remaining.size === 0) resolve();
          },
        })
        .catch(reject);
    });
    await consumer.disconnect();
  }
  for (const s of selected) {
    console.log(
      `${dlq}[${s.partition}]@${s.offset}: from ${header(s.message, 'ndip-dlq-original-topic')}[${header(s.message, 'ndip-dlq-original-partition')}]@${header(s.message, 'ndip-dlq-original-offset')}, consumer ${header(s.message, 'ndip-dlq-consumer')}, attempts ${header(s.message, 'ndip-dlq-attempts')}: ${header(s.message, 'ndip-dlq-error')}`,
    );
  }
  if (a.dryRun || selected.length === 0) {
    console.log(`${selected.length} message(s) selected${a.dryRun ? ' (dry run: nothing replayed)' : ''}`);
    return;
  }
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();
  await producer.send({
    topic: a.topic,
    acks: -1,
    messages: selected.map((s) => ({ key: s.message.key, value: s.message.value, headers: { 'ndip-replayed-from': `${dlq}@${s.partition}:${s.offset}` } })),
  });
  await producer.disconnect();
  console.log(`${selected.length} message(s) replayed to ${a.topic}`);
}

main().catch((e) => {
  console.error(e.message ?? e);
  process.exit(1);
});
