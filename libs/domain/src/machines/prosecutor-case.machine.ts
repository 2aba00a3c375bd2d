/**
 * SM-PF-ASSESS: an administrative-offence case (K2) or a lawsuit (K4) against an investor of a Module 2
 * project, monitored and assessed for legality by the prosecutor filter (rules.md §7.1, §7.3; 001 §57, §59).
 * REGISTERED → UNDER_ASSESSMENT → ASSESSED_LAWFUL | ASSESSED_UNLAWFUL → CLOSED (all states inferred, §7.3);
 * the prosecutor's response measures to an unlawful case happen outside NDIP.
 * [E001] only: every command is NOT_IN_EDITION under E000 (the §9.2 prosecutor-filter rows are tagged [E001]).
 *
 * §9.2 PF "Register/assess administrative cases and lawsuits": MIO x, CSB x, QS/TAX (OSB) x, PRR X, PRG X.
 * Registration: by the initiating body (MIO, CSB, OSB) or by the prosecutor the case is routed to.
 * Assessment (start, conclusion) and closing: only the routed prosecutor (§9.3: PRR/PRG see only the items
 * routed to them).
 * Routing (001 §59, A-28), by the level of the body that brought the case: LOCAL → regional prosecutor's
 * office (PRR) of the project's region; CENTRAL → General Prosecutor's Office (PRG). MIO is always LOCAL and
 * CSB always CENTRAL; OSB (quasi-state / tax bodies, A-27) and a registering prosecutor state the level.
 * Multi-region projects use passport field 5 (the `projectRegionCode`).
 * The assessment deadline is external (001 §60, `reviewDeadline` has no default): no timer, no deadline check.
 * Check order: edition → §9.2 role → status → scope (region / routed prosecutor) → input.
 */
import type { Actor, OrganizationType } from '../access/organization-type';
import { DomainErrorCode } from '../errors/domain-error';
import { isValidBin } from '../identifiers/bin';
import { isRegionCode } from '../reference/regions';
import {
  accept,
  authorizeCommand,
  event,
  fail,
  guarded,
  optionalText,
  passing,
  requireDate,
  requireNotFuture,
  requireOneOf,
  requireSameRegion,
  requireText,
  type CommandSpec,
  type Decision,
  type EditionPinned,
  type TransitionContext,
} from './transition';

export const PF_CASE_AGGREGATE = 'pf-case';
export const PF_CASE_STATUSES = ['REGISTERED', 'UNDER_ASSESSMENT', 'ASSESSED_LAWFUL', 'ASSESSED_UNLAWFUL', 'CLOSED'] as const;
export type PfCaseStatus = (typeof PF_CASE_STATUSES)[number];
/** K2 administrative-offence case, K4 lawsuit filed by a state or local body (§7.1). */
export const PF_CASE_KINDS = ['ADMINISTRATIVE_CASE', 'LAWSUIT'] as const;
export type PfCaseKind = (typeof PF_CASE_KINDS)[number];
export const PF_CASE_CONCLUSIONS = ['LAWFUL', 'UNLAWFUL'] as const;
export type PfCaseConclusion = (typeof PF_CASE_CONCLUSIONS)[number];
/** Level of the body that brought the case: decides the routing (001 §59, A-28). */
export const PF_BODY_LEVELS = ['LOCAL', 'CENTRAL'] as const;
export type PfBodyLevel = (typeof PF_BODY_LEVELS)[number];

export const PF_CASE_EVENTS = {
  registered: 'implementation.pf-case.registered',
  assessmentStarted: 'implementation.pf-case.assessment-started',
  assessed: 'implementation.pf-case.assessed',
  closed: 'implementation.pf-case.closed',
} as const;

export interface PfCaseState extends EditionPinned {
  caseId: string;
  projectId: string;
  /** KATO code of the project's region (passport field 5). */
  projectRegionCode: string;
  investorBin: string;
  status: PfCaseStatus;
  caseKind: PfCaseKind;
  kind: 'K2' | 'K4';
  /** Case number (K2) or court case number of the claim (K4). */
  caseNumber: string;
  /** The body conducting the case (K2) or the court (K4). */
  courtOrBody: string;
  /** Date the case was opened / the claim was filed. */
  filedOn: string;
  subject: string;
  bodyLevel: PfBodyLevel;
  registeredByOrganizationId: string;
  registeredByRole: OrganizationType;
  registeredOn: string;
  /** Where the assessment goes (001 §59). */
  routedTo: 'PRR' | 'PRG';
  assessmentStartedOn: string | null;
  assessedOn: string | null;
  conclusion: PfCaseConclusion | null;
  /** Required for UNLAWFUL, optional for LAWFUL. */
  justification: string | null;
  closedOn: string | null;
}

