import { Button, Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { residentUpdateBody } from '@jishi/shared';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { ResidentFormFields } from './resident-form-fields.tsx';
import { fromResident, toUpdateInput } from './resident-form-values.ts';
import type { ResidentFormValues } from './resident-form-values.ts';
import { useUpdateResident } from './residents-api.ts';
import type { ResidentView } from './residents-api.ts';

/** Edit form in the detail drawer (PATCH with residentUpdateBody). */
export function ResidentEditForm({ resident, onDone }: { resident: ResidentView; onDone: (r: ResidentView) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ResidentFormValues>();
  const update = useUpdateResident(resident.id);
  const onFinish = (values: ResidentFormValues) =>
    submitForm(form, residentUpdateBody, toUpdateInput(values), update, (updated) => {
      notifySuccess(t('common.saved'));
      onDone(updated);
    });
  return (
    <Form form={form} layout="vertical" initialValues={fromResident(resident)} onFinish={onFinish}>
      <ResidentFormFields
        form={form}
        editing
        masked={{ idNumber: resident.idNumberMasked, phone: resident.phoneMasked }}
      />
      <Space>
        <Button onClick={() => onDone(resident)}>{t('common.cancel')}</Button>
        <Button data-testid="resident-submit" type="primary" htmlType="submit" loading={update.isPending}>
          {t('common.save')}
        </Button>
      </Space>
    </Form>
  );
}
