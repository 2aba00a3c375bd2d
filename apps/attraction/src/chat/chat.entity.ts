import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A message in the Module 1 chat of an initiative (000 §43). `seq` orders the messages. */
@Entity({ name: 'chat_message' })
export class ChatMessageEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ type: 'bigint', generated: 'increment' }) seq!: string;
  @Column({ name: 'initiative_id', type: 'uuid' }) initiativeId!: string;
  @Column({ name: 'author_user_id', type: 'text' }) authorUserId!: string;
  @Column({ name: 'author_org', type: 'text' }) authorOrg!: string;
  @Column({ name: 'author_role', type: 'text' }) authorRole!: string;
  @Column('text') body!: string;
  @Column({ name: 'posted_at', type: 'timestamptz' }) postedAt!: Date;
}

/** How far a user has read the chat of an initiative. */
@Entity({ name: 'chat_read_marker' })
export class ChatReadMarkerEntity {
  @PrimaryColumn({ name: 'initiative_id', type: 'uuid' }) initiativeId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'text' }) userId!: string;
  @Column({ name: 'last_read_seq', type: 'bigint' }) lastReadSeq!: string;
  @Column({ name: 'last_read_message_id', type: 'uuid' }) lastReadMessageId!: string;
  @Column({ name: 'read_at', type: 'timestamptz' }) readAt!: Date;
}
