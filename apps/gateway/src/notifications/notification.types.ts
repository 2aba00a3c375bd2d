import type { DeadlineKind } from '@ndip/domain/rules/reminders';
import type { OrganizationType } from '@ndip/domain';

export type Locale = 'kk' | 'ru' | 'en';

/** What a user can be notified of; the preference is kept per user and type. */
export const NOTIFICATION_TYPES = [
  'INITIATIVE_TRANSFERRED',
  'INITIATIVE_ASSIGNED',
  'INITIATIVE_REVERTED',
  'ROADMAP_REWORK',
  'APPROVAL_REQUESTED',
  'VALIDATION_REQUESTED',
  'PROJECT_UPDATE',
  'DEADLINE_REMINDER',
  'DEADLINE_OVERDUE',
  'ESCALATION',
  'DIGEST',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** Legal deadlines: these may be moved between in-app and e-mail, never switched off. */
export const MANDATORY_TYPES: readonly NotificationType[] = [
  'INITIATIVE_TRANSFERRED',
  'INITIATIVE_ASSIGNED',
  'ROADMAP_REWORK',
  'DEADLINE_REMINDER',
  'DEADLINE_OVERDUE',
  'ESCALATION',
];

/** IN_APP: the inbox only; EMAIL: the inbox and an e-mail; OFF: nothing. */
export const CHANNELS = ['IN_APP', 'EMAIL', 'OFF'] as const;
export type Channel = (typeof CHANNELS)[number];

export const DEFAULT_CHANNEL: Record<NotificationType, Channel> = {
  INITIATIVE_TRANSFERRED: 'EMAIL',
  INITIATIVE_ASSIGNED: 'EMAIL',
  INITIATIVE_REVERTED: 'EMAIL',
  ROADMAP_REWORK: 'EMAIL',
  APPROVAL_REQUESTED: 'EMAIL',
  VALIDATION_REQUESTED: 'EMAIL',
  PROJECT_UPDATE: 'IN_APP',
  DEADLINE_REMINDER: 'EMAIL',
  DEADLINE_OVERDUE: 'EMAIL',
  ESCALATION: 'EMAIL',
  DIGEST: 'EMAIL',
};

/**
 * Who must know, resolved against the gateway's users when the notice is written:
 * one user; the users (or only the heads) of one organisation; of every organisation of a type
 * (optionally in one region); the investor company's users by its BIN.
 */
export type Audience =
  | { kind: 'USER'; userId: string }
  | { kind: 'ORG'; organizationId: string; headsOnly?: boolean }
  | { kind: 'ORG_TYPE'; type: OrganizationType; regionCode?: string | null; headsOnly?: boolean }
  | { kind: 'INVESTOR'; bin: string };

export interface Recipient {
  userId: string;
  locale: Locale;
  email: string | null;
  organizationId: string;
}

/** Values a template may use. Dates are YYYY-MM-DD and are formatted per language. */
export interface NoticeParams {
  title?: string;
  regionCode?: string | null;
  dueOn?: string | null;
  days?: number | null;
  reason?: string | null;
  deadlineKind?: DeadlineKind;
  count?: number;
  lines?: string[];
  [k: string]: unknown;
}

export interface Notice {
  type: NotificationType;
  /** Unique per user: the same notice twice (a redelivered event, a second scheduler run) is written once. */
  dedupeKey: string;
  audiences: Audience[];
  template: string;
  params: NoticeParams;
  recordType: string | null;
  recordId: string | null;
  /** Where the record is in the application (path under the web UI), e.g. `/initiatives/<id>`. */
  link: string | null;
  dueOn?: string | null;
}
