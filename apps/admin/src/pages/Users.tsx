import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api/client';
import type { components } from '../api/schema';
import type { Organization, Page, User } from '../api/types';
import { useAuth } from '../auth';
import { pagination, PageTitle, QueryState, useErrorText, useListParams } from '../components/common';
import { REGIONS, useFormat } from '../format';

type OrgType = components['schemas']['CreateOrganizationDto']['type'];
const ORG_TYPES: OrgType[] = ['INV', 'FI', 'NCF', 'NC', 'NCR', 'TF', 'MIO', 'RO', 'CSB', 'NCH', 'NH', 'AB', 'CIA', 'RIHQ', 'PRR', 'PRG', 'OSB', 'ADMIN'];

function useOrganizations() {
  return useQuery({
    queryKey: ['organizations', 'all'],
    queryFn: () => call<Page<Organization>>(() => api.GET('/api/v1/organizations', { params: { query: { pageSize: 200 } } })),
  });
}

export function UsersPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { role } = useAuth();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const lp = useListParams();
  const organizationId = lp.filter('organizationId');
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const orgs = useOrganizations();
  const list = useQuery({
    queryKey: ['users', lp.page, lp.pageSize, organizationId],
    queryFn: () => call<Page<User>>(() => api.GET('/api/v1/users', { params: { query: { page: lp.page, pageSize: lp.pageSize, organizationId } } })),
    placeholderData: (prev) => prev,
  });
  const onError = (e: unknown) => message.error(errorText(e));
  const toggle = useMutation({
    mutationFn: (u: User) =>
      u.active
        ? call(() => api.POST('/api/v1/users/{id}/deactivate', { params: { path: { id: u.id } } }))
        : call(() => api.POST('/api/v1/users/{id}/activate', { params: { path: { id: u.id } } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['users'] }),
    onError,
  });
  const create = useMutation({
    mutationFn: (v: components['schemas']['CreateUserDto']) =>
      call(() => api.POST('/api/v1/users', { body: { ...v, iin: v.iin || undefined, password: v.password || undefined } })),
    onSuccess: () => {
      setOpen(false);
      form.resetFields();
      message.success(t('common.saved'));
      void qc.invalidateQueries({ queryKey: ['users'] });
    },
    onError,
  });
  const isAdmin = role === 'ADMIN';
  const req = [{ required: true, message: t('common.required') }];
  return (
    <>
      <PageTitle
        extra={
          isAdmin ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              {t('users.new')}
            </Button>
          ) : null
        }
      >
        {t('users.title')}
      </PageTitle>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('users.organization')}
          placeholder={t('users.organization')}
          allowClear
          showSearch
          optionFilterProp="label"
          value={organizationId}
          onChange={(v?: string) => lp.update({ organizationId: v })}
          options={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: f.names(o.name) }))}
          style={{ width: 320 }}
        />
      </Space>
      <QueryState loading={list.isLoading} error={list.error} onRetry={() => void list.refetch()}>
        <Table<User>
          rowKey="id"
          dataSource={list.data?.items}
          loading={list.isFetching}
          pagination={pagination(t, lp.page, lp.pageSize, list.data?.total)}
          onChange={lp.onTableChange}
          scroll={{ x: 900 }}
          columns={[
            { title: t('users.login'), dataIndex: 'login' },
            { title: t('users.fullName'), dataIndex: 'fullName' },
            { title: t('users.organization'), render: (_: unknown, u) => f.names(u.organization.name) },
            { title: t('organizations.type'), render: (_: unknown, u) => t(`orgType.${u.organization.type}`) },
            {
              title: t('common.status'),
              dataIndex: 'active',
              render: (v: boolean) => (v ? <Tag color="green">{t('users.active')}</Tag> : <Tag>{t('users.inactive')}</Tag>),
            },
            ...(isAdmin
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    render: (_: unknown, u: User) => (
                      <Button size="small" danger={u.active} onClick={() => toggle.mutate(u)}>
                        {u.active ? t('users.deactivate') : t('users.activate')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </QueryState>
      <Modal
        title={t('users.new')}
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending}
        okText={t('common.create')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="user" onFinish={(v) => create.mutate(v)}>
          <Form.Item name="login" label={t('users.login')} rules={req}>
            <Input />
          </Form.Item>
          <Form.Item name="fullName" label={t('users.fullName')} rules={req}>
            <Input />
          </Form.Item>
          <Form.Item name="organizationId" label={t('users.organization')} rules={req}>
            <Select showSearch optionFilterProp="label" options={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: f.names(o.name) }))} />
          </Form.Item>
          <Form.Item name="iin" label={t('users.iin')}>
            <Input maxLength={12} />
          </Form.Item>
          <Form.Item name="password" label={t('users.password')}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export function OrganizationsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { role } = useAuth();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const lp = useListParams();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const list = useQuery({
    queryKey: ['organizations', lp.page, lp.pageSize],
    queryFn: () => call<Page<Organization>>(() => api.GET('/api/v1/organizations', { params: { query: { page: lp.page, pageSize: lp.pageSize } } })),
    placeholderData: (prev) => prev,
  });
  const create = useMutation({
    mutationFn: (v: components['schemas']['CreateOrganizationDto']) => call(() => api.POST('/api/v1/organizations', { body: v })),
    onSuccess: () => {
      setOpen(false);
      form.resetFields();
      message.success(t('common.saved'));
      void qc.invalidateQueries({ queryKey: ['organizations'] });
    },
    onError: (e) => message.error(errorText(e)),
  });
  const req = [{ required: true, message: t('common.required') }];
  return (
    <>
      <PageTitle
        extra={
          role === 'ADMIN' ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              {t('organizations.new')}
            </Button>
          ) : null
        }
      >
        {t('organizations.title')}
      </PageTitle>
      <QueryState loading={list.isLoading} error={list.error} onRetry={() => void list.refetch()}>
        <Table<Organization>
          rowKey="id"
          dataSource={list.data?.items}
          loading={list.isFetching}
          pagination={pagination(t, lp.page, lp.pageSize, list.data?.total)}
          onChange={lp.onTableChange}
          scroll={{ x: 800 }}
          columns={[
            { title: t('organizations.name'), render: (_: unknown, o) => f.names(o.name) },
            { title: t('organizations.type'), dataIndex: 'type', render: (v: string) => t(`orgType.${v}`) },
            { title: t('common.region'), dataIndex: 'regionCode', render: (v: string | null) => f.region(v) },
            { title: t('common.country'), dataIndex: 'countryCode', render: (v: string | null) => f.country(v) },
          ]}
        />
      </QueryState>
      <Modal
        title={t('organizations.new')}
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending}
        okText={t('common.create')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="organization" onFinish={(v) => create.mutate(v)}>
          <Form.Item name="type" label={t('organizations.type')} rules={req}>
            <Select options={ORG_TYPES.map((o) => ({ value: o, label: t(`orgType.${o}`) }))} />
          </Form.Item>
          <Form.Item name="nameKk" label={t('organizations.nameKk')} rules={req}>
            <Input />
          </Form.Item>
          <Form.Item name="nameRu" label={t('organizations.nameRu')} rules={req}>
            <Input />
          </Form.Item>
          <Form.Item name="nameEn" label={t('organizations.nameEn')} rules={req}>
            <Input />
          </Form.Item>
          <Form.Item name="regionCode" label={t('common.region')}>
            <Select allowClear showSearch optionFilterProp="label" options={REGIONS.map((r) => ({ value: r.code, label: f.region(r.code) }))} />
          </Form.Item>
          <Form.Item name="countryCode" label={t('common.country')}>
            <Input maxLength={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
