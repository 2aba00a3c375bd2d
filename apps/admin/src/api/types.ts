/** Shapes of the gateway's answers (the services' views); the OpenAPI document types the requests only. */
export type Names = { kk: string; ru: string; en: string };

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Company {
  id: string;
  name: string;
  countryCode: string;
  sector: string | null;
  bin: string | null;
  website?: string | null;
  size?: string | null;
  global2000?: boolean;
  global2000Year?: number | null;
  status: string;
  kycStatus: string;
  createdAt: string;
  createdOn?: string;
}

export interface KycCheck {
  kycCheckId: string;
  status: string;
  performer: string;
  startedOn: string;
  completedOn: string | null;
  findings: string | null;
}

export interface Contact {
  id: string;
  fullName: string;
  position: string | null;
  phone: string | null;
  email: string | null;
}

export interface Meeting {
  meetingId: string;
  companyId: string;
  companyName?: string;
  heldOn: string;
  place: string;
  eventKind: string;
  subjectOfInterest: string;
  participants: string[];
  keyAspects?: string | null;
  investorExpectations?: string | null;
  agreementsReached?: string | null;
  originatorOrganizationId?: string;
  projectParameters?: { investmentAmount?: string; currency?: string; jobs?: number; sector?: string; regionCode?: string } | null;
}

export interface Initiative {
  initiativeId: string;
  companyId: string;
  title: string;
  countryCode: string;
  status: string;
  createdOn: string;
  regionCode: string | null;
  transferredOn: string | null;
  originalDueOn: string | null;
  actionDueOn: string | null;
  extensionsUsed: number;
  officerUserId: string | null;
  convertedOn: string | null;
  convertedLate: boolean;
  overdue: boolean;
  sector: string | null;
  allowedActions: string[];
  edition: string;
}

export interface Project {
  id: string;
  initiativeId: string | null;
  companyName: string;
  companyBin: string | null;
  name: string;
  sector: string | null;
  regionCode: string;
  investmentAmountKzt: string;
  hasInvestmentContract: boolean;
  pool: { pool: 'NATIONAL' | 'REGIONAL'; mciYear: number; mciValue: number; amountMci: string; classifiedOn: string | null };
  status: string;
  edition: string;
  entryPath: string;
  passport: Record<string, unknown>;
  passportStatus: { status: 'INCOMPLETE' | 'COMPLETE'; fillDueOn: string | null; completedOn: string | null; late: boolean };
  roadmapStatus: 'NO_ROADMAP' | 'WITH_ROADMAP';
  greenCorridor: { status: string; scoreMilli: number; reviewRequired: boolean } | null;
  taskForce: { handedOn: string | null } | null;
  validatedOn: string | null;
  createdOn: string;
}

export interface Scoring {
  id: string;
  evaluatedOn: string;
  trigger: string;
  scoreMilli: number;
  status: string;
  explanation: { criterion: string; points: number; weight?: number; detail?: string }[];
}

export interface Task {
  id: string;
  projectId: string;
  stage: string;
  code: string;
  title: string;
  status: string;
  dueDate: string;
  responsible: { kind: string; name: string; person?: string | null };
  expectedResult: string;
  startedOn: string | null;
  actualCompletionDate: string | null;
  completedLate: boolean;
  validationDueOn: string | null;
  validatedOn: string | null;
  trafficLight: 'GREEN' | 'YELLOW' | 'RED' | 'NONE';
  overdue: boolean;
}

export interface Roadmap {
  roadmapId: string;
  projectId: string;
  status: string;
  roadmapStatus: string;
  state: { reworkDueOn?: string | null; formDueOn?: string | null; rejection?: { reason: string | null } | null };
  content: { stages: { stage: string; risks: { risk: string; mitigation: string }[] }[] } | null;
  overdue: string[];
  allowedActions: string[];
  tasks: Task[];
}

export interface PoolMembership {
  status: string;
  pending: { id: string; kind: string; decisionDueOn: string } | null;
  history: { id: string; kind: string; status: string; requestedOn: string }[];
}

export interface RatingRow {
  rank: number;
  regionCode: string;
  regionName: Names | null;
  points: number;
  projects: number;
  overdueTasks: number;
}

export interface RegionRating {
  year: number;
  quarter: number;
  asOf: string;
  live: boolean;
  frozenOn: string | null;
  regions: RatingRow[];
}

export interface OverdueTask {
  taskId: string;
  projectId: string;
  code: string;
  regionCode: string;
  responsibleOrganizationId: string | null;
  dueDate: string;
  actualCompletionDate: string | null;
  overdueDays: number;
  points: number;
}

export interface BreakdownRow {
  key: string | null;
  label: Names | null;
  projects: number;
  investmentAmountKzt: string;
}

export interface Dashboard {
  asOf: string;
  totals: { projects: number; investmentAmountKzt: string };
  byRegion: BreakdownRow[];
  byPool: BreakdownRow[];
  bySector: BreakdownRow[];
  byStatus: BreakdownRow[];
  pools: { pool: 'NATIONAL' | 'REGIONAL'; label: Names; projects: number; investmentAmountKzt: string }[];
  trafficLight: { GREEN: number; YELLOW: number; RED: number; openTasks: number };
  greenCorridor: { eligible: number; pendingCouncil: number; notEligible: number };
  taskForce: number;
}

export interface FunnelStage {
  stage: string;
  label: Names;
  count: number | null;
  conversionFromPrevious: number | null;
}

export interface Issue {
  id: string;
  projectId: string;
  kind?: string;
  category: string;
  subject?: string;
  title?: string;
  status: string;
  raisedOn: string;
  slaDueOn?: string | null;
  dueOn?: string | null;
  escalated?: boolean;
}

export interface Organization {
  id: string;
  type: string;
  name: Names;
  regionCode: string | null;
  countryCode: string | null;
  bin: string | null;
}

export interface User {
  id: string;
  login: string;
  fullName: string;
  organization: Organization;
  locale: string;
  active: boolean;
}
