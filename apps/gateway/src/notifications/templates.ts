import type { DeadlineKind } from '@ndip/domain/rules/reminders';
import type { Locale, NoticeParams } from './notification.types';

/** A date as the reader expects it: 27.11.2026 (kk, ru), 2026-11-27 (en, ISO). */
export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return locale === 'en' ? iso : `${d}.${m}.${y}`;
}

const DEADLINE_LABEL: Record<DeadlineKind, Record<Locale, string>> = {
  TASK_DUE: { kk: 'Жол картасы міндетінің мерзімі', ru: 'Срок задачи дорожной карты', en: 'Roadmap task due date' },
  TASK_VALIDATION: { kk: 'Міндетті валидациялау мерзімі', ru: 'Срок валидации задачи', en: 'Task validation deadline' },
  INITIATIVE_ACTION: { kk: 'Бастама бойынша шешім мерзімі', ru: 'Срок принятия мер по инициативе', en: 'Initiative action deadline' },
  ROADMAP_FORM: { kk: 'Жол картасын қалыптастыру мерзімі', ru: 'Срок формирования дорожной карты', en: 'Roadmap preparation deadline' },
  ROADMAP_REWORK: { kk: 'Жол картасын пысықтау мерзімі', ru: 'Срок доработки дорожной карты', en: 'Roadmap rework deadline' },
  QUARTERLY_REPORT: { kk: 'Тоқсандық есеп беру мерзімі', ru: 'Срок квартального отчёта', en: 'Quarterly report deadline' },
};

export function deadlineLabel(kind: DeadlineKind, locale: Locale): string {
  return DEADLINE_LABEL[kind][locale];
}

type Text = (p: NoticeParams, l: Locale) => { title: string; body: string };

const d = (p: NoticeParams, l: Locale): string => formatDate(p.dueOn, l);
const q = (s: unknown): string => (typeof s === 'string' && s.length > 0 ? `«${s}»` : '');
const kindOf = (p: NoticeParams): DeadlineKind => p.deadlineKind ?? 'TASK_DUE';

