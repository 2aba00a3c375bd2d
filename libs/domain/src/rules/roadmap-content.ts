/**
 * Roadmap contents (дорожная карта): rules.md §2.2.3–§2.2.4; 000 §48(1)–(5), §49; 001 §47(1)–(5), §48; A-41.
 *
 * Three fixed stages (стадии) → tasks (задачи / этапы). Each task has a due date, an expected result,
 * state support measures, and a responsible party (investor, state body or contractor) with a person;
 * each stage lists its risks and how to minimise them. The stage template (§2.2.4) is a starting point:
 * the MIO may add, remove or rename tasks (inferred), but a template code stays in its own stage and
 * the roadmap always ends with the last task POST_CAPACITY (design capacity / serial production),
 * whose validation hands the project to Module 3 (000 §60; 001 §68).
 */
import { TASK_TEMPLATE_CODES, type TaskTemplateCode } from '../editions/rule-edition';
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { compareDates, isValidIsoDate } from '../reference/calendar';

export const ROADMAP_STAGES = ['PRE_INVESTMENT', 'INVESTMENT', 'POST_INVESTMENT'] as const;
export type RoadmapStage = (typeof ROADMAP_STAGES)[number];

export const RESPONSIBLE_KINDS = ['INVESTOR', 'STATE_BODY', 'CONTRACTOR'] as const;
export type ResponsibleKind = (typeof RESPONSIBLE_KINDS)[number];

export const ROADMAP_LAST_TASK: TaskTemplateCode = 'POST_CAPACITY';

export interface TemplateTask {
  code: TaskTemplateCode;
  stage: RoadmapStage;
  title: { ru: string; en: string };
}

/** rules.md §2.2.4 (000 §49; 001 §48), with the inferred template codes. */
export const ROADMAP_TEMPLATE: readonly TemplateTask[] = [
  { code: 'PRE_FS', stage: 'PRE_INVESTMENT', title: { ru: 'Технико-экономическое обоснование (ТЭО)', en: 'Feasibility study' } },
  { code: 'PRE_TC', stage: 'PRE_INVESTMENT', title: { ru: 'Получение технических условий (ТУ)', en: 'Technical conditions' } },
  { code: 'PRE_LAND', stage: 'PRE_INVESTMENT', title: { ru: 'Получение земельного участка', en: 'Land plot' } },
  { code: 'PRE_DESIGN', stage: 'PRE_INVESTMENT', title: { ru: 'Проектно-сметная документация (ПСД)', en: 'Design and estimate documentation' } },
  { code: 'PRE_FIN', stage: 'PRE_INVESTMENT', title: { ru: 'Финансирование', en: 'Financing' } },
  { code: 'INV_CONSTR', stage: 'INVESTMENT', title: { ru: 'Строительно-монтажные работы (СМР)', en: 'Construction and installation works' } },
  { code: 'INV_SUPPORT', stage: 'INVESTMENT', title: { ru: 'Получение мер государственной поддержки', en: 'State support measures' } },
  { code: 'INV_COMMISSION', stage: 'INVESTMENT', title: { ru: 'Пусконаладочные работы (ПНР)', en: 'Commissioning works' } },
  { code: 'INV_OPERATION', stage: 'INVESTMENT', title: { ru: 'Ввод в эксплуатацию', en: 'Putting into operation' } },
  {
    code: 'POST_CAPACITY',
    stage: 'POST_INVESTMENT',
    title: { ru: 'Выход на проектную мощность или начало серийного производства', en: 'Design capacity or serial production' },
  },
];

export interface TaskResponsible {
  kind: ResponsibleKind;
  /** NDIP organisation id of the responsible body, where it has one. */
  organizationId: string | null;
  /** Name of the organisation (investor, state body, contractor). */
  name: string;
  /** Responsible person. */
  person: string;
}

export interface RoadmapTaskDraft {
  code: string;
  title: string;
  dueDate: string;
  responsible: TaskResponsible;
  expectedResult: string;
  supportMeasures: string[];
}

export interface RoadmapRisk {
  risk: string;
  mitigation: string;
}

export interface RoadmapStageDraft {
  stage: RoadmapStage;
  risks: RoadmapRisk[];
  tasks: RoadmapTaskDraft[];
}

export interface RoadmapContent {
  stages: RoadmapStageDraft[];
}

const CUSTOM_CODE = /^[A-Z][A-Z0-9_]{1,49}$/;

function invalid(field: string, message: string): never {
  throw new DomainError(DomainErrorCode.INVALID_INPUT, `${field} ${message}`, { field });
}

function text(v: unknown, field: string, max: number): string {
  if (typeof v !== 'string' || v.trim() === '' || v.length > max) invalid(field, `must be a non-empty string of at most ${max} characters`);
  return v;
}

