import { Injectable } from '@nestjs/common';
import { EVENT_TYPES, INITIATIVE_EVENTS, REFERENCE_EVENT_TYPES, REPORTING_EVENT_TYPES, ROADMAP_EVENTS, type EventEnvelope } from '@ndip/domain';
import { remindersDue, type ReminderDecision } from '@ndip/domain/rules/reminders';
import {
  DeadlineRecomputedContract,
  InitiativeConvertedContract,
  InitiativeCreatedContract,
  InitiativeRevertedFromProjectContract,
  InitiativeTransferredContract,
  M3IssueEscalatedToCouncilContract,
  ProjectCreatedContract,
  ProjectPoolClassifiedContract,
  ProjectTransferredToPostInvestmentContract,
  QuarterlyReportSubmittedContract,
  TaskBecameOverdueContract,
  TaskCompletedContract,
  TaskCreatedContract,
  TaskDueDateChangedContract,
  TaskValidatedContract,
  type EventHandler,
} from '@ndip/platform';
import type { EntityManager } from 'typeorm';
import {
  InitiativeExtendedContract,
  InitiativeOfficerAssignedContract,
  InitiativeRedirectRequestedContract,
  InitiativeReturnedContract,
  RoadmapApprovedContract,
  RoadmapMioAssignedContract,
  RoadmapRejectedContract,
  RoadmapResubmittedContract,
  RoadmapSubmittedContract,
  RoadmapVerificationFailedContract,
} from './event-contracts';
import { ReminderSender, closeDeadline, getContext, getDeadline, moveDeadline, putContext, sentKeys, setDeadlineAudience, upsertDeadline } from './deadlines';
import { NotificationWriter } from './notification.service';
import type { Audience } from './notification.types';

type Ev<P> = EventEnvelope<P>;

const MIO = (regionCode: string | null, headsOnly = false): Audience[] => (regionCode ? [{ kind: 'ORG_TYPE', type: 'MIO', regionCode, headsOnly }] : []);
const AB: Audience = { kind: 'ORG_TYPE', type: 'AB' };
const investor = (bin: string | null | undefined): Audience[] => (bin ? [{ kind: 'INVESTOR', bin }] : []);
const isUuid = (s: string | null | undefined): s is string => !!s && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/** The report kinds of rules.md §4.8 and who submits them. */
export function reportDeadlineId(kind: string, year: number, quarter: number, organizationId: string): string {
  return `report:${kind}:${year}-Q${quarter}:${organizationId}`;
}

/**
 * What each domain event means for whom: the handlers of the notifications consumer (EventProcessor with the
 * inbox; each runs in the consumer's transaction). They keep the context the recipients are resolved from,
 * open, move and close the deadlines the scheduler reminds of, and write the notices of the event itself.
 */
@Injectable()
export class NotificationEventHandlers {
  constructor(
    private readonly writer: NotificationWriter,
    private readonly reminders: ReminderSender,
  ) {}

