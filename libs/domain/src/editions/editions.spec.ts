import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { DEFAULT_RULE_EDITION, E000, E001, RULE_EDITIONS, getEdition, isRuleEditionCode } from './editions';
import { PASSPORT_FIELDS } from './rule-edition';

describe('rule editions', () => {
  it('getEdition returns the two editions and refuses others with UNKNOWN_REFERENCE', () => {
    expect(getEdition('E000')).toBe(E000);
    expect(getEdition('E001')).toBe(E001);
    expect(RULE_EDITIONS).toEqual({ E000, E001 });
    expect(DEFAULT_RULE_EDITION).toBe('E000');
    let caught: unknown;
    try {
      getEdition('E002');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe(DomainErrorCode.UNKNOWN_REFERENCE);
    expect((caught as DomainError).details.field).toBe('edition');
    expect(isRuleEditionCode('E001')).toBe(true);
    expect(isRuleEditionCode('e001')).toBe(false);
  });

  it('editions are deeply frozen', () => {
    expect(Object.isFrozen(E000)).toBe(true);
    expect(Object.isFrozen(E001.initiative.outcomes)).toBe(true);
    expect(Object.isFrozen(E001.roadmap.rework)).toBe(true);
  });

  it('D5 initiative outcomes: E000 redirect with AB approval, E001 return (also at any stage, §41 project→initiative)', () => {
    expect([...E000.initiative.outcomes].sort()).toEqual(['EXTEND', 'PASSPORT', 'REDIRECT']);
    expect([...E001.initiative.outcomes].sort()).toEqual(['EXTEND', 'PASSPORT', 'RETURN']);
    expect(E000.initiative.redirectRequiresAbApproval).toBe(true);
    expect([E000.initiative.returnAnyStage, E001.initiative.returnAnyStage]).toEqual([false, true]);
    expect([E000.initiative.projectToInitiativeOnChange, E001.initiative.projectToInitiativeOnChange]).toEqual([false, true]);
  });

  it.each([E000, E001])('T02/T03/T04 timers and one extension, KYC gate on ($code)', (ed) => {
    expect(ed.initiative.transferAfterVisit).toMatchObject({ value: 3, unit: 'WD' });
    expect(ed.initiative.action).toMatchObject({ value: 30, unit: 'CD' });
    expect(ed.initiative.maxExtension).toMatchObject({ value: 30, unit: 'CD' });
    expect(ed.initiative.maxExtensions).toBe(1);
    expect(ed.initiative.kycRequiredForInitiative).toBe(true);
    expect([...ed.initiative.originators]).toEqual(['FI', 'NCF']);
    expect(ed.roadmap.form).toMatchObject({ value: 30, unit: 'CD' });
    expect(ed.roadmap.rework).toMatchObject({ value: 5, unit: 'WD' });
    expect(ed.tasks.validation).toMatchObject({ value: 5, unit: 'WD' });
    expect(ed.pool.decision).toMatchObject({ value: 5, unit: 'WD' });
    expect(ed.postInvestment.years).toBe(3);
  });

  it('D3 official-trip visit card only in E000; D4 visit registrars', () => {
    expect(E000.officialTripCard).toMatchObject({ value: 3, unit: 'WD' });
    expect(E001.officialTripCard).toBeNull();
    expect([...E000.visitRegistrars]).toEqual(['FI']);
    expect([...E001.visitRegistrars]).toEqual(['FI', 'NCF']);
  });

  it('D2 initiator bodies: E001 adds foreign institutions', () => {
    expect(E000.initiatorBodyTypes).not.toContain('FI');
    expect(E001.initiatorBodyTypes).toContain('FI');
  });

  it('D6/D7 passport: 30-CD fill deadline and mandatory BIN only in E001', () => {
    expect(E000.passport.fillDeadline).toBeNull();
    expect(E001.passport.fillDeadline).toMatchObject({ value: 30, unit: 'CD' });
    expect(E000.passport.binRequired).toBe(false);
    expect(E001.passport.binRequired).toBe(true);
    expect(E000.passport.requiredFields).toHaveLength(9);
    expect(E000.passport.requiredFields).not.toContain('companyBin');
    expect([...E001.passport.requiredFields]).toEqual([...PASSPORT_FIELDS]);
    expect(PASSPORT_FIELDS).toHaveLength(10);
  });

  it('D10–D13 roadmap chain', () => {
    expect(E000.roadmap).toMatchObject({ approvalChain: 'NC', approvalFromPassport: null, rejectionReasonRequired: false, reworkActor: 'MIO' });
    expect(E000.roadmap.approvers).toEqual([]);
    expect(E001.roadmap).toMatchObject({ approvalChain: 'APPROVERS_THEN_AB', rejectionReasonRequired: true });
    expect(E001.roadmap.approvalFromPassport).toMatchObject({ value: 30, unit: 'CD' });
    expect([...E001.roadmap.approvers]).toEqual(['NCH', 'INVESTOR', 'RESPONSIBLE_CSB']);
  });

  it('D14/D15 tasks: progress updaters and validation scope', () => {
    expect(E000.tasks.progressUpdaters).toEqual(expect.arrayContaining(['MIO', 'NC', 'NCR', 'CSB', 'NCH', 'NH']));
    expect([...E001.tasks.progressUpdaters]).toEqual(['MIO']);
    expect([E000.tasks.progressRequiresInvestorConsent, E001.tasks.progressRequiresInvestorConsent]).toEqual([false, true]);
    expect([...E000.tasks.validationRequiredFor]).toEqual(['POST_CAPACITY']);
    expect([...E001.tasks.validationRequiredFor]).toEqual(['INV_CONSTR', 'INV_OPERATION', 'POST_CAPACITY']);
  });

  it('D9, D16, D19, D20, A-52', () => {
    expect([E000.pool.regionalPoolRequiresRihqCriteria, E001.pool.regionalPoolRequiresRihqCriteria]).toEqual([true, false]);
    expect([E000.pool.jointRemovalByMioAndInvestor, E001.pool.jointRemovalByMioAndInvestor]).toEqual([false, true]);
    expect([E000.prosecutorFilter.enabled, E001.prosecutorFilter.enabled]).toEqual([false, true]);
    expect(E001.prosecutorFilter.reviewDeadline).toBeNull();
    expect([E000.postInvestment.label, E001.postInvestment.label]).toEqual(['SUPPORT', 'MONITORING']);
    expect([E000.postInvestment.archiveInNdip, E001.postInvestment.archiveInNdip]).toEqual([true, false]);
    expect([E000.status, E001.status]).toEqual(['IN_FORCE', 'DRAFT']);
  });
});
