export { E000, E001, RULE_EDITIONS, DEFAULT_RULE_EDITION, getEdition, isRuleEditionCode } from './editions';
export { PASSPORT_FIELDS, TASK_TEMPLATE_CODES } from './rule-edition';
export type { DayUnit, Timer, InitiativeOutcome, RoadmapApprover, PassportField, TaskTemplateCode, RuleEdition } from './rule-edition';
