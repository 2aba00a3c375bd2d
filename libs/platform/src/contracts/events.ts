import type {
  InitiativeConvertedPayload,
  MonitoringOpenedPayload,
  ProjectCreatedPayload,
  ProjectPoolClassifiedPayload,
  ProjectTransferredToPostInvestmentPayload,
  CompanyCreatedPayload,
  InitiativeCreatedPayload,
  InitiativeTransferredPayload,
  M3IssueEscalatedToCouncilPayload,
  ProjectExcludedFromNationalPoolPayload,
  ChatMessagePostedPayload,
} from '@ndip/domain';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
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
 * One validated contract class per event payload (checked on consume). Each implements the
 * payload interface of libs/domain/src/events/catalog.ts, so the two cannot drift apart silently.
 */

const WHOLE = /^\d{1,18}$/;

export class CompanyCreatedContract implements CompanyCreatedPayload {
  @IsUUID() companyId!: string;
  @IsString() @IsNotEmpty() name!: string;
  @Matches(/^[A-Z]{2}$/) countryCode!: string;
  @ValidateIf((o: CompanyCreatedContract) => o.bin !== null) @IsBin() bin!: string | null;
  @ValidateIf((o: CompanyCreatedContract) => o.sector !== null) @IsString() sector!: string | null;
}

export class InitiativeCreatedContract implements InitiativeCreatedPayload {
  @IsUUID() initiativeId!: string;
  @IsUUID() companyId!: string;
  @IsString() @IsNotEmpty() title!: string;
  @Matches(/^[A-Z]{2}$/) countryCode!: string;
  @IsCalendarDate() createdOn!: string;
}

export class InitiativeTransferredContract implements InitiativeTransferredPayload {
  @IsUUID() initiativeId!: string;
  @IsUUID() companyId!: string;
  @Matches(KATO) regionCode!: string;
  @IsCalendarDate() transferredOn!: string;
  @IsCalendarDate() actionDueOn!: string;
}

export class InitiativeConvertedContract implements InitiativeConvertedPayload {
  @IsUUID() initiativeId!: string;
  @IsUUID() companyId!: string;
  @IsString() @IsNotEmpty() companyName!: string;
  @IsBin() companyBin!: string;
  @Matches(KATO) regionCode!: string;
  @IsString() @IsNotEmpty() projectName!: string;
  @ValidateIf((o: InitiativeConvertedContract) => o.sector !== null) @IsString() sector!: string | null;
  @Matches(/^[1-9]\d{0,17}$/) investmentAmountKzt!: string;
  @IsBoolean() hasInvestmentContract!: boolean;
  @IsCalendarDate() convertedOn!: string;
}

export class ProjectCreatedContract implements ProjectCreatedPayload {
  @IsUUID() projectId!: string;
  @ValidateIf((o: ProjectCreatedContract) => o.initiativeId !== null) @IsUUID() initiativeId!: string | null;
  @ValidateIf((o: ProjectCreatedContract) => o.companyId !== null) @IsUUID() companyId!: string | null;
  @IsString() @IsNotEmpty() name!: string;
  @Matches(KATO) regionCode!: string;
  @Matches(WHOLE) investmentAmountKzt!: string;
  @IsCalendarDate() createdOn!: string;
}

export class ProjectPoolClassifiedContract implements ProjectPoolClassifiedPayload {
  @IsUUID() projectId!: string;
  @Matches(KATO) regionCode!: string;
  @IsIn(['NATIONAL', 'REGIONAL']) pool!: 'NATIONAL' | 'REGIONAL';
  @IsInt() mciYear!: number;
  @IsInt() mciValue!: number;
  @Matches(/^\d+(\.\d+)?$/) amountMci!: string;
}

export class ProjectTransferredToPostInvestmentContract implements ProjectTransferredToPostInvestmentPayload {
  @IsUUID() projectId!: string;
  @Matches(KATO) regionCode!: string;
  @IsIn(['NATIONAL', 'REGIONAL']) pool!: 'NATIONAL' | 'REGIONAL';
  @IsCalendarDate() validatedOn!: string;
  @IsOptional() @IsCalendarDate() investmentContractExpiresOn!: string | null;
}

