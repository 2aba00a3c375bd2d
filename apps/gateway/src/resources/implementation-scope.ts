import type { Actor } from '@ndip/domain';
import type { Repository } from 'typeorm';
import type { OrganizationEntity } from '../identity/organization.entity';

/**
 * §9.3: an investor company (INV) sees only its own company's projects. The service scopes by the BIN
 * of the caller's organisation, which the gateway looks up here and sends as `investorBin`; it is never
 * taken from the request. Other callers send nothing.
 */
export async function investorScope(orgs: Repository<OrganizationEntity>, actor: Actor): Promise<{ investorBin?: string }> {
  if (actor.role !== 'INV') return {};
  const org = await orgs.findOne({ where: { id: actor.organizationId } });
  return org?.bin ? { investorBin: org.bin } : {};
}
