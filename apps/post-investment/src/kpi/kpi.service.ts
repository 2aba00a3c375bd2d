import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  decideM3KpiReport,
  getEdition,
  type Actor,
  type DomainEvent,
  type M3KpiCommand,
  type M3KpiReportState,
  type RuleEdition,
  type RuleEditionCode,
} from '@ndip/domain';
import {
  CLOCK,
  OutboxWriter,
  RULE_EDITION,
  appendAudit,
  type Clock,
  type CommandMessage,
  type ListKpiReportsCommand,
  type Page,
  type SubmitKpiReportCommand,
} from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { TO_M3_STATUS } from '../monitoring/m3-scope';
import type { MonitoringEntity } from '../monitoring/monitoring.entity';
import { MonitoringRepository } from '../monitoring/monitoring.repository';
import { MonitoringService } from '../monitoring/monitoring.service';
import { KpiReportEntity } from './kpi-report.entity';

export interface KpiReportView {
  id: string;
  projectId: string;
  periodNo: number;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  remindOn: string;
  status: string;
  remindedOn: string | null;
  overdue: boolean;
  overdueOn: string | null;
  figures: { jobsCreated: number | null; capitalSpentKzt: string | null; outputKzt: string | null };
  submittedOn: string | null;
  version: number;
}

export function kpiReportView(k: KpiReportEntity): KpiReportView {
  return {
    id: k.id,
    projectId: k.projectId,
    periodNo: k.periodNo,
    periodStart: k.periodStart,
    periodEnd: k.periodEnd,
    dueOn: k.dueOn,
    remindOn: k.remindOn,
    status: k.status,
    remindedOn: k.remindedOn,
    overdue: k.overdue,
    overdueOn: k.overdueOn,
    figures: { jobsCreated: k.jobsCreated, capitalSpentKzt: k.capitalSpentKzt, outputKzt: k.outputKzt },
    submittedOn: k.submittedOn,
    version: k.version,
  };
}

function stateOf(k: KpiReportEntity): M3KpiReportState {
  return {
    edition: k.edition as RuleEditionCode,
    reportId: k.id,
    monitoringId: k.monitoringId,
    projectId: k.projectId,
    periodNo: k.periodNo,
    periodStart: k.periodStart,
    periodEnd: k.periodEnd,
    dueOn: k.dueOn,
    remindOn: k.remindOn,
    status: k.status,
    remindedOn: k.remindedOn,
    overdue: k.overdue,
    overdueOn: k.overdueOn,
    jobsCreated: k.jobsCreated,
    capitalSpentKzt: k.capitalSpentKzt,
    outputKzt: k.outputKzt,
    submittedOn: k.submittedOn,
  };
}

const AGGREGATE = 'm3-kpi-report';

/** The KPI collection plan of the period (rules.md §10.3): the investor's figures, reminders and overdue flags. */
@Injectable()
export class KpiService {
  private readonly log = new Logger('KpiService');

