import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageQueryDto } from './common';
import { IsBin, KATO } from './validators';

/*
 * Module 3 (apps/post-investment) commands. The HTTP body DTOs are validated by the gateway; the
 * `*Command` classes add the path ids and, for investor callers, the BIN of the caller's organisation
 * (`investorBin`, set by the gateway from the organisation, never from the body).
 */

const ISSUE_KINDS = ['PROBLEM', 'PROPOSAL'] as const;
const ISSUE_CATEGORIES = ['LAND', 'PERMITS', 'UTILITIES', 'TAXES', 'CUSTOMS', 'VISAS', 'OTHER'] as const;
const ISSUE_STATUSES = ['OPEN', 'TRIAGED', 'ASSIGNED', 'ANSWERED', 'CLOSED'] as const;
const MONITORING_STATUSES = ['OPEN', 'PERIOD_ENDED', 'COMPLETED', 'ARCHIVED'] as const;
const POOL_STATUSES = ['IN_NATIONAL_POOL', 'EXCLUDED', 'NOT_IN_NATIONAL_POOL'] as const;
const WHOLE_TENGE = /^(0|[1-9]\d{0,17})$/;
export const M3_JOBS = ['PERIOD_END', 'ISSUE_SLA', 'KPI'] as const;
export type M3Job = (typeof M3_JOBS)[number];

/** Set by the gateway for investor callers: the BIN of the caller's organisation (§9.3 INV scoping). */
class InvestorScoped {
  @IsOptional()
  @IsBin()
  investorBin?: string;
}

export class ProjectScopedCommand extends InvestorScoped {
  @IsUUID()
  projectId!: string;
}

export class ListMonitoringQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: MONITORING_STATUSES })
  @IsOptional()
  @IsIn(MONITORING_STATUSES)
  status?: (typeof MONITORING_STATUSES)[number];

  @ApiPropertyOptional({ enum: POOL_STATUSES })
  @IsOptional()
  @IsIn(POOL_STATUSES)
  poolStatus?: (typeof POOL_STATUSES)[number];

  @ApiPropertyOptional({ example: '750000000' })
  @IsOptional()
  @Matches(KATO, { message: 'regionCode must be a 9-digit KATO code' })
  regionCode?: string;

  @ApiPropertyOptional({ example: '2029-12-31', description: 'Only periods whose exclusion date is on or before this date' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'endsBy must be a date YYYY-MM-DD' })
  endsBy?: string;

  @ApiPropertyOptional({ enum: ['startsOn', '-startsOn', 'exclusionRunsOn', '-exclusionRunsOn', 'createdAt', '-createdAt'], default: '-createdAt' })
  @IsOptional()
  @IsIn(['startsOn', '-startsOn', 'exclusionRunsOn', '-exclusionRunsOn', 'createdAt', '-createdAt'])
  sort?: string;
}

export class ListMonitoringCommand extends ListMonitoringQueryDto {
  @IsOptional()
  @IsBin()
  investorBin?: string;
}

// ---- investor issues and climate proposals ----

export class RaiseIssueDto {
  @ApiProperty({ format: 'uuid', description: 'The project in post-investment monitoring' })
  @IsUUID()
  projectId!: string;

  @ApiProperty({ enum: ISSUE_KINDS, description: 'A problem issue, or a proposal to improve the investment climate (000 §61)' })
  @IsIn(ISSUE_KINDS)
  kind!: (typeof ISSUE_KINDS)[number];

  @ApiProperty({ enum: ISSUE_CATEGORIES })
  @IsIn(ISSUE_CATEGORIES)
  category!: (typeof ISSUE_CATEGORIES)[number];

