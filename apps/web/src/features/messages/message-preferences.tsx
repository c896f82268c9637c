import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Flex, Form, Input, Select, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { messagePreferencesBody, type MessagePreferencesView } from '@jishi/shared';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { usePreferences, useSavePreferences } from './messages-api.ts';

interface Values {
  smsKinds: string[];
  quietHours: { start: string; end: string };
  phone?: string;
}

/** Every half hour of the day ('00:00' … '23:30'), the quiet hours' choices. */
const HALF_HOURS = Array.from(
  { length: 48 },
  (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
);
const TIME_OPTIONS = HALF_HOURS.map((v) => ({ value: v, label: v }));

/** Where SMS goes: the stored number (masked) with a way to remove it, and a field for a new one. */
function PhoneField({
  masked,
  removing,
  onRemove,
}: {
  masked: string | null;
  removing: boolean;
  onRemove: (v: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('messages.prefs.phone')} style={{ marginBottom: 12 }}>
      <Flex vertical gap={8}>
        <Space wrap size={8}>
          {masked === null ? (
            <Typography.Text type="secondary" data-testid="prefs-phone-none">
              {t('messages.prefs.phoneNone')}
            </Typography.Text>
          ) : (
            <>
              <Typography.Text data-testid="prefs-phone" delete={removing}>
                {masked}
              </Typography.Text>
              <Button size="small" data-testid="prefs-phone-remove" onClick={() => onRemove(!removing)}>
                {removing ? t('messages.prefs.phoneKeep') : t('messages.prefs.phoneRemove')}
              </Button>
              {removing && <Tag color="orange">{t('messages.prefs.phoneRemoving')}</Tag>}
            </>
          )}
        </Space>
        {!removing && (
          <Form.Item name="phone" noStyle>
            <Input
              data-testid="prefs-phone-new"
              inputMode="tel"
              autoComplete="tel"
              maxLength={20}
              placeholder={masked === null ? t('messages.prefs.phoneEnter') : t('messages.prefs.phoneReplace')}
              style={{ maxWidth: 280 }}
            />
          </Form.Item>
        )}
      </Flex>
    </Form.Item>
  );
}

function PreferencesForm({ view }: { view: MessagePreferencesView }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSavePreferences();
  const [removing, setRemoving] = useState(false);
  const smsKinds = view.kinds.filter((k) => k.sms).map((k) => k.kind);
  const inAppOnly = view.kinds.filter((k) => !k.sms).map((k) => k.kind);
  const onFinish = (v: Values) =>
    submitForm(
      form,
      messagePreferencesBody,
      {
        smsKinds: v.smsKinds ?? [],
        quietHours: v.quietHours,
        phone: removing ? null : v.phone?.trim() || undefined,
      },
      save,
      () => {
        setRemoving(false);
        form.setFieldValue('phone', undefined);
        notifySuccess(t('messages.prefs.saved'));
      },
    );
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={{ smsKinds: view.smsKinds, quietHours: view.quietHours }}
      autoComplete="off"
    >
      <Alert type="info" showIcon title={t('messages.prefs.inApp')} style={{ marginBottom: 16 }} />
      <Form.Item name="smsKinds" label={t('messages.prefs.sms')} extra={t('messages.prefs.smsHint')}>
        <Checkbox.Group
          data-testid="prefs-sms-kinds"
          style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          options={smsKinds.map((k) => ({ value: k, label: t(`messageKind.${k}`) }))}
        />
      </Form.Item>
      {inAppOnly.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          {t('messages.prefs.inAppOnly', { kinds: inAppOnly.map((k) => t(`messageKind.${k}`)).join('、') })}
        </Typography.Paragraph>
      )}
      <PhoneField masked={view.phone} removing={removing} onRemove={setRemoving} />
      <Form.Item label={t('messages.prefs.quiet')} extra={t('messages.prefs.quietHint')} required>
        <Space wrap>
          <Form.Item name={['quietHours', 'start']} noStyle>
            <Select data-testid="prefs-quiet-start" options={TIME_OPTIONS} style={{ width: 110 }} />
          </Form.Item>
          <span>—</span>
          <Form.Item name={['quietHours', 'end']} noStyle>
            <Select data-testid="prefs-quiet-end" options={TIME_OPTIONS} style={{ width: 110 }} />
          </Form.Item>
        </Space>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="prefs-save">
        {t('common.save')}
      </Button>
    </Form>
  );
}

/**
 * 我的提醒方式: in-app messages always; SMS per kind (only kinds that may go by SMS) to the reader's own number
 * (shown masked; a new one replaces it; it can be removed); quiet hours, during which SMS waits.
 */
export function MessagePreferences() {
  const { t } = useTranslation();
  const prefs = usePreferences();
  return (
    <Card size="small" title={t('messages.prefs.title')} data-testid="message-preferences">
      {prefs.isError ? (
        <Typography.Text type="secondary">{t('messages.prefs.unavailable')}</Typography.Text>
      ) : prefs.data ? (
        <PreferencesForm view={prefs.data} />
      ) : (
        <Spin />
      )}
    </Card>
  );
}
