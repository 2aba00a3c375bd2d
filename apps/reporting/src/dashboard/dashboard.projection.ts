import { Injectable } from '@nestjs/common';
import {
  EVENT_TYPES,
  REPORTING_EVENT_TYPES,
  type EventEnvelope,
  type InitiativeConvertedPayload,
  type InitiativeCreatedPayload,
  type InitiativeTransferredPayload,
  type MeetingRecordedPayload,
  type MonitoringOpenedPayload,
  type PoolAutoExcludedPayload,
  type PoolDecidedPayload,
  type ProjectCreatedPayload,
  type ProjectGreenCorridorScoredPayload,
  type ProjectPassportCompletedPayload,
  type ProjectHandedToTaskForcePayload,
  type ProjectPoolClassifiedPayload,
  type ProjectTransferredToPostInvestmentPayload,
} from '@ndip/domain';
import {
  InitiativeConvertedContract,
  InitiativeCreatedContract,
  InitiativeTransferredContract,
  MeetingRecordedContract,
  MonitoringOpenedContract,
  PoolAutoExcludedContract,
  PoolDecidedContract,
  ProjectCreatedContract,
  ProjectExcludedFromNationalPoolContract,
  ProjectGreenCorridorScoredContract,
  ProjectHandedToTaskForceContract,
  ProjectPassportCompletedContract,
  ProjectPoolClassifiedContract,
  ProjectTransferredToPostInvestmentContract,
} from '@ndip/platform';
import type { EntityManager } from 'typeorm';
import { addRegionDelta, type ProjectionContext, type ProjectionHandler } from '../projection/projection-processor';

/** Events of Modules 1 and 2 come on different topics: the project may be projected before its initiative. */
// One initiative has one project; should several ever arrive (test runs sharing a broker), the smallest
// project id wins in every handler, so that the result does not depend on the order events are read in.
const PROJECT_OF_INITIATIVE = `(SELECT p.project_id FROM dash_project p WHERE p.initiative_id = $1 ORDER BY p.project_id LIMIT 1)`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Columns of dash_project a handler may set, and how a new value merges with the stored one. */
const MERGE: Record<string, string> = {
  name: 'EXCLUDED.name',
  investment_amount_kzt: 'EXCLUDED.investment_amount_kzt',
  initiative_id: 'EXCLUDED.initiative_id',
  company_id: 'EXCLUDED.company_id',
  sector: 'COALESCE(EXCLUDED.sector, dash_project.sector)',
  pool: 'EXCLUDED.pool',
  module: 'GREATEST(dash_project.module, EXCLUDED.module)',
  pool_status: 'EXCLUDED.pool_status',
  pool_status_on: 'EXCLUDED.pool_status_on',
  created_on: 'EXCLUDED.created_on',
  module3_on: 'COALESCE(dash_project.module3_on, EXCLUDED.module3_on)',
  green_corridor: 'EXCLUDED.green_corridor',
  green_corridor_score_milli: 'EXCLUDED.green_corridor_score_milli',
  task_force: 'EXCLUDED.task_force',
  task_force_on: 'COALESCE(dash_project.task_force_on, EXCLUDED.task_force_on)',
  jobs: 'COALESCE(EXCLUDED.jobs, dash_project.jobs)',
  company_bin: 'COALESCE(EXCLUDED.company_bin, dash_project.company_bin)',
};

type ProjectColumns = Partial<Record<keyof typeof MERGE, string | number | boolean | null>>;

/**
 * Dashboard projection (rules.md §4.6, §9.2 "View dashboard"; 000 §55, §59): projects per region, pool, sector,
 * module and status; pool membership (suspension and exclusion also switch the project's tasks off in the
 * overdue rating); green corridor and Task Force; the initiative funnel from meetings (Module 1) to projects.
 * Built only from events; every handler is an idempotent upsert, so a replay gives the same rows.
 */
