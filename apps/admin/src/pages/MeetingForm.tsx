import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api/client';
import type { components } from '../api/schema';
import type { Meeting } from '../api/types';
import { ProblemAlert } from '../components/common';
import { namesAField, showProblemOnFields, text, useIdempotencyKey, useRules } from '../components/forms';
import { REGIONS, useFormat } from '../format';
import { CompanySelect } from './Companies';

type CreateBody = components['schemas']['CreateMeetingDto'];
type UpdateBody = components['schemas']['UpdateMeetingDto'];
type EventKind = CreateBody['eventKind'];
export const KINDS: EventKind[] = ['INTERNATIONAL_EVENT', 'NATIONAL_EVENT', 'LEADER_VISIT', 'OTHER'];

/** The form's fields, named as the API names them (problem+json `field`, e.g. `projectParameters.currency`). */
const FIELDS = [
  'companyId',
  'heldOn',
  'eventKind',
  'place',
  'subjectOfInterest',
  'participants',
  'keyAspects',
  'investorExpectations',
  'agreementsReached',
  'projectParameters.investmentAmount',
  'projectParameters.currency',
  'projectParameters.jobs',
  'projectParameters.sector',
  'projectParameters.regionCode',
] as const;

interface Params {
  investmentAmount?: string;
  currency?: string;
  jobs?: number | null;
  sector?: string;
  regionCode?: string;
}

interface Values {
  companyId: string;
  heldOn: Dayjs;
  eventKind: EventKind;
  place: string;
  subjectOfInterest: string;
  participants: string;
  keyAspects?: string;
  investorExpectations?: string;
  agreementsReached?: string;
  projectParameters?: Params;
}

