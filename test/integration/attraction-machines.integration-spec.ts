import { COMMANDS } from '@ndip/domain';
import { AttractionHarness, actors } from './attraction-harness';
import { eventually } from '../support/eventually';

/**
 * SM-VISIT and SM-INIT through the attraction service as a process (request-reply over Kafka, real
 * PostgreSQL), in both rule editions: every transition, the events it publishes, the wrong-role,
 * wrong-state and not-in-edition refusals, and the deadlines, moving the service's clock between
 * processes with NDIP_FIXED_TODAY.
 *
 * Calendar: 2026-03-02 is a Monday; a transfer that day gives the akimat until 2026-04-01 (30 CD);
 * one extension runs to 2026-05-01 (30 CD from the original deadline).
 */
describe('attraction: visit and initiative machines (E000, then E001)', () => {
  const h = new AttractionHarness();
  const A = COMMANDS.attraction;
  const who = actors(h.prefix);
  const ALMATY = '750000000';
  const ASTANA = '710000000';
  const T0 = '2026-03-02';
  const OFFICER = '0190f0d2-6c1a-7a3b-8c9d-0e1f2a3b4c5d';
  const CONVERT = { projectName: 'Components plant', companyBin: '940740000139', investmentAmountKzt: '200000000000', hasInvestmentContract: false };
  type Initiative = { initiativeId: string; status: string; regionCode: string | null; actionDueOn: string | null; [k: string]: unknown };
  type Visit = { visitId: string; status: string; initiativeDueOn: string | null; initiativeLate: boolean; [k: string]: unknown };

  beforeAll(async () => {
    await h.setup();
  });

  afterAll(async () => {
    await h.stop();
  });

  async function company(name: string, actor = who.fiKr): Promise<string> {
    return (await h.ok<{ id: string }>(A.createCompany, actor, { name, countryCode: 'KR', sector: 'C29' })).id;
  }

  async function transferredInitiative(companyId: string, title: string, region = ALMATY): Promise<string> {
    const ini = await h.ok<Initiative>(A.createInitiative, who.fiKr, { companyId, title });
    await h.ok(A.transferInitiative, who.fiKr, { initiativeId: ini.initiativeId, regionCode: region });
    return ini.initiativeId;
  }

  describe('E000 (rules in force), today 2026-03-02', () => {
    let companyId: string;
    let visitId: string;
    let ini1: string;
    let ini2: string;
    let ini3: string;
    let ini4: string;

    beforeAll(async () => {
      await h.start('E000', T0);
      companyId = await company('Hyundai Mobis');
    });

    it('V1–V5: proposal → AB decision → programme → visit card; each step with its event, the wrong roles refused', async () => {
      const proposal = { companyId, plannedFrom: '2026-02-23', plannedTo: '2026-02-27', purposes: ['site selection'], stateBodies: ['MIC'] };
      // E000: only the embassy registers visits (NCF has the right only in E001); MIO never.
      expect((await h.refused(A.proposeVisit, who.ncfKr, proposal)).code).toBe('WRONG_ROLE');
      expect((await h.refused(A.proposeVisit, who.mioAlmaty, proposal)).code).toBe('NOT_FOUND'); // the company is not the akimat's
      const v = await h.ok<Visit>(A.proposeVisit, who.fiKr, proposal);
      expect(v).toMatchObject({ status: 'PROPOSED', edition: 'E000', proposedOn: T0 });
      visitId = v.visitId;

      expect((await h.refused(A.approveVisit, who.fiKr, { visitId })).code).toBe('WRONG_ROLE');
      expect((await h.refused(A.setVisitProgramme, who.ab, { visitId, programme: 'Day 1', participants: ['akim'] })).code).toBe('WRONG_STATE');
      // The akimat does not see a visit before AB found it worthwhile.
      expect((await h.refused(A.getVisit, who.mioAlmaty, { id: visitId })).code).toBe('NOT_FOUND');
      expect(await h.ok<Visit>(A.approveVisit, who.ab, { visitId, reason: 'strategic investor' })).toMatchObject({ status: 'APPROVED', decidedOn: T0 });
      expect((await h.refused(A.approveVisit, who.ab, { visitId })).code).toBe('WRONG_STATE');

      expect((await h.refused(A.setVisitProgramme, who.fiKr, { visitId, programme: 'Day 1', participants: ['akim'] })).code).toBe('WRONG_ROLE');
      const ready = await h.ok<Visit>(A.setVisitProgramme, who.mioAlmaty, { visitId, programme: 'Day 1: industrial zone', participants: ['deputy akim'] });
      expect(ready).toMatchObject({ status: 'PROGRAMME_READY', participants: ['deputy akim'] });

      expect((await h.refused(A.completeVisit, who.mioAlmaty, { visitId, visitEndedOn: '2026-02-27', agreements: 'MoU' })).code).toBe('WRONG_ROLE');
      expect((await h.refused(A.completeVisit, who.fiKr, { visitId, visitEndedOn: '2026-03-03', agreements: 'MoU' })).field).toBe('visitEndedOn'); // future
      const done = await h.ok<Visit>(A.completeVisit, who.fiKr, { visitId, visitEndedOn: '2026-02-27', agreements: 'MoU on a components plant' });
      // T02: 3 working days after Friday 27 February → Wednesday 4 March.
      expect(done).toMatchObject({ status: 'COMPLETED', initiativeDueOn: '2026-03-04' });
      await h.expectEvents(visitId, [
        'attraction.visit.proposed',
        'attraction.visit.approved',
        'attraction.visit.programme-ready',
        'attraction.visit.completed',
      ]);
    });

    it('V3: AB declines a visit (terminal)', async () => {
      const wrongOrder = await h.refused(A.proposeVisit, who.fiKr, {
        companyId,
        plannedFrom: '2026-05-04',
        plannedTo: '2026-05-01',
        purposes: ['x'],
        stateBodies: ['y'],
      });
      expect([wrongOrder.code, wrongOrder.field]).toEqual(['INVALID_INPUT', 'plannedTo']);
      const ok = await h.ok<Visit>(A.proposeVisit, who.fiKr, {
        companyId,
        plannedFrom: '2026-05-04',
        plannedTo: '2026-05-08',
        purposes: ['x'],
        stateBodies: ['y'],
      });
      expect((await h.refused(A.declineVisit, who.ab, { visitId: ok.visitId })).field).toBe('reason');
      expect(await h.ok<Visit>(A.declineVisit, who.ab, { visitId: ok.visitId, reason: 'no investment case' })).toMatchObject({ status: 'DECLINED' });
      expect((await h.refused(A.approveVisit, who.ab, { visitId: ok.visitId })).code).toBe('WRONG_STATE');
      await h.expectEvents(ok.visitId, ['attraction.visit.proposed', 'attraction.visit.declined']);
    });

    it('I1–I3, V6: initiative from the visit, transfer by the originator on time, the officer; scoping and roles refused', async () => {
      const other = await company('Kia Parts');
      expect((await h.refused(A.createInitiative, who.fiKr, { companyId: other, title: 'x', visitId })).field).toBe('visitId');
      expect((await h.refused(A.createInitiative, who.mioAlmaty, { companyId, title: 'Plant' })).code).toBe('NOT_FOUND');
      const created = await h.ok<Initiative>(A.createInitiative, who.fiKr, { companyId, title: 'Components plant', visitId });
      expect(created).toMatchObject({ status: 'DRAFT', visitEndedOn: '2026-02-27', transferDueOn: '2026-03-04', visitId });
      ini1 = created.initiativeId;
      // one initiative per visit
      expect(await h.refused(A.createInitiative, who.fiKr, { companyId, title: 'again', visitId })).toMatchObject({ code: 'CONFLICT', field: 'visitId' });

      // another institution of the same country sees it but may not transfer it; an embassy elsewhere does not see it
      expect((await h.refused(A.transferInitiative, who.ncfKr, { initiativeId: ini1, regionCode: ALMATY })).code).toBe('WRONG_ROLE');
      expect((await h.refused(A.transferInitiative, who.fiDe, { initiativeId: ini1, regionCode: ALMATY })).code).toBe('NOT_FOUND');
      expect((await h.refused(A.transferInitiative, who.fiKr, { initiativeId: ini1, regionCode: '999999999' })).code).toBe('UNKNOWN_REFERENCE');
      const t = await h.ok<Initiative>(A.transferInitiative, who.fiKr, { initiativeId: ini1, regionCode: ALMATY });
      expect(t).toMatchObject({ status: 'TRANSFERRED', regionCode: ALMATY, transferredOn: T0, actionDueOn: '2026-04-01', transferredLate: false });
      expect(await h.ok<Visit>(A.getVisit, who.fiKr, { id: visitId })).toMatchObject({
        status: 'INITIATIVE_TRANSFERRED',
        initiativeId: ini1,
        initiativeLate: false,
      });
      expect((await h.refused(A.transferInitiative, who.fiKr, { initiativeId: ini1, regionCode: ALMATY })).code).toBe('WRONG_STATE');

      expect((await h.refused(A.assignInitiativeOfficer, who.mioAstana, { initiativeId: ini1, officerUserId: OFFICER })).code).toBe('NOT_FOUND');
      expect((await h.refused(A.assignInitiativeOfficer, who.ab, { initiativeId: ini1, officerUserId: OFFICER })).code).toBe('WRONG_ROLE');
      expect((await h.refused(A.extendInitiative, who.mioAlmaty, { initiativeId: ini1 })).code).toBe('WRONG_STATE'); // no officer yet
      const w = await h.ok<Initiative>(A.assignInitiativeOfficer, who.mioAlmaty, {
        initiativeId: ini1,
        officerUserId: OFFICER,
      });
      expect(w).toMatchObject({ status: 'IN_WORK', actionDueOn: '2026-04-01', allowedActions: ['EXTEND', 'CONVERT', 'REQUEST_REDIRECT'] });
      await h.expectEvents(visitId, [
        'attraction.visit.proposed',
        'attraction.visit.approved',
        'attraction.visit.programme-ready',
        'attraction.visit.completed',
        'attraction.visit.initiative-recorded',
      ]);
      const [, transferred] = await h.expectEvents(ini1, [
        'attraction.initiative.created',
        'attraction.initiative.transferred',
        'attraction.initiative.officer-assigned',
      ]);
      expect(transferred!.payload).toEqual({ initiativeId: ini1, companyId, regionCode: ALMATY, transferredOn: T0, actionDueOn: '2026-04-01' });
      expect(transferred!.ruleEdition).toBe('E000');
    });

    it('I5: one extension of 30 CD from the original deadline; a second is refused', async () => {
      expect((await h.refused(A.extendInitiative, who.mioAlmaty, { initiativeId: ini1, days: 31 })).field).toBe('days');
      const e = await h.ok<Initiative>(A.extendInitiative, who.mioAlmaty, { initiativeId: ini1, reason: 'feasibility study pending' });
      expect(e).toMatchObject({ status: 'EXTENDED', originalDueOn: '2026-04-01', actionDueOn: '2026-05-01', extensionsUsed: 1 });
      expect((await h.refused(A.extendInitiative, who.mioAlmaty, { initiativeId: ini1 })).code).toBe('WRONG_STATE');
      const [ext] = (
        await h.expectEvents(ini1, [
          'attraction.initiative.created',
          'attraction.initiative.transferred',
          'attraction.initiative.officer-assigned',
          'attraction.initiative.extended',
        ])
      ).slice(3);
      expect(ext!.payload).toMatchObject({ previousDueOn: '2026-04-01', actionDueOn: '2026-05-01', reason: 'feasibility study pending' });
    });

    it('I6–I8 [E000]: redirection requested by the akimat, refused then approved by AB (new window at the target)', async () => {
      expect((await h.refused(A.requestInitiativeRedirect, who.mioAlmaty, { initiativeId: ini1, targetRegionCode: ALMATY, reason: 'x' })).field).toBe(
        'targetRegionCode',
      );
      const pending = await h.ok<Initiative>(A.requestInitiativeRedirect, who.mioAlmaty, {
        initiativeId: ini1,
        targetRegionCode: ASTANA,
        reason: 'land in Astana',
      });
      expect(pending).toMatchObject({ status: 'REDIRECT_PENDING', redirect: { targetRegionCode: ASTANA, resumeStatus: 'EXTENDED' } });
      expect((await h.refused(A.approveInitiativeRedirect, who.mioAlmaty, { initiativeId: ini1 })).code).toBe('WRONG_ROLE');
      expect((await h.refused(A.convertInitiative, who.mioAlmaty, { initiativeId: ini1, ...CONVERT })).code).toBe('WRONG_STATE');
      expect(await h.ok<Initiative>(A.refuseInitiativeRedirect, who.ab, { initiativeId: ini1, reason: 'keep in Almaty' })).toMatchObject({
        status: 'EXTENDED',
        regionCode: ALMATY,
        actionDueOn: '2026-05-01',
        redirect: null,
      });
      expect((await h.refused(A.refuseInitiativeRedirect, who.ab, { initiativeId: ini1 })).code).toBe('WRONG_STATE');
      await h.ok(A.requestInitiativeRedirect, who.mioAlmaty, { initiativeId: ini1, targetRegionCode: ASTANA, reason: 'agreed with Astana' });
      const moved = await h.ok<Initiative>(A.approveInitiativeRedirect, who.ab, { initiativeId: ini1 });
      expect(moved).toMatchObject({
        status: 'TRANSFERRED',
        regionCode: ASTANA,
        transferredOn: T0,
        actionDueOn: '2026-04-01',
        extensionsUsed: 0,
        previousRegionCodes: [ALMATY],
      });
      // the first akimat no longer sees it; the second does
      expect((await h.refused(A.getInitiative, who.mioAlmaty, { id: ini1 })).code).toBe('NOT_FOUND');
      expect(await h.ok<Initiative>(A.getInitiative, who.mioAstana, { id: ini1 })).toMatchObject({ status: 'TRANSFERRED' });
      const events = await h.expectEvents(ini1, [
        'attraction.initiative.created',
        'attraction.initiative.transferred',
        'attraction.initiative.officer-assigned',
        'attraction.initiative.extended',
        'attraction.initiative.redirect-requested',
        'attraction.initiative.redirect-refused',
        'attraction.initiative.redirect-requested',
        'attraction.initiative.redirected',
        'attraction.initiative.transferred',
      ]);
      expect(events[7]!.payload).toMatchObject({ fromRegionCode: ALMATY, toRegionCode: ASTANA, approvedOn: T0 });
    });

    it('I4: the target akimat converts it; the conversion event carries the passport data; E001-only actions are NOT_IN_EDITION', async () => {
      await h.ok(A.assignInitiativeOfficer, who.mioAstana, { initiativeId: ini1, officerUserId: '0190f0d2-6c1a-7a3b-8c9d-0e1f2a3b4c5e' });
      expect((await h.refused(A.returnInitiative, who.mioAstana, { initiativeId: ini1, reason: 'x' })).code).toBe('NOT_IN_EDITION');
      expect((await h.refused(A.convertInitiative, who.fiKr, { initiativeId: ini1, ...CONVERT })).code).toBe('WRONG_ROLE');
      const c = await h.ok<Initiative>(A.convertInitiative, who.mioAstana, { initiativeId: ini1, ...CONVERT });
      expect(c).toMatchObject({ status: 'CONVERTED', convertedOn: T0, convertedLate: false });
      expect((await h.refused(A.convertInitiative, who.mioAstana, { initiativeId: ini1, ...CONVERT })).code).toBe('WRONG_STATE');
      expect((await h.refused(A.revertInitiativeFromProject, who.mioAstana, { initiativeId: ini1, reason: 'x' })).code).toBe('NOT_IN_EDITION');
      const events = await h.expectEvents(ini1, [
        'attraction.initiative.created',
        'attraction.initiative.transferred',
        'attraction.initiative.officer-assigned',
        'attraction.initiative.extended',
        'attraction.initiative.redirect-requested',
        'attraction.initiative.redirect-refused',
        'attraction.initiative.redirect-requested',
        'attraction.initiative.redirected',
        'attraction.initiative.transferred',
        'attraction.initiative.officer-assigned',
        'attraction.initiative.converted',
      ]);
      expect(events[10]!.payload).toEqual({
        initiativeId: ini1,
        companyId,
        companyName: 'Hyundai Mobis',
        companyBin: '940740000139',
        regionCode: ASTANA,
        projectName: 'Components plant',
        sector: 'C29',
        investmentAmountKzt: '200000000000',
        hasInvestmentContract: false,
        convertedOn: T0,
      });
      // every transition is in the audit trail with old and new values
      const audit = await h.sql<{ action: string }>(`SELECT action FROM audit_log WHERE entity_type = 'initiative' AND entity_id = $1 ORDER BY id`, [ini1]);
      expect(audit.map((r) => r.action)).toEqual([
        'initiative.create',
        'initiative.transfer',
        'initiative.assign-officer',
        'initiative.extend',
        'initiative.request-redirect',
        'initiative.refuse-redirect',
        'initiative.request-redirect',
        'initiative.approve-redirect',
        'initiative.assign-officer',
        'initiative.convert',
      ]);
    });

    it('[E000] official-trip visit card: 3 WD after the trip, flagged late; wrong role and date order refused', async () => {
      const card = { countryCode: 'KR', tripStartedOn: '2026-02-23', tripEndedOn: '2026-02-24', delegation: 'Vice minister', investmentEvents: ['Forum'] };
      expect((await h.refused(A.submitTripCard, who.ncfKr, card)).code).toBe('WRONG_ROLE');
      expect((await h.refused(A.submitTripCard, who.fiKr, { ...card, tripStartedOn: '2026-02-25' })).field).toBe('tripEndedOn');
      const late = await h.ok<{ tripCardId: string; dueOn: string; late: boolean }>(A.submitTripCard, who.fiKr, card);
      expect(late).toMatchObject({ dueOn: '2026-02-27', late: true });
      const onTime = await h.ok<{ late: boolean }>(A.submitTripCard, who.fiKr, { ...card, tripStartedOn: '2026-02-26', tripEndedOn: '2026-02-27' });
      expect(onTime.late).toBe(false);
      await h.expectEvents(late.tripCardId, ['attraction.trip-card.submitted']);
      const page = await h.ok<{ items: { tripCardId: string }[] }>(A.listTripCards, who.ab, { late: true });
      expect(page.items.map((i) => i.tripCardId)).toEqual([late.tripCardId]);
    });

    it('sets up initiatives for the clock: one in work, one only transferred, one extended', async () => {
      ini2 = await transferredInitiative(companyId, 'Second plant');
      await h.ok(A.assignInitiativeOfficer, who.mioAlmaty, { initiativeId: ini2, officerUserId: OFFICER });
      ini3 = await transferredInitiative(companyId, 'Third plant');
      ini4 = await transferredInitiative(companyId, 'Fourth plant');
      await h.ok(A.assignInitiativeOfficer, who.mioAlmaty, { initiativeId: ini4, officerUserId: OFFICER });
      await h.ok(A.extendInitiative, who.mioAlmaty, { initiativeId: ini4 });
      const scan = await h.ok<{ flagged: unknown[] }>(A.runOverdueScan, who.nc, {});
      expect(scan.flagged).toEqual([]);
    });

    it('day 31 (2026-04-02): extension and redirection refused as DEADLINE_PASSED; conversion accepted late; overdue flagged once', async () => {
      await h.start('E000', '2026-04-02');
      const extend = await h.refused(A.extendInitiative, who.mioAlmaty, { initiativeId: ini2 });
      expect(extend.code).toBe('DEADLINE_PASSED');
      expect((await h.refused(A.requestInitiativeRedirect, who.mioAlmaty, { initiativeId: ini2, targetRegionCode: ASTANA, reason: 'x' })).code).toBe(
        'DEADLINE_PASSED',
      );
      const overdueList = await h.ok<{ items: { initiativeId: string; overdue: boolean }[] }>(A.listInitiatives, who.mioAlmaty, {
        overdue: true,
        pageSize: 200,
      });
      expect(overdueList.items.map((i) => i.initiativeId).sort()).toEqual([ini2, ini3].sort());

      expect((await h.refused(A.runOverdueScan, who.mioAlmaty, {})).code).toBe('WRONG_ROLE');
      const scan = await h.ok<{ today: string; flagged: { initiativeId: string; actionDueOn: string }[] }>(A.runOverdueScan, who.nc, {});
      expect(scan.today).toBe('2026-04-02');
      expect(scan.flagged.map((f) => f.initiativeId).sort()).toEqual([ini2, ini3].sort());
      expect(scan.flagged.every((f) => f.actionDueOn === '2026-04-01')).toBe(true);
      expect((await h.ok<{ flagged: unknown[] }>(A.runOverdueScan, who.nc, {})).flagged).toEqual([]);

      const overdue3 = await eventually(() => {
        const e = h.events(ini3).filter((x) => x.type === 'attraction.initiative.overdue');
        if (e.length === 0) throw new Error('no overdue event yet');
        return e;
      });
      expect(overdue3).toHaveLength(1);
      expect(overdue3[0]!.payload).toMatchObject({
        initiativeId: ini3,
        regionCode: ALMATY,
        status: 'TRANSFERRED',
        actionDueOn: '2026-04-01',
        detectedOn: '2026-04-02',
        daysOverdue: 1,
      });

      const late = await h.ok<Initiative>(A.convertInitiative, who.mioAlmaty, { initiativeId: ini2, ...CONVERT });
      expect(late).toMatchObject({ status: 'CONVERTED', convertedLate: true });
      await h.expectEvents(ini2, [
        'attraction.initiative.created',
        'attraction.initiative.transferred',
        'attraction.initiative.officer-assigned',
        'attraction.initiative.overdue',
        'attraction.initiative.converted',
      ]);
      expect(await h.ok<Initiative>(A.getInitiative, who.mioAlmaty, { id: ini4 })).toMatchObject({ status: 'EXTENDED', overdue: false });
    });

    it('the scheduled scan (configurable period) flags the extended deadline once it passes, once', async () => {
      await h.start('E000', '2026-05-02', { NDIP_OVERDUE_SCAN_INTERVAL_MS: '500' });
      const flagged = await eventually(() => {
        const e = h.events(ini4).filter((x) => x.type === 'attraction.initiative.overdue');
        if (e.length === 0) throw new Error('the scheduled scan has not flagged it yet');
        return e;
      });
      expect(flagged[0]!.payload).toMatchObject({ status: 'EXTENDED', actionDueOn: '2026-05-01' });
      expect(flagged[0]!.actor).toMatchObject({ userId: 'system:initiative-overdue-scan' });
      // the next runs (scheduled and on demand) find nothing new for this deadline
      expect((await h.ok<{ flagged: unknown[] }>(A.runOverdueScan, who.nc, {})).flagged).toEqual([]);
      const rows = await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE aggregateid = $1 AND type = 'attraction.initiative.overdue'`, [
        ini4,
      ]);
      expect(rows[0]!.n).toBe(1);
      const ini3Rows = await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE aggregateid = $1 AND type = 'attraction.initiative.overdue'`, [
        ini3,
      ]);
      expect(ini3Rows[0]!.n).toBe(1);
    });
  });

  describe('E001 (2024 draft), a second process, today 2026-03-02', () => {
    let companyId: string;

    beforeAll(async () => {
      await h.start('E001', T0);
      companyId = await company('Samsung SDI');
    });

    it('V1 by the NC foreign office; V6 after the 3-WD deadline is flagged late, on the visit and the initiative', async () => {
      const v = await h.ok<Visit>(A.proposeVisit, who.ncfKr, {
        companyId,
        plannedFrom: '2026-02-16',
        plannedTo: '2026-02-20',
        purposes: ['plant'],
        stateBodies: ['MIC'],
      });
      expect(v).toMatchObject({ status: 'PROPOSED', edition: 'E001' });
      await h.ok(A.approveVisit, who.ab, { visitId: v.visitId });
      await h.ok(A.setVisitProgramme, who.csb, { visitId: v.visitId, programme: 'Ministry meetings', participants: ['vice minister'] });
      expect((await h.refused(A.completeVisit, who.fiKr, { visitId: v.visitId, visitEndedOn: '2026-02-20', agreements: 'x' })).code).toBe('WRONG_ROLE'); // not the registering office
      const done = await h.ok<Visit>(A.completeVisit, who.ncfKr, { visitId: v.visitId, visitEndedOn: '2026-02-20', agreements: 'Battery plant MoU' });
      expect(done.initiativeDueOn).toBe('2026-02-25');
      const ini = await h.ok<Initiative>(A.createInitiative, who.ncfKr, { companyId, title: 'Battery plant', visitId: v.visitId });
      const t = await h.ok<Initiative>(A.transferInitiative, who.ncfKr, { initiativeId: ini.initiativeId, regionCode: ALMATY });
      expect(t).toMatchObject({ status: 'TRANSFERRED', transferredLate: true, edition: 'E001' });
      expect(await h.ok<Visit>(A.getVisit, who.ab, { id: v.visitId })).toMatchObject({ status: 'INITIATIVE_TRANSFERRED', initiativeLate: true });
      const [recorded] = (
        await h.expectEvents(v.visitId, [
          'attraction.visit.proposed',
          'attraction.visit.approved',
          'attraction.visit.programme-ready',
          'attraction.visit.completed',
          'attraction.visit.initiative-recorded',
        ])
      ).slice(4);
      expect(recorded!.payload).toMatchObject({ initiativeId: ini.initiativeId, late: true });
      expect(recorded!.ruleEdition).toBe('E001');
    });

    it('I10/I11: return at any stage, rework and transfer again (new window); I9 from IN_WORK; I12 project → initiative', async () => {
      const id = await transferredInitiative(companyId, 'Cathode plant');
      expect((await h.refused(A.returnInitiative, who.mioAlmaty, { initiativeId: id })).field).toBe('reason');
      expect((await h.refused(A.returnInitiative, who.ab, { initiativeId: id, reason: 'x' })).code).toBe('WRONG_ROLE');
      const r = await h.ok<Initiative>(A.returnInitiative, who.mioAlmaty, { initiativeId: id, reason: 'site requirements missing' });
      expect(r).toMatchObject({ status: 'RETURNED', returnReason: 'site requirements missing', returnedOn: T0 });
      // the akimat still sees it (region kept) but may not act on it; the originator transfers it again
      expect((await h.refused(A.assignInitiativeOfficer, who.mioAlmaty, { initiativeId: id, officerUserId: OFFICER })).code).toBe('WRONG_STATE');
      const again = await h.ok<Initiative>(A.transferInitiative, who.fiKr, { initiativeId: id, regionCode: ASTANA });
      expect(again).toMatchObject({ status: 'TRANSFERRED', regionCode: ASTANA, transferCount: 2, officerUserId: null, previousRegionCodes: [ALMATY] });
      await h.ok(A.assignInitiativeOfficer, who.mioAstana, { initiativeId: id, officerUserId: OFFICER });
      expect((await h.refused(A.requestInitiativeRedirect, who.mioAstana, { initiativeId: id, targetRegionCode: ALMATY, reason: 'x' })).code).toBe(
        'NOT_IN_EDITION',
      );
      expect((await h.refused(A.approveInitiativeRedirect, who.ab, { initiativeId: id })).code).toBe('NOT_IN_EDITION');
      const ext = await h.ok<Initiative>(A.extendInitiative, who.mioAstana, { initiativeId: id, days: 10 });
      expect(ext).toMatchObject({ status: 'EXTENDED', actionDueOn: '2026-04-11', allowedActions: ['CONVERT', 'RETURN'] });
      await h.ok(A.convertInitiative, who.mioAstana, { initiativeId: id, ...CONVERT });
      expect((await h.refused(A.returnInitiative, who.mioAstana, { initiativeId: id, reason: 'x' })).code).toBe('WRONG_STATE');
      const back = await h.ok<Initiative>(A.revertInitiativeFromProject, who.mioAstana, { initiativeId: id, reason: 'region changed' });
      expect(back).toMatchObject({ status: 'RETURNED', returnReason: 'region changed' });
      const events = await h.expectEvents(id, [
        'attraction.initiative.created',
        'attraction.initiative.transferred',
        'attraction.initiative.returned',
        'attraction.initiative.transferred',
        'attraction.initiative.officer-assigned',
        'attraction.initiative.extended',
        'attraction.initiative.converted',
        'attraction.initiative.reverted-from-project',
      ]);
      expect(events[7]!.payload).toMatchObject({ regionCode: ASTANA, reason: 'region changed', notifyAuthorizedBody: true });

      const inWork = await transferredInitiative(companyId, 'Anode plant');
      await h.ok(A.assignInitiativeOfficer, who.mioAlmaty, { initiativeId: inWork, officerUserId: OFFICER });
      expect(await h.ok<Initiative>(A.returnInitiative, who.mioAlmaty, { initiativeId: inWork, reason: 'not worked out' })).toMatchObject({
        status: 'RETURNED',
      });
    });

    it('[E001] has no official-trip visit card', async () => {
      const card = { countryCode: 'KR', tripStartedOn: '2026-02-23', tripEndedOn: '2026-02-24', delegation: 'Vice minister', investmentEvents: ['Forum'] };
      expect((await h.refused(A.submitTripCard, who.fiKr, card)).code).toBe('NOT_IN_EDITION');
      expect((await h.refused(A.listTripCards, who.ab, {})).code).toBe('NOT_IN_EDITION');
    });

    it('day 31 in E001: extension refused (DEADLINE_PASSED), return still allowed ("at any stage")', async () => {
      const id = await transferredInitiative(companyId, 'Separator plant');
      await h.ok(A.assignInitiativeOfficer, who.mioAlmaty, { initiativeId: id, officerUserId: OFFICER });
      await h.start('E001', '2026-04-02');
      const e = await h.refused(A.extendInitiative, who.mioAlmaty, { initiativeId: id });
      expect(e.code).toBe('DEADLINE_PASSED');
      expect(await h.ok<Initiative>(A.returnInitiative, who.mioAlmaty, { initiativeId: id, reason: 'investor silent' })).toMatchObject({ status: 'RETURNED' });
      await h.expectEvents(id, [
        'attraction.initiative.created',
        'attraction.initiative.transferred',
        'attraction.initiative.officer-assigned',
        'attraction.initiative.returned',
      ]);
    });
  });
});
