import type { Actor } from '@ndip/domain';
import type { Request, Response } from 'express';
import { EventEmitter } from 'node:events';
import type { BusClient } from '../bus/bus.client';
import type { GatewayEnv } from '../gateway.env';
import { ChatStreamHub, audienceIncludes } from './chat-stream.service';

const ALMATY = '750000000';
const audience = { originatorOrganizationId: 'org-seoul', countryCode: 'KR', regionCode: ALMATY };
const actor = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({ userId: `u-${role}`, organizationId: `org-${role}`, role, ...extra });

function envelope(payload: Record<string, unknown>, type = 'attraction.chat.message-posted'): string {
  return JSON.stringify({
    id: '0190f0d2-6c1a-7a3b-8c9d-0e1f2a3b4c5d',
    type,
    version: 1,
    occurredAt: '2026-03-02T05:00:00.000Z',
    producer: 'attraction',
    aggregateType: 'initiative-chat',
    aggregateId: payload.initiativeId,
    correlationId: 'c-1',
    causationId: null,
    actor: { userId: 'u', organizationId: 'o', role: 'MIO' },
    ruleEdition: 'E000',
    payload,
  });
}

const INITIATIVE = '0190f0d2-6c1a-7a3b-8c9d-000000000001';
const message = {
  messageId: '0190f0d2-6c1a-7a3b-8c9d-000000000002',
  initiativeId: INITIATIVE,
  authorUserId: 'u-mio',
  authorOrganizationId: 'org-mio',
  authorRole: 'MIO',
  body: 'Hello',
  postedAt: '2026-03-02T05:00:00.000Z',
  audience,
};

class FakeResponse {
  readonly chunks: string[] = [];
  status(): this {
    return this;
  }
  setHeader(): void {}
  flushHeaders(): void {}
  write(s: string): boolean {
    this.chunks.push(s);
    return true;
  }
  end(): void {}
}

describe('chat stream audience (§9.3 as for initiatives)', () => {
  it.each<[string, Actor, boolean]>([
    ['AB', actor('AB'), true],
    ['NC', actor('NC'), true],
    ['the receiving akimat', actor('MIO', { regionCode: ALMATY }), true],
    ['another akimat', actor('MIO', { regionCode: '710000000' }), false],
    ['the originating embassy', actor('FI', { organizationId: 'org-seoul', countryCode: 'JP' }), true],
    ['an NC office of the same country', actor('NCF', { countryCode: 'KR' }), true],
    ['an embassy elsewhere', actor('FI', { countryCode: 'DE' }), false],
    ['an embassy without a country', actor('FI'), false],
    ['a central state body', actor('CSB'), false],
  ])('%s → %s', (_n, a, expected) => {
    expect(audienceIncludes(a, audience)).toBe(expected);
  });

  it('an akimat does not see a message of an initiative not yet transferred', () => {
    expect(audienceIncludes(actor('MIO', { regionCode: ALMATY }), { ...audience, regionCode: null })).toBe(false);
  });
});

describe('ChatStreamHub', () => {
  async function opened(a: Actor): Promise<{ hub: ChatStreamHub; res: FakeResponse; req: EventEmitter }> {
    const bus = { call: jest.fn().mockResolvedValue({ initiativeId: INITIATIVE, audience }) } as unknown as BusClient;
    const hub = new ChatStreamHub({} as GatewayEnv, bus);
    const res = new FakeResponse();
    const req = new EventEmitter();
    await hub.open(INITIATIVE, a, { correlationId: 'c', locale: 'en' }, req as unknown as Request, res as unknown as Response);
    return { hub, res, req };
  }

  it('asks the attraction service first, then streams ready and the messages the user may see', async () => {
    const { hub, res } = await opened(actor('MIO', { regionCode: ALMATY }));
    expect(res.chunks[0]).toContain('event: ready');
    hub.deliver(envelope(message));
    hub.deliver(envelope({ ...message, initiativeId: '0190f0d2-6c1a-7a3b-8c9d-000000000009' }));
    hub.deliver(envelope({ ...message, audience: { ...audience, regionCode: '710000000' } }));
    hub.deliver(envelope({ initiativeId: INITIATIVE }, 'attraction.initiative.created'));
    hub.deliver(envelope({ ...message, body: '' }));
    hub.deliver('not json');
    const events = res.chunks.filter((c) => c.includes('event: message'));
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]!.split('data: ')[1]!)).toEqual({
      id: message.messageId,
      initiativeId: INITIATIVE,
      authorUserId: 'u-mio',
      authorOrganizationId: 'org-mio',
      authorRole: 'MIO',
      body: 'Hello',
      postedAt: message.postedAt,
    });
  });

  it('stops writing to a closed stream', async () => {
    const { hub, res, req } = await opened(actor('AB'));
    req.emit('close');
    hub.deliver(envelope(message));
    expect(res.chunks.filter((c) => c.includes('event: message'))).toHaveLength(0);
  });

  it('refuses to open when the attraction service says no', async () => {
    const bus = { call: jest.fn().mockRejectedValue(new Error('NOT_FOUND')) } as unknown as BusClient;
    const hub = new ChatStreamHub({} as GatewayEnv, bus);
    const res = new FakeResponse();
    await expect(
      hub.open(INITIATIVE, actor('MIO'), { correlationId: 'c', locale: 'en' }, new EventEmitter() as unknown as Request, res as unknown as Response),
    ).rejects.toThrow('NOT_FOUND');
    expect(res.chunks).toHaveLength(0);
  });
});
