import { randomUUID } from 'node:crypto';
import { ClientKafka } from '@nestjs/microservices';
import type { Actor } from '@ndip/domain';
import type { CommandResult } from '@ndip/platform/messaging/command';
import { logLevel } from 'kafkajs';
import { firstValueFrom, timeout } from 'rxjs';
import { testInfra } from './infra';

/**
 * Request-reply to a service over the real broker, as the gateway does: `call` returns the
 * CommandResult, `ok` its data (throwing on a refusal), `refused` the error code and field
 * (throwing when the command was accepted).
 */
export class CommandClient {
  private constructor(
    private readonly client: ClientKafka,
    private readonly timeoutMs: number,
  ) {}

  /** A client with its own reply group (`<prefix>-replies`), subscribed to the replies of `patterns`. */
  static async connect(prefix: string, patterns: readonly string[], timeoutMs = 30_000): Promise<CommandClient> {
    const client = new ClientKafka({
      client: { clientId: `${prefix}-client`, brokers: testInfra().brokers.split(','), logLevel: logLevel.ERROR },
      consumer: { groupId: `${prefix}-replies`, sessionTimeout: 6000, heartbeatInterval: 1000, maxWaitTimeInMs: 100 },
    });
    for (const p of patterns) client.subscribeToResponseOf(p);
    await client.connect();
    return new CommandClient(client, timeoutMs);
  }

  call<T>(pattern: string, who: Actor, data: Record<string, unknown>): Promise<CommandResult<T>> {
    return firstValueFrom(
      this.client
        .send<CommandResult<T>>(pattern, { key: randomUUID(), value: { actor: who, correlationId: randomUUID(), data } })
        .pipe(timeout(this.timeoutMs)),
    );
  }

  async ok<T>(pattern: string, who: Actor, data: Record<string, unknown>): Promise<T> {
    const r = await this.call<T>(pattern, who, data);
    if (!r.ok) throw new Error(`${pattern} as ${who.role}: ${r.error.code} ${r.error.field ?? ''} ${r.error.message}`);
    return r.data;
  }

  async refused(pattern: string, who: Actor, data: Record<string, unknown>): Promise<{ code: string; field?: string }> {
    const r = await this.call(pattern, who, data);
    if (r.ok) throw new Error(`${pattern} as ${who.role} was accepted`);
    return { code: r.error.code, ...(r.error.field ? { field: r.error.field } : {}) };
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