  all(): EventHandler[] {
    const h = <P extends object>(type: string, payloadClass: new () => P, handle: (m: EntityManager, e: Ev<P>) => Promise<void>): EventHandler =>
      ({ type, payloadClass, handle }) as EventHandler;
    return [
      // ---- Module 1: initiatives ----
      h(EVENT_TYPES.initiativeCreated, InitiativeCreatedContract, (m, e) => putContext(m, 'initiative', e.payload.initiativeId, { name: e.payload.title })),
      h(EVENT_TYPES.initiativeTransferred, InitiativeTransferredContract, (m, e) => this.initiativeTransferred(m, e)),
      h(INITIATIVE_EVENTS.officerAssigned, InitiativeOfficerAssignedContract, (m, e) => this.officerAssigned(m, e)),
      h(INITIATIVE_EVENTS.extended, InitiativeExtendedContract, (m, e) => moveDeadline(m, `initiative:${e.payload.initiativeId}`, e.payload.actionDueOn)),
      h(INITIATIVE_EVENTS.returned, InitiativeReturnedContract, (m, e) => closeDeadline(m, `initiative:${e.payload.initiativeId}`, 'returned')),
      // E000: the authorized body approves a redirection to another akimat.
      h(INITIATIVE_EVENTS.redirectRequested, InitiativeRedirectRequestedContract, async (m, e) => {
        const title = (await getContext(m, 'initiative', e.payload.initiativeId))?.name ?? '';
        await this.writer.notify(m, {
          type: 'APPROVAL_REQUESTED',
          dedupeKey: `event:${e.id}`,
          audiences: [AB],
          template: 'initiative.redirect',
          params: { title, reason: e.payload.reason ?? null, regionCode: e.payload.toRegionCode },
          recordType: 'initiative',
          recordId: e.payload.initiativeId,
          link: `/initiatives/${e.payload.initiativeId}`,
        });
      }),
      h(EVENT_TYPES.initiativeConverted, InitiativeConvertedContract, async (m, e) => {
        await putContext(m, 'initiative', e.payload.initiativeId, { companyBin: e.payload.companyBin, regionCode: e.payload.regionCode });
        await closeDeadline(m, `initiative:${e.payload.initiativeId}`, 'converted');
      }),
      h(EVENT_TYPES.initiativeRevertedFromProject, InitiativeRevertedFromProjectContract, async (m, e) => {
        if (!e.payload.notifyAuthorizedBody) return;
        await this.writer.notify(m, {
          type: 'INITIATIVE_REVERTED',
          dedupeKey: `event:${e.id}`,
          audiences: [AB],
          template: 'initiative.reverted',
          params: { reason: e.payload.reason, regionCode: e.payload.regionCode },
          recordType: 'initiative',
          recordId: e.payload.initiativeId,
          link: `/initiatives/${e.payload.initiativeId}`,
        });
      }),
      // ---- Module 2: projects, roadmaps, tasks ----
      h(EVENT_TYPES.projectCreated, ProjectCreatedContract, async (m, e) => {
        const initiative = await getContext(m, 'initiative', e.payload.initiativeId);
        await putContext(m, 'project', e.payload.projectId, {
          regionCode: e.payload.regionCode,
          name: e.payload.name,
          companyBin: initiative?.company_bin ?? null,
        });
      }),
      h(EVENT_TYPES.projectPoolClassified, ProjectPoolClassifiedContract, (m, e) =>
        putContext(m, 'project', e.payload.projectId, { regionCode: e.payload.regionCode, pool: e.payload.pool }),
      ),
      h(ROADMAP_EVENTS.mioAssigned, RoadmapMioAssignedContract, (m, e) => this.roadmapMioAssigned(m, e)),
      h(ROADMAP_EVENTS.submitted, RoadmapSubmittedContract, (m, e) => this.roadmapSubmitted(m, e, 'roadmap-form')),
      h(ROADMAP_EVENTS.resubmitted, RoadmapResubmittedContract, (m, e) => this.roadmapSubmitted(m, e, 'roadmap-rework')),
      h(ROADMAP_EVENTS.rejected, RoadmapRejectedContract, (m, e) => this.roadmapRework(m, e, e.payload.notifyInitiatorOrganizationId)),
      h(ROADMAP_EVENTS.verificationFailed, RoadmapVerificationFailedContract, (m, e) => this.roadmapRework(m, e, null)),
      h(ROADMAP_EVENTS.approved, RoadmapApprovedContract, (m, e) => this.roadmapApproved(m, e)),
      h(ROADMAP_EVENTS.verified, RoadmapApprovedContract, (m, e) => this.roadmapApproved(m, e)),
      h(EVENT_TYPES.taskCreated, TaskCreatedContract, (m, e) => this.taskDeadline(m, e.payload, e.id)),
      h(EVENT_TYPES.taskDueDateChanged, TaskDueDateChangedContract, (m, e) => this.taskDeadline(m, e.payload, e.id)),
      h(EVENT_TYPES.taskCompleted, TaskCompletedContract, (m, e) => this.taskCompleted(m, e)),
      h(EVENT_TYPES.taskValidated, TaskValidatedContract, (m, e) => closeDeadline(m, `task-validation:${e.payload.taskId}`, 'validated')),
      h(EVENT_TYPES.taskBecameOverdue, TaskBecameOverdueContract, (m, e) => this.taskOverdue(m, e)),
      h(REFERENCE_EVENT_TYPES.deadlineRecomputed, DeadlineRecomputedContract, (m, e) => this.deadlineRecomputed(m, e)),
      h(EVENT_TYPES.projectTransferredToPostInvestment, ProjectTransferredToPostInvestmentContract, async (m, e) => {
        const project = await getContext(m, 'project', e.payload.projectId);
        await this.writer.notify(m, {
          type: 'PROJECT_UPDATE',
          dedupeKey: `event:${e.id}`,
          audiences: investor(project?.company_bin),
          template: 'project.monitoring',
          params: { title: project?.name ?? '' },
          recordType: 'project',
          recordId: e.payload.projectId,
          link: `/projects/${e.payload.projectId}`,
        });
      }),
      // ---- Module 3 ----
      h(EVENT_TYPES.m3IssueEscalatedToCouncil, M3IssueEscalatedToCouncilContract, (m, e) =>
        this.writer
          .notify(m, {
            type: 'ESCALATION',
            dedupeKey: `event:${e.id}`,
            audiences: [AB, ...MIO(e.payload.regionCode, true)],
            template: 'issue.escalated',
            params: { dueOn: e.payload.dueOn, regionCode: e.payload.regionCode },
            recordType: 'issue',
            recordId: e.payload.issueId,
            link: `/monitoring/issues/${e.payload.issueId}`,
            dueOn: e.payload.dueOn,
          })
          .then(() => undefined),
      ),
      // ---- Reporting ----
      h(REPORTING_EVENT_TYPES.quarterlyReportSubmitted, QuarterlyReportSubmittedContract, (m, e) =>
        closeDeadline(m, reportDeadlineId(e.payload.kind, e.payload.year, e.payload.quarter, e.payload.organizationId), 'submitted'),
      ),
    ];
  }

