import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  allowedPoolActions,
  decidePool,
  poolDecisionOverdue,
  type DomainEvent,
  type PoolCommand,
  type PoolCommandType,
  type PoolState,
  type RuleEdition,
} from '@ndip/domain';
import {
  CLOCK,
  RULE_EDITION,
  uuidv7,
  type Clock,
  type CommandMessage,
  type DecidePoolRequestCommand,
  type SubmitPoolRequestCommand,
  ReferenceDataCache,
} from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { ImplementationOutbox } from '../common/implementation-outbox';
import type { ProjectEntity } from '../project/project.entity';
import { ProjectRepository, projectVisibleTo, scopedActor, type ScopedActor } from '../project/project.repository';
import { PoolMembershipEntity, PoolRequestEntity } from './pool-membership.entity';
import { PoolMembershipRepository } from './pool-membership.repository';

export interface PoolRequestView {
  id: string;
  kind: string;
  grounds: string[];
  justification: string;
  submittedOn: string;
  submittedByRole: string;
  decisionDueOn: string;
  status: 'PENDING' | 'DECIDED';
  /** T11 / Q8: the 5-working-day decision period ran out (a flag; no deemed approval). */
  overdue: boolean;
  decision: string | null;
  decidedOn: string | null;
  decidedLate: boolean | null;
  reason: string | null;
}

export interface PoolMembershipView {
  projectId: string;
  pool: 'NATIONAL' | 'REGIONAL';
  regionCode: string;
  status: string;
  edition: string;
  enrolledOn: string;
  suspendedOn: string | null;
  excludedOn: string | null;
  exclusionBasis: PoolState['exclusionBasis'];
  pendingRequest: PoolRequestView | null;
  lastDecision: PoolState['lastDecision'];
  requests: PoolRequestView[];
  allowedActions: PoolCommandType[];
  version: number;
}

const AGGREGATE = 'pool-membership';

function fail(code: DomainErrorCode, message: string, field?: string, extra: Record<string, unknown> = {}): never {
  throw new DomainError(code, message, { ...(field ? { field } : {}), ...extra });
}

/**
 * SM-POOL orchestration (decidePool, rules.md §6): the MIO (any ground G1–G6) or the investor / an initiator
 * body (G6 only) asks AB to suspend, exclude or resume a national-pool project with a justification; AB decides
 * within 5 working days (T11, a flag only). The membership row is created on the first request from the
 * project's classification (pinned to the project's edition); Module 3's automatic exclusion is taken over.
 */
