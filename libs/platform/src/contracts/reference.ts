import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LEGAL_ACT_MAX,
  PRIORITY_TECHNOLOGY_LEVELS,
  REFERENCE_KINDS,
  REGION_KINDS,
  type DeadlineRecomputedPayload,
  type ReferenceEntryRecordedPayload,
  type ReferenceKind,
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
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageQueryDto } from './common';
import { IsCalendarDate, KATO } from './validators';

/*
 * Reference data with effective dates (issue 13). The HTTP bodies are typed per kind here; the domain
 * (`validateReferenceChange`) checks them again in the implementation service with the rules of each kind.
 */

const NAME_EXAMPLE = { kk: 'Алматы қаласы', ru: 'город Алматы', en: 'Almaty' };

/** What every change carries: the date it applies from and the legal act that set it. */
export class ReferenceChangeDto {
  @ApiProperty({ example: '2026-01-01', description: 'First day the change applies (YYYY-MM-DD)' })
  @IsCalendarDate()
  effectiveFrom!: string;

  @ApiProperty({ example: 'Law of the Republic of Kazakhstan "On the republican budget for 2026–2028"', maxLength: LEGAL_ACT_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LEGAL_ACT_MAX)
  legalAct!: string;

  @ApiPropertyOptional({ description: 'true withdraws the key from effectiveFrom (the history keeps it)' })
  @IsOptional()
  @IsBoolean()
  retired?: boolean;
}

export class MciChangeDto extends ReferenceChangeDto {
  @ApiProperty({ example: 4325, description: 'MCI in whole tenge, in force from effectiveFrom (1 January, or a mid-year amendment)' })
  @ValidateIf((o: MciChangeDto) => o.retired !== true)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  valueKzt!: number;
}

export class DayTransferChangeDto extends ReferenceChangeDto {
  @ApiProperty({ example: '2026-12-26', description: 'The day that changes' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ enum: ['WORKDAY', 'DAY_OFF'], description: 'WORKDAY: a day off is worked; DAY_OFF: a working day is a day off' })
  @ValidateIf((o: DayTransferChangeDto) => o.retired !== true)
  @IsIn(['WORKDAY', 'DAY_OFF'])
  kind!: 'WORKDAY' | 'DAY_OFF';
}

export class RuleConfigChangeDto extends ReferenceChangeDto {
  @ApiPropertyOptional({ enum: ['E000', 'E001'], description: 'The rule edition in force from effectiveFrom (default: the one in force before)' })
  @IsOptional()
  @IsIn(['E000', 'E001'])
  edition?: 'E000' | 'E001';

  @ApiPropertyOptional({
    description:
      'Options changed from effectiveFrom (the others keep their value): below10MPolicy (ZERO_POINTS | INELIGIBLE), yellowMaxDaysInclusive (0–30), ' +
      'kycRequiredForInitiative, nationalInclusive, regionalRoadmapEnabled (booleans), slaWorkingDays { visitDecision, redirectApproval, ' +
      'roadmapReview, abVerification, m3IssueAnswer, pfReview }: 1–60 working days or null (monitoring only)',
    example: { below10MPolicy: 'INELIGIBLE', yellowMaxDaysInclusive: 9, slaWorkingDays: { roadmapReview: 5 } },
  })
  @IsOptional()
  @IsObject()
  options?: Record<string, unknown>;
}

export class RegionChangeDto extends ReferenceChangeDto {
  @ApiProperty({ example: '750000000', description: '9-digit KATO code' })
  @Matches(KATO, { message: 'code must be a 9-digit KATO code' })
  code!: string;

  @ApiProperty({ enum: REGION_KINDS })
  @ValidateIf((o: RegionChangeDto) => o.retired !== true)
  @IsIn(REGION_KINDS)
  kind!: (typeof REGION_KINDS)[number];

  @ApiPropertyOptional({ example: '750000000', description: 'KATO code of the region a district belongs to' })
  @IsOptional()
  @Matches(KATO, { message: 'parentCode must be a 9-digit KATO code' })
  parentCode?: string;

