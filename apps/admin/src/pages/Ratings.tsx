import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, Drawer, Row, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, call, download } from '../api/client';
import type { OverdueTask, Page, RatingRow, RegionRating } from '../api/types';
import { PageTitle, QueryState, useErrorText, useListParams } from '../components/common';
import { useFormat } from '../format';

export function RatingsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const lp = useListParams();
  const year = lp.filter('year') ? Number(lp.filter('year')) : undefined;
  const quarter = lp.filter('quarter') ? Number(lp.filter('quarter')) : undefined;
  const drill = lp.filter('region');
  const rating = useQuery({
    queryKey: ['rating', year, quarter],
    queryFn: () => call<RegionRating>(() => api.GET('/api/v1/ratings/regions', { params: { query: { year, quarter } } })),
  });
  const r = rating.data;
  const name = (row: RatingRow) => (row.regionName ? f.names(row.regionName) : f.region(row.regionCode));
  const chart = (r?.regions ?? []).map((row) => ({ name: name(row), points: row.points }));
  const thisYear = new Date().getFullYear();
  const qs = year && quarter ? `?year=${year}&quarter=${quarter}` : '';
  const exp = (kind: 'csv' | 'xlsx') =>
    download(`/api/v1/ratings/regions/export.${kind}${qs}`, `region-rating.${kind}`).catch((e: unknown) => message.error(errorText(e)));
  return (
    <>
      <PageTitle
        extra={
          <>
            <Select
              aria-label={t('ratings.year')}
              value={year ?? 0}
              onChange={(v: number) => lp.update({ year: v || undefined, quarter: v ? (quarter ?? 1) : undefined })}
              options={[{ value: 0, label: t('ratings.current') }, ...[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: String(y) }))]}
              style={{ width: 170 }}
            />
            {year ? (
              <Select
                aria-label={t('ratings.quarter')}
                value={quarter ?? 1}
                onChange={(v: number) => lp.update({ quarter: v })}
                options={[1, 2, 3, 4].map((n) => ({ value: n, label: `${t('ratings.quarter')} ${n}` }))}
                style={{ width: 130 }}
              />
            ) : null}
            <Button icon={<DownloadOutlined />} onClick={() => void exp('csv')}>
              {t('common.exportCsv')}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => void exp('xlsx')}>
              {t('common.exportXlsx')}
            </Button>
          </>
        }
      >
        {t('ratings.title')}
      </PageTitle>
      <QueryState loading={rating.isLoading} error={rating.error} onRetry={() => void rating.refetch()}>
        {r ? (
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <div>
              <Typography.Text strong>
                {r.live
                  ? t('ratings.live', { quarter: r.quarter, year: r.year, date: f.date(r.asOf) })
                  : t('ratings.frozen', { quarter: r.quarter, year: r.year, date: f.date(r.frozenOn) })}
              </Typography.Text>
              <br />
              <Typography.Text type="secondary">{t('ratings.lowerBetter')}</Typography.Text>
            </div>
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={12}>
                <Card>
                  <Table<RatingRow>
                    rowKey="regionCode"
                    size="small"
                    data-testid="rating-table"
                    dataSource={r.regions}
                    pagination={false}
                    onRow={(row) => ({ onClick: () => lp.update({ region: row.regionCode }, false), style: { cursor: 'pointer' } })}
                    columns={[
                      { title: t('ratings.rank'), dataIndex: 'rank', width: 70 },
                      {
                        title: t('common.region'),
                        key: 'region',
                        render: (_: unknown, row) => (
                          <Button type="link" style={{ padding: 0 }} onClick={() => lp.update({ region: row.regionCode }, false)}>
                            {name(row)}
                          </Button>
                        ),
                      },
                      {
                        title: t('ratings.points'),
                        dataIndex: 'points',
                        align: 'right',
                        render: (v: number) => <span data-testid="rating-points">{f.number(v)}</span>,
                      },
                      { title: t('ratings.overdueTasks'), dataIndex: 'overdueTasks', align: 'right', render: (v: number) => f.number(v) },
                      { title: t('ratings.projects'), dataIndex: 'projects', align: 'right', render: (v: number) => f.number(v) },
                    ]}
                  />
                </Card>
              </Col>
              <Col xs={24} xl={12}>
                <Card title={t('ratings.points')}>
                  <ResponsiveContainer width="100%" height={Math.max(240, chart.length * 26)}>
                    <BarChart data={chart} layout="vertical" margin={{ left: 8, right: 40 }}>
                      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                      <XAxis type="number" />
                      <YAxis type="category" dataKey="name" width={190} tick={{ fontSize: 12 }} />
                      <Tooltip />
                      <Bar dataKey="points" name={t('ratings.points')} fill="#fa541c" isAnimationActive={false}>
                        <LabelList dataKey="points" position="right" />
                      </Bar>
                    </BarChart>
                  </ResponsiveContainer>
                </Card>
              </Col>
            </Row>
          </Space>
        ) : null}
      </QueryState>
      <Drawer open={!!drill} onClose={() => lp.update({ region: undefined }, false)} width={720} title={t('ratings.drill', { region: f.region(drill) })}>
        {drill ? <OverdueTasks regionCode={drill} year={r?.year} quarter={r?.quarter} /> : null}
      </Drawer>
    </>
  );
}

function OverdueTasks({ regionCode, year, quarter }: { regionCode: string; year?: number; quarter?: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const q = useQuery({
    queryKey: ['rating', 'tasks', regionCode, year, quarter],
    queryFn: () =>
      call<Page<OverdueTask>>(() => api.GET('/api/v1/ratings/regions/overdue-tasks', { params: { query: { regionCode, year, quarter, pageSize: 200 } } })),
  });
  return (
    <QueryState loading={q.isLoading} error={q.error} empty={q.data?.items.length === 0} onRetry={() => void q.refetch()}>
      <Table<OverdueTask>
        rowKey="taskId"
        size="small"
        data-testid="overdue-tasks"
        dataSource={q.data?.items}
        pagination={false}
        columns={[
          { title: t('projects.task'), dataIndex: 'code', render: (v: string, r) => <Link to={`/projects/${r.projectId}`}>{v}</Link> },
          { title: t('projects.due'), dataIndex: 'dueDate', render: (v: string) => f.date(v) },
          { title: t('projects.actualDate'), dataIndex: 'actualCompletionDate', render: (v: string | null) => f.date(v) },
          { title: t('ratings.overdueDays'), dataIndex: 'overdueDays', align: 'right', render: (v: number) => f.number(v) },
          { title: t('ratings.points'), dataIndex: 'points', align: 'right', render: (v: number) => f.number(v) },
        ]}
      />
    </QueryState>
  );
}
