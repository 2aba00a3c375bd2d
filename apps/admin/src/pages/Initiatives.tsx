import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Descriptions, Form, Input, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, call } from '../api/client';
import type { Initiative, Page, Project } from '../api/types';
import { useAuth } from '../auth';
import { pagination, PageTitle, QueryState, StatusTag, useErrorText, useListParams } from '../components/common';
import { CHAT_ROLES, InitiativeChat } from '../components/Chat';
import { daysBetween, REGIONS, todayIso, useFormat } from '../format';

type InitiativeStatus = 'DRAFT' | 'TRANSFERRED' | 'IN_WORK' | 'EXTENDED' | 'REDIRECT_PENDING' | 'RETURNED' | 'CONVERTED';
const STATUSES: InitiativeStatus[] = ['DRAFT', 'TRANSFERRED', 'IN_WORK', 'EXTENDED', 'REDIRECT_PENDING', 'RETURNED', 'CONVERTED'];
type InitiativeSort = 'createdAt' | '-createdAt' | 'actionDueOn' | '-actionDueOn' | 'title' | '-title' | 'status' | '-status';

/** Days-left or overdue badge of the 30-day clock (calendar days to the action deadline). */
export function ClockBadge({ i }: { i: Pick<Initiative, 'actionDueOn' | 'status' | 'overdue'> }) {
  const { t } = useTranslation();
  if (!i.actionDueOn || i.status === 'CONVERTED' || i.status === 'DRAFT' || i.status === 'RETURNED') return <>—</>;
  const left = daysBetween(todayIso(), i.actionDueOn);
  if (i.overdue || left < 0)
    return (
      <Tag color="red" data-testid="clock-badge">
        {t('initiatives.overdueBy', { count: Math.max(1, -left) })}
      </Tag>
    );
  return (
    <Tag color={left <= 5 ? 'gold' : 'green'} data-testid="clock-badge">
      {t('initiatives.daysLeft', { count: left })}
    </Tag>
  );
}

export function InitiativesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const lp = useListParams({ sort: '-createdAt' });
  const status = lp.filter('status') as InitiativeStatus | undefined;
  const regionCode = lp.filter('regionCode');
  const overdue = lp.filter('overdue') === 'true' ? true : undefined;
  const list = useQuery({
    queryKey: ['initiatives', lp.page, lp.pageSize, lp.sort, status, regionCode, overdue],
    queryFn: () =>
      call<Page<Initiative>>(() =>
        api.GET('/api/v1/initiatives', {
          params: { query: { page: lp.page, pageSize: lp.pageSize, sort: lp.sort as InitiativeSort, status, regionCode, overdue } },
        }),
      ),
    placeholderData: (prev) => prev,
  });
  return (
    <>
      <PageTitle>{t('initiatives.title')}</PageTitle>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('common.status')}
          placeholder={t('common.status')}
          allowClear
          value={status}
          onChange={(v?: string) => lp.update({ status: v })}
          options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
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
        <Checkbox checked={overdue === true} onChange={(e) => lp.update({ overdue: e.target.checked ? 'true' : undefined })}>
          {t('initiatives.onlyOverdue')}
        </Checkbox>
      </Space>
      <QueryState loading={list.isLoading} error={list.error} onRetry={() => void list.refetch()}>
        <Table<Initiative>
          rowKey="initiativeId"
          dataSource={list.data?.items}
          loading={list.isFetching}
          pagination={pagination(t, lp.page, lp.pageSize, list.data?.total)}
          onChange={lp.onTableChange}
          scroll={{ x: 1000 }}
          columns={[
            {
              title: t('initiatives.name'),
              dataIndex: 'title',
              key: 'title',
              sorter: true,
              sortOrder: lp.sortOrder('title'),
              render: (v: string, r) => <Link to={`/initiatives/${r.initiativeId}`}>{v}</Link>,
            },
            {
              title: t('common.status'),
              dataIndex: 'status',
              key: 'status',
              sorter: true,
              sortOrder: lp.sortOrder('status'),
              render: (v: string) => <StatusTag status={v} />,
            },
            { title: t('common.country'), dataIndex: 'countryCode', render: (v: string) => f.country(v) },
            { title: t('common.region'), dataIndex: 'regionCode', render: (v: string | null) => f.region(v) },
            {
              title: t('initiatives.dueOn'),
              dataIndex: 'actionDueOn',
              key: 'actionDueOn',
              sorter: true,
              sortOrder: lp.sortOrder('actionDueOn'),
              render: (v: string | null) => f.date(v),
            },
            { title: t('initiatives.clock'), key: 'clock', render: (_: unknown, r) => <ClockBadge i={r} /> },
            {
              title: t('initiatives.created'),
              dataIndex: 'createdOn',
              key: 'createdAt',
              sorter: true,
              sortOrder: lp.sortOrder('createdAt'),
              render: (v: string) => f.date(v),
            },
          ]}
        />
      </QueryState>
    </>
  );
}

