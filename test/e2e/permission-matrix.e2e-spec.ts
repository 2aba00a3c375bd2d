import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod, type DynamicModule, type Type } from '@nestjs/common';
import { ORGANIZATION_TYPES, binCheckDigit, type OrganizationType } from '@ndip/domain';
import { PUBLIC_KEY, validateEnv } from '@ndip/platform';
import { uuidv7 } from '@ndip/platform/ids/uuid7';
import { AppModule } from '../../apps/gateway/src/app.module';
import { ROLES_KEY } from '../../apps/gateway/src/auth/auth.decorators';
import { GatewayEnv } from '../../apps/gateway/src/gateway.env';
import { startStack, type Stack } from '../../tools/dev/stack';
import { Api } from '../support/api';
import { createDatabases, testInfra, testPortBase, uniqueName } from '../support/infra';

/** One route of the gateway as the router declares it. */
interface Route {
  key: string; // "GET /api/v1/companies/{id}"
  method: string;
  path: string;
  handler: string;
  isPublic: boolean;
  /** @Allow(...) of the handler; '*' = any signed-in user; [] = none declared. */
  roles: (OrganizationType | '*')[];
}

const MATRIX_FILE = join(__dirname, 'permission-matrix.json');

/**
 * The reviewed matrix: per route, `allow` = the @Allow roles ('PUBLIC' for the login routes), and for
 * '*' routes `serviceRefuses` = the roles the owning service refuses itself (403 WRONG_ROLE from the
 * §9.2 check in the service: the gateway lets any signed-in user through to it).
 */
type ReviewedMatrix = Record<string, { allow: string; serviceRefuses?: string }>;

function readMatrix(): ReviewedMatrix {
  return existsSync(MATRIX_FILE) ? (JSON.parse(readFileSync(MATRIX_FILE, 'utf8')) as ReviewedMatrix) : {};
}

