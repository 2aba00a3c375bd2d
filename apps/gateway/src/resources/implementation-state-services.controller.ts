import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { COMMANDS, type Actor } from '@ndip/domain';
import {
  AcceptStateServiceDto,
  FileStateServiceDto,
  ForwardStateServiceDto,
  HandOverStateServiceDto,
  ListStateServicesQueryDto,
  StateServiceDocumentsDto,
  StateServiceReasonDto,
  type StateServiceAction,
} from '@ndip/platform';
import type { Repository } from 'typeorm';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { BusClient } from '../bus/bus.client';
import { ProblemException } from '../http/problem';
import { Meta, type RequestMeta } from '../http/request-meta';
import { uuidParam } from '../http/uuid.pipe';
import { OrganizationEntity } from '../identity/organization.entity';
import { investorScope } from './implementation-scope';

/** §8.2 SM-SVC actors (permissions.ts `svc.*`): front office, service provider; the operator acts as NC. */
const FRONT_OFFICE = ['NC', 'NCR', 'RO', 'ADMIN'] as const;
const PROVIDERS = ['CSB', 'MIO', 'OSB', 'FI'] as const;
/** Who may read: the parties plus AB (KPIs of the front offices, 000 §10). The service scopes by region / organisation. */
const READERS = ['INV', ...FRONT_OFFICE, ...PROVIDERS, 'AB'] as const;

/** State-service applications through the one-stop shop (rules.md §8; 003 §22–28). */
@ApiTags('implementation')
@ApiBearerAuth()
@Controller('api/v1/state-services')
export class ImplementationStateServicesController {
  constructor(
    private readonly bus: BusClient,
    @InjectRepository(OrganizationEntity) private readonly orgs: Repository<OrganizationEntity>,
  ) {}

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: 'Applications visible to the caller: the investor its own, a regional front office its region, a provider those sent to it' })
  list(@Query() q: ListStateServicesQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.listStateServices, actor, q, meta);
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiOperation({ summary: 'One application with its receipt (promised result date), deadlines and what the caller may do next' })
  get(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.getStateService, actor, { applicationId: id }, meta);
  }

  @Post()
  @Allow('INV')
  @ApiOperation({ summary: 'S1: the investor files an application (form of 003) to the front office of a region' })
  async file(@Body() dto: FileStateServiceDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.fileStateService, actor, { ...dto, ...(await investorScope(this.orgs, actor)) }, meta);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Allow(...FRONT_OFFICE)
  @ApiOperation({ summary: 'S2: the front office accepts the documents and issues the receipt with the date the result will be issued' })
  accept(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: AcceptStateServiceDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.act(id, 'ACCEPT', dto, actor, meta);
  }

  @Post(':id/forward')
  @HttpCode(200)
  @Allow(...FRONT_OFFICE)
  @ApiOperation({ summary: 'S3: forward to the service provider (within 1 working day of acceptance); the provider term starts' })
  async forward(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: ForwardStateServiceDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    const provider = await this.orgs.findOne({ where: { id: dto.providerOrganizationId } });
    if (!provider || !provider.active || !(PROVIDERS as readonly string[]).includes(provider.type)) {
      throw new ProblemException('UNKNOWN_REFERENCE', `no active state body (${PROVIDERS.join(', ')}) with id ${dto.providerOrganizationId}`, {
        field: 'providerOrganizationId',
        correlationId: meta.correlationId,
      });
    }
    return this.act(id, 'FORWARD', dto, actor, meta);
  }

  @Post(':id/return-documents')
  @HttpCode(200)
  @Allow(...PROVIDERS)
  @ApiOperation({ summary: 'S4: the provider returns documents that do not meet the standard, with the reason' })
  returnDocuments(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: StateServiceReasonDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.act(id, 'RETURN_DOCUMENTS', dto, actor, meta);
  }

  @Post(':id/notify-investor')
  @HttpCode(200)
  @Allow(...FRONT_OFFICE)
  @ApiOperation({ summary: 'S5: the front office notifies the investor of the return (within 1 working day)' })
  notifyInvestor(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.act(id, 'NOTIFY_INVESTOR', {}, actor, meta);
  }

  @Post(':id/provide-documents')
  @HttpCode(200)
  @Allow('INV')
  @ApiOperation({ summary: 'S6: the investor provides the missing documents' })
  provideDocuments(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: StateServiceDocumentsDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.act(id, 'PROVIDE_DOCUMENTS', dto, actor, meta);
  }

  @Post(':id/resend')
  @HttpCode(200)
  @Allow(...FRONT_OFFICE)
  @ApiOperation({ summary: 'S7: re-send to the provider (within 1 working day); the provider term restarts' })
  resend(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.act(id, 'RESEND', {}, actor, meta);
  }

  @Post(':id/issue-result')
  @HttpCode(200)
  @Allow(...PROVIDERS)
  @ApiOperation({ summary: 'S8: the provider hands the result to the front office (late when after its term)' })
  issueResult(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.act(id, 'ISSUE_RESULT', {}, actor, meta);
  }

  @Post(':id/notify-violation')
  @HttpCode(200)
  @Allow(...FRONT_OFFICE)
  @ApiOperation({
    summary: "S10: violation notice to the provider and the quality-control body once the provider's term is exceeded (also sent by the deadline job)",
  })
  notifyViolation(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.act(id, 'NOTIFY_VIOLATION', {}, actor, meta);
  }

  @Post(':id/hand-over')
  @HttpCode(200)
  @Allow(...FRONT_OFFICE)
  @ApiOperation({ summary: 'S9: hand the result to the investor, who shows the receipt and an identity document' })
  handOver(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: HandOverStateServiceDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.act(id, 'HAND_OVER', dto, actor, meta);
  }

  private act(id: string, action: StateServiceAction, dto: object, actor: Actor, meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.stateServiceTransition, actor, { ...dto, applicationId: id, action }, meta);
  }
}
