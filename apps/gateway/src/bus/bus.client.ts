import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ClientKafka } from '@nestjs/microservices';
import { allCommandPatterns, type Actor } from '@ndip/domain';
import { SERVICE_CONFIG, type CommandResult } from '@ndip/platform';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import type { GatewayEnv } from '../gateway.env';
import { ProblemException, type Locale } from '../http/problem';

export const BUS = 'NDIP_BUS';

/**
 * Request-reply to the services over Kafka. Every call has a timeout; a timeout or a broker
 * failure answers 503 with Retry-After rather than hanging.
 */
@Injectable()
export class BusClient implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(BUS) private readonly client: ClientKafka,
    @Inject(SERVICE_CONFIG) private readonly env: GatewayEnv,
  ) {}

  async onModuleInit(): Promise<void> {
    for (const p of allCommandPatterns()) this.client.subscribeToResponseOf(p);
    await this.client.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }

  /** Sends a command and returns its data, or throws the mapped problem. */
  async call<T>(pattern: string, actor: Actor, data: unknown, meta: { correlationId: string; locale: Locale; idempotencyKey?: string }): Promise<T> {
    let result: CommandResult<T>;
    // A write with an Idempotency-Key: the service runs this exact command (caller, key, pattern, data) at most once,
    // so a retry after a lost reply (503 here) gets the first result instead of a second effect.
    const commandKey =
      meta.idempotencyKey === undefined
        ? undefined
        : createHash('sha256')
            .update(JSON.stringify([actor.userId, meta.idempotencyKey, pattern, data ?? null]))
            .digest('hex');
    try {
      result = await firstValueFrom(
        this.client
          .send<CommandResult<T>>(pattern, {
            key: meta.correlationId,
            value: { actor, correlationId: meta.correlationId, locale: meta.locale, ...(commandKey ? { commandKey } : {}), data },
          })
          .pipe(timeout(this.env.NDIP_BUS_TIMEOUT_MS)),
      );
    } catch (e) {
      const why =
        e instanceof TimeoutError ? `no answer from the service within ${this.env.NDIP_BUS_TIMEOUT_MS} ms` : `message bus error: ${(e as Error).message}`;
      throw new ProblemException('UNAVAILABLE', why, { correlationId: meta.correlationId, retryAfterSeconds: 5 });
    }
    if (!result || typeof result !== 'object' || !('ok' in result)) {
      throw new ProblemException('INTERNAL', 'malformed reply from the service', { correlationId: meta.correlationId });
    }
    if (!result.ok) throw ProblemException.fromCommandError({ ...result.error, correlationId: result.error.correlationId ?? meta.correlationId });
    return result.data;
  }
}
