export { accept, reject, guarded, timerEnd, isAfter } from './transition';
export type { TransitionContext, Decision, EditionPinned } from './transition';
export {
  decideInitiative,
  allowedInitiativeActions,
  isInitiativeOverdue,
  initiativeOverdueNotice,
  INITIATIVE_AGGREGATE,
  INITIATIVE_EVENTS,
  INITIATIVE_STATUSES,
  KYC_STATUSES,
} from './initiative.machine';
export type { InitiativeState, InitiativeStatus, InitiativeCommand, InitiativeCommandType, InitiativeRedirect, KycStatus } from './initiative.machine';
export { decideVisit, allowedVisitActions, decideTripCard, VISIT_AGGREGATE, VISIT_EVENTS, VISIT_STATUSES } from './visit.machine';
export type { VisitState, VisitStatus, VisitCommand, VisitCommandType, TripCardState, TripCardCommand } from './visit.machine';
export {
  decideRoadmap,
  allowedRoadmapActions,
  requiredApprovalSlots,
  projectRoadmapStatus,
  roadmapOverdue,
  isRoadmapInvestor,
  ROADMAP_AGGREGATE,
  ROADMAP_EVENTS,
  ROADMAP_STATUSES,
} from './roadmap.machine';
export type { RoadmapState, RoadmapStatus, RoadmapCommand, RoadmapCommandType, RoadmapRejection, ApprovalSlot, RoadmapActor } from './roadmap.machine';
export { decideTask, allowedTaskActions, taskOverdue, validationOverdue, LAST_TASK_CODE, TASK_AGGREGATE, TASK_EVENTS, TASK_STATUSES } from './task.machine';
export type { TaskState, TaskStatus, TaskCommand, TaskCommandType } from './task.machine';
export {
  decidePool,
  allowedPoolActions,
  autoExclusionDate,
  poolDecisionOverdue,
  POOL_AGGREGATE,
  POOL_EVENTS,
  POOL_STATUSES,
  POOL_GROUNDS,
  POOL_REQUEST_KINDS,
} from './pool.machine';
export type { PoolState, PoolStatus, PoolCommand, PoolCommandType, PoolGround, PoolRequest, PoolRequestKind, PoolDecisionKind } from './pool.machine';
export { decideProsecutorFilter, allowedProsecutorFilterActions, PF_AGGREGATE, PF_EVENTS, PF_STATUSES, PF_MEASURE_TYPES } from './prosecutor-filter.machine';
export type { PfState, PfStatus, PfCommand, PfCommandType, PfMeasureType } from './prosecutor-filter.machine';
export {
  decideProsecutorCase,
  allowedProsecutorCaseActions,
  PF_CASE_AGGREGATE,
  PF_CASE_EVENTS,
  PF_CASE_STATUSES,
  PF_CASE_KINDS,
  PF_CASE_CONCLUSIONS,
  PF_BODY_LEVELS,
} from './prosecutor-case.machine';
export type { PfCaseState, PfCaseStatus, PfCaseCommand, PfCaseCommandType, PfCaseKind, PfCaseConclusion, PfBodyLevel } from './prosecutor-case.machine';
export { decideStateService, allowedStateServiceActions, FRONT_OFFICE_TRANSIT, SVC_AGGREGATE, SVC_EVENTS, SVC_STATUSES } from './state-service.machine';
export type { SvcState, SvcStatus, SvcCommand, SvcCommandType } from './state-service.machine';
export {
  decidePostInvestment,
  allowedPostInvestmentActions,
  decideM3Issue,
  allowedM3IssueActions,
  decideM3KpiReport,
  MONITORING_AGGREGATE,
  M3_EVENTS,
  M3_STATUSES,
  M3_CHANGE_SUBJECTS,
  M3_ISSUE_AGGREGATE,
  M3_ISSUE_EVENTS,
  M3_ISSUE_KINDS,
  M3_ISSUE_STATUSES,
  M3_KPI_AGGREGATE,
  M3_KPI_EVENTS,
  M3_KPI_STATUSES,
} from './post-investment.machine';
export type {
  M3State,
  M3Status,
  M3Command,
  M3CommandType,
  M3Issue,
  M3ChangeDetail,
  M3InvestorScope,
  M3IssueState,
  M3IssueStatus,
  M3IssueKind,
  M3IssueEnv,
  M3IssueCommand,
  M3IssueCommandType,
  M3KpiReportState,
  M3KpiStatus,
  M3KpiCommand,
  M3KpiCommandType,
} from './post-investment.machine';
export {
  decideCompany,
  companyDuplicateKey,
  COMPANY_AGGREGATE,
  COMPANY_EVENTS,
  COMPANY_SIZES,
  COMPANY_STATUSES,
  GLOBAL_2000_FIRST_YEAR,
} from './company.machine';
export type { CompanyState, CompanyCard, CompanyCardInput, CompanyCommand, CompanySize, CompanyStatus } from './company.machine';
export { decideKyc, kycStatusForInitiative, KYC_AGGREGATE, KYC_EVENTS, KYC_OUTCOMES } from './kyc.machine';
export type { KycState, KycCommand, KycOutcome, KycOverride } from './kyc.machine';
export { decideMeeting, MEETING_AGGREGATE, MEETING_EVENTS, MEETING_EVENT_KINDS } from './meeting.machine';
export type { MeetingState, MeetingCommand, MeetingEventKind, MeetingProjectParameters } from './meeting.machine';
export { decideChatMessage, mayUseChat, CHAT_AGGREGATE, CHAT_MESSAGE_MAX_LENGTH } from './chat.machine';
export type { ChatMessageState, ChatCommand } from './chat.machine';