  private async initiativeTransferred(m: EntityManager, e: Ev<InitiativeTransferredContract>): Promise<void> {
    const p = e.payload;
    await putContext(m, 'initiative', p.initiativeId, { regionCode: p.regionCode });
    const title = (await getContext(m, 'initiative', p.initiativeId))?.name ?? '';
    const link = `/initiatives/${p.initiativeId}`;
    await upsertDeadline(m, {
      id: `initiative:${p.initiativeId}`,
      kind: 'INITIATIVE_ACTION',
      recordType: 'initiative',
      recordId: p.initiativeId,
      title,
      dueOn: p.actionDueOn,
      regionCode: p.regionCode,
      projectId: null,
      audience: MIO(p.regionCode),
      // rules.md §3.1 T03: an overdue initiative goes to the MIO head and the authorized body.
      overdueAudience: [...MIO(p.regionCode, true), AB],
      link,
      sourceEventId: e.id,
    });
    await this.writer.notify(m, {
      type: 'INITIATIVE_TRANSFERRED',
      dedupeKey: `event:${e.id}`,
      audiences: MIO(p.regionCode),
      template: 'initiative.transferred',
      params: { title, dueOn: p.actionDueOn, regionCode: p.regionCode },
      recordType: 'initiative',
      recordId: p.initiativeId,
      link,
      dueOn: p.actionDueOn,
    });
  }

  private async officerAssigned(m: EntityManager, e: Ev<InitiativeOfficerAssignedContract>): Promise<void> {
    const p = e.payload;
    const deadline = await getDeadline(m, `initiative:${p.initiativeId}`);
    const officer: Audience[] = isUuid(p.officerUserId) ? [{ kind: 'USER', userId: p.officerUserId }] : [];
    if (deadline) await setDeadlineAudience(m, deadline.id, [...officer, ...MIO(p.regionCode, true)]);
    const title = (await getContext(m, 'initiative', p.initiativeId))?.name ?? '';
    await this.writer.notify(m, {
      type: 'INITIATIVE_ASSIGNED',
      dedupeKey: `event:${e.id}`,
      audiences: officer,
      template: 'initiative.assigned',
      params: { title, dueOn: deadline?.due_on ?? null, regionCode: p.regionCode },
      recordType: 'initiative',
      recordId: p.initiativeId,
      link: `/initiatives/${p.initiativeId}`,
      dueOn: deadline?.due_on ?? null,
    });
  }

  private async roadmapMioAssigned(m: EntityManager, e: Ev<RoadmapMioAssignedContract>): Promise<void> {
    const p = e.payload;
    await putContext(m, 'roadmap', p.roadmapId, { projectId: p.projectId, regionCode: p.regionCode });
    await putContext(m, 'project', p.projectId, { regionCode: p.regionCode });
    const project = await getContext(m, 'project', p.projectId);
    await upsertDeadline(m, {
      id: `roadmap-form:${p.roadmapId}`,
      kind: 'ROADMAP_FORM',
      recordType: 'roadmap',
      recordId: p.roadmapId,
      title: project?.name ?? '',
      dueOn: p.formDueOn,
      regionCode: p.regionCode,
      projectId: p.projectId,
      audience: MIO(p.regionCode),
      overdueAudience: MIO(p.regionCode, true),
      link: `/projects/${p.projectId}/roadmap`,
      sourceEventId: e.id,
    });
  }