@Injectable()
export class DashboardProjection {
  handlers(): ProjectionHandler[] {
    const h = <P extends object>(
      type: string,
      payloadClass: new () => P,
      handle: (m: EntityManager, e: EventEnvelope<P>, ctx: ProjectionContext) => Promise<void>,
    ): ProjectionHandler => ({ type, payloadClass, handle: handle as ProjectionHandler['handle'] });
    return [
      h(EVENT_TYPES.initiativeCreated, InitiativeCreatedContract, (m, e) => this.initiativeCreated(m, e.payload)),
      h(EVENT_TYPES.initiativeTransferred, InitiativeTransferredContract, (m, e) => this.initiativeTransferred(m, e.payload)),
      h(EVENT_TYPES.initiativeConverted, InitiativeConvertedContract, (m, e) => this.initiativeConverted(m, e.payload)),
      h(REPORTING_EVENT_TYPES.meetingRecorded, MeetingRecordedContract, (m, e) => this.meetingRecorded(m, e.payload)),
      h(EVENT_TYPES.projectCreated, ProjectCreatedContract, (m, e, ctx) => this.projectCreated(m, e.payload, ctx)),
      h(EVENT_TYPES.projectPassportCompleted, ProjectPassportCompletedContract, (m, e, ctx) => this.passportCompleted(m, e.payload, ctx)),
      h(EVENT_TYPES.projectPoolClassified, ProjectPoolClassifiedContract, (m, e, ctx) => this.poolClassified(m, e.payload, ctx)),
      h(EVENT_TYPES.projectGreenCorridorScored, ProjectGreenCorridorScoredContract, (m, e, ctx) => this.greenCorridor(m, e.payload, ctx)),
      h(EVENT_TYPES.projectHandedToTaskForce, ProjectHandedToTaskForceContract, (m, e, ctx) => this.taskForce(m, e.payload, ctx)),
      h(EVENT_TYPES.projectTransferredToPostInvestment, ProjectTransferredToPostInvestmentContract, (m, e, ctx) => this.toModule3(m, e.payload, ctx)),
      h(EVENT_TYPES.monitoringOpened, MonitoringOpenedContract, (m, e, ctx) => this.monitoringOpened(m, e.payload, ctx)),
      h(EVENT_TYPES.projectExcludedFromNationalPool, ProjectExcludedFromNationalPoolContract, (m, e, ctx) =>
        this.poolStatus(m, e.payload.projectId, e.payload.regionCode, 'EXCLUDED', e.payload.excludedOn, ctx),
      ),
      h(REPORTING_EVENT_TYPES.poolSuspended, PoolDecidedContract, (m, e: EventEnvelope<PoolDecidedPayload>, ctx) =>
        this.poolStatus(m, e.payload.projectId, e.payload.regionCode, 'SUSPENDED', e.payload.decidedOn, ctx),
      ),
      h(REPORTING_EVENT_TYPES.poolResumed, PoolDecidedContract, (m, e: EventEnvelope<PoolDecidedPayload>, ctx) =>
        this.poolStatus(m, e.payload.projectId, e.payload.regionCode, 'ACTIVE', e.payload.decidedOn, ctx),
      ),
      h(REPORTING_EVENT_TYPES.poolExcluded, PoolDecidedContract, (m, e: EventEnvelope<PoolDecidedPayload>, ctx) =>
        this.poolStatus(m, e.payload.projectId, e.payload.regionCode, 'EXCLUDED', e.payload.decidedOn, ctx),
      ),
      h(REPORTING_EVENT_TYPES.poolAutoExcluded, PoolAutoExcludedContract, (m, e: EventEnvelope<PoolAutoExcludedPayload>, ctx) =>
        this.poolStatus(m, e.payload.projectId, e.payload.regionCode, 'EXCLUDED', e.payload.excludedOn, ctx),
      ),
    ];
  }

