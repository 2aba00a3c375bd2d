import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { REGIONS, findRegion, getRegion, isRegionCode } from './regions';

describe('regions (rules.md §5.1)', () => {
  it('20 rated units: 17 oblasts, the capital and 2 cities of republican significance', () => {
    expect(REGIONS).toHaveLength(20);
    expect(REGIONS.filter((r) => r.kind === 'OBLAST')).toHaveLength(17);
    expect(REGIONS.filter((r) => r.kind === 'CAPITAL').map((r) => r.name.en)).toEqual(['Astana']);
    expect(REGIONS.filter((r) => r.kind === 'CITY_REP').map((r) => r.name.en)).toEqual(['Almaty', 'Shymkent']);
  });

  it('codes are unique 9-digit KATO codes; names in kk/ru/en are present', () => {
    expect(new Set(REGIONS.map((r) => r.code)).size).toBe(20);
    for (const r of REGIONS) {
      expect(r.code).toMatch(/^\d{2}0{7}$/);
      expect(r.name.kk && r.name.ru && r.name.en).toBeTruthy();
    }
  });

  it('find / get / is', () => {
    expect(findRegion('710000000')?.name.ru).toBe('город Астана');
    expect(findRegion('620000000')?.name.en).toBe('Ulytau Region');
    expect(findRegion('999999999')).toBeUndefined();
    expect(isRegionCode('750000000')).toBe(true);
    expect(isRegionCode('75')).toBe(false);
    expect(isRegionCode(750000000)).toBe(false);
    expect(getRegion('790000000').name.kk).toBe('Шымкент қаласы');
    try {
      getRegion('123', 'passport.region');
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe(DomainErrorCode.UNKNOWN_REFERENCE);
      expect((e as DomainError).details.field).toBe('passport.region');
    }
  });
});
