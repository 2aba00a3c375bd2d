import { Inject, Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode, decideChatMessage, mayUseChat, type Actor, type RuleEdition } from '@ndip/domain';
import {
  CLOCK,
  RULE_EDITION,
  uuidv7,
  type Clock,
  type CommandMessage,
  type InitiativeIdDto,
  type ListChatMessagesCommand,
  type MarkChatReadCommand,
  type Page,
  type PostChatMessageCommand,
} from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { ChangeRecorder } from '../common/change-recorder';
import { notFound, pageOf, paging } from '../common/query';
import type { InitiativeEntity } from '../initiative/initiative.entity';
import { InitiativeService } from '../initiative/initiative.service';
import { ChatMessageEntity } from './chat.entity';
import { ChatRepository } from './chat.repository';

export interface ChatMessageView {
  id: string;
  seq: number;
  initiativeId: string;
  authorUserId: string;
  authorOrganizationId: string;
  authorRole: string;
  body: string;
  postedAt: string;
}

export interface ChatPage extends Page<ChatMessageView> {
  /** The caller's read marker and how many messages came after it. */
  read: { lastReadMessageId: string | null; readAt: string | null; unread: number };
}

function view(e: ChatMessageEntity): ChatMessageView {
  return {
    id: e.id,
    seq: Number(e.seq),
    initiativeId: e.initiativeId,
    authorUserId: e.authorUserId,
    authorOrganizationId: e.authorOrg,
    authorRole: e.authorRole,
    body: e.body,
    postedAt: e.postedAt.toISOString(),
  };
}

/**
 * The chat of an initiative (000 §43): the participants are those who see the initiative (§9.3:
 * originator organisation and its country's institutions, the receiving akimat, NC, AB) and have the
 * §9.2 chat right. Messages are stored, paginated, read markers kept per user, and each message is
 * published (`attraction.chat.message-posted`) for the gateway's live stream.
 */
@Injectable()
export class ChatService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly chat: ChatRepository,
    private readonly initiatives: InitiativeService,
    private readonly recorder: ChangeRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  async post(c: PostChatMessageCommand, cmd: CommandMessage): Promise<ChatMessageView> {
    return this.dataSource.transaction(async (m) => {
      const initiative = await this.participant(c.initiativeId, cmd.actor, m);
      const now = this.clock.now();
      const d = decideChatMessage(
        {
          type: 'POST',
          messageId: uuidv7(now.getTime()),
          initiativeId: initiative.id,
          body: c.body,
          postedAt: now.toISOString(),
          audience: { originatorOrganizationId: initiative.originatorOrg, countryCode: initiative.countryCode, regionCode: initiative.regionCode },
        },
        { actor: cmd.actor, today: this.clock.today(), edition: this.edition },
      );
      if (!d.ok) throw d.error;
      const s = d.state;
      const saved = await this.chat.insert(m, {
        id: s.messageId,
        initiativeId: s.initiativeId,
        authorUserId: s.authorUserId,
        authorOrg: s.authorOrganizationId,
        authorRole: s.authorRole,
        body: s.body,
        postedAt: now,
      });
      await this.recorder.record(m, cmd, d.events, { action: 'chat.post', entityType: 'chat-message', entityId: s.messageId, oldValue: null, newValue: s });
      return view(saved);
    });
  }

  async list(c: ListChatMessagesCommand, actor: Actor): Promise<ChatPage> {
    await this.participant(c.initiativeId, actor);
    const p = paging(c);
    const [rows, total] = await this.chat.page(c.initiativeId, (c.sort ?? 'postedAt') === 'postedAt', p.skip, p.pageSize);
    const marker = await this.chat.marker(c.initiativeId, actor.userId);
    return {
      ...pageOf(rows, total, p, view),
      read: {
        lastReadMessageId: marker?.lastReadMessageId ?? null,
        readAt: marker?.readAt.toISOString() ?? null,
        unread: await this.chat.unread(c.initiativeId, marker?.lastReadSeq ?? '0'),
      },
    };
  }

  async markRead(c: MarkChatReadCommand, cmd: CommandMessage): Promise<ChatPage['read']> {
    await this.dataSource.transaction(async (m) => {
      await this.participant(c.initiativeId, cmd.actor, m);
      const msg = await this.chat.findMessage(m, c.initiativeId, c.upToMessageId);
      if (!msg) throw notFound('chat message', c.upToMessageId, 'upToMessageId');
      const before = await this.chat.marker(c.initiativeId, cmd.actor.userId, m);
      const marker = { initiativeId: c.initiativeId, userId: cmd.actor.userId, lastReadSeq: msg.seq, lastReadMessageId: msg.id, readAt: this.clock.now() };
      await this.chat.advanceMarker(m, marker);
      await this.recorder.record(m, cmd, [], {
        action: 'chat.mark-read',
        entityType: 'chat-read-marker',
        entityId: `${c.initiativeId}:${cmd.actor.userId}`,
        oldValue: before ? { lastReadMessageId: before.lastReadMessageId } : null,
        newValue: { lastReadMessageId: msg.id },
      });
    });
    const marker = await this.chat.marker(c.initiativeId, cmd.actor.userId);
    return {
      lastReadMessageId: marker?.lastReadMessageId ?? null,
      readAt: marker?.readAt.toISOString() ?? null,
      unread: await this.chat.unread(c.initiativeId, marker?.lastReadSeq ?? '0'),
    };
  }

  /** For the gateway's live stream: may the actor follow this chat? Answers the audience the stream filters on. */
  async access(
    c: InitiativeIdDto,
    actor: Actor,
  ): Promise<{ initiativeId: string; audience: { originatorOrganizationId: string; countryCode: string; regionCode: string | null } }> {
    const e = await this.participant(c.initiativeId, actor);
    return { initiativeId: e.id, audience: { originatorOrganizationId: e.originatorOrg, countryCode: e.countryCode, regionCode: e.regionCode } };
  }

  private async participant(initiativeId: string, actor: Actor, m?: EntityManager): Promise<InitiativeEntity> {
    if (!mayUseChat(actor.role, this.edition.code))
      throw new DomainError(DomainErrorCode.WRONG_ROLE, `${actor.role} has no Module 1 chat`, { field: 'actor.role' });
    return this.initiatives.visibleOrNotFound(initiativeId, actor, m, 'initiativeId');
  }
}
