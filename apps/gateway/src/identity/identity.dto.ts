import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANIZATION_TYPES, type OrganizationType } from '@ndip/domain';
import { IsBin, KATO, PageQueryDto } from '@ndip/platform';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  login!: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}

export class CreateOrganizationDto {
  @ApiProperty({ enum: ORGANIZATION_TYPES })
  @IsIn(ORGANIZATION_TYPES as unknown as string[])
  type!: OrganizationType;

  @ApiProperty({ example: 'Алматы қаласының әкімдігі' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  nameKk!: string;

  @ApiProperty({ example: 'Акимат города Алматы' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  nameRu!: string;

  @ApiProperty({ example: 'Akimat of Almaty' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  nameEn!: string;

  @ApiPropertyOptional({ example: '750000000', description: 'KATO code: required for MIO, NCR, RO, RIHQ, PRR' })
  @IsOptional()
  @Matches(KATO, { message: 'regionCode must be a 9-digit KATO code' })
  regionCode?: string;

  @ApiPropertyOptional({ example: 'KR', description: 'Country of accreditation: required for FI and NCF' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be an ISO 3166-1 alpha-2 code' })
  countryCode?: string;

  @ApiPropertyOptional({ example: '940740000139', description: 'BIN: required for investor companies' })
  @IsOptional()
  @IsBin()
  bin?: string;
}

export class CreateUserDto {
  @ApiProperty({ example: 'a.nurlanov' })
  @Matches(/^[a-z0-9._@-]{3,100}$/, { message: 'login must be 3-100 characters of a-z 0-9 . _ @ -' })
  login!: string;

  @ApiPropertyOptional({ minLength: 12, description: 'Initial password (policy: docs/security.md). Without it the user gets a one-time invitation token.' })
  @IsOptional()
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password?: string;

  @ApiPropertyOptional({ example: '880101300123', description: 'IIN of the person: needed for login by digital signature or eGov IDP' })
  @IsOptional()
  @IsBin({ message: 'iin must be a 12-digit IIN with a valid check digit' })
  iin?: string;

  @ApiProperty({ example: 'Nurlanov Aidar' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  fullName!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organizationId!: string;

  @ApiPropertyOptional({ enum: ['kk', 'ru', 'en'], default: 'ru' })
  @IsOptional()
  @IsIn(['kk', 'ru', 'en'])
  locale?: 'kk' | 'ru' | 'en';
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from login or the previous refresh' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken!: string;
}

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The invitation token the administrator handed over' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password!: string;
}

export class ListUsersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class EdsLoginDto {
  @ApiProperty({ description: 'The nonce from POST /auth/eds/nonce' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  nonce!: string;

  @ApiProperty({ description: 'Base64 DER CMS (CAdES) SignedData with the nonce as attached content, as NCALayer produces' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100_000)
  cms!: string;
}

export class EgovCallbackQueryDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  code!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  state!: string;
}

export class ChangePasswordDto {
  @ApiProperty({ description: 'The current password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  currentPassword!: string;

  @ApiProperty({ minLength: 12, description: 'The new password (policy: docs/security.md)' })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  newPassword!: string;
}
