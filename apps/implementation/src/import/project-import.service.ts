import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  EVENT_TYPES,
  LAST_TASK_CODE,
  TASK_AGGREGATE,
  checkPassport,
  costInKzt,
  missingPassportFields,
  passportFillDueOn,
  timerEnd,
  type Actor,
  type DomainEvent,
  type Passport,
  type ProjectCreatedPayload,
  type ProjectPassportCompletedPayload,
  type ProjectPoolClassifiedPayload,
  type ProjectTransferredToPostInvestmentPayload,
  type RoadmapContent,
  type RoadmapState,
  type RuleEdition,
  type TaskCompletedPayload,
  type TaskState,
  type TaskValidatedPayload,
} from '@ndip/domain';
import {
  CLOCK,
  RULE_EDITION,
  ReferenceDataCache,
  uuidv7,
  type Clock,
  type CommandMessage,
  importRowHash,
  type ImportBatchResult,
  type ImportProjectRowDto,
  type ImportProjectsBatchDto,
} from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ImplementationOutbox, domainEvent } from '../common/implementation-outbox';
import { ProjectEntity } from '../project/project.entity';
import { RoadmapEntity } from '../roadmap/roadmap.entity';
import { TaskEntity } from '../task/task.entity';
import { taskCreatedEvent, taskFacts } from '../task/task.service';

/** Kazakh Invest operators (the National Company) and the administrator load existing data. */
export const IMPORT_ROLES: readonly Actor['role'][] = ['NC', 'ADMIN'];

/**
 * Applies one batch of imported projects (passport, pool, roadmap with tasks) in one transaction with its
 * outbox: the external number is the natural key (project_import_key), claimed with ON CONFLICT DO NOTHING so
 * that a second import, or two imports at once, create each project once. New projects publish the events of
 * manual entry (created, pool-classified, passport-completed, task created / completed / validated); rows
 * imported before publish nothing.
 */
