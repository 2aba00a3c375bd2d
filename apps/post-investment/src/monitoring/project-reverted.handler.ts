import { EVENT_TYPES } from '@ndip/domain';
import { ProjectRevertedToInitiativeContract, type EventHandler } from '@ndip/platform';

/**
 * I12 [E001] (001 §41): Module 2 turned a project back into an initiative. Module 3 has nothing to undo:
 * only a project still in implementation can be turned back (the MIO acts on the project card, §2.1 I12,
 * and Module 2 withdraws only an IMPLEMENTATION project), while Module 3 starts with the hand-over after
 * the last task is validated (`project.transferred-to-post-investment`, rules.md §2.3), after which the
 * project's status is POST_INVESTMENT for good. The investor link of the initiative (`project_investor`) is
 * kept: a new conversion brings the same project id back. The event is consumed (payload validated, recorded
 * once in the inbox, a malformed one dead-lettered) rather than ignored as an unknown type.
 */
export function projectRevertedHandler(): EventHandler {
  const handler: EventHandler<ProjectRevertedToInitiativeContract> = {
    type: EVENT_TYPES.projectRevertedToInitiative,
    payloadClass: ProjectRevertedToInitiativeContract,
    handle: async () => {
      // Nothing in Module 3 refers to a project that is still in implementation.
    },
  };
  return handler as unknown as EventHandler;
}
