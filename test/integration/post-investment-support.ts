import { testKafka } from '../support/kafka';

/**
 * True once the consumer group has committed, on every partition of `topics`, the topic's end offset:
 * the service has processed everything on those topics so far (also what earlier test files left on the
 * shared broker), so the assertions that follow see a settled state. Throws otherwise (for `eventually`).
 */
export async function caughtUp(groupId: string, topics: string[]): Promise<void> {
  const admin = testKafka().admin();
  await admin.connect();
  try {
    for (const topic of topics) {
      const ends = await admin.fetchTopicOffsets(topic);
      const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
      for (const end of ends) {
        const at = committed?.partitions.find((p) => p.partition === end.partition)?.offset ?? '-1';
        const endOffset = Number(end.high);
        if (endOffset > 0 && Number(at) < endOffset) {
          throw new Error(`${groupId} at ${at} of ${endOffset} on ${topic}[${end.partition}]; all: ${JSON.stringify({ ends, committed })}`);
        }
      }
    }
  } finally {
    await admin.disconnect();
  }
}

/**
 * Resolves once the broker can coordinate consumer groups (a fresh broker creates `__consumer_offsets`
 * first): services that read committed offsets at boot would otherwise give up. Throws until then.
 */
export async function groupCoordinatorReady(topic: string): Promise<void> {
  const admin = testKafka().admin();
  await admin.connect();
  try {
    await admin.fetchOffsets({ groupId: 'ndip-test-warm-up', topics: [topic] });
  } finally {
    await admin.disconnect();
  }
}
