import { DomainErrorCode } from '../errors/domain-error';
import { companyDuplicateKey, decideCompany, type CompanyCardInput, type CompanyCommand, type CompanyState } from './company.machine';
import { actorOf, ctxOf, errCode, errField, okState } from './test-fixtures';

const FI = actorOf('FI', { countryCode: 'KR' });
const NCF = actorOf('NCF');
const TODAY = '2026-03-02';
const CARD: CompanyCardInput = { name: '  Hyundai Motor Company ', countryCode: 'KR', sector: 'C29', size: 'LARGE', website: 'https://hyundai.com' };

const run = (s: CompanyState | null, c: CompanyCommand, actor = FI, today = TODAY) => decideCompany(s, c, ctxOf('E000', actor, today));
const created = (card: CompanyCardInput = CARD, id = 'co-1') => okState(run(null, { type: 'CREATE', companyId: id, card }));

describe('company card', () => {
  it('CREATE by FI or NCF: ACTIVE, trimmed name, company.created with the catalogue payload', () => {
    const d = run(null, { type: 'CREATE', companyId: 'co-1', card: { ...CARD, bin: '940740000139', global2000: true, global2000Year: 2025 } });
    expect(okState(d)).toMatchObject({
      companyId: 'co-1',
      name: 'Hyundai Motor Company',
      status: 'ACTIVE',
      bin: '940740000139',
      size: 'LARGE',
      global2000: true,
      global2000Year: 2025,
      createdByOrganizationId: 'org-fi',
      createdOn: TODAY,
    });
    expect(d.ok && d.events).toEqual([
      {
        type: 'attraction.company.created',
        version: 1,
        aggregateType: 'company',
        aggregateId: 'co-1',
        payload: { companyId: 'co-1', name: 'Hyundai Motor Company', countryCode: 'KR', bin: '940740000139', sector: 'C29' },
      },
    ]);
    expect(okState(run(null, { type: 'CREATE', companyId: 'co-2', card: { name: 'X', countryCode: 'DE' } }, NCF))).toMatchObject({
      bin: null,
      sector: null,
      size: null,
      website: null,
      global2000: false,
      global2000Year: null,
    });
  });

  it.each(['MIO', 'NC', 'AB', 'INV'] as const)('WRONG_ROLE for %s (NC and AB only read)', (role) => {
    expect(errCode(run(null, { type: 'CREATE', companyId: 'c', card: CARD }, actorOf(role)))).toBe(DomainErrorCode.WRONG_ROLE);
  });

  it.each<[CompanyCardInput, string]>([
    [{ ...CARD, name: '' }, 'name'],
    [{ ...CARD, name: 'x'.repeat(301) }, 'name'],
    [{ ...CARD, countryCode: 'kr' }, 'countryCode'],
    [{ ...CARD, countryCode: undefined }, 'countryCode'],
    [{ ...CARD, bin: '940740000138' }, 'bin'],
    [{ ...CARD, size: 'HUGE' as never }, 'size'],
    [{ ...CARD, website: 'ftp://x' }, 'website'],
    [{ ...CARD, global2000: true }, 'global2000Year'],
    [{ ...CARD, global2000Year: 2020 }, 'global2000Year'],
    [{ ...CARD, global2000: true, global2000Year: 2002 }, 'global2000Year'],
    [{ ...CARD, global2000: true, global2000Year: 2027 }, 'global2000Year'],
    [{ ...CARD, global2000: true, global2000Year: 2020.5 }, 'global2000Year'],
    [{ ...CARD, sector: 'x'.repeat(101) }, 'sector'],
  ])('INVALID_INPUT %#: field %s', (card, field) => {
    const d = run(null, { type: 'CREATE', companyId: 'c', card });
    expect([errCode(d), errField(d)]).toEqual([DomainErrorCode.INVALID_INPUT, field]);
  });

  it('refuses CREATE over an existing card and an invalid today', () => {
    expect(errCode(run(created(), { type: 'CREATE', companyId: 'c', card: CARD }))).toBe(DomainErrorCode.CONFLICT);
    expect(errField(run(null, { type: 'CREATE', companyId: 'c', card: CARD }, FI, 'today'))).toBe('today');
    expect(errField(run(null, { type: 'CREATE', companyId: '', card: CARD }))).toBe('companyId');
  });

  it('UPDATE changes the given fields only; null clears an optional one; lists what changed', () => {
    const d = run(created(), { type: 'UPDATE', changes: { sector: null, size: 'MEDIUM', name: undefined } });
    expect(okState(d)).toMatchObject({ name: 'Hyundai Motor Company', sector: null, size: 'MEDIUM', website: 'https://hyundai.com' });
    expect(d.ok && d.events[0]).toMatchObject({ type: 'attraction.company.updated', payload: { changed: ['sector', 'size'], updatedOn: TODAY } });
    expect(errField(run(created(), { type: 'UPDATE', changes: { website: 'nope' } }))).toBe('website');
    expect(errCode(run(null, { type: 'UPDATE', changes: {} }))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errCode(run(created(), { type: 'UPDATE', changes: {} }, actorOf('AB')))).toBe(DomainErrorCode.WRONG_ROLE);
  });

  it('MERGE_INTO: the duplicate becomes MERGED; a BIN the target lacks moves over', () => {
    const dup = created({ ...CARD, bin: '940740000139' }, 'co-2');
    const target = created(CARD, 'co-1');
    const d = run(dup, { type: 'MERGE_INTO', target });
    expect(okState(d)).toMatchObject({ status: 'MERGED', mergedIntoId: 'co-1', bin: null });
    expect(d.ok && d.events[0]).toMatchObject({
      type: 'attraction.company.merged',
      aggregateId: 'co-2',
      payload: { companyId: 'co-2', intoCompanyId: 'co-1', movedBin: '940740000139', mergedOn: TODAY },
    });
    const same = run(dup, { type: 'MERGE_INTO', target: { ...target, bin: '940740000139' } });
    expect(okState(same)).toMatchObject({ status: 'MERGED', bin: '940740000139' });
    expect(same.ok && same.events[0]!.payload).toMatchObject({ movedBin: null });
    expect(okState(run(created(CARD, 'co-3'), { type: 'MERGE_INTO', target }))).toMatchObject({ bin: null });
  });

  it('MERGE_INTO refusals: itself, a merged target, different BINs, a merged source', () => {
    const a = created(CARD, 'co-1');
    const b = created(CARD, 'co-2');
    expect([errCode(run(a, { type: 'MERGE_INTO', target: a })), errField(run(a, { type: 'MERGE_INTO', target: a }))]).toEqual([
      DomainErrorCode.INVALID_INPUT,
      'intoCompanyId',
    ]);
    expect(errCode(run(a, { type: 'MERGE_INTO', target: { ...b, status: 'MERGED' } }))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errCode(run({ ...a, bin: '940740000139' }, { type: 'MERGE_INTO', target: { ...b, bin: '000740000004' } }))).toBe(DomainErrorCode.CONFLICT);
    expect(errCode(run({ ...a, status: 'MERGED' }, { type: 'MERGE_INTO', target: b }))).toBe(DomainErrorCode.WRONG_STATE);
  });

  it('duplicate key: same name ignoring case, spacing and punctuation, per country', () => {
    expect(companyDuplicateKey('Hyundai Motor Co.', 'KR')).toBe(companyDuplicateKey('  HYUNDAI  motor co ', 'KR'));
    expect(companyDuplicateKey('«Samsung» C&T', 'KR')).toBe(companyDuplicateKey('samsung c t', 'KR'));
    expect(companyDuplicateKey('Hyundai', 'KR')).not.toBe(companyDuplicateKey('Hyundai', 'DE'));
  });
});
