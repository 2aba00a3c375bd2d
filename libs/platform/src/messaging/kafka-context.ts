import type { KafkaContext } from '@nestjs/microservices';
import type { IncomingMessage } from './event-processor';

/** Adapts Nest's Kafka context to the transport-neutral message the processor works on. */
export function incomingFrom(value: unknown, ctx: KafkaContext): IncomingMessage {
  const m = ctx.getMessage();
  const key = m.key === null || m.key === undefined ? null : Buffer.isBuffer(m.key) ? m.key.toString('utf8') : String(m.key);
  return { topic: ctx.getTopic(), partition: ctx.getPartition(), offset: m.offset, key, value };
}
