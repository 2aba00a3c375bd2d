import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONTACT_KINDS, PASSPORT_CURRENCIES, RESPONSIBLE_KINDS, ROADMAP_STAGES, TECHNOLOGY_LEVELS } from '@ndip/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from './common';
import { IsBin, IsCalendarDate, KATO } from './validators';

/*
 * Module 2 "Реализация" contracts: the passport (10 fields + extensions), the roadmap draft, the roadmap
 * and task transitions. The same classes validate the HTTP body in the gateway and the command in the
 * service. `investorBin` is never taken from a client: the gateway sets it for an investor company (INV)
 * from its organisation, so the service can scope by the company's BIN (§9.3).
 */

const MONEY = /^(0|[1-9]\d{0,17})(\.\d{1,2})?$/;

export const ENTRY_PATHS = ['P2', 'P3', 'P4', 'P5'] as const;
export type EntryPath = 'P1' | (typeof ENTRY_PATHS)[number];

export class MoneyDto {
  @ApiProperty({ example: '200000000000', description: 'Decimal string, at most 2 decimals' })
  @Matches(MONEY, { message: 'amount must be a decimal string with at most 2 decimals' })
  amount!: string;

  @ApiProperty({ enum: PASSPORT_CURRENCIES })
  @IsIn(PASSPORT_CURRENCIES as unknown as string[])
  currency!: 'KZT' | 'USD';
}

