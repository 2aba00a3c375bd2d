import { useQuery } from '@tanstack/react-query';
import { Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, call } from '../api/client';
import type { Page } from '../api/types';
import { pagination, PageTitle, ProblemAlert, QueryState, useListParams } from '../components/common';
import { REGIONS, useFormat } from '../format';

const VISUALLY_HIDDEN = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;
const STATUSES = ['OPEN', 'PERIOD_ENDED', 'COMPLETED', 'ARCHIVED'] as const;
type Status = (typeof STATUSES)[number];
type Sort = 'startsOn' | '-startsOn' | 'exclusionRunsOn' | '-exclusionRunsOn' | 'createdAt' | '-createdAt';

interface Monitoring {
  id: string;
  projectId: string;
  regionCode: string;
  pool: string;
  startsOn: string;
  endsOn: string;
  exclusionRunsOn: string;
  poolStatus: string;
  companyBin: string | null;
  status: Status;
}

interface KpiReport {
  id: string;
  periodNo: number;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  remindOn: string;
  status: 'PLANNED' | 'SUBMITTED';
  overdue: boolean;
  figures: { jobsCreated: number | null; capitalSpentKzt: string | null; outputKzt: string | null };
  submittedOn: string | null;
}

/** Post-investment monitoring periods (Module 3) with each project's KPI collection plan. */
export function MonitoringPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const lp = useListParams({ sort: '-startsOn' });
  const status = lp.filter('status') as Status | undefined;
  const regionCode = lp.filter('regionCode');
  const q = useQuery({
    queryKey: ['monitoring', lp.page, lp.pageSize, lp.sort, status, regionCode],
    queryFn: () =>
      call<Page<Monitoring>>(() =>
        api.GET('/api/v1/monitoring', { params: { query: { page: lp.page, pageSize: lp.pageSize, sort: lp.sort as Sort, status, regionCode } } }),
      ),
    placeholderData: (prev) => prev,
  });
  return (
    <>
      <PageTitle>{t('monitoring.title')}</PageTitle>
      <Typography.Paragraph type="secondary">{t('monitoring.hint')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('common.status')}
          placeholder={t('common.status')}
          allowClear
          value={status}
          onChange={(v?: string) => lp.update({ status: v })}
          options={STATUSES.map((s) => ({ value: s, label: t(`monitoring.status.${s}`) }))}
          style={{ width: 220 }}
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
        <Table<Monitoring>
          data-testid="monitoring"
          rowKey="id"
          dataSource={q.data?.items}
          loading={q.isFetching}
          pagination={pagination(t, lp.page, lp.pageSize, q.data?.total)}
          onChange={lp.onTableChange}
          locale={{ emptyText: t('monitoring.none') }}
          expandable={{
            expandedRowRender: (m) => <KpiPlan projectId={m.projectId} />,
            columnTitle: <span style={VISUALLY_HIDDEN}>{t('monitoring.kpi')}</span>,
          }}
          scroll={{ x: 1000 }}
          columns={[
            { title: t('projects.name'), render: (_: unknown, m) => <Link to={`/projects/${m.projectId}`}>{t('monitoring.openProject')}</Link> },
            { title: t('common.region'), render: (_: unknown, m) => f.region(m.regionCode) },
            {
              title: t('monitoring.startsOn'),
              key: 'startsOn',
              sorter: true,
              sortOrder: lp.sortOrder('startsOn'),
              render: (_: unknown, m) => f.date(m.startsOn),
            },
            { title: t('monitoring.endsOn'), render: (_: unknown, m) => f.date(m.endsOn) },
            {
              title: t('monitoring.exclusionRunsOn'),
              key: 'exclusionRunsOn',
              sorter: true,
              sortOrder: lp.sortOrder('exclusionRunsOn'),
              render: (_: unknown, m) => f.date(m.exclusionRunsOn),
            },
            { title: t('monitoring.poolStatus'), render: (_: unknown, m) => t(`monitoring.poolStatuses.${m.poolStatus}`, { defaultValue: m.poolStatus }) },
            { title: t('common.status'), render: (_: unknown, m) => <Tag>{t(`monitoring.status.${m.status}`)}</Tag> },
          ]}
        />
      </QueryState>
    </>
  );
}

function KpiPlan({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const q = useQuery({
    queryKey: ['kpi-reports', projectId],
    queryFn: () =>
      call<Page<KpiReport>>(() =>
        api.GET('/api/v1/monitoring/by-project/{projectId}/kpi-reports', { params: { path: { projectId }, query: { pageSize: 200 } } }),
      ),
  });
  if (q.error) return <ProblemAlert error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <Table<KpiReport>
      size="small"
      rowKey="id"
      loading={q.isLoading}
      dataSource={q.data?.items}
      pagination={false}
      locale={{ emptyText: t('monitoring.noKpi') }}
      title={() => <Typography.Text strong>{t('monitoring.kpi')}</Typography.Text>}
      columns={[
        { title: t('monitoring.period'), render: (_: unknown, k) => `${f.number(k.periodNo)}: ${f.date(k.periodStart)} – ${f.date(k.periodEnd)}` },
        {
          title: t('monitoring.dueOn'),
          onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
          render: (_: unknown, k) => (
            <Space size={4}>
              {f.date(k.dueOn)}
              {k.overdue ? <Tag color="red">{t('common.overdue')}</Tag> : null}
            </Space>
          ),
        },
        { title: t('monitoring.remindOn'), onCell: () => ({ style: { whiteSpace: 'nowrap' } }), render: (_: unknown, k) => f.date(k.remindOn) },
        { title: t('monitoring.jobs'), render: (_: unknown, k) => f.number(k.figures.jobsCreated) },
        { title: t('monitoring.capital'), render: (_: unknown, k) => f.number(k.figures.capitalSpentKzt) },
        { title: t('monitoring.output'), render: (_: unknown, k) => f.number(k.figures.outputKzt) },
        {
          title: t('common.status'),
          render: (_: unknown, k) => (
            <Tag color={k.status === 'SUBMITTED' ? 'green' : 'default'}>
              {t(`monitoring.kpiStatus.${k.status}`)}
              {k.submittedOn ? ` · ${f.date(k.submittedOn)}` : ''}
            </Tag>
          ),
        },
      ]}
    />
  );
}
