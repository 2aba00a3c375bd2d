import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Input, Select, Space, Table, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, call } from '../api/client';
import type { Company, Contact, KycCheck, Page } from '../api/types';
import { pagination, PageTitle, QueryState, StatusTag, useErrorText, useListParams } from '../components/common';
import { useAuth } from '../auth';
import { useFormat } from '../format';

type CompanySort = 'name' | '-name' | 'createdAt' | '-createdAt';

export function CompaniesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const lp = useListParams({ sort: '-createdAt' });
  const q = lp.filter('q');
  const countryCode = lp.filter('countryCode');
  const list = useQuery({
    queryKey: ['companies', lp.page, lp.pageSize, lp.sort, q, countryCode],
    queryFn: () =>
      call<Page<Company>>(() =>
        api.GET('/api/v1/companies', { params: { query: { page: lp.page, pageSize: lp.pageSize, sort: lp.sort as CompanySort, q, countryCode } } }),
      ),
    placeholderData: (prev) => prev,
  });
  return (
    <>
      <PageTitle>{t('companies.title')}</PageTitle>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={t('companies.searchName')}
          placeholder={t('companies.searchName')}
          defaultValue={q}
          allowClear
          onSearch={(v) => lp.update({ q: v })}
          style={{ width: 260 }}
        />
        <Input
          aria-label={t('common.country')}
          placeholder={t('common.country')}
          defaultValue={countryCode}
          maxLength={2}
          allowClear
          onChange={(e) => {
            const v = e.target.value.toUpperCase();
            if (v.length === 0 || v.length === 2) lp.update({ countryCode: v });
          }}
          style={{ width: 120 }}
        />
      </Space>
      <QueryState loading={list.isLoading} error={list.error} onRetry={() => void list.refetch()}>
        <Table<Company>
          rowKey="id"
          dataSource={list.data?.items}
          loading={list.isFetching}
          pagination={pagination(t, lp.page, lp.pageSize, list.data?.total)}
          onChange={lp.onTableChange}
          scroll={{ x: 800 }}
          columns={[
            {
              title: t('companies.name'),
              dataIndex: 'name',
              key: 'name',
              sorter: true,
              sortOrder: lp.sortOrder('name'),
              render: (v: string, r) => <Link to={`/companies/${r.id}`}>{v}</Link>,
            },
            { title: t('common.country'), dataIndex: 'countryCode', render: (v: string) => f.country(v) },
            { title: t('common.sector'), dataIndex: 'sector', render: (v: string | null) => v ?? '—' },
            { title: t('companies.bin'), dataIndex: 'bin', render: (v: string | null) => v ?? '—' },
            { title: t('companies.kyc'), dataIndex: 'kycStatus', render: (v: string) => <StatusTag status={v} /> },
            {
              title: t('companies.created'),
              dataIndex: 'createdAt',
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

export function CompanyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const { role, session } = useAuth();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const company = useQuery({ queryKey: ['company', id], queryFn: () => call<Company>(() => api.GET('/api/v1/companies/{id}', { params: { path: { id } } })) });
  const contacts = useQuery({
    queryKey: ['company', id, 'contacts'],
    queryFn: () => call<Page<Contact>>(() => api.GET('/api/v1/companies/{id}/contacts', { params: { path: { id } } })),
  });
  const kyc = useQuery({
    queryKey: ['company', id, 'kyc'],
    queryFn: () => call<Page<KycCheck>>(() => api.GET('/api/v1/companies/{id}/kyc', { params: { path: { id } } })),
  });
  const done = () => {
    message.success(t('common.saved'));
    void qc.invalidateQueries({ queryKey: ['company', id] });
  };
  const startKyc = useMutation({
    mutationFn: () =>
      call(() => api.POST('/api/v1/companies/{id}/kyc/start', { params: { path: { id } }, body: { performer: session?.user.fullName ?? '—' } })),
    onSuccess: done,
    onError: (e) => message.error(errorText(e)),
  });
  const completeKyc = useMutation({
    mutationFn: (outcome: 'PASSED' | 'FAILED') =>
      call(() =>
        api.POST('/api/v1/companies/{id}/kyc/complete', { params: { path: { id } }, body: { outcome, findings: outcome === 'FAILED' ? '—' : undefined } }),
      ),
    onSuccess: done,
    onError: (e) => message.error(errorText(e)),
  });
  const c = company.data;
  const mayEdit = role === 'FI' || role === 'NCF';
  return (
    <QueryState loading={company.isLoading} error={company.error} onRetry={() => void company.refetch()}>
      {c ? (
        <>
          <PageTitle
            extra={
              mayEdit ? (
                <>
                  <Button onClick={() => startKyc.mutate()} loading={startKyc.isPending} disabled={c.kycStatus === 'IN_PROGRESS'}>
                    {t('companies.startKyc')}
                  </Button>
                  <Button type="primary" onClick={() => completeKyc.mutate('PASSED')} disabled={c.kycStatus !== 'IN_PROGRESS'}>
                    {t('companies.passKyc')}
                  </Button>
                  <Button danger onClick={() => completeKyc.mutate('FAILED')} disabled={c.kycStatus !== 'IN_PROGRESS'}>
                    {t('companies.failKyc')}
                  </Button>
                </>
              ) : null
            }
          >
            {c.name}
          </PageTitle>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2, xl: 3 }}>
              <Descriptions.Item label={t('common.country')}>{f.country(c.countryCode)}</Descriptions.Item>
              <Descriptions.Item label={t('common.sector')}>{c.sector ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('companies.bin')}>{c.bin ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('companies.kyc')}>
                <StatusTag status={c.kycStatus} />
              </Descriptions.Item>
              <Descriptions.Item label={t('common.status')}>
                <StatusTag status={c.status} />
              </Descriptions.Item>
              <Descriptions.Item label={t('companies.created')}>{f.date(c.createdAt)}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Tabs
            items={[
              {
                key: 'kyc',
                label: t('companies.kycChecks'),
                children: (
                  <QueryState loading={kyc.isLoading} error={kyc.error} empty={kyc.data?.items.length === 0}>
                    <Table<KycCheck>
                      rowKey="kycCheckId"
                      dataSource={kyc.data?.items}
                      pagination={false}
                      columns={[
                        { title: t('common.status'), dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
                        { title: t('common.date'), render: (_: unknown, r) => f.date(r.completedOn ?? r.startedOn) },
                        { title: t('companies.performer'), dataIndex: 'performer' },
                        { title: t('companies.findings'), dataIndex: 'findings', render: (v: string | null) => v ?? '—' },
                      ]}
                    />
                  </QueryState>
                ),
              },
              {
                key: 'contacts',
                label: t('companies.contacts'),
                children: (
                  <QueryState loading={contacts.isLoading} error={contacts.error} empty={contacts.data?.items.length === 0}>
                    <Table<Contact>
                      rowKey="id"
                      dataSource={contacts.data?.items}
                      pagination={false}
                      columns={[
                        { title: t('companies.fullName'), dataIndex: 'fullName' },
                        { title: t('companies.position'), dataIndex: 'position', render: (v: string | null) => v ?? '—' },
                        { title: t('companies.email'), dataIndex: 'email', render: (v: string | null) => v ?? '—' },
                        { title: t('companies.phone'), dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
                      ]}
                    />
                  </QueryState>
                ),
              },
            ]}
          />
        </>
      ) : null}
    </QueryState>
  );
}

/** A company picker backed by the server-side search of company cards. */
export function CompanySelect({ value, onChange, id }: { value?: string; onChange?: (v: string) => void; id?: string }) {
  const companies = useQuery({
    queryKey: ['companies', 'picker'],
    queryFn: () => call<Page<Company>>(() => api.GET('/api/v1/companies', { params: { query: { pageSize: 100, sort: 'name' } } })),
  });
  return (
    <Select
      id={id}
      showSearch
      optionFilterProp="label"
      value={value}
      onChange={onChange}
      loading={companies.isLoading}
      options={(companies.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
    />
  );
}
