/**
 * Waits for an asynchronous effect: calls `fn` until it returns without throwing (its value is
 * returned) or `timeoutMs` passes, then throws the last error. Never a bare sleep in a test.
 */
export async function eventually<T>(fn: () => Promise<T> | T, timeoutMs = 30_000, intervalMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      const msg = last instanceof Error ? last.message : String(last);
      throw new Error(`eventually: not satisfied within ${timeoutMs} ms: ${msg}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