export type PfCaseCommand =
  | {
      type: 'REGISTER';
      caseId: string;
      projectId: string;
      projectRegionCode: string;
      investorBin: string;
      caseKind: PfCaseKind;
      /** MIO: LOCAL (implied); CSB: CENTRAL (implied); OSB, PRR, PRG: required. */
      bodyLevel?: PfBodyLevel | null;
      caseNumber: string;
      courtOrBody: string;
      filedOn: string;
      subject: string;
    }
  | { type: 'START_ASSESSMENT' }
  | { type: 'ASSESS'; conclusion: PfCaseConclusion; justification?: string | null }
  | { type: 'CLOSE' };
export type PfCaseCommandType = PfCaseCommand['type'];

type Scope = 'none' | 'prosecutor';
const RULES: Record<PfCaseCommandType, CommandSpec<PfCaseStatus> & { scope: Scope }> = {
  // §9.2 PF "Register/assess administrative cases and lawsuits": MIO x, CSB x, QS/TAX (OSB) x, PRR X, PRG X.
  // REGISTER is scoped by its input (region / routing), see `registrationScope`.
  REGISTER: { action: 'pf.case', mode: 'perform', from: null, scope: 'none' },
  START_ASSESSMENT: { action: 'pf.case', mode: 'perform', from: ['REGISTERED'], scope: 'prosecutor' },
  ASSESS: { action: 'pf.case', mode: 'perform', from: ['UNDER_ASSESSMENT'], scope: 'prosecutor' },
  CLOSE: { action: 'pf.case', mode: 'perform', from: ['ASSESSED_LAWFUL', 'ASSESSED_UNLAWFUL'], scope: 'prosecutor' },
};

/** WRONG_ROLE unless the actor is the prosecutor's office the case is routed to (PRR: of the project's region). */
function requireRoutedProsecutor(actor: Actor, routedTo: 'PRR' | 'PRG', projectRegionCode: string, type: string): void {
  if (actor.role !== routedTo) fail(DomainErrorCode.WRONG_ROLE, `${type}: the case is routed to ${routedTo}`, { field: 'actor.role' });
  if (routedTo === 'PRR') requireSameRegion(actor, projectRegionCode, type);
}

function authorize(state: PfCaseState | null, type: PfCaseCommandType, ctx: TransitionContext): PfCaseState | null {
  const rule = RULES[type];
  const s = authorizeCommand(state, type, rule, ctx);
  if (s === null) return null;
  if (rule.scope === 'prosecutor') requireRoutedProsecutor(ctx.actor, s.routedTo, s.projectRegionCode, type);
  return s;
}

function regionCode(v: unknown, field: string): string {
  const code = requireText(v, field, 20);
  if (!isRegionCode(code)) fail(DomainErrorCode.UNKNOWN_REFERENCE, `${field} ${code} is not one of the 20 regions (KATO)`, { field });
  return code;
}

/** The body level of a registration: implied by MIO / CSB (an explicit contradicting value is refused), stated otherwise. */
function bodyLevelOf(role: OrganizationType, value: unknown): PfBodyLevel {
  const implied: PfBodyLevel | null = role === 'MIO' ? 'LOCAL' : role === 'CSB' ? 'CENTRAL' : null;
  if (implied === null) return requireOneOf(value, PF_BODY_LEVELS, 'bodyLevel');
  if (value !== undefined && value !== null && value !== implied) {
    fail(DomainErrorCode.INVALID_INPUT, `bodyLevel of a case registered by ${role} is ${implied}`, { field: 'bodyLevel' });
  }
  return implied;
}

/** Scope of REGISTER: an MIO registers cases of its own region; a prosecutor only cases routed to it. */
function registrationScope(actor: Actor, routedTo: 'PRR' | 'PRG', projectRegionCode: string): void {
  if (actor.role === 'MIO') requireSameRegion(actor, projectRegionCode, 'REGISTER');
  if (actor.role === 'PRR' || actor.role === 'PRG') requireRoutedProsecutor(actor, routedTo, projectRegionCode, 'REGISTER');
}

