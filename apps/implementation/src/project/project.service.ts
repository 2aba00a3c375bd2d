import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  EVENT_TYPES,
  actionExistsIn,
  can,
  checkPassport,
  classifyPool,
  costInKzt,
  costInUsd,
  getRegion,
  isTaskForceProject,
  missingPassportFields,
  passportFillDueOn,
  scoreGreenCorridor,
  type ActionCode,
  type Actor,
  type DomainEvent,
  type EventEnvelope,
  type Passport,
  type ProjectCreatedPayload,
  type ProjectGreenCorridorScoredPayload,
  type ProjectHandedToTaskForcePayload,
  type ProjectPassportCompletedPayload,
  type ProjectPoolClassifiedPayload,
  type ProjectTransferredToPostInvestmentPayload,
  type RuleEdition,
} from '@ndip/domain';
import {
  CLOCK,
  InitiativeConvertedContract,
  RULE_EDITION,
  ReferenceDataCache,
  uuidv7,
  type Clock,
  type CommandMessage,
  type CreateProjectCommand,
  type EventHandler,
  type ListProjectsCommand,
  type Page,
  type PassportFieldsDto,
  type UpdatePassportCommand,
} from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { ImplementationOutbox, domainEvent } from '../common/implementation-outbox';
import { GreenCorridorScoringEntity, ProjectEntity, type GreenCorridorStatus, type PoolRuleOptions } from './project.entity';
import { ProjectRepository, projectVisibleTo, scopedActor, type ScopedActor } from './project.repository';

export interface ProjectView {
  id: string;
  initiativeId: string | null;
  companyId: string | null;
  companyName: string;
  companyBin: string | null;
  name: string;
  sector: string | null;
  regionCode: string;
  investmentAmountKzt: string;
  hasInvestmentContract: boolean;
  pool: {
    pool: 'NATIONAL' | 'REGIONAL';
    mciYear: number;
    mciValue: number;
    amountMci: string;
    classifiedOn: string | null;
    ruleEdition: string | null;
    ruleOptions: PoolRuleOptions | null;
    ruleAct: string | null;
  };
  status: string;
  edition: string;
  entryPath: string;
  initiatorOrganizationId: string | null;
  passport: Passport;
  passportStatus: { status: 'INCOMPLETE' | 'COMPLETE'; fillDueOn: string | null; completedOn: string | null; late: boolean };
  roadmapStatus: 'NO_ROADMAP' | 'WITH_ROADMAP';
  greenCorridor: { status: GreenCorridorStatus; scoreMilli: number; reviewRequired: boolean } | null;
  taskForce: { handedOn: string | null } | null;
  validatedOn: string | null;
  createdOn: string;
  version: number;
}

export interface ScoringView {
  id: string;
  evaluatedOn: string;
  trigger: string;
  inputs: { amountUsd: string; usdKztRate: string; amountKzt: string; inGlobal2000: boolean; technologyLevel: string; jobs: number };
  scoreMilli: number;
  status: GreenCorridorStatus;
  projectStatus: GreenCorridorStatus;
  reviewRequired: boolean;
  explanation: unknown;
  taskForce: boolean;
  mciYear: number;
  mciValue: number;
  ruleEdition: string;
}

export function projectView(p: ProjectEntity): ProjectView {
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
    pool: {
      pool: p.pool,
      mciYear: p.poolMciYear,
      mciValue: p.poolMciValue,
      amountMci: p.poolAmountMci,
      classifiedOn: p.poolClassifiedOn,
      ruleEdition: p.poolRuleEdition ?? null,
      ruleOptions: p.poolRuleOptions ?? null,
      ruleAct: p.poolRuleAct ?? null,
    },
    status: p.status,
    edition: p.edition,
    entryPath: p.entryPath,
    initiatorOrganizationId: p.initiatorOrganizationId,
    passport: p.passport,
    passportStatus: { status: p.passportStatus, fillDueOn: p.passportFillDueOn, completedOn: p.passportCompletedOn, late: p.passportCompletedLate },
    roadmapStatus: p.roadmapStatus,
    greenCorridor:
      p.greenCorridorStatus === null
        ? null
        : { status: p.greenCorridorStatus, scoreMilli: p.greenCorridorScoreMilli ?? 0, reviewRequired: p.greenCorridorReviewRequired },
    taskForce: p.taskForce ? { handedOn: p.taskForceOn } : null,
    validatedOn: p.validatedOn,
    createdOn: p.createdOn,
    version: p.version,
  };
}

