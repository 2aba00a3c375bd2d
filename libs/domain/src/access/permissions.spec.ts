import { ORGANIZATION_TYPES, type OrganizationType } from './organization-type';
import { ACTION_CODES, PERMISSIONS, actionExistsIn, can, effectiveCell, isActionCode, rolesFor, type ActionCode, type CellKind } from './permissions';

/**
 * rules.md §9.2 transcribed again, column by column, as the expected matrix.
 * Columns: INV FI NCF NC NCR TF MIO RO CSB NCH NH AB CIA RIHQ PRR PRG OSB ('PR' → PRR and PRG; 'QS/TAX' → OSB).
 * '.' = blank; 'x/A' = E000 value / E001 value; '-' = none in that edition. A row tag restricts the whole row.
 */
const COLS: OrganizationType[] = ['INV', 'FI', 'NCF', 'NC', 'NCR', 'TF', 'MIO', 'RO', 'CSB', 'NCH', 'NH', 'AB', 'CIA', 'RIHQ', 'PRR', 'PRG', 'OSB'];
type Expected = [ActionCode, 'E000' | 'E001' | '', string];
const MATRIX: Expected[] = [
  //                                         INV FI  NCF NC  NCR TF  MIO RO  CSB NCH NH  AB  CIA RIHQ PRR PRG OSB
  ['company.manage', '', ' .   X   X   r   .   .   .   .   .   .   .   r   .   .    .   .   . '],
  ['meeting.create', '', ' .   X   X   r   .   .   .   .   .   .   .   R   .   .    .   .   . '],
  ['trip-card.submit', 'E000', ' .   X   .   .   .   .   .   .   .   .   .   r   .   .    .   .   . '],
  ['visit.register', '', ' .   X  -/x  .   .   .   .   .   .   .   .   r   .   .    .   .   . '],
  ['visit.decide', '', ' .   .   .   .   .   .   .   .   .   .   .   A   .   .    .   .   . '],
  ['visit.programme', '', ' .   r   r   .   .   .   X   .   X   .   .   X   .   .    .   .   . '],
  ['visit.complete', '', ' .   X   x   .   .   .   r   .   .   .   .   r   .   .    .   .   . '],
  ['initiative.create', '', ' .   X   x   .   .   .   r   .   .   .   .   r   .   .    .   .   . '],
  ['initiative.transfer', '', ' .   X   x   .   .   .   r   .   .   .   .   r   .   .    .   .   . '],
  ['initiative.assign-officer', '', ' .   r   r   .   .   .   X   .   .   .   .   r   .   .    .   .   . '],
  ['initiative.extend', '', ' .   r   r   .   .   .   X   .   .   .   .   r   .   .    .   .   . '],
  ['initiative.convert', '', ' .   r   r   .   .   .   X   .   .   .   .   r   .   .    .   .   . '],
  ['initiative.redirect', 'E000', ' .   .   .   .   .   .   X   .   .   .   .   A   .   .    .   .   . '],
  ['initiative.return', 'E001', ' .   r   r   .   .   .   X   .   .   .   .   R   .   .    .   .   . '],
  ['module1.chat', '', ' .   X   X   x   .   .   X   .   x   .   .   x   .   .    .   .   . '],
  ['passport.provide-data', '', ' X   .   .   .   .   .   .   .   .   .   .   .   .   .    .   .   . '],
  ['passport.edit', '', ' r  -/X  .   X   X   .   X   .   X   X   X   r   .   .    .   .   . '],
  ['pool.national.start-inclusion', '', ' .   .   .   X   x   .   X   .   X   X   X   r   .   .    .   .   . '],
  ['pool.national.include-ongoing', 'E000', ' .   .   .   .   .   .   X   .   .   .   .   r   .   .    .   .   . '],
  ['roadmap.assign-mio', '', ' .   .   .   X   x   .   X   .   X   X   X   .   .   .    .   .   . '],
  ['roadmap.form', '', ' r   .   .   r   .   .   X   .   .   r   .   r   .   .    .   .   . '],
  ['roadmap.approve-nc', 'E000', ' r   .   .   A   a   .   .   .   .   .   .   r   .   .    .   .   . '],
  ['roadmap.approve', 'E001', ' A   .   .   .   .   .   .   .   A   A   .   .   .   .    .   .   . '],
  ['roadmap.verify', 'E001', ' .   .   .   .   .   .   .   .   .   .   .   A   .   .    .   .   . '],
  ['roadmap.change.request', '', ' X   .   .   .   .   .   x   .   .   .   .   .   .   .    .   .   . '],
  ['roadmap.change.make', '', '-/A  .   .   .   .   .   X   .   .   .   .   A   .   .    .   .   . '],
  ['task.reschedule', '', '-/A  .   .   .   .   .   X   .   .   .   .   A   .   .    .   .   . '],
  ['task.update-progress', '', 'x/A  .   .  X/- X/-  .   X   .  X/- X/- X/-  .   .   .    .   .   . '],
  ['task.comment', '', ' X   .   .   X   X   x   X   x   X   X   X   x   .   .    .   .   . '],
  ['task.validate', '', ' r   .   .   r   .   .   r   .   .   A   .   r   .   .    .   .   . '],
  ['dashboard.view', '', ' r   .   .   r   r   r   R   r   r   r   r   r   R   r    .   .   . '],
  ['rating.view', '', ' .   .   .   r   r   .   r   .   r   .   .   r   r   r    .   .   . '],
  ['green-corridor.support', '', ' .   .   .   r   .   X   r   .   .   .   .   r   .   .    .   .   . '],
  ['task-force.recommend', '', ' .   .   .   .   .   .   .   .   .   .   .   X   .   .    .   .   . '],
  ['green-corridor.decide-issue', '', ' .   .   .   .   .   .   .   .   .   .   .   X   A   .    .   .   . '],
  ['contract.supplementary-agreement', '', ' r   .   .   .   .   .   .   .   .   .   .   X   .   .    .   .   . '],
  ['state-service.use', '', ' X   .   .   x   x   .   X   x   .   .   .   .   .   .    .   .   . '],
  ['pool.request', '', ' X   .   .   X   x   .   X   .   X   X   X   .   .   .    .   .   . '],
  ['pool.decide', '', ' .   .   .   .   .   .   .   .   .   .   .   A   .   .    .   .   . '],
  ['pool.regional.approve-criteria', 'E000', ' .   .   .   .   .   .   r   .   .   .   .   .   .   A    .   .   . '],
  ['pool.regional.exclude', 'E000', ' .   .   .   .   .   .   X   .   .   .   .   .   .   A    .   .   . '],
  ['pool.national.remove-jointly', 'E001', ' X   .   .   .   .   .   X   .   .   .   .   A   .   .    .   .   . '],
  ['pf.submit', 'E001', ' .   .   .   .   .   .   X   .   X   .   .   .   .   .    .   .   X '],
  ['pf.withdraw', 'E001', ' .   .   .   .   .   .   X   .   X   .   .   .   .   .    .   .   X '],
  ['pf.record-applied', 'E001', ' .   .   .   .   .   .   X   .   X   .   .   .   .   .    .   .   X '],
  ['pf.decide', 'E001', ' .   .   .   .   .   .   .   .   .   .   .   .   .   .    A   A   . '],
  ['pf.case', 'E001', ' .   .   .   .   .   .   x   .   x   .   .   .   .   .    X   X   x '],
  ['pf.view', 'E001', ' r   .   .   .   .   .   r   .   r   .   .   r   .   .    R   R   r '],
  ['m3.issue.raise', '', ' X   .   .   .   .   .   .   .   .   .   .   R   .   .    .   .   . '],
  ['m3.issue.close', '', ' r   .   .   x   .   .   r   .   .   .   .   X   .   .    .   .   . '],
  ['m3.change.record', '', ' r   .   .   x   .   .   r   .   .   .   .   X   .   .    .   .   . '],
  ['m3.complete', '', ' r   .   .   x   .   .   r   .   .   .   .   X   .   .    .   .   . '],
  ['m3.support', '', ' .   .   .   X   x   .   r   .   .   .   .   X   .   .    .   .   . '],
  ['archive.read', '', ' r   r   r   R   r   r   r   r   r   r   r   R   r   .    .   .   r '],
  ['report.quarterly-to-nc', '', ' .   .   .   .   x   .   X   X   x   .   .   .   .   .    .   .   . '],
  ['report.quarterly-to-ab', '', ' .   X   X   .   .   .   .   .   .   .   .   R   .   .    .   .   . '],
  ['report.consolidated', '', ' .   .   .   X   .   .   .   .   .   .   .   R   .   .    .   .   . '],
  ['programme.country', '', ' .   X   X   X   .   .   .   .   .   .   .   r   .   .    .   .   . '],
  ['programme.regional', '', ' .   .   .   X   X   .   X   x   X   .   .   r   .   .    .   .   . '],
  ['kpi.manage', '', ' .   .   .   .   .   .   .   .   .   .   .   X   .   .    .   .   . '],
  ['algorithms.change', '', ' .   .   .   X   .   .   .   .   .   .   .   A   .   .    .   .   . '],
  ['platform.operate', '', ' .   .   .   X   .   .   .   .   .   .   .   r   .   .    .   .   . '],
  ['competence.read', '', ' .   .   .   .   .   .   .   .   .   .   .   .   .   .    .   .   R '],
  ['svc.investor', '', ' X   .   .   .   .   .   .   .   .   .   .   .   .   .    .   .   . '],
  ['svc.front-office', '', ' .   .   .   X   X   .   .   X   .   .   .   .   .   .    .   .   . '],
  ['svc.provider', '', ' .   X   .   .   .   .   X   .   X   .   .   .   .   .    .   .   X '],
];

