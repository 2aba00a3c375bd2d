/** Actors and contexts shared by the machine specs (kept out of the spec files so each spec stays readable). */
import type { Actor, OrganizationType } from '../access/organization-type';
import { getEdition } from '../editions/editions';
import type { RuleEditionCode } from '../events/envelope';
import type { Decision, TransitionContext } from './transition';

export const REGION_A = '750000000';
export const REGION_B = '710000000';

export function actorOf(role: OrganizationType, extra: Partial<Actor> = {}): Actor {
  return { userId: `u-${role.toLowerCase()}`, organizationId: `org-${role.toLowerCase()}`, role, ...extra };
}

export function ctxOf(edition: RuleEditionCode, actor: Actor, today: string): TransitionContext {
  return { actor, today, edition: getEdition(edition) };
}

/** Unwraps a successful decision (fails the test with the error message otherwise). */
export function okState<S>(d: Decision<S>): S {
  if (!d.ok) throw new Error(`expected ok, got ${d.error.code}: ${d.error.message}`);
  return d.state;
}

/** The error code of a refused decision (fails the test when the decision was accepted). */
export function errCode<S>(d: Decision<S>): string {
  if (d.ok) throw new Error('expected a refusal, got ok');
  return d.error.code;
}

export function errField<S>(d: Decision<S>): unknown {
  if (d.ok) throw new Error('expected a refusal, got ok');
  return d.error.details.field;
}
