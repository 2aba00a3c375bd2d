import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One recorded change of reference data (issue 13). Rows are only inserted: the current value of a key is its
 * row with the highest sequence, and the earlier rows are the history (never overwritten).
 */
@Entity('reference_entry')
export class ReferenceEntryEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ type: 'bigint', generated: 'increment', insert: false }) sequence!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text' }) key!: string;
  @Column({ name: 'effective_from', type: 'date' }) effectiveFrom!: string;
  @Column({ name: 'legal_act', type: 'text' }) legalAct!: string;
  @Column({ type: 'jsonb', nullable: true }) value!: Record<string, unknown> | null;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
  @Column({ name: 'recorded_by', type: 'text' }) recordedBy!: string;
  @Column({ name: 'recorded_by_organization', type: 'text' }) recordedByOrganization!: string;
}
