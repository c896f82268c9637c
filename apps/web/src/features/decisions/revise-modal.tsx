import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { matterReviseBody } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { compact } from '../../lib/form-validation.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { testId } from '../../lib/test-id.ts';
import { useReviseMatter } from './decisions-api.ts';
import type { MatterView } from './decisions-api.ts';
import { useFormError } from '../../lib/use-form-error.ts';

interface Values {
  title?: string;
  description?: string;
  note?: string;
}

/** 修改议题后复议: a new revision of the matter; the failed stage is then held again. */
export function ReviseModal({ matter, onClose }: { matter: MatterView; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const mutation = useReviseMatter(matter.id);
  const { error, track } = useFormError(form);
  const onFinish = (v: Values) => {
    const input = compact({
      ...v,
      title: v.title === matter.title ? undefined : v.title,
      description: v.description === matter.description ? undefined : v.description,
    });
    submitForm(form, matterReviseBody, input, track(mutation), () => {
      notifySuccess(t('matter.reviseDone'));
      onClose();
    });
  };
  return (
    <FormModal<Values>
      form={form}
      open
      title={t('matter.revise')}
      onClose={onClose}
      onFinish={onFinish}
      confirmLoading={mutation.isPending}
      okButtonProps={testId('revise-submit')}
      initialValues={{ title: matter.title, description: matter.description }}
      preserve={false}
    >
      <Form.Item name="title" label={t('hall.matterTitle')}>
        <Input data-testid="revise-title" maxLength={100} />
      </Form.Item>
      <Form.Item name="description" label={t('hall.description')}>
        <Input.TextArea data-testid="revise-description" rows={3} maxLength={5000} />
      </Form.Item>
      <Form.Item name="note" label={t('matter.reviseNote')} required>
        <Input.TextArea data-testid="revise-note" rows={2} maxLength={500} />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error.text} />}
    </FormModal>
  );
}
