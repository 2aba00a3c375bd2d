import {
  PF_CASE_CONCLUSIONS,
  PF_CASE_EVENTS,
  PF_CASE_KINDS,
  PF_EVENTS,
  PF_MEASURE_TYPES,
  POOL_REQUEST_KINDS,
  EVENT_TYPES,
  SVC_EVENTS,
  type AttachmentAddedPayload,
  type CommentAddedPayload,
  type DiscussionTargetKind,
  type PassportFillOverduePayload,
  type PoolDecisionOverduePayload,
  type RoadmapDeadlineMissedPayload,
  type TaskValidationOverduePayload,
} from '@ndip/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsBin, IsCalendarDate, KATO } from './validators';

/*
 * Contract classes of the Module 2 events that only the implementation service produces today: the prosecutor
 * filter (SM-PF-APPROVAL `implementation.restrictive-measure.*`, SM-PF-ASSESS `implementation.pf-case.*`),
 * the one-stop shop (SM-SVC `implementation.service-application.*`) and the deadline job. A consumer validates a
 * payload with `IMPLEMENTATION_EVENT_CONTRACTS[type]` (unknown fields refused, as for every contract class).
 * The payload interfaces below are what the machines in libs/domain emit; a unit test runs the machines and
 * validates every event they produce against these classes, so the two cannot drift apart silently.
 */

const PROSECUTORS = ['PRR', 'PRG'] as const;
type Prosecutor = (typeof PROSECUTORS)[number];

// ---- SM-PF-APPROVAL: restrictive measures (K1) and tax-inspection acts (K3) ----

export interface RestrictiveMeasureFacts {
  measureId: string;
  projectId: string;
  routedTo: Prosecutor;
}

class RestrictiveMeasureFactsContract implements RestrictiveMeasureFacts {
  @IsUUID() measureId!: string;
  @IsUUID() projectId!: string;
  @IsIn(PROSECUTORS) routedTo!: Prosecutor;
}

export class RestrictiveMeasureDraftedContract extends RestrictiveMeasureFactsContract {
  @IsIn(['K1', 'K3']) kind!: 'K1' | 'K3';
  @IsIn(PF_MEASURE_TYPES as unknown as string[]) measureType!: (typeof PF_MEASURE_TYPES)[number];
}

export class RestrictiveMeasureSubmittedContract extends RestrictiveMeasureFactsContract {
  @IsCalendarDate() submittedOn!: string;
  @Matches(KATO) projectRegionCode!: string;
}

export class RestrictiveMeasureReviewStartedContract extends RestrictiveMeasureFactsContract {
  @IsCalendarDate() reviewStartedOn!: string;
}

export class RestrictiveMeasureApprovedContract extends RestrictiveMeasureFactsContract {
  @IsCalendarDate() decidedOn!: string;
}

export class RestrictiveMeasureRefusedContract extends RestrictiveMeasureFactsContract {
  @IsCalendarDate() decidedOn!: string;
  @IsString() @IsNotEmpty() reason!: string;
}

export class RestrictiveMeasureReturnedContract extends RestrictiveMeasureFactsContract {
  @IsString() @IsNotEmpty() reason!: string;
}

export class RestrictiveMeasureWithdrawnContract extends RestrictiveMeasureFactsContract {
  @IsCalendarDate() withdrawnOn!: string;
}

export class RestrictiveMeasureAppliedContract extends RestrictiveMeasureFactsContract {
  @IsCalendarDate() appliedOn!: string;
  @IsString() @IsNotEmpty() actNumber!: string;
}

// ---- SM-PF-ASSESS: administrative cases (K2) and lawsuits (K4) ----

export interface ProsecutorCaseFacts {
  caseId: string;
  projectId: string;
  kind: 'K2' | 'K4';
  routedTo: Prosecutor;
}

class ProsecutorCaseFactsContract implements ProsecutorCaseFacts {
  @IsUUID() caseId!: string;
  @IsUUID() projectId!: string;
  @IsIn(['K2', 'K4']) kind!: 'K2' | 'K4';
  @IsIn(PROSECUTORS) routedTo!: Prosecutor;
}

export class ProsecutorCaseRegisteredContract extends ProsecutorCaseFactsContract {
  @IsIn(PF_CASE_KINDS as unknown as string[]) caseKind!: (typeof PF_CASE_KINDS)[number];
  @IsString() @IsNotEmpty() caseNumber!: string;
  @Matches(KATO) projectRegionCode!: string;
  @IsBin() investorBin!: string;
  @IsIn(['LOCAL', 'CENTRAL']) bodyLevel!: 'LOCAL' | 'CENTRAL';
  @IsCalendarDate() filedOn!: string;
  @IsCalendarDate() registeredOn!: string;
  @IsIn(['MIO', 'CSB', 'OSB', 'PRR', 'PRG']) registeredByRole!: string;
}

