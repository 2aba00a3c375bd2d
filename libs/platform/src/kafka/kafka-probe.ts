import type { Kafka } from 'kafkajs';

/** Answers whether the broker responds to a metadata request; cached for two seconds. */
export class KafkaProbe {
  private last: { at: number; up: boolean } | null = null;

  constructor(private readonly kafka: Kafka) {}

  async isUp(): Promise<boolean> {
    const now = Date.now();
    if (this.last && now - this.last.at < 2000) return this.last.up;
    const admin = this.kafka.admin({ retry: { retries: 0 } });
    let up = false;
    try {
      await admin.connect();
      const c = await admin.describeCluster();
      up = c.brokers.length > 0;
    } catch {
      up = false;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
    this.last = { at: now, up };
    return up;
  }
}
