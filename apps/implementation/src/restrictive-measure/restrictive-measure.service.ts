import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  actionExistsIn,
  allowedProsecutorCaseActions,
  allowedProsecutorFilterActions,
  decideProsecutorCase,
  decideProsecutorFilter,
  type Actor,
  type DomainEvent,
  type PfCaseCommand,
  type PfCaseCommandType,
  type PfCaseState,
  type PfCommand,
  type PfCommandType,
  type PfState,
  type RuleEdition,
} from '@ndip/domain';
import {
  CLOCK,
  RULE_EDITION,
  uuidv7,
  type Clock,
  type CommandMessage,
  type DraftRestrictiveMeasureCommand,
  type ListProsecutorCasesCommand,
  type ListRestrictiveMeasuresCommand,
  type Page,
  type ProsecutorCaseTransitionCommand,
  type RegisterProsecutorCaseCommand,
  type RestrictiveMeasureTransitionCommand,
} from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { ImplementationOutbox } from '../common/implementation-outbox';
import type { ProjectEntity } from '../project/project.entity';
import { ProjectRepository, projectVisibleTo, scopedActor, type ScopedActor } from '../project/project.repository';
import { ProsecutorCaseEntity, RestrictiveMeasureEntity } from './restrictive-measure.entity';
import { RestrictiveMeasureRepository, caseVisibleTo, measureVisibleTo } from './restrictive-measure.repository';

export interface RestrictiveMeasureView extends PfState {
  id: string;
  investorBin: string | null;
  allowedActions: PfCommandType[];
  version: number;
}

export interface ProsecutorCaseView extends PfCaseState {
  id: string;
  allowedActions: PfCaseCommandType[];
  version: number;
}

function fail(code: DomainErrorCode, message: string, field?: string, extra: Record<string, unknown> = {}): never {
  throw new DomainError(code, message, { ...(field ? { field } : {}), ...extra });
}

/**
 * [E001] Prosecutor filter (rules.md §7; 001 §57–60). Restrictive measures (K1) and tax-inspection acts (K3)
 * about an investor with a Module 2 project go to the routed prosecutor for approval (decideProsecutorFilter);
 * administrative cases (K2) and lawsuits (K4) are registered for the legality assessment (decideProsecutorCase).
 * Routing by the project's region (passport field 5): local bodies → PRR of that region, central bodies → PRG.
 * Under E000 every command is NOT_IN_EDITION (the §9.2 rows are [E001]).
 */
