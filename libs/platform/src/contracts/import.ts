import { createHash } from 'node:crypto';
import { COMPANY_SIZES, ROADMAP_STAGES, TASK_STATUSES } from '@ndip/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsBin, IsCalendarDate, KATO } from './validators';

/**
 * Bulk import (issue 13): the batch commands the gateway sends to the owning services after it validated the
 * whole file (libs/domain/src/import). Each batch is applied by the service in one transaction with its outbox.
 */
export const IMPORT_BATCH_MAX = 500;

const AMOUNT = /^\d{1,18}(\.\d{1,2})?$/;

export class ImportCompanyRowDto {
  @IsInt() @Min(2) row!: number;
  @IsBin() bin!: string;
  @IsString() @MaxLength(300) name!: string;
  @Matches(/^[A-Z]{2}$/) countryCode!: string;
  @IsOptional() @IsString() @MaxLength(20) sector!: string | null;
  @IsOptional() @IsIn(COMPANY_SIZES as unknown as string[]) size!: (typeof COMPANY_SIZES)[number] | null;
  @IsOptional() @IsString() @MaxLength(500) website!: string | null;
}

export class ImportCompaniesBatchDto {
  @IsString() @MaxLength(100) jobId!: string;
  @ArrayMinSize(1) @ArrayMaxSize(IMPORT_BATCH_MAX) @ValidateNested({ each: true }) @Type(() => ImportCompanyRowDto) rows!: ImportCompanyRowDto[];
}

export class ImportMoneyDto {
  @Matches(AMOUNT) amount!: string;
  @IsIn(['KZT', 'USD']) currency!: 'KZT' | 'USD';
}

export class ImportTaskRowDto {
  @IsInt() @Min(2) row!: number;
  @Matches(/^[A-Z][A-Z0-9_]{1,49}$/) @MaxLength(50) code!: string;
  @IsString() @MaxLength(500) title!: string;
  @IsIn(ROADMAP_STAGES as unknown as string[]) stage!: (typeof ROADMAP_STAGES)[number];
  @IsCalendarDate() dueDate!: string;
  @IsIn(TASK_STATUSES as unknown as string[]) status!: (typeof TASK_STATUSES)[number];
  @IsOptional() @IsCalendarDate() completedOn!: string | null;
}

export class ImportProjectRowDto {
  @IsInt() @Min(2) row!: number;
  @IsString() @MaxLength(100) externalNumber!: string;
  @IsString() @MaxLength(500) name!: string;
  @IsString() @MaxLength(300) companyName!: string;
  @IsOptional() @IsBin() companyBin!: string | null;
  @Matches(KATO) regionCode!: string;
  @IsOptional() @IsString() @MaxLength(20) sector!: string | null;
  @ValidateNested() @Type(() => ImportMoneyDto) cost!: ImportMoneyDto;
  @IsOptional() @Matches(AMOUNT) usdKztRate!: string | null;
  @IsBoolean() hasInvestmentContract!: boolean;
  @IsOptional() @IsCalendarDate() investmentContractExpiresOn!: string | null;
  @IsOptional() @IsInt() @Min(0) jobs!: number | null;
  @IsCalendarDate() createdOn!: string;
  @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => ImportTaskRowDto) tasks!: ImportTaskRowDto[];
}

export class ImportProjectsBatchDto {
  @IsString() @MaxLength(100) jobId!: string;
  @ArrayMinSize(1) @ArrayMaxSize(IMPORT_BATCH_MAX) @ValidateNested({ each: true }) @Type(() => ImportProjectRowDto) projects!: ImportProjectRowDto[];
}

/** What a service answers for a batch: rows created, rows already imported unchanged, rows already imported with other values. */
export interface ImportBatchResult {
  created: number;
  unchanged: number;
  /** Keys imported earlier with different values: left as they are (changes go through the normal edits). */
  changed: { row: number; key: string }[];
}

/** A stable hash of an imported row's values (key order does not matter; the row number does not count). */
export function importRowHash(value: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .filter((k) => k !== 'row')
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v === undefined
          ? null
          : v;
  return createHash('sha256')
    .update(JSON.stringify(canonical(value)))
    .digest('hex');
}
