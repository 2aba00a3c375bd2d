import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  EVENT_TYPES,
  can,
  classifyPool,
  type Actor,
  type DomainEvent,
  type EventEnvelope,
  type ProjectCreatedPayload,
  type ProjectPoolClassifiedPayload,
  type ProjectTransferredToPostInvestmentPayload,
  type RuleEdition,
} from '@ndip/domain';
import {
  CLOCK,
  InitiativeConvertedContract,
  OutboxWriter,
  RULE_EDITION,
  appendAudit,
  uuidv7,
  type Clock,
  type CommandMessage,
  type CompleteProjectCommand,
  type EventHandler,
  type ListProjectsQueryDto,
  type Page,
} from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { ProjectEntity } from './project.entity';
import { ProjectRepository, projectVisibleTo } from './project.repository';

export interface ProjectView {
  id: string;
  initiativeId: string | null;
  companyId: string;
  companyName: string;
  companyBin: string;
  name: string;
  sector: string | null;
  regionCode: string;
  investmentAmountKzt: string;
  hasInvestmentContract: boolean;
  pool: { pool: 'NATIONAL' | 'REGIONAL'; mciYear: number; mciValue: number; amountMci: string };
  status: string;
  edition: string;
  validatedOn: string | null;
  createdOn: string;
  version: number;
}

function view(p: ProjectEntity): ProjectView {
  return {
    id: p.id,
    initiativeId: p.initiativeId,
    companyId: p.companyId,
    companyName: p.companyName,
    companyBin: p.companyBin,
    name: p.name,
    sector: p.sector,
    regionCode: p.regionCode,
    investmentAmountKzt: p.investmentAmountKzt,
    hasInvestmentContract: p.hasInvestmentContract,
    pool: { pool: p.pool, mciYear: p.poolMciYear, mciValue: p.poolMciValue, amountMci: p.poolAmountMci },
    status: p.status,
    edition: p.edition,
    validatedOn: p.validatedOn,
    createdOn: p.createdOn,
    version: p.version,
  };
}

const AGGREGATE = 'project';

/**
 * Project passports from converted initiatives (entry path P1/P2), pool classification by the
 * MCI of the year (libs/domain classifyPool), and the hand-over to Module 3.
 */