const TEMPLATES: Record<string, Record<Locale, Text>> = {
  'initiative.transferred': {
    kk: (p, l) => ({ title: 'Бастама әкімдікке берілді', body: `${q(p.title)} бастамасы сіздің әкімдікке берілді. Шешім қабылдау мерзімі: ${d(p, l)}.` }),
    ru: (p, l) => ({ title: 'Инициатива передана в акимат', body: `Инициатива ${q(p.title)} передана в ваш акимат. Срок принятия мер: до ${d(p, l)}.` }),
    en: (p, l) => ({ title: 'Initiative transferred to your akimat', body: `The initiative ${q(p.title)} was transferred to your akimat. Act by ${d(p, l)}.` }),
  },
  'initiative.assigned': {
    kk: (p, l) => ({ title: 'Сізге бастама тағайындалды', body: `Сіз ${q(p.title)} бастамасына жауапты болып тағайындалдыңыз. Мерзімі: ${d(p, l)}.` }),
    ru: (p, l) => ({ title: 'Вам поручена инициатива', body: `Вы назначены ответственным по инициативе ${q(p.title)}. Срок принятия мер: до ${d(p, l)}.` }),
    en: (p, l) => ({
      title: 'An initiative was assigned to you',
      body: `You are the official responsible for the initiative ${q(p.title)}. Act by ${d(p, l)}.`,
    }),
  },
  'initiative.redirect': {
    kk: (p) => ({
      title: 'Бастаманы басқа әкімдікке беру келісуді күтуде',
      body: `${q(p.title)} бастамасын басқа әкімдікке беру сұралды. Себебі: ${p.reason ?? ''}`,
    }),
    ru: (p) => ({
      title: 'Перенаправление инициативы ожидает согласования',
      body: `Запрошено перенаправление инициативы ${q(p.title)} в другой акимат. Причина: ${p.reason ?? ''}`,
    }),
    en: (p) => ({
      title: 'Initiative redirection awaits your approval',
      body: `A redirection of the initiative ${q(p.title)} to another akimat was requested. Reason: ${p.reason ?? ''}`,
    }),
  },
  'initiative.reverted': {
    kk: (p) => ({ title: 'Бастама жоба карточкасынан қайтарылды', body: `Бастама жоба карточкасынан бастамашы органға қайтарылды. Себебі: ${p.reason ?? ''}` }),
    ru: (p) => ({
      title: 'Инициатива возвращена из карточки проекта',
      body: `Инициатива возвращена из карточки проекта инициатору. Причина: ${p.reason ?? ''}`,
    }),
    en: (p) => ({
      title: 'Initiative turned back from its project card',
      body: `The initiative was returned from its project card to the initiator body. Reason: ${p.reason ?? ''}`,
    }),
  },
  'roadmap.rework': {
    kk: (p, l) => ({
      title: 'Жол картасы пысықтауға қайтарылды',
      body: `Жол картасы ${q(p.title)} пысықтауға қайтарылды. Түзету мерзімі: ${d(p, l)} (5 жұмыс күні).${p.reason ? ` Себебі: ${p.reason}` : ''}`,
    }),
    ru: (p, l) => ({
      title: 'Дорожная карта возвращена на доработку',
      body: `Дорожная карта ${q(p.title)} возвращена на доработку. Срок исправления: до ${d(p, l)} (5 рабочих дней).${p.reason ? ` Причина: ${p.reason}` : ''}`,
    }),
    en: (p, l) => ({
      title: 'Roadmap sent back for rework',
      body: `The roadmap ${q(p.title)} was sent back for rework. Fix it by ${d(p, l)} (5 working days).${p.reason ? ` Reason: ${p.reason}` : ''}`,
    }),
  },
  'roadmap.approval': {
    kk: (p) => ({ title: 'Жол картасы келісуге жіберілді', body: `Жол картасы ${q(p.title)} сіздің келісуіңізді күтуде.` }),
    ru: (p) => ({ title: 'Дорожная карта ожидает согласования', body: `Дорожная карта ${q(p.title)} направлена вам на согласование.` }),
    en: (p) => ({ title: 'Roadmap awaits your approval', body: `The roadmap ${q(p.title)} was submitted for your approval.` }),
  },
  'task.validation': {
    kk: (p, l) => ({ title: 'Міндет валидацияны күтуде', body: `Жол картасының ${q(p.title)} міндеті орындалды. Валидациялау мерзімі: ${d(p, l)}.` }),
    ru: (p, l) => ({ title: 'Задача ожидает валидации', body: `Задача дорожной карты ${q(p.title)} выполнена. Срок валидации: до ${d(p, l)}.` }),
    en: (p, l) => ({ title: 'Task awaits validation', body: `The roadmap task ${q(p.title)} was completed. Validate it by ${d(p, l)}.` }),
  },
  'project.roadmap-approved': {
    kk: (p) => ({ title: 'Жобаңыздың жол картасы бекітілді', body: `${q(p.title)} жобасының жол картасы бекітілді.` }),
    ru: (p) => ({ title: 'Дорожная карта вашего проекта утверждена', body: `Дорожная карта проекта ${q(p.title)} утверждена.` }),
    en: (p) => ({ title: 'Your project roadmap was approved', body: `The roadmap of the project ${q(p.title)} was approved.` }),
  },
  'project.monitoring': {
    kk: (p) => ({ title: 'Жоба инвестициядан кейінгі мониторингке өтті', body: `${q(p.title)} жобасы инвестициядан кейінгі мониторингке өтті.` }),
    ru: (p) => ({ title: 'Проект передан на постинвестиционный мониторинг', body: `Проект ${q(p.title)} передан на постинвестиционное сопровождение.` }),
    en: (p) => ({ title: 'Project moved to post-investment monitoring', body: `The project ${q(p.title)} moved to post-investment aftercare.` }),
  },
  'issue.escalated': {
    kk: (p, l) => ({ title: 'Инвестор мәселесі Кеңеске жіберілді', body: `Инвестордың мәселесі мерзімінде (${d(p, l)}) шешілмеді және Кеңеске жіберілді.` }),
    ru: (p, l) => ({
      title: 'Проблема инвестора вынесена на Совет',
      body: `Проблема инвестора не решена в срок (до ${d(p, l)}) и вынесена на Совет по привлечению инвестиций.`,
    }),
    en: (p, l) => ({
      title: 'Investor issue escalated to the Council',
      body: `An investor issue was not resolved by ${d(p, l)} and went to the Council on investment attraction.`,
    }),
  },
  'deadline.reminder': {
    kk: (p, l) => ({
      title: `Еске салу: ${deadlineLabel(kindOf(p), l)}`,
      body: `${deadlineLabel(kindOf(p), l)} ${q(p.title)}: ${d(p, l)}. Қалған жұмыс күндері: ${p.days ?? 0}.`,
    }),
    ru: (p, l) => ({
      title: `Напоминание: ${deadlineLabel(kindOf(p), l)}`,
      body: `${deadlineLabel(kindOf(p), l)} ${q(p.title)}: до ${d(p, l)}. Осталось рабочих дней: ${p.days ?? 0}.`,
    }),
    en: (p, l) => ({
      title: `Reminder: ${deadlineLabel(kindOf(p), l)}`,
      body: `${deadlineLabel(kindOf(p), l)} ${q(p.title)}: ${d(p, l)}. Working days left: ${p.days ?? 0}.`,
    }),
  },
  'deadline.overdue': {
    kk: (p, l) => ({ title: `Мерзім өтті: ${deadlineLabel(kindOf(p), l)}`, body: `${deadlineLabel(kindOf(p), l)} ${q(p.title)} ${d(p, l)} өтіп кетті.` }),
    ru: (p, l) => ({ title: `Просрочено: ${deadlineLabel(kindOf(p), l)}`, body: `${deadlineLabel(kindOf(p), l)} ${q(p.title)} истёк ${d(p, l)}.` }),
    en: (p, l) => ({ title: `Overdue: ${deadlineLabel(kindOf(p), l)}`, body: `${deadlineLabel(kindOf(p), l)} ${q(p.title)} passed on ${d(p, l)}.` }),
  },
  // Issue 13: a decreed day transfer moved an open working-day deadline.
  'deadline.recomputed': {
    kk: (p, l) => ({
      title: `Мерзім өзгерді: ${deadlineLabel(kindOf(p), l)}`,
      body: `Демалыс күнінің ауыстырылуына байланысты ${deadlineLabel(kindOf(p), l).toLowerCase()} ${q(p.title)} ${formatDate(p.previousDueOn as string, l)} орнына ${d(p, l)} болды.`,
    }),
    ru: (p, l) => ({
      title: `Срок изменён: ${deadlineLabel(kindOf(p), l)}`,
      body: `В связи с переносом дня отдыха ${deadlineLabel(kindOf(p), l).toLowerCase()} ${q(p.title)} переносится с ${formatDate(p.previousDueOn as string, l)} на ${d(p, l)}.`,
    }),
    en: (p, l) => ({
      title: `Deadline moved: ${deadlineLabel(kindOf(p), l)}`,
      body: `Because of a decreed transfer of a day off, the ${deadlineLabel(kindOf(p), l).toLowerCase()} ${q(p.title)} moves from ${formatDate(p.previousDueOn as string, l)} to ${d(p, l)}.`,
    }),
  },
  digest: {
    kk: (p) => ({ title: `Күнделікті шолу: ${p.count ?? 0}`, body: ['Сізді күтіп тұрған істер:', ...(p.lines ?? [])].join('\n') }),
    ru: (p) => ({ title: `Ежедневная сводка: ${p.count ?? 0}`, body: ['Вас ожидают:', ...(p.lines ?? [])].join('\n') }),
    en: (p) => ({ title: `Daily digest: ${p.count ?? 0}`, body: ['Waiting for you:', ...(p.lines ?? [])].join('\n') }),
  },
};

