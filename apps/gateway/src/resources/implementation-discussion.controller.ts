import { createHash } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { MulterOptions } from '@nestjs/platform-express/multer/interfaces/multer-options.interface';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { COMMANDS, type Actor } from '@ndip/domain';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  AddCommentDto,
  ListDiscussionQueryDto,
  RefuseRoadmapChangeDto,
  RequestRoadmapChangeDto,
  UploadAttachmentFormDto,
  attachmentTypeProblem,
  type RoadmapChangeAction,
} from '@ndip/platform';
import type { Response } from 'express';
import type { Repository } from 'typeorm';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { BusClient } from '../bus/bus.client';
import { ProblemException } from '../http/problem';
import { Meta, type RequestMeta } from '../http/request-meta';
import { uuidParam } from '../http/uuid.pipe';
import { OrganizationEntity } from '../identity/organization.entity';
import { investorScope } from './implementation-scope';

/** §9.2 "Attach files / comment (within competence)" (000 §58; 001 §66) and the operator. */
const COMMENTERS = ['INV', 'NC', 'NCR', 'TF', 'MIO', 'RO', 'CSB', 'NCH', 'NH', 'AB', 'ADMIN'] as const;

/** What multer hands over (memory storage). */
interface UploadedPart {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

interface AttachmentContent {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  contentBase64: string;
}

/** Comments and attachments on a project, a roadmap stage or a task; roadmap change requests. */
@ApiTags('implementation')
@ApiBearerAuth()
@Controller('api/v1/projects')
export class ImplementationDiscussionController {
  constructor(
    private readonly bus: BusClient,
    @InjectRepository(OrganizationEntity) private readonly orgs: Repository<OrganizationEntity>,
  ) {}

  @Get(':id/comments')
  @Allow('*')
  @ApiOperation({ summary: 'Comments on the project (filter by roadmap stage or task), oldest first' })
  async comments(
    @Param('id', uuidParam('id')) id: string,
    @Query() q: ListDiscussionQueryDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.bus.call(
      COMMANDS.implementation.listDiscussion,
      actor,
      { ...q, projectId: id, kind: 'COMMENT', ...(await investorScope(this.orgs, actor)) },
      meta,
    );
  }

  @Post(':id/comments')
  @Allow(...COMMENTERS)
  @ApiOperation({ summary: 'Comment on the project, one roadmap stage (`stage`) or one task (`taskId`)' })
  async comment(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: AddCommentDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.addComment, actor, { ...dto, projectId: id, ...(await investorScope(this.orgs, actor)) }, meta);
  }

  @Get(':id/attachments')
  @Allow('*')
  @ApiOperation({ summary: 'Attachments of the project (filter by roadmap stage or task): name, type, size, SHA-256' })
  async attachments(
    @Param('id', uuidParam('id')) id: string,
    @Query() q: ListDiscussionQueryDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.bus.call(
      COMMANDS.implementation.listDiscussion,
      actor,
      { ...q, projectId: id, kind: 'ATTACHMENT', ...(await investorScope(this.orgs, actor)) },
      meta,
    );
  }

