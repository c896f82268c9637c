import { Alert, AutoComplete, Button, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_TARGETS, complaintSubmitBody } from '@jishi/shared';
import { compact } from '../../lib/form-validation.ts';
import { errorText } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { useBoards } from '../decisions/board-api.ts';
import { usePublicPowerList, useSubmitComplaint } from './public-integrity-api.ts';
import type { ComplaintReceipt } from './public-integrity-api.ts';

type Target = (typeof COMPLAINT_TARGETS)[number];
interface Values {
  unitId?: string;
  targetKind: Target;
  targetText?: string;
  content?: string;
  anonymous: boolean;
  name?: string;
  contact?: string;
}

/** Sizes in em (the theme or the portal sets the base), so the portal's large-font mode enlarges the form too. */
const hint = (text: string) => <span style={{ fontSize: '0.9em', color: '#333' }}>{text}</span>;

/** The complaint form: where, about what, what happened; anonymous by default, a name and contact only when the resident chooses. */
export function ComplaintForm({ onReceipt }: { onReceipt: (r: ComplaintReceipt) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const boards = useBoards();
  const unitId = Form.useWatch('unitId', form);
  const kind = Form.useWatch('targetKind', form);
  const anonymous = Form.useWatch('anonymous', form) ?? true;
  const powerList = usePublicPowerList(kind === 'item' ? unitId : undefined);
  const submit = useSubmitComplaint();
  const [error, setError] = useState<string | null>(null);
  const onFinish = (v: Values) => {
    setError(null);
    const input = compact({
      ...v,
      name: v.anonymous ? undefined : v.name,
      contact: v.anonymous ? undefined : v.contact,
    });
    submitForm<typeof complaintSubmitBody, ComplaintReceipt>(
      form,
      complaintSubmitBody,
      input,
      {
        mutate: (body, o) =>
          submit.mutate(body, {
            onSuccess: o.onSuccess,
            onError: (e) => {
              o.onError(e);
              setError(errorText(e));
            },
          }),
      },
      (r) => {
        form.resetFields();
        onReceipt(r);
      },
    );
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      size="large"
      onFinish={onFinish}
      initialValues={{ targetKind: 'item', anonymous: true }}
      data-testid="complaint-form"
    >
      <Form.Item name="unitId" label={<strong>{t('report.unit')}</strong>} required>
        <Select
          data-testid="report-unit"
          showSearch={{ optionFilterProp: 'label' }}
          loading={boards.isPending}
          placeholder={t('common.selectPlaceholder')}
          options={(boards.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
        />
      </Form.Item>
      <Form.Item name="targetKind" label={<strong>{t('report.targetKind')}</strong>} required>
        <Radio.Group
          data-testid="report-target-kind"
          optionType="button"
          buttonStyle="solid"
          options={COMPLAINT_TARGETS.map((k) => ({ value: k, label: t(`complaintTarget.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="targetText" label={<strong>{t(`report.targetText.${kind ?? 'item'}`)}</strong>} required>
        <AutoComplete
          data-testid="report-target-text"
          maxLength={100}
          filterOption
          options={(powerList.data?.items ?? []).map((i) => ({ value: i.name }))}
        />
      </Form.Item>
      <Form.Item
        name="content"
        label={<strong>{t('report.content')}</strong>}
        extra={hint(t('report.contentHint'))}
        required
      >
        <Input.TextArea data-testid="report-content" rows={6} maxLength={4000} />
      </Form.Item>
      <Form.Item
        name="anonymous"
        label={<strong>{t('report.how')}</strong>}
        extra={hint(anonymous ? t('report.anonymousHint') : t('report.namedHint'))}
      >
        <Radio.Group
          data-testid="report-anonymous"
          options={[
            { value: true, label: <span data-testid="report-anonymous-yes">{t('report.anonymous')}</span> },
            { value: false, label: <span data-testid="report-anonymous-no">{t('report.named')}</span> },
          ]}
        />
      </Form.Item>
      {!anonymous && (
        <>
          <Form.Item name="name" label={<strong>{t('report.name')}</strong>} required>
            <Input data-testid="report-name" maxLength={60} autoComplete="off" />
          </Form.Item>
          <Form.Item name="contact" label={<strong>{t('report.contact')}</strong>} required>
            <Input data-testid="report-contact" maxLength={60} autoComplete="off" />
          </Form.Item>
        </>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="report-error" />}
      <Button
        data-testid="report-submit"
        type="primary"
        htmlType="submit"
        size="large"
        block
        loading={submit.isPending}
        style={{ minHeight: 60, fontSize: '1.1em' }}
      >
        {t('report.submit')}
      </Button>
    </Form>
  );
}
