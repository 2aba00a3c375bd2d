import { Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { KafkaContext } from '@nestjs/microservices';
import { COMMANDS, type ServiceName } from '@ndip/domain';
import type { Kafka } from 'kafkajs';
import { of, type Observable } from 'rxjs';
import type { CommandResult } from '../messaging/command';

export function commandTopicsOf(service: ServiceName): string[] {
  return service in COMMANDS ? Object.values(COMMANDS[service as keyof typeof COMMANDS]) : [];
}

/** What a service knew of its command topics when it booted. */
export interface CommandFreshness {
  bootAt: number;
  /** `topic:partition` where the consumer group had never committed: the group reads those from the beginning. */
  uncommitted: ReadonlySet<string>;
}

/**
 * Reads which command-topic partitions the group has never committed on (one OffsetFetch), before the
 * consumer starts. Retries while the group coordinator of a fresh broker is still being elected.
 */
export async function readCommandFreshness(
  kafka: Kafka,
  groupId: string,
  topics: string[],
  now: () => number = Date.now,
  attempts = 30,
): Promise<CommandFreshness> {
  const bootAt = now();
  if (topics.length === 0) return { bootAt, uncommitted: new Set() };
  for (let i = 1; ; i++) {
    const admin = kafka.admin();
    try {
      await admin.connect();
      const offsets = await admin.fetchOffsets({ groupId, topics });
      const uncommitted = new Set<string>();
      for (const t of offsets) for (const p of t.partitions) if (p.offset === '-1') uncommitted.add(`${t.topic}:${p.partition}`);
      return { bootAt, uncommitted };
    } catch (e) {
      if (i >= attempts || (e as { retriable?: boolean }).retriable !== true) throw e;
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
}

/**
 * Request-reply commands that nobody waits for are answered "expired" and not executed:
 * - older than `maxAgeMs`: the caller (the gateway, after its bus timeout) has given up;
 * - sent before this process booted, on a partition where the consumer group had never committed:
 *   the group subscribes `fromBeginning` (so that event projections can be built from offset 0) and a
 *   new group (a new deployment, a rebuilt service, a test) would otherwise execute every historical
 *   command again.
 * Events are not touched.
 */
export class StaleCommandInterceptor implements NestInterceptor {
  private readonly log = new Logger('StaleCommandInterceptor');
  private readonly topics: ReadonlySet<string>;
  private skipped = 0;

  constructor(
    service: ServiceName,
    private readonly maxAgeMs: number,
    private readonly freshness: CommandFreshness,
    private readonly now: () => number = Date.now,
  ) {
    this.topics = new Set(commandTopicsOf(service));
  }

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'rpc') return next.handle();
    const kafka = ctx.switchToRpc().getContext<unknown>();
    if (!(kafka instanceof KafkaContext) || !this.topics.has(kafka.getTopic())) return next.handle();
    const sentAt = Number(kafka.getMessage().timestamp);
    if (!Number.isFinite(sentAt)) return next.handle();
    const age = this.now() - sentAt;
    const historic = sentAt < this.freshness.bootAt && this.freshness.uncommitted.has(`${kafka.getTopic()}:${kafka.getPartition()}`);
    if (age <= this.maxAgeMs && !historic) return next.handle();
    const why = historic ? 'sent before this consumer group existed' : `sent ${age} ms ago, limit ${this.maxAgeMs} ms`;
    this.skipped += 1;
    if (this.skipped <= 5 || this.skipped % 1000 === 0) {
      this.log.warn(`not executing ${kafka.getTopic()}[${kafka.getPartition()}]@${kafka.getMessage().offset}: ${why} (${this.skipped} so far)`);
    }
    const expired: CommandResult = { ok: false, error: { code: 'CONFLICT', message: `the command expired: ${why}` } };
    return of(expired);
  }
}
