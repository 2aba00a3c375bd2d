import { deadLetterTopic } from '@ndip/domain';
import type { Kafka, Producer } from 'kafkajs';

export interface DeadLetter {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string;
  consumer: string;
  error: string;
  attempts: number;
}

/** Sends messages that fail validation or exhaust retries to `<topic>.dlq`, with the reason in headers. */
export class DeadLetterPublisher {
  private producer: Producer | null = null;

  constructor(private readonly kafka: Kafka) {}

  async start(): Promise<void> {
    this.producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await this.producer.connect();
  }

  async publish(d: DeadLetter): Promise<void> {
    if (!this.producer) throw new Error('dead-letter producer not started');
    await this.producer.send({
      topic: deadLetterTopic(d.topic),
      acks: -1,
      messages: [
        {
          key: d.key,
          value: d.value,
          headers: {
            'ndip-dlq-error': d.error.slice(0, 4000),
            'ndip-dlq-attempts': String(d.attempts),
            'ndip-dlq-consumer': d.consumer,
            'ndip-dlq-original-topic': d.topic,
            'ndip-dlq-original-partition': String(d.partition),
            'ndip-dlq-original-offset': d.offset,
          },
        },
      ],
    });
  }

  async stop(): Promise<void> {
    await this.producer?.disconnect().catch(() => undefined);
  }
}
