import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  REFERENCE_EVENT_TYPES,
  ROADMAP_AGGREGATE,
  TASK_AGGREGATE,
  addWorkingDays,
  can,
  getEdition,
  type Actor,
  type DeadlineRecomputedPayload,
  type DomainEvent,
  type RuleEdition,
  type WorkingDayCalendar,
} from '@ndip/domain';
import { CLOCK, RULE_EDITION, ReferenceDataCache, uuidv7, type Clock, type CommandMessage } from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { ImplementationOutbox, SYSTEM_ACTOR, domainEvent } from '../common/implementation-outbox';
import { RoadmapEntity } from '../roadmap/roadmap.entity';
import { TaskEntity } from '../task/task.entity';

export interface DeadlineRecomputeResult {
  asOf: string;
  recomputed: { rework: number; validation: number };
}

const BATCH = 100;

/** The new end of a working-day period counted from `start`, or null when the calendar does not know the years. */
export function recomputedDue(start: string, workingDays: number, calendar: WorkingDayCalendar): string | null {
  try {
    return addWorkingDays(start, workingDays, calendar);
  } catch (e) {
    if (e instanceof DomainError && e.code === DomainErrorCode.UNKNOWN_REFERENCE) return null;
    throw e;
  }
}

/**
 * Recomputes the open working-day deadlines of Module 2 with the calendar of the reference-data store, after a
 * decreed day transfer was recorded (issue 13): T08 the roadmap rework (5 WD from the return, while in REWORK) and
 * T10 the task validation (5 WD from the actual completion, while awaiting validation). A deadline whose end moved
 * is updated in its record and published once as `implementation.deadline.recomputed` (the gateway notifies the
 * owners and moves its reminders); running it again, or on a replica side by side (FOR UPDATE SKIP LOCKED),
 * finds nothing more to change. Closed deadlines keep their dates.
 */
@Injectable()
export class DeadlineRecomputeService implements OnApplicationBootstrap {
  private readonly log = new Logger('DeadlineRecompute');
  private running: Promise<unknown> = Promise.resolve();
  /** Entries this process recorded itself: the store recomputes for them in the command (see recordedHere). */
  private readonly local = new Set<string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly out: ImplementationOutbox,
    private readonly reference: ReferenceDataCache,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  /** A transfer that reaches this process through the topic (another replica recorded it) recomputes here too. */
  onApplicationBootstrap(): void {
    this.reference.onEntry((e) => {
      if (e.kind === 'DAY_TRANSFER' && !this.local.delete(e.entryId)) void this.schedule();
    });
  }

  /** The store recorded this entry here and recomputes in the same command: the cache listener leaves it alone. */
  recordedHere(entryId: string): void {
    this.local.add(entryId);
  }

  forget(entryId: string): void {
    this.local.delete(entryId);
  }

  /** A run after the ones queued (a command waiting for its result). */
  runQueued(today: string, actor: Actor, correlationId: string): Promise<DeadlineRecomputeResult> {
    const run = this.running.then(() => this.recompute(today, actor, correlationId));
    this.running = run.catch(() => undefined);
    return run;
  }

  /** Queues a run after the current one (runs never overlap in one process). */
  schedule(): Promise<DeadlineRecomputeResult | null> {
    const next = this.running.then(() =>
      this.recompute(this.clock.today(), SYSTEM_ACTOR, uuidv7(this.clock.now().getTime())).catch((e: unknown) => {
        this.log.error(`recomputation failed: ${e instanceof Error ? e.message : String(e)}`);
        return null;
      }),
    );
    this.running = next;
    return next;
  }

  /** The operators' command: run once now. */
  async runNow(cmd: CommandMessage): Promise<DeadlineRecomputeResult> {
    if (!can(cmd.actor.role, 'platform.operate', this.edition.code, 'perform')) {
      throw new DomainError(DomainErrorCode.WRONG_ROLE, `${cmd.actor.role} may not run the deadline recomputation`);
    }
    return this.runQueued(this.clock.today(), cmd.actor, cmd.correlationId);
  }

