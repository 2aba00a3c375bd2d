import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PageQueryDto } from './common';
import { IsCalendarDate } from './validators';

/**
 * Minimal completion of a project (foundation): the last roadmap task is validated on
 * `validatedOn` and the project goes to Module 3. The roadmap itself comes with the Module 2 issue.
 */
export class CompleteProjectDto {
  @ApiPropertyOptional({ example: '2026-11-20', description: 'Validation date of the last task (default: today, Asia/Almaty)' })
  @IsOptional()
  @IsCalendarDate()
  validatedOn?: string;

  @ApiPropertyOptional({ example: '2031-12-31', description: 'End of the investment contract, where there is one' })
  @IsOptional()
  @IsCalendarDate()
  investmentContractExpiresOn?: string;
}

export class CompleteProjectCommand extends CompleteProjectDto {
  @IsUUID()
  projectId!: string;
}

export class ProjectIdCommand {
  @IsUUID()
  projectId!: string;
}

export class ListProjectsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '751110000' })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'regionCode must be a 9-digit KATO code' })
  regionCode?: string;

  @ApiPropertyOptional({ enum: ['NATIONAL', 'REGIONAL'] })
  @IsOptional()
  @IsIn(['NATIONAL', 'REGIONAL'])
  pool?: 'NATIONAL' | 'REGIONAL';
}
