import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { addWorkingDays, can, getEdition, reportDueDates, workingDaysBetween, type OrganizationType } from '@ndip/domain';
import { parseReminderPolicy, remindersDue, type ReminderPolicy } from '@ndip/domain/rules/reminders';
import { CLOCK, PeriodicJob, SERVICE_CONFIG, type Clock, ReferenceDataCache } from '@ndip/platform';
import { DataSource } from 'typeorm';
import type { GatewayEnv } from '../gateway.env';
import { DEADLINE_COLUMNS, ReminderSender, sentKeys, upsertDeadline, type DeadlineRow } from './deadlines';
import { reportDeadlineId } from './notification-events';
import { NotificationWriter, resolveRecipients } from './notification.service';
import { deadlineLabel, formatDate } from './templates';

export interface SchedulerRun {
  date: string;
  deadlinesChecked: number;
  remindersSent: number;
  overdueSent: number;
  superseded: number;
  digests: number;
}

/**
 * Reminders before deadlines, overdue notices and the daily digest. Every NDIP_NOTIFY_SCHEDULER_INTERVAL_MS
 * (0 = off) it runs for the clock's date (Asia/Almaty; NDIP_FIXED_TODAY pins it); `runFor(date)` (the
 * administrator's `POST /notifications/scheduler/run`) runs it once for a given date. Each deadline is handled
 * in its own transaction, locked with SKIP LOCKED so that replicas can run side by side; what `remindersDue`
 * (libs/domain) decides is recorded in notification_reminder (primary key deadline + key), so a reminder goes
 * out exactly once even across restarts and repeated runs.
 */
