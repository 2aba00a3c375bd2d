import type { Actor } from '../access/organization-type';
import { getEdition } from '../editions/editions';
import { DomainErrorCode } from '../errors/domain-error';
import type { RuleEditionCode } from '../events/envelope';
import { allowedProsecutorCaseActions, decideProsecutorCase, type PfCaseCommand, type PfCaseState } from './prosecutor-case.machine';
import { REGION_A, REGION_B, actorOf, ctxOf, errCode, errField, okState } from './test-fixtures';

const MIO_A = actorOf('MIO', { regionCode: REGION_A });
const MIO_B = actorOf('MIO', { regionCode: REGION_B });
const CSB = actorOf('CSB');
const QS = actorOf('OSB', { organizationId: 'org-quasi-state' });
const PRR_A = actorOf('PRR', { regionCode: REGION_A, organizationId: 'org-prr-almaty' });
const PRR_B = actorOf('PRR', { regionCode: REGION_B, organizationId: 'org-prr-astana' });
const PRG = actorOf('PRG');
const AB = actorOf('AB');
const INV = actorOf('INV');

/** 9,4,0,7,4,0,0,0,0,1,3 × weights 1..11 = 108; 108 mod 11 = 9 → check digit 9 (rules of identifiers/bin.ts). */
const BIN = '940740000139';

type Register = Extract<PfCaseCommand, { type: 'REGISTER' }>;
const REGISTER: Register = {
  type: 'REGISTER',
  caseId: 'c-1',
  projectId: 'p-1',
  projectRegionCode: REGION_A,
  investorBin: BIN,
  caseKind: 'ADMINISTRATIVE_CASE',
  caseNumber: 'AO-2025/118',
  courtOrBody: 'Department of ecology of Almaty',
  filedOn: '2025-06-02',
  subject: 'Emission permit violation, Code of administrative offences art. 328',
};
const LAWSUIT: Partial<Register> = {
  caseKind: 'LAWSUIT',
  caseNumber: '7527-25-00-2/451',
  courtOrBody: 'Specialized inter-district economic court of Astana',
  projectRegionCode: REGION_B,
  bodyLevel: 'CENTRAL',
};
const START: PfCaseCommand = { type: 'START_ASSESSMENT' };
const CLOSE: PfCaseCommand = { type: 'CLOSE' };
const LAWFUL: PfCaseCommand = { type: 'ASSESS', conclusion: 'LAWFUL' };
const UNLAWFUL: PfCaseCommand = { type: 'ASSESS', conclusion: 'UNLAWFUL', justification: 'the inspection was held without the notice required by law' };

const ED: RuleEditionCode = 'E001';
const run = (s: PfCaseState | null, c: PfCaseCommand, a: Actor, today = '2025-06-10', ed: RuleEditionCode = ED) =>
  decideProsecutorCase(s, c, ctxOf(ed, a, today));
const registered = (a: Actor = MIO_A, extra: Partial<Register> = {}) => okState(run(null, { ...REGISTER, ...extra }, a));
const underAssessment = () => okState(run(registered(), START, PRR_A, '2025-06-12'));
const assessedLawful = () => okState(run(underAssessment(), LAWFUL, PRR_A, '2025-06-20'));
const assessedUnlawful = () => okState(run(underAssessment(), UNLAWFUL, PRR_A, '2025-06-20'));
const closed = () => okState(run(assessedLawful(), CLOSE, PRR_A, '2025-06-25'));
const centralRegistered = () => okState(run(null, { ...REGISTER, ...LAWSUIT }, CSB));

