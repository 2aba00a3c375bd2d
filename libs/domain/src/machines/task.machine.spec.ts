import type { Actor } from '../access/organization-type';
import { getEdition } from '../editions/editions';
import { DomainErrorCode } from '../errors/domain-error';
import type { RuleEditionCode } from '../events/envelope';
import { allowedTaskActions, decideTask, taskOverdue, validationOverdue, type TaskCommand, type TaskState } from './task.machine';
import { REGION_A, REGION_B, actorOf, ctxOf, errCode, errField, okState } from './test-fixtures';

const MIO_A = actorOf('MIO', { regionCode: REGION_A });
const MIO_B = actorOf('MIO', { regionCode: REGION_B });
const NC = actorOf('NC');
const CSB = actorOf('CSB');
const NCH = actorOf('NCH');
const INV = actorOf('INV');
const AB = actorOf('AB');
const FI = actorOf('FI');

const create = (code: string): Extract<TaskCommand, { type: 'CREATE' }> => ({
  type: 'CREATE',
  taskId: 't-1',
  roadmapId: 'rm-1',
  projectId: 'p-1',
  code,
  title: code,
  dueDate: '2025-09-30',
  regionCode: REGION_A,
});
const run = (ed: RuleEditionCode, s: TaskState | null, c: TaskCommand, a: Actor, today: string) => decideTask(s, c, ctxOf(ed, a, today));
const planned = (ed: RuleEditionCode, code = 'PRE_LAND') => okState(run(ed, null, create(code), MIO_A, '2025-06-01'));
const consent = (ed: RuleEditionCode) => (ed === 'E001' ? { investorConsent: true } : {});
const started = (ed: RuleEditionCode, code = 'PRE_LAND') => okState(run(ed, planned(ed, code), { type: 'START', ...consent(ed) }, MIO_A, '2025-06-10'));
const complete = (actual: string): Extract<TaskCommand, { type: 'COMPLETE' }> => ({
  type: 'COMPLETE',
  actualCompletionDate: actual,
  evidenceFileIds: ['f-1'],
  investorConsent: true,
});
const awaiting = (ed: RuleEditionCode, code = 'POST_CAPACITY', actual = '2025-10-08') => okState(run(ed, started(ed, code), complete(actual), MIO_A, actual));

