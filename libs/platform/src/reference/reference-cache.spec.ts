import { REFERENCE_EVENT_TYPES, addWorkingDays, type ReferenceEntry } from '@ndip/domain';
import { ReferenceDataCache } from './reference-cache';
import { referenceEntryOf } from './reference-consumer';

const ACT = 'Order No. 1';
const entry = (over: Partial<ReferenceEntry>): ReferenceEntry => ({
  entryId: '01a20000-0000-7000-8000-000000000001',
  kind: 'MCI',
  key: '2026-01-01',
  effectiveFrom: '2026-01-01',
  legalAct: ACT,
  value: { valueKzt: 5000 },
  sequence: 1,
  recordedAt: '2026-11-22T09:00:00.000Z',
  ...over,
});

function envelopeOf(payload: unknown, type: string = REFERENCE_EVENT_TYPES.entryRecorded): unknown {
  return {
    id: '01a20000-0000-7000-8000-0000000000aa',
    type,
    version: 1,
    occurredAt: '2026-11-22T09:00:00.000Z',
    producer: 'implementation',
    aggregateType: 'reference',
    aggregateId: 'MCI:2026-01-01',
    correlationId: 'c',
    causationId: null,
    actor: { userId: 'u', organizationId: 'o', role: 'NC' },
    ruleEdition: 'E000',
    payload,
  };
}

describe('ReferenceDataCache', () => {
  it('starts with the built-in tables', () => {
    const c = new ReferenceDataCache();
    expect(c.mciForYear(2026)).toBe(4325);
    expect(addWorkingDays('2026-12-23', 5, c.calendar())).toBe('2026-12-30');
    expect(c.ruleConfigOn('2026-12-23').effectiveFrom).toBeNull();
    expect(c.size()).toBe(0);
  });

  it('applies each entry once and tells the listeners of new ones only', () => {
    const c = new ReferenceDataCache();
    const seen: string[] = [];
    c.onEntry((e) => seen.push(e.entryId));
    expect(c.apply(entry({}))).toBe(true);
    expect(c.apply(entry({}))).toBe(false);
    expect(c.apply(entry({ kind: 'HOLIDAY' as never, entryId: 'other' }))).toBe(false);
    expect(seen).toEqual([entry({}).entryId]);
    expect(c.mciForYear(2026)).toBe(5000);
    expect(c.entries()).toHaveLength(1);
  });

  it('rebuilds the calendar with the decreed transfers, and classifies with the MCI and options of the store', () => {
    const c = new ReferenceDataCache();
    c.apply(entry({ entryId: 't1', kind: 'DAY_TRANSFER', key: '2026-12-28', effectiveFrom: '2026-12-23', value: { date: '2026-12-28', kind: 'DAY_OFF' } }));
    expect(addWorkingDays('2026-12-23', 5, c.calendar())).toBe('2026-12-31');
    expect(c.dayTransfers().some((t) => t.date === '2026-12-28' && t.legalAct === ACT)).toBe(true);
    const input = { amountKzt: '648750000', hasInvestmentContract: false, year: 2026 };
    expect(c.classifyPool(input, '2026-12-23').pool).toBe('NATIONAL');
    c.apply(
      entry({
        entryId: 'r1',
        kind: 'RULE_CONFIG',
        key: '2026-12-24',
        effectiveFrom: '2026-12-24',
        value: { edition: 'E000', options: { nationalInclusive: false } },
      }),
    );
    expect(c.classifyPool(input, '2026-12-23').pool).toBe('NATIONAL');
    expect(c.classifyPool(input, '2026-12-24').pool).toBe('REGIONAL');
    expect(c.ruleConfigOn('2026-12-24')).toMatchObject({ effectiveFrom: '2026-12-24', legalAct: ACT });
    c.apply(entry({ entryId: 'm2', sequence: 9, value: { valueKzt: 4000 } }));
    expect(c.classifyPool({ ...input, amountKzt: '600000000' }, '2026-12-23')).toMatchObject({ pool: 'NATIONAL', mci: 4000 });
  });
});

describe('referenceEntryOf', () => {
  it('reads a valid entry, ignores other types, and says why a message is not one', () => {
    const e = entry({});
    expect(referenceEntryOf(envelopeOf(e))).toEqual(e);
    expect(referenceEntryOf(envelopeOf(e, 'reference.something-else'))).toBeNull();
    expect(referenceEntryOf('not json')).toMatch(/^invalid envelope/);
    expect(referenceEntryOf(envelopeOf({ ...e, kind: 'HOLIDAY' }))).toMatch(/^invalid payload: kind/);
    expect(referenceEntryOf(envelopeOf({ ...e, effectiveFrom: '2026-02-30' }))).toMatch(/effectiveFrom/);
    expect(referenceEntryOf(envelopeOf({ ...e, value: null }))).toEqual({ ...e, value: null });
  });
});
