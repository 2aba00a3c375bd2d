import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { COMMANDS, type Actor, type ReferenceKind } from '@ndip/domain';
import {
  CountryChangeDto,
  DayTransferChangeDto,
  Global2000ChangeDto,
  ImportUsdKztRatesDto,
  MciChangeDto,
  PriorityProductChangeDto,
  ReferenceListQueryDto,
  RegionChangeDto,
  RuleConfigChangeDto,
  RuleConfigQueryDto,
  SectorChangeDto,
  UsdKztRateChangeDto,
} from '@ndip/platform';
import type { Response } from 'express';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { BusClient } from '../bus/bus.client';
import { ProblemException } from '../http/problem';
import { Meta, type RequestMeta } from '../http/request-meta';

/** §9.2 "Operate NDIP": the National Company (as operator) and the administrator change reference data. */
const OPERATORS = ['NC', 'ADMIN'] as const;

/** The path name of each reference table. */
export const REFERENCE_TABLES: Readonly<Record<string, ReferenceKind>> = {
  mci: 'MCI',
  'day-transfers': 'DAY_TRANSFER',
  'rule-config': 'RULE_CONFIG',
  regions: 'REGION',
  countries: 'COUNTRY',
  sectors: 'SECTOR',
  'priority-products': 'PRIORITY_PRODUCT',
  'global-2000': 'GLOBAL_2000',
  'usd-kzt-rates': 'USD_KZT_RATE',
};

function kindOf(table: string): ReferenceKind {
  const k = Object.prototype.hasOwnProperty.call(REFERENCE_TABLES, table) ? REFERENCE_TABLES[table] : undefined;
  if (!k) throw new ProblemException('NOT_FOUND', `no reference table ${table}; tables: ${Object.keys(REFERENCE_TABLES).join(', ')}`, { field: 'table' });
  return k;
}

interface CsvFile {
  filename: string;
  contentType: string;
  body: string;
}

const TABLE_PARAM = { name: 'table', enum: Object.keys(REFERENCE_TABLES) };

/**
 * Reference data with effective dates (issue 13), kept by the implementation service's store and published to every
 * service: each change names the date it applies from and the legal act behind it, is audited and never overwrites
 * the history. Reads for everyone signed in; changes for the operator.
 */
@ApiTags('reference')
@ApiBearerAuth()
@Controller('api/v1/reference')
export class ReferenceController {
  constructor(private readonly bus: BusClient) {}

