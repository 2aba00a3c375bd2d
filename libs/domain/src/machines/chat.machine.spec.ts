import { DomainErrorCode } from '../errors/domain-error';
import { decideChatMessage, mayUseChat, type ChatCommand } from './chat.machine';
import { REGION_A, actorOf, ctxOf, errCode, errField, okState } from './test-fixtures';

const POST: ChatCommand = {
  type: 'POST',
  messageId: 'msg-1',
  initiativeId: 'ini-1',
  body: '  When can the investor visit the site?  ',
  postedAt: '2026-03-02T05:00:00.000Z',
  audience: { originatorOrganizationId: 'org-fi', countryCode: 'KR', regionCode: REGION_A },
};

describe('Module 1 chat', () => {
  it('POST by a participant: trimmed body, author from the actor, message-posted event keyed by the initiative', () => {
    const d = decideChatMessage(POST, ctxOf('E000', actorOf('MIO', { regionCode: REGION_A }), '2026-03-02'));
    expect(okState(d)).toEqual({
      messageId: 'msg-1',
      initiativeId: 'ini-1',
      authorUserId: 'u-mio',
      authorOrganizationId: 'org-mio',
      authorRole: 'MIO',
      body: 'When can the investor visit the site?',
      postedAt: '2026-03-02T05:00:00.000Z',
    });
    expect(d.ok && d.events[0]).toMatchObject({
      type: 'attraction.chat.message-posted',
      aggregateType: 'initiative-chat',
      aggregateId: 'ini-1',
      payload: { messageId: 'msg-1', audience: POST.audience },
    });
  });

  it('roles of §9.2 "Module 1 chat": FI, NCF, NC, MIO, CSB, AB; not INV or NCH', () => {
    expect((['FI', 'NCF', 'NC', 'MIO', 'CSB', 'AB'] as const).every((r) => mayUseChat(r, 'E000'))).toBe(true);
    expect(mayUseChat('INV', 'E001') || mayUseChat('NCH', 'E001')).toBe(false);
    expect(errCode(decideChatMessage(POST, ctxOf('E001', actorOf('INV'), '2026-03-02')))).toBe(DomainErrorCode.WRONG_ROLE);
  });

  it('refuses a blank or too long body', () => {
    const ctx = ctxOf('E000', actorOf('FI'), '2026-03-02');
    expect(errField(decideChatMessage({ ...POST, body: '   ' }, ctx))).toBe('body');
    expect(errField(decideChatMessage({ ...POST, body: 'x'.repeat(4001) }, ctx))).toBe('body');
    expect(okState(decideChatMessage({ ...POST, body: 'x'.repeat(4000) }, ctx)).body).toHaveLength(4000);
  });
});
