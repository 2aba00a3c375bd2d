import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { COMMANDS, EVENT_TOPICS, EVENT_TYPES, validateEnvelope, type Actor } from '@ndip/domain';
import { ChatMessagePostedContract, SERVICE_CONFIG, createKafka, uuidv7, validateContract } from '@ndip/platform';
import type { Request, Response } from 'express';
import type { Consumer } from 'kafkajs';
import { BusClient } from '../bus/bus.client';
import type { GatewayEnv } from '../gateway.env';
import type { RequestMeta } from '../http/request-meta';

type Audience = ChatMessagePostedContract['audience'];

interface Subscriber {
  actor: Actor;
  res: Response;
}

/** §9.3, as the attraction service applies it to initiatives: may this actor see a message with this audience? */
export function audienceIncludes(actor: Actor, audience: Audience): boolean {
  switch (actor.role) {
    case 'NC':
    case 'AB':
      return true;
    case 'MIO':
      return audience.regionCode !== null && audience.regionCode === actor.regionCode;
    case 'FI':
    case 'NCF':
      return audience.originatorOrganizationId === actor.organizationId || (!!actor.countryCode && audience.countryCode === actor.countryCode);
    default:
      return false;
  }
}

const HEARTBEAT_MS = 15_000;
const JOIN_TIMEOUT_MS = 60_000;

/**
 * Live chat of initiatives over server-sent events. A plain kafkajs consumer (its own consumer group per
 * gateway instance, so that every replica sees every message; reading from the latest offset) takes
 * `attraction.chat.message-posted` from the attraction events topic and writes each message to the open
 * streams of that initiative whose user may see it. Who may open a stream is asked of the attraction
 * service (the owner of the scoping rules) before the stream starts.
 */
@Injectable()
export class ChatStreamHub implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('ChatStreamHub');
  private readonly streams = new Map<string, Set<Subscriber>>();
  private consumer: Consumer | null = null;
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly env: GatewayEnv,
    private readonly bus: BusClient,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const kafka = createKafka(this.env.NDIP_KAFKA_BROKERS, `${this.env.NDIP_GROUP_PREFIX}-gateway-chat`);
    const consumer = kafka.consumer({
      groupId: `${this.env.NDIP_GROUP_PREFIX}-gateway-chat-${uuidv7()}`,
      sessionTimeout: this.env.NDIP_KAFKA_SESSION_TIMEOUT_MS,
      heartbeatInterval: Math.max(500, Math.floor(this.env.NDIP_KAFKA_SESSION_TIMEOUT_MS / 6)),
      maxWaitTimeInMs: 100,
      allowAutoTopicCreation: false,
    });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics: [EVENT_TOPICS.attraction], fromBeginning: false });
    let joined: () => void = () => undefined;
    const join = new Promise<void>((resolve) => (joined = resolve));
    const off = consumer.on(consumer.events.GROUP_JOIN, () => joined());
    await consumer.run({ eachMessage: async ({ message }) => this.deliver(message.value?.toString('utf8') ?? '') });
    // Ready only once partitions are assigned: a message posted after the gateway answers is streamed.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([join, new Promise<void>((resolve) => (timer = setTimeout(resolve, JOIN_TIMEOUT_MS)))]);
    clearTimeout(timer);
    off();
    this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const set of this.streams.values()) for (const s of set) s.res.end();
    this.streams.clear();
    await this.consumer?.disconnect().catch(() => undefined);
  }

  /** Opens the stream of one initiative's chat for the caller (problem+json if not allowed, before any byte). */
  async open(initiativeId: string, actor: Actor, meta: RequestMeta, req: Request, res: Response): Promise<void> {
    await this.bus.call(COMMANDS.attraction.chatAccess, actor, { initiativeId }, meta);
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('Connection', 'keep-alive');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    const sub: Subscriber = { actor, res };
    const set = this.streams.get(initiativeId) ?? new Set<Subscriber>();
    set.add(sub);
    this.streams.set(initiativeId, set);
    res.write(`retry: 3000\nevent: ready\ndata: ${JSON.stringify({ initiativeId })}\n\n`);
    req.on('close', () => {
      set.delete(sub);
      if (set.size === 0) this.streams.delete(initiativeId);
    });
  }

  /** One message from the topic: anything but a valid chat message is ignored here (its consumers dead-letter it). */
  deliver(raw: string): void {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return;
    }
    if (validateEnvelope(value).length > 0) return;
    const env = value as { id: string; type: string; payload: unknown };
    if (env.type !== EVENT_TYPES.chatMessagePosted) return;
    const { value: p, problems } = validateContract(ChatMessagePostedContract, env.payload);
    if (problems.length > 0) {
      this.log.warn(`invalid chat message event ${env.id}: ${problems.map((x) => `${x.field}: ${x.message}`).join('; ')}`);
      return;
    }
    const set = this.streams.get(p.initiativeId);
    if (!set) return;
    const data = JSON.stringify({
      id: p.messageId,
      initiativeId: p.initiativeId,
      authorUserId: p.authorUserId,
      authorOrganizationId: p.authorOrganizationId,
      authorRole: p.authorRole,
      body: p.body,
      postedAt: p.postedAt,
    });
    for (const s of set) if (audienceIncludes(s.actor, p.audience)) s.res.write(`id: ${p.messageId}\nevent: message\ndata: ${data}\n\n`);
  }

  private beat(): void {
    for (const set of this.streams.values()) for (const s of set) s.res.write(`: keep-alive\n\n`);
  }
}
