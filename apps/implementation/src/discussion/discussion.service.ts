import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DomainError,
  DomainErrorCode,
  EVENT_TYPES,
  can,
  type Actor,
  type AttachmentAddedPayload,
  type CommentAddedPayload,
  type DiscussionTargetKind,
  type RuleEdition,
} from '@ndip/domain';
import {
  ATTACHMENT_MAX_BYTES,
  CLOCK,
  RULE_EDITION,
  attachmentTypeProblem,
  uuidv7,
  type AddCommentCommand,
  type Clock,
  type CommandMessage,
  type DownloadAttachmentCommand,
  type ListDiscussionCommand,
  type Page,
  type UploadAttachmentCommand,
} from '@ndip/platform';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { ImplementationOutbox, domainEvent } from '../common/implementation-outbox';
import type { ProjectEntity } from '../project/project.entity';
import { ProjectRepository, projectVisibleTo, scopedActor } from '../project/project.repository';
import { TaskEntity } from '../task/task.entity';
import { ATTACHMENT_STORAGE, AttachmentIntegrityError, type AttachmentStorage } from './attachment-storage';
import { ProjectAttachmentEntity, ProjectCommentEntity } from './discussion.entity';

/** Metadata events (catalogue; Module 3 keeps its document register from `attachmentAdded`). Never file content or comment text. */
export const DISCUSSION_EVENTS = {
  commentAdded: EVENT_TYPES.commentAdded,
  attachmentAdded: EVENT_TYPES.attachmentAdded,
} as const;

export interface Target {
  stage: string | null;
  taskId: string | null;
}
export interface CommentView extends Target {
  id: string;
  projectId: string;
  text: string;
  author: { userId: string; organizationId: string; role: string };
  createdAt: string;
}
export interface AttachmentView extends Target {
  id: string;
  projectId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  note: string | null;
  storage: string;
  author: { userId: string; organizationId: string; role: string };
  createdAt: string;
}
export interface AttachmentContent extends AttachmentView {
  contentBase64: string;
}

function fail(code: DomainErrorCode, message: string, field?: string): never {
  throw new DomainError(code, message, field ? { field } : {});
}

/**
 * Comments and attachments on a project, a roadmap stage or a task ("Attach files / comment (within
 * competence)", §9.2; 000 §58; 001 §66): who may write follows that row, who may read follows the project's
 * §9.3 scope. Files: at most ATTACHMENT_MAX_BYTES, of an accepted type whose content matches, SHA-256 recomputed
 * and stored; bytes in the AttachmentStorage, metadata + event + audit in one transaction (the bytes are removed
 * again when the transaction fails, so a refused upload leaves nothing behind).
 */
@Injectable()
export class DiscussionService {
  private readonly log = new Logger('DiscussionService');

