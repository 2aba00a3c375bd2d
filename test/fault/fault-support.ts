import { randomBytes, randomUUID } from 'node:crypto';
import { EVENT_TOPICS } from '@ndip/domain';
import { ensureTopics } from '@ndip/platform/kafka/kafka-client';
import { startStack, type Stack, type StackOptions } from '../../tools/dev/stack';
import { PASSPORT_REST, plusDays, roadmapDraft } from '../e2e/implementation-flow';
import { groupCoordinatorReady } from '../integration/post-investment-support';
import { Api, type ApiResponse } from '../support/api';
import { eventually } from '../support/eventually';
import { createDatabases, query, testInfra, testPortBase, uniqueName } from '../support/infra';

/** Shared by the fault tests: a whole system, its users, the Module 1 → 2 → 3 flow with retries and counters. */

export const DB_NAMES = ['attraction', 'implementation', 'post-investment', 'reporting', 'gateway'] as const;
export type ServiceKey = (typeof DB_NAMES)[number];

/** Printed by every fault file at the end (the issue asks for the counts). */
export const counters = { faultsInjected: 0, commandsChecked: 0, commandsAccepted: 0, retries: 0, fuzzCasesSent: 0 };

export function printCounters(file: string): void {
  // process.stdout: visible in the run's output without jest's console decoration.
  process.stdout.write(
    `[fault] ${file}: faults injected ${counters.faultsInjected}, commands accepted ${counters.commandsAccepted}, ` +
      `commands checked ${counters.commandsChecked}, retries ${counters.retries}, fuzz cases sent ${counters.fuzzCasesSent}\n`,
  );
}

export interface Users {
  admin: Api;
  embassy: Api;
  akimat: Api;
  akimatUserId: string;
  chamber: Api;
  nc: Api;
  ab: Api;
  investor: Api;
}

export interface FaultSystem {
  stack: Stack;
  dbs: Record<ServiceKey, string>;
  users: Users;
  prefix: string;
  anonymous: Api;
  /** To start the same system again (e.g. on restored databases): the admin's password, the JWT secret, the admin's token. */
  adminPassword: string;
  jwtSecret: string;
  adminToken: string;
}