export function templateNames(): string[] {
  return Object.keys(TEMPLATES);
}

export function renderNotice(template: string, locale: Locale, params: NoticeParams): { title: string; body: string } {
  const t = TEMPLATES[template];
  if (!t) throw new Error(`unknown notification template ${template}`);
  return t[locale](params, locale);
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const FOOTER: Record<Locale, string> = {
  kk: 'Ұлттық цифрлық инвестициялық платформа (ҰЦИП). Хабарламалар баптауларын жеке кабинетте өзгертуге болады.',
  ru: 'Национальная цифровая инвестиционная платформа (НЦИП). Настройки уведомлений — в личном кабинете.',
  en: 'National Digital Investment Platform (NDIP). Notification settings are in your profile.',
};

const OPEN: Record<Locale, string> = { kk: 'Ашу', ru: 'Открыть', en: 'Open' };

/** The e-mail of a notice: the same words as the inbox, as plain text and HTML, in the reader's language. */
export function renderEmail(locale: Locale, notice: { title: string; body: string }, url: string | null): { subject: string; text: string; html: string } {
  const subject = `НЦИП / NDIP: ${notice.title}`;
  const text = [notice.title, '', notice.body, ...(url ? ['', `${OPEN[locale]}: ${url}`] : []), '', '--', FOOTER[locale]].join('\n');
  const paragraphs = notice.body
    .split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
  const html =
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>` +
    `<h2>${escapeHtml(notice.title)}</h2>${paragraphs}` +
    (url ? `<p><a href="${escapeHtml(url)}">${OPEN[locale]}</a></p>` : '') +
    `<hr><p style="color:#666;font-size:12px">${escapeHtml(FOOTER[locale])}</p></body></html>`;
  return { subject, text, html };
}
