import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  allowedStateServiceActions,
  decideStateService,
  isRegionCode,
  type Actor,
  type DomainEvent,
  type RuleEdition,
  type SvcCommand,
  type SvcCommandType,
  type SvcState,
  type SvcStatus,
} from '@ndip/domain';
import {
  CLOCK,
  RULE_EDITION,
  uuidv7,
  type Clock,
  type CommandMessage,
  type FileStateServiceCommand,
  type GetStateServiceCommand,
  type ListStateServicesCommand,
  type Page,
  type StateServiceTransitionCommand,
  ReferenceDataCache,
} from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { ImplementationOutbox } from '../common/implementation-outbox';
import { ProjectRepository, projectVisibleTo, scopedActor } from '../project/project.repository';
import { StateServiceEntity } from './state-service.entity';
import { StateServiceRepository, applicationVisibleTo } from './state-service.repository';

type Labels = { ru: string; kk: string; en: string };

/** Status labels shown to users (ru / kk / en). */
export const SVC_STATUS_LABELS: Record<SvcStatus, Labels> = {
  SUBMITTED: { ru: 'Подано', kk: 'Берілді', en: 'Submitted' },
  ACCEPTED: { ru: 'Принято фронт-офисом', kk: 'Фронт-офис қабылдады', en: 'Accepted by the front office' },
  AT_PROVIDER: { ru: 'У услугодателя', kk: 'Көрсетілетін қызметті берушіде', en: 'At the service provider' },
  RETURNED_BY_PROVIDER: { ru: 'Возвращено услугодателем', kk: 'Қызмет беруші қайтарды', en: 'Returned by the provider' },
  AWAITING_INVESTOR: { ru: 'Ожидает документы инвестора', kk: 'Инвестордың құжаттарын күтуде', en: 'Awaiting the investor’s documents' },
  RESUBMISSION: { ru: 'Документы дополнены', kk: 'Құжаттар толықтырылды', en: 'Documents completed' },
  RESULT_AT_FRONT_OFFICE: { ru: 'Результат во фронт-офисе', kk: 'Нәтиже фронт-офисте', en: 'Result at the front office' },
  ISSUED: { ru: 'Выдано', kk: 'Берілді (нәтиже)', en: 'Issued' },
};

export interface StateServiceView extends SvcState {
  id: string;
  regionCode: string;
  projectId: string | null;
  statusLabel: Labels;
  /** S05: the provider's term has passed and the result is not ready. */
  providerOverdue: boolean;
  /** S01–S03: the pending front-office step is late. */
  frontOfficeOverdue: boolean;
  allowedActions: SvcCommandType[];
  version: number;
}

const AGGREGATE = 'service-application';
const VIOLATION_BATCH = 100;

function fail(code: DomainErrorCode, message: string, field?: string): never {
  throw new DomainError(code, message, field ? { field } : {});
}

/**
 * SM-SVC orchestration (decideStateService; rules.md §8, 003 §22–28): the investor files an application to a
 * front office of a region; the front office (NC, NCR, RO) accepts it with a receipt and the promised result
 * date, forwards it to the provider within 1 WD, notifies the investor of a return within 1 WD; the provider
 * returns documents or issues the result; a provider past its term gets a violation notice (to it and the
 * quality-control body), sent by the front office or by the deadline job.
 */