@Injectable()
export class ProjectService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly projects: ProjectRepository,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  eventHandlers(): EventHandler[] {
    const onConverted: EventHandler<InitiativeConvertedContract> = {
      type: EVENT_TYPES.initiativeConverted,
      payloadClass: InitiativeConvertedContract,
      handle: (m, e) => this.createFromInitiative(m, e),
    };
    return [onConverted as unknown as EventHandler];
  }

  /** Idempotent on the initiative id: a second conversion event (new id, same initiative) creates nothing. */
  async createFromInitiative(m: EntityManager, e: EventEnvelope<InitiativeConvertedContract>): Promise<void> {
    const p = e.payload;
    if (await this.projects.findByInitiative(m, p.initiativeId)) return;
    const createdOn = p.convertedOn;
    const pool = classifyPool(
      { amountKzt: p.investmentAmountKzt, hasInvestmentContract: p.hasInvestmentContract, year: Number(createdOn.slice(0, 4)) },
      { edition: this.edition.code },
    );
    const id = uuidv7(this.clock.now().getTime());
    const project = m.create(ProjectEntity, {
      id,
      initiativeId: p.initiativeId,
      companyId: p.companyId,
      companyName: p.companyName,
      companyBin: p.companyBin,
      name: p.projectName,
      sector: p.sector,
      regionCode: p.regionCode,
      investmentAmountKzt: p.investmentAmountKzt,
      hasInvestmentContract: p.hasInvestmentContract,
      pool: pool.pool,
      poolMciYear: pool.mciYear,
      poolMciValue: pool.mci,
      poolAmountMci: pool.amountMci,
      status: 'IMPLEMENTATION',
      edition: this.edition.code,
      validatedOn: null,
      investmentContractExpiresOn: null,
      createdOn,
    });
    await this.projects.save(m, project);
    const created: ProjectCreatedPayload = {
      projectId: id,
      initiativeId: p.initiativeId,
      companyId: p.companyId,
      name: p.projectName,
      regionCode: p.regionCode,
      investmentAmountKzt: p.investmentAmountKzt,
      createdOn,
    };
    const classified: ProjectPoolClassifiedPayload = {
      projectId: id,
      regionCode: p.regionCode,
      pool: pool.pool,
      mciYear: pool.mciYear,
      mciValue: pool.mci,
      amountMci: pool.amountMci,
    };
    await this.emit(
      m,
      [this.event(id, EVENT_TYPES.projectCreated, created), this.event(id, EVENT_TYPES.projectPoolClassified, classified)],
      e.actor,
      e.correlationId,
      e.id,
    );
    await appendAudit(m, {
      actor: e.actor,
      action: 'project.create-from-initiative',
      entityType: AGGREGATE,
      entityId: id,
      oldValue: null,
      newValue: view(project),
      ruleEdition: this.edition.code,
      correlationId: e.correlationId,
    });
  }

  /**
   * Foundation stand-in for the validation of the last roadmap task (000 §60: the National Chamber
   * validates; the project then goes to Module 3). The roadmap arrives with the Module 2 issue.
   */
  async complete(c: CompleteProjectCommand, cmd: CommandMessage): Promise<ProjectView> {
    if (!can(cmd.actor.role, 'task.validate', this.edition.code, 'approve')) {
      throw new DomainError(DomainErrorCode.WRONG_ROLE, `${cmd.actor.role} may not validate the last roadmap task`);
    }
    const validatedOn = c.validatedOn ?? this.clock.today();
    if (validatedOn > this.clock.today())
      throw new DomainError(DomainErrorCode.INVALID_INPUT, 'validatedOn may not be in the future', { field: 'validatedOn' });
    return this.dataSource.transaction(async (m) => {
      const p = await this.projects.findForUpdate(m, c.projectId);
      if (!p) throw new DomainError(DomainErrorCode.NOT_FOUND, `project ${c.projectId} not found`, { field: 'projectId' });
      if (p.status !== 'IMPLEMENTATION') throw new DomainError(DomainErrorCode.WRONG_STATE, `project is already in ${p.status}`, { status: p.status });
      if (validatedOn < p.createdOn)
        throw new DomainError(DomainErrorCode.INVALID_INPUT, 'validatedOn is before the project was created', { field: 'validatedOn' });
      const before = view(p);
      p.status = 'POST_INVESTMENT';
      p.validatedOn = validatedOn;
      p.investmentContractExpiresOn = c.investmentContractExpiresOn ?? null;
      await this.projects.save(m, p);
      const payload: ProjectTransferredToPostInvestmentPayload = {
        projectId: p.id,
        regionCode: p.regionCode,
        pool: p.pool,
        validatedOn,
        investmentContractExpiresOn: p.investmentContractExpiresOn,
      };
      await this.emit(m, [this.event(p.id, EVENT_TYPES.projectTransferredToPostInvestment, payload)], cmd.actor, cmd.correlationId, null);
      const after = view(p);
      await appendAudit(m, {
        actor: cmd.actor,
        action: 'project.complete',
        entityType: AGGREGATE,
        entityId: p.id,
        oldValue: before,
        newValue: after,
        ruleEdition: this.edition.code,
        correlationId: cmd.correlationId,
      });
      return after;
    });
  }

  async get(id: string, actor: Actor): Promise<ProjectView> {
    const p = await this.projects.findById(id);
    if (!p || !projectVisibleTo(actor, p.regionCode)) throw new DomainError(DomainErrorCode.NOT_FOUND, `project ${id} not found`, { field: 'id' });
    return view(p);
  }

  async list(actor: Actor, q: ListProjectsQueryDto): Promise<Page<ProjectView>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const [rows, total] = await this.projects.page(actor, { regionCode: q.regionCode, pool: q.pool }, (page - 1) * pageSize, pageSize);
    return { items: rows.map(view), total, page, pageSize };
  }

  private event<P>(projectId: string, type: string, payload: P): DomainEvent<P> {
    return { type, version: 1, aggregateType: AGGREGATE, aggregateId: projectId, payload };
  }

  private async emit(m: EntityManager, events: DomainEvent[], actor: Actor, correlationId: string, causationId: string | null): Promise<void> {
    await this.outbox.append(m, events, { actor, correlationId, causationId, ruleEdition: this.edition.code, occurredAt: this.clock.now() });
  }
}
