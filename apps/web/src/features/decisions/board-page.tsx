import { Button, Empty, Pagination, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LangSwitch } from '../../components/lang-switch.tsx';
import { useBoardNotices, useBoards } from './board-api.ts';
import { NoticeCard } from './notice-card.tsx';

const WRAP = { maxWidth: 960, margin: '0 auto', padding: '24px 16px' } as const;

/** 公示栏 — public, no sign-in: the communities and villages, and each one's published notices in large type. */
export function BoardPage() {
  const { t } = useTranslation();
  const { unitId } = useParams();
  const [page, setPage] = useState(1);
  const boards = useBoards();
  const notices = useBoardNotices(unitId, page);
  const board = boards.data?.items.find((b) => b.id === unitId);
  return (
    <div style={{ minHeight: '100vh', background: '#fff', color: '#000' }} data-testid="board-page">
      <header style={{ background: '#c8102e', color: '#fff' }}>
        <div
          style={{
            ...WRAP,
            padding: '16px',
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'center',
            gap: 12,
            flexWrap: 'wrap',
          }}
        >
          <div>
            <h1 style={{ margin: 0, fontSize: 30, color: '#fff' }}>
              {board ? `${board.name} · ${t('board.title')}` : t('board.title')}
            </h1>
            <div style={{ fontSize: 18 }}>{t('board.subtitle')}</div>
          </div>
          <Space>
            <LangSwitch />
            <Link to="/login">
              <Button>{t('board.signIn')}</Button>
            </Link>
          </Space>
        </div>
      </header>
      <main style={WRAP}>
        {!unitId ? (
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
              <Typography.Title level={2} style={{ margin: 0 }}>
                {t('board.pick')}
              </Typography.Title>
              <Link to="/portal/report" style={{ fontSize: 20 }} data-testid="board-report">
                {t('powerBoard.report')} →
              </Link>
            </Space>
            <Spin spinning={boards.isPending}>
              <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 16 }}>
                {(boards.data?.items ?? []).map((b) => (
                  <Link
                    key={b.id}
                    to={`/board/${b.id}`}
                    data-testid={`board-unit-${b.id}`}
                    style={{
                      display: 'block',
                      padding: '20px 16px',
                      border: '2px solid #c8102e',
                      borderRadius: 8,
                      fontSize: 24,
                      color: '#000',
                      textAlign: 'center',
                    }}
                  >
                    {b.name}
                  </Link>
                ))}
              </div>
            </Spin>
          </Space>
        ) : (
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <Space wrap size="large">
              <Link to="/board" style={{ fontSize: 20 }} data-testid="board-back">
                ← {t('board.back')}
              </Link>
              <Link to={`/board/${unitId}/power-list`} style={{ fontSize: 20 }} data-testid="board-power-list">
                {t('powerBoard.link')} →
              </Link>
              <Link to="/portal/report" style={{ fontSize: 20 }} data-testid="board-report">
                {t('powerBoard.report')} →
              </Link>
            </Space>
            <Spin spinning={notices.isPending}>
              <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="board-notices">
                {notices.data?.items.length === 0 && (
                  <Empty description={<span style={{ fontSize: 20 }}>{t('board.empty')}</span>} />
                )}
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
        )}
      </main>
    </div>
  );
}
