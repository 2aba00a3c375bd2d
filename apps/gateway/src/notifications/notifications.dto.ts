import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsObject, IsOptional, ValidateIf } from 'class-validator';
import { IsCalendarDate, PageQueryDto } from '@ndip/platform';
import { CHANNELS, NOTIFICATION_TYPES } from './notification.types';

export class ListNotificationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only unread notices', default: false })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : (value as unknown)))
  @IsBoolean()
  unreadOnly?: boolean;
}

export class UpdatePreferencesDto {
  @ApiPropertyOptional({ format: 'email', nullable: true, description: 'Where e-mails go; null: the login when it is an address, else no e-mail' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string | null;

  @ApiPropertyOptional({
    description: `Channel per notification type (${NOTIFICATION_TYPES.join(', ')}): ${CHANNELS.join(' | ')}. EMAIL = inbox and e-mail. Legal-deadline types cannot be OFF.`,
    example: { PROJECT_UPDATE: 'OFF', DIGEST: 'IN_APP' },
  })
  @IsOptional()
  @IsObject()
  preferences?: Record<string, string>;
}

export class RunSchedulerDto {
  @ApiPropertyOptional({ example: '2026-11-25', description: 'The date to run for (Asia/Almaty calendar date); default: today' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

export class SetHeadDto {
  @ApiProperty({ description: 'Whether the user heads their organisation (receives escalations and overdue notices)' })
  @IsBoolean()
  head!: boolean;
}

export class ListEmailsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['PENDING', 'SENT', 'GAVE_UP'] })
  @IsOptional()
  @IsIn(['PENDING', 'SENT', 'GAVE_UP'])
  status?: 'PENDING' | 'SENT' | 'GAVE_UP';
}
