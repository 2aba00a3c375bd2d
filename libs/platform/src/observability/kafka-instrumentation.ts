import { context, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import {
  Kafka,
  type Consumer,
  type ConsumerRunConfig,
  type EachBatchPayload,
  type EachMessagePayload,
  type IHeaders,
  type Message,
  type Producer,
} from 'kafkajs';
import { currentCorrelationId, withWork } from './context';
import { deadLetters, eventsPublished, kafkaConsumed, kafkaConsumerLag, kafkaProduced, recordLagPeak } from './metrics';
import { extractTraceContext, injectTraceHeaders, tracer } from './tracing';

/** Header carrying the business correlation id on every NDIP message (the outbox already writes it for events). */
export const CORRELATION_HEADER = 'ndip-correlation-id';
const DLQ_SUFFIX = '.dlq';

export function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const v = headers?.[name];
  const first = Array.isArray(v) ? v[0] : v;
  if (first === undefined || first === null) return undefined;
  return Buffer.isBuffer(first) ? first.toString('utf8') : String(first);
}

function headerMap(headers: IHeaders | undefined): Record<string, string | undefined> {
  return { traceparent: headerText(headers, 'traceparent'), tracestate: headerText(headers, 'tracestate') };
}

/** Correlation id of a consumed message: the header, else the `correlationId` of a JSON command or event body. */
function correlationOf(m: { headers?: IHeaders; value: Buffer | null }): string | undefined {
  const h = headerText(m.headers, CORRELATION_HEADER);
  if (h) return h;
  if (!m.value || m.value.length > 64 * 1024) return undefined;
  const text = m.value.toString('utf8');
  const i = text.indexOf('"correlationId"');
  if (i < 0) return undefined;
  const match = /"correlationId"\s*:\s*"([^"\\]{1,200})"/.exec(text.slice(i, i + 260));
  return match?.[1];
}

/** Adds trace context and correlation id to messages that do not carry them yet. */
function decorate(messages: Message[], ctx: Context): Message[] {
  const trace = injectTraceHeaders(ctx);
  const correlationId = context.with(ctx, currentCorrelationId);
  return messages.map((m) => {
    const headers: IHeaders = { ...(m.headers ?? {}) };
    for (const [k, v] of Object.entries(trace)) if (headers[k] === undefined) headers[k] = v;
    if (correlationId && headers[CORRELATION_HEADER] === undefined) headers[CORRELATION_HEADER] = correlationId;
    return { ...m, headers };
  });
}

/** Counts what the broker acknowledged: messages per topic, dead letters, domain events by type. */
function count(topic: string, messages: Message[]): void {
  kafkaProduced.inc({ topic }, messages.length);
  if (topic.endsWith(DLQ_SUFFIX)) deadLetters.inc({ topic: topic.slice(0, -DLQ_SUFFIX.length) }, messages.length);
  for (const m of messages) {
    const type = headerText(m.headers, 'ndip-event-type');
    if (type) eventsPublished.inc({ type });
  }
}

async function producing<T>(name: string, topics: string[], send: (ctx: Context) => Promise<T>): Promise<T> {
  const span = tracer().startSpan(name, {
    kind: SpanKind.PRODUCER,
    attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': topics.join(',') },
  });
  const ctx = trace.setSpan(context.active(), span);
  try {
    return await send(ctx);
  } catch (e) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: (e as Error).message });
    throw e;
  } finally {
    span.end();
  }
}

function instrumentProducer(p: Producer): Producer {
  const send = p.send.bind(p);
  const sendBatch = p.sendBatch.bind(p);
  p.send = (record) =>
    producing(`send ${record.topic}`, [record.topic], async (ctx) => {
      const messages = decorate(record.messages, ctx);
      const result = await send({ ...record, messages });
      count(record.topic, messages);
      return result;
    });
  p.sendBatch = (batch) => {
    const topics = (batch.topicMessages ?? []).map((t) => t.topic);
    return producing(`send ${topics.join(',')}`, topics, async (ctx) => {
      const topicMessages = (batch.topicMessages ?? []).map((t) => ({ ...t, messages: decorate(t.messages, ctx) }));
      const result = await sendBatch({ ...batch, topicMessages });
      for (const t of topicMessages) count(t.topic, t.messages);
      return result;
    });
  };
  return p;
}

