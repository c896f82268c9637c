import { useState } from 'react';
import { Alert, Button, Card, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { needsDualControl } from '@jishi/shared';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { testId } from '../../lib/test-id.ts';
import { useCan, useRequiredSession } from '../auth/session.ts';
import { useUnitName } from '../territory/use-unit-name.ts';
import { UserModal } from './user-modal.tsx';
import { OneTimePasswordModal } from './one-time-password-modal.tsx';
import { notifySuccess } from '../../lib/notify.ts';
import { useBranchOptions, useResetPassword, useResetSecondFactor, useUpdateUser, useUsers } from './users-api.ts';
import type { User } from './users-api.ts';

/** 用户管理 (security admin): accounts, roles, scopes, a branch secretary's branch; disable/enable. */
export function UsersPage() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useRequiredSession().user;
  const users = useUsers();
  const unitName = useUnitName();
  const update = useUpdateUser();
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<{ username: string; password: string } | null>(null);
  const resetPassword = useResetPassword();
  const resetTotp = useResetSecondFactor();
  const writable = can('user:write');
  const branches = useBranchOptions(writable);
  const branchOptions = (branches.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }));
  const columns: TableColumnsType<User> = [
    {
      title: t('users.username'),
      dataIndex: 'username',
      render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
    },
    { title: t('users.displayName'), dataIndex: 'displayName' },
    { title: t('users.role'), dataIndex: 'role', render: (r: User['role']) => t(`role.${r}`) },
    { title: t('users.scope'), dataIndex: 'scopeUnitId', render: unitName },
    {
      title: t('users.partyBranch'),
      dataIndex: 'partyBranchId',
      render: (v: string | null, u) => {
        if (u.role !== 'branch_secretary') return null;
        if (!writable) return branchOptions.find((o) => o.value === v)?.label ?? (v ? '—' : t('users.noBranch'));
        return (
          <Select
            size="small"
            style={{ minWidth: 180 }}
            allowClear
            placeholder={t('users.noBranch')}
            value={v ?? undefined}
            options={branchOptions}
            data-testid={`user-branch-${u.username}`}
            onChange={(id?: string) => update.mutate({ id: u.id, body: { partyBranchId: id ?? null } })}
          />
        );
      },
    },
    {
      title: t('users.totp'),
      dataIndex: 'totpEnabled',
      render: (v: boolean) => (v ? t('common.yes') : t('common.no')),
    },
    {
      title: t('common.status'),
      dataIndex: 'disabled',
      render: (v: boolean, u) => (
        <Space size={4} wrap>
          <Tag color={v ? 'default' : 'green'}>{v ? t('users.disabled') : t('users.enabled')}</Tag>
          {u.mustChangePassword && <Tag color="orange">{t('users.mustChange')}</Tag>}
        </Space>
      ),
    },
  ];
  if (writable) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, u) => {
        if (u.id === me.id) return null;
        if (needsDualControl(u.role))
          return (
            <Tooltip title={t('users.dualControlHint')}>
              <Tag data-testid={`user-dual-${u.username}`}>{t('users.dualControl')}</Tag>
            </Tooltip>
          );
        return (
          <Space size={4} wrap>
            <Popconfirm
              title={u.disabled ? t('users.enable') : t('users.disable')}
              onConfirm={() => update.mutate({ id: u.id, body: { disabled: !u.disabled } })}
            >
              <Button size="small" danger={!u.disabled} data-testid={`user-toggle-${u.username}`}>
                {u.disabled ? t('users.enable') : t('users.disable')}
              </Button>
            </Popconfirm>
            <Popconfirm
              title={t('users.resetPasswordConfirm')}
              onConfirm={() =>
                resetPassword.mutate(u.id, {
                  onSuccess: (r) => setShown({ username: u.username, password: r.oneTimePassword }),
                })
              }
            >
              <Button size="small" data-testid={`user-reset-password-${u.username}`}>
                {t('users.resetPassword')}
              </Button>
            </Popconfirm>
            {u.totpEnabled && (
              <Popconfirm
                title={t('users.resetTotpConfirm')}
                onConfirm={() => resetTotp.mutate(u.id, { onSuccess: () => notifySuccess(t('users.totpReset')) })}
              >
                <Button size="small" data-testid={`user-reset-totp-${u.username}`}>
                  {t('users.resetTotp')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        );
      },
    });
  }
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('users.title')}
        </Typography.Title>
        {writable && (
          <Button data-testid="user-add" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('users.add')}
          </Button>
        )}
      </Space>
      {writable && <Alert type="info" showIcon title={t('users.dualControlHint')} />}
      <Card>
        <Table<User>
          rowKey="id"
          loading={users.isPending}
          columns={columns}
          dataSource={users.data?.items ?? []}
          onRow={(u) => testId(`user-row-${u.username}`)}
          pagination={{
            pageSize: 20,
            hideOnSinglePage: true,
            showTotal: (total) => t('common.total', { count: total }),
          }}
        />
      </Card>
      <UserModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(u) => setShown({ username: u.username, password: u.oneTimePassword })}
      />
      <OneTimePasswordModal shown={shown} onClose={() => setShown(null)} />
    </Space>
  );
}
