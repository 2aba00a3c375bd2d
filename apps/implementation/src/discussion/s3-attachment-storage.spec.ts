import { randomUUID } from 'node:crypto';
import { S3ServiceException } from '@aws-sdk/client-s3';
import { ConfigValidationError, validateEnv } from '@ndip/platform';
import { ImplementationEnv } from '../implementation.env';
import { AttachmentStorageUnavailableError, LocalDiskStorage } from './attachment-storage';
import { attachmentStorageFor, isStorageUnavailable, S3Storage } from './s3-attachment-storage';

const base = { DATABASE_URL: 'postgres://u:p@localhost/db', HTTP_PORT: '3000', NDIP_LOG_LEVEL: 'error' };
const s3Env = {
  ...base,
  NDIP_ATTACHMENT_STORAGE: 's3',
  NDIP_S3_ENDPOINT: 'http://127.0.0.1:9',
  NDIP_S3_BUCKET: 'ndip',
  NDIP_S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
  NDIP_S3_ACCESS_KEY_SECRET: 'very-secret-value',
  NDIP_S3_FORCE_PATH_STYLE: 'true',
};
const serviceError = (name: string, status: number) =>
  new S3ServiceException({ name, $fault: status >= 500 ? 'server' : 'client', $metadata: { httpStatusCode: status } });

describe('isStorageUnavailable', () => {
  it('counts sockets that do not connect, timeouts and 5xx answers as unavailable', () => {
    for (const e of [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('getaddrinfo ENOTFOUND s3.invalid'), { code: 'ENOTFOUND' }),
      Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      Object.assign(new Error('Connection timed out after 5000 ms'), { name: 'TimeoutError' }),
      serviceError('ServiceUnavailable', 503),
      serviceError('InternalError', 500),
    ])
      expect([e.message, isStorageUnavailable(e)]).toEqual([e.message, true]);
  });

  it('does not hide refusals (missing object, access denied, bad request) or non-errors behind "unavailable"', () => {
    for (const e of [serviceError('NoSuchKey', 404), serviceError('AccessDenied', 403), serviceError('InvalidRequest', 400), new Error('boom'), 'ECONNREFUSED'])
      expect(isStorageUnavailable(e)).toBe(false);
  });
});

describe('S3Storage', () => {
  it('refuses a key that is not <uuid>/<uuid> before any request', async () => {
    const s = new S3Storage({ endpoint: 'http://127.0.0.1:9', region: 'us-east-1', bucket: 'ndip', forcePathStyle: true, maxAttempts: 1 });
    for (const key of ['../etc/passwd', `${randomUUID()}/../x`, 'a/b', '']) {
      await expect(s.put(key, Buffer.from('x'))).rejects.toThrow(/invalid storage key/);
      await expect(s.get(key)).rejects.toThrow(/invalid storage key/);
      await expect(s.delete(key)).rejects.toThrow(/invalid storage key/);
    }
    s.destroy();
  });

  it('reports a store that does not answer as AttachmentStorageUnavailableError (marked unavailable, no credentials in the message)', async () => {
    // Port 9 (discard) on the loopback: nothing listens in the test environment, the connection is refused.
    const s = new S3Storage({
      endpoint: 'http://127.0.0.1:9',
      region: 'us-east-1',
      bucket: 'ndip',
      accessKeyId: 'AKIAEXAMPLE',
      secretAccessKey: 'very-secret-value',
      forcePathStyle: true,
      maxAttempts: 1,
    });
    const key = `${randomUUID()}/${randomUUID()}`;
    const e = await s.get(key).then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(AttachmentStorageUnavailableError);
    expect((e as AttachmentStorageUnavailableError).unavailable).toBe(true);
    expect((e as Error).message).toBe('the attachment storage cannot be reached (get); retry later');
    expect((e as Error).message).not.toContain('very-secret-value');
    s.destroy();
  });
});

describe('attachment storage configuration', () => {
  it('is the local folder by default', () => {
    const env = validateEnv(ImplementationEnv, base);
    expect(env.NDIP_ATTACHMENT_STORAGE).toBe('local');
    expect(attachmentStorageFor(env)).toBeInstanceOf(LocalDiskStorage);
  });

  it('is S3 when NDIP_ATTACHMENT_STORAGE=s3, path-style parsed as a boolean', () => {
    const env = validateEnv(ImplementationEnv, s3Env);
    expect(env.NDIP_S3_FORCE_PATH_STYLE).toBe(true);
    const s = attachmentStorageFor(env);
    expect(s).toBeInstanceOf(S3Storage);
    expect(s.kind).toBe('s3');
    (s as S3Storage).destroy();
  });

  it.each([
    [{ NDIP_ATTACHMENT_STORAGE: 'ftp' }, 'NDIP_ATTACHMENT_STORAGE'],
    [{ NDIP_S3_BUCKET: undefined }, 'NDIP_S3_BUCKET'],
    [{ NDIP_S3_BUCKET: 'Not_A_Bucket' }, 'NDIP_S3_BUCKET'],
    [{ NDIP_S3_ENDPOINT: 'ftp://store' }, 'NDIP_S3_ENDPOINT'],
    [{ NDIP_S3_ACCESS_KEY_SECRET: undefined }, 'NDIP_S3_ACCESS_KEY_SECRET'],
    [{ NDIP_S3_FORCE_PATH_STYLE: 'maybe' }, 'NDIP_S3_FORCE_PATH_STYLE'],
    [{ NDIP_S3_MAX_ATTEMPTS: '0' }, 'NDIP_S3_MAX_ATTEMPTS'],
  ])('refuses %p naming %s, without echoing the secret', (patch, field) => {
    let err: unknown = null;
    try {
      validateEnv(ImplementationEnv, { ...s3Env, ...patch });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigValidationError);
    expect((err as Error).message).toContain(`${field}:`);
    expect((err as Error).message).not.toContain('very-secret-value');
  });

  it('needs no bucket or credentials while the storage is local', () => {
    expect(() => validateEnv(ImplementationEnv, { ...base, NDIP_S3_BUCKET: 'Not_A_Bucket' })).not.toThrow();
  });
});
