import { EVENT_TYPES, type EventEnvelope } from '@ndip/domain';
import { ProjectExcludedFromNationalPoolContract, type EventHandler } from '@ndip/platform';
import type { EntityManager } from 'typeorm';

/**
 * Reporting reflects Module 3's automatic exclusion from the national pool (rules.md §4.7; 000 §36):
 * the project's projection row records since when it is out of the national pool (dashboard count
 * `nationalPoolExcluded`). Upsert keyed by the project, so the order of topics does not matter.
 */
export function poolExclusionHandler(): EventHandler {
  const handler: EventHandler<ProjectExcludedFromNationalPoolContract> = {
    type: EVENT_TYPES.projectExcludedFromNationalPool,
    payloadClass: ProjectExcludedFromNationalPoolContract,
    handle: async (m: EntityManager, e: EventEnvelope<ProjectExcludedFromNationalPoolContract>) => {
      const p = e.payload;
      await m.query(
        `INSERT INTO project_projection (project_id, region_code, module, pool, national_pool_excluded_on)
         VALUES ($1, $2, 3, 'NATIONAL', $3)
         ON CONFLICT (project_id) DO UPDATE SET
           module = GREATEST(project_projection.module, 3),
           national_pool_excluded_on = COALESCE(project_projection.national_pool_excluded_on, EXCLUDED.national_pool_excluded_on),
           updated_at = now()`,
        [p.projectId, p.regionCode, p.effectiveFrom],
      );
    },
  };
  return handler as unknown as EventHandler;
}
