import type { Actor } from '../access/organization-type';
import { getEdition } from '../editions/editions';
import { DomainErrorCode } from '../errors/domain-error';
import type { RuleEditionCode } from '../events/envelope';
import { defaultCalendar } from '../reference/calendar';
import {
  allowedInitiativeActions,
  decideInitiative,
  initiativeOverdueNotice,
  isInitiativeOverdue,
  type InitiativeCommand,
  type InitiativeState,
} from './initiative.machine';
import { REGION_A, REGION_B, actorOf, ctxOf, errCode, errField, okState } from './test-fixtures';

const FI = actorOf('FI', { countryCode: 'DE' });
const NCF = actorOf('NCF', { organizationId: 'org-fi' });
const MIO_A = actorOf('MIO', { regionCode: REGION_A });
const MIO_B = actorOf('MIO', { regionCode: REGION_B, organizationId: 'org-mio-b' });
const AB = actorOf('AB');
const NC = actorOf('NC');
const ADMIN = actorOf('ADMIN');

const CREATE: InitiativeCommand = { type: 'CREATE', initiativeId: 'ini-1', companyId: 'co-1', title: 'Copper smelter', countryCode: 'DE' };
const CONVERT: InitiativeCommand = {
  type: 'CONVERT',
  companyName: 'Kupfer KZ LLP',
  companyBin: '123456789012',
  projectName: 'Copper smelter in Almaty',
  sector: '24.44',
  investmentAmountKzt: '600000000',
  hasInvestmentContract: false,
};

function run(ed: RuleEditionCode, state: InitiativeState | null, cmd: InitiativeCommand, actor: Actor, today: string) {
  return decideInitiative(state, cmd, ctxOf(ed, actor, today));
}

function created(ed: RuleEditionCode, extra: Partial<Extract<InitiativeCommand, { type: 'CREATE' }>> = {}, today = '2025-06-01'): InitiativeState {
  return okState(run(ed, null, { ...CREATE, ...extra } as InitiativeCommand, FI, today));
}
function transferred(ed: RuleEditionCode, on = '2025-06-02'): InitiativeState {
  return okState(run(ed, created(ed), { type: 'TRANSFER', regionCode: REGION_A }, FI, on));
}
function inWork(ed: RuleEditionCode): InitiativeState {
  return okState(run(ed, transferred(ed), { type: 'ASSIGN_OFFICER', officerUserId: 'officer-1' }, MIO_A, '2025-06-03'));
}
function extended(ed: RuleEditionCode): InitiativeState {
  return okState(run(ed, inWork(ed), { type: 'EXTEND' }, MIO_A, '2025-06-20'));
}