const AGGREGATE = 'project';
const REGION_BOUND: readonly Actor['role'][] = ['MIO', 'NCR'];
/** The passport inputs of the green-corridor score and the Task Force rule (re-evaluated when they change, A-48). */
const SCORING_INPUTS: readonly (keyof Passport)[] = ['estimatedCost', 'usdKztRate', 'jobs', 'technologyLevel', 'inGlobal2000', 'hasInvestmentContract'];
const PATCHABLE: readonly (keyof PassportFieldsDto & keyof Passport)[] = [
  'companyName',
  'companyBin',
  'sector',
  'commodityPosition',
  'estimatedCost',
  'financingScheme',
  'contacts',
  'description',
  'companyRegisteredOn',
  'usdKztRate',
  'jobs',
  'technologyLevel',
  'inGlobal2000',
  'hasInvestmentContract',
  'investmentContractExpiresOn',
];

function fail(code: DomainErrorCode, message: string, field?: string, extra: Record<string, unknown> = {}): never {
  throw new DomainError(code, message, { ...(field ? { field } : {}), ...extra });
}

/** DTO values (optional properties, absent phone/email) as passport values (null for "not filled"). */
function passportValue<K extends keyof Passport>(key: K, v: unknown): Passport[K] {
  if (key === 'contacts') {
    return (v as { kind: string; name: string; phone?: string; email?: string }[]).map((c) => ({
      kind: c.kind,
      name: c.name,
      phone: c.phone ?? null,
      email: c.email ?? null,
    })) as Passport[K];
  }
  if (key === 'financingScheme') {
    return (v as { source: string; conditions: string; amount: { amount: string; currency: string } }[]).map((l) => ({
      source: l.source,
      conditions: l.conditions,
      amount: { amount: l.amount.amount, currency: l.amount.currency },
    })) as Passport[K];
  }
  if (key === 'estimatedCost') {
    const m = v as { amount: string; currency: string };
    return { amount: m.amount, currency: m.currency } as Passport[K];
  }
  return v as Passport[K];
}

/**
 * Module 2 projects and their passports: creation from a converted initiative (P1) or by an initiator
 * body (P2–P5), passport updates and completion, pool classification by the MCI of the year
 * (classifyPool), green-corridor scoring with history (scoreGreenCorridor), the automatic Task Force
 * hand-off (isTaskForceProject), and the hand-over to Module 3 after the last task is validated.
 */
