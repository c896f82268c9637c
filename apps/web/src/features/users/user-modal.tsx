import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES, userCreateBody } from '@jishi/shared';
import { applyApiErrors, compact, parseWith } from '../../lib/form-validation.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { UnitSelect } from '../territory/unit-select.tsx';
import { useCreateUser } from './users-api.ts';

interface Values {
  username?: string;
  displayName?: string;
  role?: string;
  scopeUnitId?: string;
  password?: string;
}

/** 新增用户: role and scope (a territory node whose subtree the user sees). */
export function UserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateUser();
  const onFinish = (values: Values) => {
    const body = parseWith(form, userCreateBody, compact({ ...values, password: values.password }));
    if (!body) return;
    create.mutate(body, {
      onSuccess: () => {
        notifySuccess(t('common.created'));
        onClose();
      },
      onError: (err) => applyApiErrors(form, err),
    });
  };
  return (
    <Modal open={open} title={t('users.add')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={onFinish} preserve={false} autoComplete="off">
        <Form.Item name="username" label={t('users.username')} required extra="a-z 0-9 _ . -（3–32）">
          <Input data-testid="user-username" maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} required><Input maxLength={60} /></Form.Item>
        <Form.Item name="role" label={t('users.role')} required>
          <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        <Form.Item name="scopeUnitId" label={t('users.scope')} required>
          <UnitSelect kinds={['subdistrict', 'community', 'village', 'grid']} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="password" label={t('users.password')} required extra={t('users.passwordHint')}>
          <Input.Password maxLength={256} autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
