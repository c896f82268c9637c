import { useState } from 'react';
import { Button, Card, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { testId } from '../../lib/test-id.ts';
import { useCan, useRequiredSession } from '../auth/session.ts';
import { useUnitName } from '../territory/use-unit-name.ts';
import { UserModal } from './user-modal.tsx';
import { useBranchOptions, useUpdateUser, useUsers } from './users-api.ts';
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
      render: (v: boolean) => <Tag color={v ? 'default' : 'green'}>{v ? t('users.disabled') : t('users.enabled')}</Tag>,
    },
  ];
  if (writable) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, u) =>
        u.id === me.id ? null : (
          <Popconfirm
            title={u.disabled ? t('users.enable') : t('users.disable')}
            onConfirm={() => update.mutate({ id: u.id, body: { disabled: !u.disabled } })}
          >
            <Button size="small" danger={!u.disabled} data-testid={`user-toggle-${u.username}`}>
              {u.disabled ? t('users.enable') : t('users.disable')}
            </Button>
          </Popconfirm>
        ),
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
      <UserModal open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}
