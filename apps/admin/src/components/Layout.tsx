import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BulbOutlined,
  CarOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  FundOutlined,
  HistoryOutlined,
  LogoutOutlined,
  PauseCircleOutlined,
  ProjectOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Button, Layout as AntLayout, Menu, Select, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { canOpen, useAuth } from '../auth';
import { useFormat } from '../format';
import { changeLanguage, LANGUAGES, type Language } from '../i18n';

const ITEMS: { key: string; icon: ReactNode }[] = [
  { key: 'dashboard', icon: <DashboardOutlined /> },
  { key: 'companies', icon: <BankOutlined /> },
  { key: 'meetings', icon: <TeamOutlined /> },
  { key: 'visits', icon: <CarOutlined /> },
  { key: 'initiatives', icon: <BulbOutlined /> },
  { key: 'projects', icon: <ProjectOutlined /> },
  { key: 'approvals', icon: <CheckSquareOutlined /> },
  { key: 'validation', icon: <SafetyCertificateOutlined /> },
  { key: 'pool-requests', icon: <PauseCircleOutlined /> },
  { key: 'prosecutor-filter', icon: <FileProtectOutlined /> },
  { key: 'state-services', icon: <SolutionOutlined /> },
  { key: 'ratings', icon: <TrophyOutlined /> },
  { key: 'issues', icon: <WarningOutlined /> },
  { key: 'monitoring', icon: <FundOutlined /> },
  { key: 'quarterly-reports', icon: <FileTextOutlined /> },
  { key: 'users', icon: <AuditOutlined /> },
  { key: 'organizations', icon: <ApartmentOutlined /> },
  { key: 'audit', icon: <HistoryOutlined /> },
];

export const LANGUAGE_NAMES: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Select
      aria-label={t('app.language')}
      data-testid="language"
      value={(i18n.resolvedLanguage ?? 'ru') as Language}
      onChange={(l: Language) => changeLanguage(l)}
      options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
      style={{ width: 130 }}
    />
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const { session, role, logout } = useAuth();
  const f = useFormat();
  const location = useLocation();
  const navigate = useNavigate();
  const selected = location.pathname.split('/')[1] ?? 'dashboard';
  const items = ITEMS.filter((i) => canOpen(role, i.key)).map((i) => ({ key: i.key, icon: i.icon, label: <Link to={`/${i.key}`}>{t(`nav.${i.key}`)}</Link> }));
  return (
    <AntLayout style={{ minHeight: '100vh' }}>
      <AntLayout.Sider width={232} breakpoint="lg" collapsedWidth={64} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '16px 20px', display: 'flex', alignItems: 'center', gap: 8 }}>
          <BarChartOutlined style={{ fontSize: 22, color: '#0958d9' }} aria-hidden />
          <Typography.Text strong style={{ fontSize: 18 }}>
            {t('app.title')}
          </Typography.Text>
        </div>
        <nav aria-label={t('app.menu')}>
          <Menu mode="inline" selectedKeys={[selected]} items={items} style={{ borderInlineEnd: 0 }} />
        </nav>
      </AntLayout.Sider>
      <AntLayout>
        <AntLayout.Header
          style={{
            background: '#fff',
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'center',
            padding: '0 24px',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Typography.Text type="secondary" ellipsis style={{ maxWidth: '40%' }}>
            {t('app.subtitle')}
          </Typography.Text>
          <Space size="middle">
            <LanguageSwitch />
            <span
              data-testid="current-user"
              style={{ maxWidth: 320, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', display: 'inline-block', verticalAlign: 'middle' }}
            >
              {session?.user.fullName} · {session ? f.names(session.user.organization.name) : ''}
            </span>
            <Button
              icon={<LogoutOutlined />}
              onClick={() => {
                void logout().then(() => navigate('/login'));
              }}
            >
              {t('app.logout')}
            </Button>
          </Space>
        </AntLayout.Header>
        <AntLayout.Content style={{ padding: 24 }}>
          <main>
            <Outlet />
          </main>
        </AntLayout.Content>
      </AntLayout>
    </AntLayout>
  );
}