  constructor(
    private readonly dataSource: DataSource,
    private readonly periods: MonitoringRepository,
    private readonly monitoring: MonitoringService,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  async list(q: ListKpiReportsCommand, actor: Actor): Promise<Page<KpiReportView>> {
    const period = await this.monitoring.visible(q.projectId, actor, q.investorBin);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const qb = this.dataSource.getRepository(KpiReportEntity).createQueryBuilder('k').where('k.monitoring_id = :id', { id: period.id });
    if (q.status) qb.andWhere('k.status = :status', { status: q.status });
    if (q.overdue) qb.andWhere('k.overdue = :overdue', { overdue: q.overdue === 'true' });
    const [rows, total] = await qb
      .orderBy('k.periodNo', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: rows.map(kpiReportView), total, page, pageSize };
  }

  async submit(c: SubmitKpiReportCommand, cmd: CommandMessage): Promise<KpiReportView> {
    return this.dataSource.transaction(async (m) => {
      const period = await this.monitoring.lockedVisible(m, c.projectId, cmd.actor, 'read', c.investorBin);
      const report = await m
        .getRepository(KpiReportEntity)
        .findOne({ where: { monitoringId: period.id, periodNo: c.periodNo }, lock: { mode: 'pessimistic_write' } });
      if (!report) throw new DomainError(DomainErrorCode.NOT_FOUND, `the KPI plan has no period ${c.periodNo}`, { field: 'periodNo' });
      const command: M3KpiCommand = { type: 'SUBMIT', jobsCreated: c.jobsCreated, capitalSpentKzt: c.capitalSpentKzt, outputKzt: c.outputKzt };
      const d = decideM3KpiReport(stateOf(report), command, this.ctx(cmd.actor, report.edition), this.env(period, c.investorBin));
      if (!d.ok) throw d.error;
      report.submittedByUserId = cmd.actor.userId;
      return this.save(m, report, d.state, d.events, cmd.actor, cmd.correlationId, 'kpi.submit');
    });
  }

  /**
   * The KPI job: flags overdue reports (not submitted after the due date) and reminds the investor of
   * reports due soon, one report per transaction with SKIP LOCKED. Returns the counts.
   */
  async runJob(actor: Actor, correlationId: string): Promise<{ reminders: number; overdue: number }> {
    const today = this.clock.today();
    const skip: string[] = [];
    const counts = { reminders: 0, overdue: 0 };
    for (;;) {
      const outcome = await this.dataSource.transaction(async (m) => {
        const rows = (await m.query(
          `SELECT k.id FROM m3_kpi_report k JOIN monitoring_period p ON p.id = k.monitoring_id
            WHERE k.status = 'PLANNED' AND p.status IN ('OPEN', 'PERIOD_ENDED') AND NOT (k.id = ANY($2::uuid[]))
              AND ((NOT k.overdue AND k.due_on < $1) OR (k.reminded_on IS NULL AND k.remind_on <= $1 AND k.due_on >= $1))
            ORDER BY k.due_on, k.id LIMIT 1 FOR UPDATE OF k SKIP LOCKED`,
          [today, skip],
        )) as { id: string }[];
        const id = rows[0]?.id;
        if (!id) return 'none' as const;
        const report = await m.getRepository(KpiReportEntity).findOneOrFail({ where: { id } });
        const period = await this.periods.findByIdLocked(m, report.monitoringId, 'read');
        const command: M3KpiCommand = report.dueOn < today ? { type: 'FLAG_OVERDUE' } : { type: 'REMIND' };
        const d = decideM3KpiReport(stateOf(report), command, this.ctx(actor, report.edition), this.env(period!, undefined));
        if (!d.ok) {
          this.log.warn(`KPI report ${id}: ${command.type} refused: ${d.error.message}`);
          skip.push(id);
          return 'skipped' as const;
        }
        await this.save(m, report, d.state, d.events, actor, correlationId, command.type === 'REMIND' ? 'kpi.remind' : 'kpi.flag-overdue');
        return command.type;
      });
      if (outcome === 'none') return counts;
      if (outcome === 'REMIND') counts.reminders++;
      if (outcome === 'FLAG_OVERDUE') counts.overdue++;
    }
  }

  private async save(
    m: EntityManager,
    report: KpiReportEntity,
    s: M3KpiReportState,
    events: DomainEvent[],
    actor: Actor,
    correlationId: string,
    action: string,
  ): Promise<KpiReportView> {
    const before = kpiReportView(report);
    Object.assign(report, {
      status: s.status,
      remindedOn: s.remindedOn,
      overdue: s.overdue,
      overdueOn: s.overdueOn,
      jobsCreated: s.jobsCreated,
      capitalSpentKzt: s.capitalSpentKzt,
      outputKzt: s.outputKzt,
      submittedOn: s.submittedOn,
    });
    await m.getRepository(KpiReportEntity).save(report);
    await this.outbox.append(m, events, { actor, correlationId, causationId: null, ruleEdition: this.edition.code, occurredAt: this.clock.now() });
    const after = kpiReportView(report);
    await appendAudit(m, {
      actor,
      action,
      entityType: AGGREGATE,
      entityId: report.id,
      oldValue: before,
      newValue: after,
      ruleEdition: this.edition.code,
      correlationId,
    });
    return after;
  }

  private ctx(actor: Actor, edition: string): { actor: Actor; today: string; edition: RuleEdition } {
    return { actor, today: this.clock.today(), edition: getEdition(edition as RuleEditionCode) };
  }

  private env(period: MonitoringEntity, investorBin: string | undefined) {
    return { periodStatus: TO_M3_STATUS[period.status], projectCompanyBin: period.companyBin, actorBin: investorBin ?? null };
  }
}