describe('SM-PF-ASSESS [E001] (rules.md §7.3)', () => {
  describe('REGISTER', () => {
    it('an MIO registers a K2 case of its region: REGISTERED, routed to the PRR of the project region (001 §59)', () => {
      const d = run(null, REGISTER, MIO_A);
      expect(okState(d)).toEqual({
        edition: 'E001',
        caseId: 'c-1',
        projectId: 'p-1',
        projectRegionCode: REGION_A,
        investorBin: BIN,
        status: 'REGISTERED',
        caseKind: 'ADMINISTRATIVE_CASE',
        kind: 'K2',
        caseNumber: 'AO-2025/118',
        courtOrBody: 'Department of ecology of Almaty',
        filedOn: '2025-06-02',
        subject: 'Emission permit violation, Code of administrative offences art. 328',
        bodyLevel: 'LOCAL',
        registeredByOrganizationId: 'org-mio',
        registeredByRole: 'MIO',
        registeredOn: '2025-06-10',
        routedTo: 'PRR',
        assessmentStartedOn: null,
        assessedOn: null,
        conclusion: null,
        justification: null,
        closedOn: null,
      });
      expect(d.ok && d.events).toEqual([
        {
          type: 'implementation.pf-case.registered',
          version: 1,
          aggregateType: 'pf-case',
          aggregateId: 'c-1',
          payload: {
            caseId: 'c-1',
            projectId: 'p-1',
            kind: 'K2',
            routedTo: 'PRR',
            caseKind: 'ADMINISTRATIVE_CASE',
            caseNumber: 'AO-2025/118',
            projectRegionCode: REGION_A,
            investorBin: BIN,
            bodyLevel: 'LOCAL',
            filedOn: '2025-06-02',
            registeredOn: '2025-06-10',
            registeredByRole: 'MIO',
          },
        },
      ]);
    });

    it('routing: CSB (central body) → PRG; a lawsuit is K4', () => {
      expect(okState(run(null, { ...REGISTER, ...LAWSUIT, bodyLevel: undefined }, CSB))).toMatchObject({
        kind: 'K4',
        caseKind: 'LAWSUIT',
        bodyLevel: 'CENTRAL',
        routedTo: 'PRG',
        registeredByRole: 'CSB',
      });
      expect(registered(MIO_A, { caseKind: 'LAWSUIT' })).toMatchObject({ kind: 'K4', routedTo: 'PRR' });
    });

    it('routing: quasi-state / tax bodies (OSB, A-27) by the stated body level (A-28); the level is required', () => {
      expect(registered(QS, { bodyLevel: 'LOCAL' })).toMatchObject({ routedTo: 'PRR', bodyLevel: 'LOCAL', registeredByRole: 'OSB' });
      expect(registered(QS, { bodyLevel: 'CENTRAL' })).toMatchObject({ routedTo: 'PRG', bodyLevel: 'CENTRAL' });
      const missing = run(null, REGISTER, QS);
      expect(errCode(missing)).toBe(DomainErrorCode.INVALID_INPUT);
      expect(errField(missing)).toBe('bodyLevel');
      expect(errField(run(null, { ...REGISTER, bodyLevel: 'FEDERAL' as 'LOCAL' }, QS))).toBe('bodyLevel');
    });

    it('MIO is always LOCAL and CSB always CENTRAL: a matching or absent level is accepted, a contradicting one refused', () => {
      expect(registered(MIO_A, { bodyLevel: 'LOCAL' }).routedTo).toBe('PRR');
      expect(registered(MIO_A, { bodyLevel: null }).routedTo).toBe('PRR');
      expect(registered(CSB, { bodyLevel: 'CENTRAL' }).routedTo).toBe('PRG');
      for (const [actor, level] of [
        [MIO_A, 'CENTRAL'],
        [CSB, 'LOCAL'],
      ] as const) {
        const d = run(null, { ...REGISTER, bodyLevel: level }, actor);
        expect(errCode(d)).toBe(DomainErrorCode.INVALID_INPUT);
        expect(errField(d)).toBe('bodyLevel');
      }
    });

    it('the prosecutor may register a case routed to itself (PRR of the region, or PRG)', () => {
      expect(registered(PRR_A, { bodyLevel: 'LOCAL' })).toMatchObject({
        status: 'REGISTERED',
        routedTo: 'PRR',
        registeredByRole: 'PRR',
        registeredByOrganizationId: 'org-prr-almaty',
      });
      expect(registered(PRG, { bodyLevel: 'CENTRAL', projectRegionCode: REGION_B })).toMatchObject({ routedTo: 'PRG', registeredByRole: 'PRG' });
      const noLevel = run(null, REGISTER, PRG);
      expect(errCode(noLevel)).toBe(DomainErrorCode.INVALID_INPUT);
      expect(errField(noLevel)).toBe('bodyLevel');
    });

    it('a prosecutor may not register a case routed elsewhere; an MIO only in its own region (§9.3)', () => {
      const otherRegion = run(null, { ...REGISTER, bodyLevel: 'LOCAL' }, PRR_B);
      expect(errCode(otherRegion)).toBe(DomainErrorCode.WRONG_ROLE);
      expect(errField(otherRegion)).toBe('actor.regionCode');
      expect(errCode(run(null, { ...REGISTER, bodyLevel: 'LOCAL' }, actorOf('PRR')))).toBe(DomainErrorCode.WRONG_ROLE);
      const centralByPrr = run(null, { ...REGISTER, bodyLevel: 'CENTRAL' }, PRR_A);
      expect(errCode(centralByPrr)).toBe(DomainErrorCode.WRONG_ROLE);
      expect(errField(centralByPrr)).toBe('actor.role');
      expect(errCode(run(null, { ...REGISTER, bodyLevel: 'LOCAL' }, PRG))).toBe(DomainErrorCode.WRONG_ROLE);
      const mioB = run(null, REGISTER, MIO_B);
      expect(errCode(mioB)).toBe(DomainErrorCode.WRONG_ROLE);
      expect(errField(mioB)).toBe('actor.regionCode');
    });

    it('roles without the §9.2 "Register/assess administrative cases and lawsuits" cell are refused', () => {
      for (const a of [AB, INV, actorOf('NC'), actorOf('ADMIN'), actorOf('RO', { regionCode: REGION_A }), actorOf('NCH')]) {
        const d = run(null, REGISTER, a);
        expect(errCode(d)).toBe(DomainErrorCode.WRONG_ROLE);
        expect(d.ok || d.error.details.action).toBe('pf.case');
      }
    });

    it('registering over an existing record is a CONFLICT', () => {
      expect(errCode(run(registered(), REGISTER, MIO_A))).toBe(DomainErrorCode.CONFLICT);
    });

    it.each<[string, Partial<Register>]>([
      ['caseId', { caseId: '' }],
      ['projectId', { projectId: '   ' }],
      ['projectRegionCode', { projectRegionCode: '' }],
      ['caseKind', { caseKind: 'CRIMINAL_CASE' as 'LAWSUIT' }],
      ['investorBin', { investorBin: '940740000138' }],
      ['investorBin', { investorBin: '94074000013' }],
      ['investorBin', { investorBin: undefined as unknown as string }],
      ['caseNumber', { caseNumber: '' }],
      ['caseNumber', { caseNumber: 'x'.repeat(101) }],
      ['courtOrBody', { courtOrBody: '' }],
      ['filedOn', { filedOn: '2025-02-30' }],
      ['filedOn', { filedOn: '2025-06-11' }],
      ['subject', { subject: '' }],
    ])('invalid %s → INVALID_INPUT with details.field', (field, patch) => {
      const d = run(null, { ...REGISTER, ...patch }, MIO_A);
      expect(errCode(d)).toBe(DomainErrorCode.INVALID_INPUT);
      expect(errField(d)).toBe(field);
    });

    it('a well-formed but unknown region code → UNKNOWN_REFERENCE on projectRegionCode', () => {
      const d = run(null, { ...REGISTER, projectRegionCode: '990000000' }, CSB);
      expect(errCode(d)).toBe(DomainErrorCode.UNKNOWN_REFERENCE);
      expect(errField(d)).toBe('projectRegionCode');
    });

    it('a case filed today is accepted (filedOn may not be in the future, today is allowed)', () => {
      expect(registered(MIO_A, { filedOn: '2025-06-10' }).filedOn).toBe('2025-06-10');
    });
  });

  describe('START_ASSESSMENT', () => {
    it('the PRR of the project region takes a local case into assessment', () => {
      const d = run(registered(), START, PRR_A, '2025-06-12');
      expect(okState(d)).toMatchObject({ status: 'UNDER_ASSESSMENT', assessmentStartedOn: '2025-06-12', registeredOn: '2025-06-10' });
      expect(d.ok && d.events).toEqual([
        {
          type: 'implementation.pf-case.assessment-started',
          version: 1,
          aggregateType: 'pf-case',
          aggregateId: 'c-1',
          payload: { caseId: 'c-1', projectId: 'p-1', kind: 'K2', routedTo: 'PRR', assessmentStartedOn: '2025-06-12' },
        },
      ]);
    });

    it('a central case goes to PRG only', () => {
      expect(okState(run(centralRegistered(), START, PRG)).status).toBe('UNDER_ASSESSMENT');
      const byPrr = run(centralRegistered(), START, PRR_B);
      expect(errCode(byPrr)).toBe(DomainErrorCode.WRONG_ROLE);
      expect(errField(byPrr)).toBe('actor.role');
    });

    it('wrong region: a PRR of another region gets WRONG_ROLE; so does PRG for a local case', () => {
      const d = run(registered(), START, PRR_B);
      expect(errCode(d)).toBe(DomainErrorCode.WRONG_ROLE);
      expect(errField(d)).toBe('actor.regionCode');
      expect(errCode(run(registered(), START, PRG))).toBe(DomainErrorCode.WRONG_ROLE);
    });

    it('wrong role: the initiating body (it may register, but not assess) and roles outside the row', () => {
      for (const [a, extra] of [
        [MIO_A, {}],
        [CSB, {}],
        [QS, { bodyLevel: 'LOCAL' }],
      ] as const) {
        const d = run(registered(a, extra), START, a);
        expect(errCode(d)).toBe(DomainErrorCode.WRONG_ROLE);
        expect(errField(d)).toBe('actor.role');
      }
      expect(errCode(run(registered(), START, AB))).toBe(DomainErrorCode.WRONG_ROLE);
      expect(errCode(run(registered(), START, INV))).toBe(DomainErrorCode.WRONG_ROLE);
    });

    it('wrong state: not on a missing record, nor twice', () => {
      expect(errCode(run(null, START, PRR_A))).toBe(DomainErrorCode.WRONG_STATE);
      const twice = run(underAssessment(), START, PRR_A);
      expect(errCode(twice)).toBe(DomainErrorCode.WRONG_STATE);
      expect(twice.ok || twice.error.details).toEqual({ status: 'UNDER_ASSESSMENT', allowed: ['REGISTERED'] });
    });
  });

  describe('ASSESS', () => {
    it('LAWFUL: ASSESSED_LAWFUL, a justification is optional', () => {
      const d = run(underAssessment(), LAWFUL, PRR_A, '2025-06-20');
      expect(okState(d)).toMatchObject({ status: 'ASSESSED_LAWFUL', conclusion: 'LAWFUL', justification: null, assessedOn: '2025-06-20' });
      expect(d.ok && d.events[0]).toMatchObject({
        type: 'implementation.pf-case.assessed',
        aggregateId: 'c-1',
        payload: { caseId: 'c-1', conclusion: 'LAWFUL', justification: null, assessedOn: '2025-06-20', routedTo: 'PRR' },
      });
      expect(okState(run(underAssessment(), { ...LAWFUL, justification: 'grounds confirmed' }, PRR_A)).justification).toBe('grounds confirmed');
    });

    it('UNLAWFUL: ASSESSED_UNLAWFUL with the justification', () => {
      const d = run(underAssessment(), UNLAWFUL, PRR_A, '2025-06-20');
      expect(okState(d)).toMatchObject({
        status: 'ASSESSED_UNLAWFUL',
        conclusion: 'UNLAWFUL',
        justification: 'the inspection was held without the notice required by law',
        assessedOn: '2025-06-20',
        assessmentStartedOn: '2025-06-12',
      });
      expect(d.ok && d.events.map((e) => [e.type, (e.payload as { conclusion: string }).conclusion])).toEqual([
        ['implementation.pf-case.assessed', 'UNLAWFUL'],
      ]);
    });

    it.each<[string, PfCaseCommand]>([
      ['justification', { type: 'ASSESS', conclusion: 'UNLAWFUL' }],
      ['justification', { type: 'ASSESS', conclusion: 'UNLAWFUL', justification: null }],
      ['justification', { type: 'ASSESS', conclusion: 'UNLAWFUL', justification: '  ' }],
      ['justification', { type: 'ASSESS', conclusion: 'LAWFUL', justification: '' }],
      ['conclusion', { type: 'ASSESS', conclusion: 'PARTLY' as 'LAWFUL' }],
    ])('invalid %s → INVALID_INPUT with details.field', (field, cmd) => {
      const d = run(underAssessment(), cmd, PRR_A);
      expect(errCode(d)).toBe(DomainErrorCode.INVALID_INPUT);
      expect(errField(d)).toBe(field);
    });

    it('only the routed prosecutor, only while under assessment', () => {
      expect(errCode(run(underAssessment(), UNLAWFUL, PRR_B))).toBe(DomainErrorCode.WRONG_ROLE);
      expect(errCode(run(underAssessment(), UNLAWFUL, MIO_A))).toBe(DomainErrorCode.WRONG_ROLE);
      expect(errCode(run(registered(), UNLAWFUL, PRR_A))).toBe(DomainErrorCode.WRONG_STATE);
      expect(errCode(run(assessedLawful(), UNLAWFUL, PRR_A))).toBe(DomainErrorCode.WRONG_STATE);
      const central = okState(run(centralRegistered(), START, PRG));
      expect(okState(run(central, UNLAWFUL, PRG)).status).toBe('ASSESSED_UNLAWFUL');
      expect(errCode(run(central, UNLAWFUL, PRR_A))).toBe(DomainErrorCode.WRONG_ROLE);
    });

    it('check order: status is checked before scope, input after scope', () => {
      // a PRR of another region on a case in the wrong status: the status check comes first
      expect(errCode(run(registered(), UNLAWFUL, PRR_B))).toBe(DomainErrorCode.WRONG_STATE);
      // invalid input from the wrong prosecutor: the scope check comes first
      expect(errCode(run(underAssessment(), { type: 'ASSESS', conclusion: 'UNLAWFUL' }, PRR_B))).toBe(DomainErrorCode.WRONG_ROLE);
    });
  });

  describe('CLOSE', () => {
    it('from ASSESSED_LAWFUL and ASSESSED_UNLAWFUL to CLOSED, keeping the conclusion', () => {
      const d = run(assessedLawful(), CLOSE, PRR_A, '2025-06-25');
      expect(okState(d)).toMatchObject({ status: 'CLOSED', closedOn: '2025-06-25', conclusion: 'LAWFUL', assessedOn: '2025-06-20' });
      expect(d.ok && d.events).toEqual([
        {
          type: 'implementation.pf-case.closed',
          version: 1,
          aggregateType: 'pf-case',
          aggregateId: 'c-1',
          payload: { caseId: 'c-1', projectId: 'p-1', kind: 'K2', routedTo: 'PRR', conclusion: 'LAWFUL', closedOn: '2025-06-25' },
        },
      ]);
      expect(okState(run(assessedUnlawful(), CLOSE, PRR_A))).toMatchObject({
        status: 'CLOSED',
        conclusion: 'UNLAWFUL',
        justification: 'the inspection was held without the notice required by law',
      });
    });

    it('wrong state: not before the assessment, not twice', () => {
      expect(errCode(run(registered(), CLOSE, PRR_A))).toBe(DomainErrorCode.WRONG_STATE);
      expect(errCode(run(underAssessment(), CLOSE, PRR_A))).toBe(DomainErrorCode.WRONG_STATE);
      expect(errCode(run(closed(), CLOSE, PRR_A))).toBe(DomainErrorCode.WRONG_STATE);
    });

    it('wrong role / region: the initiating body, another PRR, PRG on a local case', () => {
      for (const a of [MIO_A, PRR_B, PRG, AB]) expect(errCode(run(assessedLawful(), CLOSE, a))).toBe(DomainErrorCode.WRONG_ROLE);
    });
  });

  describe('allowedProsecutorCaseActions', () => {
    const c = { today: '2025-06-10', edition: getEdition('E001') };
    it('creation: the initiating bodies and the prosecutors; nobody else', () => {
      for (const a of [MIO_A, CSB, QS, PRR_A, PRG]) expect(allowedProsecutorCaseActions(null, a, c)).toEqual(['REGISTER']);
      for (const a of [AB, INV, actorOf('NC')]) expect(allowedProsecutorCaseActions(null, a, c)).toEqual([]);
    });
    it('each state offers its one step to the routed prosecutor only', () => {
      expect(allowedProsecutorCaseActions(registered(), PRR_A, c)).toEqual(['START_ASSESSMENT']);
      expect(allowedProsecutorCaseActions(registered(), PRR_B, c)).toEqual([]);
      expect(allowedProsecutorCaseActions(registered(), PRG, c)).toEqual([]);
      expect(allowedProsecutorCaseActions(registered(), MIO_A, c)).toEqual([]);
      expect(allowedProsecutorCaseActions(underAssessment(), PRR_A, c)).toEqual(['ASSESS']);
      expect(allowedProsecutorCaseActions(assessedLawful(), PRR_A, c)).toEqual(['CLOSE']);
      expect(allowedProsecutorCaseActions(assessedUnlawful(), PRR_A, c)).toEqual(['CLOSE']);
      expect(allowedProsecutorCaseActions(closed(), PRR_A, c)).toEqual([]);
      expect(allowedProsecutorCaseActions(centralRegistered(), PRG, c)).toEqual(['START_ASSESSMENT']);
      expect(allowedProsecutorCaseActions(centralRegistered(), PRR_A, c)).toEqual([]);
    });
  });
});

