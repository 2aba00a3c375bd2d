import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Input, Select, Space, Table, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, call } from '../api/client';
import type { Company, Contact, KycCheck, Page } from '../api/types';
import { pagination, PageTitle, QueryState, StatusTag, useErrorText, useListParams } from '../components/common';
import { useAuth } from '../auth';
import { useFormat } from '../format';
import { CompanyFormModal, ContactFormModal } from './CompanyForm';

type CompanySort = 'name' | '-name' | 'createdAt' | '-createdAt';

export function CompaniesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { role } = useAuth();
  const mayEdit = role === 'FI' || role === 'NCF';
  const [editing, setEditing] = useState<Company | 'new' | null>(null);
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
      <PageTitle
        extra={
          mayEdit ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('companies.new')}
            </Button>
          ) : null
        }
      >
        {t('companies.title')}
      </PageTitle>
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
            ...(mayEdit
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 140,
                    render: (_: unknown, r: Company) => (
                      <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(r)} aria-label={t('forms.editNamed', { name: r.name })}>
                        {t('forms.edit')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </QueryState>
      <CompanyFormModal
        key={editing === 'new' ? 'new' : (editing?.id ?? 'none')}
        open={editing !== null}
        company={editing === 'new' || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
      />
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
  const [editing, setEditing] = useState(false);
  const [addingContact, setAddingContact] = useState(false);
  return (
    <QueryState loading={company.isLoading} error={company.error} onRetry={() => void company.refetch()}>
      {c ? (
        <>
          <PageTitle
            extra={
              mayEdit ? (
                <>
                  <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                    {t('forms.edit')}
                  </Button>
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
              <Descriptions.Item label={t('forms.size')}>{c.size ? t(`forms.sizes.${c.size}`) : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('forms.website')}>{c.website ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('forms.global2000')}>
                {c.global2000 ? t('forms.global2000In', { year: c.global2000Year }) : t('common.no')}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          {editing ? <CompanyFormModal open company={c} onClose={() => setEditing(false)} /> : null}
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
                  <>
                    {mayEdit ? (
                      <Button icon={<PlusOutlined />} onClick={() => setAddingContact(true)} style={{ marginBottom: 12 }}>
                        {t('forms.addContact')}
                      </Button>
                    ) : null}
                    {addingContact ? <ContactFormModal open companyId={id} onClose={() => setAddingContact(false)} /> : null}
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
                  </>
                ),
              },
            ]}
          />
        </>
      ) : null}
    </QueryState>
  );
}

/**
 * A company picker backed by the server-side search of company cards (`q`, name contains), so that
 * any card can be found however many there are; the chosen card stays shown while another is searched.
 */
export function CompanySelect({ value, onChange, id, ...aria }: { value?: string; onChange?: (v: string) => void; id?: string; 'aria-required'?: boolean }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const h = setTimeout(() => setQ(search.trim()), 300);
    return () => clearTimeout(h);
  }, [search]);
  const companies = useQuery({
    queryKey: ['companies', 'picker', q],
    queryFn: () => call<Page<Company>>(() => api.GET('/api/v1/companies', { params: { query: { pageSize: 20, sort: 'name', q: q || undefined } } })),
    placeholderData: (prev) => prev,
  });
  const chosen = useQuery({
    queryKey: ['company', value],
    queryFn: () => call<Company>(() => api.GET('/api/v1/companies/{id}', { params: { path: { id: value! } } })),
    enabled: Boolean(value) && !companies.data?.items.some((c) => c.id === value),
  });
  const items = companies.data?.items ?? [];
  const options = items.map((c) => ({ value: c.id, label: c.name }));
  if (value && chosen.data && !items.some((c) => c.id === value)) options.unshift({ value, label: chosen.data.name });
  return (
    <Select
      id={id}
      {...aria}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      value={value}
      onChange={(v: string) => {
        setSearch('');
        onChange?.(v);
      }}
      loading={companies.isFetching}
      placeholder={t('forms.searchCompany')}
      notFoundContent={companies.isFetching ? t('common.loading') : t('common.empty')}
      options={options}
    />
  );
}
