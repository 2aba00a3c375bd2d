import { DomainErrorCode } from '../errors/domain-error';
import { decideMeeting, type MeetingCommand, type MeetingState } from './meeting.machine';
import { REGION_A, actorOf, ctxOf, errCode, errField, okState } from './test-fixtures';

const FI = actorOf('FI');
const RECORD: MeetingCommand = {
  type: 'RECORD',
  meetingId: 'm-1',
  companyId: 'co-1',
  countryCode: 'KR',
  heldOn: '2026-02-27',
  place: 'Seoul, COEX',
  eventKind: 'INTERNATIONAL_EVENT',
  participants: ['Ambassador', 'VP Hyundai'],
  subjectOfInterest: 'Automotive components',
};
const run = (s: MeetingState | null, c: MeetingCommand, actor = FI) => decideMeeting(s, c, ctxOf('E000', actor, '2026-03-02'));

describe('meeting card', () => {
  it('RECORD by FI or NCF with optional parts null; emits attraction.meeting.recorded', () => {
    const d = run(null, RECORD);
    expect(okState(d)).toMatchObject({
      meetingId: 'm-1',
      originatorOrganizationId: 'org-fi',
      keyAspects: null,
      projectParameters: null,
      investorExpectations: null,
      agreementsReached: null,
      recordedOn: '2026-03-02',
    });
    expect(d.ok && d.events[0]).toMatchObject({ type: 'attraction.meeting.recorded', aggregateId: 'm-1', payload: { heldOn: '2026-02-27' } });
    const full = okState(
      run(
        null,
        {
          ...RECORD,
          projectParameters: { investmentAmount: '150000000.50', currency: 'USD', jobs: 0, sector: 'C29', regionCode: REGION_A },
          agreementsReached: 'site visit in spring',
        },
        actorOf('NCF'),
      ),
    );
    expect(full.projectParameters).toEqual({ investmentAmount: '150000000.50', currency: 'USD', jobs: 0, sector: 'C29', regionCode: REGION_A });
    expect(okState(run(null, { ...RECORD, projectParameters: {} })).projectParameters).toEqual({
      investmentAmount: null,
      currency: null,
      jobs: null,
      sector: null,
      regionCode: null,
    });
  });

  it.each(['MIO', 'AB', 'NC'] as const)('WRONG_ROLE for %s', (role) => {
    expect(errCode(run(null, RECORD, actorOf(role)))).toBe(DomainErrorCode.WRONG_ROLE);
  });

  it.each<[Partial<MeetingCommand>, string, string]>([
    [{ heldOn: '2026-03-03' }, 'heldOn', 'INVALID_INPUT'],
    [{ heldOn: '2026-02-30' }, 'heldOn', 'INVALID_INPUT'],
    [{ place: '' }, 'place', 'INVALID_INPUT'],
    [{ eventKind: 'PARTY' }, 'eventKind', 'INVALID_INPUT'],
    [{ participants: [] }, 'participants', 'INVALID_INPUT'],
    [{ subjectOfInterest: 'x'.repeat(2001) }, 'subjectOfInterest', 'INVALID_INPUT'],
    [{ projectParameters: { investmentAmount: '-5', currency: 'USD' } }, 'projectParameters.investmentAmount', 'INVALID_INPUT'],
    [{ projectParameters: { investmentAmount: '0.00', currency: 'USD' } }, 'projectParameters.investmentAmount', 'INVALID_INPUT'],
    [{ projectParameters: { investmentAmount: '5' } }, 'projectParameters.currency', 'INVALID_INPUT'],
    [{ projectParameters: { currency: 'usd' } }, 'projectParameters.currency', 'INVALID_INPUT'],
    [{ projectParameters: { jobs: -1 } }, 'projectParameters.jobs', 'INVALID_INPUT'],
    [{ projectParameters: { jobs: 1.5 } }, 'projectParameters.jobs', 'INVALID_INPUT'],
    [{ projectParameters: { regionCode: '999999999' } }, 'projectParameters.regionCode', 'UNKNOWN_REFERENCE'],
    [{ meetingId: '' }, 'meetingId', 'INVALID_INPUT'],
  ])('refuses %o (field %s)', (patch, field, code) => {
    const d = run(null, { ...RECORD, ...patch } as MeetingCommand);
    expect([errCode(d), errField(d)]).toEqual([code, field]);
  });

  it('CONFLICT over an existing card', () => {
    expect(errCode(run(okState(run(null, RECORD)), RECORD))).toBe(DomainErrorCode.CONFLICT);
  });

  describe('UPDATE', () => {
    const recorded = () => okState(run(null, { ...RECORD, keyAspects: 'site' }));

    it('changes only the given fields (null clears an optional one); emits attraction.meeting.updated with the changed fields', () => {
      const before = recorded();
      const d = run(before, { type: 'UPDATE', changes: { place: 'Busan', keyAspects: null, projectParameters: { jobs: 10 } } });
      expect(okState(d)).toEqual({
        ...before,
        place: 'Busan',
        keyAspects: null,
        projectParameters: { investmentAmount: null, currency: null, jobs: 10, sector: null, regionCode: null },
      });
      expect(d.ok && d.events[0]).toMatchObject({
        type: 'attraction.meeting.updated',
        aggregateId: 'm-1',
        payload: { meetingId: 'm-1', changed: ['place', 'keyAspects', 'projectParameters'], heldOn: '2026-02-27', updatedOn: '2026-03-02' },
      });
    });

    it('only the recording organisation; the §9.2 role first', () => {
      expect(errField(run(recorded(), { type: 'UPDATE', changes: { place: 'Busan' } }, actorOf('NCF')))).toBe('id');
      expect(errCode(run(recorded(), { type: 'UPDATE', changes: { place: 'Busan' } }, actorOf('NCF')))).toBe(DomainErrorCode.WRONG_ROLE);
      expect(errCode(run(recorded(), { type: 'UPDATE', changes: { place: 'Busan' } }, actorOf('AB')))).toBe(DomainErrorCode.WRONG_ROLE);
      expect(errCode(run(null, { type: 'UPDATE', changes: { place: 'Busan' } }))).toBe(DomainErrorCode.WRONG_STATE);
    });

    it.each<[Record<string, unknown>, string]>([
      [{}, '$'],
      [{ heldOn: '2026-03-03' }, 'heldOn'],
      [{ heldOn: null }, 'heldOn'],
      [{ place: null }, 'place'],
      [{ eventKind: 'PARTY' }, 'eventKind'],
      [{ participants: [] }, 'participants'],
      [{ subjectOfInterest: '' }, 'subjectOfInterest'],
      [{ projectParameters: { investmentAmount: '5' } }, 'projectParameters.currency'],
    ])('refuses %j (field %s)', (changes, field) => {
      const d = run(recorded(), { type: 'UPDATE', changes } as MeetingCommand);
      expect(errCode(d)).toBe(DomainErrorCode.INVALID_INPUT);
      expect(errField(d)).toBe(field);
    });
  });
});