/** Fresh databases, topics ready, the five services as processes, and one user of each role needed by the flow. */
export async function startFaultSystem(
  name: string,
  portOffset: number,
  region: string,
  bin: string,
  extra: Partial<StackOptions> & { pgUrls?: Partial<Record<ServiceKey, string>> } = {},
): Promise<FaultSystem> {
  const prefix = uniqueName(name);
  const created = await createDatabases(prefix, DB_NAMES);
  const dbs = { ...created, ...(extra.pgUrls ?? {}) } as Record<ServiceKey, string>;
  await ensureTopics(testInfra().brokers);
  // The fault files stop and restart the broker: the next system waits until it coordinates groups again.
  await eventually(() => groupCoordinatorReady(EVENT_TOPICS.attraction), 60_000);
  const password = `Adm1n-${randomBytes(6).toString('hex')}`;
  const jwtSecret = randomBytes(32).toString('hex');
  const stack = await startStack({
    brokers: testInfra().brokers,
    basePort: testPortBase(portOffset + 1),
    gatewayPort: testPortBase(portOffset),
    groupPrefix: prefix,
    logDir: `.data/test/logs/${prefix}`,
    logLevel: 'warn',
    adminPassword: password,
    jwtSecret,
    build: false,
    ...extra,
    pgUrls: dbs,
    env: {
      NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000',
      NDIP_M3_JOB_INTERVAL_MS: '0',
      // The gateway gives up after 10 s (503); a service must not execute a command older than that,
      // or a retried command could be applied twice (see docs/reliability.md).
      NDIP_BUS_TIMEOUT_MS: '10000',
      NDIP_COMMAND_MAX_AGE_MS: '9000',
      ...(extra.env ?? {}),
    },
  });
  const anonymous = new Api(`${stack.gatewayUrl}/api/v1`);
  const login = async (l: string, pw: string): Promise<{ token: string; userId: string }> => {
    const r = await anonymous.post<{ accessToken: string; user: { id: string } }>('/auth/login', { login: l, password: pw });
    if (r.status !== 200) throw new Error(`login ${l}: ${r.status} ${JSON.stringify(r.body)}`);
    return { token: r.body.accessToken, userId: r.body.user.id };
  };
  const adminToken = (await login('admin', password)).token;
  const admin = anonymous.as(adminToken);
  const org = async (body: Record<string, unknown>): Promise<string> => (await admin.ok<{ id: string }>('/organizations', body)).id;
  const user = async (l: string, organizationId: string): Promise<{ token: string; userId: string }> => {
    await admin.ok('/users', { login: l, password: 'Str0ng-passw0rd', fullName: l, organizationId });
    return login(l, 'Str0ng-passw0rd');
  };
  const names = (en: string): Record<string, string> => ({ nameKk: en, nameRu: en, nameEn: en });
  const embassy = anonymous.as((await user(`${name}.embassy`, await org({ type: 'FI', ...names('Embassy in Seoul'), countryCode: 'KR' }))).token);
  const mio = await user(`${name}.akimat`, await org({ type: 'MIO', ...names(`Akimat ${region}`), regionCode: region }));
  const chamber = anonymous.as((await user(`${name}.atameken`, await org({ type: 'NCH', ...names('National Chamber') }))).token);
  const nc = anonymous.as((await user(`${name}.kazakhinvest`, await org({ type: 'NC', ...names('Kazakh Invest') }))).token);
  const ab = anonymous.as((await user(`${name}.ab`, await org({ type: 'AB', ...names('Investment Committee') }))).token);
  const investor = anonymous.as((await user(`${name}.investor`, await org({ type: 'INV', ...names('Investor LLP'), bin }))).token);
  return {
    stack,
    dbs,
    prefix,
    anonymous,
    adminPassword: password,
    jwtSecret,
    adminToken,
    users: { admin, embassy, akimat: anonymous.as(mio.token), akimatUserId: mio.userId, chamber, nc, ab, investor },
  };
}

/**
 * A write through the gateway that a client retries until it is accepted, always with the same
 * Idempotency-Key: on a refused connection (gateway down), 503 (a service or the broker down) or 409 on the
 * key (the first attempt still holds it). Returns the accepted response; throws on any other answer.
 */
export async function accepted<T = Record<string, unknown>>(api: Api, method: string, path: string, body: unknown, timeoutMs = 180_000): Promise<T> {
  const key = randomUUID();
  let attempts = 0;
  const r = await eventually(
    async () => {
      attempts += 1;
      let res: ApiResponse<T>;
      try {
        res = await api.request<T>(method, path, body, { 'idempotency-key': key });
      } catch (e) {
        throw new Error(`${method} ${path}: ${(e as Error).message}`); // connection refused: retry
      }
      if (res.status === 503 || (res.status === 409 && (res.body as { field?: string })?.field === 'Idempotency-Key')) {
        throw new Error(`${method} ${path} → ${res.status}, retrying`);
      }
      return res;
    },
    timeoutMs,
    500,
  );
  counters.retries += attempts - 1;
  if (r.status >= 300) throw new Error(`${method} ${path} → ${r.status}: ${JSON.stringify(r.body)}`);
  counters.commandsAccepted += 1;
  return r.body;
}

/** A read that is retried while the gateway or a service is down. */
export function readable<T>(api: Api, path: string, timeoutMs = 120_000): Promise<T> {
  return eventually(async () => api.getOk<T>(path), timeoutMs, 500);
}

export type Stage = 'afterConvert' | 'afterApprove' | 'afterValidate' | 'afterIssue';

export interface FlowResult {
  companyName: string;
  companyId: string;
  initiativeId: string;
  projectId: string;
  taskIds: string[];
  issueId: string;
  /** Commands the gateway accepted in this flow (each has its effect checked by {@link checkExactlyOnce}). */
  commands: number;
}