  @ApiProperty({ example: NAME_EXAMPLE })
  @ValidateIf((o: RegionChangeDto) => o.retired !== true)
  @IsObject()
  name!: { kk: string; ru: string; en: string };
}

export class CountryChangeDto extends ReferenceChangeDto {
  @ApiProperty({ example: 'KR' }) @Matches(/^[A-Z]{2}$/, { message: 'alpha2 must be two capital letters' }) alpha2!: string;
  @ApiProperty({ example: 'KOR' })
  @ValidateIf((o: CountryChangeDto) => o.retired !== true)
  @Matches(/^[A-Z]{3}$/, { message: 'alpha3 must be three capital letters' })
  alpha3!: string;
  @ApiProperty({ example: '410' })
  @ValidateIf((o: CountryChangeDto) => o.retired !== true)
  @Matches(/^\d{3}$/, { message: 'numeric must be three digits' })
  numeric!: string;
  @ApiProperty({ example: { kk: 'Корея Республикасы', ru: 'Республика Корея', en: 'Republic of Korea' } })
  @ValidateIf((o: CountryChangeDto) => o.retired !== true)
  @IsObject()
  name!: { kk: string; ru: string; en: string };
}

export class SectorChangeDto extends ReferenceChangeDto {
  @ApiProperty({ example: '29', description: 'OKED section (A–U) or division (two digits)' }) @IsString() code!: string;
  @ApiPropertyOptional({ example: 'C', description: 'The section of a division' }) @IsOptional() @IsString() section?: string;
  @ApiProperty({ example: { kk: 'Автокөлік құралдарын өндіру', ru: 'Производство автотранспортных средств', en: 'Manufacture of motor vehicles' } })
  @ValidateIf((o: SectorChangeDto) => o.retired !== true)
  @IsObject()
  name!: { kk: string; ru: string; en: string };
}

export class PriorityProductChangeDto extends ReferenceChangeDto {
  @ApiProperty({ example: '870829', description: 'Commodity code (ТН ВЭД ЕАЭС), 4–10 digits' }) @IsString() code!: string;
  @ApiProperty({ enum: PRIORITY_TECHNOLOGY_LEVELS })
  @ValidateIf((o: PriorityProductChangeDto) => o.retired !== true)
  @IsIn(PRIORITY_TECHNOLOGY_LEVELS)
  technologyLevel!: (typeof PRIORITY_TECHNOLOGY_LEVELS)[number];
  @ApiProperty({ example: { kk: 'Автокөлік бөлшектері', ru: 'Части автомобилей', en: 'Motor vehicle parts' } })
  @ValidateIf((o: PriorityProductChangeDto) => o.retired !== true)
  @IsObject()
  name!: { kk: string; ru: string; en: string };
}

export class Global2000ChangeDto extends ReferenceChangeDto {
  @ApiProperty({ example: 2026 }) @IsInt() year!: number;
  @ApiProperty({ example: 123 }) @IsInt() rank!: number;
  @ApiProperty({ example: 'Hyundai Motor' })
  @ValidateIf((o: Global2000ChangeDto) => o.retired !== true)
  @IsString()
  company!: string;
  @ApiPropertyOptional({ example: 'KR' }) @IsOptional() @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be two capital letters' }) countryCode?: string;
}

export class UsdKztRateChangeDto {
  @ApiProperty({ example: '2026-11-20' }) @IsCalendarDate() date!: string;
  @ApiPropertyOptional({ example: '2026-11-20', description: 'Default: the date of the rate' }) @IsOptional() @IsCalendarDate() effectiveFrom?: string;
  @ApiProperty({ example: 'National Bank of Kazakhstan, official exchange rate' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LEGAL_ACT_MAX)
  legalAct!: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() retired?: boolean;
  @ApiProperty({ example: '512.34', description: 'Tenge per US dollar' })
  @ValidateIf((o: UsdKztRateChangeDto) => o.retired !== true)
  @IsString()
  rate!: string;
}

/** A CSV of official rates: header `date,rate`, one row per date. */
export class ImportUsdKztRatesDto {
  @ApiProperty({ example: 'date,rate\n2026-11-19,511.20\n2026-11-20,512.34\n', description: 'CSV text with the header date,rate (≤ 5,000 rows)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200_000)
  csv!: string;

  @ApiProperty({ example: 'National Bank of Kazakhstan, official exchange rates' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LEGAL_ACT_MAX)
  legalAct!: string;
}

/** gateway → implementation: record one change of a kind (the body is checked by the domain). */
export class RecordReferenceCommand {
  @IsIn(REFERENCE_KINDS) kind!: ReferenceKind;
  @IsObject() change!: Record<string, unknown>;
}

export class ImportUsdKztRatesCommand extends ImportUsdKztRatesDto {}

export class ReferenceListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Free-text filter on the key' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  key?: string;
}

export class ListReferenceCommand extends ReferenceListQueryDto {
  @IsIn(REFERENCE_KINDS) kind!: ReferenceKind;
}

export class ReferenceHistoryCommand extends ReferenceListQueryDto {
  @IsIn(REFERENCE_KINDS) kind!: ReferenceKind;
}

export class ExportReferenceCommand {
  @IsIn(REFERENCE_KINDS) kind!: ReferenceKind;
}

export class RuleConfigQueryDto {
  @ApiPropertyOptional({ example: '2026-12-01', description: 'The date (default: today)' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

/** Payload of `reference.entry.recorded` (checked on consume by every service's reference cache). */
export class ReferenceEntryRecordedContract implements ReferenceEntryRecordedPayload {
  @IsUUID() entryId!: string;
  @IsIn(REFERENCE_KINDS) kind!: string;
  @IsString() @IsNotEmpty() key!: string;
  @IsCalendarDate() effectiveFrom!: string;
  @IsString() @IsNotEmpty() legalAct!: string;
  @ValidateIf((o: ReferenceEntryRecordedContract) => o.value !== null)
  @IsObject()
  value!: Record<string, unknown> | null;
  @Type(() => Number) @IsInt() @Min(1) sequence!: number;
  @IsISO8601() recordedAt!: string;
}

/** Payload of `implementation.deadline.recomputed`. */
export class DeadlineRecomputedContract implements DeadlineRecomputedPayload {
  @IsIn(['roadmap', 'task']) recordType!: 'roadmap' | 'task';
  @IsUUID() recordId!: string;
  @IsUUID() projectId!: string;
  @Matches(KATO) regionCode!: string;
  @IsIn(['T08_REWORK', 'T10_VALIDATION']) timer!: 'T08_REWORK' | 'T10_VALIDATION';
  @IsCalendarDate() startedOn!: string;
  @IsInt() @Min(0) workingDays!: number;
  @IsCalendarDate() previousDueOn!: string;
  @IsCalendarDate() dueOn!: string;
  @IsCalendarDate() recomputedOn!: string;
}
