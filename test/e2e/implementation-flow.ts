import type { Api } from '../support/api';

/** Module 2 through the gateway: helpers shared by the e2e tests (not a test file). */

export interface ProjectBody {
  id: string;
  initiativeId: string | null;
  status: string;
  regionCode: string;
  createdOn: string;
  pool: { pool: string; mciYear: number; mciValue: number };
  passportStatus: { status: string; completedOn: string | null };
  greenCorridor: { status: string; scoreMilli: number } | null;
  taskForce: { handedOn: string } | null;
  roadmapStatus: string;
  validatedOn: string | null;
}

export interface TaskBody {
  id: string;
  code: string;
  status: string;
  dueDate: string;
  overdue: boolean;
  trafficLight: string;
  completedLate: boolean;
  actualCompletionDate: string | null;
  validationDueOn: string | null;
  validatedOn: string | null;
}

export interface RoadmapBody {
  status: string;
  roadmapStatus: string;
  state: { reworkDueOn: string | null; rejection: { reason: string | null } | null; version: number };
  tasks: TaskBody[];
}

/** Any method, must succeed: the body or an error naming the problem. */
export async function must<T>(api: Api, method: string, path: string, body?: unknown): Promise<T> {
  const r = await api.request<T>(method, path, body);
  if (r.status >= 300) throw new Error(`${method} ${path} → ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}

/** YYYY-MM-DD plus n calendar days. */
export function plusDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The passport fields a converted initiative does not bring (fields 4, 7–10 and the green-corridor extensions). */
export const PASSPORT_REST = {
  commodityPosition: '870829',
  financingScheme: [
    { source: 'Own funds', conditions: 'Equity', amount: { amount: '150000000000', currency: 'KZT' } },
    { source: 'Development Bank of Kazakhstan', conditions: 'Loan, 7 years', amount: { amount: '50000000000', currency: 'KZT' } },
  ],
  contacts: [
    { kind: 'INVESTOR', name: 'Kim Ji-hoon', email: 'kim@example.com' },
    { kind: 'RESPONSIBLE_PERSON', name: 'A. Nurlanov', phone: '+7 727 000 00 00' },
  ],
  description: 'Automotive components plant: body parts for the Almaty assembly plant',
  companyRegisteredOn: '2019-04-02',
  usdKztRate: '500',
  jobs: 650,
  technologyLevel: 'HIGH',
  inGlobal2000: false,
};

/** A roadmap draft: the three stages with the given tasks (code → due date). */
export function roadmapDraft(tasks: [string, string][]): unknown {
  const stage = (s: string, prefix: string) => ({
    stage: s,
    risks: [{ risk: `Delays in the ${s.toLowerCase().replace('_', '-')} stage`, mitigation: 'Weekly follow-up by the akimat' }],
    tasks: tasks
      .filter(([c]) => c.startsWith(prefix))
      .map(([code, dueDate]) => ({
        code,
        title: `Task ${code}`,
        dueDate,
        responsible: { kind: code.startsWith('INV_') ? 'INVESTOR' : 'STATE_BODY', name: 'Akimat of Almaty', person: 'A. Nurlanov' },
        expectedResult: `Result of ${code}`,
        supportMeasures: ['One-stop shop support'],
      })),
  });
  return { stages: [stage('PRE_INVESTMENT', 'PRE_'), stage('INVESTMENT', 'INV_'), stage('POST_INVESTMENT', 'POST_')] };
}

/**
 * Passport completed (akimat), responsible MIO named, roadmap formed and submitted (akimat), approved by
 * the National Company (E000). Returns the roadmap.
 */
export async function approvedRoadmap(akimat: Api, nc: Api, projectId: string, tasks: [string, string][]): Promise<RoadmapBody> {
  await must(akimat, 'PATCH', `/projects/${projectId}/passport`, PASSPORT_REST);
  await must(akimat, 'POST', `/projects/${projectId}/passport/complete`, {});
  await must(akimat, 'POST', `/projects/${projectId}/roadmap/assign-mio`, {});
  await must(akimat, 'PUT', `/projects/${projectId}/roadmap/draft`, roadmapDraft(tasks));
  await must(akimat, 'POST', `/projects/${projectId}/roadmap/submit`, {});
  return must<RoadmapBody>(nc, 'POST', `/projects/${projectId}/roadmap/approve`, {});
}

/** The akimat completes every task on `on`; the National Chamber validates those awaiting validation. */
export async function completeAll(akimat: Api, chamber: Api, projectId: string, on: string): Promise<TaskBody[]> {
  const { items } = await must<{ items: TaskBody[] }>(akimat, 'GET', `/projects/${projectId}/tasks`);
  const out: TaskBody[] = [];
  for (const t of items) {
    let done = await must<TaskBody>(akimat, 'POST', `/tasks/${t.id}/complete`, { actualCompletionDate: on });
    if (done.status === 'AWAITING_VALIDATION') done = await must<TaskBody>(chamber, 'POST', `/tasks/${t.id}/validate`, {});
    out.push(done);
  }
  return out;
}
