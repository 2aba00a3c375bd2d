import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Switch } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api/client';
import type { components } from '../api/schema';
import type { Company } from '../api/types';
import { ProblemAlert } from '../components/common';
import { COUNTRY_CODES, namesAField, showProblemOnFields, text, useIdempotencyKey, useRules } from '../components/forms';
import { useFormat } from '../format';

type CreateBody = components['schemas']['CreateCompanyDto'];
type UpdateBody = components['schemas']['UpdateCompanyDto'];
type Size = NonNullable<CreateBody['size']>;
const SIZES: Size[] = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'];
/** The form's fields, named as the API names them (problem+json `field`). */
const FIELDS = ['name', 'countryCode', 'bin', 'sector', 'size', 'website', 'global2000', 'global2000Year'] as const;

interface Values {
  name: string;
  countryCode: string;
  bin?: string;
  sector?: string;
  size?: Size;
  website?: string;
  global2000?: boolean;
  global2000Year?: number | null;
}

function initialOf(c: Company | undefined): Partial<Values> {
  if (!c) return { global2000: false };
  return {
    name: c.name,
    countryCode: c.countryCode,
    bin: c.bin ?? undefined,
    sector: c.sector ?? undefined,
    size: (c.size as Size | null) ?? undefined,
    website: c.website ?? undefined,
    global2000: c.global2000 ?? false,
    global2000Year: c.global2000Year ?? undefined,
  };
}

/**
 * The company card form: creates a card (POST with an Idempotency-Key) or edits one (PATCH with only
 * the changed fields; a cleared optional field is sent as null). The rules mirror CreateCompanyDto /
 * UpdateCompanyDto; the fields the API refuses are marked with its problem.
 */
