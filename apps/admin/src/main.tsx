import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import kkKZ from 'antd/locale/kk_KZ';
import ruRU from 'antd/locale/ru_RU';
import { lazy, StrictMode, Suspense, type ComponentType, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { ApiError } from './api/client';
import { AuthProvider, canOpen, SCREEN_ROLES, useAuth } from './auth';
import { Forbidden } from './components/common';
import { AppLayout } from './components/Layout';
import './i18n';
import { EgovCallbackPage, LoginPage } from './pages/Login';

/**
 * Pages are loaded per route (React.lazy): the first paint needs the login page and the layout only;
 * each screen's code (and the charting library, used by a few of them) comes when it is opened.
 */
function page<M extends Record<K, ComponentType>, K extends keyof M>(load: () => Promise<M>, name: K): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
const companies = () => import('./pages/Companies');
const initiatives = () => import('./pages/Initiatives');
const projects = () => import('./pages/Projects');
const users = () => import('./pages/Users');
const prosecutor = () => import('./pages/ProsecutorFilter');

/** Route path → screen key (for the role check) and its lazily loaded page. */
const ROUTES: { path: string; screen: string; Page: ComponentType }[] = [
  { path: 'dashboard', screen: 'dashboard', Page: page(() => import('./pages/Dashboard'), 'DashboardPage') },
  { path: 'companies', screen: 'companies', Page: page(companies, 'CompaniesPage') },
  { path: 'companies/:id', screen: 'companies', Page: page(companies, 'CompanyPage') },
  { path: 'meetings', screen: 'meetings', Page: page(() => import('./pages/Meetings'), 'MeetingsPage') },
  { path: 'visits', screen: 'visits', Page: page(() => import('./pages/Visits'), 'VisitsPage') },
  { path: 'initiatives', screen: 'initiatives', Page: page(initiatives, 'InitiativesPage') },
  { path: 'initiatives/:id', screen: 'initiatives', Page: page(initiatives, 'InitiativePage') },
  { path: 'projects', screen: 'projects', Page: page(projects, 'ProjectsPage') },
  { path: 'projects/:id', screen: 'projects', Page: page(projects, 'ProjectPage') },
  { path: 'approvals', screen: 'approvals', Page: page(() => import('./pages/Approvals'), 'ApprovalsPage') },
  { path: 'validation', screen: 'validation', Page: page(() => import('./pages/ValidationQueue'), 'ValidationQueuePage') },
  { path: 'pool-requests', screen: 'pool-requests', Page: page(() => import('./pages/PoolRequests'), 'PoolRequestsPage') },
  { path: 'prosecutor-filter', screen: 'prosecutor-filter', Page: page(prosecutor, 'ProsecutorFilterPage') },
  { path: 'state-services', screen: 'state-services', Page: page(() => import('./pages/StateServices'), 'StateServicesPage') },
  { path: 'ratings', screen: 'ratings', Page: page(() => import('./pages/Ratings'), 'RatingsPage') },
  { path: 'issues', screen: 'issues', Page: page(() => import('./pages/Issues'), 'IssuesPage') },
  { path: 'monitoring', screen: 'monitoring', Page: page(() => import('./pages/Monitoring'), 'MonitoringPage') },
  { path: 'quarterly-reports', screen: 'quarterly-reports', Page: page(() => import('./pages/QuarterlyReports'), 'QuarterlyReportsPage') },
  { path: 'audit', screen: 'audit', Page: page(() => import('./pages/Audit'), 'AuditPage') },
  { path: 'users', screen: 'users', Page: page(users, 'UsersPage') },
  { path: 'organizations', screen: 'organizations', Page: page(users, 'OrganizationsPage') },
];

function Loading() {
  const { t } = useTranslation();
  return (
    <div style={{ padding: 48, textAlign: 'center' }} aria-busy="true">
      <Spin description={t('common.loading')} />
    </div>
  );
}

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (n, e) => n < 2 && !(e instanceof ApiError && e.status < 500),
      refetchOnWindowFocus: false,
      staleTime: 5_000,
    },
  },
});

const ANTD_LOCALES = { kk: kkKZ, ru: ruRU, en: enUS };

function Guard({ screen, children }: { screen: string; children: ReactNode }) {
  const { role } = useAuth();
  return canOpen(role, screen) ? <>{children}</> : <Forbidden />;
}

function Home() {
  const { role } = useAuth();
  const first = Object.keys(SCREEN_ROLES).find((s) => canOpen(role, s)) ?? 'projects';
  return <Navigate to={`/${first}`} replace />;
}

function Protected() {
  const { session } = useAuth();
  if (!session) return <Navigate to="/login" replace />;
  return <AppLayout />;
}

function Root() {
  const { i18n } = useTranslation();
  const lang = (i18n.resolvedLanguage ?? 'ru') as keyof typeof ANTD_LOCALES;
  return (
    <ConfigProvider locale={ANTD_LOCALES[lang]} theme={{ token: { colorPrimary: '#0958d9', borderRadius: 6 } }}>
      <AntApp>
        <BrowserRouter basename="/admin">
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route path="/egov/callback" element={<EgovCallbackPage />} />
            <Route element={<Protected />}>
              <Route index element={<Home />} />
              {ROUTES.map(({ path, screen, Page }) => (
                <Route
                  key={path}
                  path={path}
                  element={
                    <Guard screen={screen}>
                      <Suspense fallback={<Loading />}>
                        <Page />
                      </Suspense>
                    </Guard>
                  }
                />
              ))}
              <Route path="*" element={<Home />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <Root />
      </AuthProvider>
    </QueryClientProvider>
  </StrictMode>,
);
