import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from './common';
import { IsBin } from './validators';

export class CreateCompanyDto {
  @ApiProperty({ example: 'Hyundai Motor Company', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiProperty({ example: 'KR', description: 'ISO 3166-1 alpha-2 country of origin' })
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be an ISO 3166-1 alpha-2 code (two capital letters)' })
  countryCode!: string;

  @ApiPropertyOptional({ example: '940740000139', description: 'BIN of the Kazakh legal entity, when one exists' })
  @IsOptional()
  @IsBin()
  bin?: string;

  @ApiPropertyOptional({ example: 'C29', description: 'OKED section or division' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  sector?: string;

  @ApiPropertyOptional({ example: 'https://www.hyundai.com' })
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'website must be an http(s) URL' })
  @MaxLength(500)
  website?: string;
}

export class CreateInitiativeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  companyId!: string;

  @ApiProperty({ example: 'Automotive components plant', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;
}

export class TransferInitiativeDto {
  @ApiProperty({ example: '751110000', description: 'KATO code of the receiving region (one of the 20 rated regions)' })
  @Matches(/^\d{9}$/, { message: 'regionCode must be a 9-digit KATO code' })
  regionCode!: string;
}

export class AssignOfficerDto {
  @ApiProperty({ format: 'uuid', description: 'User id of the responsible official of the akimat (ответственное должностное лицо МИО)' })
  @IsUUID()
  officerUserId!: string;
}

export class AssignOfficerCommand extends AssignOfficerDto {
  @IsUUID()
  initiativeId!: string;
}

export class ConvertInitiativeDto {
  @ApiProperty({ example: 'Automotive components plant in Almaty', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  projectName!: string;

  @ApiProperty({ example: '940740000139', description: 'BIN of the investor legal entity registered in Kazakhstan' })
  @IsBin()
  companyBin!: string;

  @ApiProperty({ example: '80000000000', description: 'Investment amount in whole tenge (decimal string)' })
  @Matches(/^[1-9]\d{0,17}$/, { message: 'investmentAmountKzt must be a positive whole number of tenge, as a string' })
  investmentAmountKzt!: string;

  @ApiProperty({ example: false })
  @IsBoolean()
  hasInvestmentContract!: boolean;

  @ApiPropertyOptional({ example: 'C29' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  sector?: string;
}

export class ListInitiativesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['DRAFT', 'TRANSFERRED', 'IN_PROGRESS', 'CONVERTED', 'RETURNED', 'REDIRECTED', 'CLOSED'] })
  @IsOptional()
  @IsString()
  status?: string;

  @ApiPropertyOptional({ example: '751110000' })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'regionCode must be a 9-digit KATO code' })
  regionCode?: string;
}

export class InitiativeIdDto {
  @IsUUID()
  initiativeId!: string;
}

export class TransferInitiativeCommand extends TransferInitiativeDto {
  @IsUUID()
  initiativeId!: string;
}

export class ConvertInitiativeCommand extends ConvertInitiativeDto {
  @IsUUID()
  initiativeId!: string;
}

export class ListQueryCommand extends ListInitiativesQueryDto {}