/** A CONSUMER span whose parent is the producer's span carried in the message headers. */
function consumerSpan(group: string, topic: string, partition: number, m: EachMessagePayload['message']): { span: Span; ctx: Context } {
  const parent = extractTraceContext(headerMap(m.headers));
  const span = tracer().startSpan(
    `process ${topic}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.destination.name': topic,
        'messaging.kafka.consumer.group': group,
        'messaging.kafka.destination.partition': partition,
        'messaging.kafka.message.offset': Number(m.offset),
        ...(headerText(m.headers, 'ndip-event-type') ? { 'ndip.event.type': headerText(m.headers, 'ndip-event-type') } : {}),
      },
    },
    parent,
  );
  const correlationId = correlationOf(m);
  return { span, ctx: withWork(trace.setSpan(parent, span), { correlationId }) };
}

function instrumentConsumer(c: Consumer, group: string): Consumer {
  c.on(c.events.START_BATCH_PROCESS, (e) => {
    const p = e.payload as { topic: string; partition: number; offsetLagLow: string; batchSize: number };
    const lag = p.batchSize > 0 ? Number(p.offsetLagLow) + 1 : 0;
    kafkaConsumerLag.set({ group, topic: p.topic, partition: String(p.partition) }, lag);
    recordLagPeak(group, p.topic, lag);
  });
  c.on(c.events.END_BATCH_PROCESS, (e) => {
    const p = e.payload as { topic: string; partition: number; offsetLag: string };
    kafkaConsumerLag.set({ group, topic: p.topic, partition: String(p.partition) }, Math.max(0, Number(p.offsetLag)));
  });
  const run = c.run.bind(c);
  c.run = (config?: ConsumerRunConfig) => {
    if (!config) return run(config);
    const wrapped: ConsumerRunConfig = { ...config };
    const eachMessage = config.eachMessage;
    const eachBatch = config.eachBatch;
    if (eachMessage) {
      wrapped.eachMessage = async (payload: EachMessagePayload) => {
        kafkaConsumed.inc({ group, topic: payload.topic });
        const { span, ctx } = consumerSpan(group, payload.topic, payload.partition, payload.message);
        try {
          return await context.with(ctx, () => eachMessage(payload));
        } catch (e) {
          span.setStatus({ code: SpanStatusCode.ERROR, message: (e as Error).message });
          throw e;
        } finally {
          span.end();
        }
      };
    }
    if (eachBatch) {
      // One span per message of the batch (each under its own producer's trace); they end with the batch.
      wrapped.eachBatch = async (payload: EachBatchPayload) => {
        const { topic, partition, messages } = payload.batch;
        kafkaConsumed.inc({ group, topic }, messages.length);
        const spans = messages.map((m) => consumerSpan(group, topic, partition, m).span);
        try {
          return await eachBatch(payload);
        } catch (e) {
          for (const s of spans) s.setStatus({ code: SpanStatusCode.ERROR, message: (e as Error).message });
          throw e;
        } finally {
          for (const s of spans) s.end();
        }
      };
    }
    return run(wrapped);
  };
  return c;
}

let patched = false;

/**
 * Instruments every kafkajs client of the process (ours, Nest's microservice server and ClientKafka):
 * producers add W3C trace context and the correlation id to message headers and count what they send
 * (dead letters and domain events included); consumers continue the trace of each message, count what
 * they receive and report their lag.
 */
export function instrumentKafka(): void {
  if (patched) return;
  patched = true;
  const proto = Kafka.prototype as unknown as { producer: (...a: unknown[]) => Producer; consumer: (cfg: { groupId: string }) => Consumer };
  const producer = proto.producer;
  const consumer = proto.consumer;
  proto.producer = function (this: Kafka, ...args: unknown[]): Producer {
    return instrumentProducer(producer.apply(this, args));
  };
  proto.consumer = function (this: Kafka, cfg: { groupId: string }): Consumer {
    return instrumentConsumer(consumer.call(this, cfg), cfg.groupId);
  };
}
