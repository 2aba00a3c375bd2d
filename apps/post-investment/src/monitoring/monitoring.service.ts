import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  EVENT_TYPES,
  decidePostInvestment,
  getEdition,
  contractEndOfChange,
  kpiReportingPlan,
  postInvestmentPeriod,
  reviseKpiPlan,
  type Actor,
  type DomainEvent,
  type EventEnvelope,
  type M3Command,
  type M3State,
  type MonitoringOpenedPayload,
  type RuleEdition,
  type RuleEditionCode,
} from '@ndip/domain';
import {
  CLOCK,
  OutboxWriter,
  ProjectTransferredToPostInvestmentContract,
  RULE_EDITION,
  appendAudit,
  uuidv7,
  type Clock,
  type CommandMessage,
  type CompleteMonitoringCommand,
  type EventHandler,
  type ListChangesCommand,
  type ListMonitoringCommand,
  type Page,
  type RecordChangeCommand,
} from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { InvestorService } from '../investor/investor.service';
import { KpiReportEntity } from '../kpi/kpi-report.entity';
import { M3_SETTINGS, type M3Settings } from '../post-investment.env';
import { ChangeEntity } from './change.entity';
import { FROM_M3_STATUS, TO_M3_STATUS, inScope, m3Scope } from './m3-scope';
import { MonitoringEntity } from './monitoring.entity';
import { MonitoringRepository } from './monitoring.repository';

export interface MonitoringView {
  id: string;
  projectId: string;
  regionCode: string;
  pool: string;
  startsOn: string;
  /** rules.md §4.7: the auto-exclusion date (3-year anniversary, or the contract's last day). */
  endsOn: string;
  investmentContractExpiresOn: string | null;
  basis: string;
  /** The day the period is over and the exclusion job acts. */
  exclusionRunsOn: string;
  poolStatus: string;
  poolExcludedOn: string | null;
  companyBin: string | null;
  status: string;
  periodEndedOn: string | null;
  completedOn: string | null;
  finalAnalysis: string | null;
  archivedOn: string | null;
  edition: string;
  version: number;
}

export function monitoringView(e: MonitoringEntity): MonitoringView {
  return {
    id: e.id,
    projectId: e.projectId,
    regionCode: e.regionCode,
    pool: e.pool,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    investmentContractExpiresOn: e.investmentContractExpiresOn,
    basis: e.basis,
    exclusionRunsOn: e.exclusionRunsOn,
    poolStatus: e.poolStatus,
    poolExcludedOn: e.poolExcludedOn,
    companyBin: e.companyBin,
    status: e.status,
    periodEndedOn: e.periodEndedOn,
    completedOn: e.completedOn,
    finalAnalysis: e.finalAnalysis,
    archivedOn: e.archivedOn,
    edition: e.edition,
    version: e.version,
  };
}

export interface ChangeView {
  id: string;
  projectId: string;
  subject: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string;
  recordedOn: string;
  recordedAt: string;
  recordedBy: { userId: string; organizationId: string; role: string };
}

export function changeView(c: ChangeEntity): ChangeView {
  return {
    id: c.id,
    projectId: c.projectId,
    subject: c.subject,
    field: c.field,
    oldValue: c.oldValue,
    newValue: c.newValue,
    reason: c.reason,
    recordedOn: c.recordedOn,
    recordedAt: c.recordedAt.toISOString(),
    recordedBy: { userId: c.recordedByUserId, organizationId: c.recordedByOrganizationId, role: c.recordedByRole },
  };
}

/** The SM-M3 state of a stored period (issues and changes live in their own tables; the machine decides the period). */
export function m3StateOf(e: MonitoringEntity): M3State {
  return {
    edition: e.edition as RuleEditionCode,
    monitoringId: e.id,
    projectId: e.projectId,
    regionCode: e.regionCode,
    investorOrganizationId: e.companyBin ?? '',
    status: TO_M3_STATUS[e.status],
    startsOn: e.startsOn,
    contractExpiresOn: e.investmentContractExpiresOn,
    endsOn: e.exclusionRunsOn,
    issues: [],
    changes: [],
    periodEndedOn: e.periodEndedOn,
    completedOn: e.completedOn,
    finalAnalysis: e.finalAnalysis,
    archivedOn: e.archivedOn,
  };
}

/** Applies a machine state back to the stored period. */
export function applyM3State(e: MonitoringEntity, s: M3State): void {
  e.status = FROM_M3_STATUS[s.status];
  e.periodEndedOn = s.periodEndedOn;
  e.completedOn = s.completedOn;
  e.finalAnalysis = s.finalAnalysis;
  e.archivedOn = s.archivedOn;
}

const AGGREGATE = 'monitoring';

