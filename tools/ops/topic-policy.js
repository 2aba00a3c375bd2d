'use strict';
/**
 * Partitions and configuration of every NDIP topic, shared by the Strimzi KafkaTopic manifests
 * (tools/ops/generate.js) and the compose topic-init job (tools/ops/create-topics.js).
 * Events are kept forever: reporting rebuilds its read models from offset 0 and new consumers replay history.
 */
const REPLICAS = 3;
const MIN_INSYNC = 2;

function topicPolicy(name) {
  const base = { 'min.insync.replicas': MIN_INSYNC, 'unclean.leader.election.enable': false };
  if (name.endsWith('.dlq')) return { partitions: 1, replicas: REPLICAS, config: { ...base, 'retention.ms': 90 * 24 * 3600 * 1000 } };
  if (/\.events\.v\d+$/.test(name)) return { partitions: 3, replicas: REPLICAS, config: { ...base, 'retention.ms': -1, 'cleanup.policy': 'delete' } };
  // Commands and their replies are worthless after the caller's timeout (30 s): a day is plenty for diagnosis.
  return { partitions: 3, replicas: REPLICAS, config: { ...base, 'retention.ms': 24 * 3600 * 1000 } };
}

/** Every topic of the registry (same list as libs/platform/src/kafka/kafka-client.ts `allTopics`). */
function topicNames(t) {
  const names = [];
  for (const topic of [...Object.values(t.EVENT_TOPICS), t.REFERENCE_TOPIC]) names.push(topic, t.deadLetterTopic(topic));
  for (const p of t.allCommandPatterns()) names.push(p, t.replyTopic(p));
  return names;
}

module.exports = { topicPolicy, topicNames, REPLICAS, MIN_INSYNC };
