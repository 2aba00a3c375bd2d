import { useQuery } from '@tanstack/react-query';
import { Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { allProjects, pageOf, perProject } from '../api/aggregate';
import { api, call } from '../api/client';
import type { Project } from '../api/types';
import { ActionButtons, type RowAction } from '../components/actions';
import { pagination, PageTitle, QueryState, StatusTag, useListParams } from '../components/common';
import { REGIONS, useFormat } from '../format';

interface PoolRequestView {
  id: string;
  kind: 'SUSPEND' | 'EXCLUDE' | 'SUSPEND_AND_EXCLUDE' | 'RESUME';
  grounds: string[];
  justification: string;
  submittedOn: string;
  submittedByRole: string;
  decisionDueOn: string;
  status: 'PENDING' | 'DECIDED';
  overdue: boolean;
  decision: string | null;
  decidedOn: string | null;
  decidedLate: boolean | null;
  reason: string | null;
}

interface Membership {
  projectId: string;
  status: string;
  requests: PoolRequestView[];
  allowedActions: string[];
}

interface Row {
  project: Project;
  membership: Membership;
  request: PoolRequestView;
}

type Decision = 'SUSPEND' | 'EXCLUDE' | 'RESUME' | 'REFUSE';
/** Which decisions answer which request kind (libs/domain pool machine). */
const DECISIONS_FOR: Record<PoolRequestView['kind'], Decision[]> = {
  SUSPEND: ['SUSPEND', 'REFUSE'],
  EXCLUDE: ['EXCLUDE', 'REFUSE'],
  SUSPEND_AND_EXCLUDE: ['SUSPEND', 'EXCLUDE', 'REFUSE'],
  RESUME: ['RESUME', 'REFUSE'],
};
const KINDS = Object.keys(DECISIONS_FOR) as PoolRequestView['kind'][];
const KEY = ['pool-requests'];

/** Suspension, exclusion and resumption requests of the national-pool projects the caller sees (AB decides in 5 working days). */
async function loadRequests(regionCode: string | undefined): Promise<Row[]> {
  const projects = await allProjects({ pool: 'NATIONAL', regionCode });
  return perProject(projects, async (project) => {
    const membership = await call<Membership>(() => api.GET('/api/v1/projects/{id}/pool', { params: { path: { id: project.id } } }));
    return membership.requests.map((request) => ({ project, membership, request }));
  });
}

export function PoolRequestsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const lp = useListParams({ sort: 'decisionDueOn' });
  const regionCode = lp.filter('regionCode');
  const status = lp.filter('status') ?? 'PENDING';
  const kind = lp.filter('kind');
  const q = useQuery({ queryKey: [...KEY, regionCode], queryFn: () => loadRequests(regionCode) });
  const rows = q.data?.filter((r) => (status === 'ALL' || r.request.status === status) && (!kind || r.request.kind === kind));
  const page = rows
    ? pageOf(rows, lp.page, lp.pageSize, lp.sort, { decisionDueOn: (r) => r.request.decisionDueOn, submittedOn: (r) => r.request.submittedOn })
    : undefined;

  const actions = (r: Row): RowAction[] => {
    if (r.request.status !== 'PENDING' || !r.membership.allowedActions.includes('DECIDE')) return [];
    return DECISIONS_FOR[r.request.kind].map((d) => ({
      key: d,
      label: t(`pool.decide.${d}`),
      danger: d === 'EXCLUDE',
      primary: d !== 'REFUSE' && d !== 'EXCLUDE',
      confirm: t(`pool.confirm.${d}`, { project: r.project.name }),
      fields: d === 'REFUSE' ? [{ kind: 'reason' as const, name: 'reason', label: t('actions.reason') }] : undefined,
      run: (v: Record<string, unknown>) =>
        call(() =>
          api.POST('/api/v1/projects/{id}/pool/requests/{requestId}/decide', {
            params: { path: { id: r.project.id, requestId: r.request.id } },
            body: d === 'REFUSE' ? { decision: d, reason: String(v.reason) } : { decision: d },
          }),
        ),
    }));
  };

  return (
    <>
      <PageTitle>{t('pool.title')}</PageTitle>
      <Typography.Paragraph type="secondary">{t('pool.hint')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('common.status')}
          value={status}
          onChange={(v: string) => lp.update({ status: v === 'PENDING' ? undefined : v })}
          options={[
            { value: 'PENDING', label: t('status.PENDING') },
            { value: 'DECIDED', label: t('status.DECIDED') },
            { value: 'ALL', label: t('common.all') },
          ]}
          style={{ width: 180 }}
        />
        <Select
          aria-label={t('pool.kind')}
          placeholder={t('pool.kind')}
          allowClear
          value={kind}
          onChange={(v?: string) => lp.update({ kind: v })}
          options={KINDS.map((k) => ({ value: k, label: t(`pool.kinds.${k}`) }))}
          style={{ width: 260 }}
        />
        <Select
          aria-label={t('common.region')}
          placeholder={t('common.region')}
          allowClear
          showSearch
          optionFilterProp="label"
          value={regionCode}
          onChange={(v?: string) => lp.update({ regionCode: v })}
          options={REGIONS.map((r) => ({ value: r.code, label: f.region(r.code) }))}
          style={{ width: 260 }}
        />
      </Space>
      <QueryState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()}>
        <Table<Row>
          data-testid="pool-requests"
          rowKey={(r) => r.request.id}
          dataSource={page?.items}
          loading={q.isFetching}
          pagination={pagination(t, lp.page, lp.pageSize, page?.total)}
          onChange={lp.onTableChange}
          locale={{ emptyText: t('pool.none') }}
          scroll={{ x: 1200 }}
          columns={[
            { title: t('projects.name'), render: (_: unknown, r) => <Link to={`/projects/${r.project.id}?tab=pool`}>{r.project.name}</Link> },
            { title: t('common.region'), render: (_: unknown, r) => f.region(r.project.regionCode) },
            { title: t('pool.kind'), render: (_: unknown, r) => t(`pool.kinds.${r.request.kind}`) },
            {
              title: t('pool.grounds'),
              render: (_: unknown, r) => (
                <Space orientation="vertical" size={0} style={{ maxWidth: 260 }}>
                  <span>{r.request.grounds.map((g) => t(`pool.groundsList.${g}`, { defaultValue: g })).join('; ')}</span>
                  <Typography.Text type="secondary" ellipsis={{ tooltip: r.request.justification }} style={{ maxWidth: 260 }}>
                    {r.request.justification}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: t('pool.submittedOn'),
              key: 'submittedOn',
              sorter: true,
              sortOrder: lp.sortOrder('submittedOn'),
              render: (_: unknown, r) => f.date(r.request.submittedOn),
            },
            {
              title: t('pool.decisionDueOn'),
              key: 'decisionDueOn',
              sorter: true,
              sortOrder: lp.sortOrder('decisionDueOn'),
              render: (_: unknown, r) => (
                <Space size={4}>
                  {f.date(r.request.decisionDueOn)}
                  {r.request.overdue ? <Tag color="red">{t('common.overdue')}</Tag> : null}
                </Space>
              ),
            },
            {
              title: t('common.status'),
              render: (_: unknown, r) =>
                r.request.status === 'PENDING' ? (
                  <StatusTag status="PENDING" />
                ) : (
                  <Space orientation="vertical" size={0}>
                    <Tag color={r.request.decision === 'REFUSE' ? 'default' : 'orange'}>{t(`pool.decided.${r.request.decision ?? 'REFUSE'}`)}</Tag>
                    <Typography.Text type="secondary">{f.date(r.request.decidedOn)}</Typography.Text>
                  </Space>
                ),
            },
            {
              title: t('common.actions'),
              fixed: 'right' as const,
              render: (_: unknown, r) => <ActionButtons label={t('common.actions')} invalidate={[KEY, ['project', r.project.id]]} actions={actions(r)} />,
            },
          ]}
        />
      </QueryState>
    </>
  );
}