@Injectable()
export class NotificationScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('NotificationScheduler');
  private readonly job = new PeriodicJob('reminder scheduler', this.log, () => this.runFor(this.clock.today()));
  private running: Promise<SchedulerRun> | null = null;
  readonly policy: ReminderPolicy;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly env: GatewayEnv,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly reminders: ReminderSender,
    private readonly writer: NotificationWriter,
    private readonly reference: ReferenceDataCache,
  ) {
    this.policy = parseReminderPolicy(env.NDIP_NOTIFY_REMINDER_DAYS);
  }

  onApplicationBootstrap(): void {
    this.job.start(this.env.NDIP_NOTIFY_SCHEDULER_INTERVAL_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** One run for `date` (serialised within this process; replicas are kept apart by the row locks). */
  async runFor(date: string): Promise<SchedulerRun> {
    while (this.running) await this.running.catch(() => undefined);
    this.running = this.run(date);
    try {
      return await this.running;
    } finally {
      this.running = null;
    }
  }

  private async run(date: string): Promise<SchedulerRun> {
    const out: SchedulerRun = { date, deadlinesChecked: 0, remindersSent: 0, overdueSent: 0, superseded: 0, digests: 0 };
    await this.ensureQuarterlyReportDeadlines(date);
    const ids = (await this.dataSource.query(
      `SELECT d.id FROM notification_deadline d
        WHERE d.closed_at IS NULL AND NOT EXISTS (SELECT 1 FROM notification_reminder r WHERE r.deadline_id = d.id AND r.key = d.due_on::text || ':OVERDUE')
        ORDER BY d.due_on, d.id`,
    )) as { id: string }[];
    for (const { id } of ids) {
      await this.dataSource.transaction(async (m) => {
        const rows = (await m.query(`SELECT ${DEADLINE_COLUMNS} FROM notification_deadline WHERE id = $1 AND closed_at IS NULL FOR UPDATE SKIP LOCKED`, [
          id,
        ])) as DeadlineRow[];
        const d = rows[0];
        if (!d) return;
        out.deadlinesChecked += 1;
        // Issue 13: working days with the decreed transfers of the reference-data store.
        const decision = remindersDue(
          { dueOn: d.due_on, closed: false, sentKeys: await sentKeys(m, d.id) },
          date,
          this.policy[d.kind] ?? [],
          this.reference.calendar(),
        );
        for (const r of decision.superseded) if (await this.reminders.record(m, d, r, date, 'SUPERSEDED')) out.superseded += 1;
        for (const r of decision.send) {
          if (!(await this.reminders.record(m, d, r, date, 'SENT'))) continue;
          if (r.kind === 'OVERDUE') out.overdueSent += 1;
          else out.remindersSent += 1;
        }
      });
    }
    out.digests = await this.digests(date);
    this.log.log(`run for ${date}: ${JSON.stringify(out)}`);
    return out;
  }

  /**
   * Quarterly reports (rules.md §4.8, `reportDueDates`): for the quarter whose reports fall due next, one deadline
   * per organisation that must report (regional front offices to NC by the 15th, external ones to AB by the 15th,
   * NC's consolidated report to AB by the 20th), created once; a submitted report closes its deadline.
   */
  private async ensureQuarterlyReportDeadlines(date: string): Promise<void> {
    const year = Number(date.slice(0, 4));
    const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
    const [ry, rq] = q === 1 ? [year - 1, 4] : [year, q - 1];
    const due = reportDueDates({ year: ry, quarter: rq as 1 | 2 | 3 | 4 });
    if (workingDaysBetween(date, due.consolidatedToAuthorizedBody, this.reference.calendar()) < 0) return;
    const edition = getEdition(this.env.NDIP_RULE_EDITION);
    const orgs = (await this.dataSource.query(`SELECT id, type, region_code FROM organization WHERE active`)) as {
      id: string;
      type: OrganizationType;
      region_code: string | null;
    }[];
    for (const o of orgs) {
      const kinds: { kind: string; dueOn: string }[] = [];
      if (o.type === 'NC') kinds.push({ kind: 'CONSOLIDATED_TO_AB', dueOn: due.consolidatedToAuthorizedBody });
      else if (can(o.type, 'report.quarterly-to-nc', edition.code, 'perform')) kinds.push({ kind: 'REGIONAL_TO_NC', dueOn: due.regionalToNationalCompany });
      else if (can(o.type, 'report.quarterly-to-ab', edition.code, 'perform')) kinds.push({ kind: 'EXTERNAL_TO_AB', dueOn: due.externalToAuthorizedBody });
      for (const k of kinds) {
        const id = reportDeadlineId(k.kind, ry, rq, o.id);
        await this.dataSource.transaction(async (m) => {
          const exists = (await m.query(`SELECT 1 FROM notification_deadline WHERE id = $1`, [id])) as unknown[];
          if (exists.length > 0) return;
          await upsertDeadline(m, {
            id,
            kind: 'QUARTERLY_REPORT',
            recordType: 'quarterly-report',
            recordId: `${ry}-Q${rq}`,
            title: `${ry} Q${rq}`,
            dueOn: k.dueOn,
            regionCode: o.region_code,
            projectId: null,
            audience: [{ kind: 'ORG', organizationId: o.id }],
            overdueAudience: [{ kind: 'ORG', organizationId: o.id, headsOnly: true }],
            link: `/reports/quarterly`,
            sourceEventId: null,
          });
        });
      }
    }
  }

  /**
   * The daily digest: for each user, the open deadlines addressed to them that fall due within the next
   * 5 working days or are overdue, and their unread notices; one per user and day (notification_digest).
   */
  private async digests(date: string): Promise<number> {
    const horizon = addWorkingDays(date, 5, this.reference.calendar());
    return this.dataSource.transaction(async (m) => {
      const open = (await m.query(`SELECT ${DEADLINE_COLUMNS} FROM notification_deadline WHERE closed_at IS NULL AND due_on <= $1 ORDER BY due_on, id`, [
        horizon,
      ])) as DeadlineRow[];
      const perUser = new Map<string, { locale: 'kk' | 'ru' | 'en'; items: DeadlineRow[] }>();
      for (const d of open) {
        const overdue = d.due_on < date;
        for (const r of await resolveRecipients(m, overdue ? [...d.audience, ...d.overdue_audience] : d.audience)) {
          const cur = perUser.get(r.userId) ?? { locale: r.locale, items: [] };
          cur.items.push(d);
          perUser.set(r.userId, cur);
        }
      }
      const unread = (await m.query(
        `SELECT user_id::text AS user_id, count(*)::int AS n FROM notification WHERE read_at IS NULL AND type <> 'DIGEST' GROUP BY user_id`,
      )) as {
        user_id: string;
        n: number;
      }[];
      const unreadOf = new Map(unread.map((u) => [u.user_id, u.n]));
      let n = 0;
      for (const [userId, { locale, items }] of perUser) {
        const inserted = (await m.query(
          `INSERT INTO notification_digest (user_id, digest_date, items) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING user_id`,
          [userId, date, items.length],
        )) as unknown[];
        if (inserted.length === 0) continue;
        const lines = items.map((d) => `• ${deadlineLabel(d.kind, locale)}: ${d.title} — ${formatDate(d.due_on, locale)}${d.due_on < date ? ' (!)' : ''}`);
        const u = unreadOf.get(userId) ?? 0;
        if (u > 0)
          lines.push(
            locale === 'en' ? `• Unread notifications: ${u}` : locale === 'kk' ? `• Оқылмаған хабарламалар: ${u}` : `• Непрочитанных уведомлений: ${u}`,
          );
        n += await this.writer.notify(m, {
          type: 'DIGEST',
          dedupeKey: `digest:${date}`,
          audiences: [{ kind: 'USER', userId }],
          template: 'digest',
          params: { count: items.length, lines },
          recordType: null,
          recordId: null,
          link: '/notifications',
        });
      }
      return n;
    });
  }
}
