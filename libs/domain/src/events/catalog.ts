/**
 * Event types and payloads that cross service boundaries (the public contract of the bus).
 * Type strings: `<service>.<aggregate>.<past-tense-verb>`. Each payload is validated on consume
 * by a contract class in libs/platform (contracts/), which mirrors the interface here.
 */
export const EVENT_TYPES = {
  companyCreated: 'attraction.company.created',
  initiativeCreated: 'attraction.initiative.created',
  initiativeTransferred: 'attraction.initiative.transferred',
  initiativeConverted: 'attraction.initiative.converted',
  chatMessagePosted: 'attraction.chat.message-posted',
  projectCreated: 'implementation.project.created',
  projectPoolClassified: 'implementation.project.pool-classified',
  projectTransferredToPostInvestment: 'implementation.project.transferred-to-post-investment',
  projectPassportCompleted: 'implementation.project.passport-completed',
  projectGreenCorridorScored: 'implementation.project.green-corridor-scored',
  projectHandedToTaskForce: 'implementation.project.handed-to-task-force',
  taskCreated: 'implementation.task.created',
  taskDueDateChanged: 'implementation.task.due-date-changed',
  taskCompleted: 'implementation.task.completed',
  taskValidated: 'implementation.task.validated',
  taskBecameOverdue: 'implementation.task.became-overdue',
  monitoringOpened: 'post-investment.monitoring.opened',
  projectExcludedFromNationalPool: 'post-investment.project.excluded-from-national-pool',
  m3IssueEscalatedToCouncil: 'post-investment.issue.escalated-to-council',
  initiativeRevertedFromProject: 'attraction.initiative.reverted-from-project',
  projectRevertedToInitiative: 'implementation.project.reverted-to-initiative',
  roadmapFormationOverdue: 'implementation.roadmap.formation-overdue',
  roadmapReworkOverdue: 'implementation.roadmap.rework-overdue',
  roadmapApprovalOverdue: 'implementation.roadmap.approval-overdue',
  taskValidationOverdue: 'implementation.task.validation-overdue',
  passportFillOverdue: 'implementation.project.passport-fill-overdue',
  poolDecisionOverdue: 'implementation.pool.decision-overdue',
  attachmentAdded: 'implementation.attachment.added',
  commentAdded: 'implementation.comment.added',
} as const;

export type EventType = (typeof EVENT_TYPES)[keyof typeof EVENT_TYPES];

/** Money: a decimal string (no floats) and an ISO 4217 currency code. */
export interface Money {
  amount: string;
  currency: string;
}

export interface CompanyCreatedPayload {
  companyId: string;
  name: string;
  countryCode: string;
  bin: string | null;
  sector: string | null;
}

export interface InitiativeCreatedPayload {
  initiativeId: string;
  companyId: string;
  title: string;
  countryCode: string;
  createdOn: string;
}

export interface InitiativeTransferredPayload {
  initiativeId: string;
  companyId: string;
  regionCode: string;
  transferredOn: string;
  /** Last calendar day for the MIO to act (30 CD clock). */
  actionDueOn: string;
}

/** The initiative became a project passport in Module 2 (paths P1/P2 of the catalogue). */
export interface InitiativeConvertedPayload {
  initiativeId: string;
  companyId: string;
  companyName: string;
  companyBin: string;
  regionCode: string;
  projectName: string;
  sector: string | null;
  /** Whole tenge as a decimal string. */
  investmentAmountKzt: string;
  hasInvestmentContract: boolean;
  convertedOn: string;
}

export interface ProjectCreatedPayload {
  projectId: string;
  initiativeId: string | null;
  /** The Module 1 company card; null for a project an initiator body opened directly (entry paths P2–P5). */
  companyId: string | null;
  name: string;
  regionCode: string;
  investmentAmountKzt: string;
  createdOn: string;
}

export interface ProjectPoolClassifiedPayload {
  projectId: string;
  regionCode: string;
  pool: 'NATIONAL' | 'REGIONAL';
  mciYear: number;
  mciValue: number;
  amountMci: string;
}

export interface ProjectTransferredToPostInvestmentPayload {
  projectId: string;
  regionCode: string;
  pool: 'NATIONAL' | 'REGIONAL';
  /** Validation date of the last roadmap task: start of the post-investment period. */
  validatedOn: string;
  investmentContractExpiresOn: string | null;
}

export interface MonitoringOpenedPayload {
  monitoringId: string;
  projectId: string;
  regionCode: string;
  startsOn: string;
  endsOn: string;
}

