import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DomainError,
  DomainErrorCode,
  EVENT_TYPES,
  postInvestmentEndDate,
  type Actor,
  type EventEnvelope,
  type MonitoringOpenedPayload,
  type RuleEdition,
} from '@ndip/domain';
import {
  CLOCK,
  OutboxWriter,
  ProjectTransferredToPostInvestmentContract,
  RULE_EDITION,
  appendAudit,
  uuidv7,
  type Clock,
  type EventHandler,
  type Page,
} from '@ndip/platform';
import type { EntityManager, Repository } from 'typeorm';
import { MonitoringEntity } from './monitoring.entity';

export interface MonitoringView {
  id: string;
  projectId: string;
  regionCode: string;
  pool: string;
  startsOn: string;
  endsOn: string;
  status: string;
  edition: string;
}

function view(e: MonitoringEntity): MonitoringView {
  return {
    id: e.id,
    projectId: e.projectId,
    regionCode: e.regionCode,
    pool: e.pool,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    status: e.status,
    edition: e.edition,
  };
}

const NATIONWIDE: readonly Actor['role'][] = ['NC', 'AB', 'CIA'];
const REGIONAL: readonly Actor['role'][] = ['MIO', 'NCR', 'RO', 'RIHQ'];

function visible(actor: Actor, regionCode: string): boolean {
  return NATIONWIDE.includes(actor.role) || (REGIONAL.includes(actor.role) && actor.regionCode === regionCode);
}

/** Opens the monitoring period when Module 2 hands a project over (idempotent on the project id). */
@Injectable()
export class MonitoringService {
  constructor(
    @InjectRepository(MonitoringEntity) private readonly repo: Repository<MonitoringEntity>,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  eventHandlers(): EventHandler[] {
    const onTransferred: EventHandler<ProjectTransferredToPostInvestmentContract> = {
      type: EVENT_TYPES.projectTransferredToPostInvestment,
      payloadClass: ProjectTransferredToPostInvestmentContract,
      handle: (m, e) => this.open(m, e),
    };
    return [onTransferred as unknown as EventHandler];
  }

  async open(m: EntityManager, e: EventEnvelope<ProjectTransferredToPostInvestmentContract>): Promise<void> {
    const p = e.payload;
    const repo = m.getRepository(MonitoringEntity);
    if (await repo.findOne({ where: { projectId: p.projectId } })) return;
    const endsOn = postInvestmentEndDate({ enteredModule3On: p.validatedOn, investmentContractExpiresOn: p.investmentContractExpiresOn ?? null });
    const id = uuidv7(this.clock.now().getTime());
    const entity = repo.create({
      id,
      projectId: p.projectId,
      regionCode: p.regionCode,
      pool: p.pool,
      startsOn: p.validatedOn,
      endsOn,
      investmentContractExpiresOn: p.investmentContractExpiresOn ?? null,
      status: 'OPEN',
      edition: this.edition.code,
    });
    await repo.insert(entity);
    const payload: MonitoringOpenedPayload = { monitoringId: id, projectId: p.projectId, regionCode: p.regionCode, startsOn: p.validatedOn, endsOn };
    await this.outbox.append(m, [{ type: EVENT_TYPES.monitoringOpened, version: 1, aggregateType: 'monitoring', aggregateId: p.projectId, payload }], {
      actor: e.actor,
      correlationId: e.correlationId,
      causationId: e.id,
      ruleEdition: this.edition.code,
      occurredAt: this.clock.now(),
    });
    await appendAudit(m, {
      actor: e.actor,
      action: 'monitoring.open',
      entityType: 'monitoring',
      entityId: id,
      oldValue: null,
      newValue: payload,
      ruleEdition: this.edition.code,
      correlationId: e.correlationId,
    });
  }

  async byProject(projectId: string, actor: Actor): Promise<MonitoringView> {
    const e = await this.repo.findOne({ where: { projectId } });
    if (!e || !visible(actor, e.regionCode))
      throw new DomainError(DomainErrorCode.NOT_FOUND, `no monitoring period for project ${projectId}`, { field: 'projectId' });
    return view(e);
  }

  async list(actor: Actor, page = 1, pageSize = 50): Promise<Page<MonitoringView>> {
    const qb = this.repo.createQueryBuilder('m');
    if (REGIONAL.includes(actor.role)) qb.andWhere('m.region_code = :r', { r: actor.regionCode ?? '-' });
    else if (!NATIONWIDE.includes(actor.role)) qb.andWhere('1 = 0');
    const [rows, total] = await qb
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: rows.map(view), total, page, pageSize };
  }
}
