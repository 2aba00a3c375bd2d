/**
 * Rule configuration with effective dates (rules.md §2.5; issue 13): the rule edition in force from a date and the
 * options the catalogue leaves open, each change with the legal act that justified it. Pure: the history is given.
 *
 * - `below10MPolicy`: a green-corridor project below 10 M USD scores 0 points (ZERO_POINTS) or is not eligible.
 * - `yellowMaxDaysInclusive` (§4.6): the last calendar day that is still YELLOW in the traffic light (10, alternative 9).
 * - `kycRequiredForInitiative`: a known KYC check that did not pass blocks a new initiative.
 * - `nationalInclusive`: ≥ 150,000 MCI ("от", §28) or the "свыше" reading (>).
 * - `regionalRoadmapEnabled` (A-05): regional-pool projects get a roadmap.
 * - `slaWorkingDays`: the deadlines the texts do not set; null = monitoring only (no breach).
 */
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import type { RuleEditionCode } from '../events/envelope';
import { compareDates, isValidIsoDate, type IsoDate } from './iso-date';

export const SLA_KEYS = ['visitDecision', 'redirectApproval', 'roadmapReview', 'abVerification', 'm3IssueAnswer', 'pfReview'] as const;
export type SlaKey = (typeof SLA_KEYS)[number];

export interface RuleOptions {
  below10MPolicy: 'ZERO_POINTS' | 'INELIGIBLE';
  yellowMaxDaysInclusive: number;
  kycRequiredForInitiative: boolean;
  nationalInclusive: boolean;
  regionalRoadmapEnabled: boolean;
  slaWorkingDays: Record<SlaKey, number | null>;
}

export interface RuleConfig {
  edition: RuleEditionCode;
  options: RuleOptions;
}

/** The configuration when no change was ever recorded: the catalogue's recommendations. */
export const DEFAULT_RULE_CONFIG: RuleConfig = Object.freeze({
  edition: 'E000',
  options: Object.freeze({
    below10MPolicy: 'ZERO_POINTS',
    yellowMaxDaysInclusive: 10,
    kycRequiredForInitiative: true,
    nationalInclusive: true,
    regionalRoadmapEnabled: true,
    slaWorkingDays: Object.freeze({
      visitDecision: null,
      redirectApproval: null,
      roadmapReview: null,
      abVerification: null,
      m3IssueAnswer: null,
      pfReview: null,
    }),
  }),
}) as RuleConfig;

/** Upper bounds: a traffic-light warning longer than a month, or an SLA longer than a quarter, is a typing error. */
export const YELLOW_MAX_DAYS_LIMIT = 30;
export const SLA_MAX_WORKING_DAYS = 60;

function invalid(field: string, message: string, value?: unknown): never {
  throw new DomainError(DomainErrorCode.INVALID_INPUT, message, { field, value });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Validates a rule-configuration change. Options not given keep the value of `base` (the configuration in force
 * before the change); unknown options are refused, so a misspelt option never passes silently.
 * Field names in errors: `edition`, `options.<name>`, `options.slaWorkingDays.<name>`.
 */
export function validateRuleConfig(input: unknown, base: RuleConfig = DEFAULT_RULE_CONFIG): RuleConfig {
  if (!isObject(input)) invalid('value', 'the rule configuration must be an object');
  const edition = input.edition === undefined ? base.edition : input.edition;
  if (edition !== 'E000' && edition !== 'E001') invalid('edition', 'edition must be E000 or E001', edition);
  const raw = input.options === undefined ? {} : input.options;
  if (!isObject(raw)) invalid('options', 'options must be an object');
  const known = ['below10MPolicy', 'yellowMaxDaysInclusive', 'kycRequiredForInitiative', 'nationalInclusive', 'regionalRoadmapEnabled', 'slaWorkingDays'];
  for (const k of Object.keys(raw)) if (!known.includes(k)) invalid(`options.${k}`, `unknown option ${k}`);
  const o: RuleOptions = { ...base.options, slaWorkingDays: { ...base.options.slaWorkingDays } };
  if (raw.below10MPolicy !== undefined) {
    if (raw.below10MPolicy !== 'ZERO_POINTS' && raw.below10MPolicy !== 'INELIGIBLE')
      invalid('options.below10MPolicy', 'below10MPolicy must be ZERO_POINTS or INELIGIBLE', raw.below10MPolicy);
    o.below10MPolicy = raw.below10MPolicy;
  }
  if (raw.yellowMaxDaysInclusive !== undefined) {
    const v = raw.yellowMaxDaysInclusive;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > YELLOW_MAX_DAYS_LIMIT)
      invalid('options.yellowMaxDaysInclusive', `yellowMaxDaysInclusive must be an integer from 0 to ${YELLOW_MAX_DAYS_LIMIT}`, v);
    o.yellowMaxDaysInclusive = v;
  }
  for (const k of ['kycRequiredForInitiative', 'nationalInclusive', 'regionalRoadmapEnabled'] as const) {
    if (raw[k] === undefined) continue;
    if (typeof raw[k] !== 'boolean') invalid(`options.${k}`, `${k} must be true or false`, raw[k]);
    o[k] = raw[k];
  }
  if (raw.slaWorkingDays !== undefined) {
    const sla = raw.slaWorkingDays;
    if (!isObject(sla)) invalid('options.slaWorkingDays', 'slaWorkingDays must be an object');
    for (const [k, v] of Object.entries(sla)) {
      if (!(SLA_KEYS as readonly string[]).includes(k)) invalid(`options.slaWorkingDays.${k}`, `unknown SLA ${k}`);
      if (v !== null && (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > SLA_MAX_WORKING_DAYS))
        invalid(`options.slaWorkingDays.${k}`, `an SLA is null (monitoring only) or 1 to ${SLA_MAX_WORKING_DAYS} working days`, v);
      o.slaWorkingDays[k as SlaKey] = v as number | null;
    }
  }
  return { edition, options: o };
}

/** One recorded rule-configuration change: in force from `effectiveFrom`; a later `sequence` corrects an earlier one of the same date. */
export interface RuleConfigRecord {
  effectiveFrom: IsoDate;
  sequence: number;
  legalAct: string;
  config: RuleConfig;
}

/** The change in force on `date` (the latest effectiveFrom ≤ date; of equal dates the last recorded), or null. */
export function ruleConfigRecordOn(history: readonly RuleConfigRecord[], date: IsoDate): RuleConfigRecord | null {
  if (!isValidIsoDate(date)) invalid('date', 'date must be YYYY-MM-DD', date);
  let best: RuleConfigRecord | null = null;
  for (const r of history) {
    if (compareDates(r.effectiveFrom, date) > 0) continue;
    if (best === null) best = r;
    else {
      const c = compareDates(r.effectiveFrom, best.effectiveFrom);
      if (c > 0 || (c === 0 && r.sequence > best.sequence)) best = r;
    }
  }
  return best;
}

/** The configuration in force on `date`: the recorded change in force, or the defaults. */
export function ruleConfigOn(history: readonly RuleConfigRecord[], date: IsoDate): RuleConfig {
  return ruleConfigRecordOn(history, date)?.config ?? DEFAULT_RULE_CONFIG;
}