@Injectable()
export class RestrictiveMeasureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rows: RestrictiveMeasureRepository,
    private readonly projects: ProjectRepository,
    private readonly out: ImplementationOutbox,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  async draft(c: DraftRestrictiveMeasureCommand, cmd: CommandMessage): Promise<RestrictiveMeasureView> {
    this.requireEdition();
    return this.dataSource.transaction(async (m) => {
      const p = await this.project(m, c.projectId, cmd.actor);
      const id = uuidv7(this.clock.now().getTime());
      const command: PfCommand = {
        type: 'DRAFT',
        measureId: id,
        projectId: p.id,
        projectRegionCode: p.regionCode,
        measureType: c.measureType,
        legalBasis: c.legalBasis,
        justification: c.justification,
        ...(c.bodyLevel ? { bodyLevel: c.bodyLevel } : {}),
      };
      const d = this.decideMeasure(null, command, cmd.actor);
      const e = new RestrictiveMeasureEntity();
      Object.assign(e, { id, investorBin: p.companyBin } satisfies Partial<RestrictiveMeasureEntity>);
      return this.persistMeasure(m, e, null, d, cmd, 'restrictive-measure.draft');
    });
  }

  async transition(c: RestrictiveMeasureTransitionCommand, cmd: CommandMessage): Promise<RestrictiveMeasureView> {
    this.requireEdition();
    return this.dataSource.transaction(async (m) => {
      const e = await this.rows.measureForUpdate(m, c.measureId);
      if (!e || !measureVisibleTo(cmd.actor, e)) fail(DomainErrorCode.NOT_FOUND, `restrictive measure ${c.measureId} not found`, 'measureId');
      const before = e.state;
      const d = this.decideMeasure(e.state, measureCommand(c), cmd.actor);
      return this.persistMeasure(m, e, before, d, cmd, `restrictive-measure.${c.action.toLowerCase()}`);
    });
  }

  async listMeasures(actor: Actor, q: ListRestrictiveMeasuresCommand): Promise<Page<RestrictiveMeasureView>> {
    this.requireEdition();
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const scoped = scopedActor(actor, q.investorBin);
    const [rows, total] = await this.rows.pageMeasures(scoped, q.projectId, (page - 1) * pageSize, pageSize);
    return { items: rows.map((r) => this.measureView(r, scoped)), total, page, pageSize };
  }

  async register(c: RegisterProsecutorCaseCommand, cmd: CommandMessage): Promise<ProsecutorCaseView> {
    this.requireEdition();
    return this.dataSource.transaction(async (m) => {
      const p = await this.project(m, c.projectId, cmd.actor);
      const id = uuidv7(this.clock.now().getTime());
      const command: PfCaseCommand = {
        type: 'REGISTER',
        caseId: id,
        projectId: p.id,
        projectRegionCode: p.regionCode,
        investorBin: p.companyBin ?? '',
        caseKind: c.caseKind,
        bodyLevel: c.bodyLevel ?? null,
        caseNumber: c.caseNumber,
        courtOrBody: c.courtOrBody,
        filedOn: c.filedOn,
        subject: c.subject,
      };
      const d = this.decideCase(null, command, cmd.actor);
      const e = new ProsecutorCaseEntity();
      e.id = id;
      return this.persistCase(m, e, null, d, cmd, 'prosecutor-case.register');
    });
  }

  async caseTransition(c: ProsecutorCaseTransitionCommand, cmd: CommandMessage): Promise<ProsecutorCaseView> {
    this.requireEdition();
    return this.dataSource.transaction(async (m) => {
      const e = await this.rows.caseForUpdate(m, c.caseId);
      if (!e || !caseVisibleTo(cmd.actor, e)) fail(DomainErrorCode.NOT_FOUND, `case ${c.caseId} not found`, 'caseId');
      const before = e.state;
      const command: PfCaseCommand =
        c.action === 'ASSESS'
          ? { type: 'ASSESS', conclusion: c.conclusion as PfCaseState['conclusion'] & string, justification: c.justification ?? null }
          : { type: c.action };
      const d = this.decideCase(e.state, command, cmd.actor);
      return this.persistCase(m, e, before, d, cmd, `prosecutor-case.${c.action.toLowerCase()}`);
    });
  }

  async listCases(actor: Actor, q: ListProsecutorCasesCommand): Promise<Page<ProsecutorCaseView>> {
    this.requireEdition();
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const scoped = scopedActor(actor, q.investorBin);
    const [rows, total] = await this.rows.pageCases(scoped, q.projectId, (page - 1) * pageSize, pageSize);
    return { items: rows.map((r) => this.caseView(r, scoped)), total, page, pageSize };
  }

  /** [E001] only: the §9.2 prosecutor-filter rows do not exist in E000. */
  private requireEdition(): void {
    if (!actionExistsIn('pf.submit', this.edition.code)) fail(DomainErrorCode.NOT_IN_EDITION, `the prosecutor filter does not exist in ${this.edition.code}`);
  }

  /** The investor's project: NOT_FOUND when it does not exist, or for an MIO of another region (§9.3). */
  private async project(m: EntityManager, projectId: string, actor: Actor): Promise<ProjectEntity> {
    const p = await this.projects.findForUpdate(m, projectId);
    if (!p || (actor.role === 'MIO' && !projectVisibleTo(actor, p))) fail(DomainErrorCode.NOT_FOUND, `project ${projectId} not found`, 'projectId');
    return p;
  }

  private decideMeasure(state: PfState | null, command: PfCommand, actor: Actor): { state: PfState; events: DomainEvent[] } {
    const d = decideProsecutorFilter(state, command, { actor, today: this.clock.today(), edition: this.edition });
    if (!d.ok) throw d.error;
    return d;
  }

  private decideCase(state: PfCaseState | null, command: PfCaseCommand, actor: Actor): { state: PfCaseState; events: DomainEvent[] } {
    const d = decideProsecutorCase(state, command, { actor, today: this.clock.today(), edition: this.edition });
    if (!d.ok) throw d.error;
    return d;
  }

  private async persistMeasure(
    m: EntityManager,
    e: RestrictiveMeasureEntity,
    before: PfState | null,
    d: { state: PfState; events: DomainEvent[] },
    cmd: CommandMessage,
    action: string,
  ): Promise<RestrictiveMeasureView> {
    const s = d.state;
    Object.assign(e, {
      projectId: s.projectId,
      projectRegionCode: s.projectRegionCode,
      status: s.status,
      kind: s.kind,
      measureType: s.measureType,
      routedTo: s.routedTo,
      initiatorOrganizationId: s.initiatorOrganizationId,
      submittedOn: s.submittedOn,
      edition: s.edition,
      state: s,
    } satisfies Partial<RestrictiveMeasureEntity>);
    await this.rows.saveMeasure(m, e);
    await this.out.emit(m, d.events, cmd.actor, cmd.correlationId);
    await this.out.audit(m, cmd.actor, action, 'restrictive-measure', e.id, before, s, cmd.correlationId);
    return this.measureView(e, cmd.actor);
  }

  private async persistCase(
    m: EntityManager,
    e: ProsecutorCaseEntity,
    before: PfCaseState | null,
    d: { state: PfCaseState; events: DomainEvent[] },
    cmd: CommandMessage,
    action: string,
  ): Promise<ProsecutorCaseView> {
    const s = d.state;
    Object.assign(e, {
      projectId: s.projectId,
      projectRegionCode: s.projectRegionCode,
      investorBin: s.investorBin,
      status: s.status,
      caseKind: s.caseKind,
      routedTo: s.routedTo,
      registeredByOrganizationId: s.registeredByOrganizationId,
      edition: s.edition,
      state: s,
    } satisfies Partial<ProsecutorCaseEntity>);
    await this.rows.saveCase(m, e);
    await this.out.emit(m, d.events, cmd.actor, cmd.correlationId);
    await this.out.audit(m, cmd.actor, action, 'pf-case', e.id, before, s, cmd.correlationId);
    return this.caseView(e, cmd.actor);
  }

  private measureView(e: RestrictiveMeasureEntity, actor: ScopedActor): RestrictiveMeasureView {
    const ctx = { today: this.clock.today(), edition: this.edition };
    return { ...e.state, id: e.id, investorBin: e.investorBin, allowedActions: allowedProsecutorFilterActions(e.state, actor, ctx), version: e.version };
  }

  private caseView(e: ProsecutorCaseEntity, actor: ScopedActor): ProsecutorCaseView {
    const ctx = { today: this.clock.today(), edition: this.edition };
    return { ...e.state, id: e.id, allowedActions: allowedProsecutorCaseActions(e.state, actor, ctx), version: e.version };
  }
}

function measureCommand(c: RestrictiveMeasureTransitionCommand): PfCommand {
  switch (c.action) {
    case 'REFUSE':
    case 'RETURN_FOR_CORRECTION':
      return { type: c.action, reason: c.reason as string };
    case 'RECORD_APPLIED':
      return { type: c.action, appliedOn: c.appliedOn as string, actNumber: c.actNumber as string };
    default:
      return { type: c.action };
  }
}
