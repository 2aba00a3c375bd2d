/**
 * Event types and payloads that cross service boundaries (the public contract of the bus).
 * Type strings: `<service>.<aggregate>.<past-tense-verb>`. Each payload is validated on consume
 * by a contract class in libs/platform (contracts/), which mirrors the interface here.
 */
export const EVENT_TYPES = {
  companyCreated: 'attraction.company.created',
  initiativeCreated: 'attraction.initiative.created',
  initiativeTransferred: 'attraction.initiative.transferred',
  initiativeConverted: 'attraction.initiative.converted',
  projectCreated: 'implementation.project.created',
  projectPoolClassified: 'implementation.project.pool-classified',
  projectTransferredToPostInvestment: 'implementation.project.transferred-to-post-investment',
  monitoringOpened: 'post-investment.monitoring.opened',
} as const;

export type EventType = (typeof EVENT_TYPES)[keyof typeof EVENT_TYPES];

/** Money: a decimal string (no floats) and an ISO 4217 currency code. */
export interface Money {
  amount: string;
  currency: string;
}

export interface CompanyCreatedPayload {
  companyId: string;
  name: string;
  countryCode: string;
  bin: string | null;
  sector: string | null;
}

export interface InitiativeCreatedPayload {
  initiativeId: string;
  companyId: string;
  title: string;
  countryCode: string;
  createdOn: string;
}

export interface InitiativeTransferredPayload {
  initiativeId: string;
  companyId: string;
  regionCode: string;
  transferredOn: string;
  /** Last calendar day for the MIO to act (30 CD clock). */
  actionDueOn: string;
}

/** The initiative became a project passport in Module 2 (paths P1/P2 of the catalogue). */
export interface InitiativeConvertedPayload {
  initiativeId: string;
  companyId: string;
  companyName: string;
  companyBin: string;
  regionCode: string;
  projectName: string;
  sector: string | null;
  /** Whole tenge as a decimal string. */
  investmentAmountKzt: string;
  hasInvestmentContract: boolean;
  convertedOn: string;
}

export interface ProjectCreatedPayload {
  projectId: string;
  initiativeId: string | null;
  companyId: string;
  name: string;
  regionCode: string;
  investmentAmountKzt: string;
  createdOn: string;
}

export interface ProjectPoolClassifiedPayload {
  projectId: string;
  regionCode: string;
  pool: 'NATIONAL' | 'REGIONAL';
  mciYear: number;
  mciValue: number;
  amountMci: string;
}

export interface ProjectTransferredToPostInvestmentPayload {
  projectId: string;
  regionCode: string;
  pool: 'NATIONAL' | 'REGIONAL';
  /** Validation date of the last roadmap task: start of the post-investment period. */
  validatedOn: string;
  investmentContractExpiresOn: string | null;
}

export interface MonitoringOpenedPayload {
  monitoringId: string;
  projectId: string;
  regionCode: string;
  startsOn: string;
  endsOn: string;
}
