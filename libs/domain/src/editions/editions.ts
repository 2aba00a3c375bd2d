import { DomainError, DomainErrorCode } from '../errors/domain-error';
import type { RuleEditionCode } from '../events/envelope';
import { PASSPORT_FIELDS, type RuleEdition } from './rule-edition';

function deepFreeze<T>(o: T): T {
  if (typeof o === 'object' && o !== null && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

const INITIATIVE_TRANSFER_AFTER_VISIT = { value: 3, unit: 'WD', start: 'end of the investor visit', ref: '000 §41; 001 §39' } as const;
const INITIATIVE_ACTION = { value: 30, unit: 'CD', start: 'receipt of the initiative by the MIO (A-07)', ref: '000 §42; 001 §40' } as const;
const INITIATIVE_EXTENSION = { value: 30, unit: 'CD', start: 'original deadline (A-07)', ref: '000 §42(2); 001 §40(2)' } as const;
const VALIDATION = { value: 5, unit: 'WD', start: 'actual completion of the task', ref: '000 §60; 001 §65' } as const;
const POOL_DECISION = { value: 5, unit: 'WD', start: 'request received from the MIO', ref: '000 §35; 001 §33' } as const;

/** Rule edition E000: the Rules in force (seed 000). */
export const E000: RuleEdition = deepFreeze<RuleEdition>({
  code: 'E000',
  source: '000',
  status: 'IN_FORCE',
  title: 'MFA order 26.06.2023 No. 11-1-4/327 (wording 31.12.2024, amended 07.08.2025)',
  effectiveFrom: null,
  visitRegistrars: ['FI'],
  officialTripCard: { value: 3, unit: 'WD', start: 'end of the foreign business trip', ref: '000 §40(5)' },
  initiative: {
    originators: ['FI', 'NCF'],
    outcomes: ['PASSPORT', 'EXTEND', 'REDIRECT'],
    returnAnyStage: false,
    projectToInitiativeOnChange: false,
    redirectRequiresAbApproval: true,
    kycRequiredForInitiative: true,
    transferAfterVisit: INITIATIVE_TRANSFER_AFTER_VISIT,
    action: INITIATIVE_ACTION,
    maxExtension: INITIATIVE_EXTENSION,
    maxExtensions: 1,
  },
  initiatorBodyTypes: ['CSB', 'MIO', 'NC', 'NCR', 'NCH', 'NH'],
  passport: {
    fillDeadline: null,
    binRequired: false,
    requiredFields: PASSPORT_FIELDS.filter((f) => f !== 'companyBin'),
  },
  roadmap: {
    form: { value: 30, unit: 'CD', start: 'responsible MIO named', ref: '000 §48' },
    approvalFromPassport: null,
    approvalChain: 'NC',
    approvers: [],
    rework: { value: 5, unit: 'WD', start: 'rejection by NC', ref: '000 §51' },
    reworkActor: 'MIO',
    rejectionReasonRequired: false,
  },
  tasks: {
    progressUpdaters: ['MIO', 'NC', 'NCR', 'CSB', 'NCH', 'NH'],
    progressRequiresInvestorConsent: false,
    validationRequiredFor: ['POST_CAPACITY'],
    validation: VALIDATION,
  },
  pool: {
    decision: POOL_DECISION,
    regionalPoolRequiresRihqCriteria: true,
    jointRemovalByMioAndInvestor: false,
  },
  prosecutorFilter: { enabled: false, reviewDeadline: null },
  postInvestment: { years: 3, label: 'SUPPORT', archiveInNdip: true },
});

/** Rule edition E001: the 2024 draft Rules (seed 001). */
export const E001: RuleEdition = deepFreeze<RuleEdition>({
  code: 'E001',
  source: '001',
  status: 'DRAFT',
  title: 'Draft MFA order approving new one-stop-shop Rules (2024)',
  effectiveFrom: '2025-01-01',
  // 001 §38(4): the "initiator body"; in Module 1 these are FI and NCF (001 §37).
  visitRegistrars: ['FI', 'NCF'],
  officialTripCard: null,
  initiative: {
    originators: ['FI', 'NCF'],
    outcomes: ['RETURN', 'EXTEND', 'PASSPORT'],
    returnAnyStage: true,
    projectToInitiativeOnChange: true,
    redirectRequiresAbApproval: false,
    kycRequiredForInitiative: true,
    transferAfterVisit: INITIATIVE_TRANSFER_AFTER_VISIT,
    action: INITIATIVE_ACTION,
    maxExtension: INITIATIVE_EXTENSION,
    maxExtensions: 1,
  },
  initiatorBodyTypes: ['CSB', 'MIO', 'NC', 'NCR', 'NCH', 'NH', 'FI'],
  passport: {
    fillDeadline: { value: 30, unit: 'CD', start: 'project enters Module 2 (recommended)', ref: '001 §45' },
    binRequired: true,
    requiredFields: PASSPORT_FIELDS,
  },
  roadmap: {
    form: { value: 30, unit: 'CD', start: 'responsible MIO appointed', ref: '001 §47' },
    approvalFromPassport: { value: 30, unit: 'CD', start: 'passport created', ref: '001 §49' },
    approvalChain: 'APPROVERS_THEN_AB',
    approvers: ['NCH', 'INVESTOR', 'RESPONSIBLE_CSB'],
    rework: { value: 5, unit: 'WD', start: 'rejection by an approver', ref: '001 §50' },
    // the rework goes to the roadmap author (the responsible MIO); the initiator body is notified.
    reworkActor: 'MIO',
    rejectionReasonRequired: true,
  },
  tasks: {
    progressUpdaters: ['MIO'],
    progressRequiresInvestorConsent: true,
    validationRequiredFor: ['INV_CONSTR', 'INV_OPERATION', 'POST_CAPACITY'],
    validation: VALIDATION,
  },
  pool: {
    decision: POOL_DECISION,
    regionalPoolRequiresRihqCriteria: false,
    jointRemovalByMioAndInvestor: true,
  },
  prosecutorFilter: { enabled: true, reviewDeadline: null },
  postInvestment: { years: 3, label: 'MONITORING', archiveInNdip: false },
});

export const RULE_EDITIONS: Readonly<Record<RuleEditionCode, RuleEdition>> = Object.freeze({ E000, E001 });

/** The edition in force by default (rules.md §0.1). */
export const DEFAULT_RULE_EDITION: RuleEditionCode = 'E000';

export function isRuleEditionCode(v: unknown): v is RuleEditionCode {
  return v === 'E000' || v === 'E001';
}

/** Returns the edition for a code; UNKNOWN_REFERENCE for any other value. */
export function getEdition(code: string): RuleEdition {
  if (!isRuleEditionCode(code)) {
    throw new DomainError(DomainErrorCode.UNKNOWN_REFERENCE, `unknown rule edition ${String(code)}`, { field: 'edition' });
  }
  return RULE_EDITIONS[code];
}
