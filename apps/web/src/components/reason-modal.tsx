import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { zReason } from '@jishi/shared';
import { translateMessage } from '../lib/form-validation.ts';
import { testId } from '../lib/test-id.ts';
import { FormModal } from './form-modal.tsx';

interface Props {
  open: boolean;
  title: string;
  /** data-testid prefix: `<prefix>-reason` and `<prefix>-submit`. */
  testPrefix: string;
  confirmLoading?: boolean;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}

/** Asks for the purpose of a sensitive action (reveal, export); the reason goes to the audit log. */
export function ReasonModal({ open, title, testPrefix, confirmLoading, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string }>();
  const submit = (values: { reason?: string }) => {
    const parsed = zReason.safeParse(values.reason ?? '');
    if (!parsed.success) {
      form.setFields([{ name: 'reason', errors: [translateMessage('validation.reason')] }]);
      return;
    }
    onSubmit(parsed.data);
  };
  return (
    <FormModal
      form={form}
      open={open}
      title={title}
      onClose={onCancel}
      onFinish={submit}
      confirmLoading={confirmLoading}
      okButtonProps={testId(`${testPrefix}-submit`)}
      preserve={false}
    >
      <Form.Item name="reason" label={t('common.reason')} extra={t('common.reasonHint')} required>
        <Input.TextArea data-testid={`${testPrefix}-reason`} rows={3} maxLength={200} showCount autoFocus />
      </Form.Item>
    </FormModal>
  );
}
