import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import {
  COMMANDS,
  REGIONS,
  importErrorMessage,
  isBlankRow,
  validateCompanyRows,
  validateProjectRows,
  type Actor,
  type ImportKind,
  type ImportRowError,
  type ImportValidation,
} from '@ndip/domain';
import {
  CLOCK,
  ISO_COUNTRY_CODES,
  SERVICE_CONFIG,
  appendAudit,
  uuidv7,
  type Clock,
  type ImportBatchResult,
  type ImportCompanyRowDto,
  type ImportProjectRowDto,
  type Page,
} from '@ndip/platform';
import { DataSource } from 'typeorm';
import { BusClient } from '../bus/bus.client';
import type { GatewayEnv } from '../gateway.env';
import { ProblemException, type Locale } from '../http/problem';
import { UnreadableFile, parseImportFile } from './import-file';

export type ImportJobStatus = 'VALIDATING' | 'INVALID' | 'RUNNING' | 'COMPLETED' | 'FAILED';

export interface ImportJobView {
  id: string;
  kind: ImportKind;
  format: string;
  fileName: string;
  sha256: string;
  status: ImportJobStatus;
  progress: { rowsTotal: number; rowsDone: number; percent: number };
  result: { created: number; unchanged: number; changed: { row: number; key: string }[] };
  errorCount: number;
  /** The per-row report in the reader's language (first 1,000 errors; `errorCount` has them all). */
  errors: { row: number; field: string; code: string; message: string }[];
  failure: string | null;
  createdBy: { userId: string; organizationId: string; role: string };
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

interface JobRow {
  id: string;
  kind: ImportKind;
  format: string;
  file_name: string;
  sha256: string;
  status: ImportJobStatus;
  rows_total: number;
  rows_done: number;
  created_count: number;
  unchanged_count: number;
  changed: { row: number; key: string }[];
  errors: ImportRowError[];
  error_count: number;
  failure: string | null;
  user_id: string;
  organization_id: string;
  role: string;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

/** Rows per batch command (each applied by the owning service in one transaction with its outbox). */
export const IMPORT_BATCH_ROWS = 250;
const REPORTED_ERRORS = 1000;
const BATCH_ATTEMPTS = 3;
const REGION_CODES: ReadonlySet<string> = new Set(REGIONS.map((r) => r.code));

/**
 * Import jobs (issue 13): the upload is answered at once with a job; the job validates the whole file with the
 * domain rules (nothing is imported when a row is wrong), then sends batches to the owning service over the
 * request-reply bus (companies → attraction, projects → implementation) and records the progress. A batch that
 * timed out is sent again: the services apply a batch idempotently (natural keys), so a retry creates nothing twice.
 */
@Injectable()
export class ImportJobService implements OnApplicationShutdown {
  private readonly log = new Logger(ImportJobService.name);
  private readonly running = new Set<Promise<void>>();
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: BusClient,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly env: GatewayEnv,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running]);
  }

  /** Records the job and starts it; the caller gets the job at once (202). */
  async start(kind: ImportKind, fileName: string, buffer: Buffer, actor: Actor, correlationId: string): Promise<ImportJobView> {
    const id = uuidv7(this.clock.now().getTime());
    const sha256 = createHash('sha256').update(buffer).digest('hex');
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `INSERT INTO import_job (id, kind, format, file_name, sha256, status, user_id, organization_id, role) VALUES ($1, $2, $3, $4, $5, 'VALIDATING', $6, $7, $8)`,
        [id, kind, buffer.subarray(0, 4).toString('hex') === '504b0304' ? 'xlsx' : 'csv', fileName, sha256, actor.userId, actor.organizationId, actor.role],
      );
      await appendAudit(m, {
        actor,
        action: 'import.job.create',
        entityType: 'import-job',
        entityId: id,
        oldValue: null,
        newValue: { kind, fileName, sha256, sizeBytes: buffer.length },
        ruleEdition: this.env.NDIP_RULE_EDITION,
        correlationId,
      });
    });
    const run = this.run(id, kind, buffer, actor, correlationId).catch((e: unknown) => this.log.error(`import job ${id}: ${(e as Error).stack ?? String(e)}`));
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
    return this.get(id, actor, 'en');
  }

  async get(id: string, actor: Actor, locale: Locale): Promise<ImportJobView> {
    const rows = (await this.dataSource.query(`SELECT * FROM import_job WHERE id = $1`, [id])) as JobRow[];
    const job = rows[0];
    if (!job || !this.visible(job, actor)) throw new ProblemException('NOT_FOUND', `import job ${id} not found`, { field: 'id' });
    return this.view(job, locale);
  }

  async list(actor: Actor, page: number, pageSize: number, locale: Locale): Promise<Page<ImportJobView>> {
    const all = actor.role === 'ADMIN';
    const where = all ? '' : 'WHERE organization_id = $3';
    const params: unknown[] = [pageSize, (page - 1) * pageSize, ...(all ? [] : [actor.organizationId])];
    const items = (await this.dataSource.query(`SELECT * FROM import_job ${where} ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2`, params)) as JobRow[];
    const count = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM import_job ${all ? '' : 'WHERE organization_id = $1'}`,
      all ? [] : [actor.organizationId],
    )) as {
      n: number;
    }[];
    return { items: items.map((j) => this.view({ ...j, errors: [] }, locale)), total: count[0]?.n ?? 0, page, pageSize };
  }

  /** The operator's own organisation's jobs; the administrator sees all. */
  private visible(job: JobRow, actor: Actor): boolean {
    return actor.role === 'ADMIN' || job.organization_id === actor.organizationId;
  }

  private view(j: JobRow, locale: Locale): ImportJobView {
    return {
      id: j.id,
      kind: j.kind,
      format: j.format,
      fileName: j.file_name,
      sha256: j.sha256,
      status: j.status,
      progress: { rowsTotal: j.rows_total, rowsDone: j.rows_done, percent: j.rows_total === 0 ? 0 : Math.floor((100 * j.rows_done) / j.rows_total) },
      result: { created: j.created_count, unchanged: j.unchanged_count, changed: j.changed },
      errorCount: j.error_count,
      errors: j.errors.map((e) => ({ row: e.row, field: e.field, code: e.code, message: importErrorMessage(e, locale) })),
      failure: j.failure,
      createdBy: { userId: j.user_id, organizationId: j.organization_id, role: j.role },
      createdAt: j.created_at.toISOString(),
      startedAt: j.started_at?.toISOString() ?? null,
      finishedAt: j.finished_at?.toISOString() ?? null,
    };
  }

  private async run(id: string, kind: ImportKind, buffer: Buffer, actor: Actor, correlationId: string): Promise<void> {
    try {
      let file: Awaited<ReturnType<typeof parseImportFile>>;
      try {
        file = await parseImportFile(buffer);
      } catch (e) {
        if (!(e instanceof UnreadableFile)) throw e;
        await this.finishInvalid(id, 0, [{ row: 1, field: '$file', code: 'UNREADABLE_FILE' }]);
        return;
      }
      const total = file.rows.filter((r) => !isBlankRow(r)).length;
      const ref = { today: this.clock.today(), regionCodes: REGION_CODES, countryCodes: ISO_COUNTRY_CODES };
      const checked: ImportValidation<ImportCompanyRowDto | ImportProjectRowDto> =
        kind === 'companies' ? validateCompanyRows(file.headers, file.rows, ref) : validateProjectRows(file.headers, file.rows, ref);
      if (!checked.ok) {
        await this.finishInvalid(id, total, checked.errors);
        return;
      }
      await this.dataSource.query(`UPDATE import_job SET status = 'RUNNING', rows_total = $2, started_at = now() WHERE id = $1`, [id, total]);
      if (kind === 'companies')
        await this.send(id, checked.items as ImportCompanyRowDto[], () => 1, COMMANDS.attraction.importCompanies, 'rows', actor, correlationId);
      else
        await this.send(
          id,
          checked.items as ImportProjectRowDto[],
          (p) => Math.max(1, p.tasks.length),
          COMMANDS.implementation.importProjects,
          'projects',
          actor,
          correlationId,
        );
      await this.finish(id, 'COMPLETED', null, actor, correlationId);
    } catch (e) {
      const why = e instanceof ProblemException ? `${e.code}: ${e.detail}` : (e as Error).message;
      await this.finish(id, 'FAILED', why, actor, correlationId).catch(() => undefined);
    }
  }

  /** Batches of IMPORT_BATCH_ROWS file rows (a project's task rows stay together), one after the other. */
  private async send<T>(
    id: string,
    items: T[],
    rowsOf: (t: T) => number,
    pattern: string,
    field: 'rows' | 'projects',
    actor: Actor,
    correlationId: string,
  ): Promise<void> {
    let batch: T[] = [];
    let batchRows = 0;
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      if (this.stopping) throw new Error('the gateway is shutting down: import the same file again to finish (rows already imported are skipped)');
      const data = { jobId: id, [field]: batch };
      let result: ImportBatchResult | null = null;
      for (let attempt = 1; result === null; attempt++) {
        try {
          result = await this.bus.call<ImportBatchResult>(pattern, actor, data, { correlationId, locale: 'en' });
        } catch (e) {
          if (!(e instanceof ProblemException && e.code === 'UNAVAILABLE') || attempt >= BATCH_ATTEMPTS) throw e;
        }
      }
      await this.dataSource.query(
        `UPDATE import_job SET rows_done = rows_done + $2, created_count = created_count + $3, unchanged_count = unchanged_count + $4, changed = changed || $5::jsonb WHERE id = $1`,
        [id, batchRows, result.created, result.unchanged, JSON.stringify(result.changed)],
      );
      batch = [];
      batchRows = 0;
    };
    for (const item of items) {
      const n = rowsOf(item);
      if (batchRows + n > IMPORT_BATCH_ROWS && batch.length > 0) await flush();
      batch.push(item);
      batchRows += n;
    }
    await flush();
  }

  private async finishInvalid(id: string, total: number, errors: ImportRowError[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE import_job SET status = 'INVALID', rows_total = $2, errors = $3::jsonb, error_count = $4, finished_at = now() WHERE id = $1`,
      [id, total, JSON.stringify(errors.slice(0, REPORTED_ERRORS)), errors.length],
    );
  }

  private async finish(id: string, status: 'COMPLETED' | 'FAILED', failure: string | null, actor: Actor, correlationId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const rows = (await m.query(
        `UPDATE import_job SET status = $2, failure = $3, finished_at = now() WHERE id = $1 RETURNING rows_total, rows_done, created_count, unchanged_count, changed`,
        [id, status, failure],
      )) as [Pick<JobRow, 'rows_total' | 'rows_done' | 'created_count' | 'unchanged_count' | 'changed'>[], number];
      const r = rows[0][0];
      await appendAudit(m, {
        actor,
        action: status === 'COMPLETED' ? 'import.job.complete' : 'import.job.fail',
        entityType: 'import-job',
        entityId: id,
        oldValue: null,
        newValue: { status, failure, ...r },
        ruleEdition: this.env.NDIP_RULE_EDITION,
        correlationId,
      });
    });
  }
}
