import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  AttractivenessRatingPublishedContract,
  CompanyCreatedContract,
  CompanyMergedContract,
  CompanyUpdatedContract,
  InitiativeConvertedContract,
  InitiativeCreatedContract,
  InitiativeExtendedContract,
  InitiativeOfficerAssignedContract,
  InitiativeOverdueContract,
  InitiativeRedirectRefusedContract,
  InitiativeRedirectRequestedContract,
  InitiativeRedirectedContract,
  InitiativeReturnedContract,
  InitiativeRevertedFromProjectContract,
  InitiativeTransferredContract,
  MeetingRecordedContract,
  MeetingUpdatedContract,
  MonitoringOpenedContract,
  ProjectCreatedContract,
  ProjectExcludedFromNationalPoolContract,
  ProjectPoolClassifiedContract,
  ProjectRevertedToInitiativeContract,
  ProjectTransferredToPostInvestmentContract,
  QuarterlyReportSubmittedContract,
  RegionRatingQuarterClosedContract,
  RoadmapDeadlineMissedContract,
  TaskValidationOverdueContract,
  validateContract,
} from '@ndip/platform';
import Ajv from 'ajv';
import { load } from 'js-yaml';

/**
 * docs/asyncapi.yaml and docs/schemas/*.json against the contract classes the services validate with: the same
 * sample payload must pass both, and a payload without a required field must fail both. Catches drift.
 */
const DOCS = join(__dirname, '..', '..', '..', '..', 'docs');
const id = '0193b3c4-5d6e-7f80-9a1b-2c3d4e5f6a7b';

