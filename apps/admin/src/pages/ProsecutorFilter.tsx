import { useQuery } from '@tanstack/react-query';
import { Alert, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, ApiError, call } from '../api/client';
import type { Page } from '../api/types';
import { ActionButtons, type RowAction } from '../components/actions';
import { pagination, PageTitle, QueryState, useErrorText, useListParams } from '../components/common';
import { useFormat } from '../format';

interface Measure {
  id: string;
  projectId: string;
  projectRegionCode: string;
  status: string;
  kind: 'K1' | 'K3';
  measureType: string;
  legalBasis: string;
  justification: string;
  routedTo: 'PRR' | 'PRG';
  submittedOn: string | null;
  decidedOn: string | null;
  decisionReason: string | null;
  appliedOn: string | null;
  actNumber: string | null;
  investorBin: string | null;
  allowedActions: string[];
}

interface ProsecutorCase {
  id: string;
  projectId: string;
  projectRegionCode: string;
  investorBin: string;
  status: string;
  caseKind: string;
  kind: 'K2' | 'K4';
  caseNumber: string;
  courtOrBody: string;
  filedOn: string;
  subject: string;
  routedTo: 'PRR' | 'PRG';
  registeredOn: string;
  assessedOn: string | null;
  conclusion: 'LAWFUL' | 'UNLAWFUL' | null;
  justification: string | null;
  allowedActions: string[];
}

const PF_COLORS: Record<string, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  UNDER_REVIEW: 'gold',
  APPROVED: 'green',
  REFUSED: 'red',
  WITHDRAWN: 'default',
  APPLIED: 'purple',
  REGISTERED: 'blue',
  UNDER_ASSESSMENT: 'gold',
  ASSESSED_LAWFUL: 'green',
  ASSESSED_UNLAWFUL: 'red',
  CLOSED: 'default',
};

