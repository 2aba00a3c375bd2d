import type { RuleEditionCode } from '../events/envelope';
import type { OrganizationType } from './organization-type';

/**
 * The role × action matrix of rules.md §9.2 as data.
 *
 * Cell kinds (legend of §9.2): X = may perform (stated), x = may perform (inferred),
 * A = approves/decides (stated), a = approves/decides (inferred), R = read (stated), r = read (inferred).
 * A blank cell is "no access" (default deny). A cell may differ per edition: `{ E000: 'x', E001: 'A' }`;
 * an edition missing from such an object means no access in that edition.
 *
 * Column mapping: the §9.2 "PR" column is PRR and PRG; the prosecutor-filter "QS/TAX" column
 * (quasi-state entities, tax bodies) has no role code of its own and is mapped to OSB (other state bodies).
 * Rows tagged `§8.2` / `§2.1.2` are not in §9.2: their cells come from the "Actor" column of those machines.
 *
 * ADMIN (platform administrator, operator staff) acts as the NDIP operator: it has every *perform/approve*
 * right the matrix gives NC, and nothing else (read rights follow NC too). See `effectiveCell`.
 */
export type CellKind = 'X' | 'x' | 'A' | 'a' | 'R' | 'r';
export type Cell = CellKind | Partial<Record<RuleEditionCode, CellKind>>;

export interface PermissionRow {
  /** The §9.2 row (or machine row) this entry transcribes. */
  row: string;
  /** Seed references given for the row. */
  refs: string;
  /** The row exists only in this edition (the row's [E000]/[E001] tag). */
  edition?: RuleEditionCode;
  cells: Partial<Record<OrganizationType, Cell>>;
}

const M1_TRANSFER_ROW = 'Fill post-visit card; create and transfer initiative';
const M1_TRANSFER: Pick<PermissionRow, 'row' | 'refs' | 'cells'> = {
  row: M1_TRANSFER_ROW,
  refs: '000 §3(1), §41; 001 §39',
  cells: { FI: 'X', NCF: 'x', MIO: 'r', AB: 'r' },
};
const M1_RECEIVE: Pick<PermissionRow, 'row' | 'refs' | 'cells'> = {
  row: 'Receive initiative; assign official; extend; create passport',
  refs: '000 §42; 001 §40',
  cells: { FI: 'r', NCF: 'r', MIO: 'X', AB: 'r' },
};
const M1_REDIRECT: PermissionRow = {
  row: '[E000] Redirect initiative to another MIO',
  refs: '000 §42(3)',
  edition: 'E000',
  cells: { MIO: 'X', AB: 'A' },
};
const M1_RETURN: PermissionRow = {
  row: '[E001] Return initiative (incl. "at any stage"); project card → initiative',
  refs: '001 §40(1), §41–42',
  edition: 'E001',
  cells: { FI: 'r', NCF: 'r', MIO: 'X', AB: 'R' },
};
const M2_ROADMAP_CHANGE: Pick<PermissionRow, 'row' | 'refs' | 'cells'> = {
  row: 'Make roadmap change / revise deadlines',
  refs: '000 §57; 001 §63',
  cells: { INV: { E001: 'A' }, MIO: 'X', AB: 'A' },
};
const M3_MANAGE: Pick<PermissionRow, 'row' | 'refs' | 'cells'> = {
  row: 'Consider issues; record changes; final analysis; complete Module 3',
  refs: '000 §61–63',
  cells: { INV: 'r', NC: 'x', MIO: 'r', AB: 'X' },
};
const PF_SUBMIT: PermissionRow = {
  row: 'Submit a prohibitive-restrictive measure or tax-inspection act for approval',
  refs: '001 §57–59',
  edition: 'E001',
  cells: { MIO: 'X', CSB: 'X', OSB: 'X' },
};

