/**
 * Project passport (паспорт проекта): rules.md §2.2.1–§2.2.2; 000 §46–47; 001 §45–46.
 *
 * The 10 fields of the passport plus the extensions the green corridor and the pool rule need
 * (jobs, technology level, Global 2000, investment contract, the USD/KZT rate used). A passport is
 * filled in step by step; `missingPassportFields` says what the edition still requires before the
 * passport counts as complete (and pool classification, green corridor and Task Force run).
 *
 * Interpretations (recommended resolutions of rules.md §11):
 * - the BIN is "if available" in E000, but a passport needs an RK-registered legal entity, which
 *   always has one: the BIN is required as soon as the registration date is filled in.
 * - the cost is an amount and a currency (KZT or USD); the conversion uses the official USD/KZT
 *   rate entered with the passport (`usdKztRate`, tenge per dollar), which is stored with every scoring.
 * - T05 [E001]: the 30-CD fill deadline counts from the day the project entered Module 2.
 */
import type { RuleEdition } from '../editions/rule-edition';
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { isValidBin } from '../identifiers/bin';
import { addCalendarDays, addWorkingDays, compareDates, isValidIsoDate, type WorkingDayCalendar } from '../reference/calendar';
import { isRegionCode } from '../reference/regions';
import { parseAmount } from './amount';
import { TECHNOLOGY_LEVELS, type TechnologyLevel } from './green-corridor';
import type { Pool } from './pool';

export const PASSPORT_CURRENCIES = ['KZT', 'USD'] as const;
export type PassportCurrency = (typeof PASSPORT_CURRENCIES)[number];

