import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { accountProposalBody, ROLE_ADMINISTRATION, ROLES, type Role } from '@jishi/shared';
import { CreateEntityModal } from '../../components/create-entity-modal.tsx';
import { useCan, useRequiredSession } from '../auth/session.ts';
import { UnitSelect } from '../territory/unit-select.tsx';
import { useDualControlAccounts, usePropose } from './account-proposals-api.ts';

type Kind = 'create' | 'update' | 'password_reset' | 'second_factor_reset';
interface Values {
  kind?: Kind;
  username?: string;
  displayName?: string;
  role?: Role;
  scopeUnitId?: string;
  userId?: string;
  change?: 'disable' | 'enable' | 'role';
  newRole?: Role;
}

const DUAL_ROLES = ROLES.filter((r) => ROLE_ADMINISTRATION[r] === 'dual_control');
const KINDS: Kind[] = ['create', 'update', 'password_reset', 'second_factor_reset'];

/** Form values → the proposal body (the shared schema checks it before it is sent). */
function toBody(v: Values, ownUnit: string): unknown {
  if (v.kind === 'create')
    return {
      kind: 'create',
      account: {
        username: v.username?.trim(),
        displayName: v.displayName?.trim(),
        role: v.role,
        scopeUnitId: v.scopeUnitId ?? ownUnit,
      },
    };
  if (v.kind === 'update') {
    const changes = v.change === 'role' ? { role: v.newRole } : v.change ? { disabled: v.change === 'disable' } : {};
    return { kind: 'update', userId: v.userId, changes };
  }
  return { kind: v.kind, userId: v.userId };
}

/** 提出申请: a change to an administrator or inspector account, applied when another administrator approves it. */
export function ProposeModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const session = useRequiredSession();
  const propose = usePropose();
  const accounts = useDualControlAccounts(open);
  const roleOptions = DUAL_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }));
  return (
    <CreateEntityModal
      open={open}
      title={t('accountProposals.propose')}
      onClose={onClose}
      schema={accountProposalBody}
      toInput={(values: Values) => toBody(values, session.user.scopeUnitId)}
      mutation={propose}
      successText={t('accountProposals.proposed')}
      initialValues={{ kind: 'create' }}
      autoComplete="off"
    >
      <Form.Item name="kind" label={t('accountProposals.kind')} required>
        <Select
          data-testid="proposal-kind"
          options={KINDS.map((k) => ({ value: k, label: t(`accountProposals.kinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.kind !== b.kind || a.change !== b.change}>
        {({ getFieldValue }) =>
          getFieldValue('kind') === 'create' ? (
            <>
              <Form.Item name="username" label={t('users.username')} required extra="a-z 0-9 _ . -（3–32）">
                <Input data-testid="proposal-username" maxLength={32} autoComplete="off" />
              </Form.Item>
              <Form.Item name="displayName" label={t('users.displayName')} required>
                <Input maxLength={60} />
              </Form.Item>
              <Form.Item name="role" label={t('users.role')} required>
                <Select data-testid="proposal-role" options={roleOptions} />
              </Form.Item>
              {can('territory:read') && (
                <Form.Item name="scopeUnitId" label={t('users.scope')} extra={session.user.scopeUnitName}>
                  <UnitSelect kinds={['subdistrict', 'community', 'village']} style={{ width: '100%' }} />
                </Form.Item>
              )}
            </>
          ) : (
            <>
              <Form.Item name="userId" label={t('accountProposals.target')} required>
                <Select
                  data-testid="proposal-target"
                  showSearch={{ optionFilterProp: 'label' }}
                  options={(accounts.data?.items ?? [])
                    .filter((u) => u.id !== session.user.id)
                    .map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}，${t(`role.${u.role}`)}）` }))}
                />
              </Form.Item>
              {getFieldValue('kind') === 'update' && (
                <Form.Item name="change" label={t('accountProposals.change')} required>
                  <Select
                    options={[
                      { value: 'disable', label: t('accountProposals.disable') },
                      { value: 'enable', label: t('accountProposals.enable') },
                      { value: 'role', label: t('accountProposals.newRole') },
                    ]}
                  />
                </Form.Item>
              )}
              {getFieldValue('kind') === 'update' && getFieldValue('change') === 'role' && (
                <Form.Item name="newRole" label={t('accountProposals.newRole')} required>
                  <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
                </Form.Item>
              )}
            </>
          )
        }
      </Form.Item>
    </CreateEntityModal>
  );
}
