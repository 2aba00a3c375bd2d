import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Inbox: one row per (event, consumer), written in the consumer's own transaction. */
@Entity({ name: 'inbox' })
export class InboxEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @PrimaryColumn({ type: 'text' })
  consumer!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ name: 'processed_at', type: 'timestamptz', default: () => 'now()' })
  processedAt!: Date;
}
