import { EVENT_TYPES, MEETING_EVENTS, type EventEnvelope } from '@ndip/domain';
import { InitiativeRevertedFromProjectContract, MeetingUpdatedContract, ProjectCreatedContract, ProjectRevertedToInitiativeContract } from '@ndip/platform';
import type { EntityManager } from 'typeorm';
import { addRegionDelta, type ProjectionContext, type ProjectionHandler } from './projection-processor';

/** Switches the project's tasks on or off in the overdue rating and moves the region sums with them. */
async function setTasksActive(m: EntityManager, projectId: string, active: boolean, ctx: ProjectionContext, onlyIfPoolActive: boolean): Promise<void> {
  const changed = (await m.query(
    `UPDATE rating_task SET project_active = $2 WHERE project_id = $1 AND project_active <> $2
       ${onlyIfPoolActive ? `AND EXISTS (SELECT 1 FROM dash_project p WHERE p.project_id = $1 AND p.pool_status = 'ACTIVE')` : ''}
     RETURNING region_code, penalty_halves`,
    [projectId, active],
  )) as [{ region_code: string; penalty_halves: number }[], number];
  const sign = active ? 1 : -1;
  for (const t of changed[0]) if (t.penalty_halves > 0) addRegionDelta(ctx, t.region_code, { halves: sign * t.penalty_halves, overdueTasks: sign });
}

/**
 * Module 1 changes that reach the read models after the fact:
 *
 * - I12 [E001] (001 §41): `implementation.project.reverted-to-initiative`: the project left Module 2, so it is
 *   no longer a project for the dashboard, the funnel (stages PROJECT and MODULE_3), the per-region counts or
 *   the overdue rating (its tasks are switched off, its tie-break count removed). The rows are removed rather
 *   than flagged: when the initiative is converted again, Module 2 publishes the project's facts again under the
 *   same id (`project.created`, pool, green corridor, Task Force) and the usual upserts bring it back; the
 *   `project.created` handler below then switches its tasks on again.
 * - `attraction.initiative.reverted-from-project`: the initiative is back with the initiator body, so it is not
 *   counted as converted until a new `initiative.converted` sets the date again.
 * - `attraction.meeting.updated`: a meeting card was edited (date, event kind): the funnel's meeting row follows.
 *
 * Each handler is idempotent (a replay gives the same rows); registered after the dashboard's handlers.
 */
export function module1ChangeHandlers(): ProjectionHandler[] {
  const h = <P extends object>(
    type: string,
    payloadClass: new () => P,
    handle: (m: EntityManager, e: EventEnvelope<P>, ctx: ProjectionContext) => Promise<void>,
  ): ProjectionHandler => ({ type, payloadClass, handle: handle as ProjectionHandler['handle'] });
  return [
    h(EVENT_TYPES.projectRevertedToInitiative, ProjectRevertedToInitiativeContract, async (m, e, ctx) => {
      const p = e.payload;
      const removed = (await m.query(`DELETE FROM dash_project WHERE project_id = $1 RETURNING region_code, rating_counted`, [p.projectId])) as [
        { region_code: string; rating_counted: boolean }[],
        number,
      ];
      for (const r of removed[0]) if (r.rating_counted) addRegionDelta(ctx, r.region_code, { projects: -1 });
      await setTasksActive(m, p.projectId, false, ctx, false);
      await m.query(`DELETE FROM project_projection WHERE project_id = $1`, [p.projectId]);
      await m.query(`UPDATE dash_initiative SET project_id = NULL WHERE project_id = $1`, [p.projectId]);
    }),
    h(EVENT_TYPES.projectCreated, ProjectCreatedContract, async (m, e, ctx) => {
      // A reinstated project (same id) gets its tasks back in the rating, unless its pool membership is on hold.
      await setTasksActive(m, e.payload.projectId, true, ctx, true);
    }),
    h(EVENT_TYPES.initiativeRevertedFromProject, InitiativeRevertedFromProjectContract, async (m, e) => {
      await m.query(`UPDATE dash_initiative SET converted_on = NULL, project_id = NULL WHERE initiative_id = $1`, [e.payload.initiativeId]);
    }),
    h(MEETING_EVENTS.updated, MeetingUpdatedContract, async (m, e) => {
      const p = e.payload;
      await m.query(
        `INSERT INTO dash_meeting (meeting_id, company_id, country_code, held_on) VALUES ($1, $2, $3, $4)
         ON CONFLICT (meeting_id) DO UPDATE SET company_id = EXCLUDED.company_id, country_code = EXCLUDED.country_code, held_on = EXCLUDED.held_on`,
        [p.meetingId, p.companyId, p.countryCode, p.heldOn],
      );
    }),
  ];
}
