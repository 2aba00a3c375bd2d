import { canonicalJson, requestFingerprint } from './idempotency.interceptor';

describe('Idempotency-Key request fingerprint', () => {
  it('does not depend on the key order of the body, at any depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}');
    expect(requestFingerprint('POST', '/api/v1/companies', { name: 'A', countryCode: 'KR' })).toBe(
      requestFingerprint('post', '/api/v1/companies', { countryCode: 'KR', name: 'A' }),
    );
  });

  it('leaves out undefined fields as JSON does, keeps nulls', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('differs when the method, the path with its query or the body differs', () => {
    const base = requestFingerprint('POST', '/api/v1/companies', { name: 'A' });
    expect(requestFingerprint('PUT', '/api/v1/companies', { name: 'A' })).not.toBe(base);
    expect(requestFingerprint('POST', '/api/v1/companies?x=1', { name: 'A' })).not.toBe(base);
    expect(requestFingerprint('POST', '/api/v1/companies', { name: 'B' })).not.toBe(base);
    expect(requestFingerprint('POST', '/api/v1/companies', { name: 'A', extra: true })).not.toBe(base);
    expect(requestFingerprint('POST', '/api/v1/companies', ['A'])).not.toBe(requestFingerprint('POST', '/api/v1/companies', { 0: 'A' }));
  });
});
