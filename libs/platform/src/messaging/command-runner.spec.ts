import { DomainError, DomainErrorCode } from '@ndip/domain';
import { IsString } from 'class-validator';
import { QueryFailedError } from 'typeorm';
import { runCommand } from './command-runner';

class Data {
  @IsString() name!: string;
}

const actor = { userId: 'u', organizationId: 'o', role: 'FI' as const };
const msg = (data: unknown): unknown => ({ actor, correlationId: 'c-1', data });

describe('runCommand', () => {
  it('returns the value of the service', async () => {
    const fn = jest.fn(async (d: Data) => `hello ${d.name}`);
    expect(await runCommand(msg({ name: 'x' }), Data, fn)).toEqual({ ok: true, data: 'hello x' });
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it.each([
    [null, 'actor'],
    [{ correlationId: 'c', data: {} }, 'actor'],
    [{ actor: { ...actor, role: 'KING' }, correlationId: 'c', data: {} }, 'actor'],
    [{ actor, data: {} }, 'actor'],
  ])('refuses a command without a valid actor (%p) and never calls the service', async (m, field) => {
    const fn = jest.fn();
    const r = await runCommand(m, Data, fn);
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } });
    expect(fn).not.toHaveBeenCalled();
  });

  it('names the invalid field and refuses unknown ones', async () => {
    const fn = jest.fn();
    expect(await runCommand(msg({ name: 5 }), Data, fn)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'name' } });
    expect(await runCommand(msg({ name: 'x', extra: 1 }), Data, fn)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'extra' } });
    expect(fn).not.toHaveBeenCalled();
  });

  it('maps domain errors by code, keeping the field', async () => {
    const r = await runCommand(msg({ name: 'x' }), Data, async () => {
      throw new DomainError(DomainErrorCode.DEADLINE_PASSED, 'too late', { field: 'dueOn' });
    });
    expect(r).toEqual({ ok: false, error: { code: 'DEADLINE_PASSED', message: 'too late', field: 'dueOn' } });
  });

  it('maps a unique violation to CONFLICT and anything else to INTERNAL with the correlation id', async () => {
    const unique = new QueryFailedError('INSERT', [], Object.assign(new Error('dup'), { code: '23505' }));
    expect(await runCommand(msg({ name: 'x' }), Data, async () => Promise.reject(unique))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const r = await runCommand(msg({ name: 'x' }), Data, async () => Promise.reject(new Error('boom')));
    spy.mockRestore();
    expect(r).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'internal error', correlationId: 'c-1' } });
  });

  it('maps a database that does not answer to UNAVAILABLE (the gateway answers 503 with Retry-After), not INTERNAL', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const shutdown = new QueryFailedError('SELECT 1', [], Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }));
    const dropped = new Error('Connection terminated unexpectedly');
    for (const e of [refused, shutdown, dropped]) {
      const r = await runCommand(msg({ name: 'x' }), Data, async () => Promise.reject(e));
      expect(r).toEqual({ ok: false, error: { code: 'UNAVAILABLE', message: expect.any(String), correlationId: 'c-1' } });
    }
    const other = await runCommand(msg({ name: 'x' }), Data, async () =>
      Promise.reject(new QueryFailedError('x', [], Object.assign(new Error('division by zero'), { code: '22012' }))),
    );
    expect(other).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('maps an error marked unavailable (object storage down) to UNAVAILABLE with its message', async () => {
    const down = Object.assign(new Error('the attachment storage cannot be reached; retry later'), { unavailable: true });
    const r = await runCommand(msg({ name: 'x' }), Data, async () => Promise.reject(down));
    expect(r).toEqual({ ok: false, error: { code: 'UNAVAILABLE', message: 'the attachment storage cannot be reached; retry later', correlationId: 'c-1' } });
    const notMarked = Object.assign(new Error('x'), { unavailable: 'yes' });
    expect(await runCommand(msg({ name: 'x' }), Data, async () => Promise.reject(notMarked))).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('maps a stored file that fails its checksum (attachmentIntegrity) to ATTACHMENT_INTEGRITY with its message, not INTERNAL', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const corrupt = Object.assign(new Error('attachment a-1: the stored file does not match its SHA-256'), { attachmentIntegrity: true });
    const r = await runCommand(msg({ name: 'x' }), Data, async () => Promise.reject(corrupt));
    const notMarked = await runCommand(msg({ name: 'x' }), Data, async () => Promise.reject(Object.assign(new Error('x'), { attachmentIntegrity: 1 })));
    spy.mockRestore();
    expect(r).toEqual({
      ok: false,
      error: { code: 'ATTACHMENT_INTEGRITY', message: 'attachment a-1: the stored file does not match its SHA-256', correlationId: 'c-1' },
    });
    expect(notMarked).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('passes data through unvalidated when no contract class is given', async () => {
    expect(await runCommand(msg({ anything: 1 }), null, async (d) => d)).toEqual({ ok: true, data: { anything: 1 } });
  });
});
