import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Input, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, call, download } from '../api/client';
import type { Page } from '../api/types';
import { pagination, PageTitle, ProblemAlert, QueryState, useErrorText, useListParams } from '../components/common';
import { useFormat } from '../format';

const SERVICES = ['gateway', 'attraction', 'implementation', 'post-investment', 'reporting'] as const;
type Service = (typeof SERVICES)[number];

interface AuditRecord {
  id: string;
  at: string;
  userId: string;
  organizationId: string;
  role: string;
  action: string;
  entityType: string;
  entityId: string;
  oldValue: unknown;
  newValue: unknown;
  ruleEdition: string;
  correlationId: string | null;
}

interface ChainReport {
  ok: boolean;
  checked: number;
  brokenAtId: string | null;
}

/** The hash-chained audit trails of the services (authorized body and administrator): filtered, paged, exported, verified. */
export function AuditPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const lp = useListParams();
  const service = (lp.filter('service') ?? 'implementation') as Service;
  const filters = {
    action: lp.filter('action'),
    entityType: lp.filter('entityType'),
    entityId: lp.filter('entityId'),
    from: lp.filter('from'),
    to: lp.filter('to'),
  };
  const q = useQuery({
    queryKey: ['audit', service, lp.page, lp.pageSize, filters],
    queryFn: () =>
      call<Page<AuditRecord>>(() =>
        api.GET('/api/v1/audit/{service}/entries', { params: { path: { service }, query: { page: lp.page, pageSize: lp.pageSize, ...filters } } }),
      ),
    placeholderData: (prev) => prev,
  });
  const verify = useMutation({
    mutationFn: () => call<ChainReport>(() => api.GET('/api/v1/audit/{service}/verify', { params: { path: { service } } })),
  });
  const exportQs = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => !!e[1])).toString();
  const dateTime = new Intl.DateTimeFormat(f.locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Almaty' });
  const range: [dayjs.Dayjs, dayjs.Dayjs] | null = filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to).subtract(1, 'day')] : null;
  return (
    <>
      <PageTitle
        extra={
          <>
            <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
              {t('audit.verify')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              onClick={() =>
                void download(`/api/v1/audit/${service}/export.csv${exportQs ? `?${exportQs}` : ''}`, `audit-${service}.csv`).catch((e: unknown) =>
                  message.error(errorText(e)),
                )
              }
            >
              {t('common.exportCsv')}
            </Button>
          </>
        }
      >
        {t('audit.title')}
      </PageTitle>
      {verify.data ? (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          type={verify.data.ok ? 'success' : 'error'}
          title={verify.data.ok ? t('audit.chainOk', { count: verify.data.checked }) : t('audit.chainBroken', { id: verify.data.brokenAtId ?? '—' })}
        />
      ) : null}
      {verify.error ? <ProblemAlert error={verify.error} /> : null}
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('audit.service')}
          value={service}
          onChange={(v: string) => lp.update({ service: v })}
          options={SERVICES.map((s) => ({ value: s, label: t(`audit.services.${s}`) }))}
          style={{ width: 220 }}
        />
        <Input.Search
          aria-label={t('audit.action')}
          placeholder={t('audit.actionHint')}
          allowClear
          defaultValue={filters.action}
          onSearch={(v) => lp.update({ action: v.trim() || undefined })}
          style={{ width: 240 }}
        />
        <Input.Search
          aria-label={t('audit.entityType')}
          placeholder={t('audit.entityType')}
          allowClear
          defaultValue={filters.entityType}
          onSearch={(v) => lp.update({ entityType: v.trim() || undefined })}
          style={{ width: 200 }}
        />
        <Input.Search
          aria-label={t('audit.entityId')}
          placeholder={t('audit.entityId')}
          allowClear
          defaultValue={filters.entityId}
          onSearch={(v) => lp.update({ entityId: v.trim() || undefined })}
          style={{ width: 300 }}
        />
        <DatePicker.RangePicker
          aria-label={t('audit.period')}
          value={range}
          onChange={(v) =>
            lp.update({
              from: v?.[0] ? v[0].format('YYYY-MM-DD') : undefined,
              to: v?.[1] ? v[1].add(1, 'day').format('YYYY-MM-DD') : undefined,
            })
          }
        />
      </Space>
      <QueryState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()}>
        <Table<AuditRecord>
          data-testid="audit"
          rowKey="id"
          size="middle"
          dataSource={q.data?.items}
          loading={q.isFetching}
          pagination={pagination(t, lp.page, lp.pageSize, q.data?.total)}
          onChange={lp.onTableChange}
          locale={{ emptyText: t('audit.none') }}
          expandable={{
            columnTitle: <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{t('audit.change')}</span>,
            expandedRowRender: (r) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Typography.Text type="secondary">{t('audit.before')}</Typography.Text>
                <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', margin: 0, maxHeight: 240, overflow: 'auto' }}>
                  {JSON.stringify(r.oldValue, null, 2)}
                </pre>
                <Typography.Text type="secondary">{t('audit.after')}</Typography.Text>
                <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', margin: 0, maxHeight: 240, overflow: 'auto' }}>
                  {JSON.stringify(r.newValue, null, 2)}
                </pre>
              </Space>
            ),
          }}
          scroll={{ x: 1000 }}
          columns={[
            { title: t('audit.at'), render: (_: unknown, r) => dateTime.format(new Date(r.at)) },
            { title: t('audit.action'), dataIndex: 'action', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
            { title: t('audit.entityType'), dataIndex: 'entityType' },
            {
              title: t('audit.entityId'),
              dataIndex: 'entityId',
              width: 240,
              render: (v: string) => (
                <Typography.Text copyable ellipsis style={{ maxWidth: 200 }}>
                  {v}
                </Typography.Text>
              ),
            },
            { title: t('audit.role'), dataIndex: 'role', render: (v: string) => t(`orgType.${v}`, { defaultValue: v }) },
            { title: t('audit.edition'), dataIndex: 'ruleEdition' },
          ]}
        />
      </QueryState>
    </>
  );
}
