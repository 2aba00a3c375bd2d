import { Logger } from '@nestjs/common';
import { DomainError, validateEnvelope, type EventEnvelope } from '@ndip/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { DeadLetterPublisher } from './dead-letter';
import { validateContract } from './validation';

/** One handler of one event type, with the contract class its payload must satisfy. */
export interface EventHandler<P extends object = object> {
  type: string;
  payloadClass: new () => P;
  /** Runs inside the consumer's transaction, after the inbox row was written. */
  handle(m: EntityManager, event: EventEnvelope<P>): Promise<void>;
}

/** What the transport tells us about the message being processed. */
export interface IncomingMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  /** The message value: parsed JSON where it parsed, the raw string otherwise. */
  value: unknown;
}

export type ProcessOutcome = 'processed' | 'duplicate' | 'ignored' | 'dead-lettered';

/** An error that retrying will not fix: the message goes to the dead-letter topic at once. */
export class UnprocessableEventError extends Error {}

/**
 * Consumes one message: envelope and payload validation, the inbox (idempotency), the handler
 * in one transaction, and the error policy: invalid or unprocessable → dead-letter topic and move
 * on; transient failure → throw so the broker redelivers, up to `maxAttempts`, then dead-letter.
 */
export class EventProcessor {
  private readonly log: Logger;
  private readonly handlers = new Map<string, EventHandler>();
  private readonly attempts = new Map<string, number>();

  constructor(
    private readonly consumer: string,
    private readonly dataSource: DataSource,
    private readonly deadLetters: DeadLetterPublisher,
    handlers: EventHandler[],
    private readonly maxAttempts = 5,
  ) {
    this.log = new Logger(`EventProcessor:${consumer}`);
    for (const h of handlers) this.handlers.set(h.type, h);
  }

  handles(type: string): boolean {
    return this.handlers.has(type);
  }

  async process(msg: IncomingMessage): Promise<ProcessOutcome> {
    const problems = validateEnvelope(msg.value);
    if (problems.length > 0) {
      await this.deadLetter(msg, `invalid envelope: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, 1);
      return 'dead-lettered';
    }
    const env = msg.value as EventEnvelope<Record<string, unknown>>;
    const handler = this.handlers.get(env.type);
    if (!handler) return 'ignored';
    const { value: payload, problems: payloadProblems } = validateContract(handler.payloadClass, env.payload);
    if (payloadProblems.length > 0) {
      await this.deadLetter(msg, `invalid payload of ${env.type}: ${payloadProblems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, 1);
      return 'dead-lettered';
    }
    const key = `${msg.topic}:${msg.partition}:${msg.offset}`;
    try {
      const outcome = await this.dataSource.transaction(async (m) => {
        const inserted = (await m.query(`INSERT INTO inbox (event_id, consumer, type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING event_id`, [
          env.id,
          this.consumer,
          env.type,
        ])) as unknown[];
        if (inserted.length === 0) return 'duplicate' as const;
        await handler.handle(m, { ...env, payload } as EventEnvelope<object>);
        return 'processed' as const;
      });
      this.attempts.delete(key);
      return outcome;
    } catch (e) {
      const err = e as Error;
      if (e instanceof DomainError || e instanceof UnprocessableEventError) {
        await this.deadLetter(msg, `${err.name}: ${err.message}`, 1);
        return 'dead-lettered';
      }
      const n = (this.attempts.get(key) ?? 0) + 1;
      this.attempts.set(key, n);
      if (n >= this.maxAttempts) {
        this.attempts.delete(key);
        await this.deadLetter(msg, `retries exhausted: ${err.message}`, n);
        return 'dead-lettered';
      }
      this.log.warn(`event ${env.id} (${env.type}) failed, attempt ${n}/${this.maxAttempts}: ${err.message}`);
      throw e;
    }
  }

  private async deadLetter(msg: IncomingMessage, error: string, attempts: number): Promise<void> {
    this.log.warn(`dead-lettering ${msg.topic}[${msg.partition}]@${msg.offset}: ${error}`);
    await this.deadLetters.publish({
      topic: msg.topic,
      partition: msg.partition,
      offset: msg.offset,
      key: msg.key,
      value: typeof msg.value === 'string' ? msg.value : JSON.stringify(msg.value),
      consumer: this.consumer,
      error,
      attempts,
    });
  }
}