  private record(kind: ReferenceKind, change: object, actor: Actor, meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.recordReference, actor, { kind, change: { ...change } }, meta);
  }

  @Get('rule-config/in-force')
  @Allow('*')
  @ApiOperation({ summary: 'The rule edition and options in force on a date (default today), with the legal act and the history of changes' })
  ruleConfigInForce(@Query() q: RuleConfigQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.ruleConfigInForce, actor, q, meta);
  }

  @Post('mci')
  @HttpCode(201)
  @Allow(...OPERATORS)
  @ApiOperation({ summary: 'Record the MCI from a date (new pool classifications use it; earlier ones keep their stored MCI)' })
  mci(@Body() dto: MciChangeDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.record('MCI', dto, actor, meta);
  }

  @Post('day-transfers')
  @HttpCode(201)
  @Allow(...OPERATORS)
  @ApiOperation({ summary: 'Record a decreed transfer of a day off (a day off worked, or a working day off); open working-day deadlines are recomputed' })
  dayTransfer(@Body() dto: DayTransferChangeDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.record('DAY_TRANSFER', dto, actor, meta);
  }

  @Post('rule-config')
  @HttpCode(201)
  @Allow(...OPERATORS)
  @ApiOperation({ summary: 'Record the rule edition and options in force from a date (options not given keep their value)' })
  ruleConfig(@Body() dto: RuleConfigChangeDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.record('RULE_CONFIG', dto, actor, meta);
  }

  @Post('regions')
  @HttpCode(201)
  @Allow(...OPERATORS)
  @ApiOperation({ summary: 'Record a region or district (KATO code, names in kk/ru/en)' })
  region(@Body() dto: RegionChangeDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.record('REGION', dto, actor, meta);
  }

  @Post('countries')
  @HttpCode(201)
  @Allow(...OPERATORS)
  @ApiOperation({ summary: 'Record a country (ISO 3166-1 codes, names in kk/ru/en)' })
  country(@Body() dto: CountryChangeDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.record('COUNTRY', dto, actor, meta);
  }

  @Post('sectors')
  @HttpCode(201)
  @Allow(...OPERATORS)
  @ApiOperation({ summary: 'Record an OKED section or division (names in kk/ru/en)' })
  sector(@Body() dto: SectorChangeDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.record('SECTOR', dto, actor, meta);
  }

  @Post('priority-products')
  @HttpCode(201)
  @Allow(...OPERATORS)
  @ApiOperation({ summary: 'Record a product of the priority-goods list (order No. 306) with its technology level' })
  priorityProduct(@Body() dto: PriorityProductChangeDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.record('PRIORITY_PRODUCT', dto, actor, meta);
  }

  @Post('global-2000')
  @HttpCode(201)
  @Allow(...OPERATORS)
  @ApiOperation({ summary: 'Record a company of the Global 2000 list of a year' })
  global2000(@Body() dto: Global2000ChangeDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.record('GLOBAL_2000', dto, actor, meta);
  }

  @Post('usd-kzt-rates')
  @HttpCode(201)
  @Allow(...OPERATORS)
  @ApiOperation({ summary: 'Record the official USD/KZT rate of a date' })
  usdKztRate(@Body() dto: UsdKztRateChangeDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.record('USD_KZT_RATE', dto, actor, meta);
  }

  @Post('usd-kzt-rates/import')
  @HttpCode(200)
  @Allow(...OPERATORS)
  @ApiOperation({ summary: 'Import official USD/KZT rates from CSV (date,rate): the whole file is checked first, each bad row named' })
  importRates(@Body() dto: ImportUsdKztRatesDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.importUsdKztRates, actor, dto, meta);
  }

  @Post('deadlines/recompute')
  @HttpCode(200)
  @Allow(...OPERATORS)
  @ApiOperation({ summary: 'Recompute the open working-day deadlines (roadmap rework, task validation) with the current calendar once now' })
  recompute(@CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.runDeadlineRecompute, actor, {}, meta);
  }

  @Get(':table')
  @Allow('*')
  @ApiParam(TABLE_PARAM)
  @ApiOperation({ summary: 'The current rows of a reference table (built-in rows and recorded changes), by key' })
  list(@Param('table') table: string, @Query() q: ReferenceListQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.listReference, actor, { ...q, kind: kindOf(table) }, meta);
  }

  @Get(':table/history')
  @Allow('*')
  @ApiParam(TABLE_PARAM)
  @ApiOperation({ summary: 'Every recorded change of a reference table (or of one key), newest first, with its legal act' })
  history(@Param('table') table: string, @Query() q: ReferenceListQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.referenceHistory, actor, { ...q, kind: kindOf(table) }, meta);
  }

  @Get(':table/export.csv')
  @Allow('*')
  @ApiParam(TABLE_PARAM)
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'A reference table as CSV (UTF-8; names in kk/ru/en as columns)' })
  async exportCsv(
    @Param('table') table: string,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const file = await this.bus.call<CsvFile>(COMMANDS.implementation.exportReference, actor, { kind: kindOf(table) }, meta);
    if (!file || typeof file.body !== 'string' || typeof file.filename !== 'string')
      throw new ProblemException('INTERNAL', 'malformed export from the implementation service', { correlationId: meta.correlationId });
    res.setHeader('content-type', file.contentType);
    res.setHeader('content-disposition', `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`);
    return file.body;
  }
}
