import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, DomainErrorCode, compareDates, reportDueDates, type Actor, type RuleEdition } from '@ndip/domain';
import {
  CLOCK,
  RULE_EDITION,
  uuidv7,
  type AddProgrammeVersionCommand,
  type Clock,
  type CommandMessage,
  type CreateCountryProgrammeDto,
  type ListCountryProgrammesQueryDto,
  type Page,
} from '@ndip/platform';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { ChangeRecorder } from '../common/change-recorder';
import { applySort, notFound, pageOf, paging, requireAccess } from '../common/query';
import { CountryProgrammeEntity, CountryProgrammeVersionEntity } from './country-programme.entity';

export interface ProgrammeVersionView {
  versionNo: number;
  year: number;
  quarter: number;
  content: string;
  changeSummary: string | null;
  submittedOn: string;
  dueOn: string;
  late: boolean;
  authorUserId: string;
  authorOrganizationId: string;
}

export interface ProgrammeView {
  id: string;
  countryCode: string;
  title: string;
  currentVersion: number;
  createdAt: string;
  updatedAt: string;
  versions?: ProgrammeVersionView[];
}

const view = (p: CountryProgrammeEntity): ProgrammeView => ({
  id: p.id,
  countryCode: p.countryCode,
  title: p.title,
  currentVersion: p.currentVersion,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
});

const versionView = (v: CountryProgrammeVersionEntity): ProgrammeVersionView => ({
  versionNo: v.versionNo,
  year: v.year,
  quarter: v.quarter,
  content: v.content,
  changeSummary: v.changeSummary,
  submittedOn: v.submittedOn,
  dueOn: v.dueOn,
  late: v.late,
  authorUserId: v.authorUserId,
  authorOrganizationId: v.authorOrg,
});

/**
 * Country investment programmes as versioned documents (000 §17(2); §9.2 row "Country investment
 * programme (quarterly update)": FI X, NCF X, NC X, AB r). Each quarterly update is a new version,
 * due by the 15th of the month after the quarter (T20, `reportDueDates`) and flagged late after it.
 * FI/NCF keep the programme of their country of accreditation.
 */