/** A message in the Module 1 chat of an initiative (000 §43); the gateway streams it to subscribers. */
export interface ChatMessagePostedPayload {
  messageId: string;
  initiativeId: string;
  authorUserId: string;
  authorOrganizationId: string;
  authorRole: string;
  body: string;
  /** ISO-8601 UTC timestamp. */
  postedAt: string;
  /** Who may see the initiative (§9.3), so that subscribers are filtered without a lookup. */
  audience: {
    originatorOrganizationId: string;
    countryCode: string;
    /** Region of the receiving akimat; null before the transfer. */
    regionCode: string | null;
  };
}

/**
 * Module 3: the project left the national pool automatically at the end of the post-investment period
 * (rules.md §4.7, §6.2, SM-M3 P4/P5, SM-POOL Q7; 000 §36). Implementation and reporting consume it.
 */
export interface ProjectExcludedFromNationalPoolPayload {
  projectId: string;
  monitoringId: string;
  regionCode: string;
  /** The day the job excluded the project (Asia/Almaty). */
  excludedOn: string;
  /** The date from which the exclusion applies: the 3-year anniversary, or the day after the contract's last day. */
  effectiveFrom: string;
  basis: 'THREE_YEARS' | 'INVESTMENT_CONTRACT';
}

/** Module 3: an investor issue was not answered within its SLA and goes to the Council on investment attraction (A-19; 000 §9(2)). */
export interface M3IssueEscalatedToCouncilPayload {
  issueId: string;
  projectId: string;
  regionCode: string;
  category: string;
  raisedOn: string;
  dueOn: string;
  escalatedOn: string;
}

// ---- Module 2: attachments and comments on a project, a roadmap stage or a task (internal, not in asyncapi) ----

/** What an attachment or comment is attached to: the project itself, a roadmap stage (its code) or a task (its id). */
export type DiscussionTargetKind = 'PROJECT' | 'STAGE' | 'TASK';

