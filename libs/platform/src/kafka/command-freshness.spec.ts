import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { KafkaContext } from '@nestjs/microservices';
import { COMMANDS } from '@ndip/domain';
import { firstValueFrom, of } from 'rxjs';
import { StaleCommandInterceptor, commandTopicsOf } from './command-freshness';

const TOPIC = COMMANDS.attraction.createCompany;

function rpc(topic: string, partition: number, timestamp: string): ExecutionContext {
  const kafka = new KafkaContext([
    { timestamp, offset: '7', key: null, value: null, headers: {}, attributes: 0 } as never,
    partition,
    topic,
    {} as never,
    (async () => undefined) as never,
    {} as never,
  ]);
  return { getType: () => 'rpc', switchToRpc: () => ({ getContext: () => kafka, getData: () => ({}) }) } as unknown as ExecutionContext;
}

const handler: CallHandler = { handle: () => of('executed') };
const run = (i: StaleCommandInterceptor, ctx: ExecutionContext): Promise<unknown> => firstValueFrom(i.intercept(ctx, handler));

describe('StaleCommandInterceptor', () => {
  const now = 1_000_000;
  const interceptor = new StaleCommandInterceptor('attraction', 30_000, { bootAt: now - 5_000, uncommitted: new Set([`${TOPIC}:1`]) }, () => now);

  it('executes a fresh command', async () => {
    expect(await run(interceptor, rpc(TOPIC, 0, String(now - 1_000)))).toBe('executed');
  });

  it('answers "expired" to a command older than the limit, without executing it', async () => {
    expect(await run(interceptor, rpc(TOPIC, 0, String(now - 30_001)))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await run(interceptor, rpc(TOPIC, 0, String(now - 30_000)))).toBe('executed');
  });

  it('does not execute commands sent before boot on a partition the group never committed on', async () => {
    expect(await run(interceptor, rpc(TOPIC, 1, String(now - 6_000)))).toMatchObject({ ok: false });
    expect(await run(interceptor, rpc(TOPIC, 1, String(now - 4_000)))).toBe('executed');
    expect(await run(interceptor, rpc(TOPIC, 0, String(now - 6_000)))).toBe('executed');
  });

  it('leaves events, other services’ topics and HTTP alone', async () => {
    expect(await run(interceptor, rpc('ndip.attraction.events.v1', 1, String(now - 999_999)))).toBe('executed');
    expect(await run(interceptor, rpc(COMMANDS.implementation.getProject, 1, String(now - 999_999)))).toBe('executed');
    const http = { getType: () => 'http' } as unknown as ExecutionContext;
    expect(await run(interceptor, http)).toBe('executed');
  });

  it('knows each service’s command topics', () => {
    expect(commandTopicsOf('attraction')).toContain(TOPIC);
    expect(commandTopicsOf('gateway')).toEqual([]);
  });
});
