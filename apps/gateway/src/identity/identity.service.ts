import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { hash, verify, type Options as Argon2Options } from '@node-rs/argon2';
import { DomainError, DomainErrorCode, isRegionCode, type Actor, type OrganizationType } from '@ndip/domain';
import { SERVICE_CONFIG, appendAudit, uuidv7 } from '@ndip/platform';
import { DataSource, type Repository } from 'typeorm';
import type { GatewayEnv } from '../gateway.env';
import { ProblemException } from '../http/problem';
import type { CreateOrganizationDto, CreateUserDto, LoginDto } from './identity.dto';
import { OrganizationEntity } from './organization.entity';
import { UserEntity } from './user.entity';

/** argon2id (Algorithm.Argon2id = 2: a const enum, not importable under isolatedModules), OWASP minimum parameters. */
const ARGON2: Argon2Options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };
const MAX_FAILED_LOGINS = 5;
const LOCK_MINUTES = 15;
const REGIONAL_TYPES: OrganizationType[] = ['MIO', 'NCR', 'RO', 'RIHQ', 'PRR'];
const COUNTRY_TYPES: OrganizationType[] = ['FI', 'NCF'];

export interface JwtClaims {
  sub: string;
  org: string;
  role: OrganizationType;
  region: string | null;
  country: string | null;
  locale: 'kk' | 'ru' | 'en';
}

export interface OrganizationView {
  id: string;
  type: OrganizationType;
  name: { kk: string; ru: string; en: string };
  regionCode: string | null;
  countryCode: string | null;
  bin: string | null;
}

export interface UserView {
  id: string;
  login: string;
  fullName: string;
  organization: OrganizationView;
  locale: string;
}

function orgView(o: OrganizationEntity): OrganizationView {
  return { id: o.id, type: o.type, name: { kk: o.nameKk, ru: o.nameRu, en: o.nameEn }, regionCode: o.regionCode, countryCode: o.countryCode, bin: o.bin };
}

