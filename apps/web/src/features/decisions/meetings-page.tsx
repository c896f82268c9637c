import { useState } from 'react';
import { Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { PagedTable } from '../../components/paged-table.tsx';
import { FIRST_PAGE } from '../../lib/paged.ts';
import { testId } from '../../lib/test-id.ts';
import { usePagedFilters } from '../../lib/use-paged-filters.ts';
import { useCan } from '../auth/session.ts';
import { CatalogItemModal } from './catalog-item-modal.tsx';
import { MeetingCreateModal } from './meeting-create-modal.tsx';
import { MeetingDrawer } from './meeting-drawer.tsx';
import { useMeetings } from './meetings-api.ts';
import type { MeetingItem } from './meetings-api.ts';

/** 三会三议三监督: the subdistrict's meetings, their open decisions and supervision opinions. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { filters, turnPage } = usePagedFilters({ ...FIRST_PAGE });
  const meetings = useMeetings(filters);
  const [opened, setOpened] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'meeting' | 'catalog' | null>(null);
  const columns: TableColumnsType<MeetingItem> = [
    { title: t('meetings.heldOn'), dataIndex: 'heldOn', width: 110 },
    { title: t('meetings.type'), dataIndex: 'typeName', width: 150, render: (n: string) => <Tag color="red">{n}</Tag> },
    {
      title: t('hall.matterTitle'),
      dataIndex: 'title',
      render: (title: string, m) => (
        <Button type="link" style={{ padding: 0 }} data-testid={`meeting-open-${m.id}`} onClick={() => setOpened(m.id)}>
          {title}
        </Button>
      ),
    },
    { title: t('meetings.place'), dataIndex: 'place' },
    { title: t('meetings.agenda'), dataIndex: 'agendaCount', width: 70, align: 'right' },
    { title: t('meetings.openDecisions'), dataIndex: 'openDecisions', width: 110, align: 'right' },
    { title: t('meetings.opinions'), dataIndex: 'opinionCount', width: 90, align: 'right' },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('meetings.title')}
        </Typography.Title>
        <Space wrap>
          {can('decision:template') && (
            <Button data-testid="catalog-create" onClick={() => setDialog('catalog')}>
              {t('meetings.addCatalog')}
            </Button>
          )}
          {can('meeting:write') && (
            <Button
              data-testid="meeting-create"
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDialog('meeting')}
            >
              {t('meetings.create')}
            </Button>
          )}
        </Space>
      </Flex>
      <Card>
        <PagedTable<MeetingItem>
          rowKey="id"
          size="middle"
          data={meetings.data}
          loading={meetings.isFetching}
          paging={filters}
          onPage={turnPage}
          columns={columns}
          onRow={(m) => testId(`meeting-row-${m.id}`)}
          scroll={{ x: 900 }}
        />
      </Card>
      {dialog === 'meeting' && (
        <MeetingCreateModal
          onClose={() => setDialog(null)}
          onCreated={(id) => {
            setDialog(null);
            setOpened(id);
          }}
        />
      )}
      {dialog === 'catalog' && <CatalogItemModal onClose={() => setDialog(null)} />}
      {opened && <MeetingDrawer id={opened} onClose={() => setOpened(null)} />}
    </Space>
  );
}