const TASKS = ['PRE_LAND', 'INV_CONSTR', 'POST_CAPACITY'] as const;
export const TASKS_PER_PROJECT = TASKS.length;

/**
 * Module 1 → 2 → 3 through the gateway: company, initiative, transfer, officer, conversion (→ project in
 * Module 2 by event), passport, roadmap approved, tasks done and validated (→ monitoring in Module 3 by event),
 * the investor raises an issue. `hook` runs at each stage (the fault tests kill something there).
 */
export async function moduleFlow(
  u: Users,
  region: string,
  bin: string,
  tag: string,
  hook: (s: Stage) => Promise<void> = async () => undefined,
): Promise<FlowResult> {
  let commands = 0;
  const send = async <T = Record<string, unknown>>(api: Api, method: string, path: string, payload: unknown): Promise<T> => {
    const r = await accepted<T>(api, method, path, payload);
    commands += 1;
    return r;
  };
  const companyName = `Fault ${tag} ${randomBytes(3).toString('hex')}`;
  const company = await send<{ id: string }>(u.embassy, 'POST', '/companies', { name: companyName, countryCode: 'KR', sector: 'C29' });
  const initiative = await send<{ initiativeId: string }>(u.embassy, 'POST', '/initiatives', { companyId: company.id, title: `Plant ${tag}` });
  const id = initiative.initiativeId;
  await send(u.embassy, 'POST', `/initiatives/${id}/transfer`, { regionCode: region });
  await send(u.akimat, 'POST', `/initiatives/${id}/assign-officer`, { officerUserId: u.akimatUserId });
  await send(u.akimat, 'POST', `/initiatives/${id}/convert`, {
    projectName: `Plant ${tag}`,
    companyBin: bin,
    investmentAmountKzt: '200000000000',
    hasInvestmentContract: false,
  });
  await hook('afterConvert');
  const project = await eventually(
    async () => {
      const page = await u.akimat.getOk<{ items: { id: string; initiativeId: string; createdOn: string }[] }>(`/projects?regionCode=${region}&pageSize=200`);
      const p = page.items.find((x) => x.initiativeId === id);
      if (!p) throw new Error(`project of initiative ${id} not created yet`);
      return p;
    },
    180_000,
    500,
  );
  const day = project.createdOn;
  await send(u.akimat, 'PATCH', `/projects/${project.id}/passport`, PASSPORT_REST);
  await send(u.akimat, 'POST', `/projects/${project.id}/passport/complete`, {});
  await send(u.akimat, 'POST', `/projects/${project.id}/roadmap/assign-mio`, {});
  await send(u.akimat, 'PUT', `/projects/${project.id}/roadmap/draft`, roadmapDraft(TASKS.map((c, i) => [c, plusDays(day, 30 + 150 * i)])));
  await send(u.akimat, 'POST', `/projects/${project.id}/roadmap/submit`, {});
  await send(u.nc, 'POST', `/projects/${project.id}/roadmap/approve`, {});
  await hook('afterApprove');
  const { items } = await readable<{ items: { id: string }[] }>(u.akimat, `/projects/${project.id}/tasks`);
  for (const t of items) {
    const done = await send<{ status: string }>(u.akimat, 'POST', `/tasks/${t.id}/complete`, { actualCompletionDate: day });
    if (done.status === 'AWAITING_VALIDATION') await send(u.chamber, 'POST', `/tasks/${t.id}/validate`, {});
  }
  await hook('afterValidate');
  await eventually(
    async () => {
      const m = await u.investor.getOk<{ companyBin: string | null }>(`/monitoring/by-project/${project.id}`);
      if (m.companyBin !== bin) throw new Error('investor not known to Module 3 yet');
    },
    180_000,
    500,
  );
  const issue = await send<{ id: string }>(u.investor, 'POST', '/issues', {
    projectId: project.id,
    kind: 'PROBLEM',
    category: 'CUSTOMS',
    title: `Customs ${tag}`,
    description: 'Waiting at Khorgos',
  });
  await hook('afterIssue');
  return {
    companyName,
    companyId: company.id,
    initiativeId: id,
    projectId: project.id,
    taskIds: items.map((t) => t.id),
    issueId: issue.id,
    commands,
  };
}