/** Users, organisations and password login (EDS and eGov IDP come with the identity issue). */
@Injectable()
export class IdentityService implements OnApplicationBootstrap {
  private readonly log = new Logger('IdentityService');
  /** A hash to verify against when the login is unknown, so that timing does not reveal it. */
  private dummyHash: string | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(OrganizationEntity) private readonly orgs: Repository<OrganizationEntity>,
    private readonly jwt: JwtService,
    @Inject(SERVICE_CONFIG) private readonly env: GatewayEnv,
  ) {}

  /** First boot: the operator organisation and the platform administrator. */
  async onApplicationBootstrap(): Promise<void> {
    this.dummyHash = await hash('not-a-real-password-0', ARGON2);
    const login = this.env.NDIP_ADMIN_LOGIN.toLowerCase();
    const existing = await this.users.createQueryBuilder('u').where('lower(u.login) = :login', { login }).getOne();
    if (existing) return;
    await this.dataSource.transaction(async (m) => {
      const orgId = uuidv7();
      await m.insert(OrganizationEntity, {
        id: orgId,
        type: 'ADMIN',
        nameKk: 'НЦИП платформа әкімшісі',
        nameRu: 'Администратор платформы НЦИП',
        nameEn: 'NDIP platform administrator',
        regionCode: null,
        countryCode: null,
        bin: null,
        active: true,
      });
      await m.insert(UserEntity, {
        id: uuidv7(),
        login,
        passwordHash: await hash(this.env.NDIP_ADMIN_PASSWORD, ARGON2),
        fullName: 'Platform administrator',
        organizationId: orgId,
        locale: 'ru',
        active: true,
        failedLogins: 0,
        lockedUntil: null,
      });
    });
    this.log.log(`seeded administrator "${login}"`);
  }

  async login(dto: LoginDto): Promise<{ accessToken: string; tokenType: 'Bearer'; expiresIn: number; user: UserView }> {
    const user = await this.users.createQueryBuilder('u').where('lower(u.login) = :login', { login: dto.login.toLowerCase() }).getOne();
    const refuse = (): never => {
      throw new ProblemException('UNAUTHENTICATED', 'invalid login or password', { field: 'password' });
    };
    if (!user) {
      await verify(this.dummyHash ?? '', dto.password).catch(() => false);
      return refuse();
    }
    if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      throw new ProblemException('UNAUTHENTICATED', `the account is locked until ${user.lockedUntil.toISOString()} after ${MAX_FAILED_LOGINS} failed logins`, {
        field: 'login',
        retryAfterSeconds: Math.ceil((user.lockedUntil.getTime() - Date.now()) / 1000),
      });
    }
    const ok = await verify(user.passwordHash, dto.password).catch(() => false);
    const org = await this.orgs.findOne({ where: { id: user.organizationId } });
    if (!ok || !user.active || !org || !org.active) {
      const failed = user.failedLogins + 1;
      await this.users.update(
        { id: user.id },
        {
          failedLogins: failed >= MAX_FAILED_LOGINS ? 0 : failed,
          lockedUntil: failed >= MAX_FAILED_LOGINS ? new Date(Date.now() + LOCK_MINUTES * 60_000) : null,
        },
      );
      return refuse();
    }
    if (user.failedLogins > 0) await this.users.update({ id: user.id }, { failedLogins: 0, lockedUntil: null });
    const claims: JwtClaims = { sub: user.id, org: org.id, role: org.type, region: org.regionCode, country: org.countryCode, locale: user.locale };
    const accessToken = await this.jwt.signAsync(claims);
    return { accessToken, tokenType: 'Bearer', expiresIn: this.env.NDIP_JWT_TTL_SECONDS, user: this.userView(user, org) };
  }

  async createOrganization(dto: CreateOrganizationDto, actor: Actor): Promise<OrganizationView> {
    if (REGIONAL_TYPES.includes(dto.type)) {
      if (!dto.regionCode) throw new DomainError(DomainErrorCode.INVALID_INPUT, `regionCode is required for ${dto.type}`, { field: 'regionCode' });
    }
    if (dto.regionCode && !isRegionCode(dto.regionCode)) {
      throw new DomainError(DomainErrorCode.UNKNOWN_REFERENCE, `regionCode ${dto.regionCode} is not one of the 20 regions`, { field: 'regionCode' });
    }
    if (COUNTRY_TYPES.includes(dto.type) && !dto.countryCode) {
      throw new DomainError(DomainErrorCode.INVALID_INPUT, `countryCode is required for ${dto.type}`, { field: 'countryCode' });
    }
    if (dto.type === 'INV' && !dto.bin) throw new DomainError(DomainErrorCode.INVALID_INPUT, 'bin is required for an investor company', { field: 'bin' });
    const org = this.orgs.create({
      id: uuidv7(),
      type: dto.type,
      nameKk: dto.nameKk,
      nameRu: dto.nameRu,
      nameEn: dto.nameEn,
      regionCode: dto.regionCode ?? null,
      countryCode: dto.countryCode ?? null,
      bin: dto.bin ?? null,
      active: true,
    });
    await this.dataSource.transaction(async (m) => {
      await m.insert(OrganizationEntity, org);
      await appendAudit(m, {
        actor,
        action: 'organization.create',
        entityType: 'organization',
        entityId: org.id,
        oldValue: null,
        newValue: orgView(org),
        ruleEdition: this.env.NDIP_RULE_EDITION,
        correlationId: null,
      });
    });
    return orgView(org);
  }

  async listOrganizations(page: number, pageSize: number): Promise<{ items: OrganizationView[]; total: number; page: number; pageSize: number }> {
    const [rows, total] = await this.orgs.findAndCount({ order: { createdAt: 'ASC', id: 'ASC' }, skip: (page - 1) * pageSize, take: pageSize });
    return { items: rows.map(orgView), total, page, pageSize };
  }

  async createUser(dto: CreateUserDto, actor: Actor): Promise<UserView> {
    const org = await this.orgs.findOne({ where: { id: dto.organizationId } });
    if (!org) throw new DomainError(DomainErrorCode.NOT_FOUND, `organization ${dto.organizationId} not found`, { field: 'organizationId' });
    const user = this.users.create({
      id: uuidv7(),
      login: dto.login.toLowerCase(),
      passwordHash: await hash(dto.password, ARGON2),
      fullName: dto.fullName,
      organizationId: org.id,
      locale: dto.locale ?? 'ru',
      active: true,
      failedLogins: 0,
      lockedUntil: null,
    });
    await this.dataSource.transaction(async (m) => {
      await m.insert(UserEntity, user);
      await appendAudit(m, {
        actor,
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        oldValue: null,
        newValue: { login: user.login, organizationId: org.id, fullName: user.fullName },
        ruleEdition: this.env.NDIP_RULE_EDITION,
        correlationId: null,
      });
    });
    return this.userView(user, org);
  }

  private userView(u: UserEntity, o: OrganizationEntity): UserView {
    return { id: u.id, login: u.login, fullName: u.fullName, organization: orgView(o), locale: u.locale };
  }
}
