import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { initiativeOverdueNotice, type Actor, type RuleEdition } from '@ndip/domain';
import { CLOCK, PeriodicJob, RULE_EDITION, SERVICE_CONFIG, uuidv7, type Clock, type CommandMessage } from '@ndip/platform';
import { DataSource } from 'typeorm';
import type { AttractionEnv } from '../attraction.env';
import { ChangeRecorder } from '../common/change-recorder';
import { requireAccess } from '../common/query';
import { InitiativeRepository } from './initiative.repository';

/** The actor of the scheduled runs (a platform process, not a person). */
const SYSTEM: Actor = { userId: 'system:initiative-overdue-scan', organizationId: 'system', role: 'ADMIN', regionCode: null, countryCode: null };
const BATCH = 100;

export interface OverdueScanResult {
  today: string;
  flagged: { initiativeId: string; actionDueOn: string; regionCode: string | null }[];
}

/**
 * I13 (rules.md §2.1.3, §3.1 T03/T04): flags initiatives whose action window ran out with no action and
 * publishes `attraction.initiative.overdue` once per initiative and deadline. Runs every
 * NDIP_OVERDUE_SCAN_INTERVAL_MS (0 = off) and on demand (`runOverdueScan`). Batches are locked with
 * FOR UPDATE SKIP LOCKED, so replicas can scan side by side; the flag and the event commit together.
 */
@Injectable()
export class InitiativeOverdueJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('InitiativeOverdueJob');
  private readonly job = new PeriodicJob('overdue scan', this.log, () => this.scan({ actor: SYSTEM, correlationId: uuidv7() }));

  constructor(
    private readonly dataSource: DataSource,
    private readonly initiatives: InitiativeRepository,
    private readonly recorder: ChangeRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
    @Inject(SERVICE_CONFIG) private readonly env: AttractionEnv,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start(this.env.NDIP_OVERDUE_SCAN_INTERVAL_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** The request-reply command: operators (NC, platform administrator) run the scan once. */
  async runOnce(cmd: CommandMessage): Promise<OverdueScanResult> {
    requireAccess(cmd.actor, 'platform.operate', this.edition.code, 'perform');
    return this.scan({ actor: cmd.actor, correlationId: cmd.correlationId });
  }

  async scan(origin: { actor: Actor; correlationId: string }): Promise<OverdueScanResult> {
    const today = this.clock.today();
    const flagged: OverdueScanResult['flagged'] = [];
    for (;;) {
      const n = await this.dataSource.transaction(async (m) => {
        const rows = await this.initiatives.overdueBatch(m, today, BATCH);
        for (const e of rows) {
          const notice = initiativeOverdueNotice(e.state, today, e.overdueFlaggedFor);
          const before = e.overdueFlaggedFor;
          e.overdueFlaggedFor = e.actionDueOn;
          await this.initiatives.save(m, e);
          await this.recorder.record(m, origin, notice ? [notice] : [], {
            action: 'initiative.flag-overdue',
            entityType: 'initiative',
            entityId: e.id,
            oldValue: { overdueFlaggedFor: before },
            newValue: { overdueFlaggedFor: e.overdueFlaggedFor, notified: notice !== null },
          });
          if (notice) flagged.push({ initiativeId: e.id, actionDueOn: e.actionDueOn as string, regionCode: e.regionCode });
        }
        return rows.length;
      });
      if (n < BATCH) return { today, flagged };
    }
  }
}