function expectedCell(spec: string, edition: 'E000' | 'E001'): CellKind | null {
  if (spec === '.') return null;
  const parts = spec.split('/');
  const v = parts.length === 2 ? parts[edition === 'E000' ? 0 : 1] : parts[0];
  return v === '-' ? null : (v as CellKind);
}

describe('PERMISSIONS: the §9.2 matrix, row by row', () => {
  it('the expected table covers every action code exactly once', () => {
    expect(MATRIX.map((r) => r[0]).sort()).toEqual([...ACTION_CODES].sort());
  });

  describe.each(MATRIX)('%s', (action, rowEdition, line) => {
    const cells = line.trim().split(/\s+/);
    it('has 17 columns in the expected table', () => expect(cells).toHaveLength(COLS.length));
    it.each(['E000', 'E001'] as const)('every column in %s', (edition) => {
      const rowExists = rowEdition === '' || rowEdition === edition;
      expect(actionExistsIn(action, edition)).toBe(rowExists);
      const actual = COLS.map((role) => effectiveCell(role, action, edition));
      const expected = COLS.map((_r, i) => (rowExists ? expectedCell(cells[i], edition) : null));
      expect(actual).toEqual(expected);
    });
    it('has a row text and references', () => {
      expect(PERMISSIONS[action].row.length).toBeGreaterThan(0);
      expect(PERMISSIONS[action].refs.length).toBeGreaterThan(0);
    });
  });
});

