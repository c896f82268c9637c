import { Button, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PagedTable } from '../../components/paged-table.tsx';
import { formatDateTime } from '../../lib/format.ts';
import type { Paged, PageParams } from '../../lib/paged.ts';
import { testId } from '../../lib/test-id.ts';
import type { Proposal, ProposalStatus } from './proposals-api.ts';

const COLORS: Record<ProposalStatus, string> = { open: 'blue', adopted: 'green', declined: 'default' };

interface Props {
  data: Paged<Proposal> | undefined;
  loading: boolean;
  paging: PageParams;
  onPage: (page: number, pageSize: number) => void;
  canWrite: boolean;
  onOpenMatter: (p: Proposal) => void;
  onDecline: (p: Proposal) => void;
}

/** Residents' proposals of the hall with their support; staff adopt one into a matter or decline it. */
export function ProposalsTable({ data, loading, paging, onPage, canWrite, onOpenMatter, onDecline }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Proposal> = [
    {
      title: t('hall.matterTitle'),
      dataIndex: 'title',
      render: (title: string, p) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{title}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {p.content}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('hall.community'), dataIndex: 'unitName', width: 110 },
    {
      title: t('proposals.proposer'),
      dataIndex: 'proposerName',
      width: 120,
      render: (n: string | null) => n ?? t('common.none'),
    },
    { title: t('proposals.supports'), dataIndex: 'supportCount', width: 70, align: 'right' },
    {
      title: t('proposals.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: ProposalStatus, p) => (
        <Tag color={COLORS[s]} title={p.declineReason ?? undefined}>
          {t(`proposalStatus.${s}`)}
        </Tag>
      ),
    },
    { title: t('proposals.createdAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => formatDateTime(v) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 190,
      render: (_: unknown, p) => {
        if (p.matterId) return <Link to={`/hall/matters/${p.matterId}`}>{t('proposals.viewMatter')}</Link>;
        if (p.status !== 'open' || !canWrite) return p.declineReason ?? t('common.none');
        return (
          <Space>
            <Button size="small" type="primary" data-testid={`proposal-open-${p.id}`} onClick={() => onOpenMatter(p)}>
              {t('proposals.openMatter')}
            </Button>
            <Button size="small" data-testid={`proposal-decline-${p.id}`} onClick={() => onDecline(p)}>
              {t('proposals.decline')}
            </Button>
          </Space>
        );
      },
    },
  ];
  return (
    <PagedTable<Proposal>
      rowKey="id"
      size="middle"
      data={data}
      loading={loading}
      paging={paging}
      onPage={onPage}
      columns={columns}
      onRow={(p) => testId(`proposal-row-${p.id}`)}
      scroll={{ x: 1000 }}
    />
  );
}
