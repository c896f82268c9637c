import { Alert, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ALERT_FINDINGS, zReason } from '@jishi/shared';
import { FormModal } from '../../components/form-modal.tsx';
import { translateMessage } from '../../lib/form-validation.ts';
import { testId } from '../../lib/test-id.ts';

export type Finding = (typeof ALERT_FINDINGS)[number];
interface Values {
  note?: string;
  finding?: Finding;
}

interface Props {
  open: boolean;
  title: string;
  /** data-testid prefix: `<prefix>-note`, `<prefix>-finding`, `<prefix>-submit`. */
  testPrefix: string;
  noteLabel: string;
  noteHint?: string;
  /** Closing an alert needs a finding. */
  withFinding?: boolean;
  loading: boolean;
  error: string | null;
  onCancel: () => void;
  onSubmit: (v: { note: string; finding?: Finding }) => void;
}

/** One handling step of an alert or complaint: a note (recorded and audited), and the finding when closing. */
export function HandlingModal({
  open,
  title,
  testPrefix,
  noteLabel,
  noteHint,
  withFinding,
  loading,
  error,
  onCancel,
  onSubmit,
}: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const submit = (v: Values) => {
    const note = zReason.safeParse(v.note ?? '');
    if (!note.success) form.setFields([{ name: 'note', errors: [translateMessage('validation.reason')] }]);
    if (withFinding && !v.finding) form.setFields([{ name: 'finding', errors: [t('validation.required')] }]);
    if (!note.success || (withFinding && !v.finding)) return;
    onSubmit({ note: note.data, finding: withFinding ? v.finding : undefined });
  };
  return (
    <FormModal
      form={form}
      open={open}
      title={title}
      onClose={onCancel}
      onFinish={submit}
      confirmLoading={loading}
      okButtonProps={testId(`${testPrefix}-submit`)}
      preserve={false}
    >
      {withFinding && (
        <Form.Item name="finding" label={t('alert.finding')} required>
          <Select<Finding>
            data-testid={`${testPrefix}-finding`}
            options={ALERT_FINDINGS.map((f) => ({ value: f, label: t(`finding.${f}`) }))}
          />
        </Form.Item>
      )}
      <Form.Item name="note" label={noteLabel} extra={noteHint} required>
        <Input.TextArea data-testid={`${testPrefix}-note`} rows={4} maxLength={200} showCount autoFocus />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} data-testid={`${testPrefix}-error`} />}
    </FormModal>
  );
}