interface ConvertForm {
  projectName: string;
  companyBin: string;
  investmentAmountKzt: string;
  hasInvestmentContract: boolean;
}

export function InitiativePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const { session, role } = useAuth();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [transferOpen, setTransferOpen] = useState(false);
  const [convertOpen, setConvertOpen] = useState(false);
  const [region, setRegion] = useState<string>();
  const [convertForm] = Form.useForm<ConvertForm>();
  const q = useQuery({
    queryKey: ['initiative', id],
    queryFn: () => call<Initiative>(() => api.GET('/api/v1/initiatives/{id}', { params: { path: { id } } })),
  });
  const ok = () => {
    message.success(t('common.saved'));
    void qc.invalidateQueries({ queryKey: ['initiative', id] });
    void qc.invalidateQueries({ queryKey: ['initiatives'] });
  };
  const onError = (e: unknown) => message.error(errorText(e));
  const transfer = useMutation({
    mutationFn: (regionCode: string) => call(() => api.POST('/api/v1/initiatives/{id}/transfer', { params: { path: { id } }, body: { regionCode } })),
    onSuccess: () => {
      setTransferOpen(false);
      ok();
    },
    onError,
  });
  const assign = useMutation({
    mutationFn: () => call(() => api.POST('/api/v1/initiatives/{id}/assign-officer', { params: { path: { id } }, body: { officerUserId: session!.user.id } })),
    onSuccess: ok,
    onError,
  });
  const convert = useMutation({
    mutationFn: (v: ConvertForm) =>
      call(() => api.POST('/api/v1/initiatives/{id}/convert', { params: { path: { id } }, body: { ...v, hasInvestmentContract: !!v.hasInvestmentContract } })),
    onSuccess: () => {
      setConvertOpen(false);
      ok();
    },
    onError,
  });
  const project = useQuery({
    queryKey: ['initiative', id, 'project'],
    enabled: q.data?.status === 'CONVERTED',
    queryFn: async () => {
      const page = await call<Page<Project>>(() =>
        api.GET('/api/v1/projects', { params: { query: { regionCode: q.data?.regionCode ?? undefined, pageSize: 200 } } }),
      );
      return page.items.find((p) => p.initiativeId === id) ?? null;
    },
    refetchInterval: (qq) => (qq.state.data ? false : 1000),
  });
  const i = q.data;
  const can = (a: string) => i?.allowedActions.includes(a) ?? false;
  return (
    <QueryState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()}>
      {i ? (
        <>
          <PageTitle
            extra={
              <>
                {can('TRANSFER') ? (
                  <Button type="primary" onClick={() => setTransferOpen(true)}>
                    {t('initiatives.transfer')}
                  </Button>
                ) : null}
                {can('ASSIGN_OFFICER') && !i.officerUserId ? (
                  <Button onClick={() => assign.mutate()} loading={assign.isPending}>
                    {t('initiatives.assignOfficer')}
                  </Button>
                ) : null}
                {can('CONVERT') ? (
                  <Button type="primary" onClick={() => setConvertOpen(true)}>
                    {t('initiatives.convert')}
                  </Button>
                ) : null}
                {project.data ? <Button onClick={() => navigate(`/projects/${project.data!.id}`)}>{t('initiatives.openProject')}</Button> : null}
              </>
            }
          >
            {i.title}
          </PageTitle>
          <Card>
            <Descriptions column={{ xs: 1, md: 2, xl: 3 }}>
              <Descriptions.Item label={t('common.status')}>
                <span data-testid="initiative-status">
                  <StatusTag status={i.status} />
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('initiatives.clock')}>
                <ClockBadge i={i} />
              </Descriptions.Item>
              <Descriptions.Item label={t('initiatives.dueOn')}>{f.date(i.actionDueOn)}</Descriptions.Item>
              <Descriptions.Item label={t('common.country')}>{f.country(i.countryCode)}</Descriptions.Item>
              <Descriptions.Item label={t('common.region')}>{f.region(i.regionCode)}</Descriptions.Item>
              <Descriptions.Item label={t('initiatives.transferred')}>{f.date(i.transferredOn)}</Descriptions.Item>
              <Descriptions.Item label={t('initiatives.extensions')}>{f.number(i.extensionsUsed)}</Descriptions.Item>
              <Descriptions.Item label={t('initiatives.officer')}>
                {i.officerUserId ? (i.officerUserId === session?.user.id ? session.user.fullName : t('common.yes')) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('initiatives.created')}>{f.date(i.createdOn)}</Descriptions.Item>
              <Descriptions.Item label={t('initiatives.converted')}>{f.date(i.convertedOn)}</Descriptions.Item>
            </Descriptions>
          </Card>
          {role && CHAT_ROLES.includes(role) ? <InitiativeChat initiativeId={i.initiativeId} /> : null}
          <Modal
            title={t('initiatives.transfer')}
            open={transferOpen}
            onCancel={() => setTransferOpen(false)}
            onOk={() => region && transfer.mutate(region)}
            okButtonProps={{ disabled: !region }}
            confirmLoading={transfer.isPending}
            okText={t('initiatives.transfer')}
            cancelText={t('common.cancel')}
          >
            <label htmlFor="transfer-region">{t('common.region')}</label>
            <Select
              id="transfer-region"
              showSearch
              optionFilterProp="label"
              value={region}
              onChange={setRegion}
              options={REGIONS.map((r) => ({ value: r.code, label: f.region(r.code) }))}
              style={{ width: '100%', marginTop: 8 }}
            />
          </Modal>
          <Modal
            title={t('initiatives.convert')}
            open={convertOpen}
            onCancel={() => setConvertOpen(false)}
            onOk={() => convertForm.submit()}
            confirmLoading={convert.isPending}
            okText={t('initiatives.convert')}
            cancelText={t('common.cancel')}
            destroyOnHidden
          >
            <Form
              form={convertForm}
              layout="vertical"
              name="convert"
              initialValues={{ projectName: i.title, hasInvestmentContract: false }}
              onFinish={(v) => convert.mutate(v)}
            >
              <Form.Item name="projectName" label={t('initiatives.projectName')} rules={[{ required: true, message: t('common.required') }]}>
                <Input />
              </Form.Item>
              <Form.Item name="companyBin" label={t('initiatives.companyBin')} rules={[{ required: true, message: t('common.required') }]}>
                <Input maxLength={12} inputMode="numeric" />
              </Form.Item>
              <Form.Item name="investmentAmountKzt" label={t('initiatives.amount')} rules={[{ required: true, message: t('common.required') }]}>
                <Input inputMode="numeric" />
              </Form.Item>
              <Form.Item name="hasInvestmentContract" label={t('initiatives.contract')} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Form>
          </Modal>
        </>
      ) : null}
    </QueryState>
  );
}
