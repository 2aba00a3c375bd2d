import { DomainError, DomainErrorCode } from '@ndip/domain';
import type { DataSource, EntityManager } from 'typeorm';

/** One partition a rebuild has to reach: the end it had when the rebuild started. */
export interface RebuildTarget {
  topic: string;
  partition: number;
  /** The first offset of the partition then (retention may have removed earlier ones). */
  low: string;
  end: string;
}

export interface RebuildProgress {
  generation: number;
  rebuilding: boolean;
  /** Partitions whose target is reached, of all partitions with messages at the start of the rebuild. */
  partitionsDone: number;
  partitions: number;
}

/**
 * While a rebuild runs the projection tables hold part of the history only. Rather than serve those partial
 * figures, the read side answers "rebuilding" until every partition has been applied up to the end it had when
 * the rebuild started (`projection_state.rebuild_targets`, written in the rebuild's transaction). The first read
 * that finds all targets reached clears them, so later reads cost one row.
 */
export async function rebuildProgress(db: DataSource | EntityManager): Promise<RebuildProgress> {
  const [s] = (await db.query(`SELECT generation, rebuild_targets FROM projection_state WHERE id = 1`)) as {
    generation: number;
    rebuild_targets: RebuildTarget[] | null;
  }[];
  const targets = s!.rebuild_targets;
  if (targets === null) return { generation: s!.generation, rebuilding: false, partitionsDone: 0, partitions: 0 };
  const applied = (await db.query(`SELECT topic, partition, next_offset::text AS next_offset FROM projection_offset WHERE generation = $1`, [
    s!.generation,
  ])) as { topic: string; partition: number; next_offset: string }[];
  const done = targets.filter((t) => {
    const a = applied.find((x) => x.topic === t.topic && x.partition === t.partition)?.next_offset ?? t.low;
    return BigInt(a) >= BigInt(t.end);
  }).length;
  if (done < targets.length) return { generation: s!.generation, rebuilding: true, partitionsDone: done, partitions: targets.length };
  await db.query(`UPDATE projection_state SET rebuild_targets = NULL WHERE id = 1 AND generation = $1`, [s!.generation]);
  return { generation: s!.generation, rebuilding: false, partitionsDone: done, partitions: targets.length };
}

/** Throws WRONG_STATE (field `projections`; the gateway answers 503 with Retry-After) while a rebuild runs. */
export async function requireCompleteProjections(db: DataSource | EntityManager): Promise<void> {
  const p = await rebuildProgress(db);
  if (p.rebuilding) {
    throw new DomainError(
      DomainErrorCode.WRONG_STATE,
      `the projections are being rebuilt (generation ${p.generation}, ${p.partitionsDone} of ${p.partitions} partitions done); retry later`,
      { field: 'projections', rebuilding: true, generation: p.generation },
    );
  }
}
