import { InMemoryNonceStore } from './nonce-store';

describe('InMemoryNonceStore', () => {
  it('issues distinct 256-bit nonces that can be consumed once', async () => {
    const store = new InMemoryNonceStore();
    const a = await store.issue();
    const b = await store.issue();
    expect(a.nonce).not.toBe(b.nonce);
    expect(Buffer.from(a.nonce, 'base64url')).toHaveLength(32);
    expect(await store.consume(a.nonce)).toBe(true);
    expect(await store.consume(a.nonce)).toBe(false);
    expect(await store.consume(b.nonce)).toBe(true);
  });

  it('refuses unknown and expired nonces', async () => {
    let now = Date.parse('2026-03-01T10:00:00Z');
    const store = new InMemoryNonceStore({ ttlMs: 300_000, clock: () => new Date(now) });
    expect(await store.consume('never-issued-nonce-000000')).toBe(false);
    const a = await store.issue();
    expect(a.expiresAt.toISOString()).toBe('2026-03-01T10:05:00.000Z');
    const b = await store.issue();
    now += 299_999;
    expect(await store.consume(a.nonce)).toBe(true);
    now += 1;
    expect(await store.consume(b.nonce)).toBe(false);
  });

  it('bounds the number of outstanding nonces, reclaiming expired ones first', async () => {
    let now = 0;
    const store = new InMemoryNonceStore({ ttlMs: 1000, clock: () => new Date(now), maxEntries: 2 });
    await store.issue();
    await store.issue();
    await expect(store.issue()).rejects.toThrow('too many');
    now = 1000;
    await store.issue();
    expect(store.size).toBe(1);
  });
});
