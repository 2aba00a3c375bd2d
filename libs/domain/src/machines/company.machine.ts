/**
 * Company card (карточка компании) and the merge of duplicate cards (rules.md §2.1.1; 000 §40(3); 001 §38(2)).
 * Check order: §9.2 role (WRONG_ROLE) → status (WRONG_STATE) → input (INVALID_INPUT) → conflicts (CONFLICT).
 * Scoping (which cards an organisation may touch, §9.3) is the service's job, as for every machine.
 */
import { DomainErrorCode } from '../errors/domain-error';
import { EVENT_TYPES, type CompanyCreatedPayload } from '../events/catalog';
import { isValidBin } from '../identifiers/bin';
import {
  accept,
  checkContext,
  event,
  fail,
  guarded,
  optionalText,
  requireRole,
  requireStatus,
  requireText,
  type Decision,
  type TransitionContext,
} from './transition';

export const COMPANY_AGGREGATE = 'company';
export const COMPANY_SIZES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];
export const COMPANY_STATUSES = ['ACTIVE', 'MERGED'] as const;
export type CompanyStatus = (typeof COMPANY_STATUSES)[number];

export const COMPANY_EVENTS = {
  created: EVENT_TYPES.companyCreated,
  updated: 'attraction.company.updated',
  merged: 'attraction.company.merged',
} as const;

/** The first edition of the Forbes Global 2000 list (A-11: the list year is stored with the flag). */
export const GLOBAL_2000_FIRST_YEAR = 2003;

/** The editable fields of a card. */
export interface CompanyCard {
  name: string;
  /** ISO 3166-1 alpha-2 country of origin (страна происхождения). */
  countryCode: string;
  /** BIN of the Kazakh legal entity, when one exists. */
  bin: string | null;
  /** Field of activity (сфера деятельности): OKED code or text. */
  sector: string | null;
  /** Company size (размер компании). */
  size: CompanySize | null;
  website: string | null;
  /** Member of the Forbes Global 2000 list (App1 criterion), with the list year. */
  global2000: boolean;
  global2000Year: number | null;
}

export interface CompanyState extends CompanyCard {
  companyId: string;
  status: CompanyStatus;
  mergedIntoId: string | null;
  createdByOrganizationId: string;
  createdOn: string;
}

export type CompanyCardInput = { [K in keyof CompanyCard]?: CompanyCard[K] | null };

export type CompanyCommand =
  | { type: 'CREATE'; companyId: string; card: CompanyCardInput }
  | { type: 'UPDATE'; changes: CompanyCardInput }
  /** Merge this (duplicate) card into `target`; the target keeps its data and takes over a BIN it lacks. */
  | { type: 'MERGE_INTO'; target: CompanyState };

const COUNTRY_RE = /^[A-Z]{2}$/;
const WEBSITE_RE = /^https?:\/\/\S+$/;

function card(input: CompanyCardInput, today: string): CompanyCard {
  const name = requireText(input.name, 'name', 300).trim();
  if (typeof input.countryCode !== 'string' || !COUNTRY_RE.test(input.countryCode)) {
    fail(DomainErrorCode.INVALID_INPUT, 'countryCode must be ISO 3166-1 alpha-2', { field: 'countryCode' });
  }
  const bin = input.bin ?? null;
  if (bin !== null && !isValidBin(bin)) fail(DomainErrorCode.INVALID_INPUT, 'bin must be a 12-digit BIN with a valid check digit', { field: 'bin' });
  const size = input.size ?? null;
  if (size !== null && !COMPANY_SIZES.includes(size)) fail(DomainErrorCode.INVALID_INPUT, `size must be one of ${COMPANY_SIZES.join(', ')}`, { field: 'size' });
  const website = optionalText(input.website, 'website', 500);
  if (website !== null && !WEBSITE_RE.test(website)) fail(DomainErrorCode.INVALID_INPUT, 'website must be an http(s) URL', { field: 'website' });
  const global2000 = input.global2000 ?? false;
  const year = input.global2000Year ?? null;
  if (global2000 && year === null) fail(DomainErrorCode.INVALID_INPUT, 'global2000Year is required for a Global 2000 company', { field: 'global2000Year' });
  if (!global2000 && year !== null) fail(DomainErrorCode.INVALID_INPUT, 'global2000Year is only given with global2000', { field: 'global2000Year' });
  if (year !== null && (!Number.isInteger(year) || year < GLOBAL_2000_FIRST_YEAR || year > Number(today.slice(0, 4)))) {
    fail(DomainErrorCode.INVALID_INPUT, `global2000Year must be a list year from ${GLOBAL_2000_FIRST_YEAR} to this year`, { field: 'global2000Year' });
  }
  return {
    name,
    countryCode: input.countryCode,
    bin,
    sector: optionalText(input.sector, 'sector', 100),
    size,
    website,
    global2000,
    global2000Year: year,
  };
}

