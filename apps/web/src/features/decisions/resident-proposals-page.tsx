import { Card, Pagination, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRequiredSession } from '../auth/session.ts';
import { ProposalCards } from './proposal-cards.tsx';
import { ProposeForm } from './propose-form.tsx';
import { useProposals } from './proposals-api.ts';
import { ResultRatings } from './result-ratings.tsx';

/** 我要提议 (residents), inside the portal's layout (its theme gives the large type and contrast): propose a matter to the community and support others' proposals; rate published results. */
export function ResidentProposalsPage() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const [page, setPage] = useState(1);
  const proposals = useProposals({ page, pageSize: 10 });
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 820 }} data-testid="portal-page">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('portal.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ fontSize: 20, margin: 0 }}>{t('portal.intro')}</Typography.Paragraph>
      <Card>
        <ProposeForm unitId={session.user.scopeUnitId} />
      </Card>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('portal.others')}
      </Typography.Title>
      <Spin spinning={proposals.isPending}>
        <ProposalCards items={proposals.data?.items ?? []} />
      </Spin>
      {(proposals.data?.total ?? 0) > 10 && (
        <Pagination
          current={page}
          pageSize={10}
          total={proposals.data?.total}
          onChange={setPage}
          showSizeChanger={false}
        />
      )}
      <ResultRatings unitId={session.user.scopeUnitId} />
      <Link to={`/portal/notices/${session.user.scopeUnitId}`} style={{ fontSize: 22 }} data-testid="portal-board">
        {t('portal.board')} →
      </Link>
    </Space>
  );
}
