import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLE_ADMINISTRATION, ROLES, userCreateBody } from '@jishi/shared';
import { CreateEntityModal } from '../../components/create-entity-modal.tsx';
import { compact } from '../../lib/form-validation.ts';
import { UnitSelect } from '../territory/unit-select.tsx';
import { useBranchOptions, useCreateUser } from './users-api.ts';
import type { CreatedUser } from './users-api.ts';

/** The roles whose accounts the security administrator creates directly (the rest need an approved proposal). */
const DIRECT_ROLES = ROLES.filter((r) => ROLE_ADMINISTRATION[r] === 'security_admin');

interface Values {
  username?: string;
  displayName?: string;
  role?: string;
  scopeUnitId?: string;
  partyBranchId?: string;
}

/**
 * 新增用户: role and scope (a territory node whose subtree the user sees); a branch secretary's own branch. The
 * server sets a one-time password, handed to `onCreated` to be shown once.
 */
export function UserModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (user: CreatedUser) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateUser(onCreated);
  const branches = useBranchOptions(open);
  return (
    <CreateEntityModal
      open={open}
      title={t('users.add')}
      onClose={onClose}
      schema={userCreateBody}
      toInput={(values: Values) => compact({ ...values })}
      mutation={create}
      autoComplete="off"
    >
      <Form.Item name="username" label={t('users.username')} required extra="a-z 0-9 _ . -（3–32）">
        <Input data-testid="user-username" maxLength={32} autoComplete="off" />
      </Form.Item>
      <Form.Item name="displayName" label={t('users.displayName')} required>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="role" label={t('users.role')} required>
        <Select options={DIRECT_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
      </Form.Item>
      <Form.Item name="scopeUnitId" label={t('users.scope')} required>
        <UnitSelect kinds={['subdistrict', 'community', 'village', 'grid']} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.role !== b.role}>
        {({ getFieldValue }) =>
          getFieldValue('role') === 'branch_secretary' && (
            <Form.Item
              name="partyBranchId"
              label={t('users.partyBranch')}
              extra={t('users.partyBranchHint')}
              preserve={false}
            >
              <Select
                data-testid="user-party-branch"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={(branches.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
              />
            </Form.Item>
          )
        }
      </Form.Item>
    </CreateEntityModal>
  );
}
