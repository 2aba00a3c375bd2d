import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { context, propagation, ROOT_CONTEXT, trace, type Context, type Span, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { ExportResultCode, hrTimeToMicroseconds, W3CTraceContextPropagator, type ExportResult } from '@opentelemetry/core';
import {
  ConsoleSpanExporter,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/** One finished span as the file exporter writes it (also what tests read back). */
export interface SpanRecord {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  name: string;
  kind: number;
  startUs: number;
  durationUs: number;
  attributes: Record<string, unknown>;
  status: number;
}

export function spanRecord(service: string, s: ReadableSpan): SpanRecord {
  return {
    service,
    traceId: s.spanContext().traceId,
    spanId: s.spanContext().spanId,
    parentSpanId: s.parentSpanContext?.spanId ?? null,
    name: s.name,
    kind: s.kind,
    startUs: hrTimeToMicroseconds(s.startTime),
    durationUs: hrTimeToMicroseconds(s.duration),
    attributes: { ...s.attributes },
    status: s.status.code,
  };
}

/** Appends each finished span as one JSON line to `<dir>/<service>-<pid>.jsonl` (synchronously: nothing is lost on exit). */
export class FileSpanExporter implements SpanExporter {
  private readonly file: string;

  constructor(
    dir: string,
    private readonly service: string,
  ) {
    mkdirSync(dir, { recursive: true });
    this.file = join(dir, `${service}-${process.pid}.jsonl`);
  }

  export(spans: ReadableSpan[], done: (r: ExportResult) => void): void {
    try {
      appendFileSync(this.file, spans.map((s) => `${JSON.stringify(spanRecord(this.service, s))}\n`).join(''));
      done({ code: ExportResultCode.SUCCESS });
    } catch (e) {
      done({ code: ExportResultCode.FAILED, error: e as Error });
    }
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/** Stamps `service.name` on every span (the resource package is not a direct dependency). */
class ServiceNameProcessor implements SpanProcessor {
  constructor(private readonly service: string) {}
  onStart(span: Span): void {
    span.setAttribute('service.name', this.service);
  }
  onEnd(): void {}
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

export interface Tracing {
  tracer: Tracer;
  /** The in-memory exporter when NDIP_TRACE_EXPORT=memory. */
  memory: InMemorySpanExporter | null;
  shutdown(): Promise<void>;
}

let installed: Tracing | null = null;

/**
 * Registers the process-wide tracer provider: W3C trace context propagation, AsyncLocalStorage context, and the
 * exporter chosen by NDIP_TRACE_EXPORT. Spans are always created (so trace ids reach logs and Kafka headers);
 * they are exported only when an exporter is configured.
 */
export function setupTracing(service: string, exportSpec: string): Tracing {
  if (installed) return installed;
  let memory: InMemorySpanExporter | null = null;
  const processors: SpanProcessor[] = [new ServiceNameProcessor(service)];
  if (exportSpec === 'memory') {
    memory = new InMemorySpanExporter();
    processors.push(new SimpleSpanProcessor(memory));
  } else if (exportSpec === 'console') {
    processors.push(new SimpleSpanProcessor(new ConsoleSpanExporter()));
  } else if (exportSpec.startsWith('file:')) {
    processors.push(new SimpleSpanProcessor(new FileSpanExporter(exportSpec.slice('file:'.length), service)));
  }
  const provider = new NodeTracerProvider({ spanProcessors: processors });
  provider.register({ contextManager: new AsyncLocalStorageContextManager(), propagator: new W3CTraceContextPropagator() });
  installed = { tracer: trace.getTracer('ndip', '1'), memory, shutdown: () => provider.shutdown() };
  return installed;
}

export function tracer(): Tracer {
  return installed?.tracer ?? trace.getTracer('ndip', '1');
}

/** W3C `traceparent`/`tracestate` of the active span, for message headers. */
export function injectTraceHeaders(ctx: Context = context.active()): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(ctx, carrier);
  return carrier;
}

/** The context a message's headers carry (or the root context). */
export function extractTraceContext(headers: Record<string, string | undefined>): Context {
  return propagation.extract(ROOT_CONTEXT, headers);
}