describe.each(['E000', 'E001'] as const)('SM-INIT common transitions in %s', (ed) => {
  describe('I1 CREATE', () => {
    it('creates a DRAFT pinned to the edition and emits attraction.initiative.created', () => {
      const d = run(ed, null, CREATE, FI, '2025-06-01');
      const s = okState(d);
      expect(s).toMatchObject({
        edition: ed,
        initiativeId: 'ini-1',
        companyId: 'co-1',
        status: 'DRAFT',
        originatorOrganizationId: 'org-fi',
        originatorRole: 'FI',
        createdOn: '2025-06-01',
        regionCode: null,
        transferDueOn: null,
      });
      expect(d.ok && d.events).toEqual([
        {
          type: 'attraction.initiative.created',
          version: 1,
          aggregateType: 'initiative',
          aggregateId: 'ini-1',
          payload: { initiativeId: 'ini-1', companyId: 'co-1', title: 'Copper smelter', countryCode: 'DE', createdOn: '2025-06-01' },
        },
      ]);
    });
    it('lets an NC foreign representative create (§9.2 row: NCF x)', () => {
      expect(okState(run(ed, null, CREATE, NCF, '2025-06-01')).originatorRole).toBe('NCF');
    });
    it.each([MIO_A, AB, NC, ADMIN, actorOf('INV'), actorOf('CSB')])('refuses role %o with WRONG_ROLE', (actor) => {
      expect(errCode(run(ed, null, CREATE, actor, '2025-06-01'))).toBe(DomainErrorCode.WRONG_ROLE);
    });
    it('refuses to create over an existing record (CONFLICT)', () => {
      expect(errCode(run(ed, created(ed), CREATE, FI, '2025-06-01'))).toBe(DomainErrorCode.CONFLICT);
    });
    it.each([
      ['initiativeId', { initiativeId: '' }],
      ['companyId', { companyId: 42 }],
      ['title', { title: '   ' }],
      ['countryCode', { countryCode: 'deu' }],
      ['visitEndedOn', { visitEndedOn: '2025-02-30' }],
      ['visitEndedOn', { visitEndedOn: '2025-06-02' }],
      ['kycStatus', { kycStatus: 'MAYBE' }],
    ])('INVALID_INPUT on bad %s', (field, patch) => {
      const d = run(ed, null, { ...CREATE, ...patch } as unknown as InitiativeCommand, FI, '2025-06-01');
      expect(errCode(d)).toBe(DomainErrorCode.INVALID_INPUT);
      expect(errField(d)).toBe(field);
    });
    it.each(['FAILED', 'IN_PROGRESS', 'NOT_STARTED'] as const)('blocks creation when KYC is %s (kycRequiredForInitiative, A-43)', (kyc) => {
      const d = run(ed, null, { ...CREATE, kycStatus: kyc }, FI, '2025-06-01');
      expect(errCode(d)).toBe(DomainErrorCode.WRONG_STATE);
      expect(errField(d)).toBe('kycStatus');
    });
    it('accepts a PASSED KYC and an omitted one', () => {
      expect(okState(run(ed, null, { ...CREATE, kycStatus: 'PASSED' }, FI, '2025-06-01')).status).toBe('DRAFT');
    });
    it('lets a KYC that is not passed through when the edition does not require KYC', () => {
      const base = getEdition(ed);
      const lax = { ...base, initiative: { ...base.initiative, kycRequiredForInitiative: false } };
      const d = decideInitiative(null, { ...CREATE, kycStatus: 'FAILED' }, { actor: FI, today: '2025-06-01', edition: lax });
      expect(okState(d).status).toBe('DRAFT');
    });
    it('T02: 3 WD after the visit, Mon–Wed after a Friday visit', () => {
      // visit ended Fri 2025-10-03 → Mon 6 (1), Tue 7 (2), Wed 8 (3)
      const s = okState(run(ed, null, { ...CREATE, visitEndedOn: '2025-10-03' }, FI, '2025-10-03'));
      expect(s.transferDueOn).toBe('2025-10-08');
    });
    it('T02: 3 WD skip the Republic Day substitute day off (Sat 25 Oct 2025 → Mon 27 Oct)', () => {
      // visit ended Fri 2025-10-24 → Tue 28 (1), Wed 29 (2), Thu 30 (3)
      const s = okState(run(ed, null, { ...CREATE, visitEndedOn: '2025-10-24' }, FI, '2025-10-24'));
      expect(s.transferDueOn).toBe('2025-10-30');
    });
    it('refuses a context without a valid today (INVALID_INPUT, field today)', () => {
      const d = run(ed, null, CREATE, FI, '2025-13-01');
      expect(errCode(d)).toBe(DomainErrorCode.INVALID_INPUT);
      expect(errField(d)).toBe('today');
    });
    it('turns a calendar refusal (unknown year) into a refused decision', () => {
      const d = run(ed, null, { ...CREATE, visitEndedOn: '2031-12-30' }, FI, '2031-12-31');
      expect(errCode(d)).toBe(DomainErrorCode.UNKNOWN_REFERENCE);
    });
  });

  describe('I2 TRANSFER', () => {
    it('sets transferredOn = today and actionDueOn = today + 30 CD; emits the catalogue payload', () => {
      const d = run(ed, created(ed), { type: 'TRANSFER', regionCode: REGION_A }, FI, '2025-01-10');
      const s = okState(d);
      // rules.md §4.9 example: received 2025-01-10 → 30-CD deadline 2025-02-09
      expect(s).toMatchObject({
        status: 'TRANSFERRED',
        regionCode: REGION_A,
        transferredOn: '2025-01-10',
        actionDueOn: '2025-02-09',
        originalDueOn: '2025-02-09',
        transferCount: 1,
      });
      expect(d.ok && d.events).toEqual([
        {
          type: 'attraction.initiative.transferred',
          version: 1,
          aggregateType: 'initiative',
          aggregateId: 'ini-1',
          payload: { initiativeId: 'ini-1', companyId: 'co-1', regionCode: REGION_A, transferredOn: '2025-01-10', actionDueOn: '2025-02-09' },
        },
      ]);
    });
    it('wrong state: an initiative already transferred', () => {
      expect(errCode(run(ed, transferred(ed), { type: 'TRANSFER', regionCode: REGION_B }, FI, '2025-06-03'))).toBe(DomainErrorCode.WRONG_STATE);
    });
    it('wrong state: no record', () => {
      expect(errCode(run(ed, null, { type: 'TRANSFER', regionCode: REGION_B }, FI, '2025-06-03'))).toBe(DomainErrorCode.WRONG_STATE);
    });
    it.each([MIO_A, AB, NC])('wrong role %o', (actor) => {
      expect(errCode(run(ed, created(ed), { type: 'TRANSFER', regionCode: REGION_A }, actor, '2025-06-02'))).toBe(DomainErrorCode.WRONG_ROLE);
    });
    it('another foreign institution may not transfer (originating organisation only)', () => {
      const other = actorOf('FI', { organizationId: 'org-other-embassy' });
      const d = run(ed, created(ed), { type: 'TRANSFER', regionCode: REGION_A }, other, '2025-06-02');
      expect(errCode(d)).toBe(DomainErrorCode.WRONG_ROLE);
      expect(errField(d)).toBe('actor.organizationId');
    });
    it('INVALID_INPUT on a bad region code', () => {
      const d = run(ed, created(ed), { type: 'TRANSFER', regionCode: 'Almaty oblast!' }, FI, '2025-06-02');
      expect(errField(d)).toBe('regionCode');
    });
    it('T02 boundary: transfer on the 3rd WD is on time, on the 4th it is flagged late (not refused)', () => {
      const s0 = created(ed, { visitEndedOn: '2025-10-24' }, '2025-10-24'); // due 2025-10-30
      expect(okState(run(ed, s0, { type: 'TRANSFER', regionCode: REGION_A }, FI, '2025-10-30')).transferredLate).toBe(false);
      expect(okState(run(ed, s0, { type: 'TRANSFER', regionCode: REGION_A }, FI, '2025-10-31')).transferredLate).toBe(true);
    });
  });

  describe('I3 ASSIGN_OFFICER', () => {
    it('moves to IN_WORK; the 30-CD window still counts from receipt (A-07)', () => {
      const d = run(ed, transferred(ed), { type: 'ASSIGN_OFFICER', officerUserId: 'officer-1' }, MIO_A, '2025-06-10');
      const s = okState(d);
      expect(s).toMatchObject({ status: 'IN_WORK', officerUserId: 'officer-1', officerAssignedOn: '2025-06-10', actionDueOn: '2025-07-02' });
      expect(d.ok && d.events.map((e) => e.type)).toEqual(['attraction.initiative.officer-assigned']);
    });
    it('MIO of another region is refused (WRONG_ROLE, actor.regionCode)', () => {
      const d = run(ed, transferred(ed), { type: 'ASSIGN_OFFICER', officerUserId: 'o' }, MIO_B, '2025-06-03');
      expect(errCode(d)).toBe(DomainErrorCode.WRONG_ROLE);
      expect(errField(d)).toBe('actor.regionCode');
    });
    it('MIO without a region is refused', () => {
      expect(errCode(run(ed, transferred(ed), { type: 'ASSIGN_OFFICER', officerUserId: 'o' }, actorOf('MIO'), '2025-06-03'))).toBe(DomainErrorCode.WRONG_ROLE);
    });
    it.each([FI, AB, NC, ADMIN])('wrong role %o', (actor) => {
      expect(errCode(run(ed, transferred(ed), { type: 'ASSIGN_OFFICER', officerUserId: 'o' }, actor, '2025-06-03'))).toBe(DomainErrorCode.WRONG_ROLE);
    });
    it('wrong state: DRAFT and IN_WORK', () => {
      expect(errCode(run(ed, created(ed), { type: 'ASSIGN_OFFICER', officerUserId: 'o' }, MIO_A, '2025-06-03'))).toBe(DomainErrorCode.WRONG_STATE);
      expect(errCode(run(ed, inWork(ed), { type: 'ASSIGN_OFFICER', officerUserId: 'o' }, MIO_A, '2025-06-03'))).toBe(DomainErrorCode.WRONG_STATE);
    });
    it('INVALID_INPUT without an officer', () => {
      expect(errField(run(ed, transferred(ed), { type: 'ASSIGN_OFFICER', officerUserId: '' }, MIO_A, '2025-06-03'))).toBe('officerUserId');
    });
  });

  describe('I5 EXTEND', () => {
    it('extends by 30 CD from the original deadline (2025-07-02 → 2025-08-01)', () => {
      const d = run(ed, inWork(ed), { type: 'EXTEND', reason: 'waiting for the feasibility study' }, MIO_A, '2025-06-20');
      const s = okState(d);
      expect(s).toMatchObject({ status: 'EXTENDED', originalDueOn: '2025-07-02', actionDueOn: '2025-08-01', extensionsUsed: 1, extendedOn: '2025-06-20' });
      expect(d.ok && d.events[0]).toMatchObject({
        type: 'attraction.initiative.extended',
        payload: { previousDueOn: '2025-07-02', actionDueOn: '2025-08-01' },
      });
    });
    it('rules.md §4.9 example: received 2025-01-10, extended → 2025-03-11', () => {
      const s0 = okState(run(ed, created(ed), { type: 'TRANSFER', regionCode: REGION_A }, FI, '2025-01-10'));
      const s1 = okState(run(ed, s0, { type: 'ASSIGN_OFFICER', officerUserId: 'o' }, MIO_A, '2025-01-11'));
      expect(okState(run(ed, s1, { type: 'EXTEND' }, MIO_A, '2025-02-01')).actionDueOn).toBe('2025-03-11');
    });
    it('a shorter extension is allowed', () => {
      expect(okState(run(ed, inWork(ed), { type: 'EXTEND', days: 10 }, MIO_A, '2025-06-20')).actionDueOn).toBe('2025-07-12');
    });
    it.each([0, 31, 1.5])('INVALID_INPUT for days = %p', (days) => {
      expect(errField(run(ed, inWork(ed), { type: 'EXTEND', days }, MIO_A, '2025-06-20'))).toBe('days');
    });
    it('INVALID_INPUT for an empty reason', () => {
      expect(errField(run(ed, inWork(ed), { type: 'EXTEND', reason: '' }, MIO_A, '2025-06-20'))).toBe('reason');
    });
    it('deadline boundary: on day 30 (2025-07-02) allowed, on day 31 refused', () => {
      expect(okState(run(ed, inWork(ed), { type: 'EXTEND' }, MIO_A, '2025-07-02')).status).toBe('EXTENDED');
      expect(errCode(run(ed, inWork(ed), { type: 'EXTEND' }, MIO_A, '2025-07-03'))).toBe(DomainErrorCode.DEADLINE_PASSED);
    });
    it('only one extension (WRONG_STATE from EXTENDED)', () => {
      expect(errCode(run(ed, extended(ed), { type: 'EXTEND' }, MIO_A, '2025-06-21'))).toBe(DomainErrorCode.WRONG_STATE);
    });
    it('an IN_WORK initiative with the extension already used cannot extend again', () => {
      const s = { ...inWork(ed), extensionsUsed: 1 };
      expect(errCode(run(ed, s, { type: 'EXTEND' }, MIO_A, '2025-06-21'))).toBe(DomainErrorCode.WRONG_STATE);
    });
    it('wrong state: TRANSFERRED (no official yet)', () => {
      expect(errCode(run(ed, transferred(ed), { type: 'EXTEND' }, MIO_A, '2025-06-03'))).toBe(DomainErrorCode.WRONG_STATE);
    });
    it.each([FI, AB, MIO_B])('wrong role %o', (actor) => {
      expect(errCode(run(ed, inWork(ed), { type: 'EXTEND' }, actor, '2025-06-20'))).toBe(DomainErrorCode.WRONG_ROLE);
    });
  });

  describe('I4 CONVERT', () => {
    it('from IN_WORK: CONVERTED with the exact catalogue payload', () => {
      const d = run(ed, inWork(ed), CONVERT, MIO_A, '2025-06-25');
      const s = okState(d);
      expect(s).toMatchObject({ status: 'CONVERTED', convertedOn: '2025-06-25', convertedLate: false, edition: ed });
      expect(d.ok && d.events).toEqual([
        {
          type: 'attraction.initiative.converted',
          version: 1,
          aggregateType: 'initiative',
          aggregateId: 'ini-1',
          payload: {
            initiativeId: 'ini-1',
            companyId: 'co-1',
            companyName: 'Kupfer KZ LLP',
            companyBin: '123456789012',
            regionCode: REGION_A,
            projectName: 'Copper smelter in Almaty',
            sector: '24.44',
            investmentAmountKzt: '600000000',
            hasInvestmentContract: false,
            convertedOn: '2025-06-25',
          },
        },
      ]);
    });
    it('from EXTENDED, with a null sector and a contract', () => {
      const d = run(ed, extended(ed), { ...CONVERT, sector: null, hasInvestmentContract: true }, MIO_A, '2025-07-20');
      expect(okState(d).status).toBe('CONVERTED');
      expect(d.ok && d.events[0].payload).toMatchObject({ sector: null, hasInvestmentContract: true });
    });
    it('after the window the conversion is accepted but flagged late (I13 is a flag)', () => {
      expect(okState(run(ed, inWork(ed), CONVERT, MIO_A, '2025-07-02')).convertedLate).toBe(false);
      expect(okState(run(ed, inWork(ed), CONVERT, MIO_A, '2025-07-03')).convertedLate).toBe(true);
    });
    it('MIO of another region: WRONG_ROLE', () => {
      expect(errCode(run(ed, inWork(ed), CONVERT, MIO_B, '2025-06-25'))).toBe(DomainErrorCode.WRONG_ROLE);
    });
    it.each([FI, AB, NC, ADMIN])('wrong role %o', (actor) => {
      expect(errCode(run(ed, inWork(ed), CONVERT, actor, '2025-06-25'))).toBe(DomainErrorCode.WRONG_ROLE);
    });
    it.each([
      ['DRAFT', () => created(ed)],
      ['TRANSFERRED', () => transferred(ed)],
    ])('wrong state %s', (_n, mk) => {
      expect(errCode(run(ed, mk(), CONVERT, MIO_A, '2025-06-25'))).toBe(DomainErrorCode.WRONG_STATE);
    });
    it('wrong state CONVERTED (no double conversion)', () => {
      const done = okState(run(ed, inWork(ed), CONVERT, MIO_A, '2025-06-25'));
      expect(errCode(run(ed, done, CONVERT, MIO_A, '2025-06-26'))).toBe(DomainErrorCode.WRONG_STATE);
    });
    it.each([
      ['companyName', { companyName: '' }],
      ['companyBin', { companyBin: '12345' }],
      ['companyBin', { companyBin: null }],
      ['projectName', { projectName: undefined }],
      ['sector', { sector: '' }],
      ['investmentAmountKzt', { investmentAmountKzt: '0' }],
      ['investmentAmountKzt', { investmentAmountKzt: '1.5' }],
      ['investmentAmountKzt', { investmentAmountKzt: 600000000 }],
      ['hasInvestmentContract', { hasInvestmentContract: 'no' }],
    ])('INVALID_INPUT on %s', (field, patch) => {
      const d = run(ed, inWork(ed), { ...CONVERT, ...patch } as unknown as InitiativeCommand, MIO_A, '2025-06-25');
      expect(errCode(d)).toBe(DomainErrorCode.INVALID_INPUT);
      expect(errField(d)).toBe(field);
    });
  });

  it('CONFLICT when the record is pinned to the other edition', () => {
    const other: RuleEditionCode = ed === 'E000' ? 'E001' : 'E000';
    const d = run(other, inWork(ed), CONVERT, MIO_A, '2025-06-25');
    expect(errCode(d)).toBe(DomainErrorCode.CONFLICT);
    expect(errField(d)).toBe('edition');
  });

  it('uses the calendar given in the context', () => {
    // Thu 2025-10-02 declared a day off: Fri 3 (1), Mon 6 (2), Tue 7 (3)
    const cal = defaultCalendar.withAdditionalTransfers([{ date: '2025-10-06', kind: 'DAY_OFF', legalAct: 'test decree' }]);
    const d = decideInitiative(null, { ...CREATE, visitEndedOn: '2025-10-02' }, { ...ctxOf(ed, FI, '2025-10-02'), calendar: cal });
    expect(okState(d).transferDueOn).toBe('2025-10-08');
  });
});

