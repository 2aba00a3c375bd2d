import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { hash, type Options as Argon2Options } from '@node-rs/argon2';
import { DomainError, DomainErrorCode, isRegionCode, type Actor, type OrganizationType } from '@ndip/domain';
import { SERVICE_CONFIG, appendAudit, uuidv7, type Page } from '@ndip/platform';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { GatewayEnv } from '../gateway.env';
import type { CreateOrganizationDto, CreateUserDto } from './identity.dto';
import type { OrganizationView, UserView } from './identity.types';
import { OrganizationEntity } from './organization.entity';
import { passwordProblem } from './password-policy';
import { TokenService } from './token.service';
import { UserEntity } from './user.entity';

export type { JwtClaims, OrganizationView, UserView } from './identity.types';

/** argon2id (Algorithm.Argon2id = 2: a const enum, not importable under isolatedModules), OWASP minimum parameters. */
export const ARGON2: Argon2Options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };
const REGIONAL_TYPES: OrganizationType[] = ['MIO', 'NCR', 'RO', 'RIHQ', 'PRR'];
const COUNTRY_TYPES: OrganizationType[] = ['FI', 'NCF'];
const INVITATION_HOURS = 72;

export function orgView(o: OrganizationEntity): OrganizationView {
  return { id: o.id, type: o.type, name: { kk: o.nameKk, ru: o.nameRu, en: o.nameEn }, regionCode: o.regionCode, countryCode: o.countryCode, bin: o.bin };
}

export function userView(u: UserEntity, o: OrganizationEntity): UserView {
  return { id: u.id, login: u.login, fullName: u.fullName, organization: orgView(o), locale: u.locale, active: u.active };
}

export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** Organisations and users, administered by the platform operator (000 §22). */
@Injectable()
export class IdentityService implements OnApplicationBootstrap {
  private readonly log = new Logger('IdentityService');

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(OrganizationEntity) private readonly orgs: Repository<OrganizationEntity>,
    private readonly tokens: TokenService,
    @Inject(SERVICE_CONFIG) private readonly env: GatewayEnv,
  ) {}

  /** First boot: the operator organisation and the platform administrator. */
  async onApplicationBootstrap(): Promise<void> {
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
        passwordChangedAt: new Date(),
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

  async createOrganization(dto: CreateOrganizationDto, actor: Actor): Promise<OrganizationView> {
    if (REGIONAL_TYPES.includes(dto.type) && !dto.regionCode) {
      throw new DomainError(DomainErrorCode.INVALID_INPUT, `regionCode is required for ${dto.type}`, { field: 'regionCode' });
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
      await this.audit(m, actor, 'organization.create', 'organization', org.id, null, orgView(org));
    });
    return orgView(org);
  }

  async listOrganizations(page: number, pageSize: number): Promise<Page<OrganizationView>> {
    const [rows, total] = await this.orgs.findAndCount({ order: { createdAt: 'ASC', id: 'ASC' }, skip: (page - 1) * pageSize, take: pageSize });
    return { items: rows.map(orgView), total, page, pageSize };
  }

  /**
   * Creates a user. With a password the account is usable at once; without one, an invitation
   * token (valid 72 hours, single use) is returned to the administrator to hand over.
   */
  async createUser(dto: CreateUserDto, actor: Actor): Promise<UserView & { invitation?: { token: string; expiresAt: string } }> {
    const org = await this.orgs.findOne({ where: { id: dto.organizationId } });
    if (!org) throw new DomainError(DomainErrorCode.NOT_FOUND, `organization ${dto.organizationId} not found`, { field: 'organizationId' });
    if (dto.password !== undefined) {
      const problem = passwordProblem(dto.password, dto.login);
      if (problem) throw new DomainError(DomainErrorCode.INVALID_INPUT, problem, { field: 'password' });
    }
    const invitation = dto.password === undefined ? randomBytes(32).toString('base64url') : null;
    const expiresAt = new Date(Date.now() + INVITATION_HOURS * 3600_000);
    const user = this.users.create({
      id: uuidv7(),
      login: dto.login.toLowerCase(),
      passwordHash: dto.password === undefined ? null : await hash(dto.password, ARGON2),
      passwordChangedAt: dto.password === undefined ? null : new Date(),
      invitationHash: invitation ? sha256(invitation) : null,
      invitationExpiresAt: invitation ? expiresAt : null,
      fullName: dto.fullName,
      organizationId: org.id,
      locale: dto.locale ?? 'ru',
      iin: dto.iin ?? null,
      active: true,
      failedLogins: 0,
      lockedUntil: null,
      deactivatedAt: null,
    });
    await this.dataSource.transaction(async (m) => {
      await m.insert(UserEntity, user);
      await this.audit(m, actor, 'user.create', 'user', user.id, null, {
        login: user.login,
        organizationId: org.id,
        fullName: user.fullName,
        invited: Boolean(invitation),
      });
    });
    return { ...userView(user, org), ...(invitation ? { invitation: { token: invitation, expiresAt: expiresAt.toISOString() } } : {}) };
  }

  async listUsers(page: number, pageSize: number, organizationId?: string): Promise<Page<UserView>> {
    const [rows, total] = await this.users.findAndCount({
      where: organizationId ? { organizationId } : {},
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const orgs = new Map((await this.orgs.findByIds([...new Set(rows.map((r) => r.organizationId))])).map((o) => [o.id, o]));
    return { items: rows.map((u) => userView(u, orgs.get(u.organizationId)!)), total, page, pageSize };
  }

  /** Deactivation takes effect at once: refresh tokens are revoked and access tokens stop being accepted. */
  async setActive(userId: string, active: boolean, actor: Actor): Promise<UserView> {
    return this.dataSource.transaction(async (m) => {
      const user = await m.getRepository(UserEntity).findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new DomainError(DomainErrorCode.NOT_FOUND, `user ${userId} not found`, { field: 'id' });
      if (user.id === actor.userId && !active) throw new DomainError(DomainErrorCode.CONFLICT, 'an administrator cannot deactivate itself', { field: 'id' });
      const before = user.active;
      user.active = active;
      user.deactivatedAt = active ? null : new Date();
      await m.save(user);
      if (!active) await this.tokens.revokeAllOfUser(m, user.id, 'user deactivated');
      await this.audit(m, actor, active ? 'user.activate' : 'user.deactivate', 'user', user.id, { active: before }, { active });
      const org = await m.getRepository(OrganizationEntity).findOneOrFail({ where: { id: user.organizationId } });
      return userView(user, org);
    });
  }

  private audit(m: EntityManager, actor: Actor, action: string, entityType: string, entityId: string, oldValue: unknown, newValue: unknown): Promise<void> {
    return appendAudit(m, { actor, action, entityType, entityId, oldValue, newValue, ruleEdition: this.env.NDIP_RULE_EDITION, correlationId: null });
  }
}