@Injectable()
export class StateServiceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rows: StateServiceRepository,
    private readonly projects: ProjectRepository,
    private readonly out: ImplementationOutbox,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
    private readonly reference: ReferenceDataCache,
  ) {}

  async file(c: FileStateServiceCommand, cmd: CommandMessage): Promise<StateServiceView> {
    if (!isRegionCode(c.regionCode)) fail(DomainErrorCode.UNKNOWN_REFERENCE, `unknown region ${c.regionCode}`, 'regionCode');
    return this.dataSource.transaction(async (m) => {
      if (c.projectId) {
        const p = await this.projects.findForUpdate(m, c.projectId);
        if (!p || !projectVisibleTo(scopedActor(cmd.actor, c.investorBin), p)) fail(DomainErrorCode.NOT_FOUND, `project ${c.projectId} not found`, 'projectId');
      }
      const id = uuidv7(this.clock.now().getTime());
      const d = this.decide(
        null,
        { type: 'FILE', applicationId: id, applicantName: c.applicantName, services: c.services, documents: c.documents, consent: c.consent },
        cmd.actor,
      );
      const e = new StateServiceEntity();
      Object.assign(e, { id, regionCode: c.regionCode, projectId: c.projectId ?? null } satisfies Partial<StateServiceEntity>);
      return this.persist(m, e, null, d, cmd.actor, cmd.correlationId, 'service-application.file');
    });
  }

  async transition(c: StateServiceTransitionCommand, cmd: CommandMessage): Promise<StateServiceView> {
    return this.dataSource.transaction(async (m) => {
      const e = await this.rows.findForUpdate(m, c.applicationId);
      if (!e) fail(DomainErrorCode.NOT_FOUND, `application ${c.applicationId} not found`, 'applicationId');
      if (!applicationVisibleTo(cmd.actor, e)) {
        const field = cmd.actor.role === 'NCR' || cmd.actor.role === 'RO' ? 'regionCode' : 'actor.organizationId';
        fail(DomainErrorCode.WRONG_ROLE, `${c.action}: the application is not within your competence`, field);
      }
      const before = e.state;
      const d = this.decide(e.state, svcCommand(c), cmd.actor);
      return this.persist(m, e, before, d, cmd.actor, cmd.correlationId, `service-application.${c.action.toLowerCase()}`);
    });
  }

  async get(c: GetStateServiceCommand, actor: Actor): Promise<StateServiceView> {
    const e = await this.rows.findById(c.applicationId);
    if (!e || !applicationVisibleTo(actor, e)) fail(DomainErrorCode.NOT_FOUND, `application ${c.applicationId} not found`, 'applicationId');
    return this.view(e, actor);
  }

  async list(actor: Actor, q: ListStateServicesCommand): Promise<Page<StateServiceView>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const [rows, total] = await this.rows.page(actor, { status: q.status, projectId: q.projectId }, (page - 1) * pageSize, pageSize);
    return { items: rows.map((r) => this.view(r, actor)), total, page, pageSize };
  }

  /**
   * S10 by the deadline job: every application at a provider past its term gets the violation notice once per
   * provider term (the notice row is the idempotence key; a resend starts a new term).
   */
  async scanProviderViolations(
    today: string,
    actor: Actor,
    correlationId: string,
    notice: (m: EntityManager, id: string, dueOn: string) => Promise<boolean>,
  ): Promise<number> {
    let published = 0;
    for (;;) {
      const n = await this.dataSource.transaction(async (m) => {
        const batch = await this.rows.lockProviderOverdue(m, today, VIOLATION_BATCH);
        let sent = 0;
        for (const e of batch) {
          if (!(await notice(m, e.id, e.providerDueOn as string))) continue;
          const before = e.state;
          const d = this.decide(e.state, { type: 'NOTIFY_VIOLATION' }, actor);
          await this.persist(m, e, before, d, actor, correlationId, 'service-application.notify_violation');
          sent += 1;
        }
        return { locked: batch.length, sent };
      });
      published += n.sent;
      if (n.locked < VIOLATION_BATCH || n.sent === 0) return published;
    }
  }

  private decide(state: SvcState | null, command: SvcCommand, actor: Actor): { state: SvcState; events: DomainEvent[] } {
    const d = decideStateService(state, command, { actor, today: this.clock.today(), edition: this.edition, calendar: this.reference.calendar() });
    if (!d.ok) throw d.error;
    return d;
  }

  private async persist(
    m: EntityManager,
    e: StateServiceEntity,
    before: SvcState | null,
    d: { state: SvcState; events: DomainEvent[] },
    actor: Actor,
    correlationId: string,
    action: string,
  ): Promise<StateServiceView> {
    const s = d.state;
    Object.assign(e, {
      applicantOrganizationId: s.applicantOrganizationId,
      providerOrganizationId: s.providerOrganizationId,
      status: s.status,
      providerDueOn: s.providerDueOn,
      edition: s.edition,
      state: s,
    } satisfies Partial<StateServiceEntity>);
    await this.rows.save(m, e);
    await this.out.emit(m, d.events, actor, correlationId);
    await this.out.audit(m, actor, action, AGGREGATE, e.id, before, s, correlationId);
    return this.view(e, actor);
  }

  private view(e: StateServiceEntity, actor: Actor): StateServiceView {
    const today = this.clock.today();
    const s = e.state;
    return {
      ...s,
      id: e.id,
      regionCode: e.regionCode,
      projectId: e.projectId,
      statusLabel: SVC_STATUS_LABELS[s.status],
      providerOverdue: s.status === 'AT_PROVIDER' && s.providerDueOn !== null && today > s.providerDueOn,
      frontOfficeOverdue: s.frontOfficeDueOn !== null && today > s.frontOfficeDueOn,
      allowedActions: applicationVisibleTo(actor, e) ? allowedStateServiceActions(s, actor, { today, edition: this.edition }) : [],
      version: e.version,
    };
  }
}

function svcCommand(c: StateServiceTransitionCommand): SvcCommand {
  const need = <T>(v: T | undefined, field: string): T => {
    if (v === undefined || v === null) fail(DomainErrorCode.INVALID_INPUT, `${field} is required for ${c.action}`, field);
    return v;
  };
  switch (c.action) {
    case 'ACCEPT':
      return { type: 'ACCEPT', standardTerm: need(c.standardTerm, 'standardTerm') };
    case 'FORWARD':
      return { type: 'FORWARD', providerOrganizationId: need(c.providerOrganizationId, 'providerOrganizationId') };
    case 'RETURN_DOCUMENTS':
      return { type: 'RETURN_DOCUMENTS', reason: need(c.reason, 'reason') };
    case 'PROVIDE_DOCUMENTS':
      return { type: 'PROVIDE_DOCUMENTS', documents: need(c.documents, 'documents') };
    case 'HAND_OVER':
      return { type: 'HAND_OVER', receiptShown: need(c.receiptShown, 'receiptShown'), identityVerified: need(c.identityVerified, 'identityVerified') };
    default:
      return { type: c.action };
  }
}
