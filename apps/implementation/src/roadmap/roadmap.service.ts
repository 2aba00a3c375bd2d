import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  allowedRoadmapActions,
  decideRoadmap,
  decideTask,
  roadmapOverdue,
  roadmapTasks,
  validateRoadmapContent,
  type DomainEvent,
  type RoadmapCommand,
  type RoadmapCommandType,
  type RoadmapContent,
  type RoadmapState,
  type RuleEdition,
} from '@ndip/domain';
import {
  CLOCK,
  RULE_EDITION,
  uuidv7,
  type AssignRoadmapMioCommand,
  type Clock,
  type CommandMessage,
  type RoadmapChangeCommand,
  type RoadmapDraftCommand,
  type RoadmapTransitionCommand,
  ReferenceDataCache,
} from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { ImplementationOutbox } from '../common/implementation-outbox';
import { ProjectEntity } from '../project/project.entity';
import { ProjectRepository, projectVisibleTo, scopedActor, type ScopedActor } from '../project/project.repository';
import { ProjectService } from '../project/project.service';
import { TaskEntity } from '../task/task.entity';
import { TaskRepository } from '../task/task.repository';
import { taskCreatedEvent, taskView, type TaskView } from '../task/task.service';
import { RoadmapEntity } from './roadmap.entity';
import { RoadmapRepository } from './roadmap.repository';

export interface RoadmapView {
  roadmapId: string;
  projectId: string;
  status: string;
  /** The project's status of 000 §52 / 001 §52. */
  roadmapStatus: 'NO_ROADMAP' | 'WITH_ROADMAP';
  state: RoadmapState;
  content: RoadmapContent | null;
  /** R8: timers that ran out (T06 forming, T07 [E001] approval, T08 rework). */
  overdue: Array<'FORM' | 'REWORK' | 'APPROVAL'>;
  /** What the caller may do next. */
  allowedActions: RoadmapCommandType[];
  tasks: TaskView[];
  version: number;
}

const AGGREGATE = 'roadmap';

function fail(code: DomainErrorCode, message: string, field?: string, extra: Record<string, unknown> = {}): never {
  throw new DomainError(code, message, { ...(field ? { field } : {}), ...extra });
}

/**
 * SM-RM orchestration (decideRoadmap): the responsible MIO is named after the passport is complete,
 * forms the roadmap (three stages, tasks, risks), submits it; E000: NC approves or returns it (5 WD to
 * fix); E001: National Chamber, investor and responsible CSBs agree (objective reason on rejection),
 * then AB verifies. On approval the project becomes "with roadmap" and its tasks become effective.
 */
