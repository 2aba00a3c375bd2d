import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Spin, Tabs, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { api, call } from '../api/client';
import { useAuth } from '../auth';
import { useErrorText } from '../components/common';
import { LanguageSwitch } from '../components/Layout';

type LoginAnswer = Parameters<ReturnType<typeof useAuth>['acceptLogin']>[0];

const NCALAYER_URL = 'wss://127.0.0.1:13579/';

class NcaLayerAbsent extends Error {}
class NcaLayerCancelled extends Error {}

/** Signs `data` (base64) as an attached CMS with the authentication key through NCALayer's local WebSocket. */
function signWithNcaLayer(dataB64: string, locale: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let ws: WebSocket;
    try {
      ws = new WebSocket(NCALAYER_URL);
    } catch {
      reject(new NcaLayerAbsent());
      return;
    }
    let opened = false;
    ws.onerror = () => {
      if (!opened) reject(new NcaLayerAbsent());
    };
    ws.onclose = () => {
      if (!opened) reject(new NcaLayerAbsent());
    };
    ws.onopen = () => {
      opened = true;
      ws.send(
        JSON.stringify({
          module: 'kz.gov.pki.knca.basics',
          method: 'sign',
          args: {
            allowedStorages: null,
            format: 'cms',
            data: dataB64,
            signingParams: { decode: true, encapsulate: true, digested: false, tsaProfile: {} },
            signerParams: { extKeyUsageOids: ['1.3.6.1.5.5.7.3.2'] },
            locale,
          },
        }),
      );
    };
    ws.onmessage = (m) => {
      const r = JSON.parse(String(m.data)) as {
        status?: boolean;
        body?: { result?: string[] | string };
        code?: string;
        responseObject?: string;
        result?: { version?: string };
      };
      if (r.result?.version) return; // the greeting NCALayer sends on connect
      ws.close();
      const cms = r.body?.result ?? r.responseObject;
      if ((r.status === true || r.code === '200') && cms) resolve(Array.isArray(cms) ? cms[0]! : cms);
      else reject(new NcaLayerCancelled());
    };
  });
}

function utf8ToBase64(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const { session, acceptLogin } = useAuth();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (session) return <Navigate to="/" replace />;

  const run = async (f: () => Promise<void>) => {
    setError(null);
    setBusy(true);
    try {
      await f();
    } catch (e) {
      if (e instanceof NcaLayerAbsent) setError(t('login.edsAbsent'));
      else if (e instanceof NcaLayerCancelled) setError(t('login.edsCancelled'));
      else setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const byPassword = (v: { login: string; password: string }) =>
    run(async () => {
      const a = await call<LoginAnswer>(() => api.POST('/api/v1/auth/login', { body: v }));
      acceptLogin(a);
      navigate('/', { replace: true });
    });

  const byEds = () =>
    run(async () => {
      const { nonce } = await call<{ nonce: string }>(() => api.POST('/api/v1/auth/eds/nonce'));
      const cms = await signWithNcaLayer(utf8ToBase64(nonce), i18n.resolvedLanguage ?? 'ru');
      const a = await call<LoginAnswer>(() => api.POST('/api/v1/auth/eds/login', { body: { nonce, cms } }));
      acceptLogin(a);
      navigate('/', { replace: true });
    });

  const byEgov = () =>
    run(async () => {
      const { url } = await call<{ url: string }>(() => api.GET('/api/v1/auth/egov/start'));
      window.location.assign(url);
    });

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f0f5ff', padding: 16 }}>
      <main style={{ width: 420, maxWidth: '100%' }}>
        <Card>
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 12 }}>
              <div>
                <Typography.Title level={1} style={{ margin: 0, fontSize: 26 }}>
                  {t('app.title')}
                </Typography.Title>
                <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
              </div>
              <LanguageSwitch />
            </div>
            <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
              {t('login.title')}
            </Typography.Title>
            {error ? <Alert type="error" showIcon title={error} role="alert" data-testid="login-error" /> : null}
            <Tabs
              items={[
                {
                  key: 'password',
                  label: t('login.byPassword'),
                  children: (
                    <Form layout="vertical" onFinish={byPassword} requiredMark={false}>
                      <Form.Item name="login" label={t('login.login')} rules={[{ required: true, message: t('common.required') }]}>
                        <Input prefix={<UserOutlined />} autoComplete="username" />
                      </Form.Item>
                      <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('common.required') }]}>
                        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
                      </Form.Item>
                      <Button type="primary" htmlType="submit" block loading={busy}>
                        {t('login.submit')}
                      </Button>
                    </Form>
                  ),
                },
                {
                  key: 'eds',
                  label: t('login.byEds'),
                  children: (
                    <Space direction="vertical" style={{ width: '100%' }}>
                      <Typography.Paragraph>{t('login.edsHint')}</Typography.Paragraph>
                      <Button icon={<SafetyCertificateOutlined />} onClick={() => void byEds()} loading={busy} block>
                        {t('login.edsSubmit')}
                      </Button>
                    </Space>
                  ),
                },
                {
                  key: 'egov',
                  label: t('login.byEgov'),
                  children: (
                    <Space direction="vertical" style={{ width: '100%' }}>
                      <Typography.Paragraph>{t('login.egovHint')}</Typography.Paragraph>
                      <Button onClick={() => void byEgov()} loading={busy} block>
                        {t('login.egovSubmit')}
                      </Button>
                    </Space>
                  ),
                },
              ]}
            />
          </Space>
        </Card>
      </main>
    </div>
  );
}

/** The eGov IDP redirect target (NDIP_EGOV_REDIRECT_URI = <gateway>/admin/egov/callback): finishes the login. */
export function EgovCallbackPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { acceptLogin } = useAuth();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const code = params.get('code') ?? '';
    const state = params.get('state') ?? '';
    call<LoginAnswer>(() => api.GET('/api/v1/auth/egov/callback', { params: { query: { code, state } } }))
      .then((a) => {
        acceptLogin(a);
        navigate('/', { replace: true });
      })
      .catch((e: unknown) => setError(errorText(e)));
  }, [params, acceptLogin, navigate, errorText]);
  return (
    <main style={{ padding: 48, textAlign: 'center' }}>
      {error ? (
        <Space direction="vertical">
          <Alert type="error" showIcon title={error} role="alert" />
          <Button onClick={() => navigate('/login')}>{t('common.back')}</Button>
        </Space>
      ) : (
        <Spin description={t('login.egovCallback')} />
      )}
    </main>
  );
}