const SAMPLES: Record<string, { contract: new () => object; payload: Record<string, unknown>; required: string }> = {
  'implementation.roadmap.formation-overdue': {
    contract: RoadmapDeadlineMissedContract,
    required: 'dueOn',
    payload: { roadmapId: id, projectId: id, regionCode: '750000000', timer: 'T06_FORM', dueOn: '2025-04-01', detectedOn: '2025-04-02', notify: ['AB'] },
  },
  'implementation.roadmap.approval-overdue': {
    contract: RoadmapDeadlineMissedContract,
    required: 'timer',
    payload: { roadmapId: id, projectId: id, regionCode: '750000000', timer: 'T07_APPROVAL', dueOn: '2025-04-01', detectedOn: '2025-04-02', notify: ['AB'] },
  },
  'implementation.roadmap.rework-overdue': {
    contract: RoadmapDeadlineMissedContract,
    required: 'roadmapId',
    payload: { roadmapId: id, projectId: id, regionCode: '750000000', timer: 'T08_REWORK', dueOn: '2025-04-01', detectedOn: '2025-04-02', notify: ['AB'] },
  },
  'implementation.task.validation-overdue': {
    contract: TaskValidationOverdueContract,
    required: 'actualCompletionDate',
    payload: {
      taskId: id,
      roadmapId: id,
      projectId: id,
      regionCode: '750000000',
      code: 'POST_CAPACITY',
      actualCompletionDate: '2025-03-02',
      dueOn: '2025-03-10',
      detectedOn: '2025-03-11',
    },
  },
  'reporting.attractiveness-rating.published': {
    contract: AttractivenessRatingPublishedContract,
    required: 'regions',
    payload: {
      ratingId: id,
      year: 2024,
      version: 1,
      publishedOn: '2025-03-01',
      methodology: { scaling: 'S1', directionAggregation: 'MEAN', minRespondents: 15, minValidPerQuestion: 5, insufficientSample: 'EXCLUDE' },
      weightsPermille: { F1: 150, F2: 100, F3: 450, F4: 50, F5: 100, F6: 25, F7: 50, F8: 50, F9: 25 },
      regions: [
        {
          regionCode: '750000000',
          rank: 1,
          score: 13.754,
          complete: true,
          directions: { F1: 15.25, F2: 10.5, F3: 14.3, F4: 18.417, F5: 20, F6: 10.5, F7: 8.125, F8: 7.333, F9: 1 },
          factorScores: { 'F1.1': 20, F5: 20 },
          respondents: 18,
          flags: [],
        },
        {
          regionCode: '710000000',
          rank: null,
          score: null,
          complete: false,
          directions: { F1: 1, F2: null, F3: 1, F4: null, F5: 1, F6: null, F7: null, F8: null, F9: null },
          factorScores: {},
          respondents: 3,
          flags: ['INSUFFICIENT_SAMPLE'],
        },
      ],
    },
  },
  'reporting.region-rating.quarter-closed': {
    contract: RegionRatingQuarterClosedContract,
    required: 'asOf',
    payload: {
      snapshotId: id,
      year: 2025,
      quarter: 1,
      asOf: '2025-03-31',
      frozenOn: '2025-04-01',
      regions: [{ regionCode: '750000000', rank: 1, points: 2.5, projects: 4, overdueTasks: 3 }],
    },
  },
  'reporting.quarterly-report.submitted': {
    contract: QuarterlyReportSubmittedContract,
    required: 'dueOn',
    payload: {
      reportId: id,
      kind: 'REGIONAL_TO_NC',
      year: 2025,
      quarter: 1,
      organizationId: 'org-1',
      regionCode: '750000000',
      submittedOn: '2025-04-16',
      dueOn: '2025-04-15',
      late: true,
    },
  },
  'attraction.company.created': {
    contract: CompanyCreatedContract,
    required: 'countryCode',
    payload: { companyId: id, name: 'Hyundai Mobis', countryCode: 'KR', bin: null, sector: 'C29' },
  },
  'attraction.company.updated': {
    contract: CompanyUpdatedContract,
    required: 'card',
    payload: {
      companyId: id,
      changed: ['bin', 'size'],
      card: {
        name: 'Hyundai Mobis',
        countryCode: 'KR',
        bin: '940740000139',
        sector: 'C29',
        size: 'LARGE',
        website: 'https://www.mobis.co.kr',
        global2000: true,
        global2000Year: 2025,
      },
      updatedOn: '2025-03-02',
    },
  },
  'attraction.company.merged': {
    contract: CompanyMergedContract,
    required: 'intoCompanyId',
    payload: { companyId: id, intoCompanyId: '0193b3c4-5d6e-7f80-9a1b-2c3d4e5f6a7c', movedBin: '940740000139', mergedOn: '2025-03-03' },
  },
  'attraction.meeting.recorded': {
    contract: MeetingRecordedContract,
    required: 'heldOn',
    payload: { meetingId: id, companyId: id, countryCode: 'KR', heldOn: '2025-01-05', eventKind: 'INTERNATIONAL_EVENT' },
  },
  'attraction.meeting.updated': {
    contract: MeetingUpdatedContract,
    required: 'changed',
    payload: { meetingId: id, companyId: id, countryCode: 'KR', changed: ['heldOn'], heldOn: '2025-01-07', eventKind: 'OTHER', updatedOn: '2025-01-08' },
  },
  'attraction.initiative.created': {
    contract: InitiativeCreatedContract,
    required: 'title',
    payload: { initiativeId: id, companyId: id, title: 'Components plant', countryCode: 'KR', createdOn: '2025-01-10' },
  },
  'attraction.initiative.transferred': {
    contract: InitiativeTransferredContract,
    required: 'regionCode',
    payload: { initiativeId: id, companyId: id, regionCode: '750000000', transferredOn: '2025-01-20', actionDueOn: '2025-02-19' },
  },
  'attraction.initiative.converted': {
    contract: InitiativeConvertedContract,
    required: 'investmentAmountKzt',
    payload: {
      initiativeId: id,
      companyId: id,
      companyName: 'Hyundai Mobis Kazakhstan LLP',
      companyBin: '940740000139',
      regionCode: '750000000',
      projectName: 'Components plant',
      sector: 'C29',
      investmentAmountKzt: '75000000000',
      hasInvestmentContract: true,
      convertedOn: '2025-02-01',
    },
  },
  'attraction.initiative.reverted-from-project': {
    contract: InitiativeRevertedFromProjectContract,
    required: 'reason',
    payload: { initiativeId: id, regionCode: '750000000', reason: 'The investor changed the site', revertedOn: '2025-03-10', notifyAuthorizedBody: true },
  },
  'attraction.initiative.officer-assigned': {
    contract: InitiativeOfficerAssignedContract,
    required: 'officerUserId',
    payload: { initiativeId: id, regionCode: '750000000', officerUserId: id, assignedOn: '2025-01-21' },
  },
  'attraction.initiative.extended': {
    contract: InitiativeExtendedContract,
    required: 'actionDueOn',
    payload: { initiativeId: id, regionCode: '750000000', extendedOn: '2025-02-10', previousDueOn: '2025-02-19', actionDueOn: '2025-03-21', reason: null },
  },
  'attraction.initiative.redirect-requested': {
    contract: InitiativeRedirectRequestedContract,
    required: 'toRegionCode',
    payload: { initiativeId: id, fromRegionCode: '750000000', toRegionCode: '710000000', reason: 'The site is in Astana', requestedOn: '2025-01-25' },
  },
  'attraction.initiative.redirected': {
    contract: InitiativeRedirectedContract,
    required: 'approvedOn',
    payload: { initiativeId: id, fromRegionCode: '750000000', toRegionCode: '710000000', approvedOn: '2025-01-27' },
  },
  'attraction.initiative.redirect-refused': {
    contract: InitiativeRedirectRefusedContract,
    required: 'refusedOn',
    payload: { initiativeId: id, regionCode: '750000000', toRegionCode: '710000000', reason: 'Keep it in Almaty', refusedOn: '2025-01-27' },
  },
  'attraction.initiative.returned': {
    contract: InitiativeReturnedContract,
    required: 'reason',
    payload: { initiativeId: id, regionCode: '750000000', reason: 'Not worked out', returnedOn: '2025-02-05' },
  },
  'attraction.initiative.overdue': {
    contract: InitiativeOverdueContract,
    required: 'daysOverdue',
    payload: {
      initiativeId: id,
      regionCode: '750000000',
      status: 'IN_WORK',
      officerUserId: null,
      actionDueOn: '2025-02-19',
      detectedOn: '2025-02-21',
      daysOverdue: 2,
      notify: ['MIO', 'AB'],
    },
  },
  'implementation.project.reverted-to-initiative': {
    contract: ProjectRevertedToInitiativeContract,
    required: 'previousStatus',
    payload: {
      projectId: id,
      initiativeId: id,
      regionCode: '750000000',
      previousStatus: 'IMPLEMENTATION',
      reason: 'The investor changed the site',
      revertedOn: '2025-03-10',
    },
  },
  'implementation.project.created': {
    contract: ProjectCreatedContract,
    required: 'investmentAmountKzt',
    payload: {
      projectId: id,
      initiativeId: null,
      companyId: id,
      name: 'Plant',
      regionCode: '750000000',
      investmentAmountKzt: '5000000000',
      createdOn: '2025-02-01',
    },
  },
  'implementation.project.pool-classified': {
    contract: ProjectPoolClassifiedContract,
    required: 'pool',
    payload: { projectId: id, regionCode: '750000000', pool: 'NATIONAL', mciYear: 2025, mciValue: 3932, amountMci: '1271617.5' },
  },
  'implementation.project.transferred-to-post-investment': {
    contract: ProjectTransferredToPostInvestmentContract,
    required: 'validatedOn',
    payload: { projectId: id, regionCode: '750000000', pool: 'NATIONAL', validatedOn: '2025-06-01', investmentContractExpiresOn: null },
  },
  'post-investment.monitoring.opened': {
    contract: MonitoringOpenedContract,
    required: 'endsOn',
    payload: { monitoringId: id, projectId: id, regionCode: '750000000', startsOn: '2025-06-01', endsOn: '2028-06-01' },
  },
  'post-investment.project.excluded-from-national-pool': {
    contract: ProjectExcludedFromNationalPoolContract,
    required: 'basis',
    payload: { projectId: id, monitoringId: id, regionCode: '750000000', excludedOn: '2028-06-01', effectiveFrom: '2028-06-01', basis: 'THREE_YEARS' },
  },
};

