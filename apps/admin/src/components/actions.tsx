import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './common';

/** An input an action asks for before it is sent. */
export type ActionField =
  | { kind: 'reason'; name: string; label: string; required?: boolean }
  | { kind: 'term'; name: string; label: string }
  | { kind: 'lines'; name: string; label: string };

/** One action the API offers on a row (the row's allowedActions decide which are shown). */
export interface RowAction {
  key: string;
  label: string;
  /** The question of the confirmation dialog. */
  confirm: string;
  danger?: boolean;
  primary?: boolean;
  fields?: ActionField[];
  run: (values: Record<string, unknown>) => Promise<unknown>;
}

/**
 * Buttons for a row's actions. Each opens a confirmation dialog (with the inputs the action needs);
 * the call's problem is shown inside the dialog in the user's language, and on success the given
 * queries are refreshed.
 */
export function ActionButtons({ actions, invalidate, label }: { actions: RowAction[]; invalidate: readonly unknown[][]; label: string }) {
  const [open, setOpen] = useState<RowAction | null>(null);
  if (actions.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <>
      <Space wrap size={4} role="group" aria-label={label}>
        {actions.map((a) => (
          <Button key={a.key} size="small" danger={a.danger} type={a.primary ? 'primary' : 'default'} onClick={() => setOpen(a)}>
            {a.label}
          </Button>
        ))}
      </Space>
      {open ? <ActionDialog action={open} invalidate={invalidate} onClose={() => setOpen(null)} /> : null}
    </>
  );
}

function ActionDialog({ action, invalidate, onClose }: { action: RowAction; invalidate: readonly unknown[][]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Record<string, unknown>>();
  const run = useMutation({
    mutationFn: (values: Record<string, unknown>) => action.run(values),
    onSuccess: async () => {
      void message.success(t('actions.done'));
      onClose();
      await Promise.all(invalidate.map((queryKey) => qc.invalidateQueries({ queryKey })));
    },
  });
  const fields = action.fields ?? [];
  return (
    <Modal
      open
      title={action.label}
      onCancel={onClose}
      onOk={() => (fields.length ? form.submit() : run.mutate({}))}
      okText={action.label}
      okButtonProps={{ danger: action.danger }}
      cancelText={t('common.cancel')}
      confirmLoading={run.isPending}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph>{action.confirm}</Typography.Paragraph>
        {fields.length ? (
          <Form form={form} layout="vertical" name={`action-${action.key}`} onFinish={(v) => run.mutate(v)} initialValues={{ unit: 'WD' }}>
            {fields.map((f) =>
              f.kind === 'reason' ? (
                <Form.Item
                  key={f.name}
                  name={f.name}
                  label={f.label}
                  rules={f.required === false ? [] : [{ required: true, whitespace: true, message: t('common.required') }]}
                >
                  <Input.TextArea rows={3} maxLength={2000} />
                </Form.Item>
              ) : f.kind === 'lines' ? (
                <Form.Item key={f.name} name={f.name} label={f.label} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                  <Input.TextArea rows={3} placeholder={t('actions.onePerLine')} />
                </Form.Item>
              ) : (
                <Space key={f.name} align="start">
                  <Form.Item name={f.name} label={f.label} rules={[{ required: true, message: t('common.required') }]}>
                    <InputNumber min={1} max={365} precision={0} />
                  </Form.Item>
                  <Form.Item name="unit" label={t('actions.unit')}>
                    <Select
                      style={{ width: 200 }}
                      options={[
                        { value: 'WD', label: t('actions.workingDays') },
                        { value: 'CD', label: t('actions.calendarDays') },
                      ]}
                    />
                  </Form.Item>
                </Space>
              ),
            )}
          </Form>
        ) : null}
        {run.error ? <ProblemAlert error={run.error} /> : null}
      </Space>
    </Modal>
  );
}

/** Lines of a textarea as a list (empty lines dropped). */
export function lines(v: unknown): string[] {
  return String(v ?? '')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}