function list(v: unknown, field: string): unknown[] {
  if (!Array.isArray(v)) invalid(field, 'must be a list');
  return v as unknown[];
}

function obj(v: unknown, field: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) invalid(field, 'must be an object');
  return v as Record<string, unknown>;
}

/** The stage a template code belongs to, or null for a custom code. */
export function templateStageOf(code: string): RoadmapStage | null {
  return ROADMAP_TEMPLATE.find((t) => t.code === code)?.stage ?? null;
}

/** Checks a roadmap's contents and returns them normalised (INVALID_INPUT with a dotted `field`). */
export function validateRoadmapContent(input: unknown): RoadmapContent {
  const root = obj(input, 'content');
  const stages = list(root.stages, 'stages');
  if (stages.length !== ROADMAP_STAGES.length) invalid('stages', `must list the ${ROADMAP_STAGES.length} stages ${ROADMAP_STAGES.join(', ')} in order`);
  const seen = new Set<string>();
  const out: RoadmapStageDraft[] = stages.map((raw, si) => {
    const f = `stages[${si}]`;
    const st = obj(raw, f);
    if (st.stage !== ROADMAP_STAGES[si]) invalid(`${f}.stage`, `must be ${ROADMAP_STAGES[si]}`);
    const stage = ROADMAP_STAGES[si] as RoadmapStage;
    const risks = list(st.risks, `${f}.risks`).map((r, ri) => {
      const ro = obj(r, `${f}.risks[${ri}]`);
      return { risk: text(ro.risk, `${f}.risks[${ri}].risk`, 2000), mitigation: text(ro.mitigation, `${f}.risks[${ri}].mitigation`, 2000) };
    });
    const tasks = list(st.tasks, `${f}.tasks`).map((t, ti) => {
      const tf = `${f}.tasks[${ti}]`;
      const to = obj(t, tf);
      const code = text(to.code, `${tf}.code`, 50);
      const home = templateStageOf(code);
      if (home === null && !CUSTOM_CODE.test(code)) invalid(`${tf}.code`, 'must be a template code or A-Z, 0-9 and _ (2–50 characters)');
      if (home !== null && home !== stage) invalid(`${tf}.code`, `${code} belongs to the ${home} stage`);
      if (seen.has(code)) invalid(`${tf}.code`, `${code} appears twice`);
      seen.add(code);
      if (!isValidIsoDate(to.dueDate)) invalid(`${tf}.dueDate`, 'must be a YYYY-MM-DD date');
      const ro = obj(to.responsible, `${tf}.responsible`);
      if (!(RESPONSIBLE_KINDS as readonly unknown[]).includes(ro.kind)) invalid(`${tf}.responsible.kind`, `must be one of ${RESPONSIBLE_KINDS.join(', ')}`);
      const organizationId =
        ro.organizationId === undefined || ro.organizationId === null ? null : text(ro.organizationId, `${tf}.responsible.organizationId`, 100);
      const supportMeasures = list(to.supportMeasures, `${tf}.supportMeasures`).map((s, i) => text(s, `${tf}.supportMeasures[${i}]`, 1000));
      const task: RoadmapTaskDraft = {
        code,
        title: text(to.title, `${tf}.title`, 500),
        dueDate: to.dueDate,
        responsible: {
          kind: ro.kind as ResponsibleKind,
          organizationId,
          name: text(ro.name, `${tf}.responsible.name`, 300),
          person: text(ro.person, `${tf}.responsible.person`, 300),
        },
        expectedResult: text(to.expectedResult, `${tf}.expectedResult`, 2000),
        supportMeasures,
      };
      return task;
    });
    return { stage, risks, tasks };
  });
  const all = out.flatMap((s, si) => s.tasks.map((t, ti) => ({ t, field: `stages[${si}].tasks[${ti}]` })));
  const last = all.find((x) => x.t.code === ROADMAP_LAST_TASK);
  if (!last) invalid('stages[2].tasks', `must contain the last task ${ROADMAP_LAST_TASK}`);
  for (const x of all) {
    if (compareDates(x.t.dueDate, last.t.dueDate) > 0) invalid(`${x.field}.dueDate`, `is after the due date of the last task ${ROADMAP_LAST_TASK}`);
  }
  return { stages: out };
}

/** All tasks of the contents with their stage, in roadmap order. */
export function roadmapTasks(content: RoadmapContent): Array<RoadmapTaskDraft & { stage: RoadmapStage }> {
  return content.stages.flatMap((s) => s.tasks.map((t) => ({ ...t, stage: s.stage })));
}

/** Template codes (re-exported for callers that build a draft from the template). */
export const ROADMAP_TEMPLATE_CODES: readonly TaskTemplateCode[] = TASK_TEMPLATE_CODES;
