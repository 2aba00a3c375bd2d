import {
  EVENT_TYPES,
  PF_CASE_EVENTS,
  PF_EVENTS,
  SVC_EVENTS,
  decideProsecutorCase,
  decideProsecutorFilter,
  decideStateService,
  getEdition,
  type Actor,
  type Decision,
  type DomainEvent,
  type OrganizationType,
} from '@ndip/domain';
import { validateContract } from '../messaging/validation';
import { ATTACHMENT_TYPES, attachmentTypeProblem } from './implementation-desk';
import { IMPLEMENTATION_EVENT_CONTRACTS } from './implementation-events';

const ALMATY = '750000000';
const PROJECT = '0190a3c0-0000-7000-8000-000000000001';
const actor = (role: OrganizationType, extra: Partial<Actor> = {}): Actor => ({
  userId: `u-${role}`,
  organizationId: `org-${role.toLowerCase()}`,
  role,
  regionCode: null,
  countryCode: null,
  ...extra,
});
const ctx = (a: Actor, today = '2026-03-02') => ({ actor: a, today, edition: getEdition('E001') });

/** Runs a chain of decisions and collects every event. */
function run<S, C>(decide: (s: S | null, c: C, x: ReturnType<typeof ctx>) => Decision<S>, steps: [C, Actor, string?][]): DomainEvent[] {
  let state: S | null = null;
  const events: DomainEvent[] = [];
  for (const [command, who, today] of steps) {
    const d = decide(state, command, ctx(who, today));
    if (!d.ok) throw new Error(`${JSON.stringify(command)}: ${d.error.code} ${d.error.message}`);
    state = d.state;
    events.push(...d.events);
  }
  return events;
}

function problemsOf(e: DomainEvent): string[] {
  const cls = IMPLEMENTATION_EVENT_CONTRACTS[e.type];
  if (!cls) return [`no contract for ${e.type}`];
  return validateContract(cls, JSON.parse(JSON.stringify(e.payload))).problems.map((p) => `${e.type} ${p.field}: ${p.message}`);
}

