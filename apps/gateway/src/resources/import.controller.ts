import { Controller, Get, Headers, HttpCode, Param, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { MulterOptions } from '@nestjs/platform-express/multer/interfaces/multer-options.interface';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IMPORT_KINDS, PROJECT_COLUMNS, COMPANY_COLUMNS, type Actor, type ImportKind } from '@ndip/domain';
import { PageQueryDto, type Page } from '@ndip/platform';
import { DataSource } from 'typeorm';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { ProblemException, localeOf, type Locale } from '../http/problem';
import { Meta, type RequestMeta } from '../http/request-meta';
import { uuidParam } from '../http/uuid.pipe';
import { ImportJobService, type ImportJobView } from '../import/import-job.service';

/** Kazakh Invest operators (the National Company) and the administrator load existing data (issue 13). */
const OPERATORS = ['NC', 'ADMIN'] as const;
/** Upload limit of an import file (this route only): 10,000 projects with their tasks fit well below it. */
export const IMPORT_MAX_BYTES = 32 * 1024 * 1024;

interface UploadedPart {
  originalname: string;
  size: number;
  buffer: Buffer;
}

/**
 * Bulk import of existing companies and projects from CSV or XLSX: the upload answers 202 with a job; the job
 * validates the whole file (nothing is imported when a row is wrong) and then imports in batches; GET shows the
 * status, the rows done and the per-row error report in the reader's language.
 */
@ApiTags('import')
@ApiBearerAuth()
@Controller('api/v1/imports')
export class ImportController {
  constructor(
    private readonly jobs: ImportJobService,
    private readonly dataSource: DataSource,
  ) {}

  /** Accept-Language when the caller sends one, else the user's own language setting. */
  private async localeFor(actor: Actor, header: string | undefined): Promise<Locale> {
    if (header && header.trim() !== '') return localeOf(header);
    const rows = (await this.dataSource.query(`SELECT locale FROM app_user WHERE id::text = $1`, [actor.userId])) as { locale: Locale }[];
    return rows[0]?.locale ?? 'ru';
  }

  @Post(':kind')
  @HttpCode(202)
  @Allow(...OPERATORS)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: IMPORT_MAX_BYTES, files: 1 }, defParamCharset: 'utf8' } as MulterOptions))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          description:
            `CSV (UTF-8, comma or semicolon) or XLSX (first sheet), header row first, ≤ ${IMPORT_MAX_BYTES} bytes. ` +
            `companies: ${COMPANY_COLUMNS.join(', ')}; projects (one row per roadmap task, rows of a project share externalNumber): ${PROJECT_COLUMNS.join(', ')}`,
        },
      },
    },
  })
  @ApiOperation({ summary: 'Import existing companies or projects (passport, pool, roadmap tasks) from CSV or XLSX: 202 with the import job' })
  async upload(
    @Param('kind') kind: string,
    @UploadedFile() file: UploadedPart | undefined,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<ImportJobView> {
    if (!(IMPORT_KINDS as readonly string[]).includes(kind)) {
      throw new ProblemException('INVALID_INPUT', `kind must be one of ${IMPORT_KINDS.join(', ')}`, { field: 'kind', correlationId: meta.correlationId });
    }
    if (!file) throw new ProblemException('INVALID_INPUT', 'a multipart field `file` is required', { field: 'file', correlationId: meta.correlationId });
    if (file.size > IMPORT_MAX_BYTES) {
      throw new ProblemException('PAYLOAD_TOO_LARGE', `the file is larger than ${IMPORT_MAX_BYTES} bytes`, {
        field: 'file',
        correlationId: meta.correlationId,
      });
    }
    if (file.size === 0) throw new ProblemException('INVALID_INPUT', 'the file is empty', { field: 'file', correlationId: meta.correlationId });
    return this.jobs.start(kind as ImportKind, file.originalname.slice(0, 255) || 'file', file.buffer, actor, meta.correlationId);
  }

  @Get()
  @Allow(...OPERATORS)
  @ApiOperation({ summary: 'Import jobs of the caller’s organisation (all for the administrator), newest first' })
  async list(@Query() q: PageQueryDto, @CurrentActor() actor: Actor, @Headers('accept-language') lang: string | undefined): Promise<Page<ImportJobView>> {
    return this.jobs.list(actor, q.page ?? 1, q.pageSize ?? 50, await this.localeFor(actor, lang));
  }

  @Get(':id')
  @Allow(...OPERATORS)
  @ApiOperation({ summary: 'An import job: status, rows done / total, result and the per-row error report (Accept-Language or the user’s language)' })
  async get(
    @Param('id', uuidParam('id')) id: string,
    @CurrentActor() actor: Actor,
    @Headers('accept-language') lang: string | undefined,
  ): Promise<ImportJobView> {
    return this.jobs.get(id, actor, await this.localeFor(actor, lang));
  }
}