  @Post(':id/attachments')
  @Allow(...COMMENTERS)
  // defParamCharset: file names without an explicit charset are read as UTF-8 (busboy's default is latin1).
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1 }, defParamCharset: 'utf8' } as MulterOptions))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: `≤ ${ATTACHMENT_MAX_BYTES} bytes; ${Object.keys(ATTACHMENT_TYPES).join(', ')}` },
        stage: { type: 'string', enum: ['PRE_INVESTMENT', 'INVESTMENT', 'POST_INVESTMENT'] },
        taskId: { type: 'string', format: 'uuid' },
        note: { type: 'string', maxLength: 2000 },
      },
    },
  })
  @ApiOperation({
    summary: 'Attach a file (multipart field `file`) to the project, a stage or a task: 413 over the size limit, 415 for a type not accepted; SHA-256 stored',
  })
  async upload(
    @Param('id', uuidParam('id')) id: string,
    @UploadedFile() file: UploadedPart | undefined,
    @Body() dto: UploadAttachmentFormDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    if (!file) throw new ProblemException('INVALID_INPUT', 'a multipart field `file` is required', { field: 'file', correlationId: meta.correlationId });
    if (file.size > ATTACHMENT_MAX_BYTES) {
      throw new ProblemException('PAYLOAD_TOO_LARGE', `the file is larger than ${ATTACHMENT_MAX_BYTES} bytes`, {
        field: 'file',
        correlationId: meta.correlationId,
      });
    }
    const problem = attachmentTypeProblem(file.mimetype, file.buffer);
    if (problem) throw new ProblemException('UNSUPPORTED_MEDIA_TYPE', problem, { field: 'file', correlationId: meta.correlationId });
    const data = {
      ...dto,
      projectId: id,
      fileName: file.originalname.slice(0, 255) || 'file',
      contentType: file.mimetype,
      contentBase64: file.buffer.toString('base64'),
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      ...(await investorScope(this.orgs, actor)),
    };
    return this.bus.call(COMMANDS.implementation.uploadAttachment, actor, data, meta);
  }

  @Post(':id/roadmap/change-request')
  @HttpCode(200)
  @Allow('INV', 'MIO')
  @ApiOperation({
    summary:
      "R7 / R9': the investor or the responsible akimat asks to change the approved roadmap (E001: the akimat jointly with the investor, `investorConsent`); AB decides",
  })
  async requestChange(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: RequestRoadmapChangeDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.change(id, 'REQUEST_CHANGE', { ...dto, ...(await investorScope(this.orgs, actor)) }, actor, meta);
  }

  @Post(':id/roadmap/change-request/approve')
  @HttpCode(200)
  @Allow('AB')
  @ApiOperation({ summary: "R7 / R9': AB approves the requested change (E001: the verification of the correction); the approved version goes up" })
  approveChange(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.change(id, 'APPROVE_CHANGE', {}, actor, meta);
  }

  @Post(':id/roadmap/change-request/refuse')
  @HttpCode(200)
  @Allow('AB')
  @ApiOperation({ summary: "R7 / R9': AB refuses the requested change (optional reason); the roadmap stays approved" })
  refuseChange(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: RefuseRoadmapChangeDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.change(id, 'REFUSE_CHANGE', dto, actor, meta);
  }

  private change(id: string, action: RoadmapChangeAction, dto: object, actor: Actor, meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.roadmapChange, actor, { ...dto, projectId: id, action }, meta);
  }
}

/** Downloading an attachment (scope checked by the service against the project) and running the deadline job. */
@ApiTags('implementation')
@ApiBearerAuth()
@Controller('api/v1')
export class ImplementationAttachmentsController {
  constructor(
    private readonly bus: BusClient,
    @InjectRepository(OrganizationEntity) private readonly orgs: Repository<OrganizationEntity>,
  ) {}

  @Get('attachments/:id')
  @Allow('*')
  @ApiOperation({ summary: 'Download an attachment; `Digest: sha-256=…` and `X-Checksum-SHA256` carry the stored checksum' })
  async download(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta, @Res() res: Response): Promise<void> {
    const a = await this.bus.call<AttachmentContent>(
      COMMANDS.implementation.downloadAttachment,
      actor,
      { attachmentId: id, ...(await investorScope(this.orgs, actor)) },
      meta,
    );
    const bytes = Buffer.from(a.contentBase64, 'base64');
    res.setHeader('Content-Type', a.contentType);
    res.setHeader('Content-Length', String(bytes.length));
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(a.fileName)}`);
    res.setHeader('X-Checksum-SHA256', a.sha256);
    res.setHeader('Digest', `sha-256=${Buffer.from(a.sha256, 'hex').toString('base64')}`);
    res.status(200).end(bytes);
  }

  @Post('deadlines/scan')
  @HttpCode(200)
  @Allow('NC', 'ADMIN')
  @ApiOperation({
    summary:
      'Run the Module 2 deadline job now (E001 passport fill, roadmap formation / approval / rework, task validation, state-service provider terms); each miss is published once',
  })
  scan(@CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(COMMANDS.implementation.runDeadlineScan, actor, {}, meta);
  }
}