  constructor(
    private readonly dataSource: DataSource,
    private readonly projects: ProjectRepository,
    private readonly out: ImplementationOutbox,
    @InjectRepository(ProjectCommentEntity) private readonly comments: Repository<ProjectCommentEntity>,
    @InjectRepository(ProjectAttachmentEntity) private readonly attachments: Repository<ProjectAttachmentEntity>,
    @Inject(ATTACHMENT_STORAGE) private readonly storage: AttachmentStorage,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  async addComment(c: AddCommentCommand, cmd: CommandMessage): Promise<CommentView> {
    this.requireWriter(cmd.actor);
    return this.dataSource.transaction(async (m) => {
      const target = await this.target(m, c.projectId, c, scopedActor(cmd.actor, c.investorBin));
      const e = new ProjectCommentEntity();
      Object.assign(e, {
        id: uuidv7(this.clock.now().getTime()),
        projectId: c.projectId,
        ...target,
        text: c.text,
        authorUserId: cmd.actor.userId,
        authorOrganizationId: cmd.actor.organizationId,
        authorRole: cmd.actor.role,
      } satisfies Partial<ProjectCommentEntity>);
      await m.getRepository(ProjectCommentEntity).insert(e);
      const saved = await m.getRepository(ProjectCommentEntity).findOneOrFail({ where: { id: e.id } });
      await this.out.emit(
        m,
        [
          domainEvent<CommentAddedPayload>('project', c.projectId, DISCUSSION_EVENTS.commentAdded, {
            commentId: e.id,
            projectId: c.projectId,
            ...targetRef(c.projectId, target),
            authorUserId: cmd.actor.userId,
            createdAt: saved.createdAt.toISOString(),
          }),
        ],
        cmd.actor,
        cmd.correlationId,
      );
      await this.out.audit(m, cmd.actor, 'project.comment', 'project-comment', e.id, null, { ...target, text: c.text }, cmd.correlationId);
      return commentView(saved);
    });
  }

  async upload(c: UploadAttachmentCommand, cmd: CommandMessage): Promise<AttachmentView> {
    this.requireWriter(cmd.actor);
    const bytes = Buffer.from(c.contentBase64, 'base64');
    if (bytes.length === 0) fail(DomainErrorCode.INVALID_INPUT, 'the file is empty', 'file');
    if (bytes.length > ATTACHMENT_MAX_BYTES) fail(DomainErrorCode.INVALID_INPUT, `the file is larger than ${ATTACHMENT_MAX_BYTES} bytes`, 'file');
    const typeProblem = attachmentTypeProblem(c.contentType, bytes);
    if (typeProblem) fail(DomainErrorCode.INVALID_INPUT, typeProblem, 'file');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== c.sha256) fail(DomainErrorCode.INVALID_INPUT, 'the SHA-256 of the received bytes differs from the one sent', 'sha256');
    const id = uuidv7(this.clock.now().getTime());
    const key = `${c.projectId}/${id}`;
    let stored = false;
    try {
      return await this.dataSource.transaction(async (m) => {
        const target = await this.target(m, c.projectId, c, scopedActor(cmd.actor, c.investorBin));
        const e = new ProjectAttachmentEntity();
        Object.assign(e, {
          id,
          projectId: c.projectId,
          ...target,
          fileName: c.fileName,
          contentType: c.contentType.split(';')[0]!.trim().toLowerCase(),
          sizeBytes: bytes.length,
          sha256,
          storageKey: key,
          note: c.note ?? null,
          authorUserId: cmd.actor.userId,
          authorOrganizationId: cmd.actor.organizationId,
          authorRole: cmd.actor.role,
        } satisfies Partial<ProjectAttachmentEntity>);
        await m.getRepository(ProjectAttachmentEntity).insert(e);
        const saved = await m.getRepository(ProjectAttachmentEntity).findOneOrFail({ where: { id } });
        const meta = { fileName: e.fileName, contentType: e.contentType, sizeBytes: e.sizeBytes, sha256 };
        await this.out.emit(
          m,
          [
            domainEvent<AttachmentAddedPayload>('project', c.projectId, DISCUSSION_EVENTS.attachmentAdded, {
              attachmentId: id,
              projectId: c.projectId,
              ...targetRef(c.projectId, target),
              ...meta,
              uploadedBy: cmd.actor.userId,
              uploadedAt: saved.createdAt.toISOString(),
            }),
          ],
          cmd.actor,
          cmd.correlationId,
        );
        await this.out.audit(m, cmd.actor, 'project.attach', 'project-attachment', id, null, { ...target, ...meta }, cmd.correlationId);
        stored = true;
        await this.storage.put(key, bytes);
        return this.attachmentView(saved);
      });
    } catch (e) {
      if (stored) await this.storage.delete(key);
      throw e;
    }
  }

  async list(c: ListDiscussionCommand, actor: Actor): Promise<Page<CommentView | AttachmentView>> {
    const p = await this.projects.findById(c.projectId);
    if (!p || !projectVisibleTo(scopedActor(actor, c.investorBin), p)) fail(DomainErrorCode.NOT_FOUND, `project ${c.projectId} not found`, 'projectId');
    const page = c.page ?? 1;
    const pageSize = c.pageSize ?? 50;
    const where = { projectId: c.projectId, ...(c.taskId ? { taskId: c.taskId } : {}), ...(c.stage ? { stage: c.stage } : {}) };
    const order = { createdAt: 'ASC' as const, id: 'ASC' as const };
    if (c.kind === 'COMMENT') {
      const [rows, total] = await this.comments.findAndCount({ where, order, skip: (page - 1) * pageSize, take: pageSize });
      return { items: rows.map(commentView), total, page, pageSize };
    }
    const [rows, total] = await this.attachments.findAndCount({ where, order, skip: (page - 1) * pageSize, take: pageSize });
    return { items: rows.map((r) => this.attachmentView(r)), total, page, pageSize };
  }

