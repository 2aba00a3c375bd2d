import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Transactional outbox row, in the Debezium outbox event-router shape
 * (id, aggregatetype, aggregateid, type, payload) plus relay bookkeeping.
 * `payload` holds the whole event envelope.
 */
@Entity({ name: 'outbox' })
@Index('outbox_unpublished_idx', ['createdAt', 'seq'], { where: 'published_at IS NULL' })
export class OutboxEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** Insertion order inside a service; ties on created_at are broken by it. */
  @Column({ type: 'bigint', generated: 'increment', unique: true })
  seq!: string;

  @Column({ name: 'aggregatetype', type: 'text' })
  aggregateType!: string;

  @Column({ name: 'aggregateid', type: 'text' })
  aggregateId!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  headers!: Record<string, string>;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;
}