export class MonitoringOpenedContract implements MonitoringOpenedPayload {
  @IsUUID() monitoringId!: string;
  @IsUUID() projectId!: string;
  @Matches(KATO) regionCode!: string;
  @IsCalendarDate() startsOn!: string;
  @IsCalendarDate() endsOn!: string;
}

export class ProjectExcludedFromNationalPoolContract implements ProjectExcludedFromNationalPoolPayload {
  @IsUUID() projectId!: string;
  @IsUUID() monitoringId!: string;
  @Matches(KATO) regionCode!: string;
  @IsCalendarDate() excludedOn!: string;
  @IsCalendarDate() effectiveFrom!: string;
  @IsIn(['THREE_YEARS', 'INVESTMENT_CONTRACT']) basis!: 'THREE_YEARS' | 'INVESTMENT_CONTRACT';
}

export class M3IssueEscalatedToCouncilContract implements M3IssueEscalatedToCouncilPayload {
  @IsUUID() issueId!: string;
  @IsUUID() projectId!: string;
  @Matches(KATO) regionCode!: string;
  @IsString() @IsNotEmpty() category!: string;
  @IsCalendarDate() raisedOn!: string;
  @IsCalendarDate() dueOn!: string;
  @IsCalendarDate() escalatedOn!: string;
}

// ---- Module 2 (apps/implementation): passport, green corridor, Task Force, roadmap tasks ----

import type {
  ProjectGreenCorridorScoredPayload,
  ProjectHandedToTaskForcePayload,
  ProjectPassportCompletedPayload,
  TaskBecameOverduePayload,
  TaskCompletedPayload,
  TaskCreatedPayload,
  TaskDueDateChangedPayload,
  TaskValidatedPayload,
} from '@ndip/domain';

const GC_STATUSES = ['ELIGIBLE', 'PENDING_COUNCIL', 'NOT_ELIGIBLE'];
const DECIMAL = /^\d+(\.\d+)?$/;

export class ProjectPassportCompletedContract implements ProjectPassportCompletedPayload {
  @IsUUID() projectId!: string;
  @Matches(KATO) regionCode!: string;
  @IsCalendarDate() completedOn!: string;
  @ValidateIf((o: ProjectPassportCompletedContract) => o.fillDueOn !== null) @IsCalendarDate() fillDueOn!: string | null;
  @IsBoolean() late!: boolean;
  @IsOptional() @IsInt() @Min(0) jobs?: number | null;
  @IsOptional() @Matches(/^\d{12}$/) companyBin?: string | null;
}

export class ProjectGreenCorridorScoredContract implements ProjectGreenCorridorScoredPayload {
  @IsUUID() projectId!: string;
  @Matches(KATO) regionCode!: string;
  @IsUUID() scoringId!: string;
  @IsCalendarDate() evaluatedOn!: string;
  @Matches(DECIMAL) amountUsd!: string;
  @Matches(DECIMAL) usdKztRate!: string;
  @IsInt() scoreMilli!: number;
  @IsIn(GC_STATUSES) status!: 'ELIGIBLE' | 'PENDING_COUNCIL' | 'NOT_ELIGIBLE';
  @IsIn(GC_STATUSES) projectStatus!: 'ELIGIBLE' | 'PENDING_COUNCIL' | 'NOT_ELIGIBLE';
  @IsBoolean() reviewRequired!: boolean;
}

export class ProjectHandedToTaskForceContract implements ProjectHandedToTaskForcePayload {
  @IsUUID() projectId!: string;
  @Matches(KATO) regionCode!: string;
  @IsCalendarDate() handedOn!: string;
  @Matches(WHOLE) amountKzt!: string;
  @IsInt() mciYear!: number;
  @IsInt() mciValue!: number;
  @IsInt() scoreMilli!: number;
}

