import { DEADLINE_KINDS } from '@ndip/domain/rules/reminders';
import { backoffMs } from './email.sender';
import { deadlineLabel, formatDate, renderEmail, renderNotice, templateNames } from './templates';

describe('notification templates', () => {
  const params = { title: 'Cement <plant>', dueOn: '2026-12-21', days: 2, reason: 'no tasks', count: 1, lines: ['• a'], deadlineKind: 'TASK_DUE' as const };

  it.each(templateNames())('%s has a title and a body in kk, ru and en, each different', (t) => {
    const texts = (['kk', 'ru', 'en'] as const).map((l) => renderNotice(t, l, params));
    for (const x of texts) {
      expect(x.title.length).toBeGreaterThan(0);
      expect(x.body.length).toBeGreaterThan(0);
    }
    expect(new Set(texts.map((x) => x.title)).size).toBe(3);
  });

  it('writes the deadline as a date in the reader’s convention', () => {
    expect(formatDate('2026-12-21', 'ru')).toBe('21.12.2026');
    expect(formatDate('2026-12-21', 'kk')).toBe('21.12.2026');
    expect(formatDate('2026-12-21', 'en')).toBe('2026-12-21');
    expect(formatDate(null, 'en')).toBe('');
    expect(renderNotice('roadmap.rework', 'ru', params).body).toContain('до 21.12.2026');
    expect(renderNotice('roadmap.rework', 'en', params).body).toContain('by 2026-12-21');
  });

  it('labels every deadline kind in three languages', () => {
    for (const k of DEADLINE_KINDS) expect(new Set((['kk', 'ru', 'en'] as const).map((l) => deadlineLabel(k, l))).size).toBe(3);
  });

  it('refuses an unknown template', () => {
    expect(() => renderNotice('nope', 'ru', {})).toThrow('unknown notification template nope');
  });

  it('renders the e-mail as text and escaped HTML with the link', () => {
    const notice = renderNotice('initiative.assigned', 'en', params);
    const mail = renderEmail('en', notice, 'https://ndip.test/initiatives/1?a=1&b=2');
    expect(mail.subject).toBe('НЦИП / NDIP: An initiative was assigned to you');
    expect(mail.text).toContain('Open: https://ndip.test/initiatives/1?a=1&b=2');
    expect(mail.html).toContain('Cement &lt;plant&gt;');
    expect(mail.html).toContain('href="https://ndip.test/initiatives/1?a=1&amp;b=2"');
    expect(mail.html).toContain('<html lang="en">');
    expect(renderEmail('ru', notice, null).html).not.toContain('<a ');
  });
});

describe('backoffMs', () => {
  it('doubles from the base up to the maximum', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, 200, 1000))).toEqual([200, 400, 800, 1000, 1000]);
    expect(backoffMs(0, 200, 1000)).toBe(200);
    expect(backoffMs(500, 30_000, 3_600_000)).toBe(3_600_000);
  });
});
