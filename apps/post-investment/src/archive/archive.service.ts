import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode, can, type Actor, type RuleEdition } from '@ndip/domain';
import { CLOCK, OutboxWriter, RULE_EDITION, appendAudit, type Clock, type CommandMessage, type ProjectScopedCommand } from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { IssueEntity } from '../issue/issue.entity';
import { issueView } from '../issue/issue.service';
import { KpiReportEntity } from '../kpi/kpi-report.entity';
import { kpiReportView } from '../kpi/kpi.service';
import { ChangeEntity } from '../monitoring/change.entity';
import { inScope, m3Scope, type M3Scope } from '../monitoring/m3-scope';
import type { MonitoringEntity } from '../monitoring/monitoring.entity';
import { MonitoringRepository } from '../monitoring/monitoring.repository';
import { MonitoringService, applyM3State, changeView, monitoringView } from '../monitoring/monitoring.service';
import { ArchiveEntity } from './archive.entity';
import { module2Documents } from './document-register.handler';

export interface ArchiveView {
  monitoringId: string;
  projectId: string;
  archivedOn: string;
  archivedBy: string;
  documentCount: number;
  sha256: string;
  manifest: Record<string, unknown>;
}

function view(a: ArchiveEntity): ArchiveView {
  return {
    monitoringId: a.monitoringId,
    projectId: a.projectId,
    archivedOn: a.archivedOn,
    archivedBy: a.archivedByUserId,
    documentCount: a.documentCount,
    sha256: a.sha256,
    manifest: a.manifest,
  };
}

/**
 * P7 (000 §64): the archive of a completed project. All its Module 3 documents (the period, the final
 * analysis, the investor's issues and answers, the change log, the KPI reports) and the references to its
 * Module 2 documents (the document register, see document-register.handler.ts) go into one manifest with
 * its SHA-256; the row is immutable (a trigger refuses changes) and the project is read-only afterwards
 * (every write command is refused with WRONG_STATE), while the data stays readable for analytics and reports.
 */
@Injectable()
export class ArchiveService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly periods: MonitoringRepository,
    private readonly monitoring: MonitoringService,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  async archive(c: ProjectScopedCommand, cmd: CommandMessage): Promise<ArchiveView> {
    return this.dataSource.transaction(async (m) => {
      const period = await this.monitoring.lockedVisible(m, c.projectId, cmd.actor, 'write');
      const before = monitoringView(period);
      const d = this.monitoring.decide(period, { type: 'ARCHIVE' }, cmd.actor);
      applyM3State(period, d.state);
      await this.periods.save(m, period);
      const manifest = await this.manifest(m, period);
      const body = JSON.stringify(manifest);
      const archive = m.create(ArchiveEntity, {
        monitoringId: period.id,
        projectId: period.projectId,
        archivedOn: period.archivedOn!,
        archivedByUserId: cmd.actor.userId,
        documentCount: (manifest.documentCount as number) ?? 0,
        sha256: createHash('sha256').update(body).digest('hex'),
        manifest,
        edition: period.edition,
      });
      await m.getRepository(ArchiveEntity).insert(archive as QueryDeepPartialEntity<ArchiveEntity>);
      const events = d.events.map((ev) => ({ ...ev, payload: { ...(ev.payload as object), documentCount: archive.documentCount, sha256: archive.sha256 } }));
      await this.outbox.append(m, events, {
        actor: cmd.actor,
        correlationId: cmd.correlationId,
        causationId: null,
        ruleEdition: this.edition.code,
        occurredAt: this.clock.now(),
      });
      await appendAudit(m, {
        actor: cmd.actor,
        action: 'monitoring.archive',
        entityType: 'monitoring',
        entityId: period.id,
        oldValue: before,
        newValue: { ...monitoringView(period), archive: { documentCount: archive.documentCount, sha256: archive.sha256 } },
        ruleEdition: this.edition.code,
        correlationId: cmd.correlationId,
      });
      return view(archive);
    });
  }

  /** §9.2 "Read archived project data (analytics)": investors their own, regional bodies their region, the other readers all. */
  async get(c: ProjectScopedCommand, actor: Actor): Promise<ArchiveView> {
    const period = await this.periods.findByProject(c.projectId);
    const notFound = () => new DomainError(DomainErrorCode.NOT_FOUND, `no archive for project ${c.projectId}`, { field: 'projectId' });
    if (!period || !inScope(this.archiveScope(actor, c.investorBin), period)) throw notFound();
    const archive = await this.dataSource.getRepository(ArchiveEntity).findOne({ where: { monitoringId: period.id } });
    if (!archive) throw notFound();
    return view(archive);
  }

  private archiveScope(actor: Actor, investorBin: string | undefined): M3Scope {
    const scope = m3Scope(actor, investorBin);
    if (scope.kind !== 'NONE' || !can(actor.role, 'archive.read', this.edition.code, 'read')) return scope;
    // Readers without a region or company (TF, CSB, NCH, NH, OSB) read every archive; FI/NCF only their own initiatives' (not known here).
    return actor.role === 'FI' || actor.role === 'NCF' || actor.role === 'INV' ? scope : { kind: 'ALL' };
  }

  // Module 2 documents (passport attachments, roadmap evidence) are listed by reference (id, name, type, size,
  // SHA-256, download route), from the register that `implementation.attachment.added` feeds
  // (document-register.handler.ts); Module 3 reads no other service's database and keeps no file bytes. The
  // period row is locked here, so a registration in flight is either in this manifest or refused afterwards.
  private async manifest(m: EntityManager, period: MonitoringEntity): Promise<Record<string, unknown>> {
    const issues = await m.getRepository(IssueEntity).find({ where: { monitoringId: period.id }, order: { raisedOn: 'ASC', createdAt: 'ASC', id: 'ASC' } });
    const changes = await m.getRepository(ChangeEntity).find({ where: { monitoringId: period.id }, order: { recordedAt: 'ASC', id: 'ASC' } });
    const kpi = await m.getRepository(KpiReportEntity).find({ where: { monitoringId: period.id }, order: { periodNo: 'ASC' } });
    const submitted = kpi.filter((k) => k.status === 'SUBMITTED').length;
    const documents = await module2Documents(m, period.projectId);
    return {
      format: 'ndip.m3-archive.v1',
      period: monitoringView(period),
      finalAnalysis: period.finalAnalysis,
      issues: issues.map(issueView),
      changes: changes.map(changeView),
      kpiReports: kpi.map(kpiReportView),
      module2Documents: documents,
      documentCount: 1 + issues.length + changes.length + submitted + documents.length,
    };
  }
}