  async recompute(today: string, actor: Actor, correlationId: string): Promise<DeadlineRecomputeResult> {
    const calendar = this.reference.calendar();
    const recomputed = { rework: 0, validation: 0 };
    recomputed.rework = await this.pass(
      `SELECT id FROM roadmap WHERE status = 'REWORK' AND id > $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      async (m, id) => {
        const r = await m.getRepository(RoadmapEntity).findOneOrFail({ where: { id } });
        const s = r.state;
        const timer = getEdition(r.edition).roadmap.rework;
        if (s.status !== 'REWORK' || !s.rejection || !s.reworkDueOn || timer.unit !== 'WD') return null;
        const due = recomputedDue(s.rejection.on, timer.value, calendar);
        if (due === null || due === s.reworkDueOn) return null;
        const payload: DeadlineRecomputedPayload = {
          recordType: 'roadmap',
          recordId: r.id,
          projectId: r.projectId,
          regionCode: r.regionCode,
          timer: 'T08_REWORK',
          startedOn: s.rejection.on,
          workingDays: timer.value,
          previousDueOn: s.reworkDueOn,
          dueOn: due,
          recomputedOn: today,
        };
        r.state = { ...s, reworkDueOn: due };
        await m.getRepository(RoadmapEntity).save(r);
        await this.out.audit(m, actor, 'roadmap.deadline-recomputed', 'roadmap', r.id, { reworkDueOn: s.reworkDueOn }, { reworkDueOn: due }, correlationId);
        return domainEvent(ROADMAP_AGGREGATE, r.id, REFERENCE_EVENT_TYPES.deadlineRecomputed, payload);
      },
      actor,
      correlationId,
    );
    recomputed.validation = await this.pass(
      `SELECT id FROM roadmap_task WHERE effective AND status = 'AWAITING_VALIDATION' AND id > $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      async (m, id) => {
        const t = await m.getRepository(TaskEntity).findOneOrFail({ where: { id } });
        const s = t.state;
        const timer = getEdition(t.edition).tasks.validation;
        if (s.status !== 'AWAITING_VALIDATION' || !s.actualCompletionDate || !s.validationDueOn || timer.unit !== 'WD') return null;
        const due = recomputedDue(s.actualCompletionDate, timer.value, calendar);
        if (due === null || due === s.validationDueOn) return null;
        const payload: DeadlineRecomputedPayload = {
          recordType: 'task',
          recordId: t.id,
          projectId: t.projectId,
          regionCode: t.regionCode,
          timer: 'T10_VALIDATION',
          startedOn: s.actualCompletionDate,
          workingDays: timer.value,
          previousDueOn: s.validationDueOn,
          dueOn: due,
          recomputedOn: today,
        };
        t.state = { ...s, validationDueOn: due };
        await m.getRepository(TaskEntity).save(t);
        await this.out.audit(
          m,
          actor,
          'task.deadline-recomputed',
          'task',
          t.id,
          { validationDueOn: s.validationDueOn },
          { validationDueOn: due },
          correlationId,
        );
        return domainEvent(TASK_AGGREGATE, t.id, REFERENCE_EVENT_TYPES.deadlineRecomputed, payload);
      },
      actor,
      correlationId,
    );
    if (recomputed.rework + recomputed.validation > 0) this.log.log(`recomputed ${recomputed.rework} rework and ${recomputed.validation} validation deadlines`);
    return { asOf: today, recomputed };
  }

  /** Walks the rows of one query in batches, each batch one transaction with its events. */
  private async pass(sql: string, each: (m: EntityManager, id: string) => Promise<DomainEvent | null>, actor: Actor, correlationId: string): Promise<number> {
    let after = '00000000-0000-0000-0000-000000000000';
    let count = 0;
    for (;;) {
      const rows = await this.dataSource.transaction(async (m) => {
        const ids: { id: string }[] = await m.query(sql, [after, BATCH]);
        const events: DomainEvent[] = [];
        for (const { id } of ids) {
          const e = await each(m, id);
          if (e) events.push(e);
        }
        await this.out.emit(m, events, actor, correlationId);
        count += events.length;
        return ids;
      });
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1]!.id;
    }
    return count;
  }
}
