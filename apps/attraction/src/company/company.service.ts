import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  companyDuplicateKey,
  decideCompany,
  decideKyc,
  kycStatusForInitiative,
  type Actor,
  type CompanyCommand,
  type CompanyState,
  type DomainEvent,
  type KycState,
  type KycStatus,
  type RuleEdition,
} from '@ndip/domain';
import {
  CLOCK,
  RULE_EDITION,
  uuidv7,
  type Clock,
  type CommandMessage,
  type CompanyPageCommand,
  type CompleteKycCommand,
  type CreateCompanyDto,
  type CreateContactCommand,
  type ListCompaniesQueryDto,
  type MergeCompanyCommand,
  type OverrideKycCommand,
  type Page,
  type StartKycCommand,
  type UpdateCompanyCommand,
  type UpdateContactCommand,
} from '@ndip/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { ChangeRecorder } from '../common/change-recorder';
import { notFound, ownOrCountry, pageOf, paging, requireAccess } from '../common/query';
import { CompanyEntity, ContactEntity, companyState } from './company.entity';
import { COMPANY_READ_ALL, CompanyRepository } from './company.repository';
import { KycCheckEntity } from './kyc-check.entity';

export interface CompanyView extends Omit<CompanyState, 'companyId' | 'createdByOrganizationId'> {
  id: string;
  createdByOrganizationId: string;
  kycStatus: string;
  createdAt: string;
  version: number;
  /** Active cards that look like the same company (same name and country, or same BIN). */
  possibleDuplicates?: { id: string; name: string; countryCode: string; bin: string | null }[];
}

export interface ContactView {
  id: string;
  companyId: string;
  fullName: string;
  position: string | null;
  phone: string | null;
  email: string | null;
  language: string | null;
  createdAt: string;
}

const CONTACT_FIELDS = ['fullName', 'position', 'phone', 'email', 'language'] as const;

export type KycView = KycState & { version: number };

function view(c: CompanyEntity): CompanyView {
  const { companyId, ...rest } = companyState(c);
  return { id: companyId, ...rest, kycStatus: c.kycStatus, createdAt: c.createdAt.toISOString(), version: c.version };
}

function contactView(c: ContactEntity): ContactView {
  return {
    id: c.id,
    companyId: c.companyId,
    fullName: c.fullName,
    position: c.position,
    phone: c.phone,
    email: c.email,
    language: c.language,
    createdAt: c.createdAt.toISOString(),
  };
}

/**
 * Company cards, contact cards, KYC checks and the merge of duplicates (§2.1.1). Every change:
 * load (locked) → domain decision → save + outbox + audit in one transaction.
 */
