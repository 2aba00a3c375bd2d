import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, call, download } from '../api/client';
import type { Dashboard, FunnelStage } from '../api/types';
import { PageTitle, QueryState, useErrorText } from '../components/common';
import { useFormat } from '../format';

const LIGHTS = [
  { key: 'GREEN', color: '#389e0d' },
  { key: 'YELLOW', color: '#d4b106' },
  { key: 'RED', color: '#cf1322' },
] as const;

export function DashboardPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const dash = useQuery({ queryKey: ['dashboard'], queryFn: () => call<Dashboard>(() => api.GET('/api/v1/reports/dashboard')) });
  const funnel = useQuery({ queryKey: ['funnel'], queryFn: () => call<{ stages: FunnelStage[] }>(() => api.GET('/api/v1/reports/initiative-funnel')) });
  const d = dash.data;
  const lights = d ? LIGHTS.map((l) => ({ name: t(`dashboard.${l.key.toLowerCase()}`), value: d.trafficLight[l.key], color: l.color })) : [];
  const funnelData = (funnel.data?.stages ?? []).map((s) => ({ name: f.names(s.label), value: s.count ?? 0, conv: s.conversionFromPrevious }));
  const pools = (d?.pools ?? []).map((p) => ({ name: f.names(p.label), projects: p.projects, amount: Number(p.investmentAmountKzt) }));
  const regions = (d?.byRegion ?? []).filter((r) => r.projects > 0).map((r) => ({ name: r.label ? f.names(r.label) : f.region(r.key), value: r.projects }));
  const exportDash = (kind: 'csv' | 'xlsx') =>
    download(`/api/v1/reports/dashboard/export.${kind}`, `dashboard.${kind}`).catch((e: unknown) => message.error(errorText(e)));

  return (
    <>
      <PageTitle
        extra={
          <>
            <Button icon={<DownloadOutlined />} onClick={() => void exportDash('csv')}>
              {t('common.exportCsv')}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => void exportDash('xlsx')}>
              {t('common.exportXlsx')}
            </Button>
          </>
        }
      >
        {t('dashboard.title')}
      </PageTitle>
      <QueryState loading={dash.isLoading} error={dash.error} onRetry={() => void dash.refetch()}>
        {d ? (
          <>
            <Typography.Paragraph type="secondary">{t('dashboard.asOf', { date: f.date(d.asOf) })}</Typography.Paragraph>
            <Row gutter={[16, 16]}>
              <Col xs={24} sm={12} xl={6}>
                <Card>
                  <Statistic title={t('dashboard.projects')} value={f.number(d.totals.projects)} />
                </Card>
              </Col>
              <Col xs={24} sm={12} xl={6}>
                <Card>
                  <Statistic title={t('dashboard.investment')} value={f.compact(d.totals.investmentAmountKzt)} />
                </Card>
              </Col>
              <Col xs={24} sm={12} xl={6}>
                <Card>
                  <Statistic title={t('dashboard.openTasks')} value={f.number(d.trafficLight.openTasks)} />
                </Card>
              </Col>
              <Col xs={24} sm={12} xl={6}>
                <Card>
                  <Statistic title={t('dashboard.taskForce')} value={f.number(d.taskForce)} />
                </Card>
              </Col>
              <Col xs={24} lg={12}>
                <Card title={t('dashboard.trafficLight')} data-testid="traffic-light">
                  <Row gutter={16} style={{ marginBottom: 12 }}>
                    {lights.map((l) => (
                      <Col span={8} key={l.name}>
                        <Statistic title={l.name} value={f.number(l.value)} styles={{ content: { color: l.color } }} />
                      </Col>
                    ))}
                  </Row>
                  <ResponsiveContainer width="100%" height={160}>
                    <BarChart data={lights} layout="vertical" margin={{ left: 8, right: 24 }}>
                      <XAxis type="number" allowDecimals={false} />
                      <YAxis type="category" dataKey="name" width={110} />
                      <Tooltip />
                      <Bar dataKey="value" isAnimationActive={false}>
                        {lights.map((l) => (
                          <Cell key={l.name} fill={l.color} />
                        ))}
                      </Bar>
                    </BarChart>
                  </ResponsiveContainer>
                </Card>
              </Col>
              <Col xs={24} lg={12}>
                <Card title={t('dashboard.pools')}>
                  <ResponsiveContainer width="100%" height={236}>
                    <BarChart data={pools} margin={{ left: 8, right: 24 }}>
                      <CartesianGrid strokeDasharray="3 3" />
                      <XAxis dataKey="name" />
                      <YAxis allowDecimals={false} />
                      <Tooltip />
                      <Bar dataKey="projects" name={t('dashboard.projects')} fill="#1677ff" isAnimationActive={false}>
                        <LabelList dataKey="projects" position="top" />
                      </Bar>
                    </BarChart>
                  </ResponsiveContainer>
                </Card>
              </Col>
              <Col xs={24} lg={12}>
                <Card title={t('dashboard.funnel')}>
                  <QueryState loading={funnel.isLoading} error={funnel.error} onRetry={() => void funnel.refetch()}>
                    <ResponsiveContainer width="100%" height={280}>
                      <BarChart data={funnelData} layout="vertical" margin={{ left: 8, right: 40 }}>
                        <XAxis type="number" allowDecimals={false} />
                        <YAxis type="category" dataKey="name" width={190} tick={{ fontSize: 12 }} />
                        <Tooltip />
                        <Bar dataKey="value" fill="#2f54eb" isAnimationActive={false}>
                          <LabelList dataKey="value" position="right" />
                        </Bar>
                      </BarChart>
                    </ResponsiveContainer>
                  </QueryState>
                </Card>
              </Col>
              <Col xs={24} lg={12}>
                <Card title={t('dashboard.byRegion')}>
                  <ResponsiveContainer width="100%" height={280}>
                    <BarChart data={regions} layout="vertical" margin={{ left: 8, right: 40 }}>
                      <XAxis type="number" allowDecimals={false} />
                      <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} />
                      <Tooltip />
                      <Bar dataKey="value" name={t('dashboard.projects')} fill="#13c2c2" isAnimationActive={false}>
                        <LabelList dataKey="value" position="right" />
                      </Bar>
                    </BarChart>
                  </ResponsiveContainer>
                </Card>
              </Col>
              <Col xs={24}>
                <Card title={t('dashboard.greenCorridor')}>
                  <Row gutter={16}>
                    <Col span={8}>
                      <Statistic title={t('dashboard.eligible')} value={f.number(d.greenCorridor.eligible)} />
                    </Col>
                    <Col span={8}>
                      <Statistic title={t('dashboard.pendingCouncil')} value={f.number(d.greenCorridor.pendingCouncil)} />
                    </Col>
                    <Col span={8}>
                      <Statistic title={t('dashboard.notEligible')} value={f.number(d.greenCorridor.notEligible)} />
                    </Col>
                  </Row>
                </Card>
              </Col>
            </Row>
          </>
        ) : null}
      </QueryState>
    </>
  );
}
