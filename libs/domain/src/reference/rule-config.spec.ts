import { DomainError } from '../errors/domain-error';
import {
  DEFAULT_RULE_CONFIG,
  SLA_MAX_WORKING_DAYS,
  YELLOW_MAX_DAYS_LIMIT,
  ruleConfigOn,
  ruleConfigRecordOn,
  validateRuleConfig,
  type RuleConfigRecord,
} from './rule-config';

function fieldOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e.details.field as string;
    throw e;
  }
  return undefined;
}

describe('validateRuleConfig', () => {
  it('keeps the base for everything not given', () => {
    expect(validateRuleConfig({})).toEqual(DEFAULT_RULE_CONFIG);
    const base = validateRuleConfig({ edition: 'E001', options: { yellowMaxDaysInclusive: 9 } });
    expect(validateRuleConfig({ options: { kycRequiredForInitiative: false } }, base)).toEqual({
      edition: 'E001',
      options: { ...DEFAULT_RULE_CONFIG.options, yellowMaxDaysInclusive: 9, kycRequiredForInitiative: false },
    });
  });

  it('does not change the base it merges with', () => {
    const base = validateRuleConfig({ options: { slaWorkingDays: { roadmapReview: 5 } } });
    validateRuleConfig({ options: { slaWorkingDays: { roadmapReview: 7 } } }, base);
    expect(base.options.slaWorkingDays.roadmapReview).toBe(5);
    expect(DEFAULT_RULE_CONFIG.options.slaWorkingDays.roadmapReview).toBeNull();
  });

  it('accepts each option at its bounds', () => {
    expect(validateRuleConfig({ options: { yellowMaxDaysInclusive: 0 } }).options.yellowMaxDaysInclusive).toBe(0);
    expect(validateRuleConfig({ options: { yellowMaxDaysInclusive: YELLOW_MAX_DAYS_LIMIT } }).options.yellowMaxDaysInclusive).toBe(30);
    expect(validateRuleConfig({ options: { below10MPolicy: 'INELIGIBLE' } }).options.below10MPolicy).toBe('INELIGIBLE');
    expect(validateRuleConfig({ options: { below10MPolicy: 'ZERO_POINTS' } }).options.below10MPolicy).toBe('ZERO_POINTS');
    const sla = validateRuleConfig({ options: { slaWorkingDays: { visitDecision: 1, pfReview: SLA_MAX_WORKING_DAYS, m3IssueAnswer: null } } }).options
      .slaWorkingDays;
    expect(sla).toEqual({ ...DEFAULT_RULE_CONFIG.options.slaWorkingDays, visitDecision: 1, pfReview: 60, m3IssueAnswer: null });
    for (const k of ['kycRequiredForInitiative', 'nationalInclusive', 'regionalRoadmapEnabled'] as const) {
      expect(validateRuleConfig({ options: { [k]: false } }).options[k]).toBe(false);
    }
  });

  it.each([
    [{ edition: 'E002' }, 'edition'],
    [{ options: 'x' }, 'options'],
    [{ options: { unknownOption: 1 } }, 'options.unknownOption'],
    [{ options: { below10MPolicy: 'SOMETIMES' } }, 'options.below10MPolicy'],
    [{ options: { yellowMaxDaysInclusive: -1 } }, 'options.yellowMaxDaysInclusive'],
    [{ options: { yellowMaxDaysInclusive: 31 } }, 'options.yellowMaxDaysInclusive'],
    [{ options: { yellowMaxDaysInclusive: 9.5 } }, 'options.yellowMaxDaysInclusive'],
    [{ options: { yellowMaxDaysInclusive: '9' } }, 'options.yellowMaxDaysInclusive'],
    [{ options: { kycRequiredForInitiative: 'yes' } }, 'options.kycRequiredForInitiative'],
    [{ options: { nationalInclusive: 1 } }, 'options.nationalInclusive'],
    [{ options: { regionalRoadmapEnabled: null } }, 'options.regionalRoadmapEnabled'],
    [{ options: { slaWorkingDays: [] } }, 'options.slaWorkingDays'],
    [{ options: { slaWorkingDays: { lunch: 1 } } }, 'options.slaWorkingDays.lunch'],
    [{ options: { slaWorkingDays: { roadmapReview: 0 } } }, 'options.slaWorkingDays.roadmapReview'],
    [{ options: { slaWorkingDays: { roadmapReview: 61 } } }, 'options.slaWorkingDays.roadmapReview'],
    [{ options: { slaWorkingDays: { roadmapReview: 2.5 } } }, 'options.slaWorkingDays.roadmapReview'],
  ])('refuses %j naming %s', (input, field) => {
    expect(fieldOf(() => validateRuleConfig(input))).toBe(field);
  });

  it('refuses a value that is not an object', () => {
    expect(fieldOf(() => validateRuleConfig(null))).toBe('value');
    expect(fieldOf(() => validateRuleConfig([]))).toBe('value');
  });
});

describe('ruleConfigOn', () => {
  const cfg = (yellow: number) => validateRuleConfig({ options: { yellowMaxDaysInclusive: yellow } });
  const history: RuleConfigRecord[] = [
    { effectiveFrom: '2026-01-01', sequence: 1, legalAct: 'A', config: cfg(9) },
    { effectiveFrom: '2026-07-01', sequence: 2, legalAct: 'B', config: cfg(8) },
    { effectiveFrom: '2026-07-01', sequence: 3, legalAct: 'B corrected', config: cfg(7) },
    { effectiveFrom: '2026-03-01', sequence: 4, legalAct: 'C', config: cfg(6) },
  ];

  it('gives the defaults before the first change', () => {
    expect(ruleConfigOn(history, '2025-12-31')).toBe(DEFAULT_RULE_CONFIG);
    expect(ruleConfigRecordOn([], '2026-01-01')).toBeNull();
  });

  it('applies a change from its date, not the day before', () => {
    expect(ruleConfigOn(history, '2026-01-01').options.yellowMaxDaysInclusive).toBe(9);
    expect(ruleConfigOn(history, '2026-02-28').options.yellowMaxDaysInclusive).toBe(9);
    expect(ruleConfigOn(history, '2026-03-01').options.yellowMaxDaysInclusive).toBe(6);
    expect(ruleConfigOn(history, '2026-06-30').options.yellowMaxDaysInclusive).toBe(6);
  });

  it('takes the last recorded of the same date (a correction), whatever the order given', () => {
    expect(ruleConfigRecordOn(history, '2026-07-01')?.legalAct).toBe('B corrected');
    expect(ruleConfigRecordOn([...history].reverse(), '2027-01-01')?.legalAct).toBe('B corrected');
  });

  it('refuses a date that is not one', () => {
    expect(fieldOf(() => ruleConfigOn(history, '2026-02-30'))).toBe('date');
  });
});