  @ApiProperty({ example: 'Customs clearance of production equipment', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @ApiProperty({ example: 'The equipment has waited at Khorgos for 20 days', maxLength: 10000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  description!: string;
}

export class RaiseIssueCommand extends RaiseIssueDto {
  @IsOptional()
  @IsBin()
  investorBin?: string;
}

export class IssueIdCommand extends InvestorScoped {
  @IsUUID()
  issueId!: string;
}

export class ListIssuesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @ApiPropertyOptional({ enum: ISSUE_STATUSES })
  @IsOptional()
  @IsIn(ISSUE_STATUSES)
  status?: (typeof ISSUE_STATUSES)[number];

  @ApiPropertyOptional({ enum: ISSUE_CATEGORIES })
  @IsOptional()
  @IsIn(ISSUE_CATEGORIES)
  category?: (typeof ISSUE_CATEGORIES)[number];

  @ApiPropertyOptional({ enum: ISSUE_KINDS })
  @IsOptional()
  @IsIn(ISSUE_KINDS)
  kind?: (typeof ISSUE_KINDS)[number];

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only issues whose SLA was (not) breached' })
  @IsOptional()
  @IsIn(['true', 'false'])
  slaBreached?: 'true' | 'false';

  @ApiPropertyOptional({ enum: ['raisedOn', '-raisedOn', 'dueOn', '-dueOn'], default: '-raisedOn' })
  @IsOptional()
  @IsIn(['raisedOn', '-raisedOn', 'dueOn', '-dueOn'])
  sort?: string;
}

export class ListIssuesCommand extends ListIssuesQueryDto {
  @IsOptional()
  @IsBin()
  investorBin?: string;
}

export class TriageIssueDto {
  @ApiPropertyOptional({ enum: ISSUE_CATEGORIES, description: 'Corrected category (the SLA is recounted from the day the issue was raised)' })
  @IsOptional()
  @IsIn(ISSUE_CATEGORIES)
  category?: (typeof ISSUE_CATEGORIES)[number];

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  note?: string;
}

export class TriageIssueCommand extends TriageIssueDto {
  @IsUUID()
  issueId!: string;
}

export class AssignIssueDto {
  @ApiProperty({ example: 'State Revenue Committee of the Ministry of Finance', maxLength: 300, description: 'The responsible agency' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  agency!: string;
}

export class AssignIssueCommand extends AssignIssueDto {
  @IsUUID()
  issueId!: string;
}

export class AnswerIssueDto {
  @ApiProperty({ example: 'The equipment was cleared on 5 March', maxLength: 10000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  answer!: string;
}

export class AnswerIssueCommand extends AnswerIssueDto {
  @IsUUID()
  issueId!: string;
}

// ---- KPI collection plan ----

export class ListKpiReportsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['PLANNED', 'SUBMITTED'] })
  @IsOptional()
  @IsIn(['PLANNED', 'SUBMITTED'])
  status?: 'PLANNED' | 'SUBMITTED';

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';
}

export class ListKpiReportsCommand extends ListKpiReportsQueryDto {
  @IsUUID()
  projectId!: string;

  @IsOptional()
  @IsBin()
  investorBin?: string;
}

export class SubmitKpiReportDto {
  @ApiProperty({ example: 120, description: 'Jobs created (permanent jobs)' })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  jobsCreated!: number;

  @ApiProperty({ example: '5000000000', description: 'Capital actually spent, whole tenge (decimal string)' })
  @Matches(WHOLE_TENGE, { message: 'capitalSpentKzt must be whole tenge as a decimal string' })
  capitalSpentKzt!: string;

  @ApiProperty({ example: '1200000000', description: 'Output in the period, whole tenge (decimal string)' })
  @Matches(WHOLE_TENGE, { message: 'outputKzt must be whole tenge as a decimal string' })
  outputKzt!: string;
}

export class SubmitKpiReportCommand extends SubmitKpiReportDto {
  @IsUUID()
  projectId!: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  periodNo!: number;

  @IsOptional()
  @IsBin()
  investorBin?: string;
}

// ---- change log, completion, archive ----

export class RecordChangeDto {
  @ApiProperty({ enum: ['PROJECT', 'INVESTMENT_CONTRACT'] })
  @IsIn(['PROJECT', 'INVESTMENT_CONTRACT'])
  subject!: 'PROJECT' | 'INVESTMENT_CONTRACT';

  @ApiProperty({ example: 'investmentVolumeKzt', maxLength: 200, description: 'What changed (investment volume, conditions, ...)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  field!: string;

  @ApiPropertyOptional({ example: '200000000000', maxLength: 2000, nullable: true })
  @IsOptional()
  @ValidateIf((o: RecordChangeDto) => o.oldValue !== null)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  oldValue?: string | null;

  @ApiPropertyOptional({ example: '220000000000', maxLength: 2000, nullable: true })
  @IsOptional()
  @ValidateIf((o: RecordChangeDto) => o.newValue !== null)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  newValue?: string | null;

  @ApiProperty({ example: 'Supplementary agreement No. 2 to the investment contract', maxLength: 10000, description: 'Why' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  reason!: string;
}

export class RecordChangeCommand extends RecordChangeDto {
  @IsUUID()
  projectId!: string;
}

export class ListChangesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['PROJECT', 'INVESTMENT_CONTRACT'] })
  @IsOptional()
  @IsIn(['PROJECT', 'INVESTMENT_CONTRACT'])
  subject?: 'PROJECT' | 'INVESTMENT_CONTRACT';

  @ApiPropertyOptional({ enum: ['recordedAt', '-recordedAt'], default: '-recordedAt' })
  @IsOptional()
  @IsIn(['recordedAt', '-recordedAt'])
  sort?: string;
}

export class ListChangesCommand extends ListChangesQueryDto {
  @IsUUID()
  projectId!: string;

  @IsOptional()
  @IsBin()
  investorBin?: string;
}

export class CompleteMonitoringDto {
  @ApiProperty({ example: 'All obligations of the investment contract fulfilled; 450 jobs created', maxLength: 20000, description: 'Final analysis (000 §62)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  finalAnalysis!: string;

  @ApiProperty({ example: true, description: 'The investor fulfilled all obligations (000 §63); must be true' })
  @IsBoolean()
  obligationsFulfilled!: boolean;
}

export class CompleteMonitoringCommand extends CompleteMonitoringDto {
  @IsUUID()
  projectId!: string;
}

export class RunJobsDto {
  @ApiPropertyOptional({ enum: M3_JOBS, isArray: true, description: 'Which jobs to run once (default: all)' })
  // Absent means all jobs; null is refused (400) rather than reaching the service (Schemathesis found a 500 for it).
  @ValidateIf((o: { jobs?: unknown }) => o.jobs !== undefined)
  @IsArray()
  @ArrayUnique()
  @IsIn(M3_JOBS, { each: true })
  jobs?: M3Job[];
}
