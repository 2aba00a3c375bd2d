import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PF_CASE_CONCLUSIONS, PF_CASE_KINDS, PF_MEASURE_TYPES, POOL_GROUNDS, POOL_REQUEST_KINDS } from '@ndip/domain';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from './common';
import { IsBin, IsCalendarDate } from './validators';

/*
 * Module 2 contracts of SM-POOL (suspension / exclusion from the national pool, rules.md §6) and the
 * prosecutor filter (SM-PF-APPROVAL, SM-PF-ASSESS, rules.md §7, [E001] only). `investorBin` is set by the
 * gateway for an investor company (INV), never taken from the client.
 */

// ---- pool membership ----

export class SubmitPoolRequestDto {
  @ApiProperty({ enum: POOL_REQUEST_KINDS })
  @IsIn(POOL_REQUEST_KINDS as unknown as string[])
  kind!: (typeof POOL_REQUEST_KINDS)[number];

  @ApiProperty({ type: [String], enum: POOL_GROUNDS, description: 'G1–G6 (at least one except for RESUME); the investor and initiator bodies only G6' })
  @IsArray()
  @ArrayMaxSize(6)
  @IsIn(POOL_GROUNDS as unknown as string[], { each: true })
  grounds!: (typeof POOL_GROUNDS)[number][];

  @ApiProperty({ example: 'Financing stopped: the lender withdrew (letter of 2026-02-20)', maxLength: 10000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  justification!: string;
}

export class SubmitPoolRequestCommand extends SubmitPoolRequestDto {
  @IsUUID()
  projectId!: string;

  @IsOptional()
  @IsBin()
  investorBin?: string;
}

export const POOL_DECISIONS = ['SUSPEND', 'EXCLUDE', 'RESUME', 'REFUSE'] as const;

export class DecidePoolRequestDto {
  @ApiProperty({ enum: POOL_DECISIONS })
  @IsIn(POOL_DECISIONS as unknown as string[])
  decision!: (typeof POOL_DECISIONS)[number];

  @ApiPropertyOptional({ description: 'Required for REFUSE', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string;
}

export class DecidePoolRequestCommand extends DecidePoolRequestDto {
  @IsUUID()
  projectId!: string;

  @IsUUID()
  requestId!: string;
}

// ---- prosecutor filter: restrictive measures (K1, K3) ----

export const BODY_LEVELS = ['LOCAL', 'CENTRAL'] as const;

export class DraftRestrictiveMeasureDto {
  @ApiProperty({ description: 'The Module 2 project of the investor concerned' })
  @IsUUID()
  projectId!: string;

  @ApiProperty({ enum: PF_MEASURE_TYPES })
  @IsIn(PF_MEASURE_TYPES as unknown as string[])
  measureType!: (typeof PF_MEASURE_TYPES)[number];

  @ApiProperty({ example: 'Code on Administrative Offences, art. 45', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  legalBasis!: string;

  @ApiProperty({ example: 'Repeated fire-safety violations', maxLength: 10000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  justification!: string;

  @ApiPropertyOptional({ enum: BODY_LEVELS, description: 'Quasi-state / tax bodies (OSB) only: LOCAL → PRR, CENTRAL → PRG' })
  @IsOptional()
  @IsIn(BODY_LEVELS as unknown as string[])
  bodyLevel?: 'LOCAL' | 'CENTRAL';
}

export class DraftRestrictiveMeasureCommand extends DraftRestrictiveMeasureDto {}

export const MEASURE_ACTIONS = ['SUBMIT', 'TAKE_INTO_REVIEW', 'APPROVE', 'REFUSE', 'RETURN_FOR_CORRECTION', 'WITHDRAW', 'RECORD_APPLIED'] as const;
export type MeasureAction = (typeof MEASURE_ACTIONS)[number];

export class MeasureReasonDto {
  @ApiProperty({ example: 'The legal basis does not cover the measure', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class MeasureAppliedDto {
  @ApiProperty({ example: '2026-03-05', description: 'Not in the future' })
  @IsCalendarDate()
  appliedOn!: string;

  @ApiProperty({ example: 'ACT-2026-17', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  actNumber!: string;
}

/** One command for every measure transition; the gateway route sets `action` and validates the body with its own DTO. */
export class RestrictiveMeasureTransitionCommand {
  @IsUUID()
  measureId!: string;

  @IsIn(MEASURE_ACTIONS as unknown as string[])
  action!: MeasureAction;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string;

  @IsOptional()
  @IsCalendarDate()
  appliedOn?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  actNumber?: string;
}

export class ListRestrictiveMeasuresQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  projectId?: string;
}

export class ListRestrictiveMeasuresCommand extends ListRestrictiveMeasuresQueryDto {
  @IsOptional()
  @IsBin()
  investorBin?: string;
}

// ---- prosecutor filter: administrative cases and lawsuits (K2, K4) ----

export class RegisterProsecutorCaseDto {
  @ApiProperty()
  @IsUUID()
  projectId!: string;

  @ApiProperty({ enum: PF_CASE_KINDS })
  @IsIn(PF_CASE_KINDS as unknown as string[])
  caseKind!: (typeof PF_CASE_KINDS)[number];

  @ApiPropertyOptional({ enum: BODY_LEVELS, description: 'Implied for MIO (LOCAL) and CSB (CENTRAL); required for OSB, PRR, PRG' })
  @IsOptional()
  @IsIn(BODY_LEVELS as unknown as string[])
  bodyLevel?: 'LOCAL' | 'CENTRAL';

  @ApiProperty({ example: 'AC-2026-0042', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  caseNumber!: string;

  @ApiProperty({ example: 'Specialised inter-district administrative court of Almaty', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  courtOrBody!: string;

  @ApiProperty({ example: '2026-02-20' })
  @IsCalendarDate()
  filedOn!: string;

  @ApiProperty({ example: 'Fine for a late environmental report', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  subject!: string;
}

export class RegisterProsecutorCaseCommand extends RegisterProsecutorCaseDto {}

export const CASE_ACTIONS = ['START_ASSESSMENT', 'ASSESS', 'CLOSE'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export class AssessProsecutorCaseDto {
  @ApiProperty({ enum: PF_CASE_CONCLUSIONS })
  @IsIn(PF_CASE_CONCLUSIONS as unknown as string[])
  conclusion!: (typeof PF_CASE_CONCLUSIONS)[number];

  @ApiPropertyOptional({ description: 'Required for UNLAWFUL', maxLength: 10000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  justification?: string;
}

export class ProsecutorCaseTransitionCommand {
  @IsUUID()
  caseId!: string;

  @IsIn(CASE_ACTIONS as unknown as string[])
  action!: CaseAction;

  @IsOptional()
  @IsIn(PF_CASE_CONCLUSIONS as unknown as string[])
  conclusion?: (typeof PF_CASE_CONCLUSIONS)[number];

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  justification?: string;
}

export class ListProsecutorCasesQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  projectId?: string;
}

export class ListProsecutorCasesCommand extends ListProsecutorCasesQueryDto {
  @IsOptional()
  @IsBin()
  investorBin?: string;
}