/** `implementation.attachment.added`: metadata of an uploaded file (never its content; bytes via GET /api/v1/attachments/{id}). */
export interface AttachmentAddedPayload {
  attachmentId: string;
  projectId: string;
  targetKind: DiscussionTargetKind;
  /** The project id, the stage code or the task id. */
  targetId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

/** `implementation.comment.added`: that a comment was written (not its text). */
export interface CommentAddedPayload {
  commentId: string;
  projectId: string;
  targetKind: DiscussionTargetKind;
  targetId: string;
  authorUserId: string;
  createdAt: string;
}

// ---- Module 2: passport, green corridor, Task Force, roadmap tasks (apps/implementation) ----

/** The passport has all the fields its edition requires (rules.md §2.2.2); classification and scoring ran. */
export interface ProjectPassportCompletedPayload {
  projectId: string;
  regionCode: string;
  completedOn: string;
  /** T05 [E001]: last day to fill in the passport; null in E000. */
  fillDueOn: string | null;
  late: boolean;
  /** Permanent jobs at design capacity (passport, A-11); absent in events published before it was added. */
  jobs?: number | null;
  /** BIN of the investor company (passport); absent in events published before it was added. */
  companyBin?: string | null;
}

/** One green-corridor scoring (rules.md §4.3; 000 App1), with the inputs it used. */
export interface ProjectGreenCorridorScoredPayload {
  projectId: string;
  regionCode: string;
  scoringId: string;
  evaluatedOn: string;
  amountUsd: string;
  usdKztRate: string;
  scoreMilli: number;
  status: 'ELIGIBLE' | 'PENDING_COUNCIL' | 'NOT_ELIGIBLE';
  /** The status the project keeps (A-48: a drop below the threshold goes to AB review, no automatic removal). */
  projectStatus: 'ELIGIBLE' | 'PENDING_COUNCIL' | 'NOT_ELIGIBLE';
  reviewRequired: boolean;
}

/** Automatic hand-off to Task Force (rules.md §4.4; 000 §31; 001 §29). */
export interface ProjectHandedToTaskForcePayload {
  projectId: string;
  regionCode: string;
  handedOn: string;
  amountKzt: string;
  mciYear: number;
  mciValue: number;
  scoreMilli: number;
}

/**
 * The common part of the roadmap-task events that reporting consumes (region rating by overdue tasks,
 * rules.md §4.5). Dates are YYYY-MM-DD.
 */
export interface TaskFacts {
  taskId: string;
  projectId: string;
  roadmapId: string;
  /** Template code (rules.md §2.2.4) or a custom code. */
  code: string;
  regionCode: string;
  /** NDIP organisation id of the responsible party, where it has one. */
  responsibleOrganizationId: string | null;
  dueDate: string;
  /** Actual completion date, once completed. */
  actualCompletionDate: string | null;
}

/** The task became effective: its roadmap was approved (E000) or verified (E001). */
export interface TaskCreatedPayload extends TaskFacts {
  stage: 'PRE_INVESTMENT' | 'INVESTMENT' | 'POST_INVESTMENT';
  requiresValidation: boolean;
}

/** The due date changed (a reschedule approved by AB, T7). */
export interface TaskDueDateChangedPayload extends TaskFacts {
  previousDueDate: string;
  changedOn: string;
}

export interface TaskCompletedPayload extends TaskFacts {
  /** True when the National Chamber still has to validate (T4). */
  awaitingValidation: boolean;
  /** T10: 5 WD from the actual completion; null when no validation is needed. */
  validationDueOn: string | null;
}

export interface TaskValidatedPayload extends TaskFacts {
  validatedOn: string;
  /** Validated after the 5-WD period. */
  late: boolean;
  /** The last task: the project moves to Module 3. */
  movesProjectToModule3: boolean;
}

/** T6: the open task's due date passed (published once per task and due date). */
export interface TaskBecameOverduePayload extends TaskFacts {
  /** The first overdue day (dueDate + 1). */
  overdueSince: string;
  detectedOn: string;
}

// ---- Reporting (apps/reporting) and the facts it needs from Modules 1–2 ----

/**
 * Event types that reporting publishes, and three types of Modules 1–2 it consumes whose strings live in the
 * machines (`MEETING_EVENTS.recorded`, `POOL_EVENTS.suspended|resumed|excluded|autoExcluded`): their payloads are
 * written down here so that a consumer in another service can validate them.
 */
export const REPORTING_EVENT_TYPES = {
  attractivenessRatingPublished: 'reporting.attractiveness-rating.published',
  regionRatingQuarterClosed: 'reporting.region-rating.quarter-closed',
  quarterlyReportSubmitted: 'reporting.quarterly-report.submitted',
  meetingRecorded: 'attraction.meeting.recorded',
  poolSuspended: 'implementation.pool.suspended',
  poolResumed: 'implementation.pool.resumed',
  poolExcluded: 'implementation.pool.excluded',
  poolAutoExcluded: 'implementation.pool.auto-excluded',
} as const;

/** Module 1: a meeting card was recorded (000 §40(4)); the start of the initiative funnel. */
export interface MeetingRecordedPayload {
  meetingId: string;
  companyId: string;
  countryCode: string;
  heldOn: string;
  eventKind: 'INTERNATIONAL_EVENT' | 'NATIONAL_EVENT' | 'LEADER_VISIT' | 'OTHER';
}

/** SM-POOL: AB decided a suspension, resumption or exclusion (rules.md §6.2; 000 §35). Emitted by `decidePool`. */
export interface PoolDecidedPayload {
  projectId: string;
  pool: 'NATIONAL' | 'REGIONAL';
  regionCode: string;
  decidedOn: string;
  late?: boolean;
  kind?: 'SUSPEND' | 'EXCLUDE' | 'SUSPEND_AND_EXCLUDE' | 'RESUME';
  grounds?: string[];
  /** [E000] regional pool: the RIHQ decision the MIO's exclusion refers to (000 §26). */
  rihqDecisionRef?: string;
}

/** SM-POOL Q7: automatic exclusion at the end of the post-investment period or of the investment contract. */
export interface PoolAutoExcludedPayload {
  projectId: string;
  pool: 'NATIONAL' | 'REGIONAL';
  regionCode: string;
  excludedOn: string;
  basis: 'AUTO_3_YEARS' | 'AUTO_CONTRACT_EXPIRY';
  effectiveFrom: string;
}

/** One region's result in a published attractiveness rating (rules.md §5; 004 §8, §10). */
export interface AttractivenessRegionResult {
  regionCode: string;
  /** 1 = most attractive; null when a direction is missing (incomplete R). */
  rank: number | null;
  /** R on the 1–20 scale, full precision; null when incomplete. */
  score: number | null;
  complete: boolean;
  /** Direction scores F1…F9 (mean of the factor scores), null when missing. */
  directions: Record<string, number | null>;
  /** Factor scores on the 1–20 scale (F1.1 … F9); a missing factor is absent. */
  factorScores: Record<string, number>;
  respondents: number;
  flags: string[];
}

/** The authorized body published the year's regional investment-attractiveness rating (004). */
export interface AttractivenessRatingPublishedPayload {
  ratingId: string;
  year: number;
  version: number;
  publishedOn: string;
  methodology: {
    scaling: 'S1' | 'S2' | 'S3';
    directionAggregation: 'MEAN';
    minRespondents: number;
    minValidPerQuestion: number;
    insufficientSample: 'EXCLUDE' | 'WARN';
  };
  /** Direction weights in per mille (sum 1000), 004 §8. */
  weightsPermille: Record<string, number>;
  regions: AttractivenessRegionResult[];
}

/** One region's frozen result in the quarter's overdue-task rating (rules.md §4.5, App2 §4(1)). */
export interface RegionRatingEntry {
  regionCode: string;
  rank: number;
  points: number;
  projects: number;
  overdueTasks: number;
}

/** The quarter closed: its region rating by overdue roadmap tasks was frozen. */
export interface RegionRatingQuarterClosedPayload {
  snapshotId: string;
  year: number;
  quarter: number;
  /** The evaluation date: the last day of the quarter. */
  asOf: string;
  frozenOn: string;
  regions: RegionRatingEntry[];
}

/** A front office (or the National Company, consolidated) submitted its quarterly report (rules.md §10.1 R1–R3). */
export interface QuarterlyReportSubmittedPayload {
  reportId: string;
  kind: 'REGIONAL_TO_NC' | 'EXTERNAL_TO_AB' | 'CONSOLIDATED_TO_AB';
  year: number;
  quarter: number;
  organizationId: string;
  regionCode: string | null;
  submittedOn: string;
  dueOn: string;
  late: boolean;
}

// ---- E001 §41: a project card is turned back into an initiative (Module 1 → Module 2) ----

/**
 * I12 [E001] (001 §41): the converted initiative was turned back from its project card and returned to
 * the initiator body; the authorized body is notified. Emitted by `decideInitiative` (REVERT_FROM_PROJECT).
 */
export interface InitiativeRevertedFromProjectPayload {
  initiativeId: string;
  regionCode: string;
  reason: string;
  revertedOn: string;
  notifyAuthorizedBody: boolean;
}

/** Module 2 withdrew the project of a reverted initiative (status REVERTED_TO_INITIATIVE); no further commands on it. */
export interface ProjectRevertedToInitiativePayload {
  projectId: string;
  initiativeId: string;
  regionCode: string;
  /** The project status before the withdrawal. */
  previousStatus: string;
  reason: string;
  revertedOn: string;
}

// ---- Module 2 deadline job: a roadmap or validation timer ran out (rules.md §3.1 T06–T08, T10) ----

/**
 * R8 (inferred): the responsible MIO did not form the roadmap within 30 CD (T06, `formation-overdue`), did
 * not fix it within 5 WD of a return (T08, `rework-overdue`), or [E001] the approval was not finished within
 * 30 CD of the passport (T07, `approval-overdue`). Published once per roadmap, timer and due date.
 */
export interface RoadmapDeadlineMissedPayload {
  roadmapId: string;
  projectId: string;
  regionCode: string;
  timer: 'T06_FORM' | 'T07_APPROVAL' | 'T08_REWORK';
  dueOn: string;
  detectedOn: string;
  /** Who is notified (rules.md §3.1 "Recommended system behaviour"). */
  notify: string[];
}

/** T10: the National Chamber did not validate a completed task within 5 WD (flag; no automatic validation). Once per task and due date. */
export interface TaskValidationOverduePayload {
  taskId: string;
  roadmapId: string;
  projectId: string;
  regionCode: string;
  code: string;
  actualCompletionDate: string;
  dueOn: string;
  detectedOn: string;
}

/**
 * T05 [E001] (001 §45): the passport was not filled in within 30 CD of the project entering Module 2 (flag;
 * rules.md §3.1 "notify AB"). Published once per project and due date by the deadline job.
 */
export interface PassportFillOverduePayload {
  projectId: string;
  regionCode: string;
  /** The initiator body that opened the project (null when unknown, e.g. an imported project). */
  initiatorOrganizationId: string | null;
  timer: 'T05_PASSPORT_FILL';
  dueOn: string;
  detectedOn: string;
  notify: string[];
}

/**
 * T11 (000 §35; 001 §33): the authorized body did not decide a suspension / exclusion / resumption request
 * within 5 WD (flag; rules.md §3.1 "notify the AB head"; no deemed approval). Once per request and due date.
 */
export interface PoolDecisionOverduePayload {
  requestId: string;
  projectId: string;
  regionCode: string;
  kind: string;
  submittedOn: string;
  timer: 'T11_POOL_DECISION';
  dueOn: string;
  detectedOn: string;
  notify: string[];
}

// ---- Module 1 card changes published for other services and BI tools (docs/asyncapi.yaml) ----
// Their type strings live in the machines: COMPANY_EVENTS.updated|merged, MEETING_EVENTS.updated, KYC_EVENTS.overridden.

/** A company card was edited (`attraction.company.updated`): the changed field names and the whole card after the edit. */
export interface CompanyUpdatedPayload {
  companyId: string;
  changed: string[];
  card: {
    name: string;
    countryCode: string;
    bin: string | null;
    sector: string | null;
    size: 'MICRO' | 'SMALL' | 'MEDIUM' | 'LARGE' | null;
    website: string | null;
    global2000: boolean;
    global2000Year: number | null;
  };
  updatedOn: string;
}

/** A duplicate company card was merged into another (`attraction.company.merged`); the target takes a BIN it lacked. */
export interface CompanyMergedPayload {
  companyId: string;
  intoCompanyId: string;
  movedBin: string | null;
  mergedOn: string;
}

/** A meeting card was corrected (`attraction.meeting.updated`): the changed field names and the card's facts after the edit. */
export interface MeetingUpdatedPayload {
  meetingId: string;
  companyId: string;
  countryCode: string;
  changed: string[];
  heldOn: string;
  eventKind: 'INTERNATIONAL_EVENT' | 'NATIONAL_EVENT' | 'LEADER_VISIT' | 'OTHER';
  updatedOn: string;
}

/** the authorized body overrode the company's failed KYC check (`attraction.kyc.overridden`). */
export interface KycOverriddenPayload {
  kycCheckId: string;
  companyId: string;
  reason: string;
  overriddenOn: string;
}

// ---- Module 1 initiative workflow at the akimat (INITIATIVE_EVENTS of the initiative machine; docs/asyncapi.yaml) ----

/** I3: the akimat named its responsible official; the initiative is IN_WORK. */
export interface InitiativeOfficerAssignedPayload {
  initiativeId: string;
  regionCode: string | null;
  officerUserId: string;
  assignedOn: string;
}

/** I4: the one extension of the 30-day window (at most 30 days, counted from the original deadline, A-07). */
export interface InitiativeExtendedPayload {
  initiativeId: string;
  regionCode: string | null;
  extendedOn: string;
  previousDueOn: string | null;
  actionDueOn: string;
  reason: string | null;
}

/** I6 [E000]: the akimat asked to redirect the initiative to another region's akimat (AB decides). */
export interface InitiativeRedirectRequestedPayload {
  initiativeId: string;
  fromRegionCode: string | null;
  toRegionCode: string;
  reason: string;
  requestedOn: string;
}

/** I7 [E000]: AB approved the redirection; `attraction.initiative.transferred` to the target follows. */
export interface InitiativeRedirectedPayload {
  initiativeId: string;
  fromRegionCode: string | null;
  toRegionCode: string;
  approvedOn: string;
}

/** I8 [E000]: AB refused the redirection; the initiative stays with its akimat. */
export interface InitiativeRedirectRefusedPayload {
  initiativeId: string;
  regionCode: string | null;
  toRegionCode: string;
  reason: string | null;
  refusedOn: string;
}

/** I9–I10 [E001]: the akimat returned the initiative to the initiator body. */
export interface InitiativeReturnedPayload {
  initiativeId: string;
  regionCode: string | null;
  reason: string;
  returnedOn: string;
}

/** T03: the akimat's action window passed without an outcome (the overdue job, once per deadline). */
export interface InitiativeOverduePayload {
  initiativeId: string;
  regionCode: string | null;
  status: string;
  officerUserId: string | null;
  actionDueOn: string;
  detectedOn: string;
  daysOverdue: number;
  notify: string[];
}

/** Reference data (issue 13): published on REFERENCE_TOPIC by the implementation service's store. */
export const REFERENCE_EVENT_TYPES = {
  entryRecorded: 'reference.entry.recorded',
  /** On the implementation topic: an open working-day deadline moved because the calendar changed. */
  deadlineRecomputed: 'implementation.deadline.recomputed',
} as const;

/** One change of reference data (history: a change never overwrites an earlier one; value null = the key retired). */
export interface ReferenceEntryRecordedPayload {
  entryId: string;
  kind: string;
  key: string;
  effectiveFrom: string;
  legalAct: string;
  value: Record<string, unknown> | null;
  sequence: number;
  recordedAt: string;
}

/** An open working-day deadline (T08 roadmap rework, T10 task validation) recomputed with the changed calendar. */
export interface DeadlineRecomputedPayload {
  recordType: 'roadmap' | 'task';
  recordId: string;
  projectId: string;
  regionCode: string;
  timer: 'T08_REWORK' | 'T10_VALIDATION';
  startedOn: string;
  workingDays: number;
  previousDueOn: string;
  dueOn: string;
  recomputedOn: string;
}
