import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('allows `limit` hits per window, then asks to wait until the window ends', () => {
    let t = 1_000_000;
    const r = new RateLimiter(3, 60_000, () => t);
    expect([r.hit('a'), r.hit('a'), r.hit('a')]).toEqual([0, 0, 0]);
    t += 15_000;
    expect(r.hit('a')).toBe(45);
    expect(r.hit('b')).toBe(0);
    t += 45_000;
    expect(r.hit('a')).toBe(0);
  });
});