export class ProsecutorCaseAssessmentStartedContract extends ProsecutorCaseFactsContract {
  @IsCalendarDate() assessmentStartedOn!: string;
}

export class ProsecutorCaseAssessedContract extends ProsecutorCaseFactsContract {
  @IsIn(PF_CASE_CONCLUSIONS as unknown as string[]) conclusion!: (typeof PF_CASE_CONCLUSIONS)[number];
  @ValidateIf((o: ProsecutorCaseAssessedContract) => o.justification !== null) @IsString() @IsNotEmpty() justification!: string | null;
  @IsCalendarDate() assessedOn!: string;
}

export class ProsecutorCaseClosedContract extends ProsecutorCaseFactsContract {
  @IsIn(PF_CASE_CONCLUSIONS as unknown as string[]) conclusion!: (typeof PF_CASE_CONCLUSIONS)[number];
  @IsCalendarDate() closedOn!: string;
}

// ---- SM-SVC: state-service applications through the one-stop shop ----

class ServiceApplicationFactsContract {
  @IsString() @IsNotEmpty() applicationId!: string;
}

export class ServiceApplicationSubmittedContract extends ServiceApplicationFactsContract {
  @IsCalendarDate() submittedOn!: string;
  @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) services!: string[];
}

class ServiceReceiptContract {
  @IsArray() @IsString({ each: true }) documents!: string[];
  @IsCalendarDate() resultPromisedOn!: string;
}

export class ServiceApplicationAcceptedContract extends ServiceApplicationFactsContract {
  @IsCalendarDate() acceptedOn!: string;
  @IsCalendarDate() resultPromisedOn!: string;
  @IsObject() @ValidateNested() @Type(() => ServiceReceiptContract) receipt!: ServiceReceiptContract;
}

export class ServiceApplicationForwardedContract extends ServiceApplicationFactsContract {
  @IsString() @IsNotEmpty() providerOrganizationId!: string;
  @IsCalendarDate() forwardedOn!: string;
  @IsCalendarDate() providerDueOn!: string;
}

export class ServiceApplicationReturnedByProviderContract extends ServiceApplicationFactsContract {
  @IsString() @IsNotEmpty() reason!: string;
}

export class ServiceApplicationInvestorNotifiedContract extends ServiceApplicationFactsContract {
  @IsString() @IsNotEmpty() applicantOrganizationId!: string;
  @ValidateIf((o: ServiceApplicationInvestorNotifiedContract) => o.reason !== null) @IsString() reason!: string | null;
}

export class ServiceApplicationDocumentsCompletedContract extends ServiceApplicationFactsContract {
  @IsArray() @IsString({ each: true }) documents!: string[];
}

export class ServiceApplicationResultReadyContract extends ServiceApplicationFactsContract {
  @IsCalendarDate() resultReadyOn!: string;
  @IsBoolean() providerLate!: boolean;
}

export class ServiceApplicationViolationNoticeContract extends ServiceApplicationFactsContract {
  @IsString() @IsNotEmpty() providerOrganizationId!: string;
  @IsCalendarDate() providerDueOn!: string;
  @Equals(true) notifyQualityControlBody!: true;
}

export class ServiceApplicationIssuedContract extends ServiceApplicationFactsContract {
  @IsCalendarDate() issuedOn!: string;
}

// ---- the deadline job (catalogue events) ----

export class RoadmapDeadlineMissedContract implements RoadmapDeadlineMissedPayload {
  @IsUUID() roadmapId!: string;
  @IsUUID() projectId!: string;
  @Matches(KATO) regionCode!: string;
  @IsIn(['T06_FORM', 'T07_APPROVAL', 'T08_REWORK']) timer!: RoadmapDeadlineMissedPayload['timer'];
  @IsCalendarDate() dueOn!: string;
  @IsCalendarDate() detectedOn!: string;
  @IsArray() @IsString({ each: true }) notify!: string[];
}

export class PassportFillOverdueContract implements PassportFillOverduePayload {
  @IsUUID() projectId!: string;
  @Matches(KATO) regionCode!: string;
  @ValidateIf((o: PassportFillOverdueContract) => o.initiatorOrganizationId !== null) @IsString() @IsNotEmpty() initiatorOrganizationId!: string | null;
  @IsIn(['T05_PASSPORT_FILL']) timer!: PassportFillOverduePayload['timer'];
  @IsCalendarDate() dueOn!: string;
  @IsCalendarDate() detectedOn!: string;
  @IsArray() @IsString({ each: true }) notify!: string[];
}

export class PoolDecisionOverdueContract implements PoolDecisionOverduePayload {
  @IsUUID() requestId!: string;
  @IsUUID() projectId!: string;
  @Matches(KATO) regionCode!: string;
  @IsIn([...POOL_REQUEST_KINDS]) kind!: string;
  @IsCalendarDate() submittedOn!: string;
  @IsIn(['T11_POOL_DECISION']) timer!: PoolDecisionOverduePayload['timer'];
  @IsCalendarDate() dueOn!: string;
  @IsCalendarDate() detectedOn!: string;
  @IsArray() @IsString({ each: true }) notify!: string[];
}

