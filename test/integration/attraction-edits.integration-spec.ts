import { COMMANDS } from '@ndip/domain';
import { AttractionHarness, actors } from './attraction-harness';

/**
 * Edits of contact cards and meeting cards through the attraction service as a process: only the given
 * fields change, only the creating organisation edits, another country's embassy gets NOT_FOUND, bad input
 * is refused with the field named and nothing written; each edit writes one audit row (old → new) and one event.
 */
describe('attraction: contact and meeting card edits (E000, today 2026-03-02)', () => {
  const h = new AttractionHarness();
  const A = COMMANDS.attraction;
  const who = actors(h.prefix);
  const tag = h.prefix.slice(-8);

  beforeAll(async () => {
    await h.setup();
    await h.start('E000', '2026-03-02');
  });

  afterAll(async () => {
    await h.stop();
  });

  const audit = (entityId: string, action: string) =>
    h.sql<{ old_value: Record<string, unknown>; new_value: Record<string, unknown> }>(
      `SELECT old_value, new_value FROM audit_log WHERE entity_id = $1 AND action = $2 ORDER BY id`,
      [entityId, action],
    );

  it('contact card: the creating organisation changes only the given fields, with audit and event', async () => {
    const company = await h.ok<{ id: string }>(A.createCompany, who.fiKr, { name: `Doosan Enerbility ${tag}`, countryCode: 'KR' });
    const contact = await h.ok<{ id: string }>(A.addContact, who.fiKr, {
      companyId: company.id,
      fullName: 'Park Ji-won',
      position: 'Director',
      email: 'park@example.com',
      language: 'ko',
    });
    const other = await h.ok<{ id: string }>(A.createCompany, who.fiKr, { name: `Samsung C&T ${tag}`, countryCode: 'KR' });
    const ids = { companyId: company.id, contactId: contact.id };

    expect(await h.refused(A.updateContact, who.fiDe, { ...ids, position: 'CEO' })).toMatchObject({ code: 'NOT_FOUND', field: 'companyId' });
    expect(await h.refused(A.updateContact, who.ncfKr, { ...ids, position: 'CEO' })).toMatchObject({ code: 'WRONG_ROLE', field: 'contactId' });
    expect(await h.refused(A.updateContact, who.fiKr, { companyId: other.id, contactId: contact.id, position: 'CEO' })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'contactId',
    });
    expect(await h.refused(A.updateContact, who.fiKr, { ...ids, phone: 'call me' })).toMatchObject({ code: 'INVALID_INPUT', field: 'phone' });
    expect(await h.refused(A.updateContact, who.fiKr, { ...ids, email: 'not-an-email' })).toMatchObject({ code: 'INVALID_INPUT', field: 'email' });
    expect(await h.refused(A.updateContact, who.fiKr, { ...ids, fullName: null })).toMatchObject({ code: 'INVALID_INPUT', field: 'fullName' });
    expect(await h.refused(A.updateContact, who.fiKr, ids)).toMatchObject({ code: 'INVALID_INPUT', field: '$' });
    expect(await h.refused(A.updateContact, who.fiKr, { ...ids, createdByOrg: 'x' })).toMatchObject({ code: 'INVALID_INPUT', field: 'createdByOrg' });
    expect(await h.refused(A.updateContact, who.nc, { ...ids, position: 'CEO' })).toMatchObject({ code: 'WRONG_ROLE' });
    expect(await audit(contact.id, 'contact.update')).toHaveLength(0);

    const updated = await h.ok<Record<string, unknown>>(A.updateContact, who.fiKr, { ...ids, position: 'Vice President', email: null });
    expect(updated).toMatchObject({ id: contact.id, fullName: 'Park Ji-won', position: 'Vice President', email: null, language: 'ko' });
    const page = await h.ok<{ items: Record<string, unknown>[] }>(A.listContacts, who.ncfKr, { companyId: company.id });
    expect(page.items).toEqual([expect.objectContaining({ id: contact.id, position: 'Vice President', email: null, phone: null })]);

    const rows = await audit(contact.id, 'contact.update');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.old_value).toMatchObject({ position: 'Director', email: 'park@example.com' });
    expect(rows[0]!.new_value).toMatchObject({ position: 'Vice President', email: null });
    const events = await h.expectEvents(company.id, ['attraction.company.created', 'attraction.contact.created', 'attraction.contact.updated']);
    expect(events[2]!.payload).toMatchObject({ contactId: contact.id, companyId: company.id, changed: ['position', 'email'], updatedOn: '2026-03-02' });
  });

  it('meeting card: the recording organisation corrects given fields; others and bad input are refused, nothing written', async () => {
    const company = await h.ok<{ id: string }>(A.createCompany, who.ncfKr, { name: `LG Chem ${tag}`, countryCode: 'KR' });
    const meeting = await h.ok<{ meetingId: string }>(A.createMeeting, who.ncfKr, {
      companyId: company.id,
      heldOn: '2026-02-20',
      place: 'Seoul',
      eventKind: 'OTHER',
      participants: ['Consul', 'LG Chem board member'],
      subjectOfInterest: 'Battery materials plant',
      keyAspects: 'Site selection',
    });
    const id = meeting.meetingId;

    expect(await h.refused(A.updateMeeting, who.fiDe, { id, place: 'Busan' })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(await h.refused(A.updateMeeting, who.fiKr, { id, place: 'Busan' })).toMatchObject({ code: 'WRONG_ROLE', field: 'id' });
    expect(await h.refused(A.updateMeeting, who.ncfKr, { id, heldOn: '2026-03-05' })).toMatchObject({ code: 'INVALID_INPUT', field: 'heldOn' });
    expect(await h.refused(A.updateMeeting, who.ncfKr, { id, heldOn: '2026-02-30' })).toMatchObject({ code: 'INVALID_INPUT', field: 'heldOn' });
    expect(await h.refused(A.updateMeeting, who.ncfKr, { id, place: null })).toMatchObject({ code: 'INVALID_INPUT', field: 'place' });
    expect(await h.refused(A.updateMeeting, who.ncfKr, { id, eventKind: 'PARTY' })).toMatchObject({ code: 'INVALID_INPUT', field: 'eventKind' });
    expect(await h.refused(A.updateMeeting, who.ncfKr, { id, participants: [] })).toMatchObject({ code: 'INVALID_INPUT', field: 'participants' });
    expect(await h.refused(A.updateMeeting, who.ncfKr, { id, companyId: company.id })).toMatchObject({ code: 'INVALID_INPUT', field: 'companyId' });
    expect(await h.refused(A.updateMeeting, who.ncfKr, { id })).toMatchObject({ code: 'INVALID_INPUT', field: '$' });
    expect(await audit(id, 'meeting.update')).toHaveLength(0);

    const updated = await h.ok<Record<string, unknown>>(A.updateMeeting, who.ncfKr, {
      id,
      place: 'Busan, BEXCO',
      keyAspects: null,
      projectParameters: { investmentAmount: '250000000', currency: 'USD', jobs: 400 },
    });
    expect(updated).toMatchObject({
      meetingId: id,
      companyId: company.id,
      heldOn: '2026-02-20',
      place: 'Busan, BEXCO',
      eventKind: 'OTHER',
      participants: ['Consul', 'LG Chem board member'],
      subjectOfInterest: 'Battery materials plant',
      keyAspects: null,
      projectParameters: { investmentAmount: '250000000', currency: 'USD', jobs: 400, sector: null, regionCode: null },
      recordedOn: '2026-03-02',
    });
    expect(await h.ok(A.getMeeting, who.fiKr, { id })).toMatchObject({ place: 'Busan, BEXCO', keyAspects: null });

    const rows = await audit(id, 'meeting.update');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.old_value).toMatchObject({ place: 'Seoul', keyAspects: 'Site selection', projectParameters: null });
    expect(rows[0]!.new_value).toMatchObject({ place: 'Busan, BEXCO', keyAspects: null });
    const events = await h.expectEvents(id, ['attraction.meeting.recorded', 'attraction.meeting.updated']);
    expect(events[1]!.payload).toEqual({
      meetingId: id,
      companyId: company.id,
      countryCode: 'KR',
      changed: ['place', 'keyAspects', 'projectParameters'],
      heldOn: '2026-02-20',
      eventKind: 'OTHER',
      updatedOn: '2026-03-02',
    });
  });
});
