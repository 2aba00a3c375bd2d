import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Space, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api/client';
import type { components } from '../api/schema';
import type { Project } from '../api/types';
import { ProblemAlert } from '../components/common';
import { namesAField, showProblemOnFields, text, useRules } from '../components/forms';

type UpdateBody = components['schemas']['UpdatePassportDto'];
const CURRENCIES = ['KZT', 'USD'] as const;
const CONTACT_KINDS = ['INVESTOR', 'RESPONSIBLE_PERSON'] as const;
const TECHNOLOGY_LEVELS = ['NON_MANUFACTURING', 'MANUFACTURING_NOT_LISTED', 'MEDIUM', 'HIGH'] as const;
const MONEY = /^(0|[1-9]\d{0,17})(\.\d{1,2})?$/;
const RATE = /^(0|[1-9]\d{0,5})(\.\d{1,4})?$/;
const PHONE = /^\+?[\d\s()-]{5,30}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Money {
  amount?: string;
  currency?: 'KZT' | 'USD';
}
interface Values {
  companyName?: string;
  companyBin?: string;
  sector?: string;
  commodityPosition?: string;
  estimatedCost?: Money;
  financingScheme?: { source?: string; conditions?: string; amount?: Money }[];
  contacts?: { kind?: 'INVESTOR' | 'RESPONSIBLE_PERSON'; name?: string; phone?: string; email?: string }[];
  description?: string;
  companyRegisteredOn?: Dayjs | null;
  usdKztRate?: string;
  jobs?: number | null;
  technologyLevel?: (typeof TECHNOLOGY_LEVELS)[number];
  inGlobal2000?: boolean;
  hasInvestmentContract?: boolean;
  investmentContractExpiresOn?: Dayjs | null;
}

/** The passport fields of UpdatePassportDto, as the API names them (nested lines as `financingScheme.0.amount.amount`). */
const SCALARS = [
  'companyName',
  'companyBin',
  'sector',
  'commodityPosition',
  'estimatedCost',
  'estimatedCost.amount',
  'estimatedCost.currency',
  'financingScheme',
  'contacts',
  'description',
  'companyRegisteredOn',
  'usdKztRate',
  'jobs',
  'technologyLevel',
  'inGlobal2000',
  'hasInvestmentContract',
  'investmentContractExpiresOn',
];
const FIELDS: string[] = [
  ...SCALARS,
  ...Array.from({ length: 50 }, (_, i) => ['source', 'conditions', 'amount.amount', 'amount.currency'].map((k) => `financingScheme.${i}.${k}`)).flat(),
  ...Array.from({ length: 20 }, (_, i) => ['kind', 'name', 'phone', 'email'].map((k) => `contacts.${i}.${k}`)).flat(),
];

type Passport = Record<string, unknown>;

function initialOf(p: Passport): Values {
  const date = (v: unknown) => (typeof v === 'string' ? dayjs(v) : null);
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    companyName: str(p.companyName),
    companyBin: str(p.companyBin),
    sector: str(p.sector),
    commodityPosition: str(p.commodityPosition),
    estimatedCost: (p.estimatedCost as Money | null) ?? { currency: 'KZT' },
    financingScheme: (p.financingScheme as Values['financingScheme']) ?? [],
    contacts: ((p.contacts as Values['contacts']) ?? []).map((c) => ({ ...c, phone: c.phone ?? undefined, email: c.email ?? undefined })),
    description: str(p.description),
    companyRegisteredOn: date(p.companyRegisteredOn),
    usdKztRate: str(p.usdKztRate),
    jobs: typeof p.jobs === 'number' ? p.jobs : null,
    technologyLevel: (p.technologyLevel as Values['technologyLevel']) ?? undefined,
    inGlobal2000: Boolean(p.inGlobal2000),
    hasInvestmentContract: Boolean(p.hasInvestmentContract),
    investmentContractExpiresOn: date(p.investmentContractExpiresOn),
  };
}