  private async roadmapSubmitted(m: EntityManager, e: Ev<RoadmapSubmittedContract | RoadmapResubmittedContract>, closes: string): Promise<void> {
    const p = e.payload;
    await closeDeadline(m, `${closes}:${p.roadmapId}`, 'submitted');
    const project = await getContext(m, 'project', p.projectId);
    // E000: the National Company approves; E001: the National Chamber, the investor (and the responsible CSBs) agree.
    const approvers: Audience[] =
      e.ruleEdition === 'E000' ? [{ kind: 'ORG_TYPE', type: 'NC' }] : [{ kind: 'ORG_TYPE', type: 'NCH' }, ...investor(project?.company_bin)];
    await this.writer.notify(m, {
      type: 'APPROVAL_REQUESTED',
      dedupeKey: `event:${e.id}`,
      audiences: approvers,
      template: 'roadmap.approval',
      params: { title: project?.name ?? '' },
      recordType: 'roadmap',
      recordId: p.roadmapId,
      link: `/projects/${p.projectId}/roadmap`,
    });
  }

  private async roadmapRework(
    m: EntityManager,
    e: Ev<RoadmapRejectedContract | RoadmapVerificationFailedContract>,
    initiatorOrgId: string | null,
  ): Promise<void> {
    const p = e.payload;
    const roadmap = await getContext(m, 'roadmap', p.roadmapId);
    const project = await getContext(m, 'project', p.projectId);
    const region = roadmap?.region_code ?? project?.region_code ?? null;
    const audience: Audience[] = [...MIO(region), ...(isUuid(initiatorOrgId) ? [{ kind: 'ORG', organizationId: initiatorOrgId } as Audience] : [])];
    const link = `/projects/${p.projectId}/roadmap`;
    await upsertDeadline(m, {
      id: `roadmap-rework:${p.roadmapId}`,
      kind: 'ROADMAP_REWORK',
      recordType: 'roadmap',
      recordId: p.roadmapId,
      title: project?.name ?? '',
      dueOn: p.reworkDueOn,
      regionCode: region,
      projectId: p.projectId,
      audience,
      overdueAudience: MIO(region, true),
      link,
      sourceEventId: e.id,
    });
    await this.writer.notify(m, {
      type: 'ROADMAP_REWORK',
      dedupeKey: `event:${e.id}`,
      audiences: audience,
      template: 'roadmap.rework',
      params: { title: project?.name ?? '', dueOn: p.reworkDueOn, reason: p.reason ?? null, regionCode: region },
      recordType: 'roadmap',
      recordId: p.roadmapId,
      link,
      dueOn: p.reworkDueOn,
    });
  }

  private async roadmapApproved(m: EntityManager, e: Ev<RoadmapApprovedContract>): Promise<void> {
    const project = await getContext(m, 'project', e.payload.projectId);
    await this.writer.notify(m, {
      type: 'PROJECT_UPDATE',
      dedupeKey: `event:${e.id}`,
      audiences: investor(project?.company_bin),
      template: 'project.roadmap-approved',
      params: { title: project?.name ?? '' },
      recordType: 'project',
      recordId: e.payload.projectId,
      link: `/projects/${e.payload.projectId}/roadmap`,
    });
  }

  /** A task's due date (T6): the responsible party is reminded; overdue goes to the akimat head (and AB for the national pool). */
  private async taskDeadline(
    m: EntityManager,
    p: TaskCreatedContract | TaskDueDateChangedContract | TaskBecameOverdueContract,
    eventId: string,
  ): Promise<void> {
    const project = await getContext(m, 'project', p.projectId);
    const responsible: Audience[] = isUuid(p.responsibleOrganizationId) ? [{ kind: 'ORG', organizationId: p.responsibleOrganizationId }] : MIO(p.regionCode);
    await upsertDeadline(m, {
      id: `task:${p.taskId}`,
      kind: 'TASK_DUE',
      recordType: 'task',
      recordId: p.taskId,
      title: project?.name ? `${p.code} — ${project.name}` : p.code,
      dueOn: p.dueDate,
      regionCode: p.regionCode,
      projectId: p.projectId,
      audience: responsible,
      overdueAudience: [...responsible, ...MIO(p.regionCode, true)],
      link: `/tasks/${p.taskId}`,
      sourceEventId: eventId,
    });
  }