export function decideProsecutorCase(state: PfCaseState | null, command: PfCaseCommand, ctx: TransitionContext): Decision<PfCaseState> {
  return guarded(() => {
    const s = authorize(state, command.type, ctx);
    const today = ctx.today;
    const ev = (cur: PfCaseState, type: string, payload: Record<string, unknown>) =>
      event(PF_CASE_AGGREGATE, cur.caseId, type, { caseId: cur.caseId, projectId: cur.projectId, kind: cur.kind, routedTo: cur.routedTo, ...payload });
    switch (command.type) {
      case 'REGISTER': {
        const role = ctx.actor.role;
        const projectRegionCode = regionCode(command.projectRegionCode, 'projectRegionCode');
        const bodyLevel = bodyLevelOf(role, command.bodyLevel);
        const routedTo = bodyLevel === 'LOCAL' ? 'PRR' : 'PRG';
        registrationScope(ctx.actor, routedTo, projectRegionCode);
        const caseKind = requireOneOf(command.caseKind, PF_CASE_KINDS, 'caseKind');
        if (!isValidBin(command.investorBin)) fail(DomainErrorCode.INVALID_INPUT, 'investorBin must be a valid 12-digit BIN', { field: 'investorBin' });
        const filedOn = requireDate(command.filedOn, 'filedOn');
        requireNotFuture(filedOn, today, 'filedOn');
        const next: PfCaseState = {
          edition: ctx.edition.code,
          caseId: requireText(command.caseId, 'caseId', 100),
          projectId: requireText(command.projectId, 'projectId', 100),
          projectRegionCode,
          investorBin: command.investorBin,
          status: 'REGISTERED',
          caseKind,
          kind: caseKind === 'ADMINISTRATIVE_CASE' ? 'K2' : 'K4',
          caseNumber: requireText(command.caseNumber, 'caseNumber', 100),
          courtOrBody: requireText(command.courtOrBody, 'courtOrBody', 500),
          filedOn,
          subject: requireText(command.subject, 'subject', 2000),
          bodyLevel,
          registeredByOrganizationId: ctx.actor.organizationId,
          registeredByRole: role,
          registeredOn: today,
          routedTo,
          assessmentStartedOn: null,
          assessedOn: null,
          conclusion: null,
          justification: null,
          closedOn: null,
        };
        return accept(next, [
          ev(next, PF_CASE_EVENTS.registered, {
            caseKind,
            caseNumber: next.caseNumber,
            projectRegionCode,
            investorBin: next.investorBin,
            bodyLevel,
            filedOn,
            registeredOn: today,
            registeredByRole: role,
          }),
        ]);
      }
      case 'START_ASSESSMENT': {
        const cur = s as PfCaseState;
        return accept({ ...cur, status: 'UNDER_ASSESSMENT', assessmentStartedOn: today }, [
          ev(cur, PF_CASE_EVENTS.assessmentStarted, { assessmentStartedOn: today }),
        ]);
      }
      case 'ASSESS': {
        const cur = s as PfCaseState;
        const conclusion = requireOneOf(command.conclusion, PF_CASE_CONCLUSIONS, 'conclusion');
        const justification =
          conclusion === 'UNLAWFUL' ? requireText(command.justification, 'justification', 10000) : optionalText(command.justification, 'justification', 10000);
        const status: PfCaseStatus = conclusion === 'LAWFUL' ? 'ASSESSED_LAWFUL' : 'ASSESSED_UNLAWFUL';
        return accept({ ...cur, status, assessedOn: today, conclusion, justification }, [
          ev(cur, PF_CASE_EVENTS.assessed, { conclusion, justification, assessedOn: today }),
        ]);
      }
      case 'CLOSE': {
        const cur = s as PfCaseState;
        return accept({ ...cur, status: 'CLOSED', closedOn: today }, [ev(cur, PF_CASE_EVENTS.closed, { conclusion: cur.conclusion, closedOn: today })]);
      }
    }
  });
}

export function allowedProsecutorCaseActions(state: PfCaseState | null, actor: Actor, ctx: Omit<TransitionContext, 'actor'>): PfCaseCommandType[] {
  const full: TransitionContext = { ...ctx, actor };
  return passing(Object.keys(RULES) as PfCaseCommandType[], (t) => authorize(state, t, full));
}