@Injectable()
export class PoolMembershipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pools: PoolMembershipRepository,
    private readonly projects: ProjectRepository,
    private readonly out: ImplementationOutbox,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
    private readonly reference: ReferenceDataCache,
  ) {}

  /** Q1 / Q5 / Q6: a request with grounds and justification; T11 starts (submittedOn + 5 WD). */
  async submitRequest(c: SubmitPoolRequestCommand, cmd: CommandMessage): Promise<PoolMembershipView> {
    const actor = scopedActor(cmd.actor, c.investorBin);
    return this.dataSource.transaction(async (m) => {
      const { p, row } = await this.load(m, c.projectId, actor);
      const before = row.state;
      const d = this.decide(row.state, { type: 'SUBMIT_REQUEST', kind: c.kind, grounds: c.grounds, justification: c.justification }, actor);
      const pending = d.state.pendingRequest as NonNullable<PoolState['pendingRequest']>;
      const r = new PoolRequestEntity();
      Object.assign(r, {
        id: uuidv7(this.clock.now().getTime()),
        projectId: p.id,
        kind: pending.kind,
        grounds: pending.grounds,
        justification: pending.justification,
        submittedOn: pending.submittedOn,
        submittedByOrganizationId: actor.organizationId,
        submittedByRole: actor.role,
        decisionDueOn: pending.decisionDueOn,
        status: 'PENDING',
        decision: null,
        decidedOn: null,
        decidedLate: null,
        reason: null,
        edition: d.state.edition,
      } satisfies Partial<PoolRequestEntity>);
      await this.pools.saveRequest(m, r);
      row.pendingRequestId = r.id;
      const events = d.events.map((e) => ({ ...e, payload: { ...(e.payload as Record<string, unknown>), requestId: r.id } }));
      return this.persist(m, row, before, { state: d.state, events }, cmd, actor, 'pool.request.submit');
    });
  }

  /** Q2–Q6: AB suspends, excludes, resumes or refuses (a reason is required) the pending request. */
  async decideRequest(c: DecidePoolRequestCommand, cmd: CommandMessage): Promise<PoolMembershipView> {
    const actor = cmd.actor;
    return this.dataSource.transaction(async (m) => {
      const { row } = await this.load(m, c.projectId, actor);
      const r = await this.pools.findRequestForUpdate(m, c.projectId, c.requestId);
      if (!r) fail(DomainErrorCode.NOT_FOUND, `request ${c.requestId} not found`, 'requestId');
      const before = row.state;
      const d = this.decide(row.state, { type: 'DECIDE', decision: c.decision, ...(c.reason !== undefined ? { reason: c.reason } : {}) }, actor);
      if (r.status !== 'PENDING' || row.pendingRequestId !== r.id)
        fail(DomainErrorCode.WRONG_STATE, 'the request is already decided', undefined, { status: r.status });
      const last = d.state.lastDecision as NonNullable<PoolState['lastDecision']>;
      Object.assign(r, { status: 'DECIDED', decision: last.decision, decidedOn: last.on, decidedLate: last.late, reason: last.reason });
      await this.pools.saveRequest(m, r);
      row.pendingRequestId = null;
      const events = d.events.map((e) => ({ ...e, payload: { ...(e.payload as Record<string, unknown>), requestId: r.id } }));
      return this.persist(m, row, before, { state: d.state, events }, cmd, actor, `pool.request.${last.decision.toLowerCase()}`);
    });
  }

  async get(projectId: string, actor: ScopedActor): Promise<PoolMembershipView> {
    return this.dataSource.transaction(async (m) => {
      const p = await this.projects.findById(projectId);
      if (!p || !projectVisibleTo(actor, p)) fail(DomainErrorCode.NOT_FOUND, `project ${projectId} not found`, 'projectId');
      const row = (await this.pools.find(projectId)) ?? (await this.newRow(m, p));
      return this.view(m, row, actor);
    });
  }

  /** The project (404 unless visible, §9.3) and its membership, both locked; the membership is created from the classification. */
  private async load(m: EntityManager, projectId: string, actor: ScopedActor): Promise<{ p: ProjectEntity; row: PoolMembershipEntity }> {
    const p = await this.projects.findForUpdate(m, projectId);
    if (!p || !projectVisibleTo(actor, p)) fail(DomainErrorCode.NOT_FOUND, `project ${projectId} not found`, 'projectId');
    const row = (await this.pools.findForUpdate(m, p.id)) ?? (await this.newRow(m, p));
    return { p, row };
  }

  private async newRow(m: EntityManager, p: ProjectEntity): Promise<PoolMembershipEntity> {
    const excluded = await this.pools.nationalPoolExclusion(m, p.id);
    const state: PoolState = {
      edition: p.edition as PoolState['edition'],
      projectId: p.id,
      pool: p.pool,
      regionCode: p.regionCode,
      status: excluded ? 'EXCLUDED' : 'ACTIVE',
      enrolledOn: p.poolClassifiedOn ?? p.createdOn,
      pendingRequest: null,
      suspendedOn: null,
      excludedOn: excluded?.on ?? null,
      exclusionBasis: excluded ? (excluded.basis as PoolState['exclusionBasis']) : null,
      lastDecision: null,
    };
    const row = new PoolMembershipEntity();
    Object.assign(row, {
      projectId: p.id,
      regionCode: p.regionCode,
      pool: p.pool,
      status: state.status,
      edition: state.edition,
      state,
      pendingRequestId: null,
    });
    return row;
  }

  private decide(state: PoolState, command: PoolCommand, actor: ScopedActor): { state: PoolState; events: DomainEvent[] } {
    const d = decidePool(state, command, { actor, today: this.clock.today(), edition: this.edition, calendar: this.reference.calendar() });
    if (!d.ok) throw d.error;
    return d;
  }

  private async persist(
    m: EntityManager,
    row: PoolMembershipEntity,
    before: PoolState,
    d: { state: PoolState; events: DomainEvent[] },
    cmd: CommandMessage,
    actor: ScopedActor,
    action: string,
  ): Promise<PoolMembershipView> {
    const s = d.state;
    Object.assign(row, { regionCode: s.regionCode, pool: s.pool, status: s.status, edition: s.edition, state: s });
    await this.pools.save(m, row);
    await this.out.emit(m, d.events, cmd.actor, cmd.correlationId);
    await this.out.audit(m, cmd.actor, action, AGGREGATE, row.projectId, before, s, cmd.correlationId);
    return this.view(m, row, actor);
  }

  private async view(m: EntityManager, row: PoolMembershipEntity, actor: ScopedActor): Promise<PoolMembershipView> {
    const today = this.clock.today();
    const s = row.state;
    const requests = (await this.pools.requestsOf(row.projectId, m)).map((r): PoolRequestView => ({
      id: r.id,
      kind: r.kind,
      grounds: r.grounds,
      justification: r.justification,
      submittedOn: r.submittedOn,
      submittedByRole: r.submittedByRole,
      decisionDueOn: r.decisionDueOn,
      status: r.status,
      overdue: r.status === 'PENDING' && poolDecisionOverdue(s, today),
      decision: r.decision,
      decidedOn: r.decidedOn,
      decidedLate: r.decidedLate,
      reason: r.reason,
    }));
    let allowedActions: PoolCommandType[] = [];
    if (s.edition === this.edition.code) allowedActions = allowedPoolActions(s, actor, { today, edition: this.edition });
    return {
      projectId: row.projectId,
      pool: s.pool,
      regionCode: s.regionCode,
      status: s.status,
      edition: s.edition,
      enrolledOn: s.enrolledOn,
      suspendedOn: s.suspendedOn,
      excludedOn: s.excludedOn,
      exclusionBasis: s.exclusionBasis,
      pendingRequest: requests.find((r) => r.id === row.pendingRequestId) ?? null,
      lastDecision: s.lastDecision,
      requests,
      allowedActions,
      version: row.version ?? 0,
    };
  }
}
