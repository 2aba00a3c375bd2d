import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import kkKZ from 'antd/locale/kk_KZ';
import ruRU from 'antd/locale/ru_RU';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { ApiError } from './api/client';
import { AuthProvider, canOpen, SCREEN_ROLES, useAuth } from './auth';
import { Forbidden } from './components/common';
import { AppLayout } from './components/Layout';
import './i18n';
import { ApprovalsPage } from './pages/Approvals';
import { CompaniesPage, CompanyPage } from './pages/Companies';
import { DashboardPage } from './pages/Dashboard';
import { InitiativePage, InitiativesPage } from './pages/Initiatives';
import { IssuesPage } from './pages/Issues';
import { EgovCallbackPage, LoginPage } from './pages/Login';
import { MeetingsPage } from './pages/Meetings';
import { ProjectPage, ProjectsPage } from './pages/Projects';
import { RatingsPage } from './pages/Ratings';
import { OrganizationsPage, UsersPage } from './pages/Users';

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
              <Route
                path="dashboard"
                element={
                  <Guard screen="dashboard">
                    <DashboardPage />
                  </Guard>
                }
              />
              <Route
                path="companies"
                element={
                  <Guard screen="companies">
                    <CompaniesPage />
                  </Guard>
                }
              />
              <Route
                path="companies/:id"
                element={
                  <Guard screen="companies">
                    <CompanyPage />
                  </Guard>
                }
              />
              <Route
                path="meetings"
                element={
                  <Guard screen="meetings">
                    <MeetingsPage />
                  </Guard>
                }
              />
              <Route
                path="initiatives"
                element={
                  <Guard screen="initiatives">
                    <InitiativesPage />
                  </Guard>
                }
              />
              <Route
                path="initiatives/:id"
                element={
                  <Guard screen="initiatives">
                    <InitiativePage />
                  </Guard>
                }
              />
              <Route
                path="projects"
                element={
                  <Guard screen="projects">
                    <ProjectsPage />
                  </Guard>
                }
              />
              <Route
                path="projects/:id"
                element={
                  <Guard screen="projects">
                    <ProjectPage />
                  </Guard>
                }
              />
              <Route
                path="approvals"
                element={
                  <Guard screen="approvals">
                    <ApprovalsPage />
                  </Guard>
                }
              />
              <Route
                path="ratings"
                element={
                  <Guard screen="ratings">
                    <RatingsPage />
                  </Guard>
                }
              />
              <Route
                path="issues"
                element={
                  <Guard screen="issues">
                    <IssuesPage />
                  </Guard>
                }
              />
              <Route
                path="users"
                element={
                  <Guard screen="users">
                    <UsersPage />
                  </Guard>
                }
              />
              <Route
                path="organizations"
                element={
                  <Guard screen="organizations">
                    <OrganizationsPage />
                  </Guard>
                }
              />
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
