import { Alert, Button, Empty, Result, Space, Spin, Tag, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/client';

/** The text of an error in the UI language: the gateway already answers problem titles in it. */
export function useErrorText(): (e: unknown) => string {
  const { t } = useTranslation();
  return (e: unknown) => {
    if (e instanceof ApiError) {
      const p = e.problem;
      const parts = [p.title, p.detail && p.detail !== p.title ? p.detail : null, p.field ? t('errors.field', { field: p.field }) : null];
      return parts.filter(Boolean).join(' — ');
    }
    if (e instanceof TypeError) return t('errors.network');
    return e instanceof Error ? e.message : String(e);
  };
}

export function ProblemAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = useErrorText();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('common.error')}
      description={text(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

/** Loading, error and empty states around a query's content. */
export function QueryState({
  loading,
  error,
  empty,
  onRetry,
  children,
}: {
  loading: boolean;
  error: unknown;
  empty?: boolean;
  onRetry?: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (loading)
    return (
      <div style={{ padding: 48, textAlign: 'center' }} aria-busy="true">
        <Spin description={t('common.loading')} />
      </div>
    );
  if (error) return <ProblemAlert error={error} onRetry={onRetry} />;
  if (empty) return <Empty description={t('common.empty')} />;
  return <>{children}</>;
}

export function Forbidden() {
  const { t } = useTranslation();
  return <Result status="403" title="403" subTitle={t('common.notAllowed')} />;
}

const STATUS_COLORS: Record<string, string> = {
  DRAFT: 'default',
  TRANSFERRED: 'blue',
  IN_WORK: 'processing',
  EXTENDED: 'gold',
  RETURNED: 'orange',
  CONVERTED: 'green',
  PASSED: 'green',
  FAILED: 'red',
  IN_PROGRESS: 'processing',
  DONE: 'green',
  APPROVED: 'green',
  WITH_ROADMAP: 'green',
  NC_REVIEW: 'gold',
  IN_APPROVAL: 'gold',
  REWORK: 'orange',
  AWAITING_VALIDATION: 'gold',
  COMPLETE: 'green',
  INCOMPLETE: 'orange',
  EXCLUDED: 'red',
  SUSPENDED: 'orange',
  ELIGIBLE: 'green',
  NOT_ELIGIBLE: 'default',
  CLOSED: 'default',
  OPEN: 'blue',
  NATIONAL: 'purple',
  REGIONAL: 'cyan',
};

export function StatusTag({ status }: { status: string | null | undefined }) {
  const { t } = useTranslation();
  if (!status) return <>—</>;
  return <Tag color={STATUS_COLORS[status] ?? 'default'}>{t(`status.${status}`, { defaultValue: status.replace(/_/g, ' ').toLowerCase() })}</Tag>;
}

const LIGHT_COLORS = { GREEN: '#237804', YELLOW: '#ad6800', RED: '#a8071a', NONE: '#8c8c8c' } as const;

export function TrafficLight({ light }: { light: 'GREEN' | 'YELLOW' | 'RED' | 'NONE' }) {
  const { t } = useTranslation();
  return (
    <Space size={6}>
      <span aria-hidden style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 6, background: LIGHT_COLORS[light] }} />
      <span>{t(`light.${light}`)}</span>
    </Space>
  );
}

export function PageTitle({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  return (
    <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 16, marginBottom: 16, flexWrap: 'wrap' }}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 24 }}>
        {children}
      </Typography.Title>
      {extra ? <Space wrap>{extra}</Space> : null}
    </div>
  );
}

/**
 * List state kept in the URL: page, page size, sort ("field" or "-field") and filters, so that a
 * list can be bookmarked, shared and reloaded as it is.
 */
export function useListParams(defaults: { pageSize?: number; sort?: string } = {}) {
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? defaults.pageSize ?? 20) || 20;
  const sort = params.get('sort') ?? defaults.sort;
  const filter = (k: string): string | undefined => params.get(k) ?? undefined;
  const update = (changes: Record<string, string | number | undefined | null>, resetPage = true) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === null || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    if (resetPage && !('page' in changes)) next.delete('page');
    setParams(next, { replace: false });
  };
  const sortOrder = (field: string): SortOrder => (sort === field ? 'ascend' : sort === `-${field}` ? 'descend' : null);
  /** Handler for antd Table onChange: pagination and sort into the URL. */
  const onTableChange = (
    p: { current?: number; pageSize?: number },
    _f: unknown,
    s: { field?: unknown; order?: SortOrder } | { field?: unknown; order?: SortOrder }[],
  ) => {
    const one = Array.isArray(s) ? s[0] : s;
    const nextSort = one?.order ? `${one.order === 'descend' ? '-' : ''}${String(one.field)}` : undefined;
    const sortChanged = nextSort !== sort;
    update({ page: sortChanged ? undefined : p.current, pageSize: p.pageSize, sort: nextSort }, false);
  };
  return { page, pageSize, sort, filter, update, sortOrder, onTableChange, params };
}

export function pagination(t: (k: string, o?: Record<string, unknown>) => string, page: number, pageSize: number, total: number | undefined) {
  return {
    current: page,
    pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (n: number) => t('common.total', { count: n }),
  };
}
