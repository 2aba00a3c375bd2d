import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class IdDto {
  @IsUUID()
  id!: string;
}

/** Pagination of every list: 1-based page, at most 200 rows. */
export class PageQueryDto {
  // Bounded: (page - 1) * pageSize becomes an SQL OFFSET (bigint); Schemathesis found a 500 for page=6.2e241.
  @ApiPropertyOptional({ minimum: 1, maximum: 1_000_000, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}