describe('Module 2 event contracts (prosecutor filter, one-stop shop, deadline job)', () => {
  const mio = actor('MIO', { regionCode: ALMATY });
  const prr = actor('PRR', { regionCode: ALMATY });
  const measureId = '0190a3c0-0000-7000-8000-0000000000a1';
  const caseId = '0190a3c0-0000-7000-8000-0000000000c1';

  const measureEvents = [
    ...run(decideProsecutorFilter, [
      [
        {
          type: 'DRAFT',
          measureId,
          projectId: PROJECT,
          projectRegionCode: ALMATY,
          measureType: 'SUSPEND_ACTIVITY',
          legalBasis: 'Code on Administrative Offences, art. 45',
          justification: 'Fire safety',
        },
        mio,
      ],
      [{ type: 'SUBMIT' }, mio],
      [{ type: 'TAKE_INTO_REVIEW' }, prr],
      [{ type: 'RETURN_FOR_CORRECTION', reason: 'Legal basis missing' }, prr],
      [{ type: 'SUBMIT' }, mio],
      [{ type: 'TAKE_INTO_REVIEW' }, prr],
      [{ type: 'APPROVE' }, prr],
      [{ type: 'RECORD_APPLIED', appliedOn: '2026-03-02', actNumber: 'ACT-1' }, mio],
    ]),
    ...run(decideProsecutorFilter, [
      [
        {
          type: 'DRAFT',
          measureId,
          projectId: PROJECT,
          projectRegionCode: ALMATY,
          measureType: 'TAX_INSPECTION',
          legalBasis: 'Tax Code art. 145',
          justification: 'Audit',
        },
        mio,
      ],
      [{ type: 'SUBMIT' }, mio],
      [{ type: 'TAKE_INTO_REVIEW' }, prr],
      [{ type: 'REFUSE', reason: 'Disproportionate' }, prr],
    ]),
    ...run(decideProsecutorFilter, [
      [{ type: 'DRAFT', measureId, projectId: PROJECT, projectRegionCode: ALMATY, measureType: 'CANCEL_DECISION', legalBasis: 'x', justification: 'y' }, mio],
      [{ type: 'WITHDRAW' }, mio],
    ]),
  ];

  const caseEvents = run(decideProsecutorCase, [
    [
      {
        type: 'REGISTER',
        caseId,
        projectId: PROJECT,
        projectRegionCode: ALMATY,
        investorBin: '940740000139',
        caseKind: 'ADMINISTRATIVE_CASE',
        caseNumber: 'AC-1',
        courtOrBody: 'Court of Almaty',
        filedOn: '2026-02-20',
        subject: 'Fine',
      },
      mio,
    ],
    [{ type: 'START_ASSESSMENT' }, prr],
    [{ type: 'ASSESS', conclusion: 'UNLAWFUL', justification: 'No legal basis' }, prr],
    [{ type: 'CLOSE' }, prr],
  ]);

  const inv = actor('INV');
  const nc = actor('NC');
  const csb = actor('CSB');
  const svcEvents = run(decideStateService, [
    [{ type: 'FILE', applicationId: 'app-1', applicantName: 'Hyundai', services: ['Permit'], documents: ['Title'], consent: true }, inv],
    [{ type: 'ACCEPT', standardTerm: { value: 5, unit: 'WD' } }, nc],
    [{ type: 'FORWARD', providerOrganizationId: 'org-csb' }, nc],
    [{ type: 'RETURN_DOCUMENTS', reason: 'Not certified' }, csb],
    [{ type: 'NOTIFY_INVESTOR' }, nc],
    [{ type: 'PROVIDE_DOCUMENTS', documents: ['Certified title'] }, inv],
    [{ type: 'RESEND' }, nc],
    [{ type: 'NOTIFY_VIOLATION' }, nc, '2026-04-30'],
    [{ type: 'ISSUE_RESULT' }, csb, '2026-04-30'],
    [{ type: 'HAND_OVER', receiptShown: true, identityVerified: true }, nc, '2026-04-30'],
  ]);

  it('every restrictive-measure event type is produced and matches its contract', () => {
    expect(new Set(measureEvents.map((e) => e.type))).toEqual(new Set(Object.values(PF_EVENTS)));
    expect(measureEvents.flatMap(problemsOf)).toEqual([]);
  });

  it('every pf-case event type is produced and matches its contract', () => {
    expect(caseEvents.map((e) => e.type)).toEqual(Object.values(PF_CASE_EVENTS));
    expect(caseEvents.flatMap(problemsOf)).toEqual([]);
  });

  it('every service-application event type is produced and matches its contract', () => {
    expect(new Set(svcEvents.map((e) => e.type))).toEqual(new Set(Object.values(SVC_EVENTS)));
    expect(svcEvents.flatMap(problemsOf)).toEqual([]);
  });

  it('refuses an unknown field, a missing field and a wrong value', () => {
    const submitted = measureEvents.find((e) => e.type === PF_EVENTS.submitted)!;
    const payload = JSON.parse(JSON.stringify(submitted.payload)) as Record<string, unknown>;
    const cls = IMPLEMENTATION_EVENT_CONTRACTS[PF_EVENTS.submitted]!;
    expect(validateContract(cls, { ...payload, extra: 1 }).problems.map((p) => p.field)).toEqual(['extra']);
    expect(validateContract(cls, { ...payload, submittedOn: undefined }).problems.map((p) => p.field)).toEqual(['submittedOn']);
    expect(validateContract(cls, { ...payload, routedTo: 'MIO' }).problems.map((p) => p.field)).toEqual(['routedTo']);
    const assessed = caseEvents.find((e) => e.type === PF_CASE_EVENTS.assessed)!;
    const cp = JSON.parse(JSON.stringify(assessed.payload)) as Record<string, unknown>;
    expect(validateContract(IMPLEMENTATION_EVENT_CONTRACTS[PF_CASE_EVENTS.assessed]!, { ...cp, conclusion: 'MAYBE' }).problems.map((p) => p.field)).toEqual([
      'conclusion',
    ]);
  });

  it('the deadline events have contracts that accept their payloads and refuse a wrong timer', () => {
    const roadmap = {
      roadmapId: PROJECT,
      projectId: PROJECT,
      regionCode: ALMATY,
      timer: 'T06_FORM',
      dueOn: '2026-04-01',
      detectedOn: '2026-04-02',
      notify: ['MIO', 'AB'],
    };
    for (const t of [EVENT_TYPES.roadmapFormationOverdue, EVENT_TYPES.roadmapReworkOverdue, EVENT_TYPES.roadmapApprovalOverdue]) {
      expect(validateContract(IMPLEMENTATION_EVENT_CONTRACTS[t]!, roadmap).problems).toEqual([]);
    }
    expect(
      validateContract(IMPLEMENTATION_EVENT_CONTRACTS[EVENT_TYPES.roadmapFormationOverdue]!, { ...roadmap, timer: 'T99' }).problems.map((p) => p.field),
    ).toEqual(['timer']);
    const task = {
      taskId: PROJECT,
      roadmapId: PROJECT,
      projectId: PROJECT,
      regionCode: ALMATY,
      code: 'POST_CAPACITY',
      actualCompletionDate: '2026-03-02',
      dueOn: '2026-03-10',
      detectedOn: '2026-03-11',
    };
    expect(validateContract(IMPLEMENTATION_EVENT_CONTRACTS[EVENT_TYPES.taskValidationOverdue]!, task).problems).toEqual([]);
    expect(
      validateContract(IMPLEMENTATION_EVENT_CONTRACTS[EVENT_TYPES.taskValidationOverdue]!, { ...task, dueOn: '2026-02-30' }).problems.map((p) => p.field),
    ).toEqual(['dueOn']);
    const passport = {
      projectId: PROJECT,
      regionCode: ALMATY,
      initiatorOrganizationId: null,
      timer: 'T05_PASSPORT_FILL',
      dueOn: '2026-04-01',
      detectedOn: '2026-04-02',
      notify: ['INITIATOR', 'AB'],
    };
    const pool = {
      requestId: PROJECT,
      projectId: PROJECT,
      regionCode: ALMATY,
      kind: 'SUSPEND',
      submittedOn: '2026-03-02',
      timer: 'T11_POOL_DECISION',
      dueOn: '2026-03-10',
      detectedOn: '2026-03-11',
      notify: ['AB'],
    };
    const pc = IMPLEMENTATION_EVENT_CONTRACTS[EVENT_TYPES.poolDecisionOverdue]!;
    expect(validateContract(pc, pool).problems).toEqual([]);
    expect(validateContract(pc, { ...pool, kind: 'MAYBE', dueOn: '2026-02-30' }).problems.map((p) => p.field)).toEqual(['kind', 'dueOn']);
    const c = IMPLEMENTATION_EVENT_CONTRACTS[EVENT_TYPES.passportFillOverdue]!;
    expect(validateContract(c, passport).problems).toEqual([]);
    expect(validateContract(c, { ...passport, initiatorOrganizationId: 'org-mio' }).problems).toEqual([]);
    expect(validateContract(c, { ...passport, initiatorOrganizationId: '', timer: 'T06_FORM' }).problems.map((p) => p.field)).toEqual([
      'initiatorOrganizationId',
      'timer',
    ]);
  });
});

