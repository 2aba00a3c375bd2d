import 'reflect-metadata';
import { PATH_METADATA } from '@nestjs/common/constants';
import { PUBLIC_KEY } from '@ndip/platform';
import { ROLES_KEY } from '../auth/auth.decorators';
import { ImplementationController, RoadmapTemplateController } from './implementation.controller';
import { ImplementationTasksController } from './implementation-tasks.controller';
import { ImplementationAttachmentsController, ImplementationDiscussionController } from './implementation-discussion.controller';
import { ImplementationPoolController, ProsecutorCaseController, RestrictiveMeasureController } from './implementation-pool.controller';
import { ImplementationStateServicesController } from './implementation-state-services.controller';

/** STYLE.md rule 7 for the Module 2 controllers: every route declares who may call it. */
describe('Module 2 gateway endpoints', () => {
  const routes = [
    ImplementationController,
    ImplementationTasksController,
    RoadmapTemplateController,
    ImplementationPoolController,
    RestrictiveMeasureController,
    ProsecutorCaseController,
    ImplementationStateServicesController,
    ImplementationDiscussionController,
    ImplementationAttachmentsController,
  ].flatMap((c) => {
    const proto = c.prototype as unknown as Record<string, unknown>;
    return Object.getOwnPropertyNames(proto)
      .filter((n) => n !== 'constructor' && typeof proto[n] === 'function' && Reflect.getMetadata(PATH_METADATA, proto[n] as object) !== undefined)
      .map((n) => ({ name: `${c.name}.${n}`, fn: proto[n] as object }));
  });

  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThanOrEqual(60);
  });

  it.each(routes.map((r) => [r.name, r] as const))('%s declares its roles and is not public', (_n, r) => {
    const roles = Reflect.getMetadata(ROLES_KEY, r.fn) as unknown;
    expect(Array.isArray(roles) && roles.length > 0).toBe(true);
    expect(Reflect.getMetadata(PUBLIC_KEY, r.fn)).toBeUndefined();
  });

  it('the foundation stand-in POST /projects/{id}/complete is gone (tasks have their own complete)', () => {
    const projectPaths = Object.getOwnPropertyNames(ImplementationController.prototype).map(
      (n) => Reflect.getMetadata(PATH_METADATA, (ImplementationController.prototype as unknown as Record<string, object>)[n]!) as string | undefined,
    );
    expect(projectPaths).toContain(':id/passport/complete');
    expect(projectPaths).not.toContain(':id/complete');
  });
});