interface AsyncApiDoc {
  asyncapi: string;
  channels: Record<string, { address: string; messages: Record<string, { $ref: string }> }>;
  components: { messages: Record<string, { name: string; payload: { schemaFormat: string; schema: { $ref: string } } }> };
}

describe('public events (docs/asyncapi.yaml, docs/schemas)', () => {
  const doc = load(readFileSync(join(DOCS, 'asyncapi.yaml'), 'utf8')) as AsyncApiDoc;
  const ajv = new Ajv({ allErrors: true });
  for (const f of readdirSync(join(DOCS, 'schemas')).filter((x) => x.endsWith('.json')))
    ajv.addSchema(JSON.parse(readFileSync(join(DOCS, 'schemas', f), 'utf8')) as object);
  const messages = Object.values(doc.channels).flatMap((c) =>
    Object.values(c.messages).map((ref) => ({ topic: c.address, message: doc.components.messages[ref.$ref.split('/').pop()!]! })),
  );
  const envelope = (type: string, payload: Record<string, unknown>, producer: string) => ({
    id,
    type,
    version: 1,
    occurredAt: '2025-04-16T05:00:00.000Z',
    producer,
    aggregateType: type.split('.')[1],
    aggregateId: id,
    correlationId: 'c-1',
    causationId: null,
    actor: { userId: 'u', organizationId: 'o', role: 'AB' },
    ruleEdition: 'E000',
    payload,
  });

  it('is AsyncAPI 3.0 with versioned topics and one sample per message', () => {
    expect(doc.asyncapi).toBe('3.0.0');
    expect(messages.map((m) => m.message.name).sort()).toEqual(Object.keys(SAMPLES).sort());
    for (const m of messages) expect(m.topic).toMatch(/^ndip\.[a-z-]+\.events\.v\d+$/);
  });

  it.each(Object.keys(SAMPLES))('%s: the schema and the contract class accept the same payload and refuse a missing field', (type) => {
    const m = messages.find((x) => x.message.name === type)!;
    const schemaId = `https://ndip.kz/schemas/${m.message.payload.schema.$ref.replace('./schemas/', '')}`;
    const validate = ajv.getSchema(schemaId);
    expect(validate).toBeDefined();
    const { contract, payload, required } = SAMPLES[type]!;
    const producer = m.topic.split('.')[1]!;
    expect(validateContract(contract, payload).problems).toEqual([]);
    expect(validate!(envelope(type, payload, producer))).toBe(true);
    const { [required]: _dropped, ...missing } = payload;
    expect(validateContract(contract, missing).problems.map((p) => p.field)).toContain(required);
    expect(validate!(envelope(type, missing, producer))).toBe(false);
    expect(validate!(envelope(`${type}-other`, payload, producer))).toBe(false);
  });
});
