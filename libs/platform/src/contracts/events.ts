import type {
  InitiativeConvertedPayload,
  MonitoringOpenedPayload,
  ProjectCreatedPayload,
  ProjectPoolClassifiedPayload,
  ProjectTransferredToPostInvestmentPayload,
  CompanyCreatedPayload,
  InitiativeCreatedPayload,
  InitiativeTransferredPayload,
} from '@ndip/domain';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, ValidateIf } from 'class-validator';
import { IsBin, IsCalendarDate } from './validators';

/*
 * One validated contract class per event payload (checked on consume). Each implements the
 * payload interface of libs/domain/src/events/catalog.ts, so the two cannot drift apart silently.
 */

const KATO = /^\d{9}$/;
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
  @IsUUID() companyId!: string;
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
