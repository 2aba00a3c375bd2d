import { useQuery } from '@tanstack/react-query';
import { Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api/client';
import type { Names, Page } from '../api/types';
import { ActionButtons, lines, type RowAction } from '../components/actions';
import { pagination, PageTitle, QueryState, useListParams } from '../components/common';
import { useFormat } from '../format';

const STATUSES = [
  'SUBMITTED',
  'ACCEPTED',
  'AT_PROVIDER',
  'RETURNED_BY_PROVIDER',
  'AWAITING_INVESTOR',
  'RESUBMISSION',
  'RESULT_AT_FRONT_OFFICE',
  'ISSUED',
] as const;
type Status = (typeof STATUSES)[number];

interface Application {
  id: string;
  status: Status;
  statusLabel: Names;
  applicantName: string;
  services: string[];
  documents: string[];
  submittedOn: string;
  acceptedOn: string | null;
  resultPromisedOn: string | null;
  frontOfficeDueOn: string | null;
  providerDueOn: string | null;
  providerReturnReason: string | null;
  issuedOn: string | null;
  regionCode: string;
  providerOverdue: boolean;
  frontOfficeOverdue: boolean;
  allowedActions: string[];
}

const COLORS: Partial<Record<Status, string>> = {
  SUBMITTED: 'blue',
  ACCEPTED: 'processing',
  AT_PROVIDER: 'gold',
  RETURNED_BY_PROVIDER: 'orange',
  AWAITING_INVESTOR: 'orange',
  RESUBMISSION: 'gold',
  RESULT_AT_FRONT_OFFICE: 'cyan',
  ISSUED: 'green',
};

/** State-service applications through the one-stop front office (003): receipt dates, the provider's term, lateness. */
export function StateServicesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const lp = useListParams();
  const status = lp.filter('status') as Status | undefined;
  const q = useQuery({
    queryKey: ['state-services', lp.page, lp.pageSize, status],
    queryFn: () => call<Page<Application>>(() => api.GET('/api/v1/state-services', { params: { query: { page: lp.page, pageSize: lp.pageSize, status } } })),
    placeholderData: (prev) => prev,
  });
  const path = (a: Application) => ({ params: { path: { id: a.id } } });
  const actions = (a: Application): RowAction[] => {
    const all: (RowAction & { type: string })[] = [
      {
        type: 'ACCEPT',
        key: 'accept',
        label: t('svc.act.accept'),
        primary: true,
        confirm: t('svc.confirm.accept'),
        fields: [{ kind: 'term', name: 'value', label: t('svc.standardTerm') }],
        run: (v) =>
          call(() =>
            api.POST('/api/v1/state-services/{id}/accept', {
              ...path(a),
              body: { standardTerm: { value: Number(v.value), unit: v.unit === 'CD' ? 'CD' : 'WD' } },
            }),
          ),
      },
      {
        type: 'RETURN_DOCUMENTS',
        key: 'return',
        label: t('svc.act.returnDocuments'),
        danger: true,
        confirm: t('svc.confirm.returnDocuments'),
        fields: [{ kind: 'reason', name: 'reason', label: t('actions.reason') }],
        run: (v) => call(() => api.POST('/api/v1/state-services/{id}/return-documents', { ...path(a), body: { reason: String(v.reason) } })),
      },
      {
        type: 'NOTIFY_INVESTOR',
        key: 'notify',
        label: t('svc.act.notifyInvestor'),
        confirm: t('svc.confirm.notifyInvestor'),
        run: () => call(() => api.POST('/api/v1/state-services/{id}/notify-investor', path(a))),
      },
      {
        type: 'PROVIDE_DOCUMENTS',
        key: 'provide',
        label: t('svc.act.provideDocuments'),
        primary: true,
        confirm: t('svc.confirm.provideDocuments'),
        fields: [{ kind: 'lines', name: 'documents', label: t('svc.documents') }],
        run: (v) => call(() => api.POST('/api/v1/state-services/{id}/provide-documents', { ...path(a), body: { documents: lines(v.documents) } })),
      },
      {
        type: 'RESEND',
        key: 'resend',
        label: t('svc.act.resend'),
        primary: true,
        confirm: t('svc.confirm.resend'),
        run: () => call(() => api.POST('/api/v1/state-services/{id}/resend', path(a))),
      },
      {
        type: 'ISSUE_RESULT',
        key: 'issue',
        label: t('svc.act.issueResult'),
        primary: true,
        confirm: t('svc.confirm.issueResult'),
        run: () => call(() => api.POST('/api/v1/state-services/{id}/issue-result', path(a))),
      },
      {
        type: 'NOTIFY_VIOLATION',
        key: 'violation',
        label: t('svc.act.notifyViolation'),
        danger: true,
        confirm: t('svc.confirm.notifyViolation'),
        run: () => call(() => api.POST('/api/v1/state-services/{id}/notify-violation', path(a))),
      },
      {
        type: 'HAND_OVER',
        key: 'handover',
        label: t('svc.act.handOver'),
        primary: true,
        confirm: t('svc.confirm.handOver'),
        run: () => call(() => api.POST('/api/v1/state-services/{id}/hand-over', { ...path(a), body: { receiptShown: true, identityVerified: true } })),
      },
    ];
    return all.filter((x) => a.allowedActions.includes(x.type));
  };
  const late = (on: boolean) => (on ? <Tag color="red">{t('common.overdue')}</Tag> : null);
  return (
    <>
      <PageTitle>{t('svc.title')}</PageTitle>
      <Typography.Paragraph type="secondary">{t('svc.hint')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('common.status')}
          placeholder={t('common.status')}
          allowClear
          value={status}
          onChange={(v?: string) => lp.update({ status: v })}
          options={STATUSES.map((s) => ({ value: s, label: t(`svc.status.${s}`) }))}
          style={{ width: 300 }}
        />
      </Space>
      <QueryState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()}>
        <Table<Application>
          data-testid="state-services"
          rowKey="id"
          dataSource={q.data?.items}
          loading={q.isFetching}
          pagination={pagination(t, lp.page, lp.pageSize, q.data?.total)}
          onChange={lp.onTableChange}
          locale={{ emptyText: t('svc.none') }}
          scroll={{ x: 1250 }}
          columns={[
            { title: t('svc.applicant'), dataIndex: 'applicantName' },
            { title: t('svc.services'), width: 240, ellipsis: true, render: (_: unknown, a) => a.services.join('; ') },
            { title: t('common.region'), render: (_: unknown, a) => f.region(a.regionCode) },
            { title: t('svc.submittedOn'), render: (_: unknown, a) => f.date(a.submittedOn) },
            {
              title: t('svc.frontOfficeDueOn'),
              render: (_: unknown, a) => (
                <Space size={4}>
                  {f.date(a.frontOfficeDueOn)}
                  {late(a.frontOfficeOverdue)}
                </Space>
              ),
            },
            {
              title: t('svc.providerDueOn'),
              render: (_: unknown, a) => (
                <Space size={4}>
                  {f.date(a.providerDueOn)}
                  {late(a.providerOverdue)}
                </Space>
              ),
            },
            { title: t('svc.resultPromisedOn'), render: (_: unknown, a) => f.date(a.resultPromisedOn) },
            {
              title: t('common.status'),
              render: (_: unknown, a) => <Tag color={COLORS[a.status] ?? 'default'}>{a.statusLabel?.[f.lang] ?? t(`svc.status.${a.status}`)}</Tag>,
            },
            {
              title: t('common.actions'),
              fixed: 'right' as const,
              render: (_: unknown, a) => <ActionButtons label={t('common.actions')} invalidate={[['state-services']]} actions={actions(a)} />,
            },
          ]}
        />
      </QueryState>
    </>
  );
}
