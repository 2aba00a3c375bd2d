import { Kafka, logLevel, type Consumer, type IHeaders } from 'kafkajs';
import { testInfra, uniqueName } from './infra';

export interface SeenMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string;
  headers: Record<string, string>;
}

export function testKafka(): Kafka {
  return new Kafka({ clientId: uniqueName('test'), brokers: testInfra().brokers.split(','), logLevel: logLevel.NOTHING });
}

function headersOf(h: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h ?? {})) out[k] = Buffer.isBuffer(v) ? v.toString('utf8') : String(v);
  return out;
}

/** Reads topics from the beginning with a throw-away group and keeps every message it sees. */
export class TopicRecorder {
  readonly messages: SeenMessage[] = [];
  private consumer: Consumer | null = null;

  constructor(private readonly topics: string[]) {}

  async start(): Promise<this> {
    this.consumer = testKafka().consumer({ groupId: uniqueName('recorder'), sessionTimeout: 6000, heartbeatInterval: 1000, maxWaitTimeInMs: 100 });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.topics, fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        this.messages.push({
          topic,
          partition,
          offset: message.offset,
          key: message.key ? message.key.toString('utf8') : null,
          value: message.value ? message.value.toString('utf8') : '',
          headers: headersOf(message.headers),
        });
      },
    });
    return this;
  }

  envelopes(): { topic: string; message: SeenMessage; env: Record<string, unknown> & { id: string; type: string; payload: Record<string, unknown> } }[] {
    const out = [];
    for (const m of this.messages) {
      try {
        out.push({ topic: m.topic, message: m, env: JSON.parse(m.value) });
      } catch {
        /* not JSON: poison messages */
      }
    }
    return out;
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

export async function produce(topic: string, messages: { key: string | null; value: string; headers?: Record<string, string> }[]): Promise<void> {
  const p = testKafka().producer({ allowAutoTopicCreation: false });
  await p.connect();
  try {
    await p.send({ topic, acks: -1, messages });
  } finally {
    await p.disconnect();
  }
}
