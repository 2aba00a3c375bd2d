import { COMMANDS } from '@ndip/domain';
import { AttractionHarness, actors } from './attraction-harness';

/**
 * The records of Module 1 through the attraction service as a process: company and contact cards with
 * duplicate detection and merge, the KYC gate before an initiative, meeting cards, the chat per
 * initiative with read markers, country programmes with versions, §9.3 scoping, and bad input refused
 * with the field named and nothing written.
 */
describe('attraction: companies, KYC, meetings, chat, programmes (E000, today 2026-03-02)', () => {
  const h = new AttractionHarness();
  const A = COMMANDS.attraction;
  const who = actors(h.prefix);
  const ALMATY = '750000000';
  const OFFICER = '0190f0d2-6c1a-7a3b-8c9d-0e1f2a3b4c5d';
  const tag = h.prefix.slice(-8);
  type Company = { id: string; name: string; status: string; bin: string | null; possibleDuplicates?: { id: string }[]; [k: string]: unknown };
  type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

  beforeAll(async () => {
    await h.setup();
    await h.start('E000', '2026-03-02');
  });

  afterAll(async () => {
    await h.stop();
  });

  const count = async (sql: string, params: unknown[]): Promise<number> => (await h.sql<{ n: number }>(sql, params))[0]!.n;

  describe('company cards', () => {
    let hyundai: Company;

    it('records the card fields of §2.1.1 (size, Global 2000 with its year, website, BIN) with event and audit', async () => {
      hyundai = await h.ok<Company>(A.createCompany, who.fiKr, {
        name: `Hyundai Motor Co. ${tag}`,
        countryCode: 'KR',
        sector: 'C29',
        size: 'LARGE',
        website: 'https://www.hyundai.com',
        global2000: true,
        global2000Year: 2025,
      });
      expect(hyundai).toMatchObject({ status: 'ACTIVE', size: 'LARGE', global2000: true, global2000Year: 2025, kycStatus: 'NOT_STARTED', bin: null });
      expect(hyundai.possibleDuplicates).toEqual([]);
      await h.expectEvents(hyundai.id, ['attraction.company.created']);
      expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'company.create'`, [hyundai.id])).toBe(1);
    });

    it('detects a duplicate by name and country, refuses a second card with the same BIN, merges the duplicate', async () => {
      const dup = await h.ok<Company>(A.createCompany, who.ncfKr, { name: `HYUNDAI  motor co ${tag}`, countryCode: 'KR', bin: '940740000139' });
      expect(dup.possibleDuplicates!.map((d) => d.id)).toEqual([hyundai.id]);
      expect((await h.ok<Company[]>(A.companyDuplicates, who.fiKr, { companyId: hyundai.id })).map((c) => c.id)).toEqual([dup.id]);

      const sameBin = await h.refused(A.createCompany, who.fiKr, { name: `Other ${tag}`, countryCode: 'KR', bin: '940740000139' });
      expect(sameBin).toMatchObject({ code: 'CONFLICT', field: 'bin' });
      expect(await count(`SELECT count(*)::int AS n FROM company WHERE name = $1`, [`Other ${tag}`])).toBe(0);

      await h.ok(A.addContact, who.ncfKr, { companyId: dup.id, fullName: 'Kim Min-jun', email: 'kim@example.com', language: 'ko' });
      const meeting = await h.ok<{ meetingId: string }>(A.createMeeting, who.ncfKr, {
        companyId: dup.id,
        heldOn: '2026-02-20',
        place: 'Seoul',
        eventKind: 'OTHER',
        participants: ['Consul'],
        subjectOfInterest: 'Plant',
      });
      expect((await h.refused(A.mergeCompany, who.fiDe, { companyId: dup.id, intoCompanyId: hyundai.id })).code).toBe('NOT_FOUND');
      expect(await h.refused(A.mergeCompany, who.ncfKr, { companyId: dup.id, intoCompanyId: dup.id })).toMatchObject({
        code: 'INVALID_INPUT',
        field: 'intoCompanyId',
      });
      const kept = await h.ok<Company>(A.mergeCompany, who.ncfKr, { companyId: dup.id, intoCompanyId: hyundai.id });
      expect(kept).toMatchObject({ id: hyundai.id, status: 'ACTIVE', bin: '940740000139' });
      expect(await h.ok<Company>(A.getCompany, who.fiKr, { id: dup.id })).toMatchObject({ status: 'MERGED', mergedIntoId: hyundai.id, bin: null });
      expect((await h.refused(A.mergeCompany, who.ncfKr, { companyId: dup.id, intoCompanyId: hyundai.id })).code).toBe('WRONG_STATE');
      const contacts = await h.ok<Page<{ fullName: string }>>(A.listContacts, who.fiKr, { companyId: hyundai.id });
      expect(contacts.items.map((c) => c.fullName)).toEqual(['Kim Min-jun']);
      expect(await h.ok<{ companyId: string }>(A.getMeeting, who.fiKr, { id: meeting.meetingId })).toMatchObject({ companyId: hyundai.id });
      const [merged] = (await h.expectEvents(dup.id, ['attraction.company.created', 'attraction.contact.created', 'attraction.company.merged'])).slice(2);
      expect(merged!.payload).toMatchObject({ companyId: dup.id, intoCompanyId: hyundai.id, movedBin: '940740000139' });
      const active = await h.ok<Page<Company>>(A.listCompanies, who.fiKr, { q: tag });
      expect(active.items.map((c) => c.id)).toEqual([hyundai.id]);
      const mergedList = await h.ok<Page<Company>>(A.listCompanies, who.fiKr, { q: tag, status: 'MERGED' });
      expect(mergedList.items.map((c) => c.id)).toEqual([dup.id]);
    });

    it('edits only the given fields; §9.3: another country’s embassy neither reads nor changes the card; AB reads, MIO has no right', async () => {
      const u = await h.ok<Company>(A.updateCompany, who.fiKr, { companyId: hyundai.id, sector: null, size: 'MEDIUM' });
      expect(u).toMatchObject({ sector: null, size: 'MEDIUM', website: 'https://www.hyundai.com', global2000: true });
      expect(await h.refused(A.updateCompany, who.fiKr, { companyId: hyundai.id, global2000: false })).toMatchObject({
        code: 'INVALID_INPUT',
        field: 'global2000Year',
      });
      expect((await h.refused(A.getCompany, who.fiDe, { id: hyundai.id })).code).toBe('NOT_FOUND');
      expect((await h.refused(A.updateCompany, who.fiDe, { companyId: hyundai.id, size: 'SMALL' })).code).toBe('NOT_FOUND');
      expect((await h.refused(A.startKyc, who.fiDe, { companyId: hyundai.id, performer: 'x' })).code).toBe('NOT_FOUND');
      expect((await h.ok<Page<Company>>(A.listCompanies, who.fiDe, { q: tag })).items).toEqual([]);
      expect((await h.ok<Page<Company>>(A.listCompanies, who.ab, { q: tag, countryCode: 'KR' })).items.map((c) => c.id)).toEqual([hyundai.id]);
      expect((await h.refused(A.listCompanies, who.mioAlmaty, {})).code).toBe('WRONG_ROLE');
      expect((await h.refused(A.updateCompany, who.ab, { companyId: hyundai.id, size: 'SMALL' })).code).toBe('WRONG_ROLE');
      expect(await h.ok<Company>(A.getCompany, who.fiKr, { id: hyundai.id })).toMatchObject({ size: 'MEDIUM' });
    });

    it('refuses bad input with the field named and writes nothing', async () => {
      const name = `Bad ${tag}`;
      const cases: [Record<string, unknown>, string][] = [
        [{ name, countryCode: 'XX' }, 'countryCode'],
        [{ name, countryCode: 'kr' }, 'countryCode'],
        [{ countryCode: 'KR' }, 'name'],
        [{ name: 'x'.repeat(301), countryCode: 'KR' }, 'name'],
        [{ name, countryCode: 'KR', bin: '940740000138' }, 'bin'],
        [{ name, countryCode: 'KR', global2000: true }, 'global2000Year'],
        [{ name, countryCode: 'KR', size: 'HUGE' }, 'size'],
        [{ name, countryCode: 'KR', extra: 1 }, 'extra'],
      ];
      for (const [data, field] of cases) {
        expect({ field, error: await h.refused(A.createCompany, who.fiKr, data) }).toMatchObject({ field, error: { code: 'INVALID_INPUT', field } });
      }
      expect(await count(`SELECT count(*)::int AS n FROM company WHERE name = $1 OR length(name) > 300`, [name])).toBe(0);
    });
  });

  describe('KYC and the gate before an initiative (kycRequiredForInitiative)', () => {
    it('NOT_STARTED → IN_PROGRESS → FAILED blocks the initiative; a new check PASSED opens it', async () => {
      const c = await h.ok<Company>(A.createCompany, who.fiKr, { name: `Doosan ${tag}`, countryCode: 'KR' });
      const started = await h.ok<{ kycCheckId: string; status: string }>(A.startKyc, who.fiKr, { companyId: c.id, performer: 'Compliance desk' });
      expect(started.status).toBe('IN_PROGRESS');
      expect((await h.refused(A.startKyc, who.ncfKr, { companyId: c.id, performer: 'again' })).code).toBe('WRONG_STATE');
      expect((await h.refused(A.createInitiative, who.fiKr, { companyId: c.id, title: 'Turbines' })).field).toBe('kycStatus');
      expect((await h.refused(A.completeKyc, who.fiKr, { companyId: c.id, outcome: 'FAILED' })).field).toBe('findings');
      expect(await h.ok(A.completeKyc, who.fiKr, { companyId: c.id, outcome: 'FAILED', findings: 'sanctions screening hit' })).toMatchObject({
        status: 'FAILED',
        findings: 'sanctions screening hit',
        performer: 'Compliance desk',
      });
      const blocked = await h.refused(A.createInitiative, who.fiKr, { companyId: c.id, title: 'Turbines' });
      expect(blocked).toMatchObject({ code: 'WRONG_STATE', field: 'kycStatus' });
      expect(await count(`SELECT count(*)::int AS n FROM initiative WHERE company_id = $1`, [c.id])).toBe(0);
      expect((await h.refused(A.completeKyc, who.fiKr, { companyId: c.id, outcome: 'PASSED' })).code).toBe('WRONG_STATE');

      const second = await h.ok<{ kycCheckId: string }>(A.startKyc, who.ncfKr, { companyId: c.id, performer: 'External auditor' });
      await h.ok(A.completeKyc, who.ncfKr, { companyId: c.id, outcome: 'PASSED' });
      expect(await h.ok<Company>(A.getCompany, who.fiKr, { id: c.id })).toMatchObject({ kycStatus: 'PASSED' });
      expect(await h.ok(A.createInitiative, who.fiKr, { companyId: c.id, title: 'Turbines' })).toMatchObject({ status: 'DRAFT' });
      const checks = await h.ok<Page<{ kycCheckId: string; status: string }>>(A.listKyc, who.ab, { companyId: c.id });
      expect(checks.items.map((k) => [k.kycCheckId, k.status])).toEqual([
        [second.kycCheckId, 'PASSED'],
        [started.kycCheckId, 'FAILED'],
      ]);
      await h.expectEvents(started.kycCheckId, ['attraction.kyc.started', 'attraction.kyc.completed']);
    });
  });

  describe('meeting cards', () => {
    let companyId: string;
    let meetingId: string;

    beforeAll(async () => {
      companyId = (await h.ok<Company>(A.createCompany, who.fiKr, { name: `LG Energy ${tag}`, countryCode: 'KR', sector: 'C27' })).id;
    });

    it('records a meeting with its negotiation content; lists filter and sort; another country’s embassy does not see it', async () => {
      const m = await h.ok<{ meetingId: string; [k: string]: unknown }>(A.createMeeting, who.fiKr, {
        companyId,
        heldOn: '2026-02-26',
        place: 'Seoul, COEX',
        eventKind: 'INTERNATIONAL_EVENT',
        participants: ['Ambassador', 'VP LG Energy'],
        subjectOfInterest: 'Battery cells',
        keyAspects: 'Lithium supply',
        projectParameters: { investmentAmount: '250000000', currency: 'USD', jobs: 800, regionCode: ALMATY },
        investorExpectations: 'Tax preferences',
        agreementsReached: 'Site visit in April',
      });
      meetingId = m.meetingId;
      expect(m).toMatchObject({
        countryCode: 'KR',
        projectParameters: { investmentAmount: '250000000', currency: 'USD', jobs: 800, regionCode: ALMATY, sector: null },
      });
      await h.ok(A.createMeeting, who.fiKr, {
        companyId,
        heldOn: '2026-01-15',
        place: 'Astana',
        eventKind: 'NATIONAL_EVENT',
        participants: ['x'],
        subjectOfInterest: 'y',
      });
      const page = await h.ok<Page<{ meetingId: string; heldOn: string }>>(A.listMeetings, who.fiKr, { companyId, sort: 'heldOn' });
      expect(page.items.map((i) => i.heldOn)).toEqual(['2026-01-15', '2026-02-26']);
      const filtered = await h.ok<Page<{ meetingId: string }>>(A.listMeetings, who.ab, {
        companyId,
        eventKind: 'INTERNATIONAL_EVENT',
        from: '2026-02-01',
        to: '2026-02-28',
      });
      expect(filtered.items.map((i) => i.meetingId)).toEqual([meetingId]);
      expect((await h.refused(A.getMeeting, who.fiDe, { id: meetingId })).code).toBe('NOT_FOUND');
      expect((await h.ok<Page<unknown>>(A.listMeetings, who.fiDe, { companyId })).total).toBe(0);
      expect(
        (
          await h.refused(A.createMeeting, who.mioAlmaty, {
            companyId,
            heldOn: '2026-02-26',
            place: 'x',
            eventKind: 'OTHER',
            participants: ['x'],
            subjectOfInterest: 'y',
          })
        ).code,
      ).toBe('NOT_FOUND');
      const ini = await h.ok<{ meetingIds: string[] }>(A.createInitiative, who.fiKr, { companyId, title: 'Cells', meetingIds: [meetingId] });
      expect(ini.meetingIds).toEqual([meetingId]);
      expect((await h.refused(A.createInitiative, who.fiDe, { companyId, title: 'Cells', meetingIds: [meetingId] })).code).toBe('NOT_FOUND');
    });

    it('refuses bad input with the field named and writes nothing', async () => {
      const base = { companyId, heldOn: '2026-02-26', place: `Nowhere ${tag}`, eventKind: 'OTHER', participants: ['x'], subjectOfInterest: 'y' };
      const cases: [Record<string, unknown>, string, string][] = [
        [{ ...base, projectParameters: { investmentAmount: '-5', currency: 'USD' } }, 'projectParameters.investmentAmount', 'INVALID_INPUT'],
        [{ ...base, projectParameters: { investmentAmount: '5' } }, 'projectParameters.currency', 'INVALID_INPUT'],
        [{ ...base, projectParameters: { regionCode: '999999999' } }, 'projectParameters.regionCode', 'UNKNOWN_REFERENCE'],
        [{ ...base, heldOn: '2026-03-03' }, 'heldOn', 'INVALID_INPUT'],
        [{ ...base, heldOn: '2026-02-30' }, 'heldOn', 'INVALID_INPUT'],
        [{ ...base, participants: [] }, 'participants', 'INVALID_INPUT'],
        [{ ...base, subjectOfInterest: 'y'.repeat(2001) }, 'subjectOfInterest', 'INVALID_INPUT'],
        [{ ...base, eventKind: 'PARTY' }, 'eventKind', 'INVALID_INPUT'],
        [{ ...base, place: undefined }, 'place', 'INVALID_INPUT'],
      ];
      for (const [data, field, code] of cases) {
        expect({ field, error: await h.refused(A.createMeeting, who.fiKr, data) }).toMatchObject({ field, error: { code, field } });
      }
      expect(await count(`SELECT count(*)::int AS n FROM meeting WHERE state->>'place' = $1`, [base.place])).toBe(0);
    });
  });

  describe('chat per initiative', () => {
    let initiativeId: string;

    beforeAll(async () => {
      const c = await h.ok<Company>(A.createCompany, who.fiKr, { name: `Posco ${tag}`, countryCode: 'KR' });
      initiativeId = (await h.ok<{ initiativeId: string }>(A.createInitiative, who.fiKr, { companyId: c.id, title: 'Steel' })).initiativeId;
      await h.ok(A.transferInitiative, who.fiKr, { initiativeId, regionCode: ALMATY });
    });

    it('participants post and page through messages; read markers per user; outsiders refused', async () => {
      const m1 = await h.ok<{ id: string; seq: number }>(A.postChatMessage, who.fiKr, { initiativeId, body: '  Investor arrives on Monday  ' });
      const m2 = await h.ok<{ id: string }>(A.postChatMessage, who.mioAlmaty, { initiativeId, body: 'Land plots ready' });
      await h.ok(A.postChatMessage, who.ab, { initiativeId, body: 'Noted' });
      expect((await h.refused(A.postChatMessage, who.mioAstana, { initiativeId, body: 'x' })).code).toBe('NOT_FOUND');
      expect((await h.refused(A.postChatMessage, who.fiDe, { initiativeId, body: 'x' })).code).toBe('NOT_FOUND');
      expect((await h.refused(A.postChatMessage, who.inv, { initiativeId, body: 'x' })).code).toBe('WRONG_ROLE');
      expect(await h.refused(A.postChatMessage, who.fiKr, { initiativeId, body: 'x'.repeat(4001) })).toMatchObject({ code: 'INVALID_INPUT', field: 'body' });
      expect(await h.refused(A.postChatMessage, who.fiKr, { initiativeId, body: '' })).toMatchObject({ code: 'INVALID_INPUT', field: 'body' });

      const first = await h.ok<Page<{ id: string; body: string; authorRole: string }> & { read: { unread: number } }>(A.listChatMessages, who.mioAlmaty, {
        initiativeId,
        pageSize: 2,
      });
      expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2, read: { unread: 3 } });
      expect(first.items.map((i) => [i.body, i.authorRole])).toEqual([
        ['Investor arrives on Monday', 'FI'],
        ['Land plots ready', 'MIO'],
      ]);
      const newest = await h.ok<Page<{ body: string }>>(A.listChatMessages, who.mioAlmaty, { initiativeId, sort: '-postedAt', pageSize: 1 });
      expect(newest.items.map((i) => i.body)).toEqual(['Noted']);

      expect(await h.ok(A.markChatRead, who.mioAlmaty, { initiativeId, upToMessageId: m2.id })).toMatchObject({ lastReadMessageId: m2.id, unread: 1 });
      // reading an older message does not move the marker back
      expect(await h.ok(A.markChatRead, who.mioAlmaty, { initiativeId, upToMessageId: m1.id })).toMatchObject({ lastReadMessageId: m2.id, unread: 1 });
      // markers are per user
      expect((await h.ok<{ read: { unread: number } }>(A.listChatMessages, who.fiKr, { initiativeId })).read.unread).toBe(3);

      const posted = await h.expectEvents(initiativeId, [
        'attraction.initiative.created',
        'attraction.initiative.transferred',
        'attraction.chat.message-posted',
        'attraction.chat.message-posted',
        'attraction.chat.message-posted',
      ]);
      expect(posted[2]!.payload).toMatchObject({
        messageId: m1.id,
        body: 'Investor arrives on Monday',
        authorRole: 'FI',
        audience: { originatorOrganizationId: who.fiKr.organizationId, countryCode: 'KR', regionCode: ALMATY },
      });
      expect(await count(`SELECT count(*)::int AS n FROM chat_message WHERE initiative_id = $1`, [initiativeId])).toBe(3);
    });
  });

  describe('initiative lists: filters and sort; an akimat sees only what was transferred to it', () => {
    it('filters by status, country, region, sector; sorts by title', async () => {
      const c = await h.ok<Company>(A.createCompany, who.fiKr, { name: `Lotte ${tag}`, countryCode: 'KR', sector: `S${tag.slice(0, 5)}` });
      const b = (await h.ok<{ initiativeId: string }>(A.createInitiative, who.fiKr, { companyId: c.id, title: 'B chemicals' })).initiativeId;
      const a = (await h.ok<{ initiativeId: string }>(A.createInitiative, who.fiKr, { companyId: c.id, title: 'A chemicals' })).initiativeId;
      await h.ok(A.transferInitiative, who.fiKr, { initiativeId: b, regionCode: ALMATY });
      const sector = `S${tag.slice(0, 5)}`;
      const byTitle = await h.ok<Page<{ initiativeId: string }>>(A.listInitiatives, who.ab, { sector, sort: 'title' });
      expect(byTitle.items.map((i) => i.initiativeId)).toEqual([a, b]);
      expect((await h.ok<Page<{ initiativeId: string }>>(A.listInitiatives, who.ab, { sector, sort: '-title' })).items.map((i) => i.initiativeId)).toEqual([
        b,
        a,
      ]);
      expect((await h.ok<Page<{ initiativeId: string }>>(A.listInitiatives, who.fiKr, { sector, status: 'DRAFT' })).items.map((i) => i.initiativeId)).toEqual([
        a,
      ]);
      expect((await h.ok<Page<{ initiativeId: string }>>(A.listInitiatives, who.nc, { sector, regionCode: ALMATY })).items.map((i) => i.initiativeId)).toEqual([
        b,
      ]);
      expect((await h.ok<Page<unknown>>(A.listInitiatives, who.ab, { sector, countryCode: 'DE' })).total).toBe(0);
      // the akimat: only the transferred one; another akimat and another country's embassy: none
      expect((await h.ok<Page<{ initiativeId: string }>>(A.listInitiatives, who.mioAlmaty, { sector })).items.map((i) => i.initiativeId)).toEqual([b]);
      expect((await h.refused(A.getInitiative, who.mioAlmaty, { id: a })).code).toBe('NOT_FOUND');
      expect((await h.ok<Page<unknown>>(A.listInitiatives, who.mioAstana, { sector })).total).toBe(0);
      expect((await h.ok<Page<unknown>>(A.listInitiatives, who.fiDe, { sector })).total).toBe(0);
      expect((await h.refused(A.getInitiative, who.fiDe, { id: b })).code).toBe('NOT_FOUND');
      expect((await h.refused(A.listInitiatives, who.fiKr, { status: 'LOST' })).field).toBe('status');
      expect((await h.refused(A.listInitiatives, who.fiKr, { sort: 'secret' })).field).toBe('sort');
      expect((await h.refused(A.listInitiatives, who.fiKr, { pageSize: 201 })).field).toBe('pageSize');
    });

    it('refuses a too long title and an unknown company, writing nothing', async () => {
      const c = await h.ok<Company>(A.createCompany, who.fiKr, { name: `Hanwha ${tag}`, countryCode: 'KR' });
      expect(await h.refused(A.createInitiative, who.fiKr, { companyId: c.id, title: 't'.repeat(501) })).toMatchObject({
        code: 'INVALID_INPUT',
        field: 'title',
      });
      expect(await h.refused(A.createInitiative, who.fiKr, { companyId: c.id })).toMatchObject({ code: 'INVALID_INPUT', field: 'title' });
      expect(await h.refused(A.createInitiative, who.fiKr, { companyId: OFFICER, title: 'x' })).toMatchObject({ code: 'NOT_FOUND', field: 'companyId' });
      expect(await count(`SELECT count(*)::int AS n FROM initiative WHERE company_id = $1`, [c.id])).toBe(0);
    });
  });

  describe('country investment programmes (quarterly, by the 15th)', () => {
    it('versions per quarter, late after the 15th of the next month; foreign offices keep only their country’s', async () => {
      expect((await h.refused(A.createCountryProgramme, who.fiKr, { countryCode: 'DE', title: 'Germany' })).code).toBe('WRONG_ROLE');
      const p = await h.ok<{ id: string; currentVersion: number }>(A.createCountryProgramme, who.fiKr, { countryCode: 'KR', title: 'Korea programme' });
      expect(p.currentVersion).toBe(0);
      expect(await h.refused(A.createCountryProgramme, who.ncfKr, { countryCode: 'KR', title: 'again' })).toMatchObject({
        code: 'CONFLICT',
        field: 'countryCode',
      });
      const q4 = await h.ok<{ currentVersion: number; versions: { dueOn: string; late: boolean }[] }>(A.addCountryProgrammeVersion, who.fiKr, {
        programmeId: p.id,
        year: 2025,
        quarter: 4,
        content: 'Automotive, batteries',
      });
      expect(q4).toMatchObject({ currentVersion: 1, versions: [{ dueOn: '2026-01-15', late: true }] });
      const q1 = await h.ok<{ currentVersion: number; versions: { dueOn: string; late: boolean }[] }>(A.addCountryProgrammeVersion, who.ncfKr, {
        programmeId: p.id,
        year: 2026,
        quarter: 1,
        content: 'Automotive, batteries, chemicals',
        changeSummary: 'chemicals added',
      });
      expect(q1).toMatchObject({ currentVersion: 2, versions: [{ dueOn: '2026-04-15', late: false }] });
      expect(await h.refused(A.addCountryProgrammeVersion, who.fiKr, { programmeId: p.id, year: 2026, quarter: 3, content: 'x' })).toMatchObject({
        code: 'INVALID_INPUT',
        field: 'quarter',
      });
      expect(await h.refused(A.addCountryProgrammeVersion, who.fiKr, { programmeId: p.id, year: 2026, quarter: 5, content: 'x' })).toMatchObject({
        code: 'INVALID_INPUT',
        field: 'quarter',
      });
      expect((await h.refused(A.getCountryProgramme, who.fiDe, { id: p.id })).code).toBe('NOT_FOUND');
      expect((await h.refused(A.addCountryProgrammeVersion, who.ab, { programmeId: p.id, year: 2026, quarter: 1, content: 'x' })).code).toBe('WRONG_ROLE');
      const full = await h.ok<{ versions: { versionNo: number; changeSummary: string | null }[] }>(A.getCountryProgramme, who.ab, { id: p.id });
      expect(full.versions.map((v) => [v.versionNo, v.changeSummary])).toEqual([
        [2, 'chemicals added'],
        [1, null],
      ]);
      await h.expectEvents(p.id, [
        'attraction.country-programme.created',
        'attraction.country-programme.version-added',
        'attraction.country-programme.version-added',
      ]);
      expect((await h.ok<Page<{ id: string }>>(A.listCountryProgrammes, who.fiDe, {})).items).toEqual([]);
    });
  });
});