@Injectable()
export class CompanyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly companies: CompanyRepository,
    private readonly recorder: ChangeRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  async create(dto: CreateCompanyDto, cmd: CommandMessage): Promise<CompanyView> {
    const id = uuidv7(this.clock.now().getTime());
    return this.dataSource.transaction(async (m) => {
      const d = this.decide(null, { type: 'CREATE', companyId: id, card: dto }, cmd.actor);
      await this.refuseSameBin(m, d.state.bin, id);
      const entity = m.create(CompanyEntity, this.columns(d.state, { id, kycStatus: 'NOT_STARTED', createdByOrg: cmd.actor.organizationId }));
      await this.companies.insert(entity, m);
      await this.recorder.record(m, cmd, d.events, { action: 'company.create', entityType: 'company', entityId: id, oldValue: null, newValue: d.state });
      const saved = (await this.companies.findById(id, m)) as CompanyEntity;
      return { ...view(saved), possibleDuplicates: (await this.companies.duplicatesOf(cmd.actor, saved, m)).map(short) };
    });
  }

  async update(c: UpdateCompanyCommand, cmd: CommandMessage): Promise<CompanyView> {
    const { companyId, ...changes } = c;
    return this.dataSource.transaction(async (m) => {
      const entity = await this.lockVisible(m, companyId, cmd.actor);
      const before = companyState(entity);
      const d = this.decide(before, { type: 'UPDATE', changes }, cmd.actor);
      await this.refuseSameBin(m, d.state.bin, companyId);
      Object.assign(entity, this.columns(d.state, {}));
      await this.companies.save(m, entity);
      await this.recorder.record(m, cmd, d.events, {
        action: 'company.update',
        entityType: 'company',
        entityId: companyId,
        oldValue: before,
        newValue: d.state,
      });
      return view(entity);
    });
  }

  /** Merge a duplicate card into another: everything recorded against it moves to the target. */
  async merge(c: MergeCompanyCommand, cmd: CommandMessage): Promise<CompanyView> {
    return this.dataSource.transaction(async (m) => {
      // Lock both in id order so that two opposite merges cannot deadlock.
      const [firstId, secondId] = [c.companyId, c.intoCompanyId].sort();
      const first = await this.lockVisible(m, firstId!, cmd.actor, firstId === c.companyId ? 'companyId' : 'intoCompanyId');
      const second = firstId === secondId ? first : await this.lockVisible(m, secondId!, cmd.actor, secondId === c.companyId ? 'companyId' : 'intoCompanyId');
      const source = first.id === c.companyId ? first : second;
      const target = first.id === c.intoCompanyId ? first : second;
      const before = companyState(source);
      const d = this.decide(before, { type: 'MERGE_INTO', target: companyState(target) }, cmd.actor);
      Object.assign(source, { status: d.state.status, mergedInto: d.state.mergedIntoId, bin: d.state.bin });
      await this.companies.save(m, source);
      const movedBin = before.bin !== null && d.state.bin === null ? before.bin : null;
      if (movedBin !== null) {
        target.bin = movedBin;
        await this.companies.save(m, target);
      }
      const moved = await this.companies.repoint(m, source.id, target.id);
      await this.recorder.record(m, cmd, d.events, {
        action: 'company.merge',
        entityType: 'company',
        entityId: source.id,
        oldValue: before,
        newValue: { ...d.state, moved },
      });
      return view(target);
    });
  }

  async get(id: string, actor: Actor): Promise<CompanyView> {
    const c = await this.companies.findById(id);
    if (!c || !this.visible(c, actor)) throw notFound('company', id);
    return view(c);
  }

  async duplicates(c: { companyId: string }, actor: Actor): Promise<CompanyView[]> {
    const company = await this.companies.findById(c.companyId);
    if (!company || !this.visible(company, actor)) throw notFound('company', c.companyId, 'companyId');
    return (await this.companies.duplicatesOf(actor, company)).map(view);
  }

  async list(actor: Actor, q: ListCompaniesQueryDto): Promise<Page<CompanyView>> {
    requireAccess(actor, 'company.manage', this.edition.code);
    const p = paging(q);
    const [rows, total] = await this.companies.page(actor, q, p.skip, p.pageSize);
    return pageOf(rows, total, p, view);
  }

  async addContact(c: CreateContactCommand, cmd: CommandMessage): Promise<ContactView> {
    requireAccess(cmd.actor, 'company.manage', this.edition.code, 'perform');
    return this.dataSource.transaction(async (m) => {
      const company = await this.lockVisible(m, c.companyId, cmd.actor);
      if (company.status !== 'ACTIVE') throw new DomainError(DomainErrorCode.WRONG_STATE, 'the card was merged into another', { field: 'companyId' });
      const contact = m.create(ContactEntity, {
        id: uuidv7(this.clock.now().getTime()),
        companyId: company.id,
        fullName: c.fullName.trim(),
        position: c.position ?? null,
        phone: c.phone ?? null,
        email: c.email ?? null,
        language: c.language ?? null,
        createdByOrg: cmd.actor.organizationId,
        createdAt: this.clock.now(),
      });
      await this.companies.insertContact(m, contact);
      const v = contactView(contact);
      const ev = {
        type: 'attraction.contact.created',
        version: 1,
        aggregateType: 'company',
        aggregateId: company.id,
        payload: { contactId: v.id, companyId: v.companyId },
      };
      await this.recorder.record(m, cmd, [ev], { action: 'contact.create', entityType: 'contact', entityId: v.id, oldValue: null, newValue: v });
      return v;
    });
  }

  /**
   * Corrects a contact card: only the given fields change (null clears an optional one). The company card
   * must be visible as for its own edits (§9.3, else NOT_FOUND); only the organisation that created the
   * contact card changes it. Audit old → new, `attraction.contact.updated` with the changed fields.
   */
  async updateContact(c: UpdateContactCommand, cmd: CommandMessage): Promise<ContactView> {
    requireAccess(cmd.actor, 'company.manage', this.edition.code, 'perform');
    const { companyId, contactId, ...changes } = c;
    const given = CONTACT_FIELDS.filter((k) => changes[k] !== undefined);
    if (given.length === 0) throw new DomainError(DomainErrorCode.INVALID_INPUT, 'no field of the contact card to change', { field: '$' });
    if (changes.fullName === null || (typeof changes.fullName === 'string' && changes.fullName.trim() === '')) {
      throw new DomainError(DomainErrorCode.INVALID_INPUT, 'fullName is required', { field: 'fullName' });
    }
    return this.dataSource.transaction(async (m) => {
      const company = await this.lockVisible(m, companyId, cmd.actor);
      const contact = await this.companies.findContactForUpdate(m, company.id, contactId);
      if (!contact) throw notFound('contact', contactId, 'contactId');
      if (contact.createdByOrg !== cmd.actor.organizationId) {
        throw new DomainError(DomainErrorCode.WRONG_ROLE, 'only the organisation that created the contact card may change it', { field: 'contactId' });
      }
      const before = contactView(contact);
      for (const k of given) {
        const v = changes[k];
        contact[k] = (k === 'fullName' ? (v as string).trim() : (v ?? null)) as never;
      }
      await this.companies.saveContact(m, contact);
      const after = contactView(contact);
      const changed = CONTACT_FIELDS.filter((k) => before[k] !== after[k]);
      const ev = {
        type: 'attraction.contact.updated',
        version: 1,
        aggregateType: 'company',
        aggregateId: company.id,
        payload: { contactId, companyId: company.id, changed, updatedOn: this.clock.today() },
      };
      await this.recorder.record(m, cmd, [ev], { action: 'contact.update', entityType: 'contact', entityId: contactId, oldValue: before, newValue: after });
      return after;
    });
  }

  async contacts(c: CompanyPageCommand, actor: Actor): Promise<Page<ContactView>> {
    await this.get(c.companyId, actor);
    const p = paging(c);
    const [rows, total] = await this.companies.contacts(c.companyId, p.skip, p.pageSize);
    return pageOf(rows, total, p, contactView);
  }

  async startKyc(c: StartKycCommand, cmd: CommandMessage): Promise<KycView> {
    return this.dataSource.transaction(async (m) => {
      const company = await this.lockVisible(m, c.companyId, cmd.actor);
      if (company.status !== 'ACTIVE') throw new DomainError(DomainErrorCode.WRONG_STATE, 'the card was merged into another', { field: 'companyId' });
      const id = uuidv7(this.clock.now().getTime());
      const d = decideKyc(
        null,
        { type: 'START', kycCheckId: id, companyId: company.id, performer: c.performer, current: company.kycStatus },
        this.ctx(cmd.actor),
      );
      if (!d.ok) throw d.error;
      const check = m.create(KycCheckEntity, { id, companyId: company.id, status: d.state.status, state: d.state });
      await this.companies.saveKyc(m, check);
      company.kycStatus = d.state.status;
      await this.companies.save(m, company);
      await this.recorder.record(m, cmd, d.events, { action: 'kyc.start', entityType: 'kyc-check', entityId: id, oldValue: null, newValue: d.state });
      return { ...d.state, version: check.version };
    });
  }

  async completeKyc(c: CompleteKycCommand, cmd: CommandMessage): Promise<KycView> {
    return this.dataSource.transaction(async (m) => {
      const company = await this.lockVisible(m, c.companyId, cmd.actor);
      const check = await this.companies.openKycForUpdate(m, company.id);
      const d = decideKyc(check?.state ?? null, { type: 'COMPLETE', outcome: c.outcome, findings: c.findings }, this.ctx(cmd.actor));
      if (!d.ok) throw d.error;
      const open = check as KycCheckEntity;
      const before = open.state;
      Object.assign(open, { status: d.state.status, state: d.state });
      await this.companies.saveKyc(m, open);
      company.kycStatus = d.state.status;
      await this.companies.save(m, company);
      await this.recorder.record(m, cmd, d.events, { action: 'kyc.complete', entityType: 'kyc-check', entityId: open.id, oldValue: before, newValue: d.state });
      return { ...d.state, version: open.version };
    });
  }

  /**
   * the authorized body overrides the company's latest check, which FAILED, with a reason; the check
   * keeps its outcome (company.kyc_status stays FAILED) and the initiative gate no longer applies to it.
   */
  async overrideKyc(c: OverrideKycCommand, cmd: CommandMessage): Promise<KycView> {
    return this.dataSource.transaction(async (m) => {
      const company = await this.lockVisible(m, c.companyId, cmd.actor);
      if (company.status !== 'ACTIVE') throw new DomainError(DomainErrorCode.WRONG_STATE, 'the card was merged into another', { field: 'companyId' });
      const check = await this.companies.latestKyc(m, company.id, true);
      const d = decideKyc(check?.state ?? null, { type: 'OVERRIDE', reason: c.reason }, this.ctx(cmd.actor));
      if (!d.ok) throw d.error;
      const latest = check as KycCheckEntity;
      const before = latest.state;
      Object.assign(latest, { status: d.state.status, state: d.state });
      await this.companies.saveKyc(m, latest);
      await this.recorder.record(m, cmd, d.events, {
        action: 'kyc.override',
        entityType: 'kyc-check',
        entityId: latest.id,
        oldValue: before,
        newValue: d.state,
      });
      return { ...d.state, version: latest.version };
    });
  }

  /** What the initiative gate is told about the company's KYC: its status, unless an AB override applies. */
  async kycForInitiative(m: EntityManager, company: CompanyEntity): Promise<KycStatus | undefined> {
    const latest = company.kycStatus === 'FAILED' ? await this.companies.latestKyc(m, company.id) : null;
    return kycStatusForInitiative(company.kycStatus, Boolean(latest?.state.override));
  }

  async kycChecks(c: CompanyPageCommand, actor: Actor): Promise<Page<KycView>> {
    await this.get(c.companyId, actor);
    const p = paging(c);
    const [rows, total] = await this.companies.kycChecks(c.companyId, p.skip, p.pageSize);
    return pageOf(rows, total, p, (k) => ({ ...k.state, version: k.version }));
  }

  /** §9.3: FI/NCF see the cards they created and their country's; NC and AB see all. */
  visible(c: CompanyEntity, actor: Actor): boolean {
    return COMPANY_READ_ALL.has(actor.role) || ((actor.role === 'FI' || actor.role === 'NCF') && ownOrCountry(actor, c.createdByOrg, c.countryCode));
  }

  private async lockVisible(m: EntityManager, id: string, actor: Actor, field = 'companyId'): Promise<CompanyEntity> {
    const c = await this.companies.findForUpdate(m, id);
    if (!c || !this.visible(c, actor)) throw notFound('company', id, field);
    return c;
  }

  /** Duplicate detection by BIN: one card per Kazakh legal entity. */
  private async refuseSameBin(m: EntityManager, bin: string | null, selfId: string): Promise<void> {
    if (bin === null) return;
    const other = await this.companies.findByBin(bin, m);
    if (other && other.id !== selfId) {
      throw new DomainError(DomainErrorCode.CONFLICT, `a company card with BIN ${bin} exists (${other.id}); merge the cards instead`, {
        field: 'bin',
        existingId: other.id,
      });
    }
  }

  private columns(s: CompanyState, extra: Partial<CompanyEntity>): Partial<CompanyEntity> {
    return {
      name: s.name,
      countryCode: s.countryCode,
      bin: s.bin,
      sector: s.sector,
      size: s.size,
      website: s.website,
      global2000: s.global2000,
      global2000Year: s.global2000Year,
      status: s.status,
      mergedInto: s.mergedIntoId,
      dupKey: companyDuplicateKey(s.name, s.countryCode),
      createdOn: s.createdOn,
      ...extra,
    };
  }

  private ctx(actor: Actor): { actor: Actor; today: string; edition: RuleEdition } {
    return { actor, today: this.clock.today(), edition: this.edition };
  }

  private decide(state: CompanyState | null, command: CompanyCommand, actor: Actor): { state: CompanyState; events: DomainEvent[] } {
    const d = decideCompany(state, command, this.ctx(actor));
    if (!d.ok) throw d.error;
    return d;
  }
}

function short(c: CompanyEntity): { id: string; name: string; countryCode: string; bin: string | null } {
  return { id: c.id, name: c.name, countryCode: c.countryCode, bin: c.bin };
}