/** Flows whose commands were already counted as checked (a later check covers them again). */
const checked = new WeakSet<FlowResult>();

async function count(url: string, sql: string, params: unknown[]): Promise<number> {
  const [r] = await query<{ n: number }>(url, sql, params);
  return r!.n;
}

/**
 * Every accepted command of the flows had its effect exactly once, in every service's database and in
 * reporting's API: one company, initiative and conversion event; one project with its tasks; one monitoring
 * period and issue; one reporting row per project and one rating row per task (its rating contribution).
 * `others` counts projects of this region made outside `flows` (also reported by reporting).
 */
export function checkExactlyOnce(sys: FaultSystem, region: string, flows: FlowResult[], others = 0): Promise<void> {
  // Projections are eventually consistent: wait until reporting has caught up, then the counts must be exact.
  return eventually(() => checkOnce(sys, region, flows, others), 120_000, 1000);
}

async function checkOnce(sys: FaultSystem, region: string, flows: FlowResult[], others: number): Promise<void> {
  const { dbs, users } = sys;
  for (const f of flows) {
    const got = {
      companies: await count(dbs.attraction, `SELECT count(*)::int AS n FROM company WHERE name = $1`, [f.companyName]),
      initiatives: await count(dbs.attraction, `SELECT count(*)::int AS n FROM initiative WHERE company_id = $1`, [f.companyId]),
      conversions: await count(dbs.attraction, `SELECT count(*)::int AS n FROM outbox WHERE aggregateid = $1 AND type = 'attraction.initiative.converted'`, [
        f.initiativeId,
      ]),
      projects: await count(dbs.implementation, `SELECT count(*)::int AS n FROM project WHERE initiative_id = $1`, [f.initiativeId]),
      tasks: await count(dbs.implementation, `SELECT count(*)::int AS n FROM roadmap_task WHERE project_id = $1`, [f.projectId]),
      monitoring: await count(dbs['post-investment'], `SELECT count(*)::int AS n FROM monitoring_period WHERE project_id = $1`, [f.projectId]),
      issues: await count(dbs['post-investment'], `SELECT count(*)::int AS n FROM m3_issue WHERE project_id = $1`, [f.projectId]),
      reportingProjects: await count(dbs.reporting, `SELECT count(*)::int AS n FROM dash_project WHERE project_id = $1 AND module = 3`, [f.projectId]),
      ratingTasks: await count(dbs.reporting, `SELECT count(*)::int AS n FROM rating_task WHERE project_id = $1 AND actual_completion_date IS NOT NULL`, [
        f.projectId,
      ]),
    };
    expect(got).toEqual({
      companies: 1,
      initiatives: 1,
      conversions: 1,
      projects: 1,
      tasks: TASKS_PER_PROJECT,
      monitoring: 1,
      issues: 1,
      reportingProjects: 1,
      ratingTasks: TASKS_PER_PROJECT,
    });
  }
  const counts = await users.admin.getOk<{ regionCode: string; postInvestment: number }[]>('/reports/project-counts');
  expect(counts.find((r) => r.regionCode === region)?.postInvestment ?? 0).toBe(flows.length + others);
  const rating = await users.admin.getOk<{ regions: { regionCode: string; projects: number }[] }>('/ratings/regions');
  const counted = await count(dbs.reporting, `SELECT count(*)::int AS n FROM dash_project WHERE region_code = $1 AND rating_counted`, [region]);
  expect(rating.regions.find((r) => r.regionCode === region)?.projects).toBe(counted);
  for (const f of flows) {
    if (checked.has(f)) continue;
    checked.add(f);
    counters.commandsChecked += f.commands;
  }
}
