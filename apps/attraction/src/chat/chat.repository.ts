import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { ChatMessageEntity, ChatReadMarkerEntity } from './chat.entity';

@Injectable()
export class ChatRepository {
  constructor(
    @InjectRepository(ChatMessageEntity) private readonly messages: Repository<ChatMessageEntity>,
    @InjectRepository(ChatReadMarkerEntity) private readonly markers: Repository<ChatReadMarkerEntity>,
  ) {}

  async insert(m: EntityManager, e: Omit<ChatMessageEntity, 'seq'>): Promise<ChatMessageEntity> {
    const rows = (await m.query(
      `INSERT INTO chat_message (id, initiative_id, author_user_id, author_org, author_role, body, posted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING seq`,
      [e.id, e.initiativeId, e.authorUserId, e.authorOrg, e.authorRole, e.body, e.postedAt],
    )) as { seq: string }[];
    return { ...e, seq: String(rows[0]!.seq) };
  }

  page(initiativeId: string, ascending: boolean, skip: number, take: number): Promise<[ChatMessageEntity[], number]> {
    return this.messages.findAndCount({ where: { initiativeId }, order: { seq: ascending ? 'ASC' : 'DESC' }, skip, take });
  }

  findMessage(m: EntityManager, initiativeId: string, id: string): Promise<ChatMessageEntity | null> {
    return m.getRepository(ChatMessageEntity).findOne({ where: { id, initiativeId } });
  }

  marker(initiativeId: string, userId: string, m?: EntityManager): Promise<ChatReadMarkerEntity | null> {
    return (m ? m.getRepository(ChatReadMarkerEntity) : this.markers).findOne({ where: { initiativeId, userId } });
  }

  /** Moves the marker forward only (reading an older message does not make newer ones unread). */
  async advanceMarker(m: EntityManager, e: ChatReadMarkerEntity): Promise<void> {
    await m.query(
      `INSERT INTO chat_read_marker (initiative_id, user_id, last_read_seq, last_read_message_id, read_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (initiative_id, user_id) DO UPDATE SET last_read_seq = EXCLUDED.last_read_seq,
         last_read_message_id = EXCLUDED.last_read_message_id, read_at = EXCLUDED.read_at
       WHERE chat_read_marker.last_read_seq < EXCLUDED.last_read_seq`,
      [e.initiativeId, e.userId, e.lastReadSeq, e.lastReadMessageId, e.readAt],
    );
  }

  async unread(initiativeId: string, afterSeq: string): Promise<number> {
    return this.messages.createQueryBuilder('c').where('c.initiative_id = :id AND c.seq > :after', { id: initiativeId, after: afterSeq }).getCount();
  }
}
