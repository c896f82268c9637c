import { useState } from 'react';
import { Button, Card, Input, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PagedTable } from '../../components/paged-table.tsx';
import { FIRST_PAGE } from '../../lib/paged.ts';
import { testId } from '../../lib/test-id.ts';
import { usePagedFilters } from '../../lib/use-paged-filters.ts';
import { useCan } from '../auth/session.ts';
import { BranchSelect } from './branch-select.tsx';
import { PartyMemberModal } from './party-member-modal.tsx';
import { usePartyMembers } from './party-members-api.ts';
import type { MemberFilters, PartyMember } from './party-members-api.ts';

/** 党员: paged list by branch and name, and 新增党员. */
export function PartyMembersPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { filters, filter, turnPage } = usePagedFilters<MemberFilters>(FIRST_PAGE);
  const [creating, setCreating] = useState(false);
  const members = usePartyMembers(filters);
  const columns: TableColumnsType<PartyMember> = [
    { title: t('residents.name'), dataIndex: 'name' },
    { title: t('partyMembers.branch'), dataIndex: 'branchName' },
    {
      title: t('partyMembers.memberType'),
      dataIndex: 'memberType',
      render: (v: PartyMember['memberType']) => (
        <Tag color={v === 'formal' ? 'red' : 'orange'}>{t(`memberType.${v}`)}</Tag>
      ),
    },
    {
      title: t('partyMembers.status'),
      dataIndex: 'status',
      render: (v: PartyMember['status']) => t(`memberStatus.${v}`),
    },
    { title: t('partyMembers.joinDate'), dataIndex: 'joinDate' },
    { title: t('partyMembers.workUnit'), dataIndex: 'workUnit' },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('partyMembers.title')}
      </Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          {can('party-org:read') && (
            <BranchSelect allowClear value={filters.branchId} onChange={(branchId) => filter({ branchId })} />
          )}
          <Input.Search
            allowClear
            placeholder={t('partyMembers.searchPlaceholder')}
            maxLength={50}
            style={{ width: 220 }}
            onSearch={(q) => filter({ q: q.trim() || undefined })}
          />
          {can('member:write') && (
            <Button data-testid="member-add" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('partyMembers.add')}
            </Button>
          )}
        </Space>
        <PagedTable<PartyMember>
          rowKey="id"
          data={members.data}
          loading={members.isFetching}
          paging={filters}
          onPage={turnPage}
          columns={columns}
          onRow={(r) => testId(`member-row-${r.id}`)}
        />
      </Card>
      <PartyMemberModal open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}
