import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  EVENT_TYPES,
  can,
  type Actor,
  type DomainEvent,
  type ProjectExcludedFromNationalPoolPayload,
  type RuleEdition,
} from '@ndip/domain';
import { CLOCK, OutboxWriter, PeriodicJob, RULE_EDITION, appendAudit, uuidv7, type Clock, type M3Job } from '@ndip/platform';
import { DataSource } from 'typeorm';
import { IssueService } from '../issue/issue.service';
import { KpiService } from '../kpi/kpi.service';
import { SYSTEM_ACTOR } from '../monitoring/m3-scope';
import { MonitoringRepository } from '../monitoring/monitoring.repository';
import { MonitoringService, applyM3State, monitoringView } from '../monitoring/monitoring.service';
import { M3_SETTINGS, type M3Settings } from '../post-investment.env';

export interface M3JobsResult {
  today: string;
  periodsEnded: number;
  excludedFromNationalPool: number;
  issuesEscalated: number;
  kpiReminders: number;
  kpiOverdue: number;
}

/**
 * The scheduled jobs of Module 3, by the service clock (`NDIP_FIXED_TODAY` pins it):
 * - PERIOD_END (SM-M3 P4/P5, SM-POOL Q7; rules.md §4.7): on the exclusion date the period ends and a
 *   national-pool project leaves the pool (`post-investment.project.excluded-from-national-pool`). A-24:
 *   the pool status moves by date even when AB completed the project earlier.
 * - ISSUE_SLA: unanswered issues past their SLA are flagged and escalated to the Council.
 * - KPI: overdue flags and reminders of the KPI plan.
 * Every row is processed in its own transaction with `FOR UPDATE SKIP LOCKED`, so replicas share the
 * work; events go through the outbox. `runOnce` is also the request-reply command (operators, tests).
 */
@Injectable()
export class M3JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('M3Jobs');
  private readonly job = new PeriodicJob('jobs', this.log, async () => {
    const r = await this.runOnce(SYSTEM_ACTOR, uuidv7());
    if (r.periodsEnded + r.excludedFromNationalPool + r.issuesEscalated + r.kpiReminders + r.kpiOverdue > 0) this.log.log(`jobs: ${JSON.stringify(r)}`);
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly periods: MonitoringRepository,
    private readonly monitoring: MonitoringService,
    private readonly issues: IssueService,
    private readonly kpi: KpiService,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
    @Inject(M3_SETTINGS) private readonly settings: M3Settings,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start(this.settings.jobIntervalMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** Runs the jobs once (all, or those named). §9.2 "Operate NDIP": NC, or ADMIN as operator. */
  async runOnce(actor: Actor, correlationId: string, jobs: readonly M3Job[] = ['PERIOD_END', 'ISSUE_SLA', 'KPI']): Promise<M3JobsResult> {
    if (!can(actor.role, 'platform.operate', this.edition.code, 'perform')) {
      throw new DomainError(DomainErrorCode.WRONG_ROLE, `${actor.role} may not run the Module 3 jobs`);
    }
    const result: M3JobsResult = {
      today: this.clock.today(),
      periodsEnded: 0,
      excludedFromNationalPool: 0,
      issuesEscalated: 0,
      kpiReminders: 0,
      kpiOverdue: 0,
    };
    if (jobs.includes('PERIOD_END')) Object.assign(result, await this.endDuePeriods(actor, correlationId));
    if (jobs.includes('ISSUE_SLA')) result.issuesEscalated = await this.issues.escalateBreaches(actor, correlationId);
    if (jobs.includes('KPI')) {
      const k = await this.kpi.runJob(actor, correlationId);
      result.kpiReminders = k.reminders;
      result.kpiOverdue = k.overdue;
    }
    return result;
  }

  private async endDuePeriods(actor: Actor, correlationId: string): Promise<{ periodsEnded: number; excludedFromNationalPool: number }> {
    const today = this.clock.today();
    const skip: string[] = [];
    const counts = { periodsEnded: 0, excludedFromNationalPool: 0 };
    for (;;) {
      const outcome = await this.dataSource.transaction(async (m) => {
        const period = await this.periods.nextDueForPeriodEnd(m, today, skip);
        if (!period) return 'none' as const;
        const before = monitoringView(period);
        const events: DomainEvent[] = [];
        let ended = false;
        if (period.status === 'OPEN') {
          try {
            const d = this.monitoring.decide(period, { type: 'END_PERIOD', inNationalPool: period.poolStatus === 'IN_NATIONAL_POOL' }, actor);
            applyM3State(period, d.state);
            events.push(...d.events);
            ended = true;
          } catch (e) {
            if (!(e instanceof DomainError)) throw e;
            this.log.warn(`period ${period.id} not ended: ${e.message}`);
            skip.push(period.id);
            return 'skipped' as const;
          }
        }
        let excluded = false;
        if (period.poolStatus === 'IN_NATIONAL_POOL') {
          period.poolStatus = 'EXCLUDED';
          period.poolExcludedOn = today;
          const payload: ProjectExcludedFromNationalPoolPayload = {
            projectId: period.projectId,
            monitoringId: period.id,
            regionCode: period.regionCode,
            excludedOn: today,
            effectiveFrom: period.exclusionRunsOn,
            basis: period.basis,
          };
          events.push({ type: EVENT_TYPES.projectExcludedFromNationalPool, version: 1, aggregateType: 'project', aggregateId: period.projectId, payload });
          excluded = true;
        }
        await this.periods.save(m, period);
        await this.outbox.append(m, events, { actor, correlationId, causationId: null, ruleEdition: this.edition.code, occurredAt: this.clock.now() });
        await appendAudit(m, {
          actor,
          action: excluded ? 'monitoring.period-end.exclude-from-national-pool' : 'monitoring.period-end',
          entityType: 'monitoring',
          entityId: period.id,
          oldValue: before,
          newValue: monitoringView(period),
          ruleEdition: this.edition.code,
          correlationId,
        });
        return { ended, excluded };
      });
      if (outcome === 'none') return counts;
      if (outcome === 'skipped') continue;
      if (outcome.ended) counts.periodsEnded++;
      if (outcome.excluded) counts.excludedFromNationalPool++;
    }
  }
}
