/**
 * The registry of Kafka topic names: one events topic per producing service
 * (`ndip.<service>.events.v1`), its dead-letter topic, and the request-reply command topics
 * of the gateway. Nothing else in the code spells a topic name.
 */
export const SERVICES = ['attraction', 'implementation', 'post-investment', 'reporting', 'gateway'] as const;
export type ServiceName = (typeof SERVICES)[number];

export const EVENT_TOPICS = {
  attraction: 'ndip.attraction.events.v1',
  implementation: 'ndip.implementation.events.v1',
  'post-investment': 'ndip.post-investment.events.v1',
  reporting: 'ndip.reporting.events.v1',
  gateway: 'ndip.identity.events.v1',
} as const satisfies Record<ServiceName, string>;

export type EventTopic = (typeof EVENT_TOPICS)[ServiceName];

export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}

/** Request-reply command patterns answered by each service (gateway → service). */
export const COMMANDS = {
  attraction: {
    createCompany: 'ndip.attraction.cmd.create-company',
    getCompany: 'ndip.attraction.cmd.get-company',
    listCompanies: 'ndip.attraction.cmd.list-companies',
    createInitiative: 'ndip.attraction.cmd.create-initiative',
    getInitiative: 'ndip.attraction.cmd.get-initiative',
    listInitiatives: 'ndip.attraction.cmd.list-initiatives',
    transferInitiative: 'ndip.attraction.cmd.transfer-initiative',
    assignInitiativeOfficer: 'ndip.attraction.cmd.assign-initiative-officer',
    convertInitiative: 'ndip.attraction.cmd.convert-initiative',
  },
  implementation: {
    getProject: 'ndip.implementation.cmd.get-project',
    listProjects: 'ndip.implementation.cmd.list-projects',
    completeProject: 'ndip.implementation.cmd.complete-project',
  },
  'post-investment': {
    getMonitoringByProject: 'ndip.post-investment.cmd.get-monitoring-by-project',
    listMonitoring: 'ndip.post-investment.cmd.list-monitoring',
  },
  reporting: {
    projectCounts: 'ndip.reporting.cmd.project-counts',
  },
} as const;

type Values<T> = T[keyof T];
export type CommandPattern = Values<{ [S in keyof typeof COMMANDS]: Values<(typeof COMMANDS)[S]> }>;

export function allCommandPatterns(): string[] {
  return Object.values(COMMANDS).flatMap((c) => Object.values(c) as string[]);
}

export function replyTopic(pattern: string): string {
  return `${pattern}.reply`;
}
