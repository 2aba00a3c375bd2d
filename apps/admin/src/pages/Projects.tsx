import { EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, DatePicker, Descriptions, Empty, Input, Modal, Row, Select, Space, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, ApiError, call } from '../api/client';
import type { Page, PoolMembership, Project, Roadmap, Scoring, Task } from '../api/types';
import { useAuth } from '../auth';
import { pagination, PageTitle, ProblemAlert, QueryState, StatusTag, TrafficLight, useErrorText, useListParams } from '../components/common';
import { daysBetween, REGIONS, todayIso, useFormat } from '../format';
import { PassportFormModal } from './PassportForm';

export function ProjectsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const lp = useListParams();
  const regionCode = lp.filter('regionCode');
  const pool = lp.filter('pool') as 'NATIONAL' | 'REGIONAL' | undefined;
  const list = useQuery({
    queryKey: ['projects', lp.page, lp.pageSize, regionCode, pool],
    queryFn: () => call<Page<Project>>(() => api.GET('/api/v1/projects', { params: { query: { page: lp.page, pageSize: lp.pageSize, regionCode, pool } } })),
    placeholderData: (prev) => prev,
  });
  return (
    <>
      <PageTitle>{t('projects.title')}</PageTitle>
      <Space wrap style={{ marginBottom: 16 }}>
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
        <Select
          aria-label={t('projects.pool')}
          placeholder={t('projects.pool')}
          allowClear
          value={pool}
          onChange={(v?: string) => lp.update({ pool: v })}
          options={(['NATIONAL', 'REGIONAL'] as const).map((p) => ({ value: p, label: t(`status.${p}`) }))}
          style={{ width: 200 }}
        />
      </Space>
      <QueryState loading={list.isLoading} error={list.error} onRetry={() => void list.refetch()}>
        <Table<Project>
          rowKey="id"
          dataSource={list.data?.items}
          loading={list.isFetching}
          pagination={pagination(t, lp.page, lp.pageSize, list.data?.total)}
          onChange={lp.onTableChange}
          scroll={{ x: 1000 }}
          columns={[
            { title: t('projects.name'), dataIndex: 'name', render: (v: string, r) => <Link to={`/projects/${r.id}`}>{v}</Link> },
            { title: t('projects.company'), dataIndex: 'companyName' },
            { title: t('common.region'), dataIndex: 'regionCode', render: (v: string) => f.region(v) },
            { title: t('projects.amount'), dataIndex: 'investmentAmountKzt', align: 'right', render: (v: string) => f.number(v) },
            { title: t('projects.pool'), dataIndex: ['pool', 'pool'], render: (v: string) => <StatusTag status={v} /> },
            { title: t('common.status'), dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
            { title: t('projects.roadmap'), dataIndex: 'roadmapStatus', render: (v: string) => <StatusTag status={v} /> },
          ]}
        />
      </QueryState>
    </>
  );
}

export function ProjectPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const project = useQuery({ queryKey: ['project', id], queryFn: () => call<Project>(() => api.GET('/api/v1/projects/{id}', { params: { path: { id } } })) });
  const p = project.data;
  return (
    <QueryState loading={project.isLoading} error={project.error} onRetry={() => void project.refetch()}>
      {p ? (
        <>
          <PageTitle>{p.name}</PageTitle>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} xl={6}>
              <Card>
                <Statistic title={t('projects.amount')} value={f.number(p.investmentAmountKzt)} />
              </Card>
            </Col>
            <Col xs={12} xl={6}>
              <Card>
                <Statistic title={t('projects.pool')} value={t(`status.${p.pool.pool}`)} />
              </Card>
            </Col>
            <Col xs={12} xl={6}>
              <Card>
                <Statistic title={t('common.status')} value={t(`status.${p.status}`, { defaultValue: p.status })} />
              </Card>
            </Col>
            <Col xs={12} xl={6}>
              <Card>
                <Statistic title={t('projects.roadmap')} value={t(`status.${p.roadmapStatus}`)} />
              </Card>
            </Col>
          </Row>
          <Tabs
            activeKey={params.get('tab') ?? 'passport'}
            onChange={(tab) => setParams({ tab }, { replace: true })}
            items={[
              { key: 'passport', label: t('projects.passport'), children: <PassportTab p={p} /> },
              { key: 'roadmap', label: t('projects.roadmap'), children: <RoadmapTab p={p} /> },
              { key: 'pool', label: t('projects.poolTab'), children: <PoolTab p={p} /> },
              { key: 'gc', label: t('projects.greenCorridor'), children: <GreenCorridorTab p={p} /> },
            ]}
          />
        </>
      ) : null}
    </QueryState>
  );
}