@Injectable()
export class ProgrammeService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(CountryProgrammeEntity) private readonly programmes: Repository<CountryProgrammeEntity>,
    @InjectRepository(CountryProgrammeVersionEntity) private readonly versions: Repository<CountryProgrammeVersionEntity>,
    private readonly recorder: ChangeRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  async create(dto: CreateCountryProgrammeDto, cmd: CommandMessage): Promise<ProgrammeView> {
    this.requireKeeper(cmd.actor, dto.countryCode);
    return this.dataSource.transaction(async (m) => {
      if (await m.getRepository(CountryProgrammeEntity).findOne({ where: { countryCode: dto.countryCode } })) {
        throw new DomainError(DomainErrorCode.CONFLICT, `the programme of ${dto.countryCode} exists; add a version to it`, { field: 'countryCode' });
      }
      const now = this.clock.now();
      const p = m.create(CountryProgrammeEntity, {
        id: uuidv7(now.getTime()),
        countryCode: dto.countryCode,
        title: dto.title.trim(),
        createdByOrg: cmd.actor.organizationId,
        currentVersion: 0,
        createdAt: now,
        updatedAt: now,
      });
      await m.getRepository(CountryProgrammeEntity).insert(p);
      const v = view(p);
      const event = { type: 'attraction.country-programme.created', version: 1, aggregateType: 'country-programme', aggregateId: p.id, payload: v };
      await this.recorder.record(m, cmd, [event], {
        action: 'country-programme.create',
        entityType: 'country-programme',
        entityId: p.id,
        oldValue: null,
        newValue: v,
      });
      return v;
    });
  }

  async addVersion(c: AddProgrammeVersionCommand, cmd: CommandMessage): Promise<ProgrammeView> {
    const today = this.clock.today();
    const quarterStart = `${c.year}-${String((c.quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
    if (compareDates(quarterStart, today) > 0) throw new DomainError(DomainErrorCode.INVALID_INPUT, 'the quarter has not begun', { field: 'quarter' });
    return this.dataSource.transaction(async (m) => {
      const p = await this.lock(m, c.programmeId, cmd.actor);
      const dueOn = reportDueDates({ year: c.year, quarter: c.quarter as 1 | 2 | 3 | 4 }).countryProgrammeUpdate;
      const version = m.create(CountryProgrammeVersionEntity, {
        programmeId: p.id,
        versionNo: p.currentVersion + 1,
        year: c.year,
        quarter: c.quarter,
        content: c.content,
        changeSummary: c.changeSummary ?? null,
        submittedOn: today,
        dueOn,
        late: compareDates(today, dueOn) > 0,
        authorUserId: cmd.actor.userId,
        authorOrg: cmd.actor.organizationId,
        createdAt: this.clock.now(),
      });
      await m.getRepository(CountryProgrammeVersionEntity).insert(version);
      const before = view(p);
      p.currentVersion = version.versionNo;
      await m.getRepository(CountryProgrammeEntity).save(p);
      const payload = {
        programmeId: p.id,
        countryCode: p.countryCode,
        versionNo: version.versionNo,
        year: c.year,
        quarter: c.quarter,
        dueOn,
        late: version.late,
      };
      const event = { type: 'attraction.country-programme.version-added', version: 1, aggregateType: 'country-programme', aggregateId: p.id, payload };
      await this.recorder.record(m, cmd, [event], {
        action: 'country-programme.add-version',
        entityType: 'country-programme',
        entityId: p.id,
        oldValue: before,
        newValue: { ...payload, changeSummary: version.changeSummary },
      });
      return { ...view(p), versions: [versionView(version)] };
    });
  }

  async get(id: string, actor: Actor): Promise<ProgrammeView> {
    requireAccess(actor, 'programme.country', this.edition.code);
    const p = await this.programmes.findOne({ where: { id } });
    if (!p || !this.visible(p, actor)) throw notFound('country programme', id);
    const versions = await this.versions.find({ where: { programmeId: id }, order: { versionNo: 'DESC' } });
    return { ...view(p), versions: versions.map(versionView) };
  }

  async list(actor: Actor, q: ListCountryProgrammesQueryDto): Promise<Page<ProgrammeView>> {
    requireAccess(actor, 'programme.country', this.edition.code);
    const p = paging(q);
    const qb = this.programmes.createQueryBuilder('p');
    if (actor.role === 'FI' || actor.role === 'NCF') qb.andWhere('p.country_code = :own', { own: actor.countryCode ?? '--' });
    if (q.countryCode) qb.andWhere('p.country_code = :country', { country: q.countryCode });
    applySort(qb, q.sort, 'countryCode', { countryCode: 'p.country_code', updatedAt: 'p.updated_at' });
    const [rows, total] = await qb.skip(p.skip).take(p.pageSize).getManyAndCount();
    return pageOf(rows, total, p, view);
  }

  private async lock(m: EntityManager, id: string, actor: Actor): Promise<CountryProgrammeEntity> {
    const p = await m.getRepository(CountryProgrammeEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!p || !this.visible(p, actor)) throw notFound('country programme', id, 'programmeId');
    this.requireKeeper(actor, p.countryCode);
    return p;
  }

  private requireKeeper(actor: Actor, countryCode: string): void {
    requireAccess(actor, 'programme.country', this.edition.code, 'perform');
    if ((actor.role === 'FI' || actor.role === 'NCF') && actor.countryCode !== countryCode) {
      throw new DomainError(DomainErrorCode.WRONG_ROLE, `a foreign office keeps the programme of its own country (${actor.countryCode ?? 'none'})`, {
        field: 'countryCode',
      });
    }
  }

  private visible(p: CountryProgrammeEntity, actor: Actor): boolean {
    return !(actor.role === 'FI' || actor.role === 'NCF') || p.countryCode === actor.countryCode;
  }
}