  /**
   * The file with its bytes, after the project scope check; the bytes are checked against the stored SHA-256.
   * A mismatch (the stored file was altered or damaged) is logged as an error, recorded in the audit trail
   * (`project.attachment.integrity-failure`, expected and found checksums) and answered ATTACHMENT_INTEGRITY.
   */
  async download(c: DownloadAttachmentCommand, cmd: CommandMessage): Promise<AttachmentContent> {
    const actor = cmd.actor;
    const a = await this.attachments.findOne({ where: { id: c.attachmentId } });
    const p = a ? await this.projects.findById(a.projectId) : null;
    if (!a || !p || !projectVisibleTo(scopedActor(actor, c.investorBin), p))
      fail(DomainErrorCode.NOT_FOUND, `attachment ${c.attachmentId} not found`, 'attachmentId');
    const bytes = await this.storage.get(a.storageKey);
    const found = createHash('sha256').update(bytes).digest('hex');
    if (found !== a.sha256) {
      this.log.error(
        `attachment ${a.id} (project ${a.projectId}, key ${a.storageKey}): stored file fails its checksum: expected ${a.sha256}, found ${found} (${bytes.length} bytes); correlation ${cmd.correlationId}`,
      );
      await this.dataSource.transaction((m) =>
        this.out.audit(
          m,
          actor,
          'project.attachment.integrity-failure',
          'project-attachment',
          a.id,
          { sha256: a.sha256, sizeBytes: a.sizeBytes },
          { sha256: found, sizeBytes: bytes.length, storage: this.storage.kind },
          cmd.correlationId,
        ),
      );
      throw new AttachmentIntegrityError(a.id);
    }
    return { ...this.attachmentView(a), contentBase64: bytes.toString('base64') };
  }

  private requireWriter(actor: Actor): void {
    if (!can(actor.role, 'task.comment', this.edition.code, 'perform')) fail(DomainErrorCode.WRONG_ROLE, `${actor.role} may not comment or attach files`);
  }

  /** The project (visible to the caller, §9.3) and the stage or task the entry belongs to. */
  private async target(m: EntityManager, projectId: string, c: { stage?: string; taskId?: string }, actor: ReturnType<typeof scopedActor>): Promise<Target> {
    const p: ProjectEntity | null = await this.projects.findForUpdate(m, projectId);
    if (!p || !projectVisibleTo(actor, p)) fail(DomainErrorCode.NOT_FOUND, `project ${projectId} not found`, 'projectId');
    if (c.stage && c.taskId) fail(DomainErrorCode.INVALID_INPUT, 'give either a stage or a task, not both', 'stage');
    if (c.taskId) {
      const t = await m.getRepository(TaskEntity).findOne({ where: { id: c.taskId, projectId } });
      if (!t) fail(DomainErrorCode.NOT_FOUND, `task ${c.taskId} is not a task of project ${projectId}`, 'taskId');
    }
    return { stage: c.stage ?? null, taskId: c.taskId ?? null };
  }

  private attachmentView(a: ProjectAttachmentEntity): AttachmentView {
    return {
      id: a.id,
      projectId: a.projectId,
      stage: a.stage,
      taskId: a.taskId,
      fileName: a.fileName,
      contentType: a.contentType,
      sizeBytes: a.sizeBytes,
      sha256: a.sha256,
      note: a.note,
      storage: this.storage.kind,
      author: { userId: a.authorUserId, organizationId: a.authorOrganizationId, role: a.authorRole },
      createdAt: a.createdAt.toISOString(),
    };
  }
}

/** The event's target: a task, else a roadmap stage, else the project itself. */
function targetRef(projectId: string, t: Target): { targetKind: DiscussionTargetKind; targetId: string } {
  if (t.taskId) return { targetKind: 'TASK', targetId: t.taskId };
  if (t.stage) return { targetKind: 'STAGE', targetId: t.stage };
  return { targetKind: 'PROJECT', targetId: projectId };
}

function commentView(c: ProjectCommentEntity): CommentView {
  return {
    id: c.id,
    projectId: c.projectId,
    stage: c.stage,
    taskId: c.taskId,
    text: c.text,
    author: { userId: c.authorUserId, organizationId: c.authorOrganizationId, role: c.authorRole },
    createdAt: c.createdAt.toISOString(),
  };
}