describe('SM-INIT E000 only: redirection (I6–I8, 000 §42(3))', () => {
  const ed = 'E000';
  it('I6 MIO requests redirection from IN_WORK → REDIRECT_PENDING', () => {
    const d = run(ed, inWork(ed), { type: 'REQUEST_REDIRECT', targetRegionCode: REGION_B, reason: 'plant site is in region B' }, MIO_A, '2025-06-10');
    const s = okState(d);
    expect(s.status).toBe('REDIRECT_PENDING');
    expect(s.redirect).toEqual({
      targetRegionCode: REGION_B,
      requestedOn: '2025-06-10',
      requestedBy: 'u-mio',
      reason: 'plant site is in region B',
      resumeStatus: 'IN_WORK',
    });
    expect(d.ok && d.events[0]).toMatchObject({
      type: 'attraction.initiative.redirect-requested',
      payload: { fromRegionCode: REGION_A, toRegionCode: REGION_B },
    });
  });
  it('I6 from EXTENDED keeps EXTENDED as the status to resume', () => {
    const s = okState(run(ed, extended(ed), { type: 'REQUEST_REDIRECT', targetRegionCode: REGION_B, reason: 'r' }, MIO_A, '2025-07-20'));
    expect(s.redirect?.resumeStatus).toBe('EXTENDED');
  });
  it('I6 window boundary: day 30 allowed, day 31 DEADLINE_PASSED; after extension the extended deadline applies', () => {
    const cmd: InitiativeCommand = { type: 'REQUEST_REDIRECT', targetRegionCode: REGION_B, reason: 'r' };
    expect(okState(run(ed, inWork(ed), cmd, MIO_A, '2025-07-02')).status).toBe('REDIRECT_PENDING');
    expect(errCode(run(ed, inWork(ed), cmd, MIO_A, '2025-07-03'))).toBe(DomainErrorCode.DEADLINE_PASSED);
    expect(okState(run(ed, extended(ed), cmd, MIO_A, '2025-08-01')).status).toBe('REDIRECT_PENDING');
    expect(errCode(run(ed, extended(ed), cmd, MIO_A, '2025-08-02'))).toBe(DomainErrorCode.DEADLINE_PASSED);
  });
  it('I6 wrong role, wrong region, wrong state, bad input', () => {
    const cmd: InitiativeCommand = { type: 'REQUEST_REDIRECT', targetRegionCode: REGION_B, reason: 'r' };
    expect(errCode(run(ed, inWork(ed), cmd, AB, '2025-06-10'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, inWork(ed), cmd, FI, '2025-06-10'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, inWork(ed), cmd, MIO_B, '2025-06-10'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, transferred(ed), cmd, MIO_A, '2025-06-10'))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errField(run(ed, inWork(ed), { ...cmd, targetRegionCode: REGION_A }, MIO_A, '2025-06-10'))).toBe('targetRegionCode');
    expect(errField(run(ed, inWork(ed), { ...cmd, targetRegionCode: '' }, MIO_A, '2025-06-10'))).toBe('targetRegionCode');
    expect(errField(run(ed, inWork(ed), { ...cmd, reason: '' }, MIO_A, '2025-06-10'))).toBe('reason');
  });

  const pending = () => okState(run(ed, extended(ed), { type: 'REQUEST_REDIRECT', targetRegionCode: REGION_B, reason: 'r' }, MIO_A, '2025-07-20'));

  it('I7 AB approves: TRANSFERRED at the target MIO with a new 30-CD window, redirected + transferred events', () => {
    const d = run(ed, pending(), { type: 'APPROVE_REDIRECT' }, AB, '2025-07-25');
    const s = okState(d);
    expect(s).toMatchObject({
      status: 'TRANSFERRED',
      regionCode: REGION_B,
      previousRegionCodes: [REGION_A],
      transferredOn: '2025-07-25',
      actionDueOn: '2025-08-24',
      originalDueOn: '2025-08-24',
      extensionsUsed: 0,
      officerUserId: null,
      redirect: null,
      transferCount: 2,
    });
    expect(d.ok && d.events.map((e) => e.type)).toEqual(['attraction.initiative.redirected', 'attraction.initiative.transferred']);
    expect(d.ok && d.events[1].payload).toEqual({
      initiativeId: 'ini-1',
      companyId: 'co-1',
      regionCode: REGION_B,
      transferredOn: '2025-07-25',
      actionDueOn: '2025-08-24',
    });
    // the new MIO now works it, the old one no longer may
    expect(okState(run(ed, s, { type: 'ASSIGN_OFFICER', officerUserId: 'o-b' }, MIO_B, '2025-07-26')).status).toBe('IN_WORK');
    expect(errCode(run(ed, s, { type: 'ASSIGN_OFFICER', officerUserId: 'o-a' }, MIO_A, '2025-07-26'))).toBe(DomainErrorCode.WRONG_ROLE);
  });
  it('I8 AB refuses: back to the status before the request; the window keeps running', () => {
    const d = run(ed, pending(), { type: 'REFUSE_REDIRECT', reason: 'no prior arrangement' }, AB, '2025-07-25');
    const s = okState(d);
    expect(s).toMatchObject({ status: 'EXTENDED', regionCode: REGION_A, actionDueOn: '2025-08-01', redirect: null });
    expect(d.ok && d.events[0]).toMatchObject({ type: 'attraction.initiative.redirect-refused', payload: { reason: 'no prior arrangement' } });
    expect(okState(run(ed, pending(), { type: 'REFUSE_REDIRECT' }, AB, '2025-07-25')).status).toBe('EXTENDED');
  });
  it('I7/I8 only AB decides (MIO has X, not A), only from REDIRECT_PENDING', () => {
    expect(errCode(run(ed, pending(), { type: 'APPROVE_REDIRECT' }, MIO_A, '2025-07-25'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, pending(), { type: 'REFUSE_REDIRECT' }, MIO_B, '2025-07-25'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, pending(), { type: 'APPROVE_REDIRECT' }, NC, '2025-07-25'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, inWork(ed), { type: 'APPROVE_REDIRECT' }, AB, '2025-07-25'))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errCode(run(ed, inWork(ed), { type: 'REFUSE_REDIRECT' }, AB, '2025-07-25'))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errField(run(ed, pending(), { type: 'REFUSE_REDIRECT', reason: '' }, AB, '2025-07-25'))).toBe('reason');
  });
  it('E000 has no return: RETURN and REVERT_FROM_PROJECT are NOT_IN_EDITION', () => {
    expect(errCode(run(ed, inWork(ed), { type: 'RETURN', reason: 'r' }, MIO_A, '2025-06-10'))).toBe(DomainErrorCode.NOT_IN_EDITION);
    const conv = okState(run(ed, inWork(ed), CONVERT, MIO_A, '2025-06-25'));
    expect(errCode(run(ed, conv, { type: 'REVERT_FROM_PROJECT', reason: 'r' }, MIO_A, '2025-06-30'))).toBe(DomainErrorCode.NOT_IN_EDITION);
  });
  it('E000 BIN is "if available": empty BIN accepted on conversion', () => {
    const d = run(ed, inWork(ed), { ...CONVERT, companyBin: '' }, MIO_A, '2025-06-25');
    expect(d.ok && d.events[0].payload).toMatchObject({ companyBin: '' });
  });
});

