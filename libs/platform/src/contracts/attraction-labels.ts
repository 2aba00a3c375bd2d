import type { CompanySize, InitiativeStatus, KycStatus, MeetingEventKind, VisitStatus } from '@ndip/domain';

/** A label in the three languages of the API. */
export interface Label {
  kk: string;
  ru: string;
  en: string;
}

/**
 * Labels of the Module 1 codes, in kk/ru/en (ru from the seed texts where they name the thing:
 * инициатива, визит, карточка встречи, KYC). Served by `GET /api/v1/reference/attraction`.
 */
export const ATTRACTION_LABELS: {
  initiativeStatuses: Record<InitiativeStatus, Label>;
  visitStatuses: Record<VisitStatus, Label>;
  kycStatuses: Record<KycStatus, Label>;
  meetingEventKinds: Record<MeetingEventKind, Label>;
  companySizes: Record<CompanySize, Label>;
} = {
  initiativeStatuses: {
    DRAFT: { kk: 'Жоба', ru: 'Черновик', en: 'Draft' },
    TRANSFERRED: { kk: 'ЖАО-ға берілді', ru: 'Передана в МИО', en: 'Transferred to the akimat' },
    IN_WORK: { kk: 'Жұмыста', ru: 'В работе', en: 'In work' },
    EXTENDED: { kk: 'Мерзімі ұзартылды', ru: 'Срок продлён', en: 'Extended' },
    REDIRECT_PENDING: { kk: 'Қайта бағыттау келісуде', ru: 'Перенаправление на согласовании', en: 'Redirection pending' },
    RETURNED: { kk: 'Бастамашыға қайтарылды', ru: 'Возвращена инициатору', en: 'Returned to the initiator' },
    CONVERTED: { kk: 'Жоба паспорты жасалды', ru: 'Сформирован паспорт проекта', en: 'Converted to a project passport' },
  },
  visitStatuses: {
    PROPOSED: { kk: 'Ұсынылды', ru: 'Предложен', en: 'Proposed' },
    APPROVED: { kk: 'Мақұлданды', ru: 'Одобрен', en: 'Approved' },
    DECLINED: { kk: 'Қабылданбады', ru: 'Отклонён', en: 'Declined' },
    PROGRAMME_READY: { kk: 'Бағдарлама дайын', ru: 'Программа сформирована', en: 'Programme ready' },
    COMPLETED: { kk: 'Сапар өтті', ru: 'Визит состоялся', en: 'Completed' },
    INITIATIVE_TRANSFERRED: { kk: 'Бастама берілді', ru: 'Инициатива передана', en: 'Initiative transferred' },
  },
  kycStatuses: {
    NOT_STARTED: { kk: 'Басталмаған', ru: 'Не начата', en: 'Not started' },
    IN_PROGRESS: { kk: 'Жүргізілуде', ru: 'Проводится', en: 'In progress' },
    PASSED: { kk: 'Өтті', ru: 'Пройдена', en: 'Passed' },
    FAILED: { kk: 'Өтпеді', ru: 'Не пройдена', en: 'Failed' },
  },
  meetingEventKinds: {
    INTERNATIONAL_EVENT: { kk: 'Халықаралық іс-шара', ru: 'Международное мероприятие', en: 'International event' },
    NATIONAL_EVENT: { kk: 'Республикалық іс-шара', ru: 'Республиканское мероприятие', en: 'National event' },
    LEADER_VISIT: { kk: 'Басшылардың сапары', ru: 'Визит руководителей', en: 'Leaders’ visit' },
    OTHER: { kk: 'Басқа', ru: 'Другое', en: 'Other' },
  },
  companySizes: {
    MICRO: { kk: 'Микро', ru: 'Микро', en: 'Micro' },
    SMALL: { kk: 'Шағын', ru: 'Малая', en: 'Small' },
    MEDIUM: { kk: 'Орта', ru: 'Средняя', en: 'Medium' },
    LARGE: { kk: 'Ірі', ru: 'Крупная', en: 'Large' },
  },
};