export class FinancingLineDto {
  @ApiProperty({ example: 'Own funds' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  source!: string;

  @ApiProperty({ example: 'Equity, no interest' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  conditions!: string;

  @ApiProperty({ type: MoneyDto })
  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;
}

export class ContactDto {
  @ApiProperty({ enum: CONTACT_KINDS })
  @IsIn(CONTACT_KINDS as unknown as string[])
  kind!: 'INVESTOR' | 'RESPONSIBLE_PERSON';

  @ApiProperty({ example: 'Kim Ji-hoon' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({ example: '+7 727 000 00 00' })
  @IsOptional()
  @Matches(/^\+?[\d\s()-]{5,30}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiPropertyOptional({ example: 'kim@example.com' })
  @IsOptional()
  @IsEmail()
  email?: string;
}

/** The passport fields that are optional both when a project is opened and when it is changed. */
export class PassportOptionalFieldsDto {
  @ApiPropertyOptional({ example: '940740000139', description: 'Field 2: BIN (12 digits, check digit)' })
  @IsOptional()
  @IsBin()
  companyBin?: string;

  @ApiPropertyOptional({ example: 'C29', description: 'Field 3: field of activity (OKED)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  sector?: string;

  @ApiPropertyOptional({ example: '870829', description: 'Field 4: commodity position (HS / ТН ВЭД, 4–10 digits)' })
  @IsOptional()
  @Matches(/^\d{4,10}$/, { message: 'commodityPosition must be a commodity code of 4 to 10 digits' })
  commodityPosition?: string;

  @ApiPropertyOptional({ type: [FinancingLineDto], description: 'Field 7: financing scheme' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FinancingLineDto)
  financingScheme?: FinancingLineDto[];

  @ApiPropertyOptional({ type: [ContactDto], description: 'Field 8: contacts of the investor and the responsible person' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ContactDto)
  contacts?: ContactDto[];

  @ApiPropertyOptional({ description: 'Field 9: brief description, goals and expected results', maxLength: 10000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  description?: string;

  @ApiPropertyOptional({ example: '2019-04-02', description: 'Field 10: date the company was registered in Kazakhstan' })
  @IsOptional()
  @IsCalendarDate()
  companyRegisteredOn?: string;

  @ApiPropertyOptional({ example: '470.5', description: 'Official USD/KZT rate used for the conversions (tenge per dollar)' })
  @IsOptional()
  @Matches(/^(0|[1-9]\d{0,5})(\.\d{1,4})?$/, { message: 'usdKztRate must be a decimal string (tenge per US dollar)' })
  usdKztRate?: string;

  @ApiPropertyOptional({ example: 650, description: 'Extension: permanent jobs at design capacity' })
  @IsOptional()
  @IsInt()
  @Min(0)
  jobs?: number;

  @ApiPropertyOptional({ enum: TECHNOLOGY_LEVELS, description: 'Extension: technology level (order No. 306)' })
  @IsOptional()
  @IsIn(TECHNOLOGY_LEVELS as unknown as string[])
  technologyLevel?: 'NON_MANUFACTURING' | 'MANUFACTURING_NOT_LISTED' | 'MEDIUM' | 'HIGH';

  @ApiPropertyOptional({ description: 'Extension: investor on "The Global 2000" list' })
  @IsOptional()
  @IsBoolean()
  inGlobal2000?: boolean;

  @ApiPropertyOptional({ example: '2031-12-31', description: 'Extension: end of the investment contract' })
  @IsOptional()
  @IsCalendarDate()
  investmentContractExpiresOn?: string;
}

/** Passport fields an initiator body may fill or change (every field optional: a PATCH). */
export class PassportFieldsDto extends PassportOptionalFieldsDto {
  @ApiPropertyOptional({ description: 'Field 1: investor company name', maxLength: 300 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  companyName?: string;

  @ApiPropertyOptional({ type: MoneyDto, description: 'Field 6: estimated cost' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  estimatedCost?: MoneyDto;

  @ApiPropertyOptional({ description: 'Extension: the project has an investment contract' })
  @IsOptional()
  @IsBoolean()
  hasInvestmentContract?: boolean;
}

/** Entry paths P2–P5 (rules.md §2.2.1): an initiator body opens a project directly. */
export class CreateProjectDto extends PassportOptionalFieldsDto {
  @ApiProperty({ enum: ENTRY_PATHS, description: 'P2 initiator body; P3 national-pool inclusion; P4 [E000] ongoing project; P5 regional pool' })
  @IsIn(ENTRY_PATHS as unknown as string[])
  entryPath!: (typeof ENTRY_PATHS)[number];

  @ApiProperty({ example: 'Polymer plant', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  name!: string;

  @ApiProperty({ example: '750000000', description: 'Field 5: region of implementation (KATO)' })
  @Matches(KATO, { message: 'regionCode must be a 9-digit KATO code' })
  regionCode!: string;

  @ApiProperty({ description: 'Field 1: investor company name', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  companyName!: string;

  @ApiProperty({ type: MoneyDto, description: 'Field 6: estimated cost' })
  @ValidateNested()
  @Type(() => MoneyDto)
  estimatedCost!: MoneyDto;

  @ApiProperty({ description: 'Extension: the project has an investment contract' })
  @IsBoolean()
  hasInvestmentContract!: boolean;
}

export class CreateProjectCommand extends CreateProjectDto {}

export class UpdatePassportDto extends PassportFieldsDto {}

export class UpdatePassportCommand extends UpdatePassportDto {
  @IsUUID()
  projectId!: string;
}

/** Used by post-investment too: a command about one project. */
export class ProjectIdCommand {
  @IsUUID()
  projectId!: string;
}

/** A read of one project's sub-resource, scoped to the caller (an investor by its BIN). */
export class ProjectReadCommand extends ProjectIdCommand {
  @IsOptional()
  @IsBin()
  investorBin?: string;
}

export class GetProjectCommand {
  @IsUUID()
  id!: string;

  @IsOptional()
  @IsBin()
  investorBin?: string;
}

export class ListProjectsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '751110000' })
  @IsOptional()
  @Matches(KATO, { message: 'regionCode must be a 9-digit KATO code' })
  regionCode?: string;

  @ApiPropertyOptional({ enum: ['NATIONAL', 'REGIONAL'] })
  @IsOptional()
  @IsIn(['NATIONAL', 'REGIONAL'])
  pool?: 'NATIONAL' | 'REGIONAL';
}

export class ListProjectsCommand extends ListProjectsQueryDto {
  @IsOptional()
  @IsBin()
  investorBin?: string;
}

// ---- roadmap ----

export class AssignRoadmapMioDto {
  @ApiPropertyOptional({ type: [String], description: 'E001: central state bodies responsible for tasks (they approve, A-15)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  responsibleCsbIds?: string[];
}

export class AssignRoadmapMioCommand extends AssignRoadmapMioDto {
  @IsUUID()
  projectId!: string;
}

export class ResponsibleDto {
  @ApiProperty({ enum: RESPONSIBLE_KINDS })
  @IsIn(RESPONSIBLE_KINDS as unknown as string[])
  kind!: 'INVESTOR' | 'STATE_BODY' | 'CONTRACTOR';

  @ApiPropertyOptional({ format: 'uuid', description: 'NDIP organisation of the responsible body, where it has one' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiProperty({ example: 'Akimat of Almaty, department of entrepreneurship' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiProperty({ example: 'A. Nurlanov' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  person!: string;
}

export class RoadmapTaskDraftDto {
  @ApiProperty({ example: 'PRE_LAND', description: 'Template code (rules.md §2.2.4) or a custom code A-Z0-9_' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  code!: string;

  @ApiProperty({ example: 'Land plot' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({ example: '2027-03-31' })
  @IsCalendarDate()
  dueDate!: string;

  @ApiProperty({ type: ResponsibleDto })
  @ValidateNested()
  @Type(() => ResponsibleDto)
  responsible!: ResponsibleDto;

  @ApiProperty({ example: 'Land plot allotted, title registered' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  expectedResult!: string;

  @ApiProperty({ type: [String], example: ['Land plot without auction (Land Code art. 43)'] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  supportMeasures!: string[];
}

export class RoadmapRiskDto {
  @ApiProperty({ example: 'Delay of grid connection' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  risk!: string;

  @ApiProperty({ example: 'Early application for technical conditions' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  mitigation!: string;
}

export class RoadmapStageDto {
  @ApiProperty({ enum: ROADMAP_STAGES })
  @IsIn(ROADMAP_STAGES as unknown as string[])
  stage!: 'PRE_INVESTMENT' | 'INVESTMENT' | 'POST_INVESTMENT';

  @ApiProperty({ type: [RoadmapRiskDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RoadmapRiskDto)
  risks!: RoadmapRiskDto[];

  @ApiProperty({ type: [RoadmapTaskDraftDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RoadmapTaskDraftDto)
  tasks!: RoadmapTaskDraftDto[];
}

/** The whole roadmap draft: the three stages with their tasks and risks (replaces the previous draft). */
export class RoadmapDraftDto {
  @ApiProperty({ type: [RoadmapStageDto] })
  @IsArray()
  @ArrayMinSize(3)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => RoadmapStageDto)
  stages!: RoadmapStageDto[];

  @ApiPropertyOptional({ type: [String], description: 'E001: central state bodies responsible for tasks (approvers, A-15)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  responsibleCsbIds?: string[];
}

export class RoadmapDraftCommand extends RoadmapDraftDto {
  @IsUUID()
  projectId!: string;
}

/** Reason of a rejection (mandatory in E001, 001 §50) or of a failed verification. */
export class RoadmapReasonDto {
  @ApiPropertyOptional({ example: 'Commissioning date does not match the financing schedule', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string;
}

export const ROADMAP_ACTIONS = ['SUBMIT', 'RESUBMIT', 'APPROVE', 'REJECT', 'AGREE', 'VERIFY', 'FAIL_VERIFICATION'] as const;
export type RoadmapAction = (typeof ROADMAP_ACTIONS)[number];

export class RoadmapTransitionCommand extends RoadmapReasonDto {
  @IsUUID()
  projectId!: string;

  @IsIn(ROADMAP_ACTIONS as unknown as string[])
  action!: RoadmapAction;

  @IsOptional()
  @IsBin()
  investorBin?: string;
}

// ---- tasks ----

export class TaskProgressDto {
  @ApiPropertyOptional({ description: "E001: the investor's consent to the update (001 §64)" })
  @IsOptional()
  @IsBoolean()
  investorConsent?: boolean;
}

export class CompleteTaskDto extends TaskProgressDto {
  @ApiProperty({ example: '2027-03-20', description: 'Actual completion date (not in the future)' })
  @IsCalendarDate()
  actualCompletionDate!: string;

  @ApiPropertyOptional({ type: [String], description: 'Ids of evidence files (attachments)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  evidenceFileIds?: string[];
}

export class TaskReasonDto {
  @ApiProperty({ example: 'The commissioning act is not signed', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class OptionalTaskReasonDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string;
}

export class RequestRescheduleDto extends TaskReasonDto {
  @ApiProperty({ example: '2027-06-30' })
  @IsCalendarDate()
  newDueDate!: string;

  @ApiPropertyOptional({ description: 'E001: the investor agrees (jointly with the investor, 001 §63)' })
  @IsOptional()
  @IsBoolean()
  investorConsent?: boolean;
}

export const TASK_ACTIONS = ['START', 'COMPLETE', 'VALIDATE', 'REFUSE_VALIDATION', 'REQUEST_RESCHEDULE', 'APPROVE_RESCHEDULE', 'REFUSE_RESCHEDULE'] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

/** One command for every task transition; the gateway route sets `action` and validates the body with its own DTO. */
export class TaskTransitionCommand {
  @IsUUID()
  taskId!: string;

  @IsIn(TASK_ACTIONS as unknown as string[])
  action!: TaskAction;

  @IsOptional()
  @IsBoolean()
  investorConsent?: boolean;

  @IsOptional()
  @IsCalendarDate()
  actualCompletionDate?: string;

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  evidenceFileIds?: string[];

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string;

  @IsOptional()
  @IsCalendarDate()
  newDueDate?: string;

  @IsOptional()
  @IsBin()
  investorBin?: string;
}
