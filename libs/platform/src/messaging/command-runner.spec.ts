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

  it('passes data through unvalidated when no contract class is given', async () => {
    expect(await runCommand(msg({ anything: 1 }), null, async (d) => d)).toEqual({ ok: true, data: { anything: 1 } });
  });
});
