import { EVENT_TYPES, type EventEnvelope } from '@ndip/domain';
import { AttachmentAddedContract, appendAudit, type EventHandler } from '@ndip/platform';
import type { EntityManager } from 'typeorm';

/** A Module 2 document as the archive lists it: a reference (never the bytes) and where to download it. */
export interface Module2DocumentRef {
  attachmentId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  target: { kind: string; id: string };
  uploadedBy: string;
  uploadedAt: string;
  /** The gateway route that streams the file (the caller's §9.3 scope is checked there). */
  download: string;
}

interface RegisterRow {
  attachment_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  target_kind: string;
  target_id: string;
  uploaded_by: string;
  uploaded_at: Date;
}

export function attachmentDownloadPath(attachmentId: string): string {
  return `/api/v1/attachments/${attachmentId}`;
}

/** The register of one project, oldest first (what the archive manifest lists as `module2Documents`). */
export async function module2Documents(m: EntityManager, projectId: string): Promise<Module2DocumentRef[]> {
  const rows = (await m.query(
    `SELECT attachment_id, file_name, content_type, size_bytes, sha256, target_kind, target_id, uploaded_by, uploaded_at
       FROM m3_document_register WHERE project_id = $1 ORDER BY uploaded_at, attachment_id`,
    [projectId],
  )) as RegisterRow[];
  return rows.map((r) => ({
    attachmentId: r.attachment_id,
    fileName: r.file_name,
    contentType: r.content_type,
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
    target: { kind: r.target_kind, id: r.target_id },
    uploadedBy: r.uploaded_by,
    uploadedAt: new Date(r.uploaded_at).toISOString(),
    download: attachmentDownloadPath(r.attachment_id),
  }));
}

/**
 * `implementation.attachment.added` → one row of the project's document register (000 §64: the archive holds
 * all project documents, by reference). Idempotent twice over: the EventProcessor's inbox drops a redelivered
 * envelope, and a copy under a new envelope id finds the attachment already registered (primary key, no-op).
 *
 * Read-only after archiving (rules.md P7 "ARCHIVED (read-only, kept for analytics)"): the monitoring row is
 * locked FOR SHARE, so the handler waits for an archiving transaction in flight (and the archive waits for a
 * registration in flight, which it then lists). A document arriving for an archived project is not added to the
 * register and does not change the archive; the attempt is recorded in the audit log
 * (`document-register.refused-archived`) so the late file is traceable, and the message is consumed, not
 * dead-lettered (it is valid, only too late). The table's trigger refuses such an insert as a second line.
 */
export function documentRegisterHandler(): EventHandler {
  const handler: EventHandler<AttachmentAddedContract> = {
    type: EVENT_TYPES.attachmentAdded,
    payloadClass: AttachmentAddedContract,
    handle: (m, e) => register(m, e),
  };
  return handler as unknown as EventHandler;
}

async function register(m: EntityManager, e: EventEnvelope<AttachmentAddedContract>): Promise<void> {
  const p = e.payload;
  const period = (await m.query(`SELECT id, archived_on FROM monitoring_period WHERE project_id = $1 FOR SHARE`, [p.projectId])) as {
    id: string;
    archived_on: string | null;
  }[];
  const archived = period.find((x) => x.archived_on !== null);
  if (archived) {
    await appendAudit(m, {
      actor: e.actor,
      action: 'document-register.refused-archived',
      entityType: 'monitoring',
      entityId: archived.id,
      oldValue: null,
      newValue: { eventId: e.id, attachmentId: p.attachmentId, projectId: p.projectId, fileName: p.fileName, sha256: p.sha256, reason: 'project archived' },
      ruleEdition: e.ruleEdition,
      correlationId: e.correlationId,
    });
    return;
  }
  const inserted = (await m.query(
    `INSERT INTO m3_document_register
       (attachment_id, project_id, target_kind, target_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at, event_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (attachment_id) DO NOTHING RETURNING attachment_id`,
    [p.attachmentId, p.projectId, p.targetKind, p.targetId, p.fileName, p.contentType, p.sizeBytes, p.sha256, p.uploadedBy, p.uploadedAt, e.id],
  )) as unknown[];
  if (inserted.length === 0) return;
  await appendAudit(m, {
    actor: e.actor,
    action: 'document-register.add',
    entityType: 'm2-document',
    entityId: p.attachmentId,
    oldValue: null,
    newValue: { projectId: p.projectId, target: { kind: p.targetKind, id: p.targetId }, fileName: p.fileName, sizeBytes: p.sizeBytes, sha256: p.sha256 },
    ruleEdition: e.ruleEdition,
    correlationId: e.correlationId,
  });
}
