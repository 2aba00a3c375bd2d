/**
 * Module 1 chat per initiative (rules.md §2.1.1 `Chat`; 000 §43; 001 §42): operational messages between
 * the participants of an initiative. Who sees which initiative (§9.3) is the service's check; here: the
 * §9.2 row "Module 1 chat / additional meetings" and the message itself.
 */
import { EVENT_TYPES, type ChatMessagePostedPayload } from '../events/catalog';
import { can } from '../access/permissions';
import type { OrganizationType } from '../access/organization-type';
import type { RuleEditionCode } from '../events/envelope';
import { accept, checkContext, event, guarded, requireRole, requireText, type Decision, type TransitionContext } from './transition';

export const CHAT_AGGREGATE = 'initiative-chat';
export const CHAT_MESSAGE_MAX_LENGTH = 4000;

export interface ChatMessageState {
  messageId: string;
  initiativeId: string;
  authorUserId: string;
  authorOrganizationId: string;
  authorRole: OrganizationType;
  body: string;
  postedAt: string;
}

export type ChatCommand = {
  type: 'POST';
  messageId: string;
  initiativeId: string;
  body: string;
  /** ISO timestamp from the service's clock (the domain reads no clock). */
  postedAt: string;
  /** Who may receive it: copied into the event so that subscribers can be filtered without a lookup. */
  audience: ChatMessagePostedPayload['audience'];
};

/** §9.2 "Module 1 chat": FI X, NCF X, NC x, MIO X, CSB x, AB x. */
export function mayUseChat(role: OrganizationType, edition: RuleEditionCode): boolean {
  return can(role, 'module1.chat', edition, 'perform');
}

export function decideChatMessage(command: ChatCommand, ctx: TransitionContext): Decision<ChatMessageState> {
  return guarded(() => {
    checkContext(null, ctx);
    requireRole('module1.chat', ctx, 'perform');
    const body = requireText(command.body, 'body', CHAT_MESSAGE_MAX_LENGTH).trim();
    const next: ChatMessageState = {
      messageId: requireText(command.messageId, 'messageId', 100),
      initiativeId: requireText(command.initiativeId, 'initiativeId', 100),
      authorUserId: ctx.actor.userId,
      authorOrganizationId: ctx.actor.organizationId,
      authorRole: ctx.actor.role,
      body,
      postedAt: requireText(command.postedAt, 'postedAt', 40),
    };
    return accept(next, [
      event<ChatMessagePostedPayload>(CHAT_AGGREGATE, next.initiativeId, EVENT_TYPES.chatMessagePosted, { ...next, audience: command.audience }),
    ]);
  });
}