describe.each(['E000', 'E001'] as const)('SM-TASK common rows in %s', (ed) => {
  it('T1 MIO creates a PLANNED task; validation need from the edition', () => {
    const d = run(ed, null, create('PRE_LAND'), MIO_A, '2025-06-01');
    expect(okState(d)).toMatchObject({ edition: ed, status: 'PLANNED', dueDate: '2025-09-30', requiresValidation: false });
    expect(d.ok && d.events[0].type).toBe('implementation.task.created');
    expect(planned(ed, 'POST_CAPACITY').requiresValidation).toBe(true);
  });
  it('T1 wrong role / region / input / conflict', () => {
    expect(errCode(run(ed, null, create('X'), NC, '2025-06-01'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, null, create('X'), MIO_B, '2025-06-01'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errField(run(ed, null, { ...create('X'), dueDate: '30.09.2025' }, MIO_A, '2025-06-01'))).toBe('dueDate');
    expect(errField(run(ed, null, { ...create('X'), taskId: '' }, MIO_A, '2025-06-01'))).toBe('taskId');
    expect(errCode(run(ed, planned(ed), create('X'), MIO_A, '2025-06-01'))).toBe(DomainErrorCode.CONFLICT);
  });
  it('T2 START by the MIO → IN_PROGRESS; wrong state / region', () => {
    expect(started(ed)).toMatchObject({ status: 'IN_PROGRESS', startedOn: '2025-06-10' });
    expect(errCode(run(ed, started(ed), { type: 'START', investorConsent: true }, MIO_A, '2025-06-11'))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errCode(run(ed, planned(ed), { type: 'START', investorConsent: true }, MIO_B, '2025-06-11'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, planned(ed), { type: 'START', investorConsent: true }, AB, '2025-06-11'))).toBe(DomainErrorCode.WRONG_ROLE);
  });
  it('T3 a task that needs no validation → DONE', () => {
    const d = run(ed, started(ed), complete('2025-09-29'), MIO_A, '2025-09-30');
    expect(okState(d)).toMatchObject({ status: 'DONE', actualCompletionDate: '2025-09-29', validationDueOn: null, evidenceFileIds: ['f-1'] });
    expect(okState(run(ed, planned(ed), complete('2025-09-29'), MIO_A, '2025-09-30')).status).toBe('DONE');
  });
  it('T3 the last task → AWAITING_VALIDATION, NCH has 5 WD from actual completion (§4.9 example: Wed 8 Oct → Wed 15 Oct 2025)', () => {
    const d = run(ed, started(ed, 'POST_CAPACITY'), complete('2025-10-08'), MIO_A, '2025-10-09');
    expect(okState(d)).toMatchObject({ status: 'AWAITING_VALIDATION', validationDueOn: '2025-10-15' });
    expect(d.ok && d.events[0].payload).toMatchObject({ lastTask: true, awaitingValidation: true });
  });
  it('T3 bad input / wrong state', () => {
    expect(errField(run(ed, started(ed), complete('2025-10-10'), MIO_A, '2025-10-09'))).toBe('actualCompletionDate');
    expect(errField(run(ed, started(ed), { ...complete('2025-10-08'), evidenceFileIds: [''] }, MIO_A, '2025-10-09'))).toBe('evidenceFileIds');
    expect(errCode(run(ed, awaiting(ed), complete('2025-10-08'), MIO_A, '2025-10-09'))).toBe(DomainErrorCode.WRONG_STATE);
  });
  it('T4 NCH validates on the 5th WD on time, after it flagged late; the last task moves the project to Module 3', () => {
    const d = run(ed, awaiting(ed), { type: 'VALIDATE' }, NCH, '2025-10-15');
    expect(okState(d)).toMatchObject({ status: 'DONE', validatedOn: '2025-10-15', validationLate: false });
    expect(d.ok && d.events[0]).toMatchObject({ type: 'implementation.task.validated', payload: { movesProjectToModule3: true, validatedOn: '2025-10-15' } });
    expect(okState(run(ed, awaiting(ed), { type: 'VALIDATE' }, NCH, '2025-10-16')).validationLate).toBe(true);
    expect(validationOverdue(awaiting(ed), '2025-10-15')).toBe(false);
    expect(validationOverdue(awaiting(ed), '2025-10-16')).toBe(true);
  });
  it('T4 the 5 WD skip the Republic Day substitute (Fri 24 Oct → Mon 3 Nov 2025)', () => {
    expect(awaiting(ed, 'POST_CAPACITY', '2025-10-24').validationDueOn).toBe('2025-11-03');
  });
  it('T4/T5 wrong role / state', () => {
    for (const a of [MIO_A, NC, AB, INV]) expect(errCode(run(ed, awaiting(ed), { type: 'VALIDATE' }, a, '2025-10-15'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, started(ed), { type: 'VALIDATE' }, NCH, '2025-10-15'))).toBe(DomainErrorCode.WRONG_STATE);
    expect(errCode(run(ed, started(ed), { type: 'REFUSE_VALIDATION', reason: 'r' }, NCH, '2025-10-15'))).toBe(DomainErrorCode.WRONG_STATE);
  });
  it('T5 NCH refuses validation → IN_PROGRESS, reason required', () => {
    const d = run(ed, awaiting(ed), { type: 'REFUSE_VALIDATION', reason: 'capacity not reached' }, NCH, '2025-10-13');
    expect(okState(d)).toMatchObject({ status: 'IN_PROGRESS', actualCompletionDate: null, validationRefusal: { reason: 'capacity not reached' } });
    expect(errField(run(ed, awaiting(ed), { type: 'REFUSE_VALIDATION', reason: '' }, NCH, '2025-10-13'))).toBe('reason');
    expect(validationOverdue(started(ed), '2030-01-01')).toBe(false);
  });
  it('T6 overdue from the first day after dueDate, open tasks only', () => {
    expect(taskOverdue(started(ed), '2025-09-30')).toBe(false);
    expect(taskOverdue(started(ed), '2025-10-01')).toBe(true);
    expect(taskOverdue(planned(ed), '2025-10-01')).toBe(true);
    expect(taskOverdue(awaiting(ed), '2025-11-01')).toBe(false);
  });
  const requested = () =>
    okState(
      run(ed, started(ed), { type: 'REQUEST_RESCHEDULE', newDueDate: '2025-12-31', reason: 'late equipment', investorConsent: true }, MIO_A, '2025-09-01'),
    );
  it('T7 MIO requests, AB approves: new due date, history kept', () => {
    expect(requested().pendingReschedule).toEqual({ newDueDate: '2025-12-31', reason: 'late equipment', requestedOn: '2025-09-01' });
    const d = run(ed, requested(), { type: 'APPROVE_RESCHEDULE' }, AB, '2025-09-03');
    expect(okState(d)).toMatchObject({ dueDate: '2025-12-31', dueHistory: ['2025-09-30'], pendingReschedule: null, status: 'IN_PROGRESS' });
    expect(d.ok && d.events[0].type).toBe('implementation.task.rescheduled');
    expect(okState(run(ed, requested(), { type: 'REFUSE_RESCHEDULE' }, AB, '2025-09-03'))).toMatchObject({ dueDate: '2025-09-30', pendingReschedule: null });
  });
  it('T7 wrong role / state / input', () => {
    expect(errCode(run(ed, requested(), { type: 'APPROVE_RESCHEDULE' }, MIO_A, '2025-09-03'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, started(ed), { type: 'APPROVE_RESCHEDULE' }, AB, '2025-09-03'))).toBe(DomainErrorCode.WRONG_STATE);
    expect(
      errCode(run(ed, requested(), { type: 'REQUEST_RESCHEDULE', newDueDate: '2026-01-31', reason: 'r', investorConsent: true }, MIO_A, '2025-09-03')),
    ).toBe(DomainErrorCode.WRONG_STATE);
    expect(errCode(run(ed, started(ed), { type: 'REQUEST_RESCHEDULE', newDueDate: '2025-12-31', reason: 'r', investorConsent: true }, NC, '2025-09-03'))).toBe(
      DomainErrorCode.WRONG_ROLE,
    );
    expect(
      errField(run(ed, started(ed), { type: 'REQUEST_RESCHEDULE', newDueDate: '2025-09-30', reason: 'r', investorConsent: true }, MIO_A, '2025-09-03')),
    ).toBe('newDueDate');
    expect(
      errField(run(ed, started(ed), { type: 'REQUEST_RESCHEDULE', newDueDate: '2025-12-31', reason: '', investorConsent: true }, MIO_A, '2025-09-03')),
    ).toBe('reason');
    expect(
      errCode(run(ed, awaiting(ed), { type: 'REQUEST_RESCHEDULE', newDueDate: '2025-12-31', reason: 'r', investorConsent: true }, MIO_A, '2025-09-03')),
    ).toBe(DomainErrorCode.WRONG_STATE);
  });
  it('T8 comments in any state by participants within competence; not by FI', () => {
    const d = run(ed, awaiting(ed), { type: 'COMMENT', text: 'photos attached', fileIds: ['f-2'] }, INV, '2025-10-09');
    expect(okState(d).commentCount).toBe(1);
    expect(d.ok && d.events[0].payload).toMatchObject({ text: 'photos attached', fileIds: ['f-2'], by: 'org-inv' });
    expect(okState(run(ed, planned(ed), { type: 'COMMENT', text: 'ok' }, CSB, '2025-10-09')).commentCount).toBe(1);
    expect(errCode(run(ed, planned(ed), { type: 'COMMENT', text: 'ok' }, FI, '2025-10-09'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run(ed, planned(ed), { type: 'COMMENT', text: 'ok' }, MIO_B, '2025-10-09'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errField(run(ed, planned(ed), { type: 'COMMENT', text: '' }, NC, '2025-10-09'))).toBe('text');
  });
});

describe('SM-TASK edition differences', () => {
  it('D15 validation scope: INV_CONSTR needs NCH validation only in E001', () => {
    expect(planned('E000', 'INV_CONSTR').requiresValidation).toBe(false);
    expect(planned('E001', 'INV_CONSTR').requiresValidation).toBe(true);
    expect(planned('E001', 'INV_OPERATION').requiresValidation).toBe(true);
    expect(planned('E000', 'INV_OPERATION').requiresValidation).toBe(false);
    const d = run('E001', started('E001', 'INV_CONSTR'), complete('2025-10-08'), MIO_A, '2025-10-08');
    expect(d.ok && d.events[0].payload).toMatchObject({ lastTask: false });
    const v = run('E001', okState(d), { type: 'VALIDATE' }, NCH, '2025-10-10');
    expect(v.ok && v.events[0].payload).toMatchObject({ movesProjectToModule3: false });
  });
  it('D14 progress: E000 initiator bodies may record it, E001 only the MIO', () => {
    for (const a of [NC, CSB, NCH, actorOf('NCR'), actorOf('NH')]) {
      expect(okState(run('E000', planned('E000'), { type: 'START' }, a, '2025-06-10')).status).toBe('IN_PROGRESS');
      expect(errCode(run('E001', planned('E001'), { type: 'START', investorConsent: true }, a, '2025-06-10'))).toBe(DomainErrorCode.WRONG_ROLE);
    }
    // INV: x in E000 (may record), A in E001 (consents only)
    expect(okState(run('E000', planned('E000'), { type: 'START' }, INV, '2025-06-10')).status).toBe('IN_PROGRESS');
    expect(errCode(run('E001', planned('E001'), { type: 'START', investorConsent: true }, INV, '2025-06-10'))).toBe(DomainErrorCode.WRONG_ROLE);
  });
  it("D14 E001 requires the investor's consent for progress and reschedule; E000 does not", () => {
    expect(errField(run('E001', planned('E001'), { type: 'START' }, MIO_A, '2025-06-10'))).toBe('investorConsent');
    expect(errField(run('E001', started('E001'), { type: 'COMPLETE', actualCompletionDate: '2025-06-20', evidenceFileIds: [] }, MIO_A, '2025-06-20'))).toBe(
      'investorConsent',
    );
    expect(errField(run('E001', started('E001'), { type: 'REQUEST_RESCHEDULE', newDueDate: '2025-12-31', reason: 'r' }, MIO_A, '2025-06-20'))).toBe(
      'investorConsent',
    );
    expect(
      okState(run('E000', started('E000'), { type: 'REQUEST_RESCHEDULE', newDueDate: '2025-12-31', reason: 'r' }, MIO_A, '2025-06-20')).pendingReschedule,
    ).not.toBeNull();
    expect(
      okState(run('E000', started('E000'), { type: 'COMPLETE', actualCompletionDate: '2025-06-20', evidenceFileIds: [] }, MIO_A, '2025-06-20')).status,
    ).toBe('DONE');
  });
  it("T7 E001: the investor (A in the row) still cannot take AB's decision", () => {
    const req = okState(
      run('E001', started('E001'), { type: 'REQUEST_RESCHEDULE', newDueDate: '2025-12-31', reason: 'r', investorConsent: true }, MIO_A, '2025-09-01'),
    );
    expect(errCode(run('E001', req, { type: 'APPROVE_RESCHEDULE' }, INV, '2025-09-02'))).toBe(DomainErrorCode.WRONG_ROLE);
    expect(errCode(run('E001', req, { type: 'REFUSE_RESCHEDULE' }, INV, '2025-09-02'))).toBe(DomainErrorCode.WRONG_ROLE);
  });
  it('allowedTaskActions', () => {
    const c = { today: '2025-10-09', edition: getEdition('E000') };
    expect(allowedTaskActions(awaiting('E000'), NCH, c)).toEqual(['VALIDATE', 'REFUSE_VALIDATION', 'COMMENT']);
    expect(allowedTaskActions(started('E000'), MIO_A, c)).toEqual(['COMPLETE', 'REQUEST_RESCHEDULE', 'COMMENT']);
    expect(allowedTaskActions(null, MIO_A, c)).toEqual(['CREATE']);
  });
});
