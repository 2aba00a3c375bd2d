import type { Logger } from '@nestjs/common';
import { PeriodicJob } from './periodic-job';

describe('PeriodicJob', () => {
  const quiet = () => ({ error: jest.fn() }) as unknown as Logger & { error: jest.Mock };

  afterEach(() => jest.useRealTimers());

  it('runs one pass at a time: a tick during a pass joins it', async () => {
    let release!: () => void;
    let passes = 0;
    const job = new PeriodicJob('job', quiet(), () => {
      passes += 1;
      return new Promise<void>((r) => (release = r));
    });
    const a = job.tick();
    const b = job.tick();
    expect(b).toBe(a);
    expect(passes).toBe(1);
    release();
    await a;
    const c = job.tick(); // the first pass is over: a new one runs
    expect(c).not.toBe(a);
    release();
    await c;
    expect(passes).toBe(2);
  });

  it('logs a failed pass, does not reject, and runs again on the next tick', async () => {
    const log = quiet();
    let fail = true;
    let ok = 0;
    const job = new PeriodicJob('the scan', log, async () => {
      if (fail) throw new Error('db down');
      ok += 1;
    });
    await expect(job.tick()).resolves.toBeUndefined();
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining('the scan failed: Error: db down'));
    fail = false;
    await job.tick();
    expect(ok).toBe(1);
  });

  it('ticks every period once started, never with a period of 0, and stop() waits for the running pass', async () => {
    jest.useFakeTimers();
    let passes = 0;
    let finished = false;
    const job = new PeriodicJob('job', quiet(), async () => {
      passes += 1;
      await Promise.resolve();
      finished = true;
    });
    job.start(0);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(passes).toBe(0);
    job.start(1_000);
    await jest.advanceTimersByTimeAsync(3_000);
    expect(passes).toBe(3);
    const stopped = job.stop();
    await jest.advanceTimersByTimeAsync(5_000);
    await stopped;
    expect(finished).toBe(true);
    expect(passes).toBe(3);
  });
});
