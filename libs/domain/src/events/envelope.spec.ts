import { envelope, validateEnvelope, type EventEnvelope } from './envelope';

const valid = (): EventEnvelope<{ a: number }> =>
  envelope(
    { type: 'attraction.initiative.created', version: 1, aggregateType: 'initiative', aggregateId: 'i-1', payload: { a: 1 } },
    {
      id: '01a20151-52d7-777f-a135-ed4d7f044f19',
      occurredAt: '2026-11-22T03:33:56.227Z',
      producer: 'attraction',
      correlationId: 'c-1',
      causationId: null,
      actor: { userId: 'u', organizationId: 'o', role: 'FI' },
      ruleEdition: 'E000',
    },
  );

describe('event envelope', () => {
  it('stamps a domain event with id, time, producer, actor and edition', () => {
    const e = valid();
    expect(e).toEqual({
      id: '01a20151-52d7-777f-a135-ed4d7f044f19',
      type: 'attraction.initiative.created',
      version: 1,
      occurredAt: '2026-11-22T03:33:56.227Z',
      producer: 'attraction',
      aggregateType: 'initiative',
      aggregateId: 'i-1',
      correlationId: 'c-1',
      causationId: null,
      actor: { userId: 'u', organizationId: 'o', role: 'FI' },
      ruleEdition: 'E000',
      payload: { a: 1 },
    });
    expect(validateEnvelope(e)).toEqual([]);
  });

  it('accepts a causation id and a time-zone offset', () => {
    expect(validateEnvelope({ ...valid(), causationId: 'x', occurredAt: '2026-11-22T08:33:56+05:00' })).toEqual([]);
  });

  it.each([null, 'text', 42, [1, 2]])('refuses a non-object %p as a whole', (raw) => {
    expect(validateEnvelope(raw)).toEqual([{ field: '$', message: 'envelope must be a JSON object' }]);
  });

  const fieldsOf = (raw: unknown): string[] => validateEnvelope(raw).map((p) => p.field);

  it.each<[string, Record<string, unknown>]>([
    ['id', { id: 'not-a-uuid' }],
    ['id', { id: 7 }],
    ['type', { type: '' }],
    ['type', { type: 3 }],
    ['version', { version: 0 }],
    ['version', { version: 1.5 }],
    ['version', { version: '1' }],
    ['occurredAt', { occurredAt: '2026-11-22' }],
    ['occurredAt', { occurredAt: '2026-13-45T99:00:00Z' }],
    ['occurredAt', { occurredAt: 5 }],
    ['producer', { producer: undefined }],
    ['aggregateType', { aggregateType: null }],
    ['aggregateId', { aggregateId: '' }],
    ['correlationId', { correlationId: 1 }],
    ['causationId', { causationId: 5 }],
    ['actor', { actor: null }],
    ['actor', { actor: 'FI' }],
    ['actor.role', { actor: { userId: 'u', organizationId: 'o' } }],
    ['actor.userId', { actor: { organizationId: 'o', role: 'FI' } }],
    ['ruleEdition', { ruleEdition: 'E002' }],
    ['payload', { payload: null }],
    ['payload', { payload: [1] }],
    ['payload', { payload: 'x' }],
  ])('names the field %s when it is wrong', (field, patch) => {
    expect(fieldsOf({ ...valid(), ...patch })).toEqual([field]);
  });

  it('lists every problem at once', () => {
    expect(fieldsOf({})).toEqual([
      'id',
      'type',
      'version',
      'occurredAt',
      'producer',
      'aggregateType',
      'aggregateId',
      'correlationId',
      'causationId',
      'actor',
      'ruleEdition',
      'payload',
    ]);
  });
});