export class TaskValidationOverdueContract implements TaskValidationOverduePayload {
  @IsUUID() taskId!: string;
  @IsUUID() roadmapId!: string;
  @IsUUID() projectId!: string;
  @Matches(KATO) regionCode!: string;
  @IsString() @IsNotEmpty() code!: string;
  @IsCalendarDate() actualCompletionDate!: string;
  @IsCalendarDate() dueOn!: string;
  @IsCalendarDate() detectedOn!: string;
}

// ---- attachments and comments (DiscussionService): metadata only, consumed by Module 3's document register ----

const TARGET_KINDS: DiscussionTargetKind[] = ['PROJECT', 'STAGE', 'TASK'];

export class AttachmentAddedContract implements AttachmentAddedPayload {
  @IsUUID() attachmentId!: string;
  @IsUUID() projectId!: string;
  @IsIn(TARGET_KINDS) targetKind!: DiscussionTargetKind;
  @IsString() @IsNotEmpty() targetId!: string;
  @IsString() @IsNotEmpty() @MaxLength(255) fileName!: string;
  @IsString() @IsNotEmpty() contentType!: string;
  @IsInt() @Min(1) sizeBytes!: number;
  @Matches(/^[0-9a-f]{64}$/) sha256!: string;
  @IsString() @IsNotEmpty() uploadedBy!: string;
  @IsISO8601({ strict: true }) uploadedAt!: string;
}

export class CommentAddedContract implements CommentAddedPayload {
  @IsUUID() commentId!: string;
  @IsUUID() projectId!: string;
  @IsIn(TARGET_KINDS) targetKind!: DiscussionTargetKind;
  @IsString() @IsNotEmpty() targetId!: string;
  @IsString() @IsNotEmpty() authorUserId!: string;
  @IsISO8601({ strict: true }) createdAt!: string;
}

/** Event type → contract class, for the events above. */
export const IMPLEMENTATION_EVENT_CONTRACTS: Record<string, new () => object> = {
  [PF_EVENTS.drafted]: RestrictiveMeasureDraftedContract,
  [PF_EVENTS.submitted]: RestrictiveMeasureSubmittedContract,
  [PF_EVENTS.reviewStarted]: RestrictiveMeasureReviewStartedContract,
  [PF_EVENTS.approved]: RestrictiveMeasureApprovedContract,
  [PF_EVENTS.refused]: RestrictiveMeasureRefusedContract,
  [PF_EVENTS.returned]: RestrictiveMeasureReturnedContract,
  [PF_EVENTS.withdrawn]: RestrictiveMeasureWithdrawnContract,
  [PF_EVENTS.applied]: RestrictiveMeasureAppliedContract,
  [PF_CASE_EVENTS.registered]: ProsecutorCaseRegisteredContract,
  [PF_CASE_EVENTS.assessmentStarted]: ProsecutorCaseAssessmentStartedContract,
  [PF_CASE_EVENTS.assessed]: ProsecutorCaseAssessedContract,
  [PF_CASE_EVENTS.closed]: ProsecutorCaseClosedContract,
  [SVC_EVENTS.submitted]: ServiceApplicationSubmittedContract,
  [SVC_EVENTS.accepted]: ServiceApplicationAcceptedContract,
  [SVC_EVENTS.forwarded]: ServiceApplicationForwardedContract,
  [SVC_EVENTS.returnedByProvider]: ServiceApplicationReturnedByProviderContract,
  [SVC_EVENTS.investorNotified]: ServiceApplicationInvestorNotifiedContract,
  [SVC_EVENTS.documentsCompleted]: ServiceApplicationDocumentsCompletedContract,
  [SVC_EVENTS.resultReady]: ServiceApplicationResultReadyContract,
  [SVC_EVENTS.violationNotice]: ServiceApplicationViolationNoticeContract,
  [SVC_EVENTS.issued]: ServiceApplicationIssuedContract,
  [EVENT_TYPES.roadmapFormationOverdue]: RoadmapDeadlineMissedContract,
  [EVENT_TYPES.roadmapReworkOverdue]: RoadmapDeadlineMissedContract,
  [EVENT_TYPES.roadmapApprovalOverdue]: RoadmapDeadlineMissedContract,
  [EVENT_TYPES.taskValidationOverdue]: TaskValidationOverdueContract,
  [EVENT_TYPES.passportFillOverdue]: PassportFillOverdueContract,
  [EVENT_TYPES.poolDecisionOverdue]: PoolDecisionOverdueContract,
  [EVENT_TYPES.attachmentAdded]: AttachmentAddedContract,
  [EVENT_TYPES.commentAdded]: CommentAddedContract,
};
