import type { Kafka } from 'kafkajs';

/**
 * Answers whether the broker responds to a metadata request within `timeoutMs` (a readiness probe must answer
 * quickly even when the broker is gone: the client's own connect retries take many seconds); cached for two
 * seconds, and concurrent probes share one check.
 */
export class KafkaProbe {
  private last: { at: number; up: boolean } | null = null;
  private pending: Promise<boolean> | null = null;

  constructor(
    private readonly kafka: Kafka,
    private readonly timeoutMs = 2000,
  ) {}

  async isUp(): Promise<boolean> {
    const now = Date.now();
    if (this.last && now - this.last.at < 2000) return this.last.up;
    this.pending ??= this.check().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async check(): Promise<boolean> {
    const admin = this.kafka.admin({ retry: { retries: 0 } });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), this.timeoutMs);
    });
    const probe = (async () => {
      await admin.connect();
      const c = await admin.describeCluster();
      return c.brokers.length > 0;
    })().catch(() => false);
    const up = await Promise.race([probe, timedOut]);
    clearTimeout(timer);
    void probe.finally(() => admin.disconnect().catch(() => undefined));
    this.last = { at: Date.now(), up };
    return up;
  }
}
