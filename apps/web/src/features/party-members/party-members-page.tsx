import { useState } from 'react';
import { Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { testId } from '../../lib/test-id.ts';
import { useCan } from '../auth/session.ts';
import { BranchSelect } from './branch-select.tsx';
import { PartyMemberModal } from './party-member-modal.tsx';
import { usePartyMembers } from './party-members-api.ts';
import type { MemberFilters, PartyMember } from './party-members-api.ts';

/** 党员: paged list by branch and name, and 新增党员. */
export function PartyMembersPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [filters, setFilters] = useState<MemberFilters>({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const members = usePartyMembers(filters);
  const columns: TableColumnsType<PartyMember> = [
    { title: t('residents.name'), dataIndex: 'name' },
    { title: t('partyMembers.branch'), dataIndex: 'branchName' },
    {
      title: t('partyMembers.memberType'),
      dataIndex: 'memberType',
      render: (v: PartyMember['memberType']) => <Tag color={v === 'formal' ? 'red' : 'orange'}>{t(`memberType.${v}`)}</Tag>,
    },
    { title: t('partyMembers.status'), dataIndex: 'status', render: (v: PartyMember['status']) => t(`memberStatus.${v}`) },
    { title: t('partyMembers.joinDate'), dataIndex: 'joinDate' },
    { title: t('partyMembers.workUnit'), dataIndex: 'workUnit' },
  ];
  const data = members.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>{t('partyMembers.title')}</Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          {can('party-org:read') && (
            <BranchSelect allowClear value={filters.branchId} onChange={(branchId) => setFilters((f) => ({ ...f, branchId, page: 1 }))} />
          )}
          <Input.Search
            allowClear
            placeholder={t('partyMembers.searchPlaceholder')}
            maxLength={50}
            style={{ width: 220 }}
            onSearch={(q) => setFilters((f) => ({ ...f, q: q.trim() || undefined, page: 1 }))}
          />
          {can('member:write') && (
            <Button data-testid="member-add" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('partyMembers.add')}</Button>
          )}
        </Space>
        <Table<PartyMember>
          rowKey="id"
          loading={members.isFetching}
          columns={columns}
          dataSource={data?.items ?? []}
          onRow={(r) => testId(`member-row-${r.id}`)}
          pagination={{
            current: data?.page ?? filters.page,
            pageSize: data?.pageSize ?? filters.pageSize,
            total: data?.total ?? 0,
            showTotal: (total) => t('common.total', { count: total }),
            onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
          }}
        />
      </Card>
      <PartyMemberModal open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}