export const CONTACT_KINDS = ['INVESTOR', 'RESPONSIBLE_PERSON'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Field 6: estimated cost (ориентировочная стоимость). `amount` is a decimal string with at most 2 decimals. */
export interface PassportMoney {
  amount: string;
  currency: PassportCurrency;
}

/** Field 7: one line of the financing scheme (источник, условия, объём). */
export interface FinancingLine {
  source: string;
  conditions: string;
  amount: PassportMoney;
}

/** Field 8: contact of the investor or of the responsible person. */
export interface PassportContact {
  kind: ContactKind;
  name: string;
  phone: string | null;
  email: string | null;
}

export interface Passport {
  companyName: string | null;
  companyBin: string | null;
  sector: string | null;
  commodityPosition: string | null;
  regionCode: string | null;
  estimatedCost: PassportMoney | null;
  /** Empty = not filled. */
  financingScheme: FinancingLine[];
  /** Empty = not filled. */
  contacts: PassportContact[];
  description: string | null;
  companyRegisteredOn: string | null;
  // ---- extensions (A-34) ----
  /** Official USD/KZT rate (tenge per dollar) used to convert the cost. */
  usdKztRate: string | null;
  /** Permanent jobs at design capacity. */
  jobs: number | null;
  technologyLevel: TechnologyLevel | null;
  inGlobal2000: boolean | null;
  hasInvestmentContract: boolean;
  investmentContractExpiresOn: string | null;
}

const MONEY_RE = /^(0|[1-9]\d{0,17})(\.\d{1,2})?$/;
const RATE_RE = /^(0|[1-9]\d{0,5})(\.\d{1,4})?$/;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function invalid(field: string, message: string): never {
  throw new DomainError(DomainErrorCode.INVALID_INPUT, `${field} ${message}`, { field });
}

function text(v: unknown, field: string, max: number): void {
  if (typeof v !== 'string' || v.trim() === '' || v.length > max) invalid(field, `must be a non-empty string of at most ${max} characters`);
}

function money(v: PassportMoney, field: string, positive: boolean): void {
  if (typeof v !== 'object' || v === null) invalid(field, 'must be an object { amount, currency }');
  if (typeof v.amount !== 'string' || !MONEY_RE.test(v.amount)) invalid(`${field}.amount`, 'must be a decimal string with at most 2 decimals');
  if (positive && /^0(\.0+)?$/.test(v.amount)) invalid(`${field}.amount`, 'must be greater than zero');
  if (!(PASSPORT_CURRENCIES as readonly string[]).includes(v.currency)) invalid(`${field}.currency`, `must be one of ${PASSPORT_CURRENCIES.join(', ')}`);
}

/**
 * Checks every filled field of the passport (empty fields are allowed here: completeness is
 * `missingPassportFields`). INVALID_INPUT or UNKNOWN_REFERENCE with `details.field`.
 */
export function checkPassport(p: Passport, today: string): void {
  if (p.companyName !== null) text(p.companyName, 'companyName', 300);
  if (p.companyBin !== null && !isValidBin(p.companyBin)) invalid('companyBin', 'must be a 12-digit BIN with a valid check digit');
  if (p.sector !== null) text(p.sector, 'sector', 20);
  if (p.commodityPosition !== null && (typeof p.commodityPosition !== 'string' || !/^\d{4,10}$/.test(p.commodityPosition))) {
    invalid('commodityPosition', 'must be a commodity code (HS / ТН ВЭД) of 4 to 10 digits');
  }
  if (p.regionCode !== null && !isRegionCode(p.regionCode)) {
    throw new DomainError(DomainErrorCode.UNKNOWN_REFERENCE, `regionCode ${String(p.regionCode)} is not one of the 20 regions`, { field: 'regionCode' });
  }
  if (p.estimatedCost !== null) money(p.estimatedCost, 'estimatedCost', true);
  if (!Array.isArray(p.financingScheme)) invalid('financingScheme', 'must be a list');
  p.financingScheme.forEach((l, i) => {
    text(l.source, `financingScheme[${i}].source`, 500);
    text(l.conditions, `financingScheme[${i}].conditions`, 2000);
    money(l.amount, `financingScheme[${i}].amount`, true);
  });
  if (!Array.isArray(p.contacts)) invalid('contacts', 'must be a list');
  p.contacts.forEach((c, i) => {
    if (!(CONTACT_KINDS as readonly string[]).includes(c.kind)) invalid(`contacts[${i}].kind`, `must be one of ${CONTACT_KINDS.join(', ')}`);
    text(c.name, `contacts[${i}].name`, 300);
    if (c.phone === null && c.email === null) invalid(`contacts[${i}].phone`, 'or email is required');
    if (c.phone !== null && (typeof c.phone !== 'string' || !/^\+?[\d\s()-]{5,30}$/.test(c.phone))) invalid(`contacts[${i}].phone`, 'must be a phone number');
    if (c.email !== null && (typeof c.email !== 'string' || !EMAIL_RE.test(c.email))) invalid(`contacts[${i}].email`, 'must be an e-mail address');
  });
  if (p.description !== null) text(p.description, 'description', 10000);
  if (p.companyRegisteredOn !== null) {
    if (!isValidIsoDate(p.companyRegisteredOn)) invalid('companyRegisteredOn', 'must be a YYYY-MM-DD date');
    if (compareDates(p.companyRegisteredOn, today) > 0) invalid('companyRegisteredOn', 'may not be in the future');
  }
  if (p.usdKztRate !== null && (typeof p.usdKztRate !== 'string' || !RATE_RE.test(p.usdKztRate) || /^0(\.0+)?$/.test(p.usdKztRate))) {
    invalid('usdKztRate', 'must be a positive decimal string (tenge per US dollar, at most 4 decimals)');
  }
  if (p.jobs !== null && (typeof p.jobs !== 'number' || !Number.isSafeInteger(p.jobs) || p.jobs < 0)) invalid('jobs', 'must be a non-negative integer');
  if (p.technologyLevel !== null && !(TECHNOLOGY_LEVELS as readonly string[]).includes(p.technologyLevel)) {
    invalid('technologyLevel', `must be one of ${TECHNOLOGY_LEVELS.join(', ')}`);
  }
  if (p.inGlobal2000 !== null && typeof p.inGlobal2000 !== 'boolean') invalid('inGlobal2000', 'must be a boolean');
  if (typeof p.hasInvestmentContract !== 'boolean') invalid('hasInvestmentContract', 'must be a boolean');
  if (p.investmentContractExpiresOn !== null) {
    if (!isValidIsoDate(p.investmentContractExpiresOn)) invalid('investmentContractExpiresOn', 'must be a YYYY-MM-DD date');
    if (!p.hasInvestmentContract) invalid('investmentContractExpiresOn', 'needs hasInvestmentContract = true');
  }
}

/**
 * The fields the edition still requires before the passport is complete, in passport order.
 * For a national-pool project the green-corridor inputs (and the rate they need) are required too,
 * because scoring runs on completion (000 §30; 001 §28).
 */
export function missingPassportFields(p: Passport, edition: RuleEdition, pool: Pool | null): string[] {
  const filled: Record<string, boolean> = {
    companyName: p.companyName !== null,
    companyBin: p.companyBin !== null,
    sector: p.sector !== null,
    commodityPosition: p.commodityPosition !== null,
    regionCode: p.regionCode !== null,
    estimatedCost: p.estimatedCost !== null,
    financingScheme: p.financingScheme.length > 0,
    contacts: CONTACT_KINDS.every((k) => p.contacts.some((c) => c.kind === k)),
    description: p.description !== null,
    companyRegisteredOn: p.companyRegisteredOn !== null,
  };
  const required = new Set<string>(edition.passport.requiredFields);
  if (edition.passport.binRequired || p.companyRegisteredOn !== null) required.add('companyBin');
  const missing = Object.keys(filled).filter((f) => required.has(f) && !filled[f]);
  const needsRate = p.estimatedCost?.currency === 'USD' || pool === 'NATIONAL';
  if (needsRate && p.usdKztRate === null) missing.push('usdKztRate');
  if (pool === 'NATIONAL') {
    if (p.jobs === null) missing.push('jobs');
    if (p.technologyLevel === null) missing.push('technologyLevel');
    if (p.inGlobal2000 === null) missing.push('inGlobal2000');
  }
  return missing;
}

/** The cost in whole tenge (truncated). A USD cost needs the rate (INVALID_INPUT on `usdKztRate`). */
export function costInKzt(cost: PassportMoney, usdKztRate: string | null): string {
  const a = parseAmount(cost.amount, 'estimatedCost.amount');
  if (cost.currency === 'KZT') return (a.units / a.scale).toString();
  if (usdKztRate === null) invalid('usdKztRate', 'is required to convert a USD cost into tenge');
  const r = parseAmount(usdKztRate, 'usdKztRate');
  return ((a.units * r.units) / (a.scale * r.scale)).toString();
}

/** The cost in US dollars with 2 decimals (truncated), or null when a KZT cost has no rate. */
export function costInUsd(cost: PassportMoney, usdKztRate: string | null): string | null {
  const a = parseAmount(cost.amount, 'estimatedCost.amount');
  if (cost.currency === 'USD') {
    const cents = (a.units * 100n) / a.scale;
    return `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`;
  }
  if (usdKztRate === null) return null;
  const r = parseAmount(usdKztRate, 'usdKztRate');
  if (r.units === 0n) invalid('usdKztRate', 'must be greater than zero');
  const cents = (a.units * r.scale * 100n) / (a.scale * r.units);
  return `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`;
}

/** T05 [E001]: the last day to fill in the passport (30 CD from entering Module 2); null when the edition has none. */
export function passportFillDueOn(enteredOn: string, edition: RuleEdition, calendar?: WorkingDayCalendar): string | null {
  const t = edition.passport.fillDeadline;
  if (t === null) return null;
  return t.unit === 'CD' ? addCalendarDays(enteredOn, t.value, calendar) : addWorkingDays(enteredOn, t.value, calendar);
}
