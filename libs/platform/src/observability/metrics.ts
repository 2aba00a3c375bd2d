import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process-wide Prometheus registry and the metrics every NDIP service exposes on `/metrics`.
 * Names follow the Prometheus conventions (base units, `_total` for counters). The dashboard in
 * docs/ops/ndip-dashboard.json and the alerts in docs/operations.md use these names.
 */
export const registry = new Registry();
let defaultsCollected = false;

export function setServiceLabel(service: string): void {
  registry.setDefaultLabels({ service });
  if (!defaultsCollected) {
    defaultsCollected = true;
    collectDefaultMetrics({ register: registry, prefix: 'ndip_' });
  }
}

export const httpDuration = new Histogram({
  name: 'ndip_http_request_duration_seconds',
  help: 'HTTP request latency by method, route pattern and status code',
  labelNames: ['method', 'route', 'status_code'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const kafkaConsumerLag = new Gauge({
  name: 'ndip_kafka_consumer_lag',
  help: 'Messages behind the partition high watermark, per consumer group (updated at the start and end of each fetched batch)',
  labelNames: ['group', 'topic', 'partition'] as const,
  registers: [registry],
});

const lagPeaks = new Map<string, { group: string; topic: string; peak: number }>();

/** Records the lag at the start of a fetched batch for `ndip_kafka_consumer_lag_max`. */
export function recordLagPeak(group: string, topic: string, lag: number): void {
  const key = `${group}\u0000${topic}`;
  const cur = lagPeaks.get(key);
  if (!cur) lagPeaks.set(key, { group, topic, peak: lag });
  else if (lag > cur.peak) cur.peak = lag;
}

export const kafkaConsumerLagMax = new Gauge({
  name: 'ndip_kafka_consumer_lag_max',
  help: 'Highest lag at the start of a fetched batch since the previous scrape, per consumer group and topic (spikes between scrapes stay visible)',
  labelNames: ['group', 'topic'] as const,
  registers: [registry],
  collect() {
    this.reset();
    for (const p of lagPeaks.values()) {
      this.set({ group: p.group, topic: p.topic }, p.peak);
      p.peak = 0;
    }
  },
});

export const kafkaConsumed = new Counter({
  name: 'ndip_kafka_messages_consumed_total',
  help: 'Kafka messages handed to this service, per consumer group and topic',
  labelNames: ['group', 'topic'] as const,
  registers: [registry],
});

export const kafkaProduced = new Counter({
  name: 'ndip_kafka_messages_produced_total',
  help: 'Kafka messages this service sent, per topic',
  labelNames: ['topic'] as const,
  registers: [registry],
});

export const deadLetters = new Counter({
  name: 'ndip_dead_letters_total',
  help: 'Messages this service sent to a dead-letter topic, per original topic',
  labelNames: ['topic'] as const,
  registers: [registry],
});

export const eventsPublished = new Counter({
  name: 'ndip_events_published_total',
  help: 'Domain events published by this service, per event type (e.g. attraction.initiative.overdue: initiatives that became overdue)',
  labelNames: ['type'] as const,
  registers: [registry],
});

export interface OutboxFigures {
  backlog: number;
  oldestAgeSeconds: number;
  failing: number;
}

let outboxSource: (() => Promise<OutboxFigures>) | null = null;
let outboxCache: { at: number; figures: Promise<OutboxFigures> } | null = null;

/** The service's outbox, read once per scrape (the three gauges share one query). */
export function setOutboxSource(fn: (() => Promise<OutboxFigures>) | null): void {
  outboxSource = fn;
  outboxCache = null;
}

function outboxFigures(): Promise<OutboxFigures> | null {
  if (!outboxSource) return null;
  const now = Date.now();
  if (!outboxCache || now - outboxCache.at > 500)
    outboxCache = { at: now, figures: outboxSource().catch(() => ({ backlog: -1, oldestAgeSeconds: -1, failing: -1 })) };
  return outboxCache.figures;
}

export const outboxBacklog = new Gauge({
  name: 'ndip_outbox_backlog',
  help: 'Outbox rows written but not yet published to Kafka (-1: the database did not answer)',
  registers: [registry],
  async collect() {
    const f = await outboxFigures();
    if (f) this.set(f.backlog);
  },
});

export const outboxOldestAge = new Gauge({
  name: 'ndip_outbox_oldest_unpublished_age_seconds',
  help: 'Age of the oldest unpublished outbox row (0 when the outbox is empty)',
  registers: [registry],
  async collect() {
    const f = await outboxFigures();
    if (f) this.set(f.oldestAgeSeconds);
  },
});

export const outboxFailing = new Gauge({
  name: 'ndip_outbox_failing_rows',
  help: 'Unpublished outbox rows whose last publication attempt failed',
  registers: [registry],
  async collect() {
    const f = await outboxFigures();
    if (f) this.set(f.failing);
  },
});