describe('can()', () => {
  it('mode act accepts X/x/A/a, not R/r', () => {
    expect(can('MIO', 'initiative.convert', 'E000')).toBe(true); // X
    expect(can('NCF', 'initiative.transfer', 'E000')).toBe(true); // x
    expect(can('AB', 'visit.decide', 'E000')).toBe(true); // A
    expect(can('NCR', 'roadmap.approve-nc', 'E000')).toBe(true); // a
    expect(can('AB', 'meeting.create', 'E000')).toBe(false); // R
    expect(can('NC', 'meeting.create', 'E000')).toBe(false); // r
    expect(can('INV', 'meeting.create', 'E000')).toBe(false); // blank
  });
  it('mode perform / approve / read', () => {
    expect(can('MIO', 'initiative.redirect', 'E000', 'perform')).toBe(true);
    expect(can('MIO', 'initiative.redirect', 'E000', 'approve')).toBe(false);
    expect(can('AB', 'initiative.redirect', 'E000', 'approve')).toBe(true);
    expect(can('AB', 'initiative.redirect', 'E000', 'perform')).toBe(false);
    expect(can('AB', 'initiative.return', 'E001', 'read')).toBe(true);
    expect(can('MIO', 'initiative.return', 'E001', 'read')).toBe(true);
    expect(can('CIA', 'initiative.return', 'E001', 'read')).toBe(false);
  });
  it('edition-tagged rows and cells', () => {
    expect(can('MIO', 'initiative.redirect', 'E001')).toBe(false);
    expect(can('MIO', 'initiative.return', 'E000')).toBe(false);
    expect(can('PRR', 'pf.decide', 'E000')).toBe(false);
    expect(can('PRR', 'pf.decide', 'E001')).toBe(true);
    expect(can('NC', 'task.update-progress', 'E000')).toBe(true);
    expect(can('NC', 'task.update-progress', 'E001')).toBe(false);
    expect(can('INV', 'task.update-progress', 'E000', 'perform')).toBe(true);
    expect(can('INV', 'task.update-progress', 'E001', 'approve')).toBe(true);
    expect(can('INV', 'task.update-progress', 'E001', 'perform')).toBe(false);
  });
  it('ADMIN takes exactly the NC column (operator)', () => {
    for (const action of ACTION_CODES) {
      for (const ed of ['E000', 'E001'] as const) {
        expect(effectiveCell('ADMIN', action, ed)).toBe(effectiveCell('NC', action, ed));
      }
    }
    expect(can('ADMIN', 'platform.operate', 'E000')).toBe(true);
    expect(can('ADMIN', 'initiative.convert', 'E000')).toBe(false);
  });
  it('every role of the organisation list is understood (no throw)', () => {
    for (const role of ORGANIZATION_TYPES) expect(typeof can(role, 'dashboard.view', 'E000')).toBe('boolean');
  });
});

describe('rolesFor / isActionCode', () => {
  it('lists the acting roles of a row', () => {
    expect(rolesFor('initiative.transfer', 'E000')).toEqual(['FI', 'NCF']);
    expect(rolesFor('roadmap.approve', 'E001', 'approve')).toEqual(['INV', 'CSB', 'NCH']);
    expect(rolesFor('roadmap.approve', 'E000')).toEqual([]);
    expect(rolesFor('task.update-progress', 'E001')).toEqual(['INV', 'MIO']);
    expect(rolesFor('task.update-progress', 'E001', 'perform')).toEqual(['MIO']);
  });
  it('recognises action codes', () => {
    expect(isActionCode('initiative.convert')).toBe(true);
    expect(isActionCode('initiative.fly')).toBe(false);
    expect(isActionCode(7)).toBe(false);
    expect(isActionCode('toString')).toBe(false);
  });
});