function participantsOf(v: string | undefined): string[] {
  return String(v ?? '')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The project parameters as the API takes them, or null when none is given. */
function parametersOf(p: Params | undefined): CreateBody['projectParameters'] | null {
  const out = {
    investmentAmount: text(p?.investmentAmount),
    currency: text(p?.currency)?.toUpperCase(),
    jobs: p?.jobs === null || p?.jobs === undefined ? undefined : p.jobs,
    sector: text(p?.sector),
    regionCode: p?.regionCode || undefined,
  };
  const given = Object.fromEntries(Object.entries(out).filter(([, x]) => x !== undefined));
  return Object.keys(given).length ? (given as CreateBody['projectParameters']) : null;
}

function initialOf(m: Meeting | undefined): Partial<Values> {
  if (!m) return {};
  const p = m.projectParameters ?? undefined;
  return {
    companyId: m.companyId,
    heldOn: dayjs(m.heldOn),
    eventKind: m.eventKind as EventKind,
    place: m.place,
    subjectOfInterest: m.subjectOfInterest,
    participants: m.participants.join('\n'),
    keyAspects: m.keyAspects ?? undefined,
    investorExpectations: m.investorExpectations ?? undefined,
    agreementsReached: m.agreementsReached ?? undefined,
    projectParameters: p ? { ...p, jobs: p.jobs ?? undefined } : undefined,
  };
}

/**
 * The meeting card form: records a card (POST with an Idempotency-Key) or corrects one (PATCH with only
 * the changed fields; the company stays). The rules mirror CreateMeetingDto / UpdateMeetingDto and the
 * meeting machine (a card records a meeting that took place: not in the future).
 */
export function MeetingFormModal({ meeting, open, onClose }: { meeting?: Meeting; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const rules = useRules();
  const [form] = Form.useForm<Values>();
  const [key, renewKey] = useIdempotencyKey();
  const amount = Form.useWatch(['projectParameters', 'investmentAmount'], form);
  const save = useMutation({
    mutationFn: async (v: Values) => {
      const card = {
        heldOn: v.heldOn.format('YYYY-MM-DD'),
        place: v.place.trim(),
        eventKind: v.eventKind,
        subjectOfInterest: v.subjectOfInterest.trim(),
        participants: participantsOf(v.participants),
        keyAspects: text(v.keyAspects),
        investorExpectations: text(v.investorExpectations),
        agreementsReached: text(v.agreementsReached),
        projectParameters: parametersOf(v.projectParameters) ?? undefined,
      };
      if (!meeting) {
        const body = Object.fromEntries(Object.entries({ companyId: v.companyId, ...card }).filter(([, x]) => x !== undefined)) as CreateBody;
        return call(() => api.POST('/api/v1/meetings', { body, headers: { 'Idempotency-Key': key } }));
      }
      const before = initialOf(meeting);
      const was: Record<string, unknown> = {
        heldOn: meeting.heldOn,
        place: meeting.place,
        eventKind: meeting.eventKind,
        subjectOfInterest: meeting.subjectOfInterest,
        participants: meeting.participants,
        keyAspects: before.keyAspects,
        investorExpectations: before.investorExpectations,
        agreementsReached: before.agreementsReached,
        projectParameters: parametersOf(before.projectParameters) ?? undefined,
      };
      const body: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(card)) {
        if (JSON.stringify(x) === JSON.stringify(was[k])) continue;
        body[k] = x === undefined ? null : x;
      }
      if (Object.keys(body).length === 0) return meeting;
      return call(() => api.PATCH('/api/v1/meetings/{id}', { params: { path: { id: meeting.meetingId } }, body: body as UpdateBody }));
    },
    onSuccess: async () => {
      renewKey();
      void message.success(meeting ? t('forms.meetingSaved') : t('meetings.recorded'));
      form.resetFields();
      onClose();
      await qc.invalidateQueries({ queryKey: ['meetings'] });
    },
    onError: (e) => {
      showProblemOnFields(form, e, FIELDS, (p) => p.problem.title ?? t('common.error'));
    },
  });
  const title = meeting ? t('forms.editMeeting') : t('meetings.new');
  const today = dayjs().endOf('day');
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      width={760}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name={meeting ? 'meeting-edit' : 'meeting-create'}
        aria-label={title}
        initialValues={initialOf(meeting)}
        onFinish={(v) => save.mutate(v)}
        onValuesChange={() => save.error && save.reset()}
      >
        {meeting ? (
          <Form.Item label={t('meetings.company')}>
            <Typography.Text strong>{meeting.companyName ?? '—'}</Typography.Text>
          </Form.Item>
        ) : (
          <Form.Item name="companyId" label={t('meetings.company')} rules={[rules.requiredValue]}>
            <CompanySelect />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="heldOn" label={t('meetings.heldOn')} rules={[rules.requiredValue]} extra={t('forms.heldOnHint')}>
              <DatePicker style={{ width: '100%' }} format="DD.MM.YYYY" disabledDate={(d) => d.isAfter(today)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="eventKind" label={t('meetings.kind')} rules={[rules.requiredValue]}>
              <Select options={KINDS.map((k) => ({ value: k, label: t(`eventKind.${k}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="place" label={t('meetings.place')} rules={[rules.required, rules.max(500)]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="subjectOfInterest" label={t('meetings.subject')} rules={[rules.required, rules.max(2000)]}>
          <Input maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="participants"
          label={t('meetings.participants')}
          extra={t('meetings.participantsHint')}
          rules={[
            rules.required,
            {
              validator: (_, v: string | undefined) => {
                const list = participantsOf(v);
                if (list.length > 100) return Promise.reject(new Error(t('forms.participantsMax', { count: 100 })));
                if (list.some((p) => p.length > 300)) return Promise.reject(new Error(t('forms.participantLength', { count: 300 })));
                return Promise.resolve();
              },
            },
          ]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="keyAspects" label={t('forms.keyAspects')} rules={[rules.max(10000)]}>
          <Input.TextArea rows={2} maxLength={10000} />
        </Form.Item>
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t('forms.projectParameters')}
        </Typography.Title>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name={['projectParameters', 'investmentAmount']}
              label={t('forms.investmentAmount')}
              rules={[rules.pattern(/^(?=.*[1-9])\d{1,18}(\.\d{1,2})?$/, t('forms.amountFormat'))]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name={['projectParameters', 'currency']}
              label={t('forms.currency')}
              normalize={(v: string) => v.toUpperCase()}
              rules={[rules.pattern(/^[A-Z]{3}$/, t('forms.currencyFormat')), ...(text(amount) ? [rules.required] : [])]}
            >
              <Input maxLength={3} placeholder="USD" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['projectParameters', 'jobs']} label={t('forms.jobs')}>
              <InputNumber min={0} max={10_000_000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['projectParameters', 'sector']} label={t('common.sector')} rules={[rules.max(100)]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name={['projectParameters', 'regionCode']} label={t('common.region')}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={REGIONS.map((r) => ({ value: r.code, label: r.name[f.lang] }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="investorExpectations" label={t('forms.investorExpectations')} rules={[rules.max(10000)]}>
          <Input.TextArea rows={2} maxLength={10000} />
        </Form.Item>
        <Form.Item name="agreementsReached" label={t('meetings.agreements')} rules={[rules.max(10000)]}>
          <Input.TextArea rows={2} maxLength={10000} />
        </Form.Item>
      </Form>
      {save.error && !namesAField(save.error, FIELDS) ? <ProblemAlert error={save.error} /> : null}
    </Modal>
  );
}
