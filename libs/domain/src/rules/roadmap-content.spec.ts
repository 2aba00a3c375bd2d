import { DomainError } from '../errors/domain-error';
import { ROADMAP_TEMPLATE, roadmapTasks, templateStageOf, validateRoadmapContent } from './roadmap-content';

const task = (code: string, dueDate: string, extra: Record<string, unknown> = {}) => ({
  code,
  title: `Task ${code}`,
  dueDate,
  responsible: { kind: 'STATE_BODY', organizationId: 'org-1', name: 'Akimat', person: 'A. Nurlanov' },
  expectedResult: 'Done',
  supportMeasures: ['Land without auction'],
  ...extra,
});

const content = () => ({
  stages: [
    {
      stage: 'PRE_INVESTMENT',
      risks: [{ risk: 'Grid delay', mitigation: 'Apply early' }],
      tasks: [task('PRE_LAND', '2027-03-31'), task('MY_TASK', '2027-04-30')],
    },
    { stage: 'INVESTMENT', risks: [], tasks: [task('INV_CONSTR', '2028-03-31', { responsible: { kind: 'INVESTOR', name: 'Hyundai', person: 'Kim' } })] },
    { stage: 'POST_INVESTMENT', risks: [], tasks: [task('POST_CAPACITY', '2028-12-31')] },
  ],
});

function field(input: unknown): unknown {
  try {
    validateRoadmapContent(input);
  } catch (e) {
    if (e instanceof DomainError) return e.details.field;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('roadmap template (rules.md §2.2.4)', () => {
  it('has the ten typical tasks in three stages, ending with POST_CAPACITY', () => {
    expect(ROADMAP_TEMPLATE.map((t) => t.code)).toHaveLength(10);
    expect(ROADMAP_TEMPLATE.at(-1)?.code).toBe('POST_CAPACITY');
    expect(templateStageOf('INV_OPERATION')).toBe('INVESTMENT');
    expect(templateStageOf('CUSTOM')).toBeNull();
  });
});

describe('validateRoadmapContent', () => {
  it('accepts template and custom tasks and normalises the responsible party', () => {
    const c = validateRoadmapContent(content());
    expect(c.stages.map((s) => s.stage)).toEqual(['PRE_INVESTMENT', 'INVESTMENT', 'POST_INVESTMENT']);
    expect(c.stages[1]!.tasks[0]!.responsible).toEqual({ kind: 'INVESTOR', organizationId: null, name: 'Hyundai', person: 'Kim' });
    expect(roadmapTasks(c).map((t) => [t.code, t.stage])).toEqual([
      ['PRE_LAND', 'PRE_INVESTMENT'],
      ['MY_TASK', 'PRE_INVESTMENT'],
      ['INV_CONSTR', 'INVESTMENT'],
      ['POST_CAPACITY', 'POST_INVESTMENT'],
    ]);
  });

  const mutate = (f: (c: ReturnType<typeof content>) => void) => {
    const c = content();
    f(c);
    return c;
  };

  it.each<[string, unknown, string]>([
    ['not an object', 'x', 'content'],
    ['stages not a list', { stages: 'x' }, 'stages'],
    ['two stages', mutate((c) => c.stages.pop()), 'stages'],
    ['stages out of order', mutate((c) => ([c.stages[0]!.stage, c.stages[1]!.stage] = ['INVESTMENT', 'PRE_INVESTMENT'])), 'stages[0].stage'],
    ['a stage that is not an object', mutate((c) => ((c.stages as unknown[])[1] = null)), 'stages[1]'],
    ['risks not a list', mutate((c) => ((c.stages[0] as Record<string, unknown>).risks = {})), 'stages[0].risks'],
    ['a risk without mitigation', mutate((c) => (c.stages[0]!.risks[0]!.mitigation = '')), 'stages[0].risks[0].mitigation'],
    ['a bad custom code', mutate((c) => (c.stages[0]!.tasks[1]!.code = 'my task')), 'stages[0].tasks[1].code'],
    ['a template code in the wrong stage', mutate((c) => (c.stages[0]!.tasks[1]!.code = 'INV_OPERATION')), 'stages[0].tasks[1].code'],
    ['a code twice', mutate((c) => (c.stages[0]!.tasks[1]!.code = 'PRE_LAND')), 'stages[0].tasks[1].code'],
    ['a bad due date', mutate((c) => (c.stages[0]!.tasks[0]!.dueDate = '2027-02-30')), 'stages[0].tasks[0].dueDate'],
    ['no responsible', mutate((c) => ((c.stages[0]!.tasks[0] as Record<string, unknown>).responsible = null)), 'stages[0].tasks[0].responsible'],
    ['a responsible of an unknown kind', mutate((c) => (c.stages[0]!.tasks[0]!.responsible.kind = 'FRIEND')), 'stages[0].tasks[0].responsible.kind'],
    ['no responsible person', mutate((c) => (c.stages[0]!.tasks[0]!.responsible.person = ' ')), 'stages[0].tasks[0].responsible.person'],
    ['an empty organisation id', mutate((c) => (c.stages[0]!.tasks[0]!.responsible.organizationId = '')), 'stages[0].tasks[0].responsible.organizationId'],
    ['no expected result', mutate((c) => (c.stages[2]!.tasks[0]!.expectedResult = '')), 'stages[2].tasks[0].expectedResult'],
    ['an empty support measure', mutate((c) => (c.stages[0]!.tasks[0]!.supportMeasures = [''])), 'stages[0].tasks[0].supportMeasures[0]'],
    ['no title', mutate((c) => (c.stages[0]!.tasks[0]!.title = '')), 'stages[0].tasks[0].title'],
    ['no last task', mutate((c) => (c.stages[2]!.tasks = [])), 'stages[2].tasks'],
    ['a task due after the last task', mutate((c) => (c.stages[1]!.tasks[0]!.dueDate = '2029-01-01')), 'stages[1].tasks[0].dueDate'],
  ])('refuses %s', (_name, input, expected) => {
    expect(field(input)).toBe(expected);
  });
});
