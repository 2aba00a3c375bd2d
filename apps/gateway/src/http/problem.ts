import { HttpException } from '@nestjs/common';
import type { CommandError, CommandErrorCode } from '@ndip/platform';

export type Locale = 'kk' | 'ru' | 'en';

export type ProblemCode =
  | CommandErrorCode
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'ROUTE_NOT_FOUND'
  | 'UNAVAILABLE'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'RATE_LIMITED'
  | 'IDEMPOTENCY_KEY_REUSED';

/** HTTP status of every error code: one exhaustive mapping (STYLE.md rule 5). */
export const STATUS_OF: Record<ProblemCode, number> = {
  INVALID_INPUT: 400,
  UNKNOWN_REFERENCE: 400,
  UNAUTHENTICATED: 401,
  WRONG_ROLE: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  WRONG_STATE: 409,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  DEADLINE_PASSED: 422,
  NOT_IN_EDITION: 422,
  RATE_LIMITED: 429,
  IDEMPOTENCY_KEY_REUSED: 422,
  INTERNAL: 500,
  ATTACHMENT_INTEGRITY: 500,
  UNAVAILABLE: 503,
};

const TITLES: Record<ProblemCode, Record<Locale, string>> = {
  INVALID_INPUT: { en: 'Invalid request', ru: 'Некорректный запрос', kk: 'Сұрау дұрыс емес' },
  UNKNOWN_REFERENCE: { en: 'Unknown reference value', ru: 'Неизвестное справочное значение', kk: 'Белгісіз анықтамалық мән' },
  UNAUTHENTICATED: { en: 'Sign-in required', ru: 'Требуется вход в систему', kk: 'Жүйеге кіру қажет' },
  WRONG_ROLE: { en: 'Not allowed for your role', ru: 'Действие недоступно для вашей роли', kk: 'Сіздің рөліңізге рұқсат етілмеген' },
  FORBIDDEN: { en: 'Forbidden', ru: 'Доступ запрещён', kk: 'Қол жеткізуге тыйым салынған' },
  NOT_FOUND: { en: 'Not found', ru: 'Не найдено', kk: 'Табылмады' },
  ROUTE_NOT_FOUND: { en: 'No such endpoint', ru: 'Нет такого адреса', kk: 'Мұндай мекенжай жоқ' },
  WRONG_STATE: { en: 'Not allowed in the current status', ru: 'Недопустимо в текущем статусе', kk: 'Ағымдағы мәртебеде рұқсат етілмейді' },
  CONFLICT: { en: 'Conflict with existing data', ru: 'Конфликт с существующими данными', kk: 'Бар деректермен қайшылық' },
  PAYLOAD_TOO_LARGE: { en: 'Request too large', ru: 'Слишком большой запрос', kk: 'Сұрау тым үлкен' },
  UNSUPPORTED_MEDIA_TYPE: { en: 'Unsupported file type', ru: 'Недопустимый тип файла', kk: 'Файл түріне рұқсат етілмеген' },
  DEADLINE_PASSED: { en: 'The deadline has passed', ru: 'Срок истёк', kk: 'Мерзімі өтті' },
  NOT_IN_EDITION: { en: 'Not provided by the rules in force', ru: 'Не предусмотрено действующими правилами', kk: 'Қолданыстағы қағидаларда көзделмеген' },
  RATE_LIMITED: { en: 'Too many requests', ru: 'Слишком много запросов', kk: 'Сұраулар тым көп' },
  IDEMPOTENCY_KEY_REUSED: {
    en: 'Idempotency-Key already used for another request',
    ru: 'Ключ идемпотентности уже использован для другого запроса',
    kk: 'Идемпотенттілік кілті басқа сұрау үшін пайдаланылған',
  },
  INTERNAL: { en: 'Internal error', ru: 'Внутренняя ошибка', kk: 'Ішкі қате' },
  ATTACHMENT_INTEGRITY: {
    en: 'The stored file is damaged',
    ru: 'Сохранённый файл повреждён',
    kk: 'Сақталған файл бүлінген',
  },
  UNAVAILABLE: { en: 'Service temporarily unavailable', ru: 'Сервис временно недоступен', kk: 'Қызмет уақытша қолжетімсіз' },
};

export function titleOf(code: ProblemCode, locale: Locale): string {
  return TITLES[code][locale];
}

export function localeOf(header: string | string[] | undefined): Locale {
  const h = (Array.isArray(header) ? header[0] : (header ?? '')).toLowerCase();
  for (const part of h.split(',')) {
    const tag = part.trim().slice(0, 2);
    if (tag === 'kk' || tag === 'ru' || tag === 'en') return tag;
  }
  return 'ru';
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  field?: string;
  errors?: { field: string; message: string }[];
  /** Machine reason below the code, e.g. the digital-signature check that failed. */
  reason?: string;
  instance?: string;
  correlationId?: string;
}

/** An error the gateway answers as RFC 9457 problem+json. */
export class ProblemException extends HttpException {
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extra: { field?: string; errors?: { field: string; message: string }[]; correlationId?: string; retryAfterSeconds?: number; reason?: string } = {},
  ) {
    super(detail, STATUS_OF[code]);
  }

  static fromCommandError(e: CommandError): ProblemException {
    return new ProblemException(e.code, e.message, {
      field: e.field,
      errors: e.problems,
      correlationId: e.correlationId,
      ...(e.code === 'UNAVAILABLE' ? { retryAfterSeconds: 5 } : {}),
    });
  }
}