function writeMatrix(m: ReviewedMatrix): void {
  const sorted = Object.fromEntries(
    Object.keys(m)
      .sort()
      .map((k) => [k, m[k]!]),
  );
  writeFileSync(MATRIX_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
}

/** Every route of the gateway's controllers, from the Nest router metadata (the same classes the process runs). */
function routerRoutes(): Route[] {
  // Only to read the module's controller list: nothing is started or connected.
  const env = validateEnv(GatewayEnv, {
    DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
    NDIP_KAFKA_BROKERS: '127.0.0.1:1',
    NDIP_JWT_SECRET: 'x'.repeat(32),
    NDIP_ADMIN_PASSWORD: 'unused-password-1',
    HTTP_PORT: '1',
  });
  // The module's own controllers and those of every module it imports (dynamic or static).
  const controllers: Type[] = [];
  const seen = new Set<unknown>();
  const walk = (m: unknown): void => {
    if (!m || seen.has(m)) return;
    seen.add(m);
    const dyn = typeof m === 'object' ? (m as DynamicModule) : null;
    const cls = (dyn ? dyn.module : m) as Type;
    const own = [...((Reflect.getMetadata('controllers', cls) as Type[] | undefined) ?? []), ...(dyn?.controllers ?? [])];
    for (const c of own) if (!controllers.includes(c)) controllers.push(c);
    for (const i of [...((Reflect.getMetadata('imports', cls) as unknown[] | undefined) ?? []), ...(dyn?.imports ?? [])]) walk(i);
  };
  walk(AppModule.register(env));
  const out: Route[] = [];
  for (const c of controllers) {
    const base = String(Reflect.getMetadata(PATH_METADATA, c) ?? '').replace(/^\/|\/$/g, '');
    const proto = c.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(proto)) {
      const fn = proto[name];
      if (name === 'constructor' || typeof fn !== 'function') continue;
      const sub = Reflect.getMetadata(PATH_METADATA, fn) as string | string[] | undefined;
      if (sub === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, fn) as number];
      for (const p of Array.isArray(sub) ? sub : [sub]) {
        const path = `/${[base, String(p).replace(/^\/|\/$/g, '')].filter(Boolean).join('/')}`.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
        out.push({
          key: `${method} ${path}`,
          method,
          path,
          handler: `${c.name}.${name}`,
          isPublic: Boolean(Reflect.getMetadata(PUBLIC_KEY, fn) ?? Reflect.getMetadata(PUBLIC_KEY, c)),
          roles: ((Reflect.getMetadata(ROLES_KEY, fn) as (OrganizationType | '*')[] | undefined) ?? []).slice().sort(),
        });
      }
    }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

function bin(first11: string): string {
  const d = binCheckDigit(first11);
  if (d === null) throw new Error(`no BIN check digit for ${first11}`);
  return first11 + String(d);
}

/**
 * The whole permission matrix on the running system: for every gateway route (Nest router metadata,
 * checked against the OpenAPI document) and every role (organisation type), a user of that role calls
 * it. A role outside the route's @Allow must get 403 from the gateway; a role inside it must not get
 * 403, 401 or a 5xx — the owning service, which checks the §9.2 matrix itself, must agree with the
 * gateway — except on '*' routes, where the gateway leaves the role check to the service and the roles
 * the service refuses are part of the reviewed matrix. The matrix is kept, reviewed, in
 * permission-matrix.json: a widened, narrowed, new or undeclared route fails here until that file is
 * updated (NDIP_PERMISSION_MATRIX_UPDATE=1 rewrites it). Then scoping: another organisation's or
 * region's record answers 404 (existence is not leaked), never the record.
 */
describe('permission matrix: every route × every role on the running system', () => {
  const password = `Adm1n-${randomBytes(6).toString('hex')}`;
  const ALMATY = '750000000';
  const ASTANA = '710000000';
  let stack: Stack;
  let anon: Api;
  let admin: Api;
  const tokens = new Map<OrganizationType, string>();
  const extra: Record<string, Api> = {};
  const routes = routerRoutes();

  beforeAll(async () => {
    const prefix = uniqueName('matrix');
    const dbs = await createDatabases(prefix, ['attraction', 'implementation', 'post-investment', 'reporting', 'gateway'] as const);
    stack = await startStack({
      brokers: testInfra().brokers,
      pgUrls: dbs,
      basePort: testPortBase(600),
      gatewayPort: testPortBase(599),
      groupPrefix: prefix,
      logDir: `.data/test/logs/${prefix}`,
      logLevel: 'warn',
      adminPassword: password,
      jwtSecret: randomBytes(32).toString('hex'),
      env: { NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000', NDIP_API_RATE_PER_MINUTE: '100000', NDIP_BUS_TIMEOUT_MS: '20000' },
      build: false,
    });
    anon = new Api(`${stack.gatewayUrl}/api/v1`);
    const login = async (l: string, pw: string): Promise<string> => {
      const r = await anon.post<{ accessToken: string }>('/auth/login', { login: l, password: pw });
      if (r.status !== 200) throw new Error(`login ${l}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.accessToken;
    };
    tokens.set('ADMIN', await login('admin', password));
    admin = anon.as(tokens.get('ADMIN')!);
    const userOf = async (type: OrganizationType, userLogin: string, place: Record<string, string>): Promise<string> => {
      const org = await admin.ok<{ id: string }>('/organizations', { type, nameKk: `${type} kk`, nameRu: `${type} ru`, nameEn: `${type} en`, ...place });
      await admin.ok('/users', { login: userLogin, password: 'Str0ng-passw0rd', fullName: userLogin, organizationId: org.id });
      return login(userLogin, 'Str0ng-passw0rd');
    };
    for (const type of ORGANIZATION_TYPES) {
      if (type === 'ADMIN') continue;
      const place: Record<string, string> = ['MIO', 'NCR', 'RO', 'RIHQ', 'PRR'].includes(type)
        ? { regionCode: ALMATY }
        : ['FI', 'NCF'].includes(type)
          ? { countryCode: 'KR' }
          : type === 'INV'
            ? { bin: bin('94074000013') }
            : {};
      tokens.set(type, await userOf(type, `matrix.${type.toLowerCase()}`, place));
    }
    // Users of other organisations of the same type, for the scoping checks.
    extra.fiJapan = anon.as(await userOf('FI', 'matrix.fi.japan', { countryCode: 'JP' }));
    extra.mioAstana = anon.as(await userOf('MIO', 'matrix.mio.astana', { regionCode: ASTANA }));
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('declares the matrix it enforces: the router, the OpenAPI document and permission-matrix.json agree', async () => {
    const doc = (await (await fetch(`${stack.gatewayUrl}/api/docs/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths)
      .filter(([p]) => p.startsWith('/api/v1/'))
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
      .sort();
    const declared = routes.filter((r) => r.path.startsWith('/api/v1/')).map((r) => r.key);
    expect({
      documentedButNotRouted: documented.filter((k) => !declared.includes(k)),
      routedButNotDocumented: declared.filter((k) => !documented.includes(k)),
    }).toEqual({
      documentedButNotRouted: [],
      routedButNotDocumented: [],
    });
    // Every non-public route names who may call it (the RolesGuard refuses everyone otherwise).
    expect(routes.filter((r) => !r.isPublic && r.roles.length === 0).map((r) => r.handler)).toEqual([]);

    const current = Object.fromEntries(routes.map((r) => [r.key, r.isPublic ? 'PUBLIC' : r.roles.join(',')]));
    const reviewed = readMatrix();
    if (process.env.NDIP_PERMISSION_MATRIX_UPDATE === '1') {
      for (const k of Object.keys(reviewed)) if (!(k in current)) delete reviewed[k];
      for (const [k, allow] of Object.entries(current)) reviewed[k] = { ...reviewed[k], allow };
      writeMatrix(reviewed);
    }
    const changed = Object.keys({ ...current, ...reviewed })
      .filter((k) => current[k] !== reviewed[k]?.allow)
      .map((k) => `${k}: reviewed ${reviewed[k]?.allow ?? '(no such route)'} → now ${current[k] ?? '(removed)'}`);
    // A difference is a permission change: review it, then rewrite the file with NDIP_PERMISSION_MATRIX_UPDATE=1.
    expect(changed).toEqual([]);
  });

  it('answers 403 to every role outside a route’s @Allow and lets every role inside it through', async () => {
    const roles = [...ORGANIZATION_TYPES];
    const failures: string[] = [];
    const serviceRefuses = new Map<string, OrganizationType[]>();
    let pairs = 0;
    let allowedPairs = 0;
    const checked = routes.filter((r) => !r.isPublic && r.path.startsWith('/api/v1/'));
    for (const r of checked) {
      const url = `${stack.gatewayUrl}${r.path.replace(/\{[^}]+\}/g, () => uuidv7())}`;
      // The 18 roles of one route in parallel (request-reply round trips dominate).
      await Promise.all(
        roles.map(async (role) => {
          const allowed = r.roles.includes('*') || r.roles.includes(role);
          const ctl = new AbortController();
          const res = await fetch(url, {
            method: r.method,
            headers: {
              authorization: `Bearer ${tokens.get(role)!}`,
              ...(r.method === 'GET' || r.method === 'DELETE' ? {} : { 'content-type': 'application/json' }),
            },
            body: r.method === 'GET' || r.method === 'DELETE' ? undefined : '{}',
            signal: ctl.signal,
          });
          const status = res.status;
          const body = res.headers.get('content-type')?.includes('json') ? await res.text() : '';
          ctl.abort(); // an event stream would stay open
          pairs += 1;
          if (allowed) allowedPairs += 1;
          const code = /"code":"([A-Z_]+)"/.exec(body)?.[1];
          if (!allowed && status !== 403) failures.push(`${role} ${r.key} (${r.handler}): expected 403, got ${status}`);
          else if (allowed && r.roles.includes('*') && status === 403 && code === 'WRONG_ROLE') {
            serviceRefuses.set(r.key, [...(serviceRefuses.get(r.key) ?? []), role]);
          } else if (allowed && (status === 403 || status === 401 || status >= 500)) {
            failures.push(`${role} ${r.key} (${r.handler}): allowed by @Allow, got ${status} ${body.slice(0, 200)}`);
          }
        }),
      );
    }
    console.log(
      `permission matrix: ${pairs} (role × route) pairs checked — ${checked.length} routes × ${roles.length} roles; ${allowedPairs} let through by the gateway, ${pairs - allowedPairs} refused by it; ${[...serviceRefuses.values()].reduce((n, v) => n + v.length, 0)} refused by the owning service on '*' routes`,
    );
    const reviewed = readMatrix();
    if (process.env.NDIP_PERMISSION_MATRIX_UPDATE === '1') {
      for (const [k, v] of Object.entries(reviewed)) {
        const refused = serviceRefuses.get(k);
        if (refused) v.serviceRefuses = refused.sort().join(',');
        else delete v.serviceRefuses;
      }
      writeMatrix(reviewed);
    }
    const refusalsChanged = checked
      .map((r) => r.key)
      .filter((k) => (serviceRefuses.get(k)?.sort().join(',') ?? '') !== (reviewed[k]?.serviceRefuses ?? ''))
      .map((k) => `${k}: the service refused ${serviceRefuses.get(k)?.join(',') ?? 'no role'}, reviewed ${reviewed[k]?.serviceRefuses ?? 'no role'}`);
    expect(failures).toEqual([]);
    expect(refusalsChanged).toEqual([]);
    expect(pairs).toBe(checked.length * roles.length);
  }, 900_000);

  it('scopes records by organisation and region: another embassy or akimat gets 404, never the record', async () => {
    const fi = anon.as(tokens.get('FI')!);
    const company = await fi.ok<{ id: string }>('/companies', { name: 'Matrix Scope Co', countryCode: 'KR' });
    expect((await fi.get(`/companies/${company.id}`)).status).toBe(200);
    expect((await extra.fiJapan!.get(`/companies/${company.id}`)).status).toBe(404);
    expect((await extra.fiJapan!.post(`/companies/${company.id}/contacts`, { fullName: 'Kim', position: 'CEO' })).status).toBe(404);

    const { initiativeId } = await fi.ok<{ initiativeId: string }>('/initiatives', { companyId: company.id, title: 'Matrix scope initiative' });
    const initiative = { id: initiativeId };
    expect((await fi.get(`/initiatives/${initiative.id}`)).status).toBe(200);
    expect((await extra.fiJapan!.get(`/initiatives/${initiative.id}`)).status).toBe(404);
    expect((await fi.post(`/initiatives/${initiative.id}/transfer`, { regionCode: ALMATY })).status).toBe(200);
    expect((await anon.as(tokens.get('MIO')!).get(`/initiatives/${initiative.id}`)).status).toBe(200);
    expect((await extra.mioAstana!.get(`/initiatives/${initiative.id}`)).status).toBe(404);
    expect((await extra.mioAstana!.post(`/initiatives/${initiative.id}/assign-officer`, { officerUserId: uuidv7() })).status).toBe(404);
    // Sessions: one user cannot end another's session (not found).
    const mine = await fi.getOk<{ items: { id: string }[] }>('/auth/sessions');
    expect((await extra.fiJapan!.post(`/auth/sessions/${mine.items[0]!.id}/end`, {})).status).toBe(404);
    expect((await fi.get('/auth/sessions')).status).toBe(200);
  });
});