describe('SM-PF-ASSESS in E000: the prosecutor filter does not exist (D16)', () => {
  const e000 = (s: PfCaseState): PfCaseState => ({ ...s, edition: 'E000' });
  it.each<[string, () => PfCaseState | null, PfCaseCommand, Actor]>([
    ['REGISTER', () => null, REGISTER, MIO_A],
    ['REGISTER by the prosecutor', () => null, { ...REGISTER, bodyLevel: 'LOCAL' }, PRR_A],
    ['START_ASSESSMENT', () => e000(registered()), START, PRR_A],
    ['ASSESS', () => e000(underAssessment()), UNLAWFUL, PRR_A],
    ['CLOSE', () => e000(assessedLawful()), CLOSE, PRR_A],
    ['CLOSE by a role outside the row', () => e000(assessedLawful()), CLOSE, AB],
  ])('%s is NOT_IN_EDITION', (_n, base, cmd, actor) => {
    const d = run(base(), cmd, actor, '2025-06-10', 'E000');
    expect(errCode(d)).toBe(DomainErrorCode.NOT_IN_EDITION);
    expect(d.ok || d.error.details.action).toBe('pf.case');
  });
  it('allowed actions are empty in E000', () => {
    const c = { today: '2025-06-10', edition: getEdition('E000') };
    expect(allowedProsecutorCaseActions(null, PRR_A, c)).toEqual([]);
    expect(allowedProsecutorCaseActions(e000(registered()), PRR_A, c)).toEqual([]);
  });
  it('an E001 record is not processed under E000 (pinned edition, §2.5(1))', () => {
    expect(errCode(run(registered(), START, PRR_A, '2025-06-10', 'E000'))).toBe(DomainErrorCode.CONFLICT);
  });
});
