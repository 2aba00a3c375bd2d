import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api/client';
import type { components } from '../api/schema';
import type { Meeting, Page } from '../api/types';
import { useAuth } from '../auth';
import { pagination, PageTitle, QueryState, useListParams } from '../components/common';
import { useFormat } from '../format';
import { KINDS, MeetingFormModal } from './MeetingForm';

type EventKind = components['schemas']['CreateMeetingDto']['eventKind'];
type MeetingSort = 'heldOn' | '-heldOn' | 'createdAt' | '-createdAt';

export function MeetingsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { role, session } = useAuth();
  const lp = useListParams({ sort: '-heldOn' });
  const eventKind = lp.filter('eventKind') as EventKind | undefined;
  const [editing, setEditing] = useState<Meeting | 'new' | null>(null);
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
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
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
            ...(mayRecord
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 140,
                    // Only the organisation that recorded a card may correct it (the API refuses the others).
                    render: (_: unknown, r: Meeting) =>
                      r.originatorOrganizationId === undefined || r.originatorOrganizationId === session?.user.organization.id ? (
                        <Button
                          size="small"
                          icon={<EditOutlined />}
                          onClick={() => setEditing(r)}
                          aria-label={t('forms.editNamed', { name: `${r.subjectOfInterest}, ${f.date(r.heldOn)}` })}
                        >
                          {t('forms.edit')}
                        </Button>
                      ) : (
                        '—'
                      ),
                  },
                ]
              : []),
          ]}
        />
      </QueryState>
      <MeetingFormModal
        key={editing === 'new' ? 'new' : (editing?.meetingId ?? 'none')}
        open={editing !== null}
        meeting={editing === 'new' || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
