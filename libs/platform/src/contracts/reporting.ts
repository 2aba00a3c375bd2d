import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from './common';
import { IsCalendarDate, KATO } from './validators';

/*
 * Request-reply contracts of apps/reporting (dashboard, region rating, attractiveness rating, quarterly
 * reports). The same classes validate the HTTP query/body in the gateway and the command in the service.
 */

const toBool = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

export class ExportFormatDto {
  @ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv', 'xlsx'])
  format?: 'json' | 'csv' | 'xlsx';
}

export class RegionRatingQueryDto extends ExportFormatDto {
  @ApiPropertyOptional({ description: 'Year of a closed quarter (with quarter); omit both for the live rating', example: 2025 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 4 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(4)
  quarter?: number;
}

export class RegionRatingTasksQueryDto extends PageQueryDto {
  @ApiProperty({ description: 'KATO code of the region (9 digits)', example: '750000000' })
  @Matches(KATO, { message: 'regionCode must be a 9-digit KATO code' })
  regionCode!: string;

  @ApiPropertyOptional({ example: 2025 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 4 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(4)
  quarter?: number;
}

export const PROJECT_STATUSES = ['IMPLEMENTATION', 'POST_INVESTMENT', 'SUSPENDED', 'EXCLUDED'] as const;

export class DashboardQueryDto extends ExportFormatDto {
  @ApiPropertyOptional({ description: 'KATO code of one region' })
  @IsOptional()
  @Matches(KATO, { message: 'regionCode must be a 9-digit KATO code' })
  regionCode?: string;

  @ApiPropertyOptional({ enum: ['NATIONAL', 'REGIONAL'] })
  @IsOptional()
  @IsIn(['NATIONAL', 'REGIONAL'])
  pool?: 'NATIONAL' | 'REGIONAL';

  @ApiPropertyOptional({ description: 'Sector code as given on the initiative' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  sector?: string;

  @ApiPropertyOptional({ enum: [2, 3] })
  @IsOptional()
  @Type(() => Number)
  @IsIn([2, 3])
  module?: 2 | 3;

  @ApiPropertyOptional({ enum: PROJECT_STATUSES })
  @IsOptional()
  @IsIn(PROJECT_STATUSES)
  status?: (typeof PROJECT_STATUSES)[number];

  /** Set by the gateway for an investor (INV) from its organisation, never by a client: the investor's own projects (§9.2). */
  @ApiHideProperty()
  @IsOptional()
  @Matches(/^\d{12}$/, { message: 'investorBin must be 12 digits' })
  investorBin?: string;
}

export class DashboardProjectsQueryDto extends PageQueryDto {
  @ApiProperty({ enum: ['GREEN_CORRIDOR', 'TASK_FORCE'] })
  @IsIn(['GREEN_CORRIDOR', 'TASK_FORCE'])
  list!: 'GREEN_CORRIDOR' | 'TASK_FORCE';

  @ApiPropertyOptional({ description: 'KATO code of one region' })
  @IsOptional()
  @Matches(KATO, { message: 'regionCode must be a 9-digit KATO code' })
  regionCode?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv', 'xlsx'])
  format?: 'json' | 'csv' | 'xlsx';

  /** Set by the gateway for an investor (INV), never by a client. */
  @ApiHideProperty()
  @IsOptional()
  @Matches(/^\d{12}$/, { message: 'investorBin must be 12 digits' })
  investorBin?: string;
}

export class FunnelQueryDto extends ExportFormatDto {
  @ApiPropertyOptional({ description: 'Initiatives created on or after (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Initiatives created on or before (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ description: 'Receiving region (KATO)' })
  @IsOptional()
  @Matches(KATO, { message: 'regionCode must be a 9-digit KATO code' })
  regionCode?: string;

  @ApiPropertyOptional({ description: 'Country of the company (ISO 3166 alpha-2)' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be an ISO 3166 alpha-2 code' })
  countryCode?: string;
}

// ---- Attractiveness rating (004) ----

export class ImportHardDataDto {
  @ApiProperty({ example: 2024 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({
    description:
      'CSV text: header `regionCode,F1.1,F1.2,F2.1,F2.2,F3.1,F3.2,F5` (any subset of the hard factors, any order), one row per region; ' +
      'an empty cell = no value. Comma-separated with a decimal point, or semicolon-separated with a decimal point or comma.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200_000)
  csv!: string;

  @ApiPropertyOptional({ description: 'Validate only: answer the per-row errors without storing anything' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  dryRun?: boolean;
}

/** Form block 1: the enterprise (004 Form B1). */
export class SurveyEnterpriseDto {
  @ApiPropertyOptional({ description: 'B1.Q1 name of the enterprise' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  name?: string;

  @ApiProperty({ description: 'B1.Q2 region of activity (KATO); the region the answers rate' })
  @Matches(KATO, { message: 'enterprise.regionCode must be a 9-digit KATO code' })
  regionCode!: string;

  @ApiPropertyOptional({ description: 'B1.Q3 number of employees' })
  @IsOptional()
  @IsInt()
  @Min(0)
  employees?: number;

  @ApiPropertyOptional({ description: 'B1.Q4 sector' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  sector?: string;

  @ApiPropertyOptional({ description: 'B1.Q5 invested, renewed fixed assets or expanded in the region in the last 3 years' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  investedLast3Years?: string;
}

const scale = (min: 0 | 1) => [IsOptional(), IsInt(), Min(min), Max(7)];
function Scale(min: 0 | 1): PropertyDecorator {
  return (target, key) => {
    for (const d of [ApiPropertyOptional({ minimum: min, maximum: 7 }), ...scale(min)]) d(target, key);
  };
}

/** Form block 2 (004 Form B2): 0 = "I have not encountered this", 1 = bad … 7 = very good; Q9, Q10 are 1–7. */
export class SurveyAnswersDto {
  @Scale(0) Q1?: number;
  @Scale(0) Q2?: number;
  @Scale(0) Q3?: number;
  @Scale(0) Q4?: number;
  @Scale(0) Q5?: number;
  @Scale(0) Q6?: number;
  @Scale(0) Q7?: number;
  @Scale(0) Q8?: number;
  @Scale(1) Q9?: number;
  @Scale(1) Q10?: number;
  @Scale(0) Q11?: number;
  @Scale(0) Q12?: number;
  @Scale(0) Q13?: number;

  @ApiPropertyOptional({ description: 'Times a year the business faced administrative pressure measures' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  Q14?: number;

  @ApiPropertyOptional({ description: 'Faced corruption this year (yes/no)' })
  @IsOptional()
  @IsBoolean()
  Q15?: boolean;

  @ApiPropertyOptional({ description: 'Problems that concern the respondent most (free text, not scored)' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  Q16?: string;
}

export class SubmitSurveyResponseDto {
  @ApiProperty({ example: 2024 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ description: 'Identifier of the respondent in the survey (one response per respondent and year)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  respondentId!: string;

  @ApiProperty({ type: SurveyEnterpriseDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SurveyEnterpriseDto)
  enterprise!: SurveyEnterpriseDto;

  @ApiProperty({ type: SurveyAnswersDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SurveyAnswersDto)
  answers!: SurveyAnswersDto;
}

export class AttractivenessQueryDto extends ExportFormatDto {
  @ApiProperty({ example: 2024 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({ description: 'A published version; omit for the latest publication, or use preview' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;

  @ApiPropertyOptional({ description: 'Compute from the data now (not published); AB and NC only' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  preview?: boolean;

  @ApiPropertyOptional({ enum: ['S1', 'S2', 'S3'], description: 'Preview only: the 1–20 scaling (rules.md §5.4); S1 by default' })
  @IsOptional()
  @IsIn(['S1', 'S2', 'S3'])
  scaling?: 'S1' | 'S2' | 'S3';
}

export class PublishAttractivenessDto {
  @ApiProperty({ example: 2024 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({ enum: ['S1', 'S2', 'S3'], default: 'S1' })
  @IsOptional()
  @IsIn(['S1', 'S2', 'S3'])
  scaling?: 'S1' | 'S2' | 'S3';

  @ApiPropertyOptional({
    enum: ['EXCLUDE', 'WARN'],
    default: 'EXCLUDE',
    description: 'A region under 15 respondents: soft factors excluded, or kept with the flag',
  })
  @IsOptional()
  @IsIn(['EXCLUDE', 'WARN'])
  insufficientSample?: 'EXCLUDE' | 'WARN';
}

// ---- Quarterly reports (rules.md §10.1 R1–R3) ----

/** Figures the submitting office declares (the rest is computed from the projections). */
export class DeclaredFiguresDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) meetingsHeld?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) eventsHeld?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) informationRequests?: number;
  @ApiPropertyOptional({ description: 'Answered within 5 WD (000 §14(7))' }) @IsOptional() @IsInt() @Min(0) informationRequestsAnsweredIn5Wd?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) stateServicesSupported?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) issuesRaised?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) issuesResolved?: number;
}

export class SubmitQuarterlyReportDto {
  @ApiProperty({ example: 2025 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ minimum: 1, maximum: 4 })
  @IsInt()
  @Min(1)
  @Max(4)
  quarter!: number;

  @ApiProperty({ description: 'Report on the work done' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50_000)
  narrative!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  recommendations?: string;

  @ApiPropertyOptional({ type: DeclaredFiguresDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DeclaredFiguresDto)
  declared?: DeclaredFiguresDto;
}

export class ListQuarterlyReportsQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 4 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(4)
  quarter?: number;

  @ApiPropertyOptional({ enum: ['REGIONAL_TO_NC', 'EXTERNAL_TO_AB', 'CONSOLIDATED_TO_AB'] })
  @IsOptional()
  @IsIn(['REGIONAL_TO_NC', 'EXTERNAL_TO_AB', 'CONSOLIDATED_TO_AB'])
  kind?: 'REGIONAL_TO_NC' | 'EXTERNAL_TO_AB' | 'CONSOLIDATED_TO_AB';

  @ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv', 'xlsx'])
  format?: 'json' | 'csv' | 'xlsx';
}

export class GetQuarterlyReportDto extends ExportFormatDto {
  @IsUUID()
  reportId!: string;
}
