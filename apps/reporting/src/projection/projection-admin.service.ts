import { Inject, Injectable } from '@nestjs/common';
import { REGIONS, type Actor, type RuleEdition } from '@ndip/domain';
import { KAFKA, RULE_EDITION, appendAudit, type CommandMessage } from '@ndip/platform';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { requireAccess } from '../common/access';
import { OverdueRatingService } from '../rating/overdue-rating.service';
import { rebuildProgress, type RebuildTarget } from './projection-readiness';
import { PROJECTION_TOPICS, ProjectionRunner } from './projection.runner';

/** Tables built only from events: emptied by a rebuild. Snapshots, survey data, ratings and reports are kept. */
export const PROJECTION_TABLES = [
  'project_projection',
  'dash_project',
  'dash_initiative',
  'dash_meeting',
  'rating_task',
  'rating_region_live',
  'dash_summary',
  'dash_open_task',
];

export interface ProjectionStatus {
  generation: number;
  runnerGeneration: number | null;
  rebuildStartedAt: string | null;
  /** Every partition of the source topics has been applied up to its current end. */
  caughtUp: boolean;
  /** The read side answers "rebuilding" (503) until the ends the partitions had when the rebuild started are reached. */
  rebuilding: boolean;
  partitions: { topic: string; partition: number; end: string; applied: string }[];
}

/**
 * Rebuilding the projections from the beginning of the topics (documented in apps/reporting/README.md):
 * stop the runner; in one transaction empty the projection tables and the consumer's inbox rows and move to the
 * next generation; start the runner again, which joins a NEW consumer group (nothing committed) and reads every
 * topic from offset 0. The status compares the offsets applied (recorded in each batch's transaction) with the
 * ends of the partitions.
 */
@Injectable()
export class ProjectionAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly runner: ProjectionRunner,
    private readonly rating: OverdueRatingService,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  async rebuild(cmd: CommandMessage): Promise<ProjectionStatus> {
    requireAccess(cmd.actor, 'platform.operate', this.edition.code, 'perform');
    await this.runner.stop();
    try {
      // What the new generation has to read before the projections are complete again (see projection-readiness.ts).
      const targets: RebuildTarget[] = [];
      const admin = this.kafka.admin();
      await admin.connect();
      try {
        for (const topic of PROJECTION_TOPICS) {
          for (const p of await admin.fetchTopicOffsets(topic)) {
            if (BigInt(p.high) > BigInt(p.low)) targets.push({ topic, partition: p.partition, low: p.low, end: p.high });
          }
        }
      } finally {
        await admin.disconnect();
      }
      await this.dataSource.transaction(async (m) => {
        const [s] = (await m.query(`SELECT generation, rating_as_of::text AS as_of FROM projection_state WHERE id = 1 FOR UPDATE`)) as {
          generation: number;
          as_of: string | null;
        }[];
        await m.query(`TRUNCATE ${PROJECTION_TABLES.join(', ')}`);
        await m.query(`DELETE FROM inbox WHERE consumer = 'reporting'`);
        await m.query(`DELETE FROM projection_offset`);
        await m.query(`UPDATE projection_state SET generation = generation + 1, rebuild_started_at = now(), rebuild_targets = $1::jsonb WHERE id = 1`, [
          JSON.stringify(targets),
        ]);
        if (s!.as_of !== null)
          await this.rating.refreshRegions(
            m,
            REGIONS.map((r) => r.code),
            s!.as_of,
          );
        await appendAudit(m, {
          actor: cmd.actor,
          action: 'projections.rebuild',
          entityType: 'projection',
          entityId: 'reporting',
          oldValue: { generation: s!.generation },
          newValue: { generation: s!.generation + 1 },
          ruleEdition: this.edition.code,
          correlationId: cmd.correlationId,
        });
      });
    } finally {
      await this.runner.start();
    }
    return this.status(cmd.actor);
  }

  async status(actor: Actor): Promise<ProjectionStatus> {
    requireAccess(actor, 'platform.operate', this.edition.code, 'read');
    const [s] = (await this.dataSource.query(`SELECT generation, rebuild_started_at FROM projection_state WHERE id = 1`)) as {
      generation: number;
      rebuild_started_at: Date | null;
    }[];
    const applied = (await this.dataSource.query(`SELECT topic, partition, next_offset::text AS next_offset FROM projection_offset WHERE generation = $1`, [
      s!.generation,
    ])) as { topic: string; partition: number; next_offset: string }[];
    const admin = this.kafka.admin();
    await admin.connect();
    const partitions: ProjectionStatus['partitions'] = [];
    let caughtUp = true;
    try {
      for (const topic of PROJECTION_TOPICS) {
        for (const p of await admin.fetchTopicOffsets(topic)) {
          const done = applied.find((a) => a.topic === topic && a.partition === p.partition)?.next_offset ?? p.low;
          if (p.high !== p.low && BigInt(done) < BigInt(p.high)) caughtUp = false;
          partitions.push({ topic, partition: p.partition, end: p.high, applied: done });
        }
      }
    } finally {
      await admin.disconnect();
    }
    const progress = await rebuildProgress(this.dataSource);
    return {
      generation: s!.generation,
      rebuilding: progress.rebuilding,
      runnerGeneration: this.runner.currentGeneration(),
      rebuildStartedAt: s!.rebuild_started_at ? s!.rebuild_started_at.toISOString() : null,
      caughtUp: caughtUp && this.runner.currentGeneration() === s!.generation,
      partitions,
    };
  }
}
