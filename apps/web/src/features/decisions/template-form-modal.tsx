import type { ReactNode } from 'react';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { templateCreateBody } from '@jishi/shared';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { testId } from '../../lib/test-id.ts';
import { templateInput } from './template-form.ts';
import type { TemplateValues } from './template-form.ts';
import { TemplateStageFields } from './template-stage-fields.tsx';
import { useCreateTemplate } from './templates-api.ts';
import { useFormError } from '../../lib/use-form-error.ts';

interface Props {
  title: string;
  /** Said when the server has created the template. */
  done: string;
  initialValues: TemplateValues;
  /** Values fixed by the caller (a new version keeps its owner, code and scope). */
  fixed?: Pick<TemplateValues, 'ownerUnitId' | 'code' | 'appliesTo'>;
  onClose: () => void;
  /** Fields shown above the name (owner, code, scope of a new template). */
  children?: ReactNode;
}

/** A template version: name and ordered stages, sent as POST /api/decisions/templates; stage-order errors show in an Alert. */
export function TemplateFormModal({ title, done, initialValues, fixed, onClose, children }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TemplateValues>();
  const mutation = useCreateTemplate();
  const { error, track } = useFormError(form);
  const onFinish = (v: TemplateValues) =>
    submitForm(form, templateCreateBody, templateInput({ ...v, ...fixed }), track(mutation), () => {
      notifySuccess(done);
      onClose();
    });
  return (
    <Modal
      open
      width={1200}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={mutation.isPending}
      okButtonProps={testId('template-submit')}
      destroyOnHidden
    >
      <Form<TemplateValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        initialValues={initialValues}
      >
        {children}
        <Form.Item name="name" label={t('common.name')} required>
          <Input data-testid="template-name" maxLength={50} />
        </Form.Item>
        <Typography.Title level={5}>{t('templates.stages')}</Typography.Title>
        <TemplateStageFields />
        {error && <Alert type="error" showIcon title={error.text} style={{ marginTop: 16 }} />}
      </Form>
    </Modal>
  );
}