export function decideCompany(state: CompanyState | null, command: CompanyCommand, ctx: TransitionContext): Decision<CompanyState> {
  return guarded(() => {
    checkContext(null, ctx);
    // §9.2 M1 "Create/edit company card and contact card; run KYC": FI X, NCF X.
    requireRole('company.manage', ctx, 'perform');
    if (command.type === 'CREATE') {
      if (state !== null) fail(DomainErrorCode.CONFLICT, 'CREATE: the company card exists');
      const companyId = requireText(command.companyId, 'companyId', 100);
      const c = card(command.card, ctx.today);
      const next: CompanyState = {
        ...c,
        companyId,
        status: 'ACTIVE',
        mergedIntoId: null,
        createdByOrganizationId: ctx.actor.organizationId,
        createdOn: ctx.today,
      };
      return accept(next, [
        event<CompanyCreatedPayload>(COMPANY_AGGREGATE, companyId, COMPANY_EVENTS.created, {
          companyId,
          name: c.name,
          countryCode: c.countryCode,
          bin: c.bin,
          sector: c.sector,
        }),
      ]);
    }
    if (state === null) fail(DomainErrorCode.WRONG_STATE, `${command.type} needs an existing company card`, { status: null });
    requireStatus(state.status, ['ACTIVE'], command.type);
    if (command.type === 'UPDATE') {
      const given = Object.entries(command.changes).filter(([, v]) => v !== undefined);
      const merged: CompanyCardInput = { ...state, ...(Object.fromEntries(given) as CompanyCardInput) };
      const c = card(merged, ctx.today);
      const changed = (Object.keys(c) as (keyof CompanyCard)[]).filter((k) => c[k] !== state[k]);
      return accept({ ...state, ...c }, [
        event(COMPANY_AGGREGATE, state.companyId, COMPANY_EVENTS.updated, { companyId: state.companyId, changed, card: c, updatedOn: ctx.today }),
      ]);
    }
    const target = command.target;
    if (target.companyId === state.companyId) fail(DomainErrorCode.INVALID_INPUT, 'a card cannot be merged into itself', { field: 'intoCompanyId' });
    if (target.status !== 'ACTIVE') fail(DomainErrorCode.WRONG_STATE, 'the target card was itself merged', { field: 'intoCompanyId', status: target.status });
    if (state.bin !== null && target.bin !== null && state.bin !== target.bin) {
      fail(DomainErrorCode.CONFLICT, 'the two cards have different BINs: they are different legal entities', { field: 'intoCompanyId' });
    }
    const movedBin = target.bin === null ? state.bin : null;
    return accept({ ...state, status: 'MERGED', mergedIntoId: target.companyId, bin: movedBin === null ? state.bin : null }, [
      event(COMPANY_AGGREGATE, state.companyId, COMPANY_EVENTS.merged, {
        companyId: state.companyId,
        intoCompanyId: target.companyId,
        movedBin,
        mergedOn: ctx.today,
      }),
    ]);
  });
}

/** Duplicate detection key: same name (case, spacing and punctuation ignored) and same country of origin. */
export function companyDuplicateKey(name: string, countryCode: string): string {
  return `${countryCode}:${name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.,"'«»“”()\-_/&]+/g, ' ')
    .trim()}`;
}