/** The rules in force may not provide the prosecutor filter (it is an E001 procedure): that is information, not a failure. */
function NotInEdition({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const text = useErrorText();
  return <Alert type="info" showIcon title={t('pf.notInEdition')} description={text(error)} />;
}

const notInEdition = (e: unknown) => e instanceof ApiError && e.problem.code === 'NOT_IN_EDITION';

function PfStatus({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={PF_COLORS[status] ?? 'default'}>{t(`pf.status.${status}`, { defaultValue: status })}</Tag>;
}

/** [E001] Prosecutor filter: restrictive measures and tax-inspection acts (approval), administrative cases and lawsuits (legality assessment). */
export function ProsecutorFilterPage() {
  const { t } = useTranslation();
  const lp = useListParams();
  const tab = lp.filter('tab') ?? 'measures';
  return (
    <>
      <PageTitle>{t('pf.title')}</PageTitle>
      <Typography.Paragraph type="secondary">{t('pf.hint')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(k) => lp.update({ tab: k === 'measures' ? undefined : k, page: undefined, sort: undefined })}
        items={[
          { key: 'measures', label: t('pf.measures'), children: tab === 'measures' ? <Measures /> : null },
          { key: 'cases', label: t('pf.cases'), children: tab === 'cases' ? <Cases /> : null },
        ]}
      />
    </>
  );
}

function Measures() {
  const { t } = useTranslation();
  const f = useFormat();
  const lp = useListParams();
  const key = ['restrictive-measures', lp.page, lp.pageSize];
  const q = useQuery({
    queryKey: key,
    queryFn: () => call<Page<Measure>>(() => api.GET('/api/v1/restrictive-measures', { params: { query: { page: lp.page, pageSize: lp.pageSize } } })),
    placeholderData: (prev) => prev,
  });
  const path = (m: Measure) => ({ params: { path: { id: m.id } } });
  const reason = [{ kind: 'reason' as const, name: 'reason', label: t('actions.reason') }];
  const actions = (m: Measure): RowAction[] => {
    const all: (RowAction & { type: string })[] = [
      {
        type: 'SUBMIT',
        key: 'submit',
        label: t('pf.act.submit'),
        primary: true,
        confirm: t('pf.confirm.submit'),
        run: () => call(() => api.POST('/api/v1/restrictive-measures/{id}/submit', path(m))),
      },
      {
        type: 'TAKE_INTO_REVIEW',
        key: 'take',
        label: t('pf.act.take'),
        primary: true,
        confirm: t('pf.confirm.take'),
        run: () => call(() => api.POST('/api/v1/restrictive-measures/{id}/take', path(m))),
      },
      {
        type: 'APPROVE',
        key: 'approve',
        label: t('pf.act.approve'),
        primary: true,
        confirm: t('pf.confirm.approve'),
        run: () => call(() => api.POST('/api/v1/restrictive-measures/{id}/approve', path(m))),
      },
      {
        type: 'REFUSE',
        key: 'refuse',
        label: t('pf.act.refuse'),
        danger: true,
        confirm: t('pf.confirm.refuse'),
        fields: reason,
        run: (v) => call(() => api.POST('/api/v1/restrictive-measures/{id}/refuse', { ...path(m), body: { reason: String(v.reason) } })),
      },
      {
        type: 'RETURN_FOR_CORRECTION',
        key: 'return',
        label: t('pf.act.return'),
        confirm: t('pf.confirm.return'),
        fields: reason,
        run: (v) => call(() => api.POST('/api/v1/restrictive-measures/{id}/return', { ...path(m), body: { reason: String(v.reason) } })),
      },
      {
        type: 'WITHDRAW',
        key: 'withdraw',
        label: t('pf.act.withdraw'),
        danger: true,
        confirm: t('pf.confirm.withdraw'),
        run: () => call(() => api.POST('/api/v1/restrictive-measures/{id}/withdraw', path(m))),
      },
    ];
    return all.filter((a) => m.allowedActions.includes(a.type));
  };
  if (notInEdition(q.error)) return <NotInEdition error={q.error} />;
  return (
    <QueryState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()}>
      <Table<Measure>
        data-testid="restrictive-measures"
        rowKey="id"
        dataSource={q.data?.items}
        loading={q.isFetching}
        pagination={pagination(t, lp.page, lp.pageSize, q.data?.total)}
        onChange={lp.onTableChange}
        locale={{ emptyText: t('pf.noMeasures') }}
        scroll={{ x: 1200 }}
        columns={[
          {
            title: t('pf.measure'),
            render: (_: unknown, m) => (
              <Space orientation="vertical" size={0} style={{ maxWidth: 320 }}>
                <span>{t(`pf.measureType.${m.measureType}`, { defaultValue: m.measureType })}</span>
                <Typography.Text type="secondary" ellipsis={{ tooltip: m.legalBasis }} style={{ maxWidth: 320 }}>
                  {m.legalBasis}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t('projects.name'), render: (_: unknown, m) => <Link to={`/projects/${m.projectId}`}>{t('pf.openProject')}</Link> },
          { title: t('common.region'), render: (_: unknown, m) => f.region(m.projectRegionCode) },
          { title: t('pf.routedTo'), render: (_: unknown, m) => t(`orgType.${m.routedTo}`) },
          { title: t('pf.submittedOn'), render: (_: unknown, m) => f.date(m.submittedOn) },
          { title: t('pf.decidedOn'), render: (_: unknown, m) => f.date(m.decidedOn) },
          { title: t('common.status'), render: (_: unknown, m) => <PfStatus status={m.status} /> },
          {
            title: t('common.actions'),
            fixed: 'right' as const,
            render: (_: unknown, m) => <ActionButtons label={t('common.actions')} invalidate={[['restrictive-measures']]} actions={actions(m)} />,
          },
        ]}
      />
    </QueryState>
  );
}

function Cases() {
  const { t } = useTranslation();
  const f = useFormat();
  const lp = useListParams();
  const q = useQuery({
    queryKey: ['prosecutor-cases', lp.page, lp.pageSize],
    queryFn: () => call<Page<ProsecutorCase>>(() => api.GET('/api/v1/prosecutor-cases', { params: { query: { page: lp.page, pageSize: lp.pageSize } } })),
    placeholderData: (prev) => prev,
  });
  const path = (c: ProsecutorCase) => ({ params: { path: { id: c.id } } });
  const actions = (c: ProsecutorCase): RowAction[] => {
    const all: (RowAction & { type: string })[] = [
      {
        type: 'START_ASSESSMENT',
        key: 'start',
        label: t('pf.act.startAssessment'),
        primary: true,
        confirm: t('pf.confirm.startAssessment'),
        run: () => call(() => api.POST('/api/v1/prosecutor-cases/{id}/start-assessment', path(c))),
      },
      {
        type: 'ASSESS',
        key: 'lawful',
        label: t('pf.act.lawful'),
        primary: true,
        confirm: t('pf.confirm.lawful'),
        fields: [{ kind: 'reason', name: 'justification', label: t('pf.justification'), required: false }],
        run: (v) =>
          call(() =>
            api.POST('/api/v1/prosecutor-cases/{id}/assess', {
              ...path(c),
              body: { conclusion: 'LAWFUL', ...(v.justification ? { justification: String(v.justification) } : {}) },
            }),
          ),
      },
      {
        type: 'ASSESS',
        key: 'unlawful',
        label: t('pf.act.unlawful'),
        danger: true,
        confirm: t('pf.confirm.unlawful'),
        fields: [{ kind: 'reason', name: 'justification', label: t('pf.justification') }],
        run: (v) =>
          call(() =>
            api.POST('/api/v1/prosecutor-cases/{id}/assess', { ...path(c), body: { conclusion: 'UNLAWFUL', justification: String(v.justification) } }),
          ),
      },
      {
        type: 'CLOSE',
        key: 'close',
        label: t('pf.act.close'),
        confirm: t('pf.confirm.close'),
        run: () => call(() => api.POST('/api/v1/prosecutor-cases/{id}/close', path(c))),
      },
    ];
    return all.filter((a) => c.allowedActions.includes(a.type));
  };
  if (notInEdition(q.error)) return <NotInEdition error={q.error} />;
  return (
    <QueryState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()}>
      <Table<ProsecutorCase>
        data-testid="prosecutor-cases"
        rowKey="id"
        dataSource={q.data?.items}
        loading={q.isFetching}
        pagination={pagination(t, lp.page, lp.pageSize, q.data?.total)}
        onChange={lp.onTableChange}
        locale={{ emptyText: t('pf.noCases') }}
        scroll={{ x: 1200 }}
        columns={[
          {
            title: t('pf.case'),
            render: (_: unknown, c) => (
              <Space orientation="vertical" size={0} style={{ maxWidth: 320 }}>
                <span>
                  {t(`pf.caseKind.${c.caseKind}`, { defaultValue: c.caseKind })} № {c.caseNumber}
                </span>
                <Typography.Text type="secondary" ellipsis={{ tooltip: c.subject }} style={{ maxWidth: 320 }}>
                  {c.subject}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t('pf.courtOrBody'), dataIndex: 'courtOrBody' },
          { title: t('pf.filedOn'), render: (_: unknown, c) => f.date(c.filedOn) },
          { title: t('common.region'), render: (_: unknown, c) => f.region(c.projectRegionCode) },
          { title: t('pf.routedTo'), render: (_: unknown, c) => t(`orgType.${c.routedTo}`) },
          { title: t('common.status'), render: (_: unknown, c) => <PfStatus status={c.status} /> },
          {
            title: t('common.actions'),
            fixed: 'right' as const,
            render: (_: unknown, c) => <ActionButtons label={t('common.actions')} invalidate={[['prosecutor-cases']]} actions={actions(c)} />,
          },
        ]}
      />
    </QueryState>
  );
}
