import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, ApiError, call } from '../api/client';
import type { Page, Project, Roadmap, Task } from '../api/types';
import { useAuth } from '../auth';
import { PageTitle, QueryState, StatusTag } from '../components/common';
import { useFormat } from '../format';

const DECISIONS = ['APPROVE', 'AGREE', 'VERIFY'];

interface Waiting {
  roadmaps: { project: Project; roadmap: Roadmap }[];
  validations: { project: Project; task: Task }[];
}

/**
 * "Waiting for me": roadmaps the caller may approve, agree or verify now, and tasks awaiting the
 * caller's validation, over the projects the caller sees (the roadmap answers carry allowedActions).
 */
async function loadWaiting(role: string | null): Promise<Waiting> {
  const page = await call<Page<Project>>(() => api.GET('/api/v1/projects', { params: { query: { pageSize: 200 } } }));
  const out: Waiting = { roadmaps: [], validations: [] };
  await Promise.all(
    page.items.map(async (project) => {
      try {
        const roadmap = await call<Roadmap>(() => api.GET('/api/v1/projects/{id}/roadmap', { params: { path: { id: project.id } } }));
        if (roadmap.allowedActions.some((a) => DECISIONS.includes(a))) out.roadmaps.push({ project, roadmap });
        if (role === 'NCH') for (const task of roadmap.tasks) if (task.status === 'AWAITING_VALIDATION') out.validations.push({ project, task });
      } catch (e) {
        if (!(e instanceof ApiError && e.status === 404)) throw e;
      }
    }),
  );
  return out;
}

export function ApprovalsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { role } = useAuth();
  const q = useQuery({ queryKey: ['approvals', role], queryFn: () => loadWaiting(role) });
  const nothing = q.data && q.data.roadmaps.length === 0 && q.data.validations.length === 0;
  return (
    <>
      <PageTitle>{t('approvals.title')}</PageTitle>
      <QueryState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()}>
        {nothing ? (
          <Empty description={t('approvals.none')} />
        ) : (
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Card title={t('approvals.roadmaps')}>
              <Table
                rowKey={(r) => r.project.id}
                dataSource={q.data?.roadmaps}
                pagination={false}
                locale={{ emptyText: t('approvals.none') }}
                columns={[
                  { title: t('projects.name'), render: (_: unknown, r) => <Link to={`/projects/${r.project.id}?tab=roadmap`}>{r.project.name}</Link> },
                  { title: t('common.region'), render: (_: unknown, r) => f.region(r.project.regionCode) },
                  { title: t('common.status'), render: (_: unknown, r) => <StatusTag status={r.roadmap.status} /> },
                  { title: t('projects.tasks'), render: (_: unknown, r) => f.number(r.roadmap.tasks.length) },
                ]}
              />
            </Card>
            {role === 'NCH' ? (
              <Card title={t('approvals.validations')}>
                <Table
                  rowKey={(r) => r.task.id}
                  dataSource={q.data?.validations}
                  pagination={false}
                  locale={{ emptyText: t('approvals.none') }}
                  columns={[
                    { title: t('projects.task'), render: (_: unknown, r) => `${r.task.code} · ${r.task.title}` },
                    { title: t('projects.name'), render: (_: unknown, r) => <Link to={`/projects/${r.project.id}`}>{r.project.name}</Link> },
                    { title: t('projects.due'), render: (_: unknown, r) => f.date(r.task.validationDueOn) },
                  ]}
                />
              </Card>
            ) : null}
          </Space>
        )}
      </QueryState>
    </>
  );
}