/** The form's values in the API's shape; empty optional fields left out (the API cannot clear a passport field). */
function bodyOf(v: Values): Record<string, unknown> {
  const money = (m: Money | undefined) => (text(m?.amount) ? { amount: text(m?.amount), currency: m?.currency ?? 'KZT' } : undefined);
  const out: Record<string, unknown> = {
    companyName: text(v.companyName),
    companyBin: text(v.companyBin),
    sector: text(v.sector),
    commodityPosition: text(v.commodityPosition),
    estimatedCost: money(v.estimatedCost),
    financingScheme: (v.financingScheme ?? []).map((l) => ({ source: text(l.source), conditions: text(l.conditions), amount: money(l.amount) })),
    contacts: (v.contacts ?? []).map((c) =>
      Object.fromEntries(Object.entries({ kind: c.kind, name: text(c.name), phone: text(c.phone), email: text(c.email) }).filter(([, x]) => x !== undefined)),
    ),
    description: text(v.description),
    companyRegisteredOn: v.companyRegisteredOn ? v.companyRegisteredOn.format('YYYY-MM-DD') : undefined,
    usdKztRate: text(v.usdKztRate),
    jobs: v.jobs ?? undefined,
    technologyLevel: v.technologyLevel,
    inGlobal2000: v.inGlobal2000,
    hasInvestmentContract: v.hasInvestmentContract,
    investmentContractExpiresOn: v.investmentContractExpiresOn ? v.investmentContractExpiresOn.format('YYYY-MM-DD') : undefined,
  };
  return Object.fromEntries(Object.entries(out).filter(([, x]) => x !== undefined));
}

/**
 * The passport form of a project (PATCH /projects/{id}/passport): only the changed fields are sent;
 * a field filled once stays filled (the API changes passport fields, it does not clear them).
 * The rules mirror UpdatePassportDto.
 */
