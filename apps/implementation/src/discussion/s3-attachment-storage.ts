import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import type { ImplementationEnv } from '../implementation.env';
import { type AttachmentStorage, AttachmentStorageUnavailableError, checkStorageKey, LocalDiskStorage } from './attachment-storage';

export interface S3StorageOptions {
  /** Empty or undefined: AWS S3 of the region. */
  endpoint?: string;
  region: string;
  bucket: string;
  /** Without an access key id the SDK's default credential chain is used. */
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  maxAttempts: number;
}

/** Node socket errors and SDK timeouts that mean "the store did not answer". */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
const NETWORK_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'ServiceUnavailable', 'SlowDown', 'InternalError']);

/** True when the failure is the store being unreachable or overloaded (not a refusal such as 403 or 404). */
export function isStorageUnavailable(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  if (typeof status === 'number') return status >= 500;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
  if (NETWORK_NAMES.has(e.name)) return true;
  // The SDK may wrap a socket error without an HTTP response: no status means no answer.
  return (e as { $metadata?: unknown }).$metadata !== undefined || /ECONNREFUSED|ECONNRESET|socket hang up|ETIMEDOUT/.test(e.message);
}

/**
 * Attachment bytes in one bucket of an S3-compatible store, one object per key (`<projectId>/<attachmentId>`).
 * PutObject carries the SHA-256 (`x-amz-checksum-sha256`), so a store that checks it refuses corrupted uploads;
 * on read the service recomputes the SHA-256 against the database, exactly as with the local folder.
 */
export class S3Storage implements AttachmentStorage {
  readonly kind = 's3';
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(opts: S3StorageOptions) {
    this.bucket = opts.bucket;
    const config: S3ClientConfig = {
      region: opts.region,
      forcePathStyle: opts.forcePathStyle,
      maxAttempts: opts.maxAttempts,
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
      ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
      ...(opts.accessKeyId ? { credentials: { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey ?? '' } } : {}),
    };
    this.client = new S3Client(config);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    // S3 writes an object whole or not at all: a reader never sees a partial one.
    await this.call('put', () =>
      this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: checkStorageKey(key),
          Body: bytes,
          ContentLength: bytes.length,
          ContentType: 'application/octet-stream',
          ChecksumSHA256: createHash('sha256').update(bytes).digest('base64'),
        }),
      ),
    );
  }

  async get(key: string): Promise<Buffer> {
    return this.call('get', async () => {
      const r = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: checkStorageKey(key) }));
      if (!r.Body) throw new Error(`attachment object ${key} has no body`);
      return Buffer.from(await r.Body.transformToByteArray());
    });
  }

  async delete(key: string): Promise<void> {
    // DeleteObject answers 204 whether or not the object exists.
    await this.call('delete', () => this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: checkStorageKey(key) })));
  }

  /** Closes the client's sockets. */
  destroy(): void {
    this.client.destroy();
  }

  private async call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (isStorageUnavailable(e)) throw new AttachmentStorageUnavailableError(operation, e);
      throw e;
    }
  }
}

/** The storage the configuration selects (`NDIP_ATTACHMENT_STORAGE`); logs which one, never the credentials. */
export function attachmentStorageFor(env: ImplementationEnv): AttachmentStorage {
  const log = new Logger('AttachmentStorage');
  if (env.NDIP_ATTACHMENT_STORAGE === 's3') {
    log.log(
      `attachments in S3 bucket ${env.NDIP_S3_BUCKET} at ${env.NDIP_S3_ENDPOINT || `AWS ${env.NDIP_S3_REGION}`}` +
        ` (${env.NDIP_S3_ACCESS_KEY_ID ? 'static credentials' : 'default credential chain'})`,
    );
    return new S3Storage({
      endpoint: env.NDIP_S3_ENDPOINT,
      region: env.NDIP_S3_REGION,
      bucket: env.NDIP_S3_BUCKET,
      accessKeyId: env.NDIP_S3_ACCESS_KEY_ID,
      secretAccessKey: env.NDIP_S3_ACCESS_KEY_SECRET,
      forcePathStyle: env.NDIP_S3_FORCE_PATH_STYLE,
      maxAttempts: env.NDIP_S3_MAX_ATTEMPTS,
    });
  }
  log.log(`attachments in the folder ${env.NDIP_ATTACHMENT_DIR}`);
  return new LocalDiskStorage(env.NDIP_ATTACHMENT_DIR);
}
