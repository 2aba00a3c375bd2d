import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROADMAP_STAGES } from '@ndip/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBase64,
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
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from './common';
import { IsBin, KATO } from './validators';

/*
 * Module 2 contracts of the one-stop shop (SM-SVC, rules.md §8), of comments and attachments on a project,
 * a roadmap stage or a task (000 §58; 001 §66), of roadmap change requests (R7 / R9') and of the deadline job.
 * `investorBin` is set by the gateway for an investor company (INV), never taken from the client.
 */

// ---- state-service applications (SM-SVC) ----

export class FileStateServiceDto {
  @ApiProperty({ example: '750000000', description: 'Form field 1: the region of the front office the application is addressed to (KATO)' })
  @Matches(KATO, { message: 'regionCode must be a 9-digit KATO code' })
  regionCode!: string;

  @ApiPropertyOptional({ description: "The investor's Module 2 project the services are for" })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @ApiProperty({ example: 'Hyundai Motor Company', description: 'Form field 2: the applicant', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  applicantName!: string;

  @ApiProperty({ type: [String], example: ['Construction permit'], description: 'Form field 4: the state service(s) requested' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  services!: string[];

  @ApiProperty({ type: [String], example: ['Land title', 'Design documentation'], description: 'Form field 5: the documents attached' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  documents!: string[];

  @ApiProperty({ description: 'Form field 6: consent to the use of protected information (mandatory)' })
  @IsBoolean()
  consent!: boolean;
}

export class FileStateServiceCommand extends FileStateServiceDto {
  @IsOptional()
  @IsBin()
  investorBin?: string;
}

export class StandardTermDto {
  @ApiProperty({ minimum: 1, maximum: 365, example: 10 })
  @IsInt()
  @Min(1)
  @Max(365)
  value!: number;

  @ApiProperty({ enum: ['CD', 'WD'] })
  @IsIn(['CD', 'WD'])
  unit!: 'CD' | 'WD';
}

export class AcceptStateServiceDto {
  @ApiProperty({ type: StandardTermDto, description: "The provider's term per the state-service standard" })
  @ValidateNested()
  @Type(() => StandardTermDto)
  standardTerm!: StandardTermDto;
}

export class ForwardStateServiceDto {
  @ApiProperty({ description: 'The service provider (a state body: CSB, MIO, OSB or FI organisation)' })
  @IsUUID()
  providerOrganizationId!: string;
}

export class StateServiceReasonDto {
  @ApiProperty({ example: 'The design documentation is not certified', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class StateServiceDocumentsDto {
  @ApiProperty({ type: [String], example: ['Certified design documentation'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  documents!: string[];
}

export class HandOverStateServiceDto {
  @ApiProperty({ description: 'The investor showed the receipt (003 §26)' })
  @IsBoolean()
  receiptShown!: boolean;

  @ApiProperty({ description: 'Identity document or power of attorney checked' })
  @IsBoolean()
  identityVerified!: boolean;
}

export const STATE_SERVICE_ACTIONS = [
  'ACCEPT',
  'FORWARD',
  'RETURN_DOCUMENTS',
  'NOTIFY_INVESTOR',
  'PROVIDE_DOCUMENTS',
  'RESEND',
  'ISSUE_RESULT',
  'NOTIFY_VIOLATION',
  'HAND_OVER',
] as const;
export type StateServiceAction = (typeof STATE_SERVICE_ACTIONS)[number];

/** One command for every application transition; the gateway route sets `action` and validates the body with its own DTO. */
export class StateServiceTransitionCommand {
  @IsUUID()
  applicationId!: string;

  @IsIn(STATE_SERVICE_ACTIONS as unknown as string[])
  action!: StateServiceAction;

  @IsOptional()
  @ValidateNested()
  @Type(() => StandardTermDto)
  standardTerm?: StandardTermDto;

  @IsOptional()
  @IsUUID()
  providerOrganizationId?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  documents?: string[];

  @IsOptional()
  @IsBoolean()
  receiptShown?: boolean;

  @IsOptional()
  @IsBoolean()
  identityVerified?: boolean;
}

export const STATE_SERVICE_STATUSES = [
  'SUBMITTED',
  'ACCEPTED',
  'AT_PROVIDER',
  'RETURNED_BY_PROVIDER',
  'AWAITING_INVESTOR',
  'RESUBMISSION',
  'RESULT_AT_FRONT_OFFICE',
  'ISSUED',
] as const;

export class ListStateServicesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: STATE_SERVICE_STATUSES })
  @IsOptional()
  @IsIn(STATE_SERVICE_STATUSES as unknown as string[])
  status?: (typeof STATE_SERVICE_STATUSES)[number];

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  projectId?: string;
}

export class ListStateServicesCommand extends ListStateServicesQueryDto {}

export class GetStateServiceCommand {
  @IsUUID()
  applicationId!: string;
}

// ---- comments and attachments ----

/**
 * Size limit of one attachment. Files travel from the gateway to the implementation service inside one
 * request-reply Kafka message (base64, 4/3 of the size), and the broker's default message limit is 1 MiB:
 * 512 KiB leaves room for the envelope. Larger files would need the gateway to stream into the storage.
 */
export const ATTACHMENT_MAX_BYTES = 512 * 1024;

/** Accepted media types and the leading bytes ("magic") each must start with; text types must be UTF-8 without NUL. */
export const ATTACHMENT_TYPES: Record<string, { magic: number[][] | 'text'; ext: string[] }> = {
  'application/pdf': { magic: [[0x25, 0x50, 0x44, 0x46, 0x2d]], ext: ['pdf'] },
  'image/png': { magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]], ext: ['png'] },
  'image/jpeg': { magic: [[0xff, 0xd8, 0xff]], ext: ['jpg', 'jpeg'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { magic: [[0x50, 0x4b, 0x03, 0x04]], ext: ['docx'] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { magic: [[0x50, 0x4b, 0x03, 0x04]], ext: ['xlsx'] },
  'application/msword': { magic: [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]], ext: ['doc'] },
  'application/vnd.ms-excel': { magic: [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]], ext: ['xls'] },
  'text/plain': { magic: 'text', ext: ['txt'] },
  'text/csv': { magic: 'text', ext: ['csv'] },
};

/**
 * Why a file of the declared type is refused (null when it is accepted): the type must be in the list and the
 * content must match it (a renamed executable is not a PDF). Used by the gateway (415) and by the service.
 */
export function attachmentTypeProblem(contentType: string, bytes: Uint8Array): string | null {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  const spec = ATTACHMENT_TYPES[type];
  if (!spec) return `media type ${type || '(none)'} is not accepted; accepted: ${Object.keys(ATTACHMENT_TYPES).join(', ')}`;
  if (spec.magic === 'text') {
    if (bytes.includes(0)) return `the content is not ${type}: it contains binary data`;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return `the content is not ${type}: it is not UTF-8 text`;
    }
    return null;
  }
  const matches = spec.magic.some((m) => m.length <= bytes.length && m.every((b, i) => bytes[i] === b));
  return matches ? null : `the content does not match the declared media type ${type}`;
}

export const DISCUSSION_TARGETS = ['PROJECT', 'STAGE', 'TASK'] as const;
export type DiscussionTarget = (typeof DISCUSSION_TARGETS)[number];

/** Where a comment or attachment belongs: the project itself, one roadmap stage, or one task of the project. */
export class DiscussionTargetDto {
  @ApiPropertyOptional({ enum: ROADMAP_STAGES, description: 'A roadmap stage (omit for the project or a task)' })
  @IsOptional()
  @IsIn(ROADMAP_STAGES as unknown as string[])
  stage?: (typeof ROADMAP_STAGES)[number];

  @ApiPropertyOptional({ description: 'A roadmap task of this project (omit for the project or a stage)' })
  @IsOptional()
  @IsUUID()
  taskId?: string;
}

export class AddCommentDto extends DiscussionTargetDto {
  @ApiProperty({ example: 'The land plot documents were sent to the akimat', maxLength: 10000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  text!: string;
}

export class AddCommentCommand extends AddCommentDto {
  @IsUUID()
  projectId!: string;

  @IsOptional()
  @IsBin()
  investorBin?: string;
}

/** The multipart form fields besides the file. */
export class UploadAttachmentFormDto extends DiscussionTargetDto {
  @ApiPropertyOptional({ maxLength: 2000, description: 'A note shown with the file' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class UploadAttachmentCommand extends UploadAttachmentFormDto {
  @IsUUID()
  projectId!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  fileName!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  contentType!: string;

  @IsBase64()
  contentBase64!: string;

  /** SHA-256 the gateway computed on receipt (hex); the service recomputes and refuses a mismatch. */
  @Matches(/^[0-9a-f]{64}$/)
  sha256!: string;

  @IsOptional()
  @IsBin()
  investorBin?: string;
}

export class ListDiscussionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ROADMAP_STAGES })
  @IsOptional()
  @IsIn(ROADMAP_STAGES as unknown as string[])
  stage?: (typeof ROADMAP_STAGES)[number];

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  taskId?: string;
}

export class ListDiscussionCommand extends ListDiscussionQueryDto {
  @IsUUID()
  projectId!: string;

  @IsIn(['COMMENT', 'ATTACHMENT'])
  kind!: 'COMMENT' | 'ATTACHMENT';

  @IsOptional()
  @IsBin()
  investorBin?: string;
}

export class DownloadAttachmentCommand {
  @IsUUID()
  attachmentId!: string;

  @IsOptional()
  @IsBin()
  investorBin?: string;
}

// ---- roadmap change requests (R7 E000 / R9' E001) ----

export class RequestRoadmapChangeDto {
  @ApiProperty({ example: 'Move commissioning to Q3: the equipment supplier shifted delivery', maxLength: 10000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  description!: string;

  @ApiPropertyOptional({ description: "[E001] the akimat's request is made jointly with the investor (001 §63): its consent is required" })
  @IsOptional()
  @IsBoolean()
  investorConsent?: boolean;
}

export class RefuseRoadmapChangeDto {
  @ApiPropertyOptional({ example: 'The new schedule breaks the financing plan', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string;
}

export const ROADMAP_CHANGE_ACTIONS = ['REQUEST_CHANGE', 'APPROVE_CHANGE', 'REFUSE_CHANGE'] as const;
export type RoadmapChangeAction = (typeof ROADMAP_CHANGE_ACTIONS)[number];

export class RoadmapChangeCommand {
  @IsUUID()
  projectId!: string;

  @IsIn(ROADMAP_CHANGE_ACTIONS as unknown as string[])
  action!: RoadmapChangeAction;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  description?: string;

  @IsOptional()
  @IsBoolean()
  investorConsent?: boolean;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string;

  @IsOptional()
  @IsBin()
  investorBin?: string;
}
