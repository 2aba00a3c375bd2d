import type { Actor, OrganizationType } from '@ndip/domain';
import { FROM_M3_STATUS, TO_M3_STATUS, inScope, m3Scope, sortOf } from './m3-scope';

const actor = (role: OrganizationType, regionCode: string | null = null): Actor => ({ userId: 'u', organizationId: 'o', role, regionCode });
const ALMATY = '750000000';
const ASTANA = '710000000';
const BIN = '940740000139';

describe('Module 3 scoping (§9.3)', () => {
  const row = { regionCode: ALMATY, companyBin: BIN };

  it('AB, CIA, NC and the operator see every project', () => {
    for (const r of ['AB', 'CIA', 'NC', 'ADMIN'] as const) expect(inScope(m3Scope(actor(r), undefined), row)).toBe(true);
  });

  it('regional bodies see their region only; without a region nothing', () => {
    expect(inScope(m3Scope(actor('MIO', ALMATY), undefined), row)).toBe(true);
    expect(inScope(m3Scope(actor('NCR', ASTANA), undefined), row)).toBe(false);
    expect(m3Scope(actor('RO', null), undefined)).toEqual({ kind: 'NONE' });
  });

  it("an investor sees its own company's projects by the BIN of its organisation, and nothing without one", () => {
    expect(inScope(m3Scope(actor('INV'), BIN), row)).toBe(true);
    expect(inScope(m3Scope(actor('INV'), '050540000046'), row)).toBe(false);
    expect(inScope(m3Scope(actor('INV'), undefined), row)).toBe(false);
    expect(inScope(m3Scope(actor('INV'), BIN), { regionCode: ALMATY, companyBin: null })).toBe(false);
    // A BIN passed for a non-investor changes nothing.
    expect(m3Scope(actor('FI'), BIN)).toEqual({ kind: 'NONE' });
  });

  it('maps the stored status to SM-M3 and back', () => {
    for (const s of ['OPEN', 'PERIOD_ENDED', 'COMPLETED', 'ARCHIVED'] as const) expect(FROM_M3_STATUS[TO_M3_STATUS[s]]).toBe(s);
    expect(TO_M3_STATUS.OPEN).toBe('M3_ACTIVE');
  });

  it('reads a sort value with an optional minus for descending', () => {
    const cols = { raisedOn: 'i.raisedOn', dueOn: 'i.dueOn' };
    expect(sortOf('-dueOn', '-raisedOn', cols)).toEqual({ column: 'i.dueOn', order: 'DESC' });
    expect(sortOf(undefined, '-raisedOn', cols)).toEqual({ column: 'i.raisedOn', order: 'DESC' });
    expect(sortOf('raisedOn', '-raisedOn', cols)).toEqual({ column: 'i.raisedOn', order: 'ASC' });
  });
});