/** The facts every roadmap-task event carries (reporting: region rating by overdue tasks). */
class TaskFactsContract {
  @IsUUID() taskId!: string;
  @IsUUID() projectId!: string;
  @IsUUID() roadmapId!: string;
  @IsString() @IsNotEmpty() code!: string;
  @Matches(KATO) regionCode!: string;
  @ValidateIf((o: TaskFactsContract) => o.responsibleOrganizationId !== null) @IsUUID() responsibleOrganizationId!: string | null;
  @IsCalendarDate() dueDate!: string;
  @ValidateIf((o: TaskFactsContract) => o.actualCompletionDate !== null) @IsCalendarDate() actualCompletionDate!: string | null;
}

export class TaskCreatedContract extends TaskFactsContract implements TaskCreatedPayload {
  @IsIn(['PRE_INVESTMENT', 'INVESTMENT', 'POST_INVESTMENT']) stage!: 'PRE_INVESTMENT' | 'INVESTMENT' | 'POST_INVESTMENT';
  @IsBoolean() requiresValidation!: boolean;
}

export class TaskDueDateChangedContract extends TaskFactsContract implements TaskDueDateChangedPayload {
  @IsCalendarDate() previousDueDate!: string;
  @IsCalendarDate() changedOn!: string;
}

export class TaskCompletedContract extends TaskFactsContract implements TaskCompletedPayload {
  @IsBoolean() awaitingValidation!: boolean;
  @ValidateIf((o: TaskCompletedContract) => o.validationDueOn !== null) @IsCalendarDate() validationDueOn!: string | null;
}

export class TaskValidatedContract extends TaskFactsContract implements TaskValidatedPayload {
  @IsCalendarDate() validatedOn!: string;
  @IsBoolean() late!: boolean;
  @IsBoolean() movesProjectToModule3!: boolean;
}

export class TaskBecameOverdueContract extends TaskFactsContract implements TaskBecameOverduePayload {
  @IsCalendarDate() overdueSince!: string;
  @IsCalendarDate() detectedOn!: string;
}

export class ChatAudienceContract {
  @IsString() @IsNotEmpty() originatorOrganizationId!: string;
  @Matches(/^[A-Z]{2}$/) countryCode!: string;
  @ValidateIf((o: ChatAudienceContract) => o.regionCode !== null) @Matches(KATO) regionCode!: string | null;
}

export class ChatMessagePostedContract implements ChatMessagePostedPayload {
  @IsUUID() messageId!: string;
  @IsUUID() initiativeId!: string;
  @IsString() @IsNotEmpty() authorUserId!: string;
  @IsString() @IsNotEmpty() authorOrganizationId!: string;
  @IsString() @IsNotEmpty() authorRole!: string;
  @IsString() @IsNotEmpty() @MaxLength(4000) body!: string;
  @IsISO8601() postedAt!: string;
  @IsObject() @ValidateNested() @Type(() => ChatAudienceContract) audience!: ChatAudienceContract;
}

// ---- Reporting (apps/reporting): what it publishes, and the Module 1–2 facts it consumes ----

import type {
  AttractivenessRatingPublishedPayload,
  AttractivenessRegionResult,
  MeetingRecordedPayload,
  PoolAutoExcludedPayload,
  PoolDecidedPayload,
  QuarterlyReportSubmittedPayload,
  RegionRatingEntry,
  RegionRatingQuarterClosedPayload,
} from '@ndip/domain';
import { IsArray, IsNumber } from 'class-validator';

export class MeetingRecordedContract implements MeetingRecordedPayload {
  @IsUUID() meetingId!: string;
  @IsUUID() companyId!: string;
  @Matches(/^[A-Z]{2}$/) countryCode!: string;
  @IsCalendarDate() heldOn!: string;
  @IsIn(['INTERNATIONAL_EVENT', 'NATIONAL_EVENT', 'LEADER_VISIT', 'OTHER']) eventKind!: 'INTERNATIONAL_EVENT' | 'NATIONAL_EVENT' | 'LEADER_VISIT' | 'OTHER';
}