@Injectable()
export class ProjectService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly projects: ProjectRepository,
    private readonly out: ImplementationOutbox,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
    private readonly reference: ReferenceDataCache,
  ) {}

  eventHandlers(): EventHandler[] {
    const onConverted: EventHandler<InitiativeConvertedContract> = {
      type: EVENT_TYPES.initiativeConverted,
      payloadClass: InitiativeConvertedContract,
      handle: (m, e) => this.createFromInitiative(m, e),
    };
    return [onConverted as unknown as EventHandler];
  }

  /**
   * P1. Idempotent on the initiative id: a second conversion event (new id, same initiative) creates nothing.
   * I12 [E001] (001 §41): an initiative whose project was turned back into it and that is converted again
   * gets its project back (same id), see `reinstate`.
   */
  async createFromInitiative(m: EntityManager, e: EventEnvelope<InitiativeConvertedContract>): Promise<void> {
    const p = e.payload;
    const existing = await this.projects.findByInitiativeForUpdate(m, p.initiativeId);
    if (existing) {
      if (existing.status === 'REVERTED_TO_INITIATIVE') await this.reinstate(m, existing, e);
      return;
    }
    const passport: Passport = {
      companyName: p.companyName,
      companyBin: p.companyBin,
      sector: p.sector,
      commodityPosition: null,
      regionCode: p.regionCode,
      estimatedCost: { amount: p.investmentAmountKzt, currency: 'KZT' },
      financingScheme: [],
      contacts: [],
      description: null,
      companyRegisteredOn: null,
      usdKztRate: null,
      jobs: null,
      technologyLevel: null,
      inGlobal2000: null,
      hasInvestmentContract: p.hasInvestmentContract,
      investmentContractExpiresOn: null,
    };
    const project = this.newProject({
      id: uuidv7(this.clock.now().getTime()),
      initiativeId: p.initiativeId,
      companyId: p.companyId,
      name: p.projectName,
      entryPath: 'P1',
      initiatorOrganizationId: e.actor.organizationId,
      passport,
      amountKzt: p.investmentAmountKzt,
      createdOn: p.convertedOn,
    });
    await this.projects.save(m, project);
    await this.out.emit(m, this.creationEvents(project), e.actor, e.correlationId, e.id);
    await this.out.audit(m, e.actor, 'project.create-from-initiative', AGGREGATE, project.id, null, projectView(project), e.correlationId);
  }

  /**
   * I12 [E001] (001 §41) followed by a new conversion: the withdrawn project (REVERTED_TO_INITIATIVE) goes
   * back to IMPLEMENTATION under the same id. The conversion's data (the reason for the return was changed
   * project conditions or region) replaces the passport's company, region, cost, sector and contract flag;
   * the pool is classified again on the conversion date and a complete passport is scored again.
   * The project's facts are published again (`project.created` with the same id and creation date,
   * pool classification, green-corridor scoring, Task Force hand-off) so that reporting and Module 3, which
   * dropped the withdrawn project, take it back with upserts keyed by the project id.
   */
  private async reinstate(m: EntityManager, project: ProjectEntity, e: EventEnvelope<InitiativeConvertedContract>): Promise<void> {
    const c = e.payload;
    const before = projectView(project);
    project.status = 'IMPLEMENTATION';
    project.name = c.projectName;
    project.companyId = c.companyId;
    project.regionCode = c.regionCode;
    project.passport = {
      ...project.passport,
      companyName: c.companyName,
      companyBin: c.companyBin,
      sector: c.sector ?? project.passport.sector,
      regionCode: c.regionCode,
      estimatedCost: { amount: c.investmentAmountKzt, currency: 'KZT' },
      hasInvestmentContract: c.hasInvestmentContract,
    };
    this.syncColumns(project);
    project.investmentAmountKzt = c.investmentAmountKzt;
    this.classify(project, c.convertedOn);
    const events = this.creationEvents(project);
    if (project.passportStatus === 'COMPLETE') events.push(...(await this.evaluateGreenCorridor(m, project, 'PASSPORT_UPDATED', c.convertedOn)));
    if (project.taskForce && !events.some((x) => x.type === EVENT_TYPES.projectHandedToTaskForce)) {
      const handedOn = project.taskForceOn ?? c.convertedOn;
      const year = Number(handedOn.slice(0, 4));
      const handed: ProjectHandedToTaskForcePayload = {
        projectId: project.id,
        regionCode: project.regionCode,
        handedOn,
        amountKzt: project.investmentAmountKzt,
        mciYear: year,
        mciValue: this.reference.mciForYear(year),
        scoreMilli: project.greenCorridorScoreMilli ?? 0,
      };
      events.push(domainEvent(AGGREGATE, project.id, EVENT_TYPES.projectHandedToTaskForce, handed));
    }
    await this.projects.save(m, project);
    await this.out.emit(m, events, e.actor, e.correlationId, e.id);
    await this.out.audit(m, e.actor, 'project.reinstate-from-initiative', AGGREGATE, project.id, before, projectView(project), e.correlationId);
  }

  /** P2–P5 (rules.md §2.2.1): an initiator body opens the project and fills what it has of the passport. */
  async create(c: CreateProjectCommand, cmd: CommandMessage): Promise<ProjectView> {
    const actor = cmd.actor;
    const ed = this.edition.code;
    this.requireRight(actor, 'passport.edit');
    if (c.entryPath === 'P3') this.requireRight(actor, 'pool.national.start-inclusion');
    if (c.entryPath === 'P4') {
      if (!actionExistsIn('pool.national.include-ongoing', ed)) fail(DomainErrorCode.NOT_IN_EDITION, `entry path P4 does not exist in ${ed}`, 'entryPath');
      this.requireRight(actor, 'pool.national.include-ongoing');
    }
    // P5 (000 §26): the MIO forms the passport and the project goes to the regional pool.
    if (c.entryPath === 'P5' && actor.role !== 'MIO')
      fail(DomainErrorCode.WRONG_ROLE, 'entry path P5 is the MIO forming a regional-pool passport', 'entryPath');
    getRegion(c.regionCode, 'regionCode');
    if (REGION_BOUND.includes(actor.role) && actor.regionCode !== c.regionCode) {
      fail(DomainErrorCode.WRONG_ROLE, `${actor.role} of region ${actor.regionCode ?? '(none)'} may not open a project in ${c.regionCode}`, 'regionCode');
    }
    const today = this.clock.today();
    const passport: Passport = {
      companyName: c.companyName,
      companyBin: c.companyBin ?? null,
      sector: c.sector ?? null,
      commodityPosition: c.commodityPosition ?? null,
      regionCode: c.regionCode,
      estimatedCost: passportValue('estimatedCost', c.estimatedCost),
      financingScheme: c.financingScheme ? passportValue('financingScheme', c.financingScheme) : [],
      contacts: c.contacts ? passportValue('contacts', c.contacts) : [],
      description: c.description ?? null,
      companyRegisteredOn: c.companyRegisteredOn ?? null,
      usdKztRate: c.usdKztRate ?? null,
      jobs: c.jobs ?? null,
      technologyLevel: c.technologyLevel ?? null,
      inGlobal2000: c.inGlobal2000 ?? null,
      hasInvestmentContract: c.hasInvestmentContract,
      investmentContractExpiresOn: c.investmentContractExpiresOn ?? null,
    };
    checkPassport(passport, today);
    const amountKzt = this.amountKzt(passport);
    const project = this.newProject({
      id: uuidv7(this.clock.now().getTime()),
      initiativeId: null,
      companyId: null,
      name: c.name,
      entryPath: c.entryPath,
      initiatorOrganizationId: actor.organizationId,
      passport,
      amountKzt,
      createdOn: today,
    });
    if ((c.entryPath === 'P3' || c.entryPath === 'P4') && project.pool !== 'NATIONAL') {
      fail(
        DomainErrorCode.INVALID_INPUT,
        `${c.entryPath} is national-pool inclusion: the cost is below 150,000 MCI and there is no investment contract`,
        'estimatedCost',
      );
    }
    if (c.entryPath === 'P5' && project.pool !== 'REGIONAL') {
      fail(DomainErrorCode.INVALID_INPUT, 'P5 is the regional pool: the cost reaches 150,000 MCI or there is an investment contract', 'estimatedCost');
    }
    return this.dataSource.transaction(async (m) => {
      await this.projects.save(m, project);
      await this.out.emit(m, this.creationEvents(project), actor, cmd.correlationId);
      const v = projectView(project);
      await this.out.audit(m, actor, 'project.create', AGGREGATE, project.id, null, v, cmd.correlationId);
      return v;
    });
  }

  /** Changes passport fields; re-classifies and re-scores when their inputs change. */
  async updatePassport(c: UpdatePassportCommand, cmd: CommandMessage): Promise<ProjectView> {
    const keys = PATCHABLE.filter((k) => (c as unknown as Record<string, unknown>)[k] !== undefined);
    if (keys.length === 0) fail(DomainErrorCode.INVALID_INPUT, 'no passport field to change', '$');
    return this.dataSource.transaction(async (m) => {
      const p = await this.loadForCommand(m, c.projectId, cmd.actor, 'passport.edit');
      const today = this.clock.today();
      const before = projectView(p);
      const prev = p.passport;
      const next: Passport = { ...prev };
      for (const k of keys) (next as unknown as Record<string, unknown>)[k] = passportValue(k, (c as unknown as Record<string, unknown>)[k]);
      checkPassport(next, today);
      const changed = (k: keyof Passport) => JSON.stringify(next[k]) !== JSON.stringify(prev[k]);
      const events: DomainEvent[] = [];
      p.passport = next;
      this.syncColumns(p);
      if (changed('estimatedCost') || changed('usdKztRate') || changed('hasInvestmentContract')) {
        p.investmentAmountKzt = this.amountKzt(next);
        this.classify(p, today);
        events.push(this.poolClassifiedEvent(p));
      }
      if (p.passportStatus === 'COMPLETE') {
        const missing = missingPassportFields(next, this.edition, p.pool);
        if (missing.length > 0) fail(DomainErrorCode.INVALID_INPUT, `the complete passport would miss ${missing.join(', ')}`, missing[0], { missing });
        if (SCORING_INPUTS.some(changed)) events.push(...(await this.evaluateGreenCorridor(m, p, 'PASSPORT_UPDATED', today)));
      }
      await this.projects.save(m, p);
      await this.out.emit(m, events, cmd.actor, cmd.correlationId);
      const after = projectView(p);
      await this.out.audit(m, cmd.actor, 'project.passport.update', AGGREGATE, p.id, before, after, cmd.correlationId);
      return after;
    });
  }

  /** On completion (rules.md §2.2.2): pool classification, green corridor and Task Force run automatically. */
  async completePassport(projectId: string, cmd: CommandMessage): Promise<ProjectView> {
    return this.dataSource.transaction(async (m) => {
      const p = await this.loadForCommand(m, projectId, cmd.actor, 'passport.edit');
      if (p.passportStatus === 'COMPLETE') fail(DomainErrorCode.WRONG_STATE, 'the passport is already complete', undefined, { status: p.passportStatus });
      const today = this.clock.today();
      const before = projectView(p);
      p.investmentAmountKzt = this.amountKzt(p.passport);
      this.classify(p, today);
      const missing = missingPassportFields(p.passport, this.edition, p.pool);
      if (missing.length > 0) fail(DomainErrorCode.INVALID_INPUT, `the passport misses ${missing.join(', ')}`, missing[0], { missing });
      p.passportStatus = 'COMPLETE';
      p.passportCompletedOn = today;
      p.passportCompletedLate = p.passportFillDueOn !== null && today > p.passportFillDueOn;
      const completed: ProjectPassportCompletedPayload = {
        projectId: p.id,
        regionCode: p.regionCode,
        completedOn: today,
        fillDueOn: p.passportFillDueOn,
        late: p.passportCompletedLate,
        jobs: p.passport.jobs,
        companyBin: p.companyBin,
      };
      const events: DomainEvent[] = [domainEvent(AGGREGATE, p.id, EVENT_TYPES.projectPassportCompleted, completed), this.poolClassifiedEvent(p)];
      events.push(...(await this.evaluateGreenCorridor(m, p, 'PASSPORT_COMPLETED', today)));
      await this.projects.save(m, p);
      await this.out.emit(m, events, cmd.actor, cmd.correlationId);
      const after = projectView(p);
      await this.out.audit(m, cmd.actor, 'project.passport.complete', AGGREGATE, p.id, before, after, cmd.correlationId);
      return after;
    });
  }

  async get(id: string, actor: ScopedActor): Promise<ProjectView> {
    const p = await this.projects.findById(id);
    if (!p || !projectVisibleTo(actor, p)) fail(DomainErrorCode.NOT_FOUND, `project ${id} not found`, 'id');
    return projectView(p);
  }

  async list(actor: Actor, q: ListProjectsCommand): Promise<Page<ProjectView>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const [rows, total] = await this.projects.page(
      scopedActor(actor, q.investorBin),
      { regionCode: q.regionCode, pool: q.pool },
      (page - 1) * pageSize,
      pageSize,
    );
    return { items: rows.map(projectView), total, page, pageSize };
  }

  async scorings(projectId: string, actor: ScopedActor): Promise<{ items: ScoringView[] }> {
    await this.get(projectId, actor);
    const rows = await this.projects.scoringsOf(projectId);
    return {
      items: rows.map((s) => ({
        id: s.id,
        evaluatedOn: s.evaluatedOn,
        trigger: s.trigger,
        inputs: {
          amountUsd: s.amountUsd,
          usdKztRate: s.usdKztRate,
          amountKzt: s.amountKzt,
          inGlobal2000: s.inGlobal2000,
          technologyLevel: s.technologyLevel,
          jobs: s.jobs,
        },
        scoreMilli: s.scoreMilli,
        status: s.status,
        projectStatus: s.projectStatus,
        reviewRequired: s.reviewRequired,
        explanation: s.explanation,
        taskForce: s.taskForce,
        mciYear: s.mciYear,
        mciValue: s.mciValue,
        ruleEdition: s.ruleEdition,
      })),
    };
  }

  /**
   * Loads the project locked for a command: NOT_FOUND unless visible (§9.3), WRONG_ROLE without the §9.2
   * right (when one is given), WRONG_STATE after the hand-over to Module 3, CONFLICT for another edition.
   */
  async loadForCommand(m: EntityManager, id: string, actor: ScopedActor, action: ActionCode | null): Promise<ProjectEntity> {
    const p = await this.projects.findForUpdate(m, id);
    if (!p || !projectVisibleTo(actor, p)) fail(DomainErrorCode.NOT_FOUND, `project ${id} not found`, 'projectId');
    if (action !== null) this.requireRight(actor, action);
    if (p.edition !== this.edition.code) fail(DomainErrorCode.CONFLICT, `the project is pinned to ${p.edition}, not ${this.edition.code}`, 'edition');
    if (p.status !== 'IMPLEMENTATION') fail(DomainErrorCode.WRONG_STATE, `the project is already in ${p.status}`, undefined, { status: p.status });
    return p;
  }

  async save(m: EntityManager, p: ProjectEntity): Promise<void> {
    await this.projects.save(m, p);
  }

  /** §2.2.7 M2: the last task is validated; the project goes to Module 3 on the validation date. */
  transferToPostInvestment(p: ProjectEntity, validatedOn: string): DomainEvent {
    p.status = 'POST_INVESTMENT';
    p.validatedOn = validatedOn;
    p.investmentContractExpiresOn = p.passport.investmentContractExpiresOn;
    const payload: ProjectTransferredToPostInvestmentPayload = {
      projectId: p.id,
      regionCode: p.regionCode,
      pool: p.pool,
      validatedOn,
      investmentContractExpiresOn: p.investmentContractExpiresOn,
    };
    return domainEvent(AGGREGATE, p.id, EVENT_TYPES.projectTransferredToPostInvestment, payload);
  }

  private requireRight(actor: Actor, action: ActionCode): void {
    if (!actionExistsIn(action, this.edition.code)) fail(DomainErrorCode.NOT_IN_EDITION, `${action} does not exist in ${this.edition.code}`);
    if (!can(actor.role, action, this.edition.code, 'perform')) fail(DomainErrorCode.WRONG_ROLE, `${actor.role} may not ${action}`, undefined, { action });
  }

  private amountKzt(p: Passport): string {
    if (p.estimatedCost === null) fail(DomainErrorCode.INVALID_INPUT, 'estimatedCost is required', 'estimatedCost');
    const kzt = costInKzt(p.estimatedCost, p.usdKztRate);
    if (kzt === '0') fail(DomainErrorCode.INVALID_INPUT, 'the estimated cost is less than one tenge', 'estimatedCost.amount');
    return kzt;
  }

  private newProject(a: {
    id: string;
    initiativeId: string | null;
    companyId: string | null;
    name: string;
    entryPath: ProjectEntity['entryPath'];
    initiatorOrganizationId: string;
    passport: Passport;
    amountKzt: string;
    createdOn: string;
  }): ProjectEntity {
    const p = new ProjectEntity();
    Object.assign(p, {
      id: a.id,
      initiativeId: a.initiativeId,
      companyId: a.companyId,
      name: a.name,
      regionCode: a.passport.regionCode as string,
      investmentAmountKzt: a.amountKzt,
      status: 'IMPLEMENTATION',
      edition: this.edition.code,
      validatedOn: null,
      createdOn: a.createdOn,
      entryPath: a.entryPath,
      initiatorOrganizationId: a.initiatorOrganizationId,
      participantOrgIds: [a.initiatorOrganizationId],
      passport: a.passport,
      passportStatus: 'INCOMPLETE',
      // T05 [E001]: 30 CD from entering Module 2 (the recommended start).
      passportFillDueOn: passportFillDueOn(a.createdOn, this.edition),
      passportCompletedOn: null,
      passportCompletedLate: false,
      roadmapStatus: 'NO_ROADMAP',
      greenCorridorStatus: null,
      greenCorridorScoreMilli: null,
      greenCorridorReviewRequired: false,
      taskForce: false,
      taskForceOn: null,
    } satisfies Partial<ProjectEntity>);
    this.syncColumns(p);
    this.classify(p, a.createdOn);
    return p;
  }

  /** The column copies of passport fields. */
  private syncColumns(p: ProjectEntity): void {
    p.companyName = p.passport.companyName ?? '';
    p.companyBin = p.passport.companyBin;
    p.sector = p.passport.sector;
    p.hasInvestmentContract = p.passport.hasInvestmentContract;
    p.investmentContractExpiresOn = p.passport.investmentContractExpiresOn;
  }

  /** rules.md §4.2 with the MCI of 1 January of the year of the classification event, stored. */
  private classify(p: ProjectEntity, on: string): void {
    // Issue 13: the MCI table of the reference-data store and the rule configuration in force on the date, kept with the result.
    const rules = this.reference.ruleConfigOn(on);
    const c = classifyPool(
      { amountKzt: p.investmentAmountKzt, hasInvestmentContract: p.hasInvestmentContract, year: Number(on.slice(0, 4)) },
      { edition: this.edition.code, nationalInclusive: rules.config.options.nationalInclusive, mciTable: this.reference.mciTable() },
    );
    p.poolRuleEdition = this.edition.code;
    p.poolRuleOptions = { configuredEdition: rules.config.edition, effectiveFrom: rules.effectiveFrom, ...rules.config.options };
    p.poolRuleAct = rules.legalAct;
    p.pool = c.pool;
    p.poolMciYear = c.mciYear;
    p.poolMciValue = c.mci;
    p.poolAmountMci = c.amountMci;
    p.poolClassifiedOn = on;
  }

  private creationEvents(p: ProjectEntity): DomainEvent[] {
    const created: ProjectCreatedPayload = {
      projectId: p.id,
      initiativeId: p.initiativeId,
      companyId: p.companyId,
      name: p.name,
      regionCode: p.regionCode,
      investmentAmountKzt: p.investmentAmountKzt,
      createdOn: p.createdOn,
    };
    return [domainEvent(AGGREGATE, p.id, EVENT_TYPES.projectCreated, created), this.poolClassifiedEvent(p)];
  }

  private poolClassifiedEvent(p: ProjectEntity): DomainEvent {
    const payload: ProjectPoolClassifiedPayload = {
      projectId: p.id,
      regionCode: p.regionCode,
      pool: p.pool,
      mciYear: p.poolMciYear,
      mciValue: p.poolMciValue,
      amountMci: p.poolAmountMci,
    };
    return domainEvent(AGGREGATE, p.id, EVENT_TYPES.projectPoolClassified, payload);
  }

  /**
   * Green corridor (rules.md §4.3) for a national-pool project with a complete passport, logged with its
   * inputs and rate; then the Task Force rule (§4.4). A-48: an upgrade applies at once; a drop below the
   * threshold keeps the status and asks for AB review. A-12: only the automatic hand-off; it is not undone.
   */
  private async evaluateGreenCorridor(
    m: EntityManager,
    p: ProjectEntity,
    trigger: GreenCorridorScoringEntity['trigger'],
    today: string,
  ): Promise<DomainEvent[]> {
    const pp = p.passport;
    if (
      p.pool !== 'NATIONAL' ||
      pp.estimatedCost === null ||
      pp.usdKztRate === null ||
      pp.jobs === null ||
      pp.technologyLevel === null ||
      pp.inGlobal2000 === null
    ) {
      return [];
    }
    const amountUsd = costInUsd(pp.estimatedCost, pp.usdKztRate) as string;
    const score = scoreGreenCorridor(
      { amountUsd, inGlobal2000: pp.inGlobal2000, technology: pp.technologyLevel, jobs: pp.jobs },
      { below10MPolicy: this.reference.ruleConfigOn(today).config.options.below10MPolicy },
    );
    const reviewRequired = p.greenCorridorStatus === 'ELIGIBLE' && score.status !== 'ELIGIBLE';
    const projectStatus: GreenCorridorStatus = reviewRequired ? 'ELIGIBLE' : score.status;
    const year = Number(today.slice(0, 4));
    const mci = this.reference.mciForYear(year);
    const taskForce = isTaskForceProject(
      { greenCorridorEligible: projectStatus === 'ELIGIBLE', amountKzt: p.investmentAmountKzt, year },
      this.reference.mciTable(),
    );
    const scoring = new GreenCorridorScoringEntity();
    Object.assign(scoring, {
      id: uuidv7(this.clock.now().getTime()),
      projectId: p.id,
      evaluatedOn: today,
      trigger,
      amountUsd,
      usdKztRate: pp.usdKztRate,
      amountKzt: p.investmentAmountKzt,
      inGlobal2000: pp.inGlobal2000,
      technologyLevel: pp.technologyLevel,
      jobs: pp.jobs,
      scoreMilli: score.scoreMilli,
      status: score.status,
      projectStatus,
      reviewRequired,
      explanation: score.explanation,
      taskForce,
      mciYear: year,
      mciValue: mci,
      ruleEdition: this.edition.code,
    } satisfies Partial<GreenCorridorScoringEntity>);
    await this.projects.insertScoring(m, scoring);
    p.greenCorridorStatus = projectStatus;
    p.greenCorridorScoreMilli = score.scoreMilli;
    p.greenCorridorReviewRequired = reviewRequired;
    const scored: ProjectGreenCorridorScoredPayload = {
      projectId: p.id,
      regionCode: p.regionCode,
      scoringId: scoring.id,
      evaluatedOn: today,
      amountUsd,
      usdKztRate: pp.usdKztRate,
      scoreMilli: score.scoreMilli,
      status: score.status,
      projectStatus,
      reviewRequired,
    };
    const events: DomainEvent[] = [domainEvent(AGGREGATE, p.id, EVENT_TYPES.projectGreenCorridorScored, scored)];
    if (taskForce && !p.taskForce) {
      p.taskForce = true;
      p.taskForceOn = today;
      const handed: ProjectHandedToTaskForcePayload = {
        projectId: p.id,
        regionCode: p.regionCode,
        handedOn: today,
        amountKzt: p.investmentAmountKzt,
        mciYear: year,
        mciValue: mci,
        scoreMilli: score.scoreMilli,
      };
      events.push(domainEvent(AGGREGATE, p.id, EVENT_TYPES.projectHandedToTaskForce, handed));
    }
    return events;
  }
}
