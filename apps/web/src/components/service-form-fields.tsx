import { Form, Input, InputNumber, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { YUAN_PATTERN, yuanToFen } from '@jishi/shared/money';
import { UnitSelect } from '../features/territory/unit-select.tsx';

/** Shared fields of the services console's forms: community, date, whole number, switch, money in yuan. */
export function CommunityField({ name = 'unitId', testId }: { name?: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={t('svc.community')} required>
      <UnitSelect kinds={['community']} data-testid={testId} />
    </Form.Item>
  );
}

export function TextField({
  name,
  label,
  testId,
  area,
  required = true,
  max,
}: {
  name: string | (string | number)[];
  label: string;
  testId: string;
  area?: boolean;
  required?: boolean;
  max: number;
}) {
  return (
    <Form.Item name={name} label={label} required={required}>
      {area ? (
        <Input.TextArea data-testid={testId} rows={2} maxLength={max} />
      ) : (
        <Input data-testid={testId} maxLength={max} />
      )}
    </Form.Item>
  );
}

export function DateField({ name, label, testId }: { name: string; label: string; testId: string }) {
  return (
    <Form.Item name={name} label={label} required>
      <Input type="date" data-testid={testId} />
    </Form.Item>
  );
}

export function IntField({
  name,
  label,
  testId,
  min = 0,
  suffix,
}: {
  name: string;
  label: string;
  testId: string;
  min?: number;
  suffix?: string;
}) {
  return (
    <Form.Item name={name} label={label} required>
      <InputNumber data-testid={testId} min={min} precision={0} suffix={suffix} style={{ width: '100%' }} />
    </Form.Item>
  );
}

export function SwitchField({ name, label, testId }: { name: string; label: string; testId: string }) {
  return (
    <Form.Item name={name} label={label} valuePropName="checked">
      <Switch data-testid={testId} />
    </Form.Item>
  );
}

/** Money typed in yuan as text (at most 2 decimals); `fenOf` turns it into integer fen for the body. */
export function YuanField({ name, label, testId }: { name: string; label: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={`${label}（${t('svc.yuanUnit')}）`}
      required
      rules={[{ pattern: YUAN_PATTERN, message: t('svc.yuanFormat') }]}
    >
      <Input data-testid={testId} inputMode="decimal" />
    </Form.Item>
  );
}

/** The fen of a yuan text; undefined when empty or malformed (the shared schema then marks the field). */
export const fenOf = (value: unknown): number | undefined =>
  typeof value === 'string' ? (yuanToFen(value) ?? undefined) : undefined;