export class PoolDecidedContract implements PoolDecidedPayload {
  @IsString() @IsNotEmpty() projectId!: string;
  @IsIn(['NATIONAL', 'REGIONAL']) pool!: 'NATIONAL' | 'REGIONAL';
  @Matches(KATO) regionCode!: string;
  @IsCalendarDate() decidedOn!: string;
  @IsOptional() @IsBoolean() late?: boolean;
  @IsOptional() @IsIn(['SUSPEND', 'EXCLUDE', 'SUSPEND_AND_EXCLUDE', 'RESUME']) kind?: 'SUSPEND' | 'EXCLUDE' | 'SUSPEND_AND_EXCLUDE' | 'RESUME';
  @IsOptional() @IsString({ each: true }) grounds?: string[];
  @IsOptional() @IsString() rihqDecisionRef?: string;
}

export class PoolAutoExcludedContract implements PoolAutoExcludedPayload {
  @IsString() @IsNotEmpty() projectId!: string;
  @IsIn(['NATIONAL', 'REGIONAL']) pool!: 'NATIONAL' | 'REGIONAL';
  @Matches(KATO) regionCode!: string;
  @IsCalendarDate() excludedOn!: string;
  @IsIn(['AUTO_3_YEARS', 'AUTO_CONTRACT_EXPIRY']) basis!: 'AUTO_3_YEARS' | 'AUTO_CONTRACT_EXPIRY';
  @IsCalendarDate() effectiveFrom!: string;
}

export class AttractivenessMethodologyContract {
  @IsIn(['S1', 'S2', 'S3']) scaling!: 'S1' | 'S2' | 'S3';
  @IsIn(['MEAN']) directionAggregation!: 'MEAN';
  @IsInt() minRespondents!: number;
  @IsInt() minValidPerQuestion!: number;
  @IsIn(['EXCLUDE', 'WARN']) insufficientSample!: 'EXCLUDE' | 'WARN';
}

export class AttractivenessRegionResultContract implements AttractivenessRegionResult {
  @Matches(KATO) regionCode!: string;
  @ValidateIf((o: AttractivenessRegionResultContract) => o.rank !== null) @IsInt() rank!: number | null;
  @ValidateIf((o: AttractivenessRegionResultContract) => o.score !== null) @IsNumber() score!: number | null;
  @IsBoolean() complete!: boolean;
  @IsObject() directions!: Record<string, number | null>;
  @IsObject() factorScores!: Record<string, number>;
  @IsInt() respondents!: number;
  @IsArray() @IsString({ each: true }) flags!: string[];
}

export class AttractivenessRatingPublishedContract implements AttractivenessRatingPublishedPayload {
  @IsUUID() ratingId!: string;
  @IsInt() year!: number;
  @IsInt() version!: number;
  @IsCalendarDate() publishedOn!: string;
  @IsObject() @ValidateNested() @Type(() => AttractivenessMethodologyContract) methodology!: AttractivenessMethodologyContract;
  @IsObject() weightsPermille!: Record<string, number>;
  @IsArray() @ValidateNested({ each: true }) @Type(() => AttractivenessRegionResultContract) regions!: AttractivenessRegionResultContract[];
}

export class RegionRatingEntryContract implements RegionRatingEntry {
  @Matches(KATO) regionCode!: string;
  @IsInt() rank!: number;
  @IsNumber() points!: number;
  @IsInt() projects!: number;
  @IsInt() overdueTasks!: number;
}

export class RegionRatingQuarterClosedContract implements RegionRatingQuarterClosedPayload {
  @IsUUID() snapshotId!: string;
  @IsInt() year!: number;
  @IsInt() quarter!: number;
  @IsCalendarDate() asOf!: string;
  @IsCalendarDate() frozenOn!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => RegionRatingEntryContract) regions!: RegionRatingEntryContract[];
}

