import type { Actor } from '../access/organization-type';
import { getEdition } from '../editions/editions';
import { DomainErrorCode } from '../errors/domain-error';
import type { RuleEditionCode } from '../events/envelope';
import { parseIssueSlaConfig } from '../rules/m3-issue-sla';
import {
  allowedM3IssueActions,
  decideM3Issue,
  decideM3KpiReport,
  decidePostInvestment,
  type M3Command,
  type M3IssueCommand,
  type M3IssueEnv,
  type M3IssueState,
  type M3KpiCommand,
  type M3KpiReportState,
  type M3State,
} from './post-investment.machine';
import { REGION_A, actorOf, ctxOf, errCode, errField, okState } from './test-fixtures';

const BIN = '940740000139';
const OTHER_BIN = '050540000046';
const NC = actorOf('NC');
const AB = actorOf('AB');
const ADMIN = actorOf('ADMIN');
const INV = actorOf('INV');
const MIO = actorOf('MIO', { regionCode: REGION_A });

const ACTIVE_ENV: M3IssueEnv = { periodStatus: 'M3_ACTIVE', projectCompanyBin: BIN, actorBin: null };
const investor = (env: M3IssueEnv = ACTIVE_ENV, bin: string | null = BIN): M3IssueEnv => ({ ...env, actorBin: bin });

const RAISE: Extract<M3IssueCommand, { type: 'RAISE' }> = {
  type: 'RAISE',
  issueId: 'i-1',
  monitoringId: 'm-1',
  projectId: 'p-1',
  regionCode: REGION_A,
  kind: 'PROBLEM',
  category: 'CUSTOMS',
  title: 'Customs clearance of equipment',
  description: 'Equipment has waited at the border for 20 days',
};

