import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DomainError,
  DomainErrorCode,
  decideM3Issue,
  getEdition,
  type Actor,
  type DomainEvent,
  type M3IssueCommand,
  type M3IssueState,
  type RuleEdition,
  type RuleEditionCode,
  type WorkingDayCalendar,
} from '@ndip/domain';
import {
  CLOCK,
  OutboxWriter,
  RULE_EDITION,
  appendAudit,
  uuidv7,
  type AnswerIssueCommand,
  type AssignIssueCommand,
  type Clock,
  type CommandMessage,
  type IssueIdCommand,
  type ListIssuesCommand,
  type Page,
  type RaiseIssueCommand,
  type TriageIssueCommand,
  ReferenceDataCache,
} from '@ndip/platform';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { applyScope, inScope, m3Scope, sortOf, TO_M3_STATUS } from '../monitoring/m3-scope';
import type { MonitoringEntity } from '../monitoring/monitoring.entity';
import { MonitoringRepository } from '../monitoring/monitoring.repository';
import { MonitoringService } from '../monitoring/monitoring.service';
import { M3_SETTINGS, type M3Settings } from '../post-investment.env';
import { IssueEntity } from './issue.entity';

export interface IssueView {
  id: string;
  projectId: string;
  monitoringId: string;
  regionCode: string;
  companyBin: string;
  kind: string;
  category: string;
  title: string;
  description: string;
  status: string;
  raisedOn: string;
  raisedBy: { userId: string; organizationId: string };
  sla: { workingDays: number; dueOn: string; breached: boolean; escalatedOn: string | null };
  triageNote: string | null;
  assignedAgency: string | null;
  assignedOn: string | null;
  answer: string | null;
  answeredOn: string | null;
  closedOn: string | null;
  version: number;
}

export function issueView(i: IssueEntity): IssueView {
  return {
    id: i.id,
    projectId: i.projectId,
    monitoringId: i.monitoringId,
    regionCode: i.regionCode,
    companyBin: i.companyBin,
    kind: i.kind,
    category: i.category,
    title: i.title,
    description: i.description,
    status: i.status,
    raisedOn: i.raisedOn,
    raisedBy: { userId: i.raisedByUserId, organizationId: i.raisedByOrganizationId },
    sla: { workingDays: i.slaWorkingDays, dueOn: i.dueOn, breached: i.slaBreached, escalatedOn: i.escalatedOn },
    triageNote: i.triageNote,
    assignedAgency: i.assignedAgency,
    assignedOn: i.assignedOn,
    answer: i.answer,
    answeredOn: i.answeredOn,
    closedOn: i.closedOn,
    version: i.version,
  };
}

function stateOf(i: IssueEntity): M3IssueState {
  return {
    edition: i.edition as RuleEditionCode,
    issueId: i.id,
    monitoringId: i.monitoringId,
    projectId: i.projectId,
    regionCode: i.regionCode,
    companyBin: i.companyBin,
    kind: i.kind,
    category: i.category,
    title: i.title,
    description: i.description,
    status: i.status,
    raisedOn: i.raisedOn,
    slaWorkingDays: i.slaWorkingDays,
    dueOn: i.dueOn,
    triageNote: i.triageNote,
    assignedAgency: i.assignedAgency,
    assignedOn: i.assignedOn,
    answer: i.answer,
    answeredOn: i.answeredOn,
    closedOn: i.closedOn,
    slaBreached: i.slaBreached,
    escalatedOn: i.escalatedOn,
  };
}

function apply(i: IssueEntity, s: M3IssueState): void {
  Object.assign(i, {
    category: s.category,
    status: s.status,
    slaWorkingDays: s.slaWorkingDays,
    dueOn: s.dueOn,
    triageNote: s.triageNote,
    assignedAgency: s.assignedAgency,
    assignedOn: s.assignedOn,
    answer: s.answer,
    answeredOn: s.answeredOn,
    closedOn: s.closedOn,
    slaBreached: s.slaBreached,
    escalatedOn: s.escalatedOn,
  });
}

const AGGREGATE = 'm3-issue';

/**
 * Problem issues and climate proposals of the investor (SM-M3 P1/P2; 000 §61): raised by the project's
 * investor company, triaged, assigned to the responsible agency, answered and closed by AB (NC), with an
 * SLA per category whose breach the job escalates to the Council.
 */
