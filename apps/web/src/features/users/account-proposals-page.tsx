import { useState } from 'react';
import { Alert, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { testId } from '../../lib/test-id.ts';
import { useRequiredSession } from '../auth/session.ts';
import { useAccountProposals, useDecide } from './account-proposals-api.ts';
import type { AccountProposal } from './account-proposals-api.ts';
import { OneTimePasswordModal } from './one-time-password-modal.tsx';
import { ProposeModal } from './propose-modal.tsx';

const STATUS_COLOR = { pending: 'orange', approved: 'green', rejected: 'default' } as const;

/** 管理员账号审批: proposals for administrator and inspector accounts; pending ones are approved by another administrator. */
export function AccountProposalsPage() {
  const { t } = useTranslation();
  const me = useRequiredSession().user;
  const proposals = useAccountProposals();
  const decide = useDecide();
  const [proposing, setProposing] = useState(false);
  const [shown, setShown] = useState<{ username: string; password: string } | null>(null);
  // Each proposed field in the words of the user form: 姓名、角色、管辖范围 (by name), 启用/已停用.
  const changeText = (p: AccountProposal, k: string, v: unknown): string => {
    if (k === 'role') return `${t('users.role')}：${t(`role.${String(v)}`)}`;
    if (k === 'scopeUnitId') return `${t('users.scope')}：${p.scopeUnitName ?? String(v)}`;
    if (k === 'disabled') return v ? t('users.disabled') : t('users.enabled');
    if (k === 'displayName') return `${t('users.displayName')}：${String(v)}`;
    if (k === 'partyBranchId') return `${t('users.partyBranch')}：${v ? String(v) : t('users.noBranch')}`;
    return `${k}：${String(v)}`;
  };
  const changesText = (p: AccountProposal) =>
    Object.entries(p.changes)
      .filter(([k]) => k !== 'username')
      .map(([k, v]) => changeText(p, k, v))
      .join('；');
  const columns: TableColumnsType<AccountProposal> = [
    { title: t('accountProposals.kind'), dataIndex: 'kind', render: (k: string) => t(`accountProposals.kinds.${k}`) },
    {
      title: t('accountProposals.account'),
      dataIndex: 'username',
      render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
    },
    {
      title: t('accountProposals.roles'),
      dataIndex: 'roles',
      render: (roles: string[]) => roles.map((r) => t(`role.${r}`)).join('、'),
    },
    { title: t('accountProposals.changes'), key: 'changes', render: (_: unknown, p) => changesText(p) },
    { title: t('accountProposals.proposedBy'), dataIndex: 'proposedByName' },
    { title: t('accountProposals.proposedAt'), dataIndex: 'proposedAt', render: formatDateTime },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (s: AccountProposal['status']) => (
        <Tag color={STATUS_COLOR[s]}>{t(`accountProposals.statuses.${s}`)}</Tag>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, p) =>
        p.status !== 'pending' || p.userId === me.id ? null : (
          <Space size={4}>
            {p.proposedBy !== me.id && (
              <Popconfirm
                title={t('accountProposals.approveConfirm')}
                onConfirm={() =>
                  decide.mutate(
                    { id: p.id, decision: 'approve' },
                    {
                      onSuccess: (r) => {
                        notifySuccess(t('accountProposals.approved'));
                        if (r.oneTimePassword) setShown({ username: p.username, password: r.oneTimePassword });
                      },
                    },
                  )
                }
              >
                <Button size="small" type="primary" data-testid={`proposal-approve-${p.username}`}>
                  {t('accountProposals.approve')}
                </Button>
              </Popconfirm>
            )}
            <Popconfirm
              title={t('accountProposals.rejectConfirm')}
              onConfirm={() =>
                decide.mutate(
                  { id: p.id, decision: 'reject' },
                  { onSuccess: () => notifySuccess(t('accountProposals.rejectedDone')) },
                )
              }
            >
              <Button size="small" danger data-testid={`proposal-reject-${p.username}`}>
                {t('accountProposals.reject')}
              </Button>
            </Popconfirm>
          </Space>
        ),
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('accountProposals.title')}
        </Typography.Title>
        <Button data-testid="proposal-add" type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)}>
          {t('accountProposals.propose')}
        </Button>
      </Space>
      <Alert type="info" showIcon title={t('accountProposals.intro')} />
      <Card>
        <Table<AccountProposal>
          rowKey="id"
          loading={proposals.isPending}
          columns={columns}
          dataSource={proposals.data?.items ?? []}
          onRow={(p) => testId(`proposal-row-${p.username}`)}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
        />
      </Card>
      <ProposeModal open={proposing} onClose={() => setProposing(false)} />
      <OneTimePasswordModal shown={shown} onClose={() => setShown(null)} />
    </Space>
  );
}