export class QuarterlyReportSubmittedContract implements QuarterlyReportSubmittedPayload {
  @IsUUID() reportId!: string;
  @IsIn(['REGIONAL_TO_NC', 'EXTERNAL_TO_AB', 'CONSOLIDATED_TO_AB']) kind!: 'REGIONAL_TO_NC' | 'EXTERNAL_TO_AB' | 'CONSOLIDATED_TO_AB';
  @IsInt() year!: number;
  @IsInt() quarter!: number;
  @IsString() @IsNotEmpty() organizationId!: string;
  @ValidateIf((o: QuarterlyReportSubmittedContract) => o.regionCode !== null) @Matches(KATO) regionCode!: string | null;
  @IsCalendarDate() submittedOn!: string;
  @IsCalendarDate() dueOn!: string;
  @IsBoolean() late!: boolean;
}

// ---- E001 §41: a project card turned back into an initiative ----

import type { InitiativeRevertedFromProjectPayload, ProjectRevertedToInitiativePayload } from '@ndip/domain';

export class InitiativeRevertedFromProjectContract implements InitiativeRevertedFromProjectPayload {
  @IsUUID() initiativeId!: string;
  @Matches(KATO) regionCode!: string;
  @IsString() @IsNotEmpty() reason!: string;
  @IsCalendarDate() revertedOn!: string;
  @IsBoolean() notifyAuthorizedBody!: boolean;
}

export class ProjectRevertedToInitiativeContract implements ProjectRevertedToInitiativePayload {
  @IsUUID() projectId!: string;
  @IsUUID() initiativeId!: string;
  @Matches(KATO) regionCode!: string;
  @IsString() @IsNotEmpty() previousStatus!: string;
  @IsString() @IsNotEmpty() reason!: string;
  @IsCalendarDate() revertedOn!: string;
}

// ---- Module 1 card changes (docs/asyncapi.yaml) ----

import type { CompanyMergedPayload, CompanyUpdatedPayload, MeetingUpdatedPayload } from '@ndip/domain';

export class CompanyCardContract {
  @IsString() @IsNotEmpty() @MaxLength(300) name!: string;
  @Matches(/^[A-Z]{2}$/) countryCode!: string;
  @ValidateIf((o: CompanyCardContract) => o.bin !== null) @IsBin() bin!: string | null;
  @ValidateIf((o: CompanyCardContract) => o.sector !== null) @IsString() sector!: string | null;
  @ValidateIf((o: CompanyCardContract) => o.size !== null) @IsIn(['MICRO', 'SMALL', 'MEDIUM', 'LARGE']) size!: 'MICRO' | 'SMALL' | 'MEDIUM' | 'LARGE' | null;
  @ValidateIf((o: CompanyCardContract) => o.website !== null) @IsString() website!: string | null;
  @IsBoolean() global2000!: boolean;
  @ValidateIf((o: CompanyCardContract) => o.global2000Year !== null) @IsInt() global2000Year!: number | null;
}

export class CompanyUpdatedContract implements CompanyUpdatedPayload {
  @IsUUID() companyId!: string;
  @IsArray() @IsString({ each: true }) changed!: string[];
  @IsObject() @ValidateNested() @Type(() => CompanyCardContract) card!: CompanyCardContract;
  @IsCalendarDate() updatedOn!: string;
}

export class CompanyMergedContract implements CompanyMergedPayload {
  @IsUUID() companyId!: string;
  @IsUUID() intoCompanyId!: string;
  @ValidateIf((o: CompanyMergedContract) => o.movedBin !== null) @IsBin() movedBin!: string | null;
  @IsCalendarDate() mergedOn!: string;
}

export class MeetingUpdatedContract implements MeetingUpdatedPayload {
  @IsUUID() meetingId!: string;
  @IsUUID() companyId!: string;
  @Matches(/^[A-Z]{2}$/) countryCode!: string;
  @IsArray() @IsString({ each: true }) changed!: string[];
  @IsCalendarDate() heldOn!: string;
  @IsIn(['INTERNATIONAL_EVENT', 'NATIONAL_EVENT', 'LEADER_VISIT', 'OTHER']) eventKind!: 'INTERNATIONAL_EVENT' | 'NATIONAL_EVENT' | 'LEADER_VISIT' | 'OTHER';
  @IsCalendarDate() updatedOn!: string;
}