  private async initiativeCreated(m: EntityManager, p: InitiativeCreatedPayload): Promise<void> {
    await m.query(
      `INSERT INTO dash_initiative (initiative_id, company_id, country_code, created_on, project_id) VALUES ($1, $2, $3, $4, ${PROJECT_OF_INITIATIVE})
       ON CONFLICT (initiative_id) DO UPDATE SET company_id = EXCLUDED.company_id, country_code = EXCLUDED.country_code, created_on = EXCLUDED.created_on,
         project_id = LEAST(dash_initiative.project_id, EXCLUDED.project_id)`,
      [p.initiativeId, p.companyId, p.countryCode, p.createdOn],
    );
  }

  private async initiativeTransferred(m: EntityManager, p: InitiativeTransferredPayload): Promise<void> {
    // The funnel measures the first transfer; a redirect (a later transfer) moves the region only.
    await m.query(
      `INSERT INTO dash_initiative (initiative_id, company_id, region_code, transferred_on, project_id) VALUES ($1, $2, $3, $4, ${PROJECT_OF_INITIATIVE})
       ON CONFLICT (initiative_id) DO UPDATE SET region_code = EXCLUDED.region_code,
         transferred_on = LEAST(dash_initiative.transferred_on, EXCLUDED.transferred_on),
         project_id = LEAST(dash_initiative.project_id, EXCLUDED.project_id)`,
      [p.initiativeId, p.companyId, p.regionCode, p.transferredOn],
    );
  }

  private async initiativeConverted(m: EntityManager, p: InitiativeConvertedPayload): Promise<void> {
    await m.query(
      `INSERT INTO dash_initiative (initiative_id, company_id, region_code, converted_on, sector, project_id) VALUES ($1, $2, $3, $4, $5, ${PROJECT_OF_INITIATIVE})
       ON CONFLICT (initiative_id) DO UPDATE SET region_code = EXCLUDED.region_code, converted_on = EXCLUDED.converted_on,
         sector = EXCLUDED.sector, project_id = LEAST(dash_initiative.project_id, EXCLUDED.project_id)`,
      [p.initiativeId, p.companyId, p.regionCode, p.convertedOn, p.sector],
    );
    if (p.sector !== null) await m.query(`UPDATE dash_project SET sector = $2 WHERE initiative_id = $1`, [p.initiativeId, p.sector]);
  }

  private async meetingRecorded(m: EntityManager, p: MeetingRecordedPayload): Promise<void> {
    await m.query(
      `INSERT INTO dash_meeting (meeting_id, company_id, country_code, held_on) VALUES ($1, $2, $3, $4)
       ON CONFLICT (meeting_id) DO UPDATE SET company_id = EXCLUDED.company_id, country_code = EXCLUDED.country_code, held_on = EXCLUDED.held_on`,
      [p.meetingId, p.companyId, p.countryCode, p.heldOn],
    );
  }

  private async projectCreated(m: EntityManager, p: ProjectCreatedPayload, ctx: ProjectionContext): Promise<void> {
    let sector: string | null = null;
    if (p.initiativeId !== null) {
      const rows = (await m.query(`UPDATE dash_initiative SET project_id = LEAST(project_id, $2::uuid) WHERE initiative_id = $1 RETURNING sector`, [
        p.initiativeId,
        p.projectId,
      ])) as [{ sector: string | null }[], number];
      sector = rows[0]?.[0]?.sector ?? null;
    }
    await this.upsert(
      m,
      p.projectId,
      p.regionCode,
      {
        name: p.name,
        investment_amount_kzt: p.investmentAmountKzt,
        initiative_id: p.initiativeId,
        company_id: p.companyId,
        created_on: p.createdOn,
        sector,
        module: 2,
      },
      ctx,
    );
  }

  /** Jobs (pool totals) and the investor's BIN (the investor's own dashboard, §9.2 "r (own)") from the passport. */
  private async passportCompleted(m: EntityManager, p: ProjectPassportCompletedPayload, ctx: ProjectionContext): Promise<void> {
    await this.upsert(m, p.projectId, p.regionCode, { jobs: p.jobs ?? null, company_bin: p.companyBin ?? null }, ctx);
  }

  private async poolClassified(m: EntityManager, p: ProjectPoolClassifiedPayload, ctx: ProjectionContext): Promise<void> {
    await this.upsert(m, p.projectId, p.regionCode, { pool: p.pool }, ctx);
  }