export const PERMISSIONS = {
  // ---- §9.2 Module 1 ----
  'company.manage': {
    row: 'Create/edit company card and contact card; run KYC',
    refs: '000 §39–40(3); 001 §37–38',
    cells: { FI: 'X', NCF: 'X', NC: 'r', AB: 'r' },
  },
  'meeting.create': { row: 'Create meeting card', refs: '000 §40(4), §10(5)', cells: { FI: 'X', NCF: 'X', NC: 'r', AB: 'R' } },
  'trip-card.submit': { row: '[E000] Official-trip visit card (embassy employee)', refs: '000 §40(5)', edition: 'E000', cells: { FI: 'X', AB: 'r' } },
  'visit.register': { row: 'Register a planned investor visit', refs: '000 §40(6); 001 §38(4)', cells: { FI: 'X', NCF: { E001: 'x' }, AB: 'r' } },
  'visit.decide': { row: 'Decide whether an investor visit is worthwhile', refs: '000 §40(7)', cells: { AB: 'A' } },
  'visit.programme': { row: 'Build visit programme and participant list', refs: '000 §40(7)', cells: { FI: 'r', NCF: 'r', MIO: 'X', CSB: 'X', AB: 'X' } },
  'visit.complete': M1_TRANSFER,
  'initiative.create': M1_TRANSFER,
  'initiative.transfer': M1_TRANSFER,
  'initiative.assign-officer': M1_RECEIVE,
  'initiative.extend': M1_RECEIVE,
  'initiative.convert': M1_RECEIVE,
  'initiative.redirect': M1_REDIRECT,
  'initiative.return': M1_RETURN,
  'module1.chat': { row: 'Module 1 chat / additional meetings', refs: '000 §43', cells: { FI: 'X', NCF: 'X', NC: 'x', MIO: 'X', CSB: 'x', AB: 'x' } },

  // ---- §9.2 Module 2 and pools ----
  'passport.provide-data': { row: 'Provide passport data', refs: '000 §46', cells: { INV: 'X' } },
  'passport.edit': {
    row: 'Create/edit project passport (as initiator body)',
    refs: '000 §23, §26, §42(1), §45–47; 001 §21, §45',
    cells: { INV: 'r', FI: { E001: 'X' }, NC: 'X', NCR: 'X', MIO: 'X', CSB: 'X', NCH: 'X', NH: 'X', AB: 'r' },
  },
  'pool.national.start-inclusion': {
    row: 'Start national-pool inclusion',
    refs: '000 §29',
    cells: { NC: 'X', NCR: 'x', MIO: 'X', CSB: 'X', NCH: 'X', NH: 'X', AB: 'r' },
  },
  'pool.national.include-ongoing': {
    row: 'Include projects already being implemented in the national pool',
    refs: '000 §29 ¶2',
    edition: 'E000',
    cells: { MIO: 'X', AB: 'r' },
  },
  'roadmap.assign-mio': { row: 'Name the responsible MIO', refs: '000 §48; 001 §47', cells: { NC: 'X', NCR: 'x', MIO: 'X', CSB: 'X', NCH: 'X', NH: 'X' } },
  'roadmap.form': { row: 'Form roadmap', refs: '000 §48; 001 §47', cells: { INV: 'r', NC: 'r', MIO: 'X', NCH: 'r', AB: 'r' } },
  'roadmap.approve-nc': { row: '[E000] Approve roadmap', refs: '000 §50–52', edition: 'E000', cells: { INV: 'r', NC: 'A', NCR: 'a', AB: 'r' } },
  'roadmap.approve': {
    row: '[E001] Approve roadmap (objective reason on rejection)',
    refs: '001 §49–50',
    edition: 'E001',
    cells: { INV: 'A', CSB: 'A', NCH: 'A' },
  },
  'roadmap.verify': { row: '[E001] Verify passport and roadmap', refs: '001 §51–52', edition: 'E001', cells: { AB: 'A' } },
  'roadmap.change.request': { row: 'Request roadmap change', refs: '000 §57', cells: { INV: 'X', MIO: 'x' } },
  'roadmap.change.make': M2_ROADMAP_CHANGE,
  'task.reschedule': M2_ROADMAP_CHANGE,
  'task.update-progress': {
    row: 'Update task progress',
    refs: '000 §53; 001 §64 ([E001]: MIO only)',
    cells: { INV: { E000: 'x', E001: 'A' }, NC: { E000: 'X' }, NCR: { E000: 'X' }, MIO: 'X', CSB: { E000: 'X' }, NCH: { E000: 'X' }, NH: { E000: 'X' } },
  },
  'task.comment': {
    row: 'Attach files / comment (within competence)',
    refs: '000 §58; 001 §66',
    cells: { INV: 'X', NC: 'X', NCR: 'X', TF: 'x', MIO: 'X', RO: 'x', CSB: 'X', NCH: 'X', NH: 'X', AB: 'x' },
  },
  'task.validate': {
    row: 'Validate last task [E000] / key tasks [E001]',
    refs: '000 §60; 001 §65, §68',
    cells: { INV: 'r', NC: 'r', MIO: 'r', NCH: 'A', AB: 'r' },
  },
  'dashboard.view': {
    row: 'View dashboard',
    refs: '000 §55, §59',
    cells: { INV: 'r', NC: 'r', NCR: 'r', TF: 'r', MIO: 'R', RO: 'r', CSB: 'r', NCH: 'r', NH: 'r', AB: 'r', CIA: 'R', RIHQ: 'r' },
  },
  'rating.view': { row: 'View region rating', refs: '000 §56', cells: { NC: 'r', NCR: 'r', MIO: 'r', CSB: 'r', AB: 'r', CIA: 'r', RIHQ: 'r' } },
  'green-corridor.support': { row: 'Support green-corridor projects ≥ 7.5 M MCI', refs: '000 §31', cells: { NC: 'r', TF: 'X', MIO: 'r', AB: 'r' } },
  'task-force.recommend': { row: 'Recommendations to Task Force', refs: '000 §9(10)', cells: { AB: 'X' } },
  'green-corridor.decide-issue': { row: 'Decide green-corridor problem issues', refs: '000 §32, §9(2)', cells: { AB: 'X', CIA: 'A' } },
  'contract.supplementary-agreement': { row: 'Supplementary agreement to investment contract', refs: '000 §54; 001 §56', cells: { INV: 'r', AB: 'X' } },
  'state-service.use': { row: 'Use state services through NDIP', refs: '000 §53; 001 §54', cells: { INV: 'X', NC: 'x', NCR: 'x', MIO: 'X', RO: 'x' } },
  'pool.request': {
    // Footnotes of the row: only the MIO submits "through NDIP" on any ground; the others only ground G6.
    row: 'Request suspension/exclusion from national pool',
    refs: '000 §33(6), §34',
    cells: { INV: 'X', NC: 'X', NCR: 'x', MIO: 'X', CSB: 'X', NCH: 'X', NH: 'X' },
  },
  'pool.decide': { row: 'Decide suspension/exclusion (5 WD)', refs: '000 §35', cells: { AB: 'A' } },
  'pool.regional.approve-criteria': { row: '[E000] Approve regional-pool criteria', refs: '000 §25', edition: 'E000', cells: { MIO: 'r', RIHQ: 'A' } },
  'pool.regional.exclude': { row: '[E000] Exclude from regional pool', refs: '000 §26', edition: 'E000', cells: { MIO: 'X', RIHQ: 'A' } },
  'pool.national.remove-jointly': { row: '[E001] Remove from national pool jointly', refs: '001 §63', edition: 'E001', cells: { INV: 'X', MIO: 'X', AB: 'A' } },

  // ---- §9.2 Prosecutor filter [E001] ----
  'pf.submit': PF_SUBMIT,
  'pf.withdraw': PF_SUBMIT,
  'pf.record-applied': PF_SUBMIT,
  'pf.decide': { row: 'Approve/refuse (local bodies → PRR; central bodies → PRG)', refs: '001 §59', edition: 'E001', cells: { PRR: 'A', PRG: 'A' } },
  'pf.case': {
    row: 'Register/assess administrative cases and lawsuits',
    refs: '001 §57',
    edition: 'E001',
    cells: { MIO: 'x', CSB: 'x', OSB: 'x', PRR: 'X', PRG: 'X' },
  },
  'pf.view': {
    row: 'View the status of measures concerning own project',
    refs: 'inferred',
    edition: 'E001',
    cells: { INV: 'r', MIO: 'r', CSB: 'r', OSB: 'r', PRR: 'R', PRG: 'R', AB: 'r' },
  },

  // ---- §9.2 Module 3, reporting, administration ----
  'm3.issue.raise': { row: 'Raise problem issues/proposals in Module 3', refs: '000 §61', cells: { INV: 'X', AB: 'R' } },
  'm3.issue.close': M3_MANAGE,
  'm3.change.record': M3_MANAGE,
  'm3.complete': M3_MANAGE,
  'm3.support': { row: 'Post-investment support/monitoring', refs: '000 §61', cells: { NC: 'X', NCR: 'x', MIO: 'r', AB: 'X' } },
  'archive.read': {
    row: 'Read archived project data (analytics)',
    refs: '000 §64',
    cells: { INV: 'r', FI: 'r', NCF: 'r', NC: 'R', NCR: 'r', TF: 'r', MIO: 'r', RO: 'r', CSB: 'r', NCH: 'r', NH: 'r', AB: 'R', CIA: 'r', OSB: 'r' },
  },
  'report.quarterly-to-nc': { row: 'Quarterly report → NC', refs: '000 §67', cells: { NCR: 'x', MIO: 'X', RO: 'X', CSB: 'x' } },
  'report.quarterly-to-ab': { row: 'Quarterly report → AB', refs: '000 §68', cells: { FI: 'X', NCF: 'X', AB: 'R' } },
  'report.consolidated': { row: 'Consolidated quarterly report → AB', refs: '000 §67, §9(4)', cells: { NC: 'X', AB: 'R' } },
  'programme.country': { row: 'Country investment programme (quarterly update)', refs: '000 §17(2)', cells: { FI: 'X', NCF: 'X', NC: 'X', AB: 'r' } },
  'programme.regional': {
    row: 'Regional investment programme; investment order',
    refs: '000 §3(14), §8(4)–(5)',
    cells: { NC: 'X', NCR: 'X', MIO: 'X', RO: 'x', CSB: 'X', AB: 'r' },
  },
  'kpi.manage': { row: 'Set KPIs; assess front offices; receive reports', refs: '000 §10(3)–(4), (7), §66', cells: { AB: 'X' } },
  'algorithms.change': { row: 'Approve changes to NDIP algorithms (incl. rule-edition config)', refs: '000 §9(8)', cells: { NC: 'X', AB: 'A' } },
  'platform.operate': { row: 'Operate NDIP; grant access', refs: '000 §22; 001 §10(4)', cells: { NC: 'X', AB: 'r' } },
  'competence.read': { row: 'Read access within competence', refs: '000 §24', cells: { OSB: 'R' } },

  // ---- §8.2 SM-SVC actors (003 Chapter 6; not in §9.2) ----
  'svc.investor': { row: '§8.2 investor: file the application, provide documents', refs: '003 §23–24', cells: { INV: 'X' } },
  'svc.front-office': { row: '§8.2 front office: accept, forward, notify, re-send, issue', refs: '003 §22–26', cells: { NC: 'X', NCR: 'X', RO: 'X' } },
  'svc.provider': {
    // The service provider (SP, 001 §3(23)) has no role code; the state bodies that provide services are used.
    row: '§8.2 service provider: return documents, issue the result',
    refs: '003 §24, §27',
    cells: { CSB: 'X', MIO: 'X', OSB: 'X', FI: 'X' },
  },
} as const satisfies Record<string, PermissionRow>;

