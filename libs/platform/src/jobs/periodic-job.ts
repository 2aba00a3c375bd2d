import type { Logger } from '@nestjs/common';

/**
 * A background pass run every `periodMs` by a service's timer (0 or less: never; the service's request-reply
 * command runs the same work on demand). A tick while the previous pass still runs is skipped, a failed pass
 * is logged and the next tick tries again, and `stop()` waits for the running pass, so that a shutdown does not
 * cut a batch in half. Each job's exactly-once guarantee lives in its own rows, not in this timer.
 */
export class PeriodicJob {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly name: string,
    private readonly log: Logger,
    private readonly pass: () => Promise<unknown>,
  ) {}

  start(periodMs: number): void {
    if (periodMs > 0 && !this.timer) this.timer = setInterval(() => void this.tick(), periodMs);
  }

  /** One pass now, unless one is already running (then that one is awaited). Never rejects. */
  tick(): Promise<void> {
    this.running ??= this.pass()
      .then(
        () => undefined,
        (e: unknown) => this.log.error(`${this.name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
      )
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