@Injectable()
export class RoadmapService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly roadmaps: RoadmapRepository,
    private readonly tasks: TaskRepository,
    private readonly projectRows: ProjectRepository,
    private readonly projects: ProjectService,
    private readonly out: ImplementationOutbox,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
    private readonly reference: ReferenceDataCache,
  ) {}

  /** R1 / R1': an initiator body names the responsible MIO (the MIO of the project's region). */
  async assignMio(c: AssignRoadmapMioCommand, cmd: CommandMessage): Promise<RoadmapView> {
    return this.dataSource.transaction(async (m) => {
      const p = await this.projects.loadForCommand(m, c.projectId, cmd.actor, null);
      if (p.passportStatus !== 'COMPLETE') {
        fail(DomainErrorCode.WRONG_STATE, 'the passport is not complete: the responsible MIO is named after it is filled in (000 §48)', undefined, {
          status: p.passportStatus,
        });
      }
      const existing = await this.roadmaps.findByProjectForUpdate(m, p.id);
      const command: RoadmapCommand = {
        type: 'ASSIGN_MIO',
        roadmapId: uuidv7(this.clock.now().getTime()),
        projectId: p.id,
        regionCode: p.regionCode,
        investorBin: p.companyBin ?? undefined,
        passportCreatedOn: p.createdOn,
        responsibleCsbIds: c.responsibleCsbIds,
      };
      const d = this.decide(existing?.state ?? null, command, cmd.actor);
      const r = new RoadmapEntity();
      Object.assign(r, { id: d.state.roadmapId, projectId: p.id, content: null } satisfies Partial<RoadmapEntity>);
      return this.persist(m, p, r, null, d, [], cmd, cmd.actor, 'roadmap.assign-mio');
    });
  }

  /** R2: the MIO forms the roadmap: the three stages with tasks and risks (replaces the draft). */
  async updateDraft(c: RoadmapDraftCommand, cmd: CommandMessage): Promise<RoadmapView> {
    return this.dataSource.transaction(async (m) => {
      const { p, r } = await this.load(m, c.projectId, cmd.actor);
      const before = r.state;
      const d = this.decide(r.state, { type: 'UPDATE_DRAFT', responsibleCsbIds: c.responsibleCsbIds }, cmd.actor);
      r.content = validateRoadmapContent({ stages: c.stages });
      return this.persist(m, p, r, before, d, [], cmd, cmd.actor, 'roadmap.update-draft');
    });
  }

  async transition(c: RoadmapTransitionCommand, cmd: CommandMessage): Promise<RoadmapView> {
    const actor = scopedActor(cmd.actor, c.investorBin);
    return this.dataSource.transaction(async (m) => {
      const { p, r } = await this.load(m, c.projectId, actor);
      const before = r.state;
      const command: RoadmapCommand =
        c.action === 'REJECT' || c.action === 'FAIL_VERIFICATION' ? { type: c.action, reason: c.reason as string } : { type: c.action };
      const d = this.decide(r.state, command, actor);
      const extra: DomainEvent[] = [];
      if (c.action === 'SUBMIT' || c.action === 'RESUBMIT') {
        if (r.content === null) fail(DomainErrorCode.INVALID_INPUT, 'the roadmap has no draft to submit', 'stages');
        await this.formTasks(m, p, r, r.content, actor);
      }
      if (d.state.version > before.version) {
        // R4 / R7': approved (E000) or verified (E001): "with roadmap", and the tasks take effect.
        p.roadmapStatus = 'WITH_ROADMAP';
        for (const t of await this.tasks.ofRoadmap(m, r.id)) {
          if (t.effective) continue;
          t.effective = true;
          await this.tasks.save(m, t);
          extra.push(taskCreatedEvent(t));
        }
        await this.projects.save(m, p);
      }
      return this.persist(m, p, r, before, d, extra, cmd, actor, `roadmap.${c.action.toLowerCase()}`);
    });
  }

  /**
   * R7 (E000) / R9' (E001): the investor or the responsible MIO asks to change an approved roadmap (000 §57;
   * 001 §51, §63; E001: the MIO's request carries the investor's consent); the authorized body approves (the
   * approved version goes up) or refuses (the roadmap stays as approved).
   */
  async change(c: RoadmapChangeCommand, cmd: CommandMessage): Promise<RoadmapView> {
    const actor = scopedActor(cmd.actor, c.investorBin);
    return this.dataSource.transaction(async (m) => {
      const { p, r } = await this.load(m, c.projectId, actor);
      const before = r.state;
      const command: RoadmapCommand =
        c.action === 'REQUEST_CHANGE'
          ? { type: 'REQUEST_CHANGE', description: c.description as string, investorConsent: c.investorConsent }
          : c.action === 'REFUSE_CHANGE'
            ? { type: 'REFUSE_CHANGE', reason: c.reason }
            : { type: 'APPROVE_CHANGE' };
      const d = this.decide(r.state, command, actor);
      return this.persist(m, p, r, before, d, [], cmd, actor, `roadmap.${c.action.toLowerCase().replace('_', '-')}`);
    });
  }

  async get(projectId: string, actor: ScopedActor): Promise<RoadmapView> {
    const p = await this.projectRows.findById(projectId);
    if (!p || !projectVisibleTo(actor, p)) fail(DomainErrorCode.NOT_FOUND, `project ${projectId} not found`, 'projectId');
    const r = await this.roadmaps.findByProject(projectId);
    if (!r) fail(DomainErrorCode.NOT_FOUND, `project ${projectId} has no roadmap yet`, 'projectId');
    const tasks = await this.tasks.ofProject(projectId);
    return this.view(p, r, tasks, actor);
  }

  /** T1: the tasks of the submitted draft (formed by the MIO); an earlier, never approved submission's tasks are replaced. */
  private async formTasks(m: EntityManager, p: ProjectEntity, r: RoadmapEntity, content: RoadmapContent, actor: ScopedActor): Promise<void> {
    await this.tasks.deleteDrafts(m, r.id);
    const today = this.clock.today();
    const rows = roadmapTasks(content).map((draft, position) => {
      const id = uuidv7(this.clock.now().getTime());
      const d = decideTask(
        null,
        {
          type: 'CREATE',
          taskId: id,
          roadmapId: r.id,
          projectId: p.id,
          code: draft.code,
          title: draft.title,
          dueDate: draft.dueDate,
          regionCode: p.regionCode,
        },
        { actor, today, edition: this.edition },
      );
      if (!d.ok) throw d.error;
      const t = new TaskEntity();
      Object.assign(t, {
        id,
        roadmapId: r.id,
        projectId: p.id,
        regionCode: p.regionCode,
        stage: draft.stage,
        position,
        code: draft.code,
        status: d.state.status,
        dueDate: d.state.dueDate,
        effective: false,
        responsible: draft.responsible,
        expectedResult: draft.expectedResult,
        supportMeasures: draft.supportMeasures,
        edition: this.edition.code,
        state: d.state,
      } satisfies Partial<TaskEntity>);
      return t;
    });
    await this.tasks.insert(m, rows);
  }

  private async load(m: EntityManager, projectId: string, actor: ScopedActor): Promise<{ p: ProjectEntity; r: RoadmapEntity }> {
    const p = await this.projects.loadForCommand(m, projectId, actor, null);
    const r = await this.roadmaps.findByProjectForUpdate(m, p.id);
    if (!r) fail(DomainErrorCode.WRONG_STATE, 'no responsible MIO has been named for this project yet (no roadmap)', undefined, { status: null });
    return { p, r };
  }

  private decide(state: RoadmapState | null, command: RoadmapCommand, actor: ScopedActor): { state: RoadmapState; events: DomainEvent[] } {
    const d = decideRoadmap(state, command, { actor, today: this.clock.today(), edition: this.edition, calendar: this.reference.calendar() });
    if (!d.ok) throw d.error;
    return d;
  }

  private async persist(
    m: EntityManager,
    p: ProjectEntity,
    r: RoadmapEntity,
    before: RoadmapState | null,
    d: { state: RoadmapState; events: DomainEvent[] },
    extra: DomainEvent[],
    cmd: CommandMessage,
    actor: ScopedActor,
    action: string,
  ): Promise<RoadmapView> {
    const s = d.state;
    Object.assign(r, { regionCode: s.regionCode, status: s.status, edition: s.edition, state: s });
    await this.roadmaps.save(m, r);
    // Responsible CSBs see the project (§9.3) and approve the roadmap in E001.
    const participants = [...new Set([...p.participantOrgIds, ...s.responsibleCsbIds])];
    if (participants.length !== p.participantOrgIds.length) {
      p.participantOrgIds = participants;
      await this.projects.save(m, p);
    }
    await this.out.emit(m, [...d.events, ...extra], cmd.actor, cmd.correlationId);
    await this.out.audit(m, cmd.actor, action, AGGREGATE, r.id, before, s, cmd.correlationId);
    return this.view(p, r, await this.tasks.ofRoadmap(m, r.id), actor);
  }

  private view(p: ProjectEntity, r: RoadmapEntity, tasks: TaskEntity[], actor: ScopedActor): RoadmapView {
    const today = this.clock.today();
    return {
      roadmapId: r.id,
      projectId: r.projectId,
      status: r.status,
      roadmapStatus: p.roadmapStatus,
      state: r.state,
      content: r.content,
      overdue: roadmapOverdue(r.state, today),
      allowedActions: allowedRoadmapActions(r.state, actor, { today, edition: this.edition }),
      tasks: tasks.map((t) => taskView(t, today)),
      version: r.version,
    };
  }
}