@Injectable()
export class IssueService {
  private readonly log = new Logger('IssueService');

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(IssueEntity) private readonly issues: Repository<IssueEntity>,
    private readonly periods: MonitoringRepository,
    private readonly monitoring: MonitoringService,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
    @Inject(M3_SETTINGS) private readonly settings: M3Settings,
    private readonly reference: ReferenceDataCache,
  ) {}

  async raise(c: RaiseIssueCommand, cmd: CommandMessage): Promise<IssueView> {
    return this.dataSource.transaction(async (m) => {
      // The period is share-locked: completion and archive (which lock it for update) wait for this issue.
      const period = await this.monitoring.lockedVisible(m, c.projectId, cmd.actor, 'read', c.investorBin);
      const id = uuidv7(this.clock.now().getTime());
      const command: M3IssueCommand = {
        type: 'RAISE',
        issueId: id,
        monitoringId: period.id,
        projectId: period.projectId,
        regionCode: period.regionCode,
        kind: c.kind,
        category: c.category,
        title: c.title,
        description: c.description,
      };
      const { state, events } = this.decide(null, command, cmd.actor, period, c.investorBin);
      const issue = m.create(IssueEntity, {
        id,
        monitoringId: period.id,
        projectId: period.projectId,
        regionCode: period.regionCode,
        companyBin: state.companyBin,
        raisedByUserId: cmd.actor.userId,
        raisedByOrganizationId: cmd.actor.organizationId,
        kind: state.kind,
        title: state.title,
        description: state.description,
        raisedOn: state.raisedOn,
        edition: state.edition,
      });
      apply(issue, state);
      await m.getRepository(IssueEntity).insert(issue);
      const saved = await m.getRepository(IssueEntity).findOneOrFail({ where: { id } });
      await this.emit(m, events, cmd.actor, cmd.correlationId);
      const after = issueView(saved);
      await appendAudit(m, {
        actor: cmd.actor,
        action: 'issue.raise',
        entityType: AGGREGATE,
        entityId: id,
        oldValue: null,
        newValue: after,
        ruleEdition: this.edition.code,
        correlationId: cmd.correlationId,
      });
      return after;
    });
  }

  triage(c: TriageIssueCommand, cmd: CommandMessage): Promise<IssueView> {
    return this.transition(c.issueId, { type: 'TRIAGE', category: c.category, note: c.note }, cmd, 'issue.triage');
  }

  assign(c: AssignIssueCommand, cmd: CommandMessage): Promise<IssueView> {
    return this.transition(c.issueId, { type: 'ASSIGN', agency: c.agency }, cmd, 'issue.assign');
  }

  answer(c: AnswerIssueCommand, cmd: CommandMessage): Promise<IssueView> {
    return this.transition(c.issueId, { type: 'ANSWER', answer: c.answer }, cmd, 'issue.answer');
  }

  close(c: IssueIdCommand, cmd: CommandMessage): Promise<IssueView> {
    return this.transition(c.issueId, { type: 'CLOSE' }, cmd, 'issue.close');
  }

  async get(c: IssueIdCommand, actor: Actor): Promise<IssueView> {
    const i = await this.issues.findOne({ where: { id: c.issueId } });
    if (!i || !inScope(m3Scope(actor, c.investorBin), i))
      throw new DomainError(DomainErrorCode.NOT_FOUND, `issue ${c.issueId} not found`, { field: 'issueId' });
    return issueView(i);
  }

  async list(q: ListIssuesCommand, actor: Actor): Promise<Page<IssueView>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const qb = applyScope(this.issues.createQueryBuilder('i'), 'i', m3Scope(actor, q.investorBin));
    if (q.projectId) qb.andWhere('i.project_id = :projectId', { projectId: q.projectId });
    if (q.status) qb.andWhere('i.status = :status', { status: q.status });
    if (q.category) qb.andWhere('i.category = :category', { category: q.category });
    if (q.kind) qb.andWhere('i.kind = :kind', { kind: q.kind });
    if (q.slaBreached) qb.andWhere('i.sla_breached = :breached', { breached: q.slaBreached === 'true' });
    const s = sortOf(q.sort, '-raisedOn', { raisedOn: 'i.raisedOn', dueOn: 'i.dueOn' });
    const [rows, total] = await qb
      .orderBy(s.column, s.order)
      .addOrderBy('i.createdAt', s.order)
      .addOrderBy('i.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: rows.map(issueView), total, page, pageSize };
  }

  /**
   * The SLA job: every unanswered issue past its due date is flagged and escalated to the Council,
   * one issue per transaction, locked with SKIP LOCKED so replicas share the work. Returns the count.
   */
  async escalateBreaches(actor: Actor, correlationId: string): Promise<number> {
    const today = this.clock.today();
    const skip: string[] = [];
    let done = 0;
    for (;;) {
      const outcome = await this.dataSource.transaction(async (m) => {
        const rows = (await m.query(
          `SELECT id FROM m3_issue WHERE escalated_on IS NULL AND status IN ('OPEN', 'TRIAGED', 'ASSIGNED') AND due_on < $1 AND NOT (id = ANY($2::uuid[]))
            ORDER BY due_on, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [today, skip],
        )) as { id: string }[];
        const id = rows[0]?.id;
        if (!id) return 'none' as const;
        const issue = await m.getRepository(IssueEntity).findOneOrFail({ where: { id } });
        const period = await this.periods.findByIdLocked(m, issue.monitoringId, 'read');
        const d = decideM3Issue(stateOf(issue), { type: 'ESCALATE' }, this.ctx(actor, issue.edition), this.env(period!, undefined));
        if (!d.ok) {
          this.log.warn(`issue ${id} not escalated: ${d.error.message}`);
          skip.push(id);
          return 'skipped' as const;
        }
        await this.save(m, issue, d.state, d.events, actor, correlationId, 'issue.escalate');
        return 'escalated' as const;
      });
      if (outcome === 'none') return done;
      if (outcome === 'escalated') done++;
    }
  }

  private async transition(issueId: string, command: M3IssueCommand, cmd: CommandMessage, action: string): Promise<IssueView> {
    return this.dataSource.transaction(async (m) => {
      const issue = await m.getRepository(IssueEntity).findOne({ where: { id: issueId }, lock: { mode: 'pessimistic_write' } });
      if (!issue || !inScope(m3Scope(cmd.actor, undefined), issue))
        throw new DomainError(DomainErrorCode.NOT_FOUND, `issue ${issueId} not found`, { field: 'issueId' });
      const period = await this.periods.findByIdLocked(m, issue.monitoringId, 'read');
      const { state, events } = this.decide(issue, command, cmd.actor, period!, undefined);
      return this.save(m, issue, state, events, cmd.actor, cmd.correlationId, action);
    });
  }

  private async save(
    m: EntityManager,
    issue: IssueEntity,
    state: M3IssueState,
    events: DomainEvent[],
    actor: Actor,
    correlationId: string,
    action: string,
  ): Promise<IssueView> {
    const before = issueView(issue);
    apply(issue, state);
    await m.getRepository(IssueEntity).save(issue);
    await this.emit(m, events, actor, correlationId);
    const after = issueView(issue);
    await appendAudit(m, {
      actor,
      action,
      entityType: AGGREGATE,
      entityId: issue.id,
      oldValue: before,
      newValue: after,
      ruleEdition: this.edition.code,
      correlationId,
    });
    return after;
  }

  private decide(
    issue: IssueEntity | null,
    command: M3IssueCommand,
    actor: Actor,
    period: MonitoringEntity,
    investorBin: string | undefined,
  ): { state: M3IssueState; events: DomainEvent[] } {
    const d = decideM3Issue(issue ? stateOf(issue) : null, command, this.ctx(actor, issue?.edition ?? period.edition), this.env(period, investorBin));
    if (!d.ok) throw d.error;
    return { state: d.state, events: d.events };
  }

  private ctx(actor: Actor, edition: string): { actor: Actor; today: string; edition: RuleEdition; calendar: WorkingDayCalendar } {
    // Issue 13: working days with the decreed transfers of the reference-data store.
    return { actor, today: this.clock.today(), edition: getEdition(edition as RuleEditionCode), calendar: this.reference.calendar() };
  }

  private env(period: MonitoringEntity, investorBin: string | undefined) {
    return {
      periodStatus: TO_M3_STATUS[period.status],
      projectCompanyBin: period.companyBin,
      actorBin: investorBin ?? null,
      slaTable: this.settings.issueSla,
    };
  }

  private async emit(m: EntityManager, events: DomainEvent[], actor: Actor, correlationId: string): Promise<void> {
    await this.outbox.append(m, events, { actor, correlationId, causationId: null, ruleEdition: this.edition.code, occurredAt: this.clock.now() });
  }
}