export function PassportFormModal({ project, open, onClose }: { project: Project; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const rules = useRules();
  const [form] = Form.useForm<Values>();
  const initial = initialOf(project.passport);
  const before = bodyOf(initial);
  /** A field that has a value keeps one: it can be changed, not emptied. */
  const keep = (k: string) => (before[k] !== undefined ? [rules.requiredValue] : []);
  const save = useMutation({
    mutationFn: async (v: Values) => {
      const next = bodyOf(v);
      const body: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(next)) if (JSON.stringify(x) !== JSON.stringify(before[k])) body[k] = x;
      if (Object.keys(body).length === 0) return null;
      return call(() => api.PATCH('/api/v1/projects/{id}/passport', { params: { path: { id: project.id } }, body: body as UpdateBody }));
    },
    onSuccess: async (r) => {
      void message.success(r === null ? t('forms.noChanges') : t('forms.passportSaved'));
      onClose();
      await Promise.all([qc.invalidateQueries({ queryKey: ['project', project.id] }), qc.invalidateQueries({ queryKey: ['projects'] })]);
    },
    onError: (e) => {
      showProblemOnFields(form, e, FIELDS, (p) => p.problem.title ?? t('common.error'));
    },
  });
  const title = t('forms.editPassport');
  const currency = (name: (string | number)[]) => (
    <Form.Item name={name} noStyle>
      <Select aria-label={t('forms.currency')} style={{ width: 90 }} options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
    </Form.Item>
  );
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      width={880}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('forms.passportHint')} style={{ marginBottom: 16 }} />
      <Form<Values>
        form={form}
        layout="vertical"
        name="passport-edit"
        aria-label={title}
        initialValues={initial}
        onFinish={(v) => save.mutate(v)}
        onValuesChange={() => save.error && save.reset()}
      >
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item name="companyName" label={t('forms.companyName')} rules={[...keep('companyName'), rules.max(300)]}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="companyBin"
              label={t('forms.companyBin')}
              extra={t('forms.binHint')}
              rules={[...keep('companyBin'), rules.bin]}
              normalize={(v: string) => v.replace(/\s/g, '')}
            >
              <Input maxLength={12} inputMode="numeric" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="sector" label={t('common.sector')} extra={t('forms.sectorHint')} rules={[...keep('sector'), rules.max(20)]}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="commodityPosition"
              label={t('forms.commodityPosition')}
              rules={[...keep('commodityPosition'), rules.pattern(/^\d{4,10}$/, t('forms.commodityFormat'))]}
            >
              <Input maxLength={10} inputMode="numeric" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('forms.estimatedCost')} required={before.estimatedCost !== undefined}>
              <Space.Compact block>
                <Form.Item name={['estimatedCost', 'amount']} noStyle rules={[...keep('estimatedCost'), rules.pattern(MONEY, t('forms.moneyFormat'))]}>
                  <Input aria-label={t('forms.estimatedCost')} inputMode="decimal" />
                </Form.Item>
                {currency(['estimatedCost', 'currency'])}
              </Space.Compact>
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="usdKztRate" label={t('forms.usdKztRate')} rules={[...keep('usdKztRate'), rules.pattern(RATE, t('forms.rateFormat'))]}>
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="companyRegisteredOn" label={t('forms.companyRegisteredOn')} rules={keep('companyRegisteredOn')}>
              <DatePicker style={{ width: '100%' }} format="DD.MM.YYYY" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="jobs" label={t('forms.jobs')} rules={keep('jobs')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="technologyLevel" label={t('forms.technologyLevel')} rules={keep('technologyLevel')}>
              <Select options={TECHNOLOGY_LEVELS.map((l) => ({ value: l, label: t(`forms.technologyLevels.${l}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="investmentContractExpiresOn" label={t('forms.contractExpiresOn')} rules={keep('investmentContractExpiresOn')}>
              <DatePicker style={{ width: '100%' }} format="DD.MM.YYYY" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="hasInvestmentContract" label={t('forms.hasInvestmentContract')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="inGlobal2000" label={t('forms.inGlobal2000')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={t('forms.description')} rules={[...keep('description'), rules.max(10000)]}>
          <Input.TextArea rows={3} maxLength={10000} />
        </Form.Item>
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t('forms.financingScheme')}
        </Typography.Title>
        <Form.List name="financingScheme">
          {(lines, { add, remove }) => (
            <>
              {lines.map((line, i) => (
                <Card key={line.key} size="small" style={{ marginBottom: 8 }}>
                  <Row gutter={12} align="top">
                    <Col xs={24} md={7}>
                      <Form.Item name={[line.name, 'source']} label={t('forms.source')} rules={[rules.required, rules.max(500)]}>
                        <Input maxLength={500} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item name={[line.name, 'conditions']} label={t('forms.conditions')} rules={[rules.required, rules.max(2000)]}>
                        <Input maxLength={2000} />
                      </Form.Item>
                    </Col>
                    <Col xs={20} md={7}>
                      <Form.Item label={t('forms.amount')} required>
                        <Space.Compact block>
                          <Form.Item name={[line.name, 'amount', 'amount']} noStyle rules={[rules.required, rules.pattern(MONEY, t('forms.moneyFormat'))]}>
                            <Input aria-label={`${t('forms.amount')} ${i + 1}`} inputMode="decimal" />
                          </Form.Item>
                          {currency([line.name, 'amount', 'currency'])}
                        </Space.Compact>
                      </Form.Item>
                    </Col>
                    <Col xs={4} md={2} style={{ paddingTop: 30 }}>
                      <Button icon={<DeleteOutlined />} aria-label={t('forms.removeLine', { n: i + 1 })} onClick={() => remove(line.name)} />
                    </Col>
                  </Row>
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ amount: { currency: 'KZT' } })} style={{ marginBottom: 16 }}>
                {t('forms.addLine')}
              </Button>
            </>
          )}
        </Form.List>
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t('forms.contacts')}
        </Typography.Title>
        <Form.List name="contacts">
          {(lines, { add, remove }) => (
            <>
              {lines.map((line, i) => (
                <Card key={line.key} size="small" style={{ marginBottom: 8 }}>
                  <Row gutter={12} align="top">
                    <Col xs={24} md={5}>
                      <Form.Item name={[line.name, 'kind']} label={t('forms.contactKind')} rules={[rules.requiredValue]}>
                        <Select options={CONTACT_KINDS.map((k) => ({ value: k, label: t(`forms.contactKinds.${k}`) }))} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={7}>
                      <Form.Item name={[line.name, 'name']} label={t('forms.contactName')} rules={[rules.required, rules.max(300)]}>
                        <Input maxLength={300} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={5}>
                      <Form.Item name={[line.name, 'phone']} label={t('companies.phone')} rules={[rules.pattern(PHONE, t('forms.phoneFormat'))]}>
                        <Input inputMode="tel" maxLength={30} />
                      </Form.Item>
                    </Col>
                    <Col xs={20} md={5}>
                      <Form.Item name={[line.name, 'email']} label={t('companies.email')} rules={[rules.pattern(EMAIL, t('forms.emailFormat'))]}>
                        <Input inputMode="email" maxLength={300} />
                      </Form.Item>
                    </Col>
                    <Col xs={4} md={2} style={{ paddingTop: 30 }}>
                      <Button icon={<DeleteOutlined />} aria-label={t('forms.removeLine', { n: i + 1 })} onClick={() => remove(line.name)} />
                    </Col>
                  </Row>
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'INVESTOR' })} disabled={lines.length >= 20}>
                {t('forms.addLine')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
      {save.error && !namesAField(save.error, FIELDS) ? <div style={{ marginTop: 16 }}>{<ProblemAlert error={save.error} />}</div> : null}
    </Modal>
  );
}
