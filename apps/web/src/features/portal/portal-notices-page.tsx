import { Empty, Pagination, Space, Spin } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useBoardNotices, useBoards } from '../decisions/board-api.ts';
import { NoticeCard } from '../decisions/notice-card.tsx';
import { CommunityLinks } from './community-links.tsx';

/** The public board (公示栏) inside the portal: pick a community, read its published notices. */
export function PortalNoticesPage() {
  const { t } = useTranslation();
  const { unitId } = useParams();
  const [page, setPage] = useState(1);
  const boards = useBoards();
  const notices = useBoardNotices(unitId, page);
  const board = boards.data?.items.find((b) => b.id === unitId);
  if (!unitId) {
    return (
      <div data-testid="portal-notices-pick">
        <h1 style={{ fontSize: '1.4em' }}>{t('pt.chooseForNotices')}</h1>
        <Spin spinning={boards.isPending}>
          <CommunityLinks
            items={boards.data?.items ?? []}
            to={(id) => `/portal/notices/${id}`}
            testId={(id) => `portal-board-${id}`}
          />
        </Spin>
      </div>
    );
  }
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="portal-notices">
      <h1 style={{ fontSize: '1.4em', margin: 0 }}>{board ? `${board.name} · ${t('pt.notices')}` : t('pt.notices')}</h1>
      <Spin spinning={notices.isPending}>
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          {notices.data?.items.length === 0 && <Empty description={t('pt.noNotices')} />}
          {notices.data?.items.map((n) => (
            <NoticeCard key={n.id} notice={n} />
          ))}
        </Space>
      </Spin>
      {(notices.data?.total ?? 0) > 20 && (
        <Pagination
          current={page}
          pageSize={20}
          total={notices.data?.total}
          onChange={setPage}
          showSizeChanger={false}
        />
      )}
    </Space>
  );
}
