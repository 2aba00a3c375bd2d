import 'reflect-metadata';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { PUBLIC_KEY } from '@ndip/platform';
import { AuthController } from './auth.controller';
import { ROLES_KEY } from './auth.decorators';
import { AuditController } from '../identity/audit.controller';
import { IdentityController } from '../identity/identity.controller';
import { SessionController } from '../identity/session.controller';
import { AttractionController } from '../resources/attraction.controller';
import { ImplementationController } from '../resources/implementation.controller';
import { ImplementationPoolController, ProsecutorCaseController, RestrictiveMeasureController } from '../resources/implementation-pool.controller';
import { PostInvestmentController } from '../resources/post-investment.controller';
import { ReportingController } from '../resources/reporting.controller';

/** STYLE.md rule 7: a test that fails any endpoint without a permission declaration. */
const CONTROLLERS = [
  AuthController,
  IdentityController,
  SessionController,
  AuditController,
  AttractionController,
  ImplementationController,
  ImplementationPoolController,
  RestrictiveMeasureController,
  ProsecutorCaseController,
  PostInvestmentController,
  ReportingController,
];

function routes(): { controller: string; handler: string; method: number; isPublic: boolean; roles: unknown }[] {
  const out = [];
  for (const c of CONTROLLERS) {
    const proto = c.prototype as unknown as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(proto)) {
      const fn = proto[name];
      if (name === 'constructor' || typeof fn !== 'function') continue;
      if (Reflect.getMetadata(PATH_METADATA, fn) === undefined) continue;
      out.push({
        controller: c.name,
        handler: name,
        method: Reflect.getMetadata(METHOD_METADATA, fn) as number,
        isPublic: Boolean(Reflect.getMetadata(PUBLIC_KEY, fn) ?? Reflect.getMetadata(PUBLIC_KEY, c)),
        roles: Reflect.getMetadata(ROLES_KEY, fn),
      });
    }
  }
  return out;
}

describe('gateway endpoints', () => {
  const all = routes();

  it('finds the routes', () => {
    expect(all.length).toBeGreaterThanOrEqual(15);
  });

  it.each(all.map((r) => [`${r.controller}.${r.handler}`, r] as const))('%s declares who may call it', (_name, r) => {
    if (r.isPublic) return;
    expect(Array.isArray(r.roles) && (r.roles as unknown[]).length > 0).toBe(true);
  });

  it('has exactly the intended public routes: the login methods, refresh, invitation acceptance', () => {
    expect(all.filter((r) => r.isPublic).map((r) => `${r.controller}.${r.handler}`)).toEqual([
      'AuthController.login',
      'AuthController.refresh',
      'AuthController.acceptInvitation',
      'AuthController.edsNonce',
      'AuthController.edsLogin',
      'AuthController.egovStart',
      'AuthController.egovCallback',
    ]);
  });
});
