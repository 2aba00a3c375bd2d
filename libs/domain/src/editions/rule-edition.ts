import type { OrganizationType } from '../access/organization-type';
import type { RuleEditionCode } from '../events/envelope';

/**
 * A rule edition is a versioned, immutable configuration object (rules.md §2.5).
 * Machines read their guards and timers from here; no business code branches on the edition code.
 */

/** CD = calendar days, WD = working days (rules.md §0.2, §4.9). */
export type DayUnit = 'CD' | 'WD';

/** A legal or configured period: `value` days counted from `start` (day 0 = event day, §4.9). */
export interface Timer {
  value: number;
  unit: DayUnit;
  /** What starts the clock (documentation; the machines know which date to use). */
  start: string;
  /** Seed paragraph(s) the timer comes from, or `inferred`. */
  ref: string;
}

/** Outcomes of an initiative inside the MIO's 30-CD window (rules.md §2.4 D5). */
export type InitiativeOutcome = 'PASSPORT' | 'EXTEND' | 'REDIRECT' | 'RETURN';

/** Parties that approve a roadmap under E001 (rules.md §2.2.5, A-15). */
export type RoadmapApprover = 'NCH' | 'INVESTOR' | 'RESPONSIBLE_CSB';

/** The 10 passport fields (rules.md §2.2.2; 000 §47; 001 §46). */
export const PASSPORT_FIELDS = [
  'companyName',
  'companyBin',
  'sector',
  'commodityPosition',
  'regionCode',
  'estimatedCost',
  'financingScheme',
  'contacts',
  'description',
  'companyRegisteredOn',
] as const;
export type PassportField = (typeof PASSPORT_FIELDS)[number];

/** Roadmap template task codes (rules.md §2.2.4, inferred codes). */
export const TASK_TEMPLATE_CODES = [
  'PRE_FS',
  'PRE_TC',
  'PRE_LAND',
  'PRE_DESIGN',
  'PRE_FIN',
  'INV_CONSTR',
  'INV_SUPPORT',
  'INV_COMMISSION',
  'INV_OPERATION',
  'POST_CAPACITY',
] as const;
export type TaskTemplateCode = (typeof TASK_TEMPLATE_CODES)[number];

export interface RuleEdition {
  code: RuleEditionCode;
  /** Seed file the edition is distilled from. */
  source: '000' | '001';
  status: 'IN_FORCE' | 'DRAFT';
  title: string;
  /** E001: 001 §78 says 1 January 2025 but order §5 says 10 CD after publication: configurable. */
  effectiveFrom: string | null;

  /** Who may register a planned investor visit and fill the visit card (SM-VISIT V1, V5; D4). */
  visitRegistrars: readonly OrganizationType[];
  /** [E000] visit card after heads' foreign trips (000 §40(5)); null when absent (D3). */
  officialTripCard: Timer | null;

  initiative: {
    /** Who creates and transfers initiatives (D1; 000 §41; 001 §37, §39). */
    originators: readonly OrganizationType[];
    /** D5: which exits from the 30-CD window exist. */
    outcomes: readonly InitiativeOutcome[];
    /** 001 §42: return "at any stage". */
    returnAnyStage: boolean;
    /** 001 §41: a project card may be turned back into an initiative (AB notified). */
    projectToInitiativeOnChange: boolean;
    /** 000 §42(3): redirection needs AB approval. */
    redirectRequiresAbApproval: boolean;
    /** A-43 (inferred guard, default true): a KYC check that is known and not PASSED blocks creation. */
    kycRequiredForInitiative: boolean;
    /** T02: 3 WD after the end of the investor visit (000 §41; 001 §39). */
    transferAfterVisit: Timer;
    /** T03: 30 CD from receipt by the MIO. */
    action: Timer;
    /** T04: extension of at most 30 CD from the original deadline. */
    maxExtension: Timer;
    /** one extension only. */
    maxExtensions: number;
  };

  /** D2: initiator bodies (000 §23; 001 §21). */
  initiatorBodyTypes: readonly OrganizationType[];

  passport: {
    /** D6 / T05: 30 CD in E001, none in E000. */
    fillDeadline: Timer | null;
    /** D7: BIN mandatory in E001, "if available" in E000. */
    binRequired: boolean;
    requiredFields: readonly PassportField[];
  };

  roadmap: {
    /** T06: 30 CD from naming the responsible MIO (000 §48; 001 §47). */
    form: Timer;
    /** T07 [E001]: approval must finish within 30 CD of passport creation (001 §49). */
    approvalFromPassport: Timer | null;
    /** D11: 'NC' (E000) or the E001 approver set then AB verification. */
    approvalChain: 'NC' | 'APPROVERS_THEN_AB';
    /** E001 approver set. Empty in E000. */
    approvers: readonly RoadmapApprover[];
    /** T08: 5 WD from the rejection. */
    rework: Timer;
    /** D12 / A-18: who fixes the rejected roadmap. */
    reworkActor: 'MIO' | 'INITIATOR';
    /** D13: objective reason required on rejection (001 §50). */
    rejectionReasonRequired: boolean;
  };

  tasks: {
    /** Who records task progress / completion (T3; 000 §53; 001 §64: MIO only). */
    progressUpdaters: readonly OrganizationType[];
    /** 001 §64: the MIO updates only with the investor's consent. */
    progressRequiresInvestorConsent: boolean;
    /** D15 / A-26: task codes that need NCH validation. */
    validationRequiredFor: readonly TaskTemplateCode[];
    /** T10: 5 WD from actual completion. */
    validation: Timer;
  };

  pool: {
    /** T11: AB decides within 5 WD. */
    decision: Timer;
    /** D9: regional pool needs RIHQ criteria (E000). */
    regionalPoolRequiresRihqCriteria: boolean;
    /** 001 §63 / A-52: MIO + investor removal with AB agreement (routed as ground G6). */
    jointRemovalByMioAndInvestor: boolean;
  };

  prosecutorFilter: {
    /** D16. */
    enabled: boolean;
    /** 001 §60: deadline in an external document; no default. */
    reviewDeadline: Timer | null;
  };

  postInvestment: {
    /** T14 / T12: 3 years (000 §36, §61; 001 §34, §69). */
    years: number;
    /** D19. */
    label: 'SUPPORT' | 'MONITORING';
    /** D20. */
    archiveInNdip: boolean;
  };
}
