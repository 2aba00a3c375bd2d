import { InMemoryStartedLoginStore } from './started-login-store';

describe('InMemoryStartedLoginStore', () => {
  const login = { state: 'state-1', nonce: 'nonce-1', codeVerifier: 'verifier-1', returnTo: '/projects' };

  it('gives a started login back once, by state', async () => {
    const store = new InMemoryStartedLoginStore();
    await store.put(login);
    expect(await store.take('other-state')).toBeUndefined();
    expect(await store.take('state-1')).toEqual(login);
    expect(await store.take('state-1')).toBeUndefined();
  });

  it('forgets a login after its TTL', async () => {
    let now = 0;
    const store = new InMemoryStartedLoginStore({ ttlMs: 60_000, clock: () => new Date(now) });
    await store.put(login);
    await store.put({ ...login, state: 'state-2' });
    now = 59_999;
    expect(await store.take('state-1')).toEqual(login);
    now = 60_000;
    expect(await store.take('state-2')).toBeUndefined();
  });
});
