import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  EVENT_TYPES,
  can,
  findRegion,
  type Actor,
  type EventEnvelope,
  type RuleEdition,
  type RuleEditionCode,
} from '@ndip/domain';
import {
  MonitoringOpenedContract,
  ProjectCreatedContract,
  ProjectPoolClassifiedContract,
  ProjectTransferredToPostInvestmentContract,
  RULE_EDITION,
  type EventHandler,
} from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { requireCompleteProjections } from './projection-readiness';

export interface ProjectCountRow {
  regionCode: string;
  regionName: { kk: string; ru: string; en: string } | null;
  implementation: number;
  postInvestment: number;
  total: number;
  /** Projects excluded from the national pool at the end of their post-investment period (Module 3). */
  nationalPoolExcluded: number;
}

/**
 * Projection of projects per region and module, built only from events. Each upsert keeps the
 * furthest module reached, so events of different topics may arrive in any order.
 */
@Injectable()
export class ProjectionService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  eventHandlers(): EventHandler[] {
    const h = <P extends object>(type: string, payloadClass: new () => P, handle: (m: EntityManager, e: EventEnvelope<P>) => Promise<void>): EventHandler =>
      ({ type, payloadClass, handle }) as unknown as EventHandler;
    return [
      h(EVENT_TYPES.projectCreated, ProjectCreatedContract, (m, e) =>
        this.upsert(m, e.payload.projectId, e.payload.regionCode, 2, { name: e.payload.name, amount: e.payload.investmentAmountKzt }),
      ),
      h(EVENT_TYPES.projectPoolClassified, ProjectPoolClassifiedContract, (m, e) =>
        this.upsert(m, e.payload.projectId, e.payload.regionCode, 2, { pool: e.payload.pool }),
      ),
      h(EVENT_TYPES.projectTransferredToPostInvestment, ProjectTransferredToPostInvestmentContract, (m, e) =>
        this.upsert(m, e.payload.projectId, e.payload.regionCode, 3, { pool: e.payload.pool }),
      ),
      h(EVENT_TYPES.monitoringOpened, MonitoringOpenedContract, (m, e) => this.upsert(m, e.payload.projectId, e.payload.regionCode, 3, {})),
    ];
  }

  private async upsert(
    m: EntityManager,
    projectId: string,
    regionCode: string,
    module: 2 | 3,
    extra: { pool?: string; name?: string; amount?: string },
  ): Promise<void> {
    await m.query(
      `INSERT INTO project_projection (project_id, region_code, module, pool, name, investment_amount_kzt)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (project_id) DO UPDATE SET
         module = GREATEST(project_projection.module, EXCLUDED.module),
         region_code = EXCLUDED.region_code,
         pool = COALESCE(EXCLUDED.pool, project_projection.pool),
         name = COALESCE(EXCLUDED.name, project_projection.name),
         investment_amount_kzt = COALESCE(EXCLUDED.investment_amount_kzt, project_projection.investment_amount_kzt),
         updated_at = now()`,
      [projectId, regionCode, module, extra.pool ?? null, extra.name ?? null, extra.amount ?? null],
    );
  }

  /** Projects per region and module (dashboard, §9.2 row "View dashboard"). Regional roles see their region. */
  async projectCounts(actor: Actor): Promise<ProjectCountRow[]> {
    const code: RuleEditionCode = this.edition.code;
    if (!can(actor.role, 'dashboard.view', code, 'read')) throw new DomainError(DomainErrorCode.WRONG_ROLE, `${actor.role} may not view the dashboard`);
    await requireCompleteProjections(this.dataSource);
    const regional = ['MIO', 'RO', 'RIHQ', 'NCR'].includes(actor.role);
    const rows = (await this.dataSource.query(
      `SELECT region_code, count(*) FILTER (WHERE module = 2)::int AS impl, count(*) FILTER (WHERE module = 3)::int AS post,
              count(*) FILTER (WHERE national_pool_excluded_on IS NOT NULL)::int AS excluded
         FROM project_projection ${regional ? 'WHERE region_code = $1' : ''}
        GROUP BY region_code ORDER BY region_code`,
      regional ? [actor.regionCode ?? '-'] : [],
    )) as { region_code: string; impl: number; post: number; excluded: number }[];
    return rows.map((r) => {
      const region = findRegion(r.region_code);
      return {
        regionCode: r.region_code,
        regionName: region ? { kk: region.name.kk, ru: region.name.ru, en: region.name.en } : null,
        implementation: r.impl,
        postInvestment: r.post,
        total: r.impl + r.post,
        nationalPoolExcluded: r.excluded,
      };
    });
  }
}