@Injectable()
export class ProjectImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly out: ImplementationOutbox,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
    private readonly reference: ReferenceDataCache,
  ) {}

  async importBatch(dto: ImportProjectsBatchDto, cmd: CommandMessage): Promise<ImportBatchResult> {
    const actor = cmd.actor;
    if (!IMPORT_ROLES.includes(actor.role)) throw new DomainError(DomainErrorCode.WRONG_ROLE, `${actor.role} may not import projects`);
    const keys = dto.projects.map((p) => p.externalNumber);
    if (new Set(keys).size !== keys.length)
      throw new DomainError(DomainErrorCode.INVALID_INPUT, 'an external number appears twice in the batch', { field: 'projects' });
    const today = this.clock.today();
    return this.dataSource.transaction(async (m) => {
      const planned = dto.projects.map((row) => ({ row, id: uuidv7(this.clock.now().getTime()), hash: importRowHash(row) }));
      const claimed = (await m.query(
        `INSERT INTO project_import_key (external_number, project_id, row_hash, job_id, imported_by)
         SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[]) AS k(external_number, project_id, row_hash), (SELECT $4::text, $5::text) AS j
         ON CONFLICT (external_number) DO NOTHING RETURNING external_number`,
        [planned.map((p) => p.row.externalNumber), planned.map((p) => p.id), planned.map((p) => p.hash), dto.jobId, actor.userId],
      )) as { external_number: string }[];
      const mine = new Set(claimed.map((c) => c.external_number));
      const earlier = planned.filter((p) => !mine.has(p.row.externalNumber));
      const known = earlier.length
        ? ((await m.query(`SELECT external_number, row_hash FROM project_import_key WHERE external_number = ANY($1::text[])`, [
            earlier.map((p) => p.row.externalNumber),
          ])) as { external_number: string; row_hash: string }[])
        : [];
      const hashOf = new Map(known.map((k) => [k.external_number, k.row_hash]));
      const changed = earlier.filter((p) => hashOf.get(p.row.externalNumber) !== p.hash).map((p) => ({ row: p.row.row, key: p.row.externalNumber }));

      const projects: ProjectEntity[] = [];
      const roadmaps: RoadmapEntity[] = [];
      const tasks: TaskEntity[] = [];
      const events: DomainEvent[] = [];
      for (const p of planned.filter((x) => mine.has(x.row.externalNumber))) {
        const built = this.build(p.row, p.id, actor, today);
        projects.push(built.project);
        if (built.roadmap) roadmaps.push(built.roadmap);
        tasks.push(...built.tasks);
        events.push(...built.events);
      }
      if (projects.length > 0) {
        await m.getRepository(ProjectEntity).insert(projects as QueryDeepPartialEntity<ProjectEntity>[]);
        if (roadmaps.length > 0) await m.getRepository(RoadmapEntity).insert(roadmaps);
        for (let i = 0; i < tasks.length; i += 1000) await m.getRepository(TaskEntity).insert(tasks.slice(i, i + 1000));
        await this.out.emit(m, events, actor, cmd.correlationId);
      }
      await this.audit(m, actor, dto.jobId, projects, earlier.length - changed.length, changed, cmd.correlationId);
      return { created: projects.length, unchanged: earlier.length - changed.length, changed };
    });
  }

  /** Who imported what: one audit entry per batch naming every project created (external number → id). */
  private async audit(
    m: EntityManager,
    actor: Actor,
    jobId: string,
    created: ProjectEntity[],
    unchanged: number,
    changed: ImportBatchResult['changed'],
    correlationId: string,
  ): Promise<void> {
    const keyOf = new Map<string, string>();
    const rows = (await m.query(`SELECT external_number, project_id FROM project_import_key WHERE project_id = ANY($1::uuid[])`, [
      created.map((p) => p.id),
    ])) as { external_number: string; project_id: string }[];
    for (const r of rows) keyOf.set(r.project_id, r.external_number);
    await this.out.audit(
      m,
      actor,
      'project.import.batch',
      'import-job',
      jobId,
      null,
      { created: created.map((p) => ({ externalNumber: keyOf.get(p.id), projectId: p.id, name: p.name })), unchanged, changed },
      correlationId,
    );
  }

  private build(
    row: ImportProjectRowDto,
    id: string,
    actor: Actor,
    today: string,
  ): { project: ProjectEntity; roadmap: RoadmapEntity | null; tasks: TaskEntity[]; events: DomainEvent[] } {
    const passport: Passport = {
      companyName: row.companyName,
      companyBin: row.companyBin ?? null,
      sector: row.sector ?? null,
      commodityPosition: null,
      regionCode: row.regionCode,
      estimatedCost: { amount: row.cost.amount, currency: row.cost.currency },
      financingScheme: [],
      contacts: [],
      description: null,
      companyRegisteredOn: null,
      usdKztRate: row.usdKztRate ?? null,
      jobs: row.jobs ?? null,
      technologyLevel: null,
      inGlobal2000: null,
      hasInvestmentContract: row.hasInvestmentContract,
      investmentContractExpiresOn: row.investmentContractExpiresOn ?? null,
    };
    checkPassport(passport, today);
    const amountKzt = costInKzt(passport.estimatedCost!, passport.usdKztRate);
    if (amountKzt === '0') throw new DomainError(DomainErrorCode.INVALID_INPUT, `row ${row.row}: the cost is less than one tenge`, { field: 'costAmount' });
    // The MCI table and rule configuration of the reference-data store, as for a manual creation on that date.
    const pool = this.reference.classifyPool(
      { amountKzt, hasInvestmentContract: row.hasInvestmentContract, year: Number(row.createdOn.slice(0, 4)) },
      row.createdOn,
      { edition: this.edition.code },
    );
    const rules = this.reference.ruleConfigOn(row.createdOn);
    const complete = missingPassportFields(passport, this.edition, pool.pool).length === 0;
    const p = new ProjectEntity();
    Object.assign(p, {
      id,
      initiativeId: null,
      companyId: null,
      companyName: row.companyName,
      companyBin: passport.companyBin,
      name: row.name,
      sector: passport.sector,
      regionCode: row.regionCode,
      investmentAmountKzt: amountKzt,
      hasInvestmentContract: row.hasInvestmentContract,
      pool: pool.pool,
      poolMciYear: pool.mciYear,
      poolMciValue: pool.mci,
      poolAmountMci: pool.amountMci,
      poolClassifiedOn: row.createdOn,
      poolRuleEdition: this.edition.code,
      poolRuleOptions: { configuredEdition: rules.config.edition, effectiveFrom: rules.effectiveFrom, ...rules.config.options },
      poolRuleAct: rules.legalAct,
      status: 'IMPLEMENTATION',
      edition: this.edition.code,
      validatedOn: null,
      investmentContractExpiresOn: passport.investmentContractExpiresOn,
      createdOn: row.createdOn,
      // An initiator body's project (P2): existing projects were opened outside NDIP; the import key records where from.
      entryPath: 'P2',
      initiatorOrganizationId: actor.organizationId,
      participantOrgIds: [actor.organizationId],
      passport,
      passportStatus: complete ? 'COMPLETE' : 'INCOMPLETE',
      passportFillDueOn: passportFillDueOn(row.createdOn, this.edition, this.reference.calendar()),
      passportCompletedOn: complete ? row.createdOn : null,
      passportCompletedLate: false,
      roadmapStatus: row.tasks.length > 0 ? 'WITH_ROADMAP' : 'NO_ROADMAP',
      greenCorridorStatus: null,
      greenCorridorScoreMilli: null,
      greenCorridorReviewRequired: false,
      taskForce: false,
      taskForceOn: null,
    } satisfies Partial<ProjectEntity>);
    const created: ProjectCreatedPayload = {
      projectId: id,
      initiativeId: null,
      companyId: null,
      name: p.name,
      regionCode: p.regionCode,
      investmentAmountKzt: amountKzt,
      createdOn: p.createdOn,
    };
    const classified: ProjectPoolClassifiedPayload = {
      projectId: id,
      regionCode: p.regionCode,
      pool: p.pool,
      mciYear: p.poolMciYear,
      mciValue: p.poolMciValue,
      amountMci: p.poolAmountMci,
    };
    const events: DomainEvent[] = [
      domainEvent('project', id, EVENT_TYPES.projectCreated, created),
      domainEvent('project', id, EVENT_TYPES.projectPoolClassified, classified),
    ];
    if (complete) {
      const done: ProjectPassportCompletedPayload = {
        projectId: id,
        regionCode: p.regionCode,
        completedOn: p.createdOn,
        fillDueOn: p.passportFillDueOn,
        late: false,
        jobs: passport.jobs,
        companyBin: passport.companyBin,
      };
      events.push(domainEvent('project', id, EVENT_TYPES.projectPassportCompleted, done));
    }
    if (row.tasks.length === 0) return { project: p, roadmap: null, tasks: [], events };
    const { roadmap, tasks, taskEvents } = this.roadmapOf(p, row, actor, today);
    events.push(...taskEvents);
    // §2.2.7 M2: a done (validated) last task hands the project to Module 3 on its validation date; post-investment
    // opens the monitoring period from this event as it does after a manual validation.
    const last = tasks.find((t) => t.code === LAST_TASK_CODE && t.state.status === 'DONE');
    if (last) {
      p.status = 'POST_INVESTMENT';
      p.validatedOn = last.state.validatedOn ?? last.state.actualCompletionDate;
      const handed: ProjectTransferredToPostInvestmentPayload = {
        projectId: id,
        regionCode: p.regionCode,
        pool: p.pool,
        validatedOn: p.validatedOn as string,
        investmentContractExpiresOn: p.investmentContractExpiresOn,
      };
      events.push(domainEvent('project', id, EVENT_TYPES.projectTransferredToPostInvestment, handed));
    }
    return { project: p, roadmap, tasks, events };
  }

  /** An approved roadmap (its tasks effective) with the tasks in their imported status and dates. */
  private roadmapOf(
    p: ProjectEntity,
    row: ImportProjectRowDto,
    actor: Actor,
    today: string,
  ): { roadmap: RoadmapEntity; tasks: TaskEntity[]; taskEvents: DomainEvent[] } {
    const roadmapId = uuidv7(this.clock.now().getTime());
    const ctx = { actor, today, edition: this.edition, calendar: this.reference.calendar() };
    const content: RoadmapContent = {
      stages: (['PRE_INVESTMENT', 'INVESTMENT', 'POST_INVESTMENT'] as const).map((stage) => ({
        stage,
        risks: [],
        tasks: row.tasks
          .filter((t) => t.stage === stage)
          .map((t) => ({
            code: t.code,
            title: t.title,
            dueDate: t.dueDate,
            responsible: { kind: 'STATE_BODY' as const, organizationId: null, name: '', person: '' },
            expectedResult: '',
            supportMeasures: [],
          })),
      })),
    };
    const state: RoadmapState = {
      edition: this.edition.code,
      roadmapId,
      projectId: p.id,
      status: 'APPROVED',
      regionCode: p.regionCode,
      investorOrganizationId: null,
      investorBin: p.companyBin,
      initiatorOrganizationId: actor.organizationId,
      responsibleCsbIds: [],
      mioAssignedOn: p.createdOn,
      formDueOn: p.createdOn,
      passportCreatedOn: p.createdOn,
      approvalDueOn: null,
      submittedOn: p.createdOn,
      submittedLate: false,
      agreements: [],
      agreedLate: false,
      rejection: null,
      reworkDueOn: null,
      resubmittedLate: false,
      approvedOn: p.createdOn,
      version: 1,
      pendingChange: null,
    };
    const roadmap = new RoadmapEntity();
    Object.assign(roadmap, {
      id: roadmapId,
      projectId: p.id,
      regionCode: p.regionCode,
      status: 'APPROVED',
      edition: this.edition.code,
      state,
      content,
    } satisfies Partial<RoadmapEntity>);
    const tasks: TaskEntity[] = [];
    const taskEvents: DomainEvent[] = [];
    row.tasks.forEach((t, position) => {
      const taskId = uuidv7(this.clock.now().getTime());
      // The state SM-TASK's CREATE forms (the machine's role check is the roadmap author's; the import is the operator's).
      const created: TaskState = {
        edition: this.edition.code,
        taskId,
        roadmapId,
        projectId: p.id,
        code: t.code,
        title: t.title,
        regionCode: p.regionCode,
        status: 'PLANNED',
        dueDate: t.dueDate,
        dueHistory: [],
        requiresValidation: (this.edition.tasks.validationRequiredFor as readonly string[]).includes(t.code),
        startedOn: null,
        actualCompletionDate: null,
        evidenceFileIds: [],
        validationDueOn: null,
        validatedOn: null,
        validationLate: false,
        validationRefusal: null,
        pendingReschedule: null,
        commentCount: 0,
      };
      let s: TaskState = created;
      const finished = t.status === 'AWAITING_VALIDATION' || t.status === 'DONE';
      if (t.status === 'IN_PROGRESS') s = { ...s, status: 'IN_PROGRESS', startedOn: p.createdOn };
      if (finished) {
        const actual = t.completedOn as string;
        // The machine's rule: a task that needs no validation is DONE on completion; a validated one keeps its completion date as validation date.
        const awaiting = s.requiresValidation && t.status === 'AWAITING_VALIDATION';
        s = {
          ...s,
          status: awaiting ? 'AWAITING_VALIDATION' : 'DONE',
          startedOn: p.createdOn,
          actualCompletionDate: actual,
          validationDueOn: s.requiresValidation ? timerEnd(this.edition.tasks.validation, actual, ctx) : null,
          validatedOn: s.requiresValidation && !awaiting ? actual : null,
        };
      }
      const e = new TaskEntity();
      Object.assign(e, {
        id: taskId,
        roadmapId,
        projectId: p.id,
        regionCode: p.regionCode,
        stage: t.stage,
        position,
        code: t.code,
        status: s.status,
        dueDate: s.dueDate,
        effective: true,
        responsible: { kind: 'STATE_BODY', organizationId: null, name: '', person: '' },
        expectedResult: '',
        supportMeasures: [],
        edition: this.edition.code,
        state: s,
      } satisfies Partial<TaskEntity>);
      tasks.push(e);
      // The events of manual entry, in order: created (with the roadmap's approval), completed, validated.
      const createdFacts = { ...taskCreatedEvent(e) };
      createdFacts.payload = { ...createdFacts.payload, actualCompletionDate: null };
      taskEvents.push(createdFacts);
      if (finished) {
        const completed: TaskCompletedPayload = {
          ...taskFacts(e, s),
          awaitingValidation: s.status === 'AWAITING_VALIDATION',
          validationDueOn: s.validationDueOn,
        };
        taskEvents.push(domainEvent(TASK_AGGREGATE, taskId, EVENT_TYPES.taskCompleted, completed));
        if (s.validatedOn !== null) {
          const validated: TaskValidatedPayload = {
            ...taskFacts(e, s),
            validatedOn: s.validatedOn,
            late: false,
            movesProjectToModule3: t.code === LAST_TASK_CODE,
          };
          taskEvents.push(domainEvent(TASK_AGGREGATE, taskId, EVENT_TYPES.taskValidated, validated));
        }
      }
    });
    return { roadmap, tasks, taskEvents };
  }
}
