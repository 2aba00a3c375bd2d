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

/**
 * Reference data with effective dates (MCI, day transfers, rule configuration, classifiers): written by the
 * implementation service's reference store, read by every service (libs/platform/src/reference) from offset 0.
 */
export const REFERENCE_TOPIC = 'ndip.reference.events.v1';

export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}

/** Request-reply command patterns answered by each service (gateway → service). */
export const COMMANDS = {
  attraction: {
    queryAudit: 'ndip.attraction.cmd.query-audit',
    verifyAudit: 'ndip.attraction.cmd.verify-audit',
    createCompany: 'ndip.attraction.cmd.create-company',
    importCompanies: 'ndip.attraction.cmd.import-companies',
    getCompany: 'ndip.attraction.cmd.get-company',
    listCompanies: 'ndip.attraction.cmd.list-companies',
    createInitiative: 'ndip.attraction.cmd.create-initiative',
    getInitiative: 'ndip.attraction.cmd.get-initiative',
    listInitiatives: 'ndip.attraction.cmd.list-initiatives',
    transferInitiative: 'ndip.attraction.cmd.transfer-initiative',
    assignInitiativeOfficer: 'ndip.attraction.cmd.assign-initiative-officer',
    convertInitiative: 'ndip.attraction.cmd.convert-initiative',
    updateCompany: 'ndip.attraction.cmd.update-company',
    companyDuplicates: 'ndip.attraction.cmd.company-duplicates',
    mergeCompany: 'ndip.attraction.cmd.merge-company',
    addContact: 'ndip.attraction.cmd.add-contact',
    listContacts: 'ndip.attraction.cmd.list-contacts',
    updateContact: 'ndip.attraction.cmd.update-contact',
    startKyc: 'ndip.attraction.cmd.start-kyc',
    completeKyc: 'ndip.attraction.cmd.complete-kyc',
    overrideKyc: 'ndip.attraction.cmd.override-kyc',
    listKyc: 'ndip.attraction.cmd.list-kyc',
    createMeeting: 'ndip.attraction.cmd.create-meeting',
    getMeeting: 'ndip.attraction.cmd.get-meeting',
    listMeetings: 'ndip.attraction.cmd.list-meetings',
    updateMeeting: 'ndip.attraction.cmd.update-meeting',
    submitTripCard: 'ndip.attraction.cmd.submit-trip-card',
    listTripCards: 'ndip.attraction.cmd.list-trip-cards',
    proposeVisit: 'ndip.attraction.cmd.propose-visit',
    getVisit: 'ndip.attraction.cmd.get-visit',
    listVisits: 'ndip.attraction.cmd.list-visits',
    approveVisit: 'ndip.attraction.cmd.approve-visit',
    declineVisit: 'ndip.attraction.cmd.decline-visit',
    setVisitProgramme: 'ndip.attraction.cmd.set-visit-programme',
    completeVisit: 'ndip.attraction.cmd.complete-visit',
    extendInitiative: 'ndip.attraction.cmd.extend-initiative',
    requestInitiativeRedirect: 'ndip.attraction.cmd.request-initiative-redirect',
    approveInitiativeRedirect: 'ndip.attraction.cmd.approve-initiative-redirect',
    refuseInitiativeRedirect: 'ndip.attraction.cmd.refuse-initiative-redirect',
    returnInitiative: 'ndip.attraction.cmd.return-initiative',
    revertInitiativeFromProject: 'ndip.attraction.cmd.revert-initiative-from-project',
    runOverdueScan: 'ndip.attraction.cmd.run-overdue-scan',
    postChatMessage: 'ndip.attraction.cmd.post-chat-message',
    listChatMessages: 'ndip.attraction.cmd.list-chat-messages',
    markChatRead: 'ndip.attraction.cmd.mark-chat-read',
    chatAccess: 'ndip.attraction.cmd.chat-access',
    createCountryProgramme: 'ndip.attraction.cmd.create-country-programme',
    addCountryProgrammeVersion: 'ndip.attraction.cmd.add-country-programme-version',
    getCountryProgramme: 'ndip.attraction.cmd.get-country-programme',
    listCountryProgrammes: 'ndip.attraction.cmd.list-country-programmes',
  },
  implementation: {
    queryAudit: 'ndip.implementation.cmd.query-audit',
    verifyAudit: 'ndip.implementation.cmd.verify-audit',
    getProject: 'ndip.implementation.cmd.get-project',
    importProjects: 'ndip.implementation.cmd.import-projects',
    listProjects: 'ndip.implementation.cmd.list-projects',
    createProject: 'ndip.implementation.cmd.create-project',
    updatePassport: 'ndip.implementation.cmd.update-passport',
    completePassport: 'ndip.implementation.cmd.complete-passport',
    listGreenCorridorScorings: 'ndip.implementation.cmd.list-green-corridor-scorings',
    assignRoadmapMio: 'ndip.implementation.cmd.assign-roadmap-mio',
    updateRoadmapDraft: 'ndip.implementation.cmd.update-roadmap-draft',
    roadmapTransition: 'ndip.implementation.cmd.roadmap-transition',
    getRoadmap: 'ndip.implementation.cmd.get-roadmap',
    listTasks: 'ndip.implementation.cmd.list-tasks',
    taskTransition: 'ndip.implementation.cmd.task-transition',
    runOverdueScan: 'ndip.implementation.cmd.run-overdue-scan',
    submitPoolRequest: 'ndip.implementation.cmd.submit-pool-request',
    decidePoolRequest: 'ndip.implementation.cmd.decide-pool-request',
    getPoolMembership: 'ndip.implementation.cmd.get-pool-membership',
    draftRestrictiveMeasure: 'ndip.implementation.cmd.draft-restrictive-measure',
    restrictiveMeasureTransition: 'ndip.implementation.cmd.restrictive-measure-transition',
    listRestrictiveMeasures: 'ndip.implementation.cmd.list-restrictive-measures',
    registerProsecutorCase: 'ndip.implementation.cmd.register-prosecutor-case',
    prosecutorCaseTransition: 'ndip.implementation.cmd.prosecutor-case-transition',
    listProsecutorCases: 'ndip.implementation.cmd.list-prosecutor-cases',
    fileStateService: 'ndip.implementation.cmd.file-state-service',
    stateServiceTransition: 'ndip.implementation.cmd.state-service-transition',
    getStateService: 'ndip.implementation.cmd.get-state-service',
    listStateServices: 'ndip.implementation.cmd.list-state-services',
    uploadAttachment: 'ndip.implementation.cmd.upload-attachment',
    addComment: 'ndip.implementation.cmd.add-comment',
    listDiscussion: 'ndip.implementation.cmd.list-discussion',
    downloadAttachment: 'ndip.implementation.cmd.download-attachment',
    roadmapChange: 'ndip.implementation.cmd.roadmap-change',
    runDeadlineScan: 'ndip.implementation.cmd.run-deadline-scan',
    recordReference: 'ndip.implementation.cmd.record-reference',
    listReference: 'ndip.implementation.cmd.list-reference',
    referenceHistory: 'ndip.implementation.cmd.reference-history',
    exportReference: 'ndip.implementation.cmd.export-reference',
    ruleConfigInForce: 'ndip.implementation.cmd.rule-config-in-force',
    runDeadlineRecompute: 'ndip.implementation.cmd.run-deadline-recompute',
    importUsdKztRates: 'ndip.implementation.cmd.import-usd-kzt-rates',
  },
  'post-investment': {
    queryAudit: 'ndip.post-investment.cmd.query-audit',
    verifyAudit: 'ndip.post-investment.cmd.verify-audit',
    getMonitoringByProject: 'ndip.post-investment.cmd.get-monitoring-by-project',
    listMonitoring: 'ndip.post-investment.cmd.list-monitoring',
    raiseIssue: 'ndip.post-investment.cmd.raise-issue',
    getIssue: 'ndip.post-investment.cmd.get-issue',
    listIssues: 'ndip.post-investment.cmd.list-issues',
    triageIssue: 'ndip.post-investment.cmd.triage-issue',
    assignIssue: 'ndip.post-investment.cmd.assign-issue',
    answerIssue: 'ndip.post-investment.cmd.answer-issue',
    closeIssue: 'ndip.post-investment.cmd.close-issue',
    listKpiReports: 'ndip.post-investment.cmd.list-kpi-reports',
    submitKpiReport: 'ndip.post-investment.cmd.submit-kpi-report',
    recordChange: 'ndip.post-investment.cmd.record-change',
    listChanges: 'ndip.post-investment.cmd.list-changes',
    completeMonitoring: 'ndip.post-investment.cmd.complete-monitoring',
    archiveMonitoring: 'ndip.post-investment.cmd.archive-monitoring',
    getArchive: 'ndip.post-investment.cmd.get-archive',
    runJobs: 'ndip.post-investment.cmd.run-jobs',
  },
  reporting: {
    queryAudit: 'ndip.reporting.cmd.query-audit',
    verifyAudit: 'ndip.reporting.cmd.verify-audit',
    projectCounts: 'ndip.reporting.cmd.project-counts',
    dashboard: 'ndip.reporting.cmd.dashboard',
    initiativeFunnel: 'ndip.reporting.cmd.initiative-funnel',
    listDashboardProjects: 'ndip.reporting.cmd.list-dashboard-projects',
    regionRating: 'ndip.reporting.cmd.region-rating',
    regionRatingTasks: 'ndip.reporting.cmd.region-rating-tasks',
    runRatingClock: 'ndip.reporting.cmd.run-rating-clock',
    rebuildProjections: 'ndip.reporting.cmd.rebuild-projections',
    projectionStatus: 'ndip.reporting.cmd.projection-status',
    importAttractivenessHardData: 'ndip.reporting.cmd.import-attractiveness-hard-data',
    submitAttractivenessSurvey: 'ndip.reporting.cmd.submit-attractiveness-survey',
    attractivenessRating: 'ndip.reporting.cmd.attractiveness-rating',
    publishAttractivenessRating: 'ndip.reporting.cmd.publish-attractiveness-rating',
    submitQuarterlyReport: 'ndip.reporting.cmd.submit-quarterly-report',
    consolidateQuarterlyReports: 'ndip.reporting.cmd.consolidate-quarterly-reports',
    listQuarterlyReports: 'ndip.reporting.cmd.list-quarterly-reports',
    getQuarterlyReport: 'ndip.reporting.cmd.get-quarterly-report',
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
