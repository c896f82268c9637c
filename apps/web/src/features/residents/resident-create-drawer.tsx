import { Button, Drawer, Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { residentCreateBody } from '@jishi/shared';
import { notifySuccess } from '../../lib/notify.ts';
import { submitForm } from '../../lib/submit-form.ts';
import { ResidentFormFields } from './resident-form-fields.tsx';
import { toCreateInput } from './resident-form-values.ts';
import type { ResidentFormValues } from './resident-form-values.ts';
import { useCreateResident } from './residents-api.ts';

/** 新增居民: validated with the shared residentCreateBody before it is sent. */
export function ResidentCreateDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ResidentFormValues>();
  const create = useCreateResident();
  const onFinish = (values: ResidentFormValues) =>
    submitForm(form, residentCreateBody, toCreateInput(values), create, () => {
      notifySuccess(t('common.created'));
      form.resetFields();
      onClose();
    });
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('residents.add')}
      size={520}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button data-testid="resident-submit" type="primary" loading={create.isPending} onClick={() => form.submit()}>
            {t('common.submit')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        <ResidentFormFields form={form} editing={false} />
      </Form>
    </Drawer>
  );
}