/** The roles that may change a passport (the gateway's INITIATORS of PATCH /projects/{id}/passport). */
const PASSPORT_EDITORS = ['NC', 'NCR', 'MIO', 'CSB', 'NCH', 'NH', 'FI', 'ADMIN'];

function PassportTab({ p }: { p: Project }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { role } = useAuth();
  const [editing, setEditing] = useState(false);
  return (
    <Card
      extra={
        PASSPORT_EDITORS.includes(role ?? '') ? (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('forms.editPassport')}
          </Button>
        ) : null
      }
    >
      {editing ? <PassportFormModal open project={p} onClose={() => setEditing(false)} /> : null}
      <Descriptions column={{ xs: 1, md: 2, xl: 3 }} bordered size="small">
        <Descriptions.Item label={t('projects.company')}>{p.companyName}</Descriptions.Item>
        <Descriptions.Item label={t('companies.bin')}>{p.companyBin ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('common.region')}>{f.region(p.regionCode)}</Descriptions.Item>
        <Descriptions.Item label={t('common.sector')}>{p.sector ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('projects.amount')}>{f.number(p.investmentAmountKzt)}</Descriptions.Item>
        <Descriptions.Item label={t('projects.pool')}>
          <Space direction="vertical" size={0}>
            <StatusTag status={p.pool.pool} />
            <Typography.Text type="secondary">{t('projects.amountMci', { value: f.number(p.pool.amountMci) })}</Typography.Text>
            <Typography.Text type="secondary">{t('projects.mci', { year: p.pool.mciYear, value: f.number(p.pool.mciValue) })}</Typography.Text>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.passportStatus')}>
          <StatusTag status={p.passportStatus.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.fillDue')}>{f.date(p.passportStatus.fillDueOn)}</Descriptions.Item>
        <Descriptions.Item label={t('projects.completedOn')}>{f.date(p.passportStatus.completedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('initiatives.contract')}>{p.hasInvestmentContract ? t('common.yes') : t('common.no')}</Descriptions.Item>
        <Descriptions.Item label={t('projects.entryPath')}>{p.entryPath}</Descriptions.Item>
        <Descriptions.Item label={t('projects.edition')}>{p.edition}</Descriptions.Item>
        <Descriptions.Item label={t('projects.createdOn')}>{f.date(p.createdOn)}</Descriptions.Item>
        <Descriptions.Item label={t('projects.validatedOn')}>{f.date(p.validatedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('projects.taskForce')}>
          {p.taskForce?.handedOn ? t('projects.handedOn', { date: f.date(p.taskForce.handedOn) }) : '—'}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function GreenCorridorTab({ p }: { p: Project }) {
  const { t } = useTranslation();
  const f = useFormat();
  const q = useQuery({
    queryKey: ['project', p.id, 'scorings'],
    queryFn: () =>
      call<Page<Scoring> | { items: Scoring[] }>(() => api.GET('/api/v1/projects/{id}/green-corridor/scorings', { params: { path: { id: p.id } } })),
  });
  const latest = q.data?.items[0];
  return (
    <QueryState loading={q.isLoading} error={q.error} empty={!latest}>
      {latest ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={8}>
            <Card>
              <Statistic title={t('projects.score')} value={f.number(latest.scoreMilli / 1000)} />
              <div style={{ marginTop: 8 }}>
                <StatusTag status={latest.status} /> <Typography.Text type="secondary">{f.date(latest.evaluatedOn)}</Typography.Text>
              </div>
            </Card>
          </Col>
          <Col xs={24} lg={16}>
            <Card>
              <ResponsiveContainer width="100%" height={200}>
                <BarChart
                  data={latest.explanation.map((e) => ({ name: t(`gc.${e.criterion}`, { defaultValue: e.criterion }), points: e.points }))}
                  layout="vertical"
                  margin={{ left: 8, right: 24 }}
                >
                  <XAxis type="number" allowDecimals={false} />
                  <YAxis type="category" dataKey="name" width={170} />
                  <Tooltip />
                  <Bar dataKey="points" name={t('projects.points')} fill="#52c41a" isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </Card>
          </Col>
        </Row>
      ) : (
        <Empty description={t('projects.noScoring')} />
      )}
    </QueryState>
  );
}

function PoolTab({ p }: { p: Project }) {
  const { t } = useTranslation();
  const f = useFormat();
  const q = useQuery({
    queryKey: ['project', p.id, 'pool'],
    queryFn: () =>
      call<PoolMembership & { requests?: { id: string; kind: string; status: string; submittedOn: string; decision: string | null }[] }>(() =>
        api.GET('/api/v1/projects/{id}/pool', { params: { path: { id: p.id } } }),
      ),
  });
  return (
    <QueryState loading={q.isLoading} error={q.error && !(q.error instanceof ApiError && q.error.status === 404) ? q.error : null} empty={!q.data}>
      {q.data ? (
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('projects.pool')}>
              <StatusTag status={p.pool.pool} />
            </Descriptions.Item>
            <Descriptions.Item label={t('common.status')}>
              <StatusTag status={q.data.status} />
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {t('projects.requests')}
          </Typography.Title>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={q.data.requests ?? []}
            columns={[
              { title: t('common.date'), dataIndex: 'submittedOn', render: (v: string) => f.date(v) },
              { title: t('organizations.type'), dataIndex: 'kind' },
              { title: t('common.status'), dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
            ]}
          />
        </Card>
      ) : null}
    </QueryState>
  );
}

const BAR_COLORS: Record<string, string> = { GREEN: '#52c41a', YELLOW: '#faad14', RED: '#f5222d', NONE: '#8c8c8c' };

/** Gantt-style timeline: one bar per task from its start (or the previous task's due date) to its due or completion date. */
export function Gantt({ tasks, start }: { tasks: Task[]; start: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (tasks.length === 0) return null;
  const ends = tasks.map((x) => x.actualCompletionDate ?? x.dueDate);
  const origin = [start, ...tasks.map((x) => x.startedOn ?? x.dueDate)].sort()[0]!;
  const byStage = new Map<string, string>();
  const data = tasks.map((x, i) => {
    const from = x.startedOn ?? byStage.get(x.stage) ?? start;
    byStage.set(x.stage, x.dueDate);
    const s = Math.max(0, daysBetween(origin, from < ends[i]! ? from : ends[i]!));
    const len = Math.max(1, daysBetween(origin, ends[i]!) - s);
    return {
      name: x.title.length > 30 ? `${x.title.slice(0, 29)}…` : x.title,
      offset: s,
      length: len,
      light: x.status === 'DONE' || x.status === 'AWAITING_VALIDATION' ? (x.completedLate ? 'RED' : 'NONE') : x.trafficLight,
      due: x.dueDate,
      end: ends[i]!,
    };
  });
  const today = daysBetween(origin, todayIso());
  const tick = (d: number) => f.date(dayjs(origin).add(d, 'day').format('YYYY-MM-DD'));
  return (
    <div data-testid="gantt" role="img" aria-label={t('projects.timeline')}>
      <ResponsiveContainer width="100%" height={60 + tasks.length * 34}>
        <BarChart data={data} layout="vertical" barSize={16} margin={{ left: 8, right: 56 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={tick} domain={[0, 'dataMax + 10']} />
          <YAxis type="category" dataKey="name" width={210} tick={{ fontSize: 12 }} />
          <Tooltip
            formatter={(_v, _n, item) => [
              `${f.date((item.payload as { due: string }).due)} → ${f.date((item.payload as { end: string }).end)}`,
              t('projects.due'),
            ]}
          />
          <Bar dataKey="offset" stackId="g" fill="transparent" isAnimationActive={false} />
          <Bar dataKey="length" stackId="g" isAnimationActive={false}>
            {data.map((d, i) => (
              <Cell key={i} fill={BAR_COLORS[d.light] ?? '#1677ff'} />
            ))}
          </Bar>
          <ReferenceLine x={today} stroke="#0958d9" strokeDasharray="4 4" label={{ value: t('projects.today'), position: 'top', fontSize: 12 }} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function RoadmapTab({ p }: { p: Project }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { role } = useAuth();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const [completing, setCompleting] = useState<Task | null>(null);
  const [actual, setActual] = useState<Dayjs | null>(dayjs());
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const q = useQuery({
    queryKey: ['project', p.id, 'roadmap'],
    queryFn: () => call<Roadmap>(() => api.GET('/api/v1/projects/{id}/roadmap', { params: { path: { id: p.id } } })),
    retry: false,
  });
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['project', p.id] });
    void qc.invalidateQueries({ queryKey: ['approvals'] });
  };
  const onError = (e: unknown) => message.error(errorText(e));
  const approve = useMutation({
    mutationFn: () => call(() => api.POST('/api/v1/projects/{id}/roadmap/approve', { params: { path: { id: p.id } } })),
    onSuccess: () => {
      message.success(t('projects.approved'));
      refresh();
    },
    onError,
  });
  const reject = useMutation({
    mutationFn: () => call(() => api.POST('/api/v1/projects/{id}/roadmap/reject', { params: { path: { id: p.id } }, body: { reason } })),
    onSuccess: () => {
      setRejecting(false);
      message.success(t('common.saved'));
      refresh();
    },
    onError,
  });
  const complete = useMutation({
    mutationFn: (v: { task: Task; date: string }) =>
      call<Task>(() => api.POST('/api/v1/tasks/{id}/complete', { params: { path: { id: v.task.id } }, body: { actualCompletionDate: v.date } })),
    onSuccess: () => {
      setCompleting(null);
      message.success(t('common.saved'));
      refresh();
    },
    onError,
  });
  const validate = useMutation({
    mutationFn: (task: Task) => call<Task>(() => api.POST('/api/v1/tasks/{id}/validate', { params: { path: { id: task.id } } })),
    onSuccess: () => {
      message.success(t('common.saved'));
      refresh();
    },
    onError,
  });
  if (q.error instanceof ApiError && q.error.status === 404) return <Empty description={t('projects.noRoadmap')} />;
  const r = q.data;
  const mayProgress = ['MIO', 'NC', 'NCR', 'CSB', 'NCH', 'NH', 'ADMIN'].includes(role ?? '');
  return (
    <QueryState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()}>
      {r ? (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card>
            <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
              <Space wrap>
                <span data-testid="roadmap-status">
                  <StatusTag status={r.status} />
                </span>
                {r.overdue.map((o) => (
                  <Tag color="red" key={o}>
                    {t('initiatives.overdue')}: {o}
                  </Tag>
                ))}
                {r.state.rejection?.reason ? <Typography.Text type="secondary">{r.state.rejection.reason}</Typography.Text> : null}
              </Space>
              <Space wrap>
                {r.allowedActions.includes('APPROVE') ? (
                  <Button type="primary" onClick={() => approve.mutate()} loading={approve.isPending}>
                    {t('projects.approve')}
                  </Button>
                ) : null}
                {r.allowedActions.includes('REJECT') ? <Button onClick={() => setRejecting(true)}>{t('projects.reject')}</Button> : null}
              </Space>
            </Space>
          </Card>
          <Card title={t('projects.timeline')}>
            {r.tasks.length ? <Gantt tasks={r.tasks} start={p.createdOn} /> : <Empty description={t('common.empty')} />}
          </Card>
          <Card title={t('projects.tasks')}>
            <Table<Task>
              rowKey="id"
              size="small"
              dataSource={r.tasks}
              pagination={false}
              scroll={{ x: 1000 }}
              columns={[
                { title: t('projects.stages'), dataIndex: 'stage', render: (v: string) => t(`stage.${v}`, { defaultValue: v }) },
                { title: t('projects.task'), dataIndex: 'title', render: (v: string, x) => `${x.code} · ${v}` },
                { title: t('projects.due'), dataIndex: 'dueDate', render: (v: string) => f.date(v) },
                { title: t('projects.responsible'), dataIndex: ['responsible', 'name'] },
                { title: t('projects.light'), dataIndex: 'trafficLight', render: (v: Task['trafficLight']) => <TrafficLight light={v} /> },
                {
                  title: t('common.status'),
                  dataIndex: 'status',
                  render: (v: string, x) => (
                    <Space size={4} wrap>
                      <StatusTag status={v} />
                      {x.completedLate ? <Tag color="red">{t('projects.completedLate')}</Tag> : null}
                      {x.actualCompletionDate ? <Typography.Text type="secondary">{f.date(x.actualCompletionDate)}</Typography.Text> : null}
                    </Space>
                  ),
                },
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, x) => (
                    <Space>
                      {mayProgress && r.status === 'APPROVED' && (x.status === 'PLANNED' || x.status === 'IN_PROGRESS') ? (
                        <Button
                          size="small"
                          onClick={() => {
                            setActual(dayjs());
                            setCompleting(x);
                          }}
                        >
                          {t('projects.complete')}
                        </Button>
                      ) : null}
                      {role === 'NCH' && x.status === 'AWAITING_VALIDATION' ? (
                        <Button size="small" onClick={() => validate.mutate(x)} loading={validate.isPending}>
                          {t('approvals.validate')}
                        </Button>
                      ) : null}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
          {r.content?.stages.some((s) => s.risks.length) ? (
            <Card title={t('projects.risks')}>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {r.content.stages.flatMap((s) =>
                  s.risks.map((k) => (
                    <li key={`${s.stage}-${k.risk}`}>
                      <strong>{t(`stage.${s.stage}`, { defaultValue: s.stage })}:</strong> {k.risk} — {k.mitigation}
                    </li>
                  )),
                )}
              </ul>
            </Card>
          ) : null}
          {complete.error ? <ProblemAlert error={complete.error} /> : null}
        </Space>
      ) : null}
      <Modal
        title={t('projects.completeTask')}
        open={completing !== null}
        onCancel={() => setCompleting(null)}
        onOk={() => completing && actual && complete.mutate({ task: completing, date: actual.format('YYYY-MM-DD') })}
        okButtonProps={{ disabled: !actual }}
        confirmLoading={complete.isPending}
        okText={t('projects.complete')}
        cancelText={t('common.cancel')}
      >
        <Typography.Paragraph>
          {completing ? `${completing.code} · ${completing.title} — ${t('projects.due')}: ${f.date(completing.dueDate)}` : ''}
        </Typography.Paragraph>
        <label htmlFor="actual-date">{t('projects.actualDate')}</label>
        <DatePicker
          id="actual-date"
          value={actual}
          onChange={setActual}
          style={{ width: '100%', marginTop: 8 }}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
        />
      </Modal>
      <Modal
        title={t('projects.reject')}
        open={rejecting}
        onCancel={() => setRejecting(false)}
        onOk={() => reject.mutate()}
        okButtonProps={{ disabled: !reason.trim() }}
        confirmLoading={reject.isPending}
        okText={t('projects.reject')}
        cancelText={t('common.cancel')}
      >
        <label htmlFor="reject-reason">{t('projects.reason')}</label>
        <Input.TextArea id="reject-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} style={{ marginTop: 8 }} />
      </Modal>
    </QueryState>
  );
}