/**
 * The post-investment period of a project (Module 3): opened when Module 2 hands the project over
 * (idempotent on the project id) with its KPI plan; the change log; the final analysis and completion.
 */
@Injectable()
export class MonitoringService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly periods: MonitoringRepository,
    private readonly investors: InvestorService,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
    @Inject(M3_SETTINGS) private readonly settings: M3Settings,
  ) {}

  eventHandlers(): EventHandler[] {
    const onTransferred: EventHandler<ProjectTransferredToPostInvestmentContract> = {
      type: EVENT_TYPES.projectTransferredToPostInvestment,
      payloadClass: ProjectTransferredToPostInvestmentContract,
      handle: (m, e) => this.open(m, e),
    };
    return [onTransferred as unknown as EventHandler];
  }

  /** rules.md §4.7, §2.2.7: start = validation date; end = 3 years later, or the contract's end. */
  async open(m: EntityManager, e: EventEnvelope<ProjectTransferredToPostInvestmentContract>): Promise<void> {
    const p = e.payload;
    if (await this.periods.findByProject(p.projectId, m)) return;
    const contractEnd = p.investmentContractExpiresOn ?? null;
    const period = postInvestmentPeriod({ enteredModule3On: p.validatedOn, investmentContractExpiresOn: contractEnd });
    const id = uuidv7(this.clock.now().getTime());
    const entity = m.create(MonitoringEntity, {
      id,
      projectId: p.projectId,
      regionCode: p.regionCode,
      pool: p.pool,
      startsOn: p.validatedOn,
      endsOn: period.endDate,
      investmentContractExpiresOn: contractEnd,
      basis: period.basis,
      exclusionRunsOn: period.exclusionRunsOn,
      poolStatus: p.pool === 'NATIONAL' ? 'IN_NATIONAL_POOL' : 'NOT_IN_NATIONAL_POOL',
      poolExcludedOn: null,
      companyBin: await this.investors.binOfProject(m, p.projectId),
      status: 'OPEN',
      periodEndedOn: null,
      completedOn: null,
      finalAnalysis: null,
      archivedOn: null,
      edition: this.edition.code,
    });
    await this.periods.insert(m, entity);
    // The KPI collection plan of the whole period (none when a contract ended before Module 3 began, A-54).
    const plan =
      period.exclusionRunsOn > p.validatedOn
        ? kpiReportingPlan(
            { startsOn: p.validatedOn, exclusionRunsOn: period.exclusionRunsOn },
            { frequency: this.settings.kpiFrequency, reminderDaysBefore: this.settings.kpiReminderDaysBefore },
          )
        : [];
    if (plan.length > 0) {
      await m.getRepository(KpiReportEntity).insert(
        plan.map((k) => ({
          id: uuidv7(this.clock.now().getTime()),
          monitoringId: id,
          projectId: p.projectId,
          periodNo: k.periodNo,
          periodStart: k.periodStart,
          periodEnd: k.periodEnd,
          dueOn: k.dueOn,
          remindOn: k.remindOn,
          status: 'PLANNED' as const,
          remindedOn: null,
          overdue: false,
          overdueOn: null,
          jobsCreated: null,
          capitalSpentKzt: null,
          outputKzt: null,
          submittedOn: null,
          submittedByUserId: null,
          edition: this.edition.code,
        })),
      );
    }
    const payload: MonitoringOpenedPayload = {
      monitoringId: id,
      projectId: p.projectId,
      regionCode: p.regionCode,
      startsOn: p.validatedOn,
      endsOn: period.endDate,
    };
    await this.outbox.append(m, [{ type: EVENT_TYPES.monitoringOpened, version: 1, aggregateType: AGGREGATE, aggregateId: p.projectId, payload }], {
      actor: e.actor,
      correlationId: e.correlationId,
      causationId: e.id,
      ruleEdition: this.edition.code,
      occurredAt: this.clock.now(),
    });
    await appendAudit(m, {
      actor: e.actor,
      action: 'monitoring.open',
      entityType: AGGREGATE,
      entityId: id,
      oldValue: null,
      newValue: { ...payload, exclusionRunsOn: period.exclusionRunsOn, basis: period.basis, kpiReports: plan.length },
      ruleEdition: this.edition.code,
      correlationId: e.correlationId,
    });
  }

  /** The period of a project if the caller may see it, else NOT_FOUND (§9.3). */
  async visible(projectId: string, actor: Actor, investorBin: string | undefined, m?: EntityManager): Promise<MonitoringEntity> {
    const e = await this.periods.findByProject(projectId, m);
    if (!e || !inScope(m3Scope(actor, investorBin), e)) {
      throw new DomainError(DomainErrorCode.NOT_FOUND, `no monitoring period for project ${projectId}`, { field: 'projectId' });
    }
    return e;
  }

  async byProject(projectId: string, actor: Actor, investorBin?: string): Promise<MonitoringView> {
    return monitoringView(await this.visible(projectId, actor, investorBin));
  }

  async list(actor: Actor, q: ListMonitoringCommand): Promise<Page<MonitoringView>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const [rows, total] = await this.periods.page(m3Scope(actor, q.investorBin), q, (page - 1) * pageSize, pageSize);
    return { items: rows.map(monitoringView), total, page, pageSize };
  }

  /** P3 (000 §62): AB records a change of the project or its investment contract: what, old → new, why. */
  async recordChange(c: RecordChangeCommand, cmd: CommandMessage): Promise<ChangeView> {
    return this.dataSource.transaction(async (m) => {
      const period = await this.lockedVisible(m, c.projectId, cmd.actor, 'write');
      const d = this.decide(
        period,
        { type: 'RECORD_CHANGE', description: c.reason, subject: c.subject, field: c.field, oldValue: c.oldValue ?? null, newValue: c.newValue ?? null },
        cmd.actor,
      );
      const recorded = d.state.changes[d.state.changes.length - 1]!;
      const change = m.create(ChangeEntity, {
        id: uuidv7(this.clock.now().getTime()),
        monitoringId: period.id,
        projectId: period.projectId,
        subject: c.subject,
        field: c.field,
        oldValue: recorded.oldValue ?? null,
        newValue: recorded.newValue ?? null,
        reason: c.reason,
        recordedOn: recorded.recordedOn,
        recordedAt: this.clock.now(),
        recordedByUserId: cmd.actor.userId,
        recordedByOrganizationId: cmd.actor.organizationId,
        recordedByRole: cmd.actor.role,
        edition: period.edition,
      });
      await this.periods.insertChange(m, change);
      const contractEnd = contractEndOfChange({ subject: c.subject, field: c.field, newValue: c.newValue ?? null });
      if (contractEnd !== undefined) await this.moveEnd(m, period, contractEnd, cmd);
      await this.emit(
        m,
        d.events.map((ev) => ({ ...ev, payload: { ...(ev.payload as object), changeId: change.id } })),
        cmd,
      );
      const view = changeView(change);
      await appendAudit(m, {
        actor: cmd.actor,
        action: 'monitoring.record-change',
        entityType: 'm3-change',
        entityId: change.id,
        oldValue: null,
        newValue: view,
        ruleEdition: this.edition.code,
        correlationId: cmd.correlationId,
      });
      return view;
    });
  }

  /**
   * A change of the investment contract's last day (change log, field `contractExpiresOn`) moves the end of the
   * period (rules.md §4.7: the contract's end, or 3 years when there is no contract any more) and revises the
   * KPI plan: new periods added, planned ones re-cut or removed, submitted reports kept as reported. Only while
   * the period runs: once it ended (the project left the pool) a new contract day changes nothing of it.
   */
  private async moveEnd(m: EntityManager, period: MonitoringEntity, contractEnd: string | null, cmd: CommandMessage): Promise<void> {
    if (period.status !== 'OPEN') {
      throw new DomainError(DomainErrorCode.WRONG_STATE, 'the post-investment period has ended: its end date no longer moves', { field: 'newValue' });
    }
    const before = {
      endsOn: period.endsOn,
      exclusionRunsOn: period.exclusionRunsOn,
      basis: period.basis,
      investmentContractExpiresOn: period.investmentContractExpiresOn,
    };
    const next = postInvestmentPeriod({ enteredModule3On: period.startsOn, investmentContractExpiresOn: contractEnd });
    period.endsOn = next.endDate;
    period.exclusionRunsOn = next.exclusionRunsOn;
    period.basis = next.basis;
    period.investmentContractExpiresOn = contractEnd;
    await this.periods.save(m, period);
    const repo = m.getRepository(KpiReportEntity);
    const stored = await repo.find({ where: { monitoringId: period.id } });
    const revision = reviseKpiPlan(
      stored.map((k) => ({
        periodNo: k.periodNo,
        periodStart: k.periodStart,
        periodEnd: k.periodEnd,
        dueOn: k.dueOn,
        remindOn: k.remindOn,
        submitted: k.status === 'SUBMITTED',
      })),
      { startsOn: period.startsOn, exclusionRunsOn: next.exclusionRunsOn },
      { frequency: this.settings.kpiFrequency, reminderDaysBefore: this.settings.kpiReminderDaysBefore },
    );
    const today = this.clock.today();
    for (const u of revision.update) {
      // A re-cut period is judged on its new due date.
      const was = stored.find((k) => k.periodNo === u.periodNo)!;
      const overdue = was.overdue && u.dueOn < today;
      await repo.update(
        { monitoringId: period.id, periodNo: u.periodNo },
        { periodStart: u.periodStart, periodEnd: u.periodEnd, dueOn: u.dueOn, remindOn: u.remindOn, overdue, overdueOn: overdue ? was.overdueOn : null },
      );
    }
    if (revision.remove.length > 0)
      await m.query(`DELETE FROM m3_kpi_report WHERE monitoring_id = $1 AND period_no = ANY($2::int[]) AND status = 'PLANNED'`, [period.id, revision.remove]);
    if (revision.add.length > 0) {
      await repo.insert(
        revision.add.map((k) => ({
          id: uuidv7(this.clock.now().getTime()),
          monitoringId: period.id,
          projectId: period.projectId,
          periodNo: k.periodNo,
          periodStart: k.periodStart,
          periodEnd: k.periodEnd,
          dueOn: k.dueOn,
          remindOn: k.remindOn,
          status: 'PLANNED' as const,
          remindedOn: null,
          overdue: false,
          overdueOn: null,
          jobsCreated: null,
          capitalSpentKzt: null,
          outputKzt: null,
          submittedOn: null,
          submittedByUserId: null,
          edition: period.edition,
        })),
      );
    }
    await appendAudit(m, {
      actor: cmd.actor,
      action: 'monitoring.move-end',
      entityType: AGGREGATE,
      entityId: period.id,
      oldValue: before,
      newValue: {
        endsOn: period.endsOn,
        exclusionRunsOn: period.exclusionRunsOn,
        basis: period.basis,
        investmentContractExpiresOn: contractEnd,
        kpiPlan: {
          added: revision.add.map((k) => k.periodNo),
          updated: revision.update.map((k) => k.periodNo),
          removed: revision.remove,
          keptSubmitted: revision.keptSubmitted,
        },
      },
      ruleEdition: this.edition.code,
      correlationId: cmd.correlationId,
    });
  }

  async listChanges(q: ListChangesCommand, actor: Actor): Promise<Page<ChangeView>> {
    const period = await this.visible(q.projectId, actor, q.investorBin);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const [rows, total] = await this.periods.changes(period.id, q, (page - 1) * pageSize, pageSize);
    return { items: rows.map(changeView), total, page, pageSize };
  }

  /** P6 (000 §62–63): the final analysis and completion by AB, once all obligations are fulfilled and no issue is open. */
  async complete(c: CompleteMonitoringCommand, cmd: CommandMessage): Promise<MonitoringView> {
    return this.dataSource.transaction(async (m) => {
      const period = await this.lockedVisible(m, c.projectId, cmd.actor, 'write');
      const rows = (await m.query(`SELECT count(*)::int AS n FROM m3_issue WHERE monitoring_id = $1 AND status <> 'CLOSED'`, [period.id])) as { n: number }[];
      const before = monitoringView(period);
      const d = this.decide(
        period,
        { type: 'COMPLETE', finalAnalysis: c.finalAnalysis, obligationsFulfilled: c.obligationsFulfilled, unresolvedIssues: rows[0]?.n ?? 0 },
        cmd.actor,
      );
      applyM3State(period, d.state);
      await this.periods.save(m, period);
      await this.emit(m, d.events, cmd);
      const after = monitoringView(period);
      await appendAudit(m, {
        actor: cmd.actor,
        action: 'monitoring.complete',
        entityType: AGGREGATE,
        entityId: period.id,
        oldValue: before,
        newValue: after,
        ruleEdition: this.edition.code,
        correlationId: cmd.correlationId,
      });
      return after;
    });
  }

  /** Loads the period locked, NOT_FOUND when the caller may not see it. */
  async lockedVisible(m: EntityManager, projectId: string, actor: Actor, mode: 'write' | 'read', investorBin?: string): Promise<MonitoringEntity> {
    const e = await this.periods.findByProjectLocked(m, projectId, mode);
    if (!e || !inScope(m3Scope(actor, investorBin), e)) {
      throw new DomainError(DomainErrorCode.NOT_FOUND, `no monitoring period for project ${projectId}`, { field: 'projectId' });
    }
    return e;
  }

  /** Runs SM-M3 on the stored period; a refusal is thrown as the DomainError. */
  decide(period: MonitoringEntity, command: M3Command, actor: Actor): { state: M3State; events: DomainEvent[] } {
    const d = decidePostInvestment(m3StateOf(period), command, { actor, today: this.clock.today(), edition: getEdition(period.edition as RuleEditionCode) });
    if (!d.ok) throw d.error;
    return { state: d.state, events: d.events };
  }

  private async emit(m: EntityManager, events: DomainEvent[], cmd: CommandMessage): Promise<void> {
    await this.outbox.append(m, events, {
      actor: cmd.actor,
      correlationId: cmd.correlationId,
      causationId: null,
      ruleEdition: this.edition.code,
      occurredAt: this.clock.now(),
    });
  }
}
