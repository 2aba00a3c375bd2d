import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsCalendarDate, KATO } from '@ndip/platform';

/*
 * Contract classes of the events whose type strings live in the machines of libs/domain (INITIATIVE_EVENTS,
 * ROADMAP_EVENTS) and that the notifications consume: the payloads the machines emit, field for field
 * (unknown fields are refused on consume, as for every contract class).
 */

export class InitiativeOfficerAssignedContract {
  @IsUUID() initiativeId!: string;
  @Matches(KATO) regionCode!: string;
  @IsString() @MaxLength(100) officerUserId!: string;
  @IsCalendarDate() assignedOn!: string;
}

export class InitiativeExtendedContract {
  @IsUUID() initiativeId!: string;
  @Matches(KATO) regionCode!: string;
  @IsCalendarDate() extendedOn!: string;
  @IsOptional() @IsCalendarDate() previousDueOn!: string | null;
  @IsCalendarDate() actionDueOn!: string;
  @IsOptional() @IsString() reason!: string | null;
}

export class InitiativeRedirectRequestedContract {
  @IsUUID() initiativeId!: string;
  @IsOptional() @Matches(KATO) fromRegionCode!: string | null;
  @Matches(KATO) toRegionCode!: string;
  @IsOptional() @IsString() reason!: string | null;
  @IsCalendarDate() requestedOn!: string;
}

export class InitiativeReturnedContract {
  @IsUUID() initiativeId!: string;
  @IsOptional() @Matches(KATO) regionCode!: string | null;
  @IsOptional() @IsString() reason!: string | null;
  @IsCalendarDate() returnedOn!: string;
}

export class RoadmapMioAssignedContract {
  @IsUUID() roadmapId!: string;
  @IsUUID() projectId!: string;
  @Matches(KATO) regionCode!: string;
  @IsCalendarDate() formDueOn!: string;
  @IsOptional() @IsCalendarDate() approvalDueOn!: string | null;
}

export class RoadmapSubmittedContract {
  @IsUUID() roadmapId!: string;
  @IsUUID() projectId!: string;
  @IsCalendarDate() submittedOn!: string;
  @IsBoolean() late!: boolean;
}

export class RoadmapResubmittedContract {
  @IsUUID() roadmapId!: string;
  @IsUUID() projectId!: string;
  @IsCalendarDate() resubmittedOn!: string;
  @IsBoolean() late!: boolean;
}

export class RoadmapRejectedContract {
  @IsUUID() roadmapId!: string;
  @IsUUID() projectId!: string;
  @IsString() @MaxLength(200) by!: string;
  @IsOptional() @IsString() reason!: string | null;
  @IsCalendarDate() reworkDueOn!: string;
  @IsString() @MaxLength(100) notifyInitiatorOrganizationId!: string;
}

export class RoadmapVerificationFailedContract {
  @IsUUID() roadmapId!: string;
  @IsUUID() projectId!: string;
  @IsOptional() @IsString() reason!: string | null;
  @IsCalendarDate() reworkDueOn!: string;
}

export class RoadmapApprovedContract {
  @IsUUID() roadmapId!: string;
  @IsUUID() projectId!: string;
  @IsCalendarDate() approvedOn!: string;
  @IsInt() version!: number;
  @IsString() roadmapStatus!: string;
}
