import { isOrganizationType } from '../access/organization-type';
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { actorOf, ctxOf, errCode, errField, okState } from './test-fixtures';
import { accept, guarded, isAfter, reject, requireOneOf, timerEnd } from './transition';

describe('transition helpers', () => {
  it('accept / reject build the Decision union', () => {
    expect(accept({ a: 1 }, [])).toEqual({ ok: true, state: { a: 1 }, events: [] });
    const r = reject(DomainErrorCode.CONFLICT, 'dup', { field: 'id' });
    expect(r.ok).toBe(false);
    expect(errCode(r)).toBe('CONFLICT');
    expect(errField(r)).toBe('id');
  });
  it('guarded turns DomainErrors into refusals and rethrows anything else', () => {
    expect(
      errCode(
        guarded(() => {
          throw new DomainError(DomainErrorCode.NOT_FOUND, 'x');
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(() =>
      guarded(() => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
  it('timerEnd counts CD and WD with day 0 = start (rules.md §4.9 examples)', () => {
    const ctx = ctxOf('E000', actorOf('AB'), '2025-10-08');
    expect(timerEnd({ value: 30, unit: 'CD' }, '2025-01-10', ctx)).toBe('2025-02-09');
    expect(timerEnd({ value: 5, unit: 'WD' }, '2025-10-08', ctx)).toBe('2025-10-15');
    expect(isAfter('2025-10-16', '2025-10-15')).toBe(true);
    expect(isAfter('2025-10-15', '2025-10-15')).toBe(false);
  });
  it('requireOneOf refuses non-strings', () => {
    expect(() => requireOneOf(3, ['A'] as const, 'f')).toThrow(DomainError);
  });
  it('test fixtures fail loudly on the unexpected outcome', () => {
    expect(() => okState(reject(DomainErrorCode.CONFLICT, 'x'))).toThrow('expected ok, got CONFLICT');
    expect(() => errCode(accept(1, []))).toThrow('expected a refusal');
    expect(() => errField(accept(1, []))).toThrow('expected a refusal');
  });
  it('isOrganizationType (shared role list)', () => {
    expect(isOrganizationType('MIO')).toBe(true);
    expect(isOrganizationType('SYSTEM')).toBe(false);
    expect(isOrganizationType(1)).toBe(false);
  });
});