// ---- Module 1 initiative workflow at the akimat (docs/asyncapi.yaml) ----

import type {
  InitiativeExtendedPayload,
  InitiativeOfficerAssignedPayload,
  InitiativeOverduePayload,
  InitiativeRedirectRefusedPayload,
  InitiativeRedirectRequestedPayload,
  InitiativeRedirectedPayload,
  InitiativeReturnedPayload,
} from '@ndip/domain';

export class InitiativeOfficerAssignedContract implements InitiativeOfficerAssignedPayload {
  @IsUUID() initiativeId!: string;
  @ValidateIf((o: InitiativeOfficerAssignedContract) => o.regionCode !== null) @Matches(KATO) regionCode!: string | null;
  @IsString() @IsNotEmpty() officerUserId!: string;
  @IsCalendarDate() assignedOn!: string;
}

export class InitiativeExtendedContract implements InitiativeExtendedPayload {
  @IsUUID() initiativeId!: string;
  @ValidateIf((o: InitiativeExtendedContract) => o.regionCode !== null) @Matches(KATO) regionCode!: string | null;
  @IsCalendarDate() extendedOn!: string;
  @ValidateIf((o: InitiativeExtendedContract) => o.previousDueOn !== null) @IsCalendarDate() previousDueOn!: string | null;
  @IsCalendarDate() actionDueOn!: string;
  @ValidateIf((o: InitiativeExtendedContract) => o.reason !== null) @IsString() reason!: string | null;
}

export class InitiativeRedirectRequestedContract implements InitiativeRedirectRequestedPayload {
  @IsUUID() initiativeId!: string;
  @ValidateIf((o: InitiativeRedirectRequestedContract) => o.fromRegionCode !== null) @Matches(KATO) fromRegionCode!: string | null;
  @Matches(KATO) toRegionCode!: string;
  @IsString() @IsNotEmpty() reason!: string;
  @IsCalendarDate() requestedOn!: string;
}

export class InitiativeRedirectedContract implements InitiativeRedirectedPayload {
  @IsUUID() initiativeId!: string;
  @ValidateIf((o: InitiativeRedirectedContract) => o.fromRegionCode !== null) @Matches(KATO) fromRegionCode!: string | null;
  @Matches(KATO) toRegionCode!: string;
  @IsCalendarDate() approvedOn!: string;
}

export class InitiativeRedirectRefusedContract implements InitiativeRedirectRefusedPayload {
  @IsUUID() initiativeId!: string;
  @ValidateIf((o: InitiativeRedirectRefusedContract) => o.regionCode !== null) @Matches(KATO) regionCode!: string | null;
  @Matches(KATO) toRegionCode!: string;
  @ValidateIf((o: InitiativeRedirectRefusedContract) => o.reason !== null) @IsString() reason!: string | null;
  @IsCalendarDate() refusedOn!: string;
}

export class InitiativeReturnedContract implements InitiativeReturnedPayload {
  @IsUUID() initiativeId!: string;
  @ValidateIf((o: InitiativeReturnedContract) => o.regionCode !== null) @Matches(KATO) regionCode!: string | null;
  @IsString() @IsNotEmpty() reason!: string;
  @IsCalendarDate() returnedOn!: string;
}

export class InitiativeOverdueContract implements InitiativeOverduePayload {
  @IsUUID() initiativeId!: string;
  @ValidateIf((o: InitiativeOverdueContract) => o.regionCode !== null) @Matches(KATO) regionCode!: string | null;
  @IsString() @IsNotEmpty() status!: string;
  @ValidateIf((o: InitiativeOverdueContract) => o.officerUserId !== null) @IsString() officerUserId!: string | null;
  @IsCalendarDate() actionDueOn!: string;
  @IsCalendarDate() detectedOn!: string;
  @IsInt() @Min(1) daysOverdue!: number;
  @IsArray() @IsString({ each: true }) notify!: string[];
}