  private async greenCorridor(m: EntityManager, p: ProjectGreenCorridorScoredPayload, ctx: ProjectionContext): Promise<void> {
    await this.upsert(m, p.projectId, p.regionCode, { green_corridor: p.projectStatus, green_corridor_score_milli: p.scoreMilli }, ctx);
  }

  private async taskForce(m: EntityManager, p: ProjectHandedToTaskForcePayload, ctx: ProjectionContext): Promise<void> {
    await this.upsert(m, p.projectId, p.regionCode, { task_force: true, task_force_on: p.handedOn }, ctx);
  }

  private async toModule3(m: EntityManager, p: ProjectTransferredToPostInvestmentPayload, ctx: ProjectionContext): Promise<void> {
    await this.upsert(m, p.projectId, p.regionCode, { module: 3, module3_on: p.validatedOn, pool: p.pool }, ctx);
  }

  private async monitoringOpened(m: EntityManager, p: MonitoringOpenedPayload, ctx: ProjectionContext): Promise<void> {
    await this.upsert(m, p.projectId, p.regionCode, { module: 3, module3_on: p.startsOn }, ctx);
  }

  /**
   * Suspension and exclusion (rules.md §6): the project leaves the tie-break count and its tasks leave the
   * overdue rating while it is not ACTIVE (interpretation: a suspended project's roadmap is on hold).
   */
  private async poolStatus(
    m: EntityManager,
    projectId: string,
    regionCode: string,
    status: 'ACTIVE' | 'SUSPENDED' | 'EXCLUDED',
    on: string,
    ctx: ProjectionContext,
  ): Promise<void> {
    if (!UUID.test(projectId)) return;
    await this.upsert(m, projectId, regionCode, { pool_status: status, pool_status_on: on }, ctx);
    const active = status === 'ACTIVE';
    const changed = (await m.query(
      `UPDATE rating_task SET project_active = $2 WHERE project_id = $1 AND project_active <> $2 RETURNING region_code, penalty_halves`,
      [projectId, active],
    )) as [{ region_code: string; penalty_halves: number }[], number];
    const sign = active ? 1 : -1;
    for (const t of changed[0]) if (t.penalty_halves > 0) addRegionDelta(ctx, t.region_code, { halves: sign * t.penalty_halves, overdueTasks: sign });
  }

  /** Upserts the project; a change of its tie-break count (rating_counted) goes to the region sums. */
  private async upsert(m: EntityManager, projectId: string, regionCode: string, set: ProjectColumns, ctx: ProjectionContext): Promise<void> {
    const cols = Object.keys(set).filter((c) => c in MERGE);
    const values = cols.map((c) => set[c] ?? null);
    const placeholders = cols.map((_, i) => `$${i + 3}`);
    // The stored row first, locked (a CTE in the upsert would not see it once the upsert changed it).
    const [before] = (await m.query(`SELECT region_code, rating_counted FROM dash_project WHERE project_id = $1 FOR UPDATE`, [projectId])) as {
      region_code: string;
      rating_counted: boolean;
    }[];
    // has_tasks: task events may arrive before the project's first event (another partition).
    const [row] = (await m.query(
      `INSERT INTO dash_project (project_id, region_code, has_tasks${cols.map((c) => `, ${c}`).join('')})
       VALUES ($1, $2, EXISTS (SELECT 1 FROM rating_task WHERE project_id = $1)${placeholders.map((p) => `, ${p}`).join('')})
       ON CONFLICT (project_id) DO UPDATE SET region_code = EXCLUDED.region_code${cols.map((c) => `, ${c} = ${MERGE[c]}`).join('')}
       RETURNING region_code, rating_counted`,
      [projectId, regionCode, ...values],
    )) as { region_code: string; rating_counted: boolean }[];
    if (before?.rating_counted) addRegionDelta(ctx, before.region_code, { projects: -1 });
    if (row!.rating_counted) addRegionDelta(ctx, row!.region_code, { projects: 1 });
  }
}
