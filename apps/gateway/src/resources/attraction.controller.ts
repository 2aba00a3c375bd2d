import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COMMANDS, type Actor } from '@ndip/domain';
import {
  AssignOfficerDto,
  ConvertInitiativeDto,
  CreateCompanyDto,
  CreateInitiativeDto,
  ListInitiativesQueryDto,
  PageQueryDto,
  TransferInitiativeDto,
} from '@ndip/platform';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { BusClient } from '../bus/bus.client';
import { Meta, type RequestMeta } from '../http/request-meta';
import { uuidParam } from '../http/uuid.pipe';

const uuid = uuidParam('id');

/** Module 1 "Привлечение" (apps/attraction). */
@ApiTags('attraction')
@ApiBearerAuth()
@Controller('api/v1')
export class AttractionController {
  constructor(private readonly bus: BusClient) {}

  @Post('companies')
  @Allow('FI', 'NCF')
  @ApiOperation({ summary: 'Create a company card (embassy, NC foreign office)' })
  createCompany(@Body() dto: CreateCompanyDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.attraction.createCompany, actor, dto, meta);
  }

  @Get('companies')
  @Allow('FI', 'NCF', 'NC', 'AB')
  @ApiOperation({ summary: 'List company cards visible to the caller' })
  listCompanies(@Query() q: PageQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.attraction.listCompanies, actor, q, meta);
  }

  @Get('companies/:id')
  @Allow('FI', 'NCF', 'NC', 'AB')
  @ApiOperation({ summary: 'One company card' })
  getCompany(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.attraction.getCompany, actor, { id }, meta);
  }

  @Post('initiatives')
  @Allow('FI', 'NCF')
  @ApiOperation({ summary: 'Create an initiative for a company' })
  createInitiative(@Body() dto: CreateInitiativeDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.attraction.createInitiative, actor, dto, meta);
  }

  @Get('initiatives')
  @Allow('FI', 'NCF', 'NC', 'AB', 'MIO')
  @ApiOperation({ summary: 'List initiatives visible to the caller' })
  listInitiatives(@Query() q: ListInitiativesQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.attraction.listInitiatives, actor, q, meta);
  }

  @Get('initiatives/:id')
  @Allow('FI', 'NCF', 'NC', 'AB', 'MIO')
  @ApiOperation({ summary: 'One initiative with its 30-day clock' })
  getInitiative(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.attraction.getInitiative, actor, { id }, meta);
  }

  @Post('initiatives/:id/transfer')
  @HttpCode(200)
  @Allow('FI', 'NCF')
  @ApiOperation({ summary: 'Transfer the initiative to a regional akimat (starts the 30-day clock)' })
  transfer(@Param('id', uuid) id: string, @Body() dto: TransferInitiativeDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.attraction.transferInitiative, actor, { ...dto, initiativeId: id }, meta);
  }

  @Post('initiatives/:id/assign-officer')
  @HttpCode(200)
  @Allow('MIO')
  @ApiOperation({ summary: 'The receiving akimat assigns its responsible official' })
  assignOfficer(@Param('id', uuid) id: string, @Body() dto: AssignOfficerDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.attraction.assignInitiativeOfficer, actor, { ...dto, initiativeId: id }, meta);
  }

  @Post('initiatives/:id/convert')
  @HttpCode(200)
  @Allow('MIO')
  @ApiOperation({ summary: 'Convert the initiative into a project passport (Module 2)' })
  convert(@Param('id', uuid) id: string, @Body() dto: ConvertInitiativeDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.attraction.convertInitiative, actor, { ...dto, initiativeId: id }, meta);
  }
}
