import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMPANY_SIZES, COMPANY_STATUSES, INITIATIVE_STATUSES, KYC_OUTCOMES, MEETING_EVENT_KINDS, VISIT_STATUSES } from '@ndip/domain';
import { Transform, Type } from 'class-transformer';
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
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCountryCode, IsNotBefore } from './attraction-reference';
import { PageQueryDto } from './common';
import { IsBin, IsCalendarDate, KATO } from './validators';

/*
 * Module 1 "Привлечение": the request bodies and queries of the gateway, and the commands the
 * attraction service validates (a *Command extends its DTO with the path ids).
 */

const KATO_MESSAGE = { message: '$property must be a 9-digit KATO code' };

/** `?flag=true|false` in a query arrives as a string; in a command as a boolean. */
const toBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

function sortOf(fields: readonly string[]): string[] {
  return fields.flatMap((f) => [f, `-${f}`]);
}

// ---- company cards, contact cards, KYC ----

export class CreateCompanyDto {
  @ApiProperty({ example: 'Hyundai Motor Company', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiProperty({ example: 'KR', description: 'ISO 3166-1 alpha-2 country of origin' })
  @IsCountryCode({ message: 'countryCode must be an assigned ISO 3166-1 alpha-2 code (two capital letters)' })
  countryCode!: string;

  @ApiPropertyOptional({ example: '940740000139', description: 'BIN of the Kazakh legal entity, when one exists' })
  @IsOptional()
  @IsBin()
  bin?: string;

  @ApiPropertyOptional({ example: 'C29', description: 'Field of activity: OKED section or division' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  sector?: string;

  @ApiPropertyOptional({ enum: COMPANY_SIZES })
  @IsOptional()
  @IsIn(COMPANY_SIZES as unknown as string[])
  size?: (typeof COMPANY_SIZES)[number];

  @ApiPropertyOptional({ example: 'https://www.hyundai.com' })
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'website must be an http(s) URL' })
  @MaxLength(500)
  website?: string;

  @ApiPropertyOptional({ example: true, description: 'Member of the Forbes Global 2000 list' })
  @IsOptional()
  @IsBoolean()
  global2000?: boolean;

  @ApiPropertyOptional({ example: 2025, description: 'Global 2000 list year (required with global2000)' })
  @IsOptional()
  @IsInt()
  @Min(2003)
  @Max(2100)
  global2000Year?: number;
}

/** Changes to a card: only the given fields change; null clears an optional field. */
export class UpdateCompanyDto {
  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name?: string;

  @ApiPropertyOptional({ example: 'KR' })
  @IsOptional()
  @IsCountryCode({ message: 'countryCode must be an assigned ISO 3166-1 alpha-2 code (two capital letters)' })
  countryCode?: string;

  @ApiPropertyOptional({ example: '940740000139', nullable: true })
  @IsOptional()
  @IsBin()
  bin?: string | null;

  @ApiPropertyOptional({ example: 'C29', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  sector?: string | null;

  @ApiPropertyOptional({ enum: COMPANY_SIZES, nullable: true })
  @IsOptional()
  @IsIn(COMPANY_SIZES as unknown as string[])
  size?: (typeof COMPANY_SIZES)[number] | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'website must be an http(s) URL' })
  @MaxLength(500)
  website?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  global2000?: boolean;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsInt()
  @Min(2003)
  @Max(2100)
  global2000Year?: number | null;
}

export class UpdateCompanyCommand extends UpdateCompanyDto {
  @IsUUID()
  companyId!: string;
}

export class ListCompaniesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'KR' })
  @IsOptional()
  @IsCountryCode()
  countryCode?: string;

  @ApiPropertyOptional({ example: 'C29' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  sector?: string;

  @ApiPropertyOptional({ enum: COMPANY_STATUSES })
  @IsOptional()
  @IsIn(COMPANY_STATUSES as unknown as string[])
  status?: string;

  @ApiPropertyOptional({ description: 'Part of the name (case-insensitive)', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: sortOf(['name', 'createdAt']), default: '-createdAt' })
  @IsOptional()
  @IsIn(sortOf(['name', 'createdAt']))
  sort?: string;
}

export class CompanyIdCommand {
  @IsUUID()
  companyId!: string;
}

export class CompanyPageCommand extends PageQueryDto {
  @IsUUID()
  companyId!: string;
}

export class MergeCompanyDto {
  @ApiProperty({ format: 'uuid', description: 'The card that stays; this card becomes MERGED into it' })
  @IsUUID()
  intoCompanyId!: string;
}

export class MergeCompanyCommand extends MergeCompanyDto {
  @IsUUID()
  companyId!: string;
}

export class CreateContactDto {
  @ApiProperty({ example: 'Kim Min-jun', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  fullName!: string;

  @ApiPropertyOptional({ example: 'Vice President, Overseas Investment', maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  position?: string;

  @ApiPropertyOptional({ example: '+82 2 3464 1114' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{5,30}$/, { message: 'phone must be a telephone number' })
  phone?: string;

  @ApiPropertyOptional({ example: 'minjun.kim@example.com' })
  @IsOptional()
  @IsEmail()
  @MaxLength(300)
  email?: string;

  @ApiPropertyOptional({ example: 'en', description: 'Language of contact (ISO 639-1)' })
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'language must be an ISO 639-1 code' })
  language?: string;
}

export class CreateContactCommand extends CreateContactDto {
  @IsUUID()
  companyId!: string;
}

/** Changes to a contact card: only the given fields change; null clears an optional field (not fullName). */
export class UpdateContactDto {
  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  fullName?: string;

  @ApiPropertyOptional({ maxLength: 300, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  position?: string | null;

  @ApiPropertyOptional({ example: '+82 2 3464 1114', nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{5,30}$/, { message: 'phone must be a telephone number' })
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(300)
  email?: string | null;

  @ApiPropertyOptional({ example: 'en', nullable: true })
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'language must be an ISO 639-1 code' })
  language?: string | null;
}

export class UpdateContactCommand extends UpdateContactDto {
  @IsUUID()
  companyId!: string;

  @IsUUID()
  contactId!: string;
}

export class StartKycDto {
  @ApiProperty({ example: 'Compliance unit of the embassy', description: 'Who performs the check', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  performer!: string;
}

export class StartKycCommand extends StartKycDto {
  @IsUUID()
  companyId!: string;
}

export class CompleteKycDto {
  @ApiProperty({ enum: KYC_OUTCOMES })
  @IsIn(KYC_OUTCOMES as unknown as string[])
  outcome!: (typeof KYC_OUTCOMES)[number];

  @ApiPropertyOptional({ description: 'Findings; required when the check failed', maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  findings?: string;
}

export class CompleteKycCommand extends CompleteKycDto {
  @IsUUID()
  companyId!: string;
}

/** the authorized body lets initiatives proceed although the company's latest KYC check failed. */
export class OverrideKycDto {
  @ApiProperty({
    example: 'The sanctions hit concerned a namesake; confirmed by the embassy',
    description: 'Why the failed check is overridden',
    maxLength: 2000,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class OverrideKycCommand extends OverrideKycDto {
  @IsUUID()
  companyId!: string;
}

// ---- meeting cards and [E000] official-trip visit cards ----

export class MeetingProjectParametersDto {
  @ApiPropertyOptional({ example: '150000000', description: 'Approximate investment, positive decimal string' })
  @IsOptional()
  @Matches(/^(?=.*[1-9])\d{1,18}(\.\d{1,2})?$/, { message: 'investmentAmount must be a positive decimal string (at most 2 decimals)' })
  investmentAmount?: string;

  @ApiPropertyOptional({ example: 'USD', description: 'ISO 4217; required with an amount' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency?: string;

  @ApiPropertyOptional({ example: 400 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  jobs?: number;

  @ApiPropertyOptional({ example: 'C29' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  sector?: string;

  @ApiPropertyOptional({ example: '750000000' })
  @IsOptional()
  @Matches(KATO, KATO_MESSAGE)
  regionCode?: string;
}

export class CreateMeetingDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  companyId!: string;

  @ApiProperty({ example: '2026-02-27' })
  @IsCalendarDate()
  heldOn!: string;

  @ApiProperty({ example: 'Seoul, COEX, Korea–Central Asia business forum', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  place!: string;

  @ApiProperty({ enum: MEETING_EVENT_KINDS })
  @IsIn(MEETING_EVENT_KINDS as unknown as string[])
  eventKind!: string;

  @ApiProperty({ example: ['Ambassador', 'VP Overseas Investment, Hyundai'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  participants!: string[];

  @ApiProperty({ example: 'Automotive components plant', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  subjectOfInterest!: string;

  @ApiPropertyOptional({ maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  keyAspects?: string;

  @ApiPropertyOptional({ type: MeetingProjectParametersDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeetingProjectParametersDto)
  projectParameters?: MeetingProjectParametersDto;

  @ApiPropertyOptional({ maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  investorExpectations?: string;

  @ApiPropertyOptional({ maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  agreementsReached?: string;
}

/** Corrections to a meeting card: only the given fields change; null clears an optional field. The company and country stay. */
export class UpdateMeetingDto {
  @ApiPropertyOptional({ example: '2026-02-27' })
  @IsOptional()
  @IsCalendarDate()
  heldOn?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  place?: string;

  @ApiPropertyOptional({ enum: MEETING_EVENT_KINDS })
  @IsOptional()
  @IsIn(MEETING_EVENT_KINDS as unknown as string[])
  eventKind?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  participants?: string[];

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  subjectOfInterest?: string;

  @ApiPropertyOptional({ maxLength: 10000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  keyAspects?: string | null;

  @ApiPropertyOptional({ type: MeetingProjectParametersDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeetingProjectParametersDto)
  projectParameters?: MeetingProjectParametersDto | null;

  @ApiPropertyOptional({ maxLength: 10000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  investorExpectations?: string | null;

  @ApiPropertyOptional({ maxLength: 10000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  agreementsReached?: string | null;
}

export class UpdateMeetingCommand extends UpdateMeetingDto {
  @IsUUID()
  id!: string;
}

export class ListMeetingsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ example: 'KR' })
  @IsOptional()
  @IsCountryCode()
  countryCode?: string;

  @ApiPropertyOptional({ enum: MEETING_EVENT_KINDS })
  @IsOptional()
  @IsIn(MEETING_EVENT_KINDS as unknown as string[])
  eventKind?: string;

  @ApiPropertyOptional({ example: '2026-01-01' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @IsCalendarDate()
  @IsNotBefore('from')
  to?: string;

  @ApiPropertyOptional({ enum: sortOf(['heldOn', 'createdAt']), default: '-heldOn' })
  @IsOptional()
  @IsIn(sortOf(['heldOn', 'createdAt']))
  sort?: string;
}

export class SubmitTripCardDto {
  @ApiProperty({ example: 'KR', description: 'Country of the foreign business trip' })
  @IsCountryCode()
  countryCode!: string;

  @ApiProperty({ example: '2026-02-23' })
  @IsCalendarDate()
  tripStartedOn!: string;

  @ApiProperty({ example: '2026-02-27' })
  @IsCalendarDate()
  @IsNotBefore('tripStartedOn')
  tripEndedOn!: string;

  @ApiProperty({ example: 'Vice Minister of Foreign Affairs and delegation', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  delegation!: string;

  @ApiProperty({ example: ['Business forum, Seoul', 'Meeting with Hyundai board'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  investmentEvents!: string[];

  @ApiPropertyOptional({ type: [String], description: 'Meeting cards of the trip' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  meetingIds?: string[];
}

export class ListTripCardsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'KR' })
  @IsOptional()
  @IsCountryCode()
  countryCode?: string;

  @ApiPropertyOptional({ description: 'Only cards submitted after the 3-WD deadline (T01)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  late?: boolean;

  @ApiPropertyOptional({ enum: sortOf(['tripEndedOn', 'createdAt']), default: '-tripEndedOn' })
  @IsOptional()
  @IsIn(sortOf(['tripEndedOn', 'createdAt']))
  sort?: string;
}

// ---- investor visits (SM-VISIT) ----

export class ProposeVisitDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  companyId!: string;

  @ApiProperty({ example: '2026-04-13' })
  @IsCalendarDate()
  plannedFrom!: string;

  @ApiProperty({ example: '2026-04-17' })
  @IsCalendarDate()
  @IsNotBefore('plannedFrom')
  plannedTo!: string;

  @ApiProperty({ example: ['Site selection in Almaty'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  purposes!: string[];

  @ApiProperty({ example: ['Ministry of Industry and Construction'], description: 'State bodies responsible for organising the visit' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  stateBodies!: string[];
}

export class VisitIdCommand {
  @IsUUID()
  visitId!: string;
}

export class ApproveVisitDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string;
}

export class ApproveVisitCommand extends ApproveVisitDto {
  @IsUUID()
  visitId!: string;
}

export class DeclineVisitDto {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class DeclineVisitCommand extends DeclineVisitDto {
  @IsUUID()
  visitId!: string;
}

export class VisitProgrammeDto {
  @ApiProperty({ example: 'Day 1: Almaty industrial zone; Day 2: akimat', maxLength: 20000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  programme!: string;

  @ApiProperty({ example: ['Deputy akim', 'Ministry of Industry'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  participants!: string[];
}

export class VisitProgrammeCommand extends VisitProgrammeDto {
  @IsUUID()
  visitId!: string;
}

export class CompleteVisitDto {
  @ApiProperty({ example: '2026-04-17', description: 'Actual last day of the visit (starts the 3-WD clock, T02)' })
  @IsCalendarDate()
  visitEndedOn!: string;

  @ApiProperty({ example: 'MoU on a components plant', maxLength: 20000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  agreements!: string;
}

export class CompleteVisitCommand extends CompleteVisitDto {
  @IsUUID()
  visitId!: string;
}

export class ListVisitsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: VISIT_STATUSES })
  @IsOptional()
  @IsIn(VISIT_STATUSES as unknown as string[])
  status?: string;

  @ApiPropertyOptional({ example: 'KR' })
  @IsOptional()
  @IsCountryCode()
  countryCode?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ enum: sortOf(['plannedFrom', 'createdAt']), default: '-createdAt' })
  @IsOptional()
  @IsIn(sortOf(['plannedFrom', 'createdAt']))
  sort?: string;
}

// ---- initiatives (SM-INIT) ----

export class CreateInitiativeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  companyId!: string;

  @ApiProperty({ example: 'Automotive components plant', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The completed investor visit the initiative follows (3-WD clock, T02)' })
  @IsOptional()
  @IsUUID()
  visitId?: string;

  @ApiPropertyOptional({ type: [String], description: 'Meeting cards the initiative is based on' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  meetingIds?: string[];
}

export class TransferInitiativeDto {
  @ApiProperty({ example: '751110000', description: 'KATO code of the receiving region (one of the 20 rated regions)' })
  @Matches(KATO, { message: 'regionCode must be a 9-digit KATO code' })
  regionCode!: string;
}

export class AssignOfficerDto {
  @ApiProperty({ format: 'uuid', description: 'User id of the responsible official of the akimat (ответственное должностное лицо МИО)' })
  @IsUUID()
  officerUserId!: string;
}

export class AssignOfficerCommand extends AssignOfficerDto {
  @IsUUID()
  initiativeId!: string;
}

export class ConvertInitiativeDto {
  @ApiProperty({ example: 'Automotive components plant in Almaty', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  projectName!: string;

  @ApiProperty({ example: '940740000139', description: 'BIN of the investor legal entity registered in Kazakhstan' })
  @IsBin()
  companyBin!: string;

  @ApiProperty({ example: '80000000000', description: 'Investment amount in whole tenge (decimal string)' })
  @Matches(/^[1-9]\d{0,17}$/, { message: 'investmentAmountKzt must be a positive whole number of tenge, as a string' })
  investmentAmountKzt!: string;

  @ApiProperty({ example: false })
  @IsBoolean()
  hasInvestmentContract!: boolean;

  @ApiPropertyOptional({ example: 'C29' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  sector?: string;
}

export class ExtendInitiativeDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 30, default: 30, description: 'Calendar days from the original deadline (T04)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  days?: number;

  @ApiPropertyOptional({ example: 'Waiting for the investor’s feasibility study', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string;
}

export class ExtendInitiativeCommand extends ExtendInitiativeDto {
  @IsUUID()
  initiativeId!: string;
}

export class RequestRedirectDto {
  @ApiProperty({ example: '710000000', description: 'KATO code of the akimat that agreed to take the initiative' })
  @Matches(KATO, KATO_MESSAGE)
  targetRegionCode!: string;

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class RequestRedirectCommand extends RequestRedirectDto {
  @IsUUID()
  initiativeId!: string;
}

export class RefuseRedirectDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string;
}

export class RefuseRedirectCommand extends RefuseRedirectDto {
  @IsUUID()
  initiativeId!: string;
}

export class ReturnInitiativeDto {
  @ApiProperty({ example: 'The initiative is not worked out: no site requirements', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class ReturnInitiativeCommand extends ReturnInitiativeDto {
  @IsUUID()
  initiativeId!: string;
}

export class ListInitiativesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: INITIATIVE_STATUSES })
  @IsOptional()
  @IsIn(INITIATIVE_STATUSES as unknown as string[])
  status?: string;

  @ApiPropertyOptional({ example: '751110000' })
  @IsOptional()
  @Matches(KATO, { message: 'regionCode must be a 9-digit KATO code' })
  regionCode?: string;

  @ApiPropertyOptional({ example: 'KR' })
  @IsOptional()
  @IsCountryCode()
  countryCode?: string;

  @ApiPropertyOptional({ example: 'C29', description: 'Sector of the company' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  sector?: string;

  @ApiPropertyOptional({ description: 'Only initiatives whose action window has run out with no action (I13)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ enum: sortOf(['createdAt', 'actionDueOn', 'title', 'status']), default: '-createdAt' })
  @IsOptional()
  @IsIn(sortOf(['createdAt', 'actionDueOn', 'title', 'status']))
  sort?: string;
}

export class InitiativeIdDto {
  @IsUUID()
  initiativeId!: string;
}

export class TransferInitiativeCommand extends TransferInitiativeDto {
  @IsUUID()
  initiativeId!: string;
}

export class ConvertInitiativeCommand extends ConvertInitiativeDto {
  @IsUUID()
  initiativeId!: string;
}

export class ListQueryCommand extends ListInitiativesQueryDto {}

// ---- chat per initiative ----

export class PostChatMessageDto {
  @ApiProperty({ example: 'The investor asks for the land plot options by Friday.', maxLength: 4000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  body!: string;
}

export class PostChatMessageCommand extends PostChatMessageDto {
  @IsUUID()
  initiativeId!: string;
}

export class ListChatMessagesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: sortOf(['postedAt']), default: 'postedAt' })
  @IsOptional()
  @IsIn(sortOf(['postedAt']))
  sort?: string;
}

export class ListChatMessagesCommand extends ListChatMessagesQueryDto {
  @IsUUID()
  initiativeId!: string;
}

export class MarkChatReadDto {
  @ApiProperty({ format: 'uuid', description: 'The last message the user has read' })
  @IsUUID()
  upToMessageId!: string;
}

export class MarkChatReadCommand extends MarkChatReadDto {
  @IsUUID()
  initiativeId!: string;
}

// ---- country investment programmes (000 §17(2); T20) ----

export class CreateCountryProgrammeDto {
  @ApiProperty({ example: 'KR' })
  @IsCountryCode()
  countryCode!: string;

  @ApiProperty({ example: 'Investment programme: Republic of Korea', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;
}

export class AddProgrammeVersionDto {
  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ example: 1, minimum: 1, maximum: 4, description: 'The quarter the update covers (due by the 15th of the next month)' })
  @IsInt()
  @Min(1)
  @Max(4)
  quarter!: number;

  @ApiProperty({ description: 'The programme text of this version', maxLength: 100000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100000)
  content!: string;

  @ApiPropertyOptional({ description: 'What changed', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  changeSummary?: string;
}

export class AddProgrammeVersionCommand extends AddProgrammeVersionDto {
  @IsUUID()
  programmeId!: string;
}

export class ListCountryProgrammesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'KR' })
  @IsOptional()
  @IsCountryCode()
  countryCode?: string;

  @ApiPropertyOptional({ enum: sortOf(['countryCode', 'updatedAt']), default: 'countryCode' })
  @IsOptional()
  @IsIn(sortOf(['countryCode', 'updatedAt']))
  sort?: string;
}