describe.each(['E000', 'E001'] as const)('SM-M3 issues, KPI reports and extensions in %s', (ed: RuleEditionCode) => {
  const issue = (s: M3IssueState | null, c: M3IssueCommand, a: Actor, today: string, env: M3IssueEnv = ACTIVE_ENV) =>
    decideM3Issue(s, c, ctxOf(ed, a, today), env);
  // Mon 2027-03-01 + 5 WD (8 March is a holiday) → due 2027-03-09.
  const raised = () => okState(issue(null, RAISE, INV, '2027-03-01', investor()));

  describe('issues (P1, P2; A-19)', () => {
    it('the investor raises an issue with the SLA of its category; the event names the due date', () => {
      const d = issue(null, RAISE, INV, '2027-03-01', investor());
      expect(okState(d)).toMatchObject({
        edition: ed,
        status: 'OPEN',
        companyBin: BIN,
        category: 'CUSTOMS',
        raisedOn: '2027-03-01',
        slaWorkingDays: 5,
        dueOn: '2027-03-09',
        slaBreached: false,
        escalatedOn: null,
      });
      expect(d.ok && d.events[0]).toMatchObject({
        type: 'post-investment.issue.raised',
        aggregateType: 'm3-issue',
        aggregateId: 'i-1',
        payload: { issueId: 'i-1', projectId: 'p-1', monitoringId: 'm-1', kind: 'PROBLEM', category: 'CUSTOMS', dueOn: '2027-03-09' },
      });
      const table = parseIssueSlaConfig('LAND=10');
      expect(okState(issue(null, { ...RAISE, category: 'LAND', kind: 'PROPOSAL' }, INV, '2027-03-01', { ...investor(), slaTable: table })).dueOn).toBe(
        '2027-03-17',
      );
    });

    it('only the project investor raises, only while the period runs, with valid input', () => {
      expect(errCode(issue(null, RAISE, AB, '2027-03-01', investor()))).toBe(DomainErrorCode.WRONG_ROLE);
      expect(errField(issue(null, RAISE, INV, '2027-03-01', investor(ACTIVE_ENV, OTHER_BIN)))).toBe('actor.organizationId');
      expect(errCode(issue(null, RAISE, INV, '2027-03-01', investor(ACTIVE_ENV, null)))).toBe(DomainErrorCode.WRONG_ROLE);
      expect(errCode(issue(null, RAISE, INV, '2027-03-01', { ...investor(), projectCompanyBin: null }))).toBe(DomainErrorCode.WRONG_ROLE);
      expect(errField(issue(null, RAISE, INV, '2027-03-01', investor({ ...ACTIVE_ENV, periodStatus: 'M3_PERIOD_ENDED' })))).toBe('monitoring.status');
      expect(errCode(issue(null, RAISE, INV, '2027-03-01', investor({ ...ACTIVE_ENV, periodStatus: 'ARCHIVED' })))).toBe(DomainErrorCode.WRONG_STATE);
      expect(errField(issue(null, { ...RAISE, kind: 'COMPLAINT' }, INV, '2027-03-01', investor()))).toBe('kind');
      expect(errField(issue(null, { ...RAISE, category: 'ROADS' }, INV, '2027-03-01', investor()))).toBe('category');
      expect(errField(issue(null, { ...RAISE, title: ' ' }, INV, '2027-03-01', investor()))).toBe('title');
      expect(errField(issue(null, { ...RAISE, description: '' }, INV, '2027-03-01', investor()))).toBe('description');
      expect(errCode(issue(raised(), RAISE, INV, '2027-03-01', investor()))).toBe(DomainErrorCode.CONFLICT);
    });

    it('AB (or NC) triages, may correct the category (SLA recounted from the raising day), assigns, answers and closes', () => {
      const triaged = okState(issue(raised(), { type: 'TRIAGE', category: 'LAND', note: 'land plot, not customs' }, AB, '2027-03-02'));
      expect(triaged).toMatchObject({ status: 'TRIAGED', category: 'LAND', dueOn: '2027-03-09', triageNote: 'land plot, not customs' });
      const kept = okState(issue(raised(), { type: 'TRIAGE' }, NC, '2027-03-02'));
      expect(kept).toMatchObject({ status: 'TRIAGED', category: 'CUSTOMS', triageNote: null });
      expect(okState(issue(triaged, { type: 'TRIAGE', note: null }, AB, '2027-03-02')).triageNote).toBeNull();
      const assigned = okState(issue(triaged, { type: 'ASSIGN', agency: 'State Revenue Committee' }, AB, '2027-03-03'));
      expect(assigned).toMatchObject({ status: 'ASSIGNED', assignedAgency: 'State Revenue Committee', assignedOn: '2027-03-03' });
      const a = issue(assigned, { type: 'ANSWER', answer: 'Cleared on 5 March' }, AB, '2027-03-09');
      expect(okState(a)).toMatchObject({ status: 'ANSWERED', answer: 'Cleared on 5 March', answeredOn: '2027-03-09', slaBreached: false });
      expect(a.ok && a.events[0]!.payload).toMatchObject({ withinSla: true });
      const closed = okState(issue(okState(a), { type: 'CLOSE' }, AB, '2027-03-10'));
      expect(closed).toMatchObject({ status: 'CLOSED', closedOn: '2027-03-10' });
      expect(errCode(issue(closed, { type: 'ANSWER', answer: 'again' }, AB, '2027-03-10'))).toBe(DomainErrorCode.WRONG_STATE);
      expect(errCode(issue(raised(), { type: 'CLOSE' }, AB, '2027-03-10'))).toBe(DomainErrorCode.WRONG_STATE);
      expect(errCode(issue(assigned, { type: 'TRIAGE' }, AB, '2027-03-10'))).toBe(DomainErrorCode.WRONG_STATE);
    });

    it('a late answer marks the SLA breached; refusals for role, input and archived periods', () => {
      const late = issue(raised(), { type: 'ANSWER', answer: 'late' }, AB, '2027-03-10');
      expect(okState(late).slaBreached).toBe(true);
      expect(late.ok && late.events[0]!.payload).toMatchObject({ withinSla: false });
      expect(errCode(issue(raised(), { type: 'ANSWER', answer: 'x' }, INV, '2027-03-02', investor()))).toBe(DomainErrorCode.WRONG_ROLE);
      expect(errCode(issue(raised(), { type: 'ASSIGN', agency: 'x' }, MIO, '2027-03-02'))).toBe(DomainErrorCode.WRONG_ROLE);
      expect(errField(issue(raised(), { type: 'ANSWER', answer: '' }, AB, '2027-03-02'))).toBe('answer');
      expect(errField(issue(raised(), { type: 'ASSIGN', agency: '' }, AB, '2027-03-02'))).toBe('agency');
      expect(errField(issue(raised(), { type: 'TRIAGE', category: 'ROADS' }, AB, '2027-03-02'))).toBe('category');
      expect(errField(issue(raised(), { type: 'TRIAGE', note: '' }, AB, '2027-03-02'))).toBe('note');
      const ended = { ...ACTIVE_ENV, periodStatus: 'M3_PERIOD_ENDED' as const };
      expect(okState(issue(raised(), { type: 'ANSWER', answer: 'after the period' }, AB, '2027-03-05', ended)).status).toBe('ANSWERED');
      for (const periodStatus of ['M3_COMPLETED', 'ARCHIVED'] as const) {
        expect(errField(issue(raised(), { type: 'ANSWER', answer: 'x' }, AB, '2027-03-05', { ...ACTIVE_ENV, periodStatus }))).toBe('monitoring.status');
      }
    });

    it('the SLA job escalates an unanswered issue to the Council after the due date, once', () => {
      expect(errField(issue(raised(), { type: 'ESCALATE' }, ADMIN, '2027-03-09'))).toBe('today');
      const d = issue(raised(), { type: 'ESCALATE' }, ADMIN, '2027-03-10');
      expect(okState(d)).toMatchObject({ status: 'OPEN', slaBreached: true, escalatedOn: '2027-03-10' });
      expect(d.ok && d.events[0]).toMatchObject({
        type: 'post-investment.issue.escalated-to-council',
        payload: {
          issueId: 'i-1',
          projectId: 'p-1',
          regionCode: REGION_A,
          category: 'CUSTOMS',
          raisedOn: '2027-03-01',
          dueOn: '2027-03-09',
          escalatedOn: '2027-03-10',
        },
      });
      expect(errField(issue(okState(d), { type: 'ESCALATE' }, ADMIN, '2027-03-11'))).toBe('escalatedOn');
      expect(errCode(issue(raised(), { type: 'ESCALATE' }, AB, '2027-03-10'))).toBe(DomainErrorCode.WRONG_ROLE);
      const answered = okState(issue(raised(), { type: 'ANSWER', answer: 'x' }, AB, '2027-03-05'));
      expect(errCode(issue(answered, { type: 'ESCALATE' }, ADMIN, '2027-03-10'))).toBe(DomainErrorCode.WRONG_STATE);
      // The escalated issue is still answered and closed the usual way.
      expect(okState(issue(okState(d), { type: 'ANSWER', answer: 'x' }, AB, '2027-03-12'))).toMatchObject({ status: 'ANSWERED', slaBreached: true });
    });

    it('allowedM3IssueActions', () => {
      const c = { today: '2027-03-02', edition: getEdition(ed) };
      expect(allowedM3IssueActions(null, INV, c, investor())).toEqual(['RAISE']);
      expect(allowedM3IssueActions(null, INV, c, investor(ACTIVE_ENV, OTHER_BIN))).toEqual([]);
      expect(allowedM3IssueActions(raised(), AB, c, ACTIVE_ENV)).toEqual(['TRIAGE', 'ASSIGN', 'ANSWER']);
      expect(allowedM3IssueActions(raised(), ADMIN, { ...c, today: '2027-03-10' }, ACTIVE_ENV)).toEqual(['TRIAGE', 'ASSIGN', 'ANSWER', 'ESCALATE']);
    });
  });

  describe('KPI reports', () => {
    const kpi = (s: M3KpiReportState, c: M3KpiCommand, a: Actor, today: string, env: M3IssueEnv = ACTIVE_ENV) =>
      decideM3KpiReport(s, c, ctxOf(ed, a, today), env);
    const planned = (): M3KpiReportState => ({
      edition: ed,
      reportId: 'k-1',
      monitoringId: 'm-1',
      projectId: 'p-1',
      periodNo: 1,
      periodStart: '2027-03-01',
      periodEnd: '2027-03-31',
      dueOn: '2027-04-15',
      remindOn: '2027-04-08',
      status: 'PLANNED',
      remindedOn: null,
      overdue: false,
      overdueOn: null,
      jobsCreated: null,
      capitalSpentKzt: null,
      outputKzt: null,
      submittedOn: null,
    });
    const FIGURES = { type: 'SUBMIT' as const, jobsCreated: 120, capitalSpentKzt: '5000000000', outputKzt: '0' };

    it('the investor submits the figures after the reporting period; a correction is allowed; late is noted', () => {
      const d = kpi(planned(), FIGURES, INV, '2027-04-01', investor());
      expect(okState(d)).toMatchObject({ status: 'SUBMITTED', jobsCreated: 120, capitalSpentKzt: '5000000000', outputKzt: '0', submittedOn: '2027-04-01' });
      expect(d.ok && d.events[0]).toMatchObject({
        type: 'post-investment.kpi.report-submitted',
        aggregateType: 'm3-kpi-report',
        payload: { reportId: 'k-1', periodNo: 1, late: false, correction: false },
      });
      const again = kpi(okState(d), { ...FIGURES, jobsCreated: 130 }, INV, '2027-04-20', investor());
      expect(okState(again).jobsCreated).toBe(130);
      expect(again.ok && again.events[0]!.payload).toMatchObject({ late: true, correction: true });
    });

    it('refuses a submission before the end of the period, by others, with bad figures, or on an archived project', () => {
      expect(errField(kpi(planned(), FIGURES, INV, '2027-03-31', investor()))).toBe('periodEnd');
      expect(errCode(kpi(planned(), FIGURES, INV, '2027-04-01', investor(ACTIVE_ENV, OTHER_BIN)))).toBe(DomainErrorCode.WRONG_ROLE);
      expect(errCode(kpi(planned(), FIGURES, AB, '2027-04-01'))).toBe(DomainErrorCode.WRONG_ROLE);
      for (const [patch, field] of [
        [{ jobsCreated: -1 }, 'jobsCreated'],
        [{ jobsCreated: 1.5 }, 'jobsCreated'],
        [{ jobsCreated: '12' }, 'jobsCreated'],
        [{ capitalSpentKzt: '1.5' }, 'capitalSpentKzt'],
        [{ outputKzt: 7 }, 'outputKzt'],
        [{ outputKzt: '007' }, 'outputKzt'],
      ] as const) {
        expect(errField(kpi(planned(), { ...FIGURES, ...patch }, INV, '2027-04-01', investor()))).toBe(field);
      }
      expect(errField(kpi(planned(), FIGURES, INV, '2027-04-01', investor({ ...ACTIVE_ENV, periodStatus: 'ARCHIVED' })))).toBe('monitoring.status');
      expect(okState(kpi(planned(), FIGURES, INV, '2027-04-01', investor({ ...ACTIVE_ENV, periodStatus: 'M3_PERIOD_ENDED' }))).status).toBe('SUBMITTED');
    });

    it('the KPI job reminds once from the reminder day and flags overdue once after the due date', () => {
      expect(errField(kpi(planned(), { type: 'REMIND' }, ADMIN, '2027-04-07'))).toBe('today');
      const reminded = kpi(planned(), { type: 'REMIND' }, ADMIN, '2027-04-08');
      expect(okState(reminded).remindedOn).toBe('2027-04-08');
      expect(reminded.ok && reminded.events[0]!.type).toBe('post-investment.kpi.reminder-due');
      expect(errField(kpi(okState(reminded), { type: 'REMIND' }, ADMIN, '2027-04-09'))).toBe('remindedOn');
      expect(errField(kpi(planned(), { type: 'FLAG_OVERDUE' }, NC, '2027-04-15'))).toBe('today');
      const overdue = kpi(planned(), { type: 'FLAG_OVERDUE' }, NC, '2027-04-16');
      expect(okState(overdue)).toMatchObject({ overdue: true, overdueOn: '2027-04-16', status: 'PLANNED' });
      expect(overdue.ok && overdue.events[0]!.type).toBe('post-investment.kpi.report-overdue');
      expect(errField(kpi(okState(overdue), { type: 'FLAG_OVERDUE' }, NC, '2027-04-17'))).toBe('overdue');
      const submitted = okState(kpi(planned(), FIGURES, INV, '2027-04-01', investor()));
      expect(errCode(kpi(submitted, { type: 'FLAG_OVERDUE' }, NC, '2027-04-17'))).toBe(DomainErrorCode.WRONG_STATE);
      expect(errCode(kpi(planned(), { type: 'REMIND' }, AB, '2027-04-08'))).toBe(DomainErrorCode.WRONG_ROLE);
      expect(errField(kpi(planned(), { type: 'REMIND' }, ADMIN, '2027-04-08', { ...ACTIVE_ENV, periodStatus: 'M3_COMPLETED' }))).toBe('monitoring.status');
    });
  });

  describe('extensions of SM-M3 (change log details, regional pool at period end, completion with open issues)', () => {
    const run = (s: M3State | null, c: M3Command, a: Actor, today: string) => decidePostInvestment(s, c, ctxOf(ed, a, today));
    const active = () =>
      okState(
        run(
          null,
          { type: 'OPEN', monitoringId: 'm-1', projectId: 'p-1', regionCode: REGION_A, investorOrganizationId: 'org-inv', startsOn: '2025-03-15' },
          AB,
          '2025-03-15',
        ),
      );

    it('RECORD_CHANGE keeps what changed, its old and new value', () => {
      const c: M3Command = {
        type: 'RECORD_CHANGE',
        description: 'Supplementary agreement No. 2',
        subject: 'INVESTMENT_CONTRACT',
        field: 'investmentVolumeKzt',
        oldValue: '200000000000',
        newValue: '220000000000',
      };
      const d = run(active(), c, AB, '2025-06-01');
      expect(okState(d).changes).toEqual([
        {
          description: 'Supplementary agreement No. 2',
          recordedOn: '2025-06-01',
          subject: 'INVESTMENT_CONTRACT',
          field: 'investmentVolumeKzt',
          oldValue: '200000000000',
          newValue: '220000000000',
        },
      ]);
      expect(d.ok && d.events[0]!.payload).toMatchObject({ subject: 'INVESTMENT_CONTRACT', newValue: '220000000000' });
      expect(okState(run(active(), { ...c, oldValue: null }, AB, '2025-06-01')).changes[0]!.oldValue).toBeNull();
      expect(errField(run(active(), { ...c, subject: 'PASSPORT' as never }, AB, '2025-06-01'))).toBe('subject');
      expect(errField(run(active(), { ...c, field: '' }, AB, '2025-06-01'))).toBe('field');
      expect(errField(run(active(), { ...c, newValue: '' }, AB, '2025-06-01'))).toBe('newValue');
    });

    it('END_PERIOD of a regional-pool project says it was not in the national pool', () => {
      const d = run(active(), { type: 'END_PERIOD', inNationalPool: false }, ADMIN, '2028-03-15');
      expect(d.ok && d.events[0]!.payload).toMatchObject({ poolStatus: 'NOT_IN_NATIONAL_POOL', basis: 'THREE_YEARS' });
      const n = run(active(), { type: 'END_PERIOD', inNationalPool: true }, ADMIN, '2028-03-15');
      expect(n.ok && n.events[0]!.payload).toMatchObject({ poolStatus: 'EXCLUDED' });
    });

    it('COMPLETE is refused while investor issues are not closed', () => {
      const complete = { type: 'COMPLETE' as const, finalAnalysis: 'all obligations met', obligationsFulfilled: true };
      expect(errField(run(active(), { ...complete, unresolvedIssues: 2 }, AB, '2026-01-10'))).toBe('issues');
      expect(okState(run(active(), { ...complete, unresolvedIssues: 0 }, AB, '2026-01-10')).status).toBe('M3_COMPLETED');
      const withIssue = okState(run(active(), { type: 'RAISE_ISSUE', issueId: 'i-1', text: 'customs' }, { ...INV, organizationId: 'org-inv' }, '2025-05-01'));
      expect(errCode(run(withIssue, complete, AB, '2026-01-10'))).toBe(DomainErrorCode.WRONG_STATE);
    });
  });
});
