import { Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PagedTable } from '../../components/paged-table.tsx';
import type { Paged, PageParams } from '../../lib/paged.ts';
import { testId } from '../../lib/test-id.ts';
import type { MatterListItem } from './decisions-api.ts';
import { MatterStatusTag } from './matter-status-tag.tsx';

interface Props {
  data: Paged<MatterListItem> | undefined;
  loading: boolean;
  paging: PageParams;
  onPage: (page: number, pageSize: number) => void;
}

/** Matters of the hall: where each one stands and which stage comes next. */
export function MattersTable({ data, loading, paging, onPage }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<MatterListItem> = [
    {
      title: t('hall.matterTitle'),
      dataIndex: 'title',
      render: (title: string, m) => (
        <Link to={`/hall/matters/${m.id}`} data-testid={`matter-link-${m.id}`}>
          {title}
        </Link>
      ),
    },
    { title: t('hall.community'), dataIndex: 'unitName', width: 120 },
    {
      title: t('hall.template'),
      key: 'template',
      width: 150,
      render: (_: unknown, m) => `${m.templateName} v${m.templateVersion}`,
    },
    {
      title: t('hall.source'),
      dataIndex: 'source',
      width: 110,
      render: (s: MatterListItem['source']) => t(`matterSource.${s}`),
    },
    {
      title: t('hall.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: MatterListItem['status']) => <MatterStatusTag status={s} />,
    },
    {
      title: t('hall.next'),
      key: 'next',
      render: (_: unknown, m) =>
        m.next ? (
          <Space orientation="vertical" size={0}>
            <span>{m.next.name}</span>
            {m.next.earliestOn && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('hall.earliest', { date: m.next.earliestOn })}
              </Typography.Text>
            )}
          </Space>
        ) : (
          t('common.none')
        ),
    },
    { title: t('hall.openedOn'), dataIndex: 'openedOn', width: 110 },
    {
      title: t('hall.solvedOn'),
      dataIndex: 'solvedOn',
      width: 110,
      render: (d: string | null) => d ?? t('common.none'),
    },
  ];
  return (
    <PagedTable<MatterListItem>
      rowKey="id"
      size="middle"
      data={data}
      loading={loading}
      paging={paging}
      onPage={onPage}
      pagination={{ showSizeChanger: true }}
      columns={columns}
      onRow={(m) => testId(`matter-row-${m.id}`)}
      scroll={{ x: 1000 }}
    />
  );
}
