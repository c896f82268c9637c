import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { proposalCreateBody } from '@jishi/shared';
import { submitForm } from '../../lib/submit-form.ts';
import { useCreateProposal } from './proposals-api.ts';

interface Values {
  title?: string;
  content?: string;
}

/** Two fields and one big button: what the resident suggests, in their own words. */
export function ProposeForm({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateProposal();
  const [sent, setSent] = useState(false);
  const onFinish = (v: Values) => {
    setSent(false);
    submitForm(form, proposalCreateBody, { unitId, title: v.title?.trim(), content: v.content?.trim() }, create, () => {
      form.resetFields();
      setSent(true);
    });
  };
  return (
    <Form<Values> form={form} layout="vertical" size="large" onFinish={onFinish} data-testid="propose-form">
      <Form.Item name="title" label={<strong>{t('portal.subject')}</strong>} required>
        <Input data-testid="propose-title" maxLength={100} />
      </Form.Item>
      <Form.Item
        name="content"
        label={<strong>{t('portal.content')}</strong>}
        extra={<span style={{ fontSize: 18, color: '#333' }}>{t('portal.contentHint')}</span>}
        required
      >
        <Input.TextArea data-testid="propose-content" rows={4} maxLength={2000} />
      </Form.Item>
      {sent && (
        <Alert
          data-testid="propose-done"
          type="success"
          showIcon
          title={<span style={{ fontSize: 20 }}>{t('portal.submitted')}</span>}
          style={{ marginBottom: 16 }}
        />
      )}
      <Button
        data-testid="propose-submit"
        type="primary"
        htmlType="submit"
        size="large"
        block
        loading={create.isPending}
        style={{ height: 60, fontSize: 22 }}
      >
        {t('portal.submit')}
      </Button>
    </Form>
  );
}
