import { useQuery } from '@tanstack/react-query';
import { Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { allProjects, pageOf, perProject } from '../api/aggregate';
import { api, call } from '../api/client';
import type { Page, Project, Task } from '../api/types';
import { ActionButtons } from '../components/actions';
import { pagination, PageTitle, QueryState, useListParams } from '../components/common';
import { REGIONS, todayIso, useFormat } from '../format';

interface Row {
  project: Project;
  task: Task;
}

const KEY = ['validation-queue'];

/** Tasks completed and waiting for the National Chamber's validation (rules.md: 5 working days), over the projects the caller sees. */
async function loadQueue(regionCode: string | undefined): Promise<Row[]> {
  const projects = await allProjects({ regionCode });
  return perProject(projects, async (project) => {
    const tasks = await call<Page<Task>>(() => api.GET('/api/v1/projects/{id}/tasks', { params: { path: { id: project.id } } }));
    return tasks.items.filter((t) => t.status === 'AWAITING_VALIDATION').map((task) => ({ project, task }));
  });
}

export function ValidationQueuePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const lp = useListParams({ sort: 'validationDueOn' });
  const regionCode = lp.filter('regionCode');
  const q = useQuery({ queryKey: [...KEY, regionCode], queryFn: () => loadQueue(regionCode) });
  const today = todayIso();
  const page = q.data
    ? pageOf(q.data, lp.page, lp.pageSize, lp.sort, {
        validationDueOn: (r) => r.task.validationDueOn ?? '',
        actualCompletionDate: (r) => r.task.actualCompletionDate ?? '',
      })
    : undefined;
  return (
    <>
      <PageTitle>{t('validation.title')}</PageTitle>
      <Typography.Paragraph type="secondary">{t('validation.hint')}</Typography.Paragraph>
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
      </Space>
      <QueryState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()}>
        <Table<Row>
          data-testid="validation-queue"
          rowKey={(r) => r.task.id}
          dataSource={page?.items}
          loading={q.isFetching}
          pagination={pagination(t, lp.page, lp.pageSize, page?.total)}
          onChange={lp.onTableChange}
          locale={{ emptyText: t('validation.none') }}
          scroll={{ x: 1000 }}
          columns={[
            {
              title: t('projects.task'),
              render: (_: unknown, r) => (
                <Space orientation="vertical" size={0}>
                  <Typography.Text strong>{r.task.code}</Typography.Text>
                  <span>{r.task.title}</span>
                </Space>
              ),
            },
            { title: t('projects.name'), render: (_: unknown, r) => <Link to={`/projects/${r.project.id}?tab=roadmap`}>{r.project.name}</Link> },
            { title: t('common.region'), render: (_: unknown, r) => f.region(r.project.regionCode) },
            {
              title: t('validation.completedOn'),
              key: 'actualCompletionDate',
              sorter: true,
              sortOrder: lp.sortOrder('actualCompletionDate'),
              render: (_: unknown, r) => f.date(r.task.actualCompletionDate),
            },
            {
              title: t('validation.dueOn'),
              key: 'validationDueOn',
              sorter: true,
              sortOrder: lp.sortOrder('validationDueOn'),
              render: (_: unknown, r) => (
                <Space size={4}>
                  {f.date(r.task.validationDueOn)}
                  {r.task.validationDueOn && r.task.validationDueOn < today ? <Tag color="red">{t('common.overdue')}</Tag> : null}
                </Space>
              ),
            },
            {
              title: t('common.actions'),
              fixed: 'right' as const,
              render: (_: unknown, r) => (
                <ActionButtons
                  label={t('common.actions')}
                  invalidate={[KEY, ['project', r.project.id]]}
                  actions={[
                    {
                      key: 'validate',
                      label: t('validation.validate'),
                      primary: true,
                      confirm: t('validation.confirmValidate', { task: r.task.code }),
                      run: () => call(() => api.POST('/api/v1/tasks/{id}/validate', { params: { path: { id: r.task.id } } })),
                    },
                    {
                      key: 'refuse',
                      label: t('validation.refuse'),
                      danger: true,
                      confirm: t('validation.confirmRefuse', { task: r.task.code }),
                      fields: [{ kind: 'reason', name: 'reason', label: t('actions.reason') }],
                      run: (v) =>
                        call(() =>
                          api.POST('/api/v1/tasks/{id}/refuse-validation', { params: { path: { id: r.task.id } }, body: { reason: String(v.reason) } }),
                        ),
                    },
                  ]}
                />
              ),
            },
          ]}
        />
      </QueryState>
    </>
  );
}