export type ActionCode = keyof typeof PERMISSIONS;

/** perform = X/x, approve = A/a, read = R/r, act = perform or approve. */
export type AccessMode = 'perform' | 'approve' | 'act' | 'read';

export const ACTION_CODES = Object.keys(PERMISSIONS) as ActionCode[];

export function isActionCode(v: unknown): v is ActionCode {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(PERMISSIONS, v);
}

/** The cell kind that applies to a role for an action in an edition, or null (no access). */
export function effectiveCell(role: OrganizationType, action: ActionCode, edition: RuleEditionCode): CellKind | null {
  const entry: PermissionRow = PERMISSIONS[action];
  if (entry.edition !== undefined && entry.edition !== edition) return null;
  // ADMIN acts as the NDIP operator: it takes the NC column (brief; 000 §22: NC is the operator).
  const column: OrganizationType = role === 'ADMIN' ? 'NC' : role;
  const cell = entry.cells[column];
  if (cell === undefined) return null;
  if (typeof cell === 'string') return cell;
  return cell[edition] ?? null;
}

function modeMatches(kind: CellKind, mode: AccessMode): boolean {
  switch (mode) {
    case 'perform':
      return kind === 'X' || kind === 'x';
    case 'approve':
      return kind === 'A' || kind === 'a';
    case 'act':
      return kind !== 'R' && kind !== 'r';
    case 'read':
      return true;
  }
}

/**
 * May `role` do `action` under `edition`? `mode` narrows the check: 'act' (default) accepts X/x/A/a,
 * 'perform' only X/x, 'approve' only A/a, 'read' any non-blank cell (an actor who may act may also read).
 */
export function can(role: OrganizationType, action: ActionCode, edition: RuleEditionCode, mode: AccessMode = 'act'): boolean {
  const kind = effectiveCell(role, action, edition);
  return kind !== null && modeMatches(kind, mode);
}

/** Does the action exist at all in the edition (row tag, or at least one cell for the edition)? */
export function actionExistsIn(action: ActionCode, edition: RuleEditionCode): boolean {
  const entry: PermissionRow = PERMISSIONS[action];
  return entry.edition === undefined || entry.edition === edition;
}

/** Roles (matrix columns, ADMIN excluded) that may use the action in `mode` under `edition`. */
export function rolesFor(action: ActionCode, edition: RuleEditionCode, mode: AccessMode = 'act'): OrganizationType[] {
  const entry: PermissionRow = PERMISSIONS[action];
  return (Object.keys(entry.cells) as OrganizationType[]).filter((r) => can(r, action, edition, mode));
}
