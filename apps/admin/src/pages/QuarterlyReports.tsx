import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call, download } from '../api/client';
import type { Names, Page } from '../api/types';
import { pagination, PageTitle, QueryState, useErrorText, useListParams } from '../components/common';
import { useFormat } from '../format';

const KINDS = ['REGIONAL_TO_NC', 'EXTERNAL_TO_AB', 'CONSOLIDATED_TO_AB'] as const;
type Kind = (typeof KINDS)[number];

interface Report {
  reportId: string;
  kind: Kind;
  kindLabel: Names;
  year: number;
  quarter: number;
  role: string;
  regionCode: string | null;
  countryCode: string | null;
  submittedOn: string;
  dueOn: string;
  late: boolean;
}

/** Quarterly reports of the front offices and the National Company's consolidated report, with due dates and exports. */
export function QuarterlyReportsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const lp = useListParams();
  const year = lp.filter('year') ? Number(lp.filter('year')) : undefined;
  const quarter = lp.filter('quarter') ? Number(lp.filter('quarter')) : undefined;
  const kind = lp.filter('kind') as Kind | undefined;
  const q = useQuery({
    queryKey: ['quarterly-reports', lp.page, lp.pageSize, year, quarter, kind],
    queryFn: () =>
      call<Page<Report>>(() => api.GET('/api/v1/reports/quarterly', { params: { query: { page: lp.page, pageSize: lp.pageSize, year, quarter, kind } } })),
    placeholderData: (prev) => prev,
  });
  const query = new URLSearchParams();
  if (year) query.set('year', String(year));
  if (quarter) query.set('quarter', String(quarter));
  if (kind) query.set('kind', kind);
  const qs = query.size ? `?${query.toString()}` : '';
  const get = (path: string, name: string) => download(path, name).catch((e: unknown) => message.error(errorText(e)));
  return (
    <>
      <PageTitle
        extra={
          <>
            <Button icon={<DownloadOutlined />} onClick={() => void get(`/api/v1/reports/quarterly/export.csv${qs}`, 'quarterly-reports.csv')}>
              {t('common.exportCsv')}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => void get(`/api/v1/reports/quarterly/export.xlsx${qs}`, 'quarterly-reports.xlsx')}>
              {t('common.exportXlsx')}
            </Button>
          </>
        }
      >
        {t('quarterly.title')}
      </PageTitle>
      <Space wrap style={{ marginBottom: 16 }}>
        <InputNumber
          aria-label={t('quarterly.year')}
          placeholder={t('quarterly.year')}
          min={2020}
          max={2100}
          precision={0}
          value={year}
          onChange={(v) => lp.update({ year: v ?? undefined })}
          style={{ width: 120 }}
        />
        <Select
          aria-label={t('quarterly.quarter')}
          placeholder={t('quarterly.quarter')}
          allowClear
          value={quarter}
          onChange={(v?: number) => lp.update({ quarter: v })}
          options={[1, 2, 3, 4].map((n) => ({ value: n, label: t('quarterly.q', { n }) }))}
          style={{ width: 140 }}
        />
        <Select
          aria-label={t('quarterly.kind')}
          placeholder={t('quarterly.kind')}
          allowClear
          value={kind}
          onChange={(v?: string) => lp.update({ kind: v })}
          options={KINDS.map((k) => ({ value: k, label: t(`quarterly.kinds.${k}`) }))}
          style={{ width: 320 }}
        />
      </Space>
      <QueryState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()}>
        <Table<Report>
          data-testid="quarterly-reports"
          rowKey="reportId"
          dataSource={q.data?.items}
          loading={q.isFetching}
          pagination={pagination(t, lp.page, lp.pageSize, q.data?.total)}
          onChange={lp.onTableChange}
          locale={{ emptyText: t('quarterly.none') }}
          scroll={{ x: 1000 }}
          columns={[
            {
              title: t('quarterly.period'),
              onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
              render: (_: unknown, r) => `${t('quarterly.q', { n: r.quarter })} ${r.year}`,
            },
            { title: t('quarterly.kind'), render: (_: unknown, r) => r.kindLabel?.[f.lang] ?? t(`quarterly.kinds.${r.kind}`) },
            {
              title: t('quarterly.from'),
              render: (_: unknown, r) =>
                `${t(`orgType.${r.role}`)}${r.regionCode ? ` · ${f.region(r.regionCode)}` : r.countryCode ? ` · ${f.country(r.countryCode)}` : ''}`,
            },
            { title: t('quarterly.dueOn'), onCell: () => ({ style: { whiteSpace: 'nowrap' } }), render: (_: unknown, r) => f.date(r.dueOn) },
            {
              title: t('quarterly.submittedOn'),
              render: (_: unknown, r) => (
                <Space size={4}>
                  {f.date(r.submittedOn)}
                  {r.late ? <Tag color="red">{t('quarterly.late')}</Tag> : <Tag color="green">{t('quarterly.onTime')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('quarterly.export'),
              render: (_: unknown, r) => (
                <Space size={4}>
                  <Button
                    size="small"
                    aria-label={`${t('common.exportCsv')} ${t('quarterly.q', { n: r.quarter })} ${r.year}`}
                    onClick={() => void get(`/api/v1/reports/quarterly/${r.reportId}/export.csv`, `quarterly-${r.year}-q${r.quarter}.csv`)}
                  >
                    {t('common.exportCsv')}
                  </Button>
                  <Button
                    size="small"
                    aria-label={`${t('common.exportXlsx')} ${t('quarterly.q', { n: r.quarter })} ${r.year}`}
                    onClick={() => void get(`/api/v1/reports/quarterly/${r.reportId}/export.xlsx`, `quarterly-${r.year}-q${r.quarter}.xlsx`)}
                  >
                    {t('common.exportXlsx')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </QueryState>
    </>
  );
}
