import type { KafkaContext } from '@nestjs/microservices';
import type { KafkaMessage } from 'kafkajs';
import type { IncomingMessage } from './event-processor';

/** Adapts Nest's Kafka context to the transport-neutral message the processor works on. */
export function incomingFrom(value: unknown, ctx: KafkaContext): IncomingMessage {
  const m = ctx.getMessage();
  const key = m.key === null || m.key === undefined ? null : Buffer.isBuffer(m.key) ? m.key.toString('utf8') : String(m.key);
  return { topic: ctx.getTopic(), partition: ctx.getPartition(), offset: m.offset, key, value };
}

/** The same for a plain kafkajs consumer: the value parsed as JSON where it parses (else the processor dead-letters the text). */
export function incomingFromKafka(topic: string, partition: number, msg: KafkaMessage): IncomingMessage {
  const text = msg.value ? msg.value.toString('utf8') : '';
  let value: unknown = text;
  try {
    value = JSON.parse(text);
  } catch {
    /* not JSON: the processor dead-letters it */
  }
  return { topic, partition, offset: msg.offset, key: msg.key ? msg.key.toString('utf8') : null, value };
}
