import { useQuery } from '@tanstack/react-query';
import { Checkbox, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, call } from '../api/client';
import type { Page } from '../api/types';
import { pagination, PageTitle, QueryState, StatusTag, useListParams } from '../components/common';
import { useFormat } from '../format';

type Category = 'LAND' | 'PERMITS' | 'UTILITIES' | 'TAXES' | 'CUSTOMS' | 'VISAS' | 'OTHER';
type IssueStatus = 'OPEN' | 'TRIAGED' | 'ASSIGNED' | 'ANSWERED' | 'CLOSED';
type IssueSort = 'raisedOn' | '-raisedOn' | 'dueOn' | '-dueOn';
const CATEGORIES: Category[] = ['LAND', 'PERMITS', 'UTILITIES', 'TAXES', 'CUSTOMS', 'VISAS', 'OTHER'];
const STATUSES: IssueStatus[] = ['OPEN', 'TRIAGED', 'ASSIGNED', 'ANSWERED', 'CLOSED'];

interface IssueRow {
  id: string;
  projectId: string;
  kind: string;
  category: string;
  title: string;
  status: string;
  raisedOn: string;
  sla: { dueOn: string; breached: boolean };
}

export function IssuesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const lp = useListParams({ sort: '-raisedOn' });
  const category = lp.filter('category') as Category | undefined;
  const status = lp.filter('status') as IssueStatus | undefined;
  const slaBreached = lp.filter('slaBreached') === 'true' ? ('true' as const) : undefined;
  const list = useQuery({
    queryKey: ['issues', lp.page, lp.pageSize, lp.sort, category, status, slaBreached],
    queryFn: () =>
      call<Page<IssueRow>>(() =>
        api.GET('/api/v1/issues', { params: { query: { page: lp.page, pageSize: lp.pageSize, sort: lp.sort as IssueSort, category, status, slaBreached } } }),
      ),
    placeholderData: (prev) => prev,
  });
  return (
    <>
      <PageTitle>{t('issues.title')}</PageTitle>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('common.status')}
          placeholder={t('common.status')}
          allowClear
          value={status}
          onChange={(v?: string) => lp.update({ status: v })}
          options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          style={{ width: 200 }}
        />
        <Select
          aria-label={t('issues.category')}
          placeholder={t('issues.category')}
          allowClear
          value={category}
          onChange={(v?: string) => lp.update({ category: v })}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
          style={{ width: 200 }}
        />
        <Checkbox checked={!!slaBreached} onChange={(e) => lp.update({ slaBreached: e.target.checked ? 'true' : undefined })}>
          {t('issues.onlyBreached')}
        </Checkbox>
      </Space>
      <QueryState loading={list.isLoading} error={list.error} onRetry={() => void list.refetch()}>
        <Table<IssueRow>
          rowKey="id"
          dataSource={list.data?.items}
          loading={list.isFetching}
          pagination={pagination(t, lp.page, lp.pageSize, list.data?.total)}
          onChange={lp.onTableChange}
          scroll={{ x: 900 }}
          columns={[
            { title: t('issues.subject'), dataIndex: 'title', render: (v: string, r) => <Link to={`/projects/${r.projectId}`}>{v}</Link> },
            { title: t('issues.kind'), dataIndex: 'kind', render: (v: string) => t(`issueKind.${v}`, { defaultValue: v }) },
            { title: t('issues.category'), dataIndex: 'category', render: (v: string) => t(`category.${v}`, { defaultValue: v }) },
            { title: t('common.status'), dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
            {
              title: t('issues.raisedOn'),
              dataIndex: 'raisedOn',
              key: 'raisedOn',
              sorter: true,
              sortOrder: lp.sortOrder('raisedOn'),
              render: (v: string) => f.date(v),
            },
            {
              title: t('issues.slaDue'),
              key: 'dueOn',
              sorter: true,
              sortOrder: lp.sortOrder('dueOn'),
              render: (_: unknown, r) => (
                <Space size={4}>
                  {f.date(r.sla.dueOn)}
                  {r.sla.breached ? <Tag color="red">{t('issues.breached')}</Tag> : null}
                </Space>
              ),
            },
          ]}
        />
      </QueryState>
    </>
  );
}