describe('SM-INIT E001 only: return (I9–I12, 001 §40(1), §41–42)', () => {
  const ed = 'E001';
  it.each([
    ['TRANSFERRED', () => transferred(ed)],
    ['IN_WORK', () => inWork(ed)],
    ['EXTENDED', () => extended(ed)],
  ])('I9/I10 the MIO returns from %s → RETURNED', (_n, mk) => {
    const d = run(ed, mk(), { type: 'RETURN', reason: 'not worked out' }, MIO_A, '2025-06-25');
    expect(okState(d)).toMatchObject({ status: 'RETURNED', returnedOn: '2025-06-25', returnReason: 'not worked out' });
    expect(d.ok && d.events[0]).toMatchObject({ type: 'attraction.initiative.returned', payload: { regionCode: REGION_A, reason: 'not worked out' } });
  });
  it('I10 "at any stage": return after the window is still allowed', () => {
    expect(okState(run(ed, inWork(ed), { type: 'RETURN', reason: 'r' }, MIO_A, '2025-09-01')).status).toBe('RETURNED');
  });
  it('RETURN wrong role / region / state / input', () => {
    expect(errCode(run(ed, inWork(ed), { type: 'RETURN', reason: 'r' }, AB, '2025-06-25'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, inWork(ed), { type: 'RETURN', reason: 'r' }, FI, '2025-06-25'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, inWork(ed), { type: 'RETURN', reason: 'r' }, MIO_B, '2025-06-25'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, created(ed), { type: 'RETURN', reason: 'r' }, MIO_A, '2025-06-25'))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errField(run(ed, inWork(ed), { type: 'RETURN', reason: '' }, MIO_A, '2025-06-25'))).toBe('reason');
  });
  it('I11 the originator transfers a returned initiative again: new window, officer cleared', () => {
    const returned = okState(run(ed, inWork(ed), { type: 'RETURN', reason: 'r' }, MIO_A, '2025-06-25'));
    const d = run(ed, returned, { type: 'TRANSFER', regionCode: REGION_B }, FI, '2025-07-01');
    expect(okState(d)).toMatchObject({
      status: 'TRANSFERRED',
      regionCode: REGION_B,
      previousRegionCodes: [REGION_A],
      actionDueOn: '2025-07-31',
      officerUserId: null,
      transferCount: 2,
    });
    expect(d.ok && d.events[0].type).toBe('attraction.initiative.transferred');
  });
  it('I11 a re-transfer keeps the lateness of the first transfer', () => {
    const s0 = created(ed, { visitEndedOn: '2025-10-24' }, '2025-10-24');
    const s1 = okState(run(ed, s0, { type: 'TRANSFER', regionCode: REGION_A }, FI, '2025-10-31'));
    const s2 = okState(
      run(ed, okState(run(ed, s1, { type: 'RETURN', reason: 'r' }, MIO_A, '2025-11-03')), { type: 'TRANSFER', regionCode: REGION_A }, FI, '2025-11-04'),
    );
    expect(s2.transferredLate).toBe(true);
  });
  it('I12 a converted initiative is turned back (project card → initiative) with AB notified', () => {
    const conv = okState(run(ed, inWork(ed), CONVERT, MIO_A, '2025-06-25'));
    const d = run(ed, conv, { type: 'REVERT_FROM_PROJECT', reason: 'region changed' }, MIO_A, '2025-09-01');
    expect(okState(d)).toMatchObject({ status: 'RETURNED', returnReason: 'region changed' });
    expect(d.ok && d.events[0]).toMatchObject({
      type: 'attraction.initiative.reverted-from-project',
      payload: { notifyAuthorizedBody: true, revertedOn: '2025-09-01' },
    });
  });
  it('I12 wrong state / role / input', () => {
    expect(errCode(run(ed, inWork(ed), { type: 'REVERT_FROM_PROJECT', reason: 'r' }, MIO_A, '2025-06-25'))).toBe(DomainErrorCode.WRONG_STATE);
    const conv = okState(run(ed, inWork(ed), CONVERT, MIO_A, '2025-06-25'));
    expect(errCode(run(ed, conv, { type: 'REVERT_FROM_PROJECT', reason: 'r' }, MIO_B, '2025-06-26'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, conv, { type: 'REVERT_FROM_PROJECT', reason: 'r' }, AB, '2025-06-26'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errField(run(ed, conv, { type: 'REVERT_FROM_PROJECT', reason: ' ' }, MIO_A, '2025-06-26'))).toBe('reason');
  });
  it('E001 has no redirection: REQUEST/APPROVE/REFUSE_REDIRECT are NOT_IN_EDITION', () => {
    expect(errCode(run(ed, inWork(ed), { type: 'REQUEST_REDIRECT', targetRegionCode: REGION_B, reason: 'r' }, MIO_A, '2025-06-10'))).toBe(
      DomainErrorCode.NOT_IN_EDITION,
    );
    const fakePending: InitiativeState = { ...inWork(ed), status: 'REDIRECT_PENDING' };
    expect(errCode(run(ed, fakePending, { type: 'APPROVE_REDIRECT' }, AB, '2025-06-10'))).toBe(DomainErrorCode.NOT_IN_EDITION);
    expect(errCode(run(ed, fakePending, { type: 'REFUSE_REDIRECT' }, AB, '2025-06-10'))).toBe(DomainErrorCode.NOT_IN_EDITION);
  });
  it('E001 BIN is mandatory: an empty BIN is INVALID_INPUT', () => {
    const d = run(ed, inWork(ed), { ...CONVERT, companyBin: '' }, MIO_A, '2025-06-25');
    expect(errField(d)).toBe('companyBin');
  });
});

describe('allowedInitiativeActions', () => {
  it('lists per actor and state (E000)', () => {
    const ctx = { today: '2025-06-10', edition: getEdition('E000') };
    expect(allowedInitiativeActions(null, FI, ctx)).toEqual(['CREATE']);
    expect(allowedInitiativeActions(created('E000'), FI, ctx)).toEqual(['TRANSFER']);
    expect(allowedInitiativeActions(transferred('E000'), MIO_A, ctx)).toEqual(['ASSIGN_OFFICER']);
    expect(allowedInitiativeActions(inWork('E000'), MIO_A, ctx)).toEqual(['EXTEND', 'CONVERT', 'REQUEST_REDIRECT']);
    expect(allowedInitiativeActions(inWork('E000'), MIO_A, { ...ctx, today: '2025-07-03' })).toEqual(['CONVERT']);
    expect(allowedInitiativeActions(inWork('E000'), MIO_B, ctx)).toEqual([]);
  });
  it('lists per actor and state (E001)', () => {
    const ctx = { today: '2025-06-10', edition: getEdition('E001') };
    expect(allowedInitiativeActions(inWork('E001'), MIO_A, ctx)).toEqual(['EXTEND', 'CONVERT', 'RETURN']);
    expect(allowedInitiativeActions(extended('E001'), MIO_A, ctx)).toEqual(['CONVERT', 'RETURN']);
    expect(allowedInitiativeActions(inWork('E001'), AB, ctx)).toEqual([]);
  });
});

describe('isInitiativeOverdue (I13)', () => {
  it('is false on the due date, true the day after, false once converted or before transfer', () => {
    const s = inWork('E000');
    expect(isInitiativeOverdue(s, '2025-07-02')).toBe(false);
    expect(isInitiativeOverdue(s, '2025-07-03')).toBe(true);
    expect(isInitiativeOverdue(created('E000'), '2030-01-01')).toBe(false);
    expect(isInitiativeOverdue({ ...s, status: 'CONVERTED' }, '2030-01-01')).toBe(false);
    expect(isInitiativeOverdue(transferred('E000'), '2025-07-03')).toBe(true);
    expect(isInitiativeOverdue(extended('E000'), '2025-08-02')).toBe(true);
    expect(isInitiativeOverdue({ ...s, status: 'REDIRECT_PENDING' }, '2025-08-02')).toBe(true);
  });
});

describe('initiativeOverdueNotice (I13, once per deadline)', () => {
  it('gives the overdue event the day after the deadline, once per deadline', () => {
    const s = inWork('E000');
    expect(initiativeOverdueNotice(s, '2025-07-02', null)).toBeNull();
    const e = initiativeOverdueNotice(s, '2025-07-05', null);
    expect(e).toEqual({
      type: 'attraction.initiative.overdue',
      version: 1,
      aggregateType: 'initiative',
      aggregateId: 'ini-1',
      payload: {
        initiativeId: 'ini-1',
        regionCode: REGION_A,
        status: 'IN_WORK',
        officerUserId: 'officer-1',
        actionDueOn: '2025-07-02',
        detectedOn: '2025-07-05',
        daysOverdue: 3,
        notify: ['MIO', 'AB'],
      },
    });
    expect(initiativeOverdueNotice(s, '2025-07-05', '2025-07-02')).toBeNull();
    // the extended deadline is a new deadline: a new notice once it passes
    const ext = extended('E000');
    expect(initiativeOverdueNotice(ext, '2025-08-02', '2025-07-02')?.payload).toMatchObject({ actionDueOn: '2025-08-01', status: 'EXTENDED' });
    expect(initiativeOverdueNotice({ ...s, status: 'CONVERTED' }, '2025-08-02', null)).toBeNull();
  });
});
