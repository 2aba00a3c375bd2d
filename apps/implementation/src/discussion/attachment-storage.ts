import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export const ATTACHMENT_STORAGE = Symbol('ATTACHMENT_STORAGE');

/**
 * Where attachment bytes live. The database keeps the metadata (name, type, size, SHA-256) and the
 * `key`; the bytes go through this interface only. Implementations:
 *  - `LocalDiskStorage` (default): a folder, `NDIP_ATTACHMENT_DIR`;
 *  - `S3Storage` (`s3-attachment-storage.ts`, `NDIP_ATTACHMENT_STORAGE=s3`): an S3-compatible bucket, `put` =
 *    PutObject (with `x-amz-checksum-sha256`), `get` = GetObject, `delete` = DeleteObject; chosen by
 *    `attachmentStorageFor(env)` where `ATTACHMENT_STORAGE` is provided (`app.module.ts`).
 * Keys are `<projectId>/<attachmentId>` (UUIDs): never taken from user input. A store that cannot be reached
 * throws `AttachmentStorageUnavailableError` (the command answers UNAVAILABLE, the gateway 503).
 */
export interface AttachmentStorage {
  readonly kind: string;
  /** Stores the bytes under the key (atomically: a reader never sees a partial file). */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes under the key; throws when absent. */
  get(key: string): Promise<Buffer>;
  /** Removes the key; no error when absent. */
  delete(key: string): Promise<void>;
}

const KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

/** Refuses anything but `<uuid>/<uuid>` (no path traversal, no other prefix in a bucket). */
export function checkStorageKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`invalid storage key ${key}`);
  return key;
}

/** The store did not answer (network, timeout, 5xx): retrying later may succeed. The message names no secret. */
export class AttachmentStorageUnavailableError extends Error {
  readonly unavailable = true;
  constructor(operation: string, cause: unknown) {
    super(`the attachment storage cannot be reached (${operation}); retry later`, { cause });
    this.name = 'AttachmentStorageUnavailableError';
  }
}

/**
 * The bytes read back do not match the SHA-256 recorded at upload (the stored file was altered or damaged).
 * A server-side integrity failure, not bad input: the command answers ATTACHMENT_INTEGRITY (the gateway 500
 * with the problem type `attachment-integrity`), never the bytes. The message names the attachment only.
 */
export class AttachmentIntegrityError extends Error {
  readonly attachmentIntegrity = true;
  constructor(attachmentId: string) {
    super(`attachment ${attachmentId}: the stored file does not match the SHA-256 recorded at upload; it is not served (the operators are alerted)`);
    this.name = 'AttachmentIntegrityError';
  }
}

export class LocalDiskStorage implements AttachmentStorage {
  readonly kind = 'local-disk';
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private path(key: string): string {
    return join(this.root, checkStorageKey(key));
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.path(key);
    await mkdir(dirname(target), { recursive: true });
    const tmp = `${target}.part`;
    await writeFile(tmp, bytes, { flag: 'wx' });
    await rename(tmp, target);
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.path(key));
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
    await rm(`${this.path(key)}.part`, { force: true });
  }
}