describe('attachment and comment events (metadata only)', () => {
  const attachment = {
    attachmentId: '0190a3c0-0000-7000-8000-0000000000f1',
    projectId: PROJECT,
    targetKind: 'TASK',
    targetId: '0190a3c0-0000-7000-8000-0000000000t1',
    fileName: 'Акт ввода.pdf',
    contentType: 'application/pdf',
    sizeBytes: 1,
    sha256: 'a'.repeat(64),
    uploadedBy: 'u-MIO',
    uploadedAt: '2026-03-02T05:00:00.000Z',
  };
  const check = (p: object) => validateContract(IMPLEMENTATION_EVENT_CONTRACTS[EVENT_TYPES.attachmentAdded]!, p).problems.map((x) => x.field);

  it('accepts the metadata and refuses content, a bad checksum, an empty file and an unknown target kind', () => {
    expect(check(attachment)).toEqual([]);
    expect(check({ ...attachment, contentBase64: 'JVBERi0=' })).toEqual(['contentBase64']);
    expect(check({ ...attachment, sha256: 'A'.repeat(64) })).toEqual(['sha256']);
    expect(check({ ...attachment, sha256: 'a'.repeat(63) })).toEqual(['sha256']);
    expect(check({ ...attachment, sizeBytes: 0 })).toEqual(['sizeBytes']);
    expect(check({ ...attachment, targetKind: 'ROADMAP' })).toEqual(['targetKind']);
    expect(check({ ...attachment, uploadedAt: '2026-02-30T05:00:00Z' })).toEqual(['uploadedAt']);
    const { fileName: _f, ...noName } = attachment;
    expect(new Set(check(noName))).toEqual(new Set(['fileName']));
  });

  it('a comment event carries who and where, not the text', () => {
    const comment = {
      commentId: attachment.attachmentId,
      projectId: PROJECT,
      targetKind: 'STAGE',
      targetId: 'INVESTMENT',
      authorUserId: 'u-MIO',
      createdAt: '2026-03-02T05:00:00Z',
    };
    const c = IMPLEMENTATION_EVENT_CONTRACTS[EVENT_TYPES.commentAdded]!;
    expect(validateContract(c, comment).problems).toEqual([]);
    expect(validateContract(c, { ...comment, text: 'hello' }).problems.map((x) => x.field)).toEqual(['text']);
  });
});

describe('attachment media types', () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);
  it('accepts content that matches the declared type', () => {
    expect(attachmentTypeProblem('application/pdf', Buffer.from('%PDF-1.7\n'))).toBeNull();
    expect(attachmentTypeProblem('image/png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBeNull();
    expect(attachmentTypeProblem('image/jpeg', bytes(0xff, 0xd8, 0xff, 0xe0))).toBeNull();
    expect(attachmentTypeProblem('text/plain; charset=utf-8', Buffer.from('Протокол встречи'))).toBeNull();
    expect(attachmentTypeProblem(Object.keys(ATTACHMENT_TYPES)[3]!, bytes(0x50, 0x4b, 0x03, 0x04, 1))).toBeNull();
  });

  it('refuses an unlisted type, a renamed binary and non-UTF-8 text', () => {
    expect(attachmentTypeProblem('application/x-msdownload', Buffer.from('MZ'))).toMatch(/not accepted/);
    expect(attachmentTypeProblem('', Buffer.from('x'))).toMatch(/\(none\) is not accepted/);
    expect(attachmentTypeProblem('application/pdf', Buffer.from('MZ\x90\x00'))).toMatch(/does not match/);
    expect(attachmentTypeProblem('application/pdf', Buffer.from('%PD'))).toMatch(/does not match/);
    expect(attachmentTypeProblem('text/plain', bytes(0x41, 0x00, 0x42))).toMatch(/binary/);
    expect(attachmentTypeProblem('text/csv', bytes(0xc3, 0x28))).toMatch(/not UTF-8/);
  });
});