  private async taskCompleted(m: EntityManager, e: Ev<TaskCompletedContract>): Promise<void> {
    const p = e.payload;
    await closeDeadline(m, `task:${p.taskId}`, 'completed');
    if (!p.awaitingValidation || !p.validationDueOn) return;
    const project = await getContext(m, 'project', p.projectId);
    const title = project?.name ? `${p.code} — ${project.name}` : p.code;
    const nch: Audience[] = [{ kind: 'ORG_TYPE', type: 'NCH' }];
    await upsertDeadline(m, {
      id: `task-validation:${p.taskId}`,
      kind: 'TASK_VALIDATION',
      recordType: 'task',
      recordId: p.taskId,
      title,
      dueOn: p.validationDueOn,
      regionCode: p.regionCode,
      projectId: p.projectId,
      audience: nch,
      overdueAudience: [],
      link: `/tasks/${p.taskId}`,
      sourceEventId: e.id,
    });
    await this.writer.notify(m, {
      type: 'VALIDATION_REQUESTED',
      dedupeKey: `event:${e.id}`,
      audiences: nch,
      template: 'task.validation',
      params: { title, dueOn: p.validationDueOn },
      recordType: 'task',
      recordId: p.taskId,
      link: `/tasks/${p.taskId}`,
      dueOn: p.validationDueOn,
    });
  }

  /**
   * Issue 13: a decreed day transfer moved an open working-day deadline (T08 rework, T10 validation): the reminder
   * deadline moves with it and its owners (the deadline's audience: the akimat for a rework, the National Chamber
   * for a validation) are told the new date. A deadline already closed here stays closed.
   */
  private async deadlineRecomputed(m: EntityManager, e: Ev<DeadlineRecomputedContract>): Promise<void> {
    const p = e.payload;
    const id = p.recordType === 'roadmap' ? `roadmap-rework:${p.recordId}` : `task-validation:${p.recordId}`;
    const kind = p.recordType === 'roadmap' ? 'ROADMAP_REWORK' : 'TASK_VALIDATION';
    const deadline = await getDeadline(m, id, true);
    if (deadline?.closed_at) return;
    if (deadline) await moveDeadline(m, id, p.dueOn);
    const project = await getContext(m, 'project', p.projectId);
    const fallback: Audience[] = p.recordType === 'roadmap' ? MIO(p.regionCode) : [{ kind: 'ORG_TYPE', type: 'NCH' }];
    await this.writer.notify(m, {
      type: 'DEADLINE_REMINDER',
      dedupeKey: `event:${e.id}`,
      audiences: deadline?.audience.length ? deadline.audience : fallback,
      template: 'deadline.recomputed',
      params: { title: deadline?.title ?? project?.name ?? '', dueOn: p.dueOn, previousDueOn: p.previousDueOn, deadlineKind: kind, regionCode: p.regionCode },
      recordType: p.recordType,
      recordId: p.recordId,
      link: p.recordType === 'roadmap' ? `/projects/${p.projectId}/roadmap` : `/tasks/${p.recordId}`,
      dueOn: p.dueOn,
    });
  }

  /** The service's overdue job saw it first: the overdue notice goes out now, under the same key the scheduler would use. */
  private async taskOverdue(m: EntityManager, e: Ev<TaskBecameOverdueContract>): Promise<void> {
    const p = e.payload;
    const id = `task:${p.taskId}`;
    const existing = await getDeadline(m, id, true);
    if (!existing || existing.due_on !== p.dueDate || existing.closed_at !== null) await this.taskDeadline(m, p, e.id);
    const d = (await getDeadline(m, id, true))!;
    const decision = remindersDue({ dueOn: d.due_on, closed: false, sentKeys: await sentKeys(m, id) }, p.detectedOn, []);
    const overdue: ReminderDecision | undefined = decision.send.find((r) => r.kind === 'OVERDUE');
    if (overdue) await this.reminders.record(m, d, overdue, p.detectedOn, 'SENT');
  }
}
