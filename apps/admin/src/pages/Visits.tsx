import { useQuery } from '@tanstack/react-query';
import { Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, call } from '../api/client';
import type { Page } from '../api/types';
import { ActionButtons, type RowAction } from '../components/actions';
import { pagination, PageTitle, QueryState, useListParams } from '../components/common';
import { useFormat } from '../format';

const STATUSES = ['PROPOSED', 'APPROVED', 'DECLINED', 'PROGRAMME_READY', 'COMPLETED', 'INITIATIVE_TRANSFERRED'] as const;
type Status = (typeof STATUSES)[number];
type Sort = 'plannedFrom' | '-plannedFrom' | 'createdAt' | '-createdAt';

interface Visit {
  visitId: string;
  companyId: string;
  countryCode: string;
  status: Status;
  plannedFrom: string;
  plannedTo: string;
  purposes: string[];
  stateBodies: string[];
  proposedOn: string;
  decidedOn: string | null;
  decisionReason: string | null;
  initiativeDueOn: string | null;
  initiativeId: string | null;
  initiativeLate: boolean;
  allowedActions: string[];
}

const COLORS: Record<Status, string> = {
  PROPOSED: 'blue',
  APPROVED: 'green',
  DECLINED: 'red',
  PROGRAMME_READY: 'cyan',
  COMPLETED: 'purple',
  INITIATIVE_TRANSFERRED: 'green',
};

/** Investor visits to Kazakhstan: proposed by embassies, approved or declined by the authorized body, the 3-working-day initiative clock after them. */
export function VisitsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const lp = useListParams({ sort: '-plannedFrom' });
  const status = lp.filter('status') as Status | undefined;
  const q = useQuery({
    queryKey: ['visits', lp.page, lp.pageSize, lp.sort, status],
    queryFn: () =>
      call<Page<Visit>>(() => api.GET('/api/v1/visits', { params: { query: { page: lp.page, pageSize: lp.pageSize, sort: lp.sort as Sort, status } } })),
    placeholderData: (prev) => prev,
  });
  const actions = (v: Visit): RowAction[] => {
    const all: (RowAction & { type: string })[] = [
      {
        type: 'APPROVE',
        key: 'approve',
        label: t('visits.approve'),
        primary: true,
        confirm: t('visits.confirmApprove'),
        run: () => call(() => api.POST('/api/v1/visits/{id}/approve', { params: { path: { id: v.visitId } }, body: {} })),
      },
      {
        type: 'DECLINE',
        key: 'decline',
        label: t('visits.decline'),
        danger: true,
        confirm: t('visits.confirmDecline'),
        fields: [{ kind: 'reason', name: 'reason', label: t('actions.reason') }],
        run: (x) => call(() => api.POST('/api/v1/visits/{id}/decline', { params: { path: { id: v.visitId } }, body: { reason: String(x.reason) } })),
      },
    ];
    return all.filter((a) => v.allowedActions.includes(a.type));
  };
  return (
    <>
      <PageTitle>{t('visits.title')}</PageTitle>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('common.status')}
          placeholder={t('common.status')}
          allowClear
          value={status}
          onChange={(v?: string) => lp.update({ status: v })}
          options={STATUSES.map((s) => ({ value: s, label: t(`visits.status.${s}`) }))}
          style={{ width: 260 }}
        />
      </Space>
      <QueryState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()}>
        <Table<Visit>
          data-testid="visits"
          rowKey="visitId"
          dataSource={q.data?.items}
          loading={q.isFetching}
          pagination={pagination(t, lp.page, lp.pageSize, q.data?.total)}
          onChange={lp.onTableChange}
          locale={{ emptyText: t('visits.none') }}
          scroll={{ x: 1100 }}
          columns={[
            {
              title: t('visits.dates'),
              key: 'plannedFrom',
              sorter: true,
              sortOrder: lp.sortOrder('plannedFrom'),
              render: (_: unknown, v) => (
                <span>
                  <span style={{ whiteSpace: 'nowrap' }}>{f.date(v.plannedFrom)}</span> – <span style={{ whiteSpace: 'nowrap' }}>{f.date(v.plannedTo)}</span>
                </span>
              ),
            },
            { title: t('common.country'), render: (_: unknown, v) => f.country(v.countryCode) },
            { title: t('visits.company'), render: (_: unknown, v) => <Link to={`/companies/${v.companyId}`}>{t('visits.openCompany')}</Link> },
            { title: t('visits.purposes'), width: 280, ellipsis: true, render: (_: unknown, v) => v.purposes.join('; ') },
            {
              title: t('visits.initiativeDueOn'),
              render: (_: unknown, v) => (
                <Space size={4}>
                  {f.date(v.initiativeDueOn)}
                  {v.initiativeLate ? <Tag color="red">{t('common.overdue')}</Tag> : null}
                </Space>
              ),
            },
            { title: t('common.status'), render: (_: unknown, v) => <Tag color={COLORS[v.status]}>{t(`visits.status.${v.status}`)}</Tag> },
            {
              title: t('common.actions'),
              fixed: 'right' as const,
              render: (_: unknown, v) => <ActionButtons label={t('common.actions')} invalidate={[['visits']]} actions={actions(v)} />,
            },
          ]}
        />
      </QueryState>
    </>
  );
}
