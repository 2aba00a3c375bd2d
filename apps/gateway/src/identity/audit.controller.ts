import { Controller, Get, Inject, Injectable, Param, Query, Res, type PipeTransform } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { COMMANDS, type Actor } from '@ndip/domain';
import {
  AUDIT_EXPORT_MAX_ROWS,
  AUDIT_READERS,
  AuditQueryDto,
  AuditReader,
  SERVICE_CONFIG,
  appendAudit,
  auditCsv,
  type AuditChainReport,
  type AuditRecord,
  type Page,
} from '@ndip/platform';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { BusClient } from '../bus/bus.client';
import type { GatewayEnv } from '../gateway.env';
import { ProblemException } from '../http/problem';
import { Meta, type RequestMeta } from '../http/request-meta';

export const AUDITED_SERVICES = ['gateway', 'attraction', 'implementation', 'post-investment', 'reporting'] as const;
export type AuditedService = (typeof AUDITED_SERVICES)[number];

class AuditServicePipe implements PipeTransform<string, AuditedService> {
  transform(v: string): AuditedService {
    if (!(AUDITED_SERVICES as readonly string[]).includes(v)) {
      throw new ProblemException('INVALID_INPUT', `service must be one of ${AUDITED_SERVICES.join(', ')}`, { field: 'service' });
    }
    return v as AuditedService;
  }
}

/**
 * The audit trails of all services, for the authorized body. Each service keeps its own hash-chained
 * `audit_log` in its own database; the gateway reads its own directly and asks the others over
 * request-reply (`queryAudit`, `verifyAudit`), so no service's database is opened by another.
 */
@Injectable()
export class AuditQueryService {
  private readonly own: AuditReader;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: BusClient,
    @Inject(SERVICE_CONFIG) private readonly env: GatewayEnv,
  ) {
    this.own = new AuditReader(() => dataSource.manager);
  }

  query(service: AuditedService, q: AuditQueryDto, actor: Actor, meta: RequestMeta): Promise<Page<AuditRecord>> {
    if (service === 'gateway') return this.own.query(q, actor);
    return this.bus.call(COMMANDS[service].queryAudit, actor, q, meta);
  }

  async verify(service: AuditedService, actor: Actor, meta: RequestMeta): Promise<AuditChainReport> {
    const report = service === 'gateway' ? await this.own.verify(actor) : await this.bus.call<AuditChainReport>(COMMANDS[service].verifyAudit, actor, {}, meta);
    await this.record(actor, 'audit.verified', service, { ok: report.ok, checked: report.checked, brokenAtId: report.brokenAtId }, meta);
    return report;
  }

  /** Every matching entry (oldest first would need a second index: newest first, like the list), at most AUDIT_EXPORT_MAX_ROWS. */
  async export(service: AuditedService, q: AuditQueryDto, actor: Actor, meta: RequestMeta): Promise<string> {
    const pageSize = 200;
    const first = await this.query(service, { ...q, page: 1, pageSize }, actor, meta);
    if (first.total > AUDIT_EXPORT_MAX_ROWS) {
      throw new ProblemException('INVALID_INPUT', `${first.total} entries match; an export holds at most ${AUDIT_EXPORT_MAX_ROWS}: narrow the date range`, {
        field: 'from',
      });
    }
    const items = [...first.items];
    for (let page = 2; (page - 1) * pageSize < first.total; page++) items.push(...(await this.query(service, { ...q, page, pageSize }, actor, meta)).items);
    await this.record(actor, 'audit.exported', service, { rows: items.length, filters: { ...q, page: undefined, pageSize: undefined } }, meta);
    return auditCsv(items);
  }

  /** Reading the audit trail is itself audited (in the gateway's trail). */
  private record(actor: Actor, action: string, service: string, newValue: unknown, meta: RequestMeta): Promise<void> {
    return this.dataSource.transaction((m) =>
      appendAudit(m, {
        actor,
        action,
        entityType: 'audit-trail',
        entityId: service,
        oldValue: null,
        newValue,
        ruleEdition: this.env.NDIP_RULE_EDITION,
        correlationId: meta.correlationId,
      }),
    );
  }
}

const SERVICE_PARAM = { name: 'service', enum: AUDITED_SERVICES };

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get(':service/entries')
  @Allow(...AUDIT_READERS)
  @ApiParam(SERVICE_PARAM)
  @ApiOperation({ summary: "A service's audit entries, newest first: filter by actor, organisation, action (prefix*), entity, date range" })
  entries(
    @Param('service', new AuditServicePipe()) service: AuditedService,
    @Query() q: AuditQueryDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<Page<AuditRecord>> {
    return this.audit.query(service, q, actor, meta);
  }

  @Get(':service/export.csv')
  @Allow(...AUDIT_READERS)
  @ApiParam(SERVICE_PARAM)
  @ApiProduces('text/csv')
  @ApiOperation({ summary: `The matching audit entries as CSV (at most ${AUDIT_EXPORT_MAX_ROWS}; page and pageSize are ignored)` })
  async exportCsv(
    @Param('service', new AuditServicePipe()) service: AuditedService,
    @Query() q: AuditQueryDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const csv = await this.audit.export(service, q, actor, meta);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="audit-${service}.csv"`);
    return csv;
  }

  @Get(':service/verify')
  @Allow(...AUDIT_READERS)
  @ApiParam(SERVICE_PARAM)
  @ApiOperation({ summary: "Recompute a service's audit hash chain: ok, entries checked, and the first broken entry" })
  verify(
    @Param('service', new AuditServicePipe()) service: AuditedService,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<AuditChainReport> {
    return this.audit.verify(service, actor, meta);
  }
}