export function CompanyFormModal({
  company,
  open,
  onClose,
  onSaved,
}: {
  company?: Company;
  open: boolean;
  onClose: () => void;
  onSaved?: (c: Company) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const rules = useRules();
  const [form] = Form.useForm<Values>();
  const [key, renewKey] = useIdempotencyKey();
  const initial = initialOf(company);
  const global2000 = Form.useWatch('global2000', form);
  const thisYear = new Date().getFullYear();
  const countries = useMemo(
    () => COUNTRY_CODES.map((c) => ({ value: c, label: `${f.country(c)} (${c})` })).sort((a, b) => a.label.localeCompare(b.label, f.locale)),
    [f.locale],
  );
  const save = useMutation({
    mutationFn: async (v: Values): Promise<Company & { possibleDuplicates?: { id: string; name: string }[] }> => {
      const next = {
        name: v.name.trim(),
        countryCode: v.countryCode,
        bin: text(v.bin),
        sector: text(v.sector),
        size: v.size,
        website: text(v.website),
        global2000: Boolean(v.global2000),
        global2000Year: v.global2000 ? (v.global2000Year ?? undefined) : undefined,
      };
      if (!company) {
        const body: CreateBody = Object.fromEntries(Object.entries(next).filter(([, x]) => x !== undefined)) as CreateBody;
        if (!body.global2000) delete body.global2000;
        return call(() => api.POST('/api/v1/companies', { body, headers: { 'Idempotency-Key': key } }));
      }
      // Only what changed; an optional field emptied is cleared with null.
      const before = initialOf(company) as Record<string, unknown>;
      const body: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(next)) {
        const was = before[k] ?? undefined;
        if (x === was) continue;
        body[k] = x === undefined ? null : x;
      }
      if (Object.keys(body).length === 0) return company;
      return call(() => api.PATCH('/api/v1/companies/{id}', { params: { path: { id: company.id } }, body: body as UpdateBody }));
    },
    onSuccess: async (saved) => {
      renewKey();
      void message.success(company ? t('forms.companySaved') : t('forms.companyCreated'));
      if (saved.possibleDuplicates?.length) {
        void message.warning(t('forms.possibleDuplicates', { names: saved.possibleDuplicates.map((d) => d.name).join(', ') }), 8);
      }
      form.resetFields();
      onClose();
      onSaved?.(saved);
      await Promise.all([qc.invalidateQueries({ queryKey: ['companies'] }), qc.invalidateQueries({ queryKey: ['company', saved.id] })]);
    },
    onError: (e) => {
      showProblemOnFields(form, e, FIELDS, (p) => p.problem.title ?? t('common.error'), { 'CONFLICT:bin': t('forms.binTaken') });
    },
  });
  const title = company ? t('forms.editCompany') : t('companies.new');
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      width={640}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name={company ? 'company-edit' : 'company-create'}
        aria-label={title}
        initialValues={initial}
        onFinish={(v) => save.mutate(v)}
        onValuesChange={() => save.error && save.reset()}
      >
        <Form.Item name="name" label={t('companies.name')} rules={[rules.required, rules.max(300)]}>
          <Input maxLength={300} autoComplete="organization" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="countryCode" label={t('forms.countryOfOrigin')} rules={[rules.requiredValue]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={countries} placeholder={t('forms.pickCountry')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="bin" label={t('companies.bin')} extra={t('forms.binHint')} rules={[rules.bin]} normalize={(v: string) => v.replace(/\s/g, '')}>
              <Input maxLength={12} inputMode="numeric" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="sector" label={t('common.sector')} extra={t('forms.sectorHint')} rules={[rules.max(20)]}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="size" label={t('forms.size')}>
              <Select allowClear options={SIZES.map((s) => ({ value: s, label: t(`forms.sizes.${s}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="website" label={t('forms.website')} rules={[rules.pattern(/^https?:\/\/\S+$/, t('forms.websiteFormat')), rules.max(500)]}>
          <Input maxLength={500} inputMode="url" placeholder="https://" />
        </Form.Item>
        <Space align="start" size={24}>
          <Form.Item name="global2000" label={t('forms.global2000')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="global2000Year" label={t('forms.global2000Year')} rules={global2000 ? [rules.requiredValue] : []} hidden={!global2000}>
            <InputNumber min={2003} max={thisYear} precision={0} style={{ width: 140 }} />
          </Form.Item>
        </Space>
      </Form>
      {save.error && !namesAField(save.error, FIELDS) ? <ProblemAlert error={save.error} /> : null}
    </Modal>
  );
}

type ContactBody = components['schemas']['CreateContactDto'];
const CONTACT_FIELDS = ['fullName', 'position', 'phone', 'email', 'language'] as const;
const CONTACT_LANGUAGES = ['kk', 'ru', 'en', 'zh', 'ko', 'ja', 'tr', 'de', 'fr', 'ar'];

/** Adds a contact card (contact person) to a company: POST with an Idempotency-Key; rules of CreateContactDto. */
export function ContactFormModal({ companyId, open, onClose }: { companyId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const rules = useRules();
  const [form] = Form.useForm<ContactBody>();
  const [key, renewKey] = useIdempotencyKey();
  const languages = new Intl.DisplayNames([f.locale], { type: 'language' });
  const save = useMutation({
    mutationFn: (v: ContactBody) => {
      const body = Object.fromEntries(
        Object.entries({ fullName: v.fullName.trim(), position: text(v.position), phone: text(v.phone), email: text(v.email), language: v.language }).filter(
          ([, x]) => x !== undefined,
        ),
      ) as ContactBody;
      return call(() => api.POST('/api/v1/companies/{id}/contacts', { params: { path: { id: companyId } }, body, headers: { 'Idempotency-Key': key } }));
    },
    onSuccess: async () => {
      renewKey();
      void message.success(t('forms.contactAdded'));
      form.resetFields();
      onClose();
      await qc.invalidateQueries({ queryKey: ['company', companyId, 'contacts'] });
    },
    onError: (e) => {
      showProblemOnFields(form, e, CONTACT_FIELDS, (p) => p.problem.title ?? t('common.error'));
    },
  });
  return (
    <Modal
      title={t('forms.addContact')}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      width={560}
      destroyOnHidden
    >
      <Form<ContactBody>
        form={form}
        layout="vertical"
        name="contact-create"
        aria-label={t('forms.addContact')}
        onFinish={(v) => save.mutate(v)}
        onValuesChange={() => save.error && save.reset()}
      >
        <Form.Item name="fullName" label={t('companies.fullName')} rules={[rules.required, rules.max(300)]}>
          <Input maxLength={300} autoComplete="name" />
        </Form.Item>
        <Form.Item name="position" label={t('companies.position')} rules={[rules.max(300)]}>
          <Input maxLength={300} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="phone" label={t('companies.phone')} rules={[rules.pattern(/^\+?[0-9 ()-]{5,30}$/, t('forms.phoneFormat'))]}>
              <Input inputMode="tel" maxLength={30} autoComplete="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="email" label={t('companies.email')} rules={[{ type: 'email', message: t('forms.emailFormat') }, rules.max(300)]}>
              <Input inputMode="email" maxLength={300} autoComplete="email" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="language" label={t('forms.contactLanguage')}>
          <Select allowClear options={CONTACT_LANGUAGES.map((l) => ({ value: l, label: languages.of(l) ?? l }))} />
        </Form.Item>
      </Form>
      {save.error && !namesAField(save.error, CONTACT_FIELDS) ? <ProblemAlert error={save.error} /> : null}
    </Modal>
  );
}
