import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Modal, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api/client';
import type { components } from '../api/schema';
import type { Meeting, Page } from '../api/types';
import { useAuth } from '../auth';
import { pagination, PageTitle, QueryState, useErrorText, useListParams } from '../components/common';
import { useFormat } from '../format';
import { CompanySelect } from './Companies';

type EventKind = components['schemas']['CreateMeetingDto']['eventKind'];
const KINDS: EventKind[] = ['INTERNATIONAL_EVENT', 'NATIONAL_EVENT', 'LEADER_VISIT', 'OTHER'];
type MeetingSort = 'heldOn' | '-heldOn' | 'createdAt' | '-createdAt';

export function MeetingsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { role } = useAuth();
  const lp = useListParams({ sort: '-heldOn' });
  const eventKind = lp.filter('eventKind') as EventKind | undefined;
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: ['meetings', lp.page, lp.pageSize, lp.sort, eventKind],
    queryFn: () =>
      call<Page<Meeting>>(() =>
        api.GET('/api/v1/meetings', { params: { query: { page: lp.page, pageSize: lp.pageSize, sort: lp.sort as MeetingSort, eventKind } } }),
      ),
    placeholderData: (prev) => prev,
  });
  const mayRecord = role === 'FI' || role === 'NCF';
  return (
    <>
      <PageTitle
        extra={
          mayRecord ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              {t('meetings.new')}
            </Button>
          ) : null
        }
      >
        {t('meetings.title')}
      </PageTitle>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('meetings.kind')}
          placeholder={t('meetings.kind')}
          allowClear
          value={eventKind}
          onChange={(v?: string) => lp.update({ eventKind: v })}
          options={KINDS.map((k) => ({ value: k, label: t(`eventKind.${k}`) }))}
          style={{ width: 260 }}
        />
      </Space>
      <QueryState loading={list.isLoading} error={list.error} onRetry={() => void list.refetch()}>
        <Table<Meeting>
          rowKey="meetingId"
          dataSource={list.data?.items}
          loading={list.isFetching}
          pagination={pagination(t, lp.page, lp.pageSize, list.data?.total)}
          onChange={lp.onTableChange}
          scroll={{ x: 900 }}
          columns={[
            {
              title: t('meetings.heldOn'),
              dataIndex: 'heldOn',
              key: 'heldOn',
              sorter: true,
              sortOrder: lp.sortOrder('heldOn'),
              render: (v: string) => f.date(v),
              width: 140,
            },
            { title: t('meetings.subject'), dataIndex: 'subjectOfInterest' },
            { title: t('meetings.place'), dataIndex: 'place' },
            { title: t('meetings.kind'), dataIndex: 'eventKind', render: (v: string) => t(`eventKind.${v}`) },
            { title: t('meetings.participants'), dataIndex: 'participants', render: (v: string[]) => v.join(', ') },
          ]}
        />
      </QueryState>
      <MeetingForm open={open} onClose={() => setOpen(false)} />
    </>
  );
}

function MeetingForm({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const create = useMutation({
    mutationFn: (v: {
      companyId: string;
      heldOn: { format: (f: string) => string };
      place: string;
      eventKind: EventKind;
      subjectOfInterest: string;
      participants: string;
      agreementsReached?: string;
    }) =>
      call(() =>
        api.POST('/api/v1/meetings', {
          body: {
            companyId: v.companyId,
            heldOn: v.heldOn.format('YYYY-MM-DD'),
            place: v.place,
            eventKind: v.eventKind,
            subjectOfInterest: v.subjectOfInterest,
            participants: v.participants
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean),
            agreementsReached: v.agreementsReached || undefined,
          },
        }),
      ),
    onSuccess: () => {
      message.success(t('meetings.recorded'));
      form.resetFields();
      onClose();
      void qc.invalidateQueries({ queryKey: ['meetings'] });
    },
    onError: (e) => message.error(errorText(e)),
  });
  const req = [{ required: true, message: t('common.required') }];
  return (
    <Modal
      title={t('meetings.new')}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      width={640}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)} name="meeting">
        <Form.Item name="companyId" label={t('meetings.company')} rules={req}>
          <CompanySelect />
        </Form.Item>
        <Form.Item name="heldOn" label={t('meetings.heldOn')} rules={req}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="eventKind" label={t('meetings.kind')} rules={req}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`eventKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="place" label={t('meetings.place')} rules={req}>
          <Input />
        </Form.Item>
        <Form.Item name="subjectOfInterest" label={t('meetings.subject')} rules={req}>
          <Input />
        </Form.Item>
        <Form.Item name="participants" label={t('meetings.participants')} extra={t('meetings.participantsHint')} rules={req}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="agreementsReached" label={t('meetings.agreements')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
