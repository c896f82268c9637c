import { Card, Empty, Space, Spin, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInPortalFrame } from '../../components/portal-frame.ts';
import { PublicShell } from '../../components/public-shell.tsx';
import { usePublicPowerList } from './public-integrity-api.ts';
import type { PublicPowerItem } from './public-integrity-api.ts';

/** Sizes relative to the surrounding text, so the portal's large-font mode enlarges the board too. */
const row = { fontSize: '0.95em', lineHeight: 1.6, margin: 0 } as const;
const tag = { fontSize: '0.8em' } as const;
/** Links as tap targets (≥ 48 px high). */
const LINK = { fontSize: '1em', display: 'inline-flex', alignItems: 'center', minHeight: 48 } as const;

/** One item in large type: 名称, 依据, 主体, 流程, 时限, 监督. */
function PowerCard({ item }: { item: PublicPowerItem }) {
  const { t } = useTranslation();
  const line = (k: string, v: string) => (
    <p style={row}>
      <strong>{t(`powerBoard.${k}`)}：</strong>
      {v}
    </p>
  );
  return (
    <Card data-testid={`power-board-item-${item.code}`}>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Title level={3} style={{ margin: 0, color: '#000' }}>
            {item.code} {item.name}
          </Typography.Title>
          <Tag style={tag}>{t(`powerCategory.${item.category}`)}</Tag>
          {item.demo && <Tag style={tag}>{t('powerList.demo')}</Tag>}
        </Space>
        {line('basis', item.policyBasis)}
        {line('subject', `${item.subject} · ${item.post}`)}
        <div style={row}>
          <strong>{t('powerBoard.flow')}：</strong>
          <ol style={{ margin: '4px 0 0', paddingInlineStart: 28 }}>
            {item.steps.map((s) => (
              <li key={s.seq}>
                {s.name}（{s.actorPost}，{t('powerList.days', { n: s.timeLimitDays })}）
              </li>
            ))}
          </ol>
        </div>
        {line('timeLimit', t('powerList.days', { n: item.timeLimitDays }))}
        {item.disclosure &&
          line(
            'supervision',
            `${item.supervisionBody}；${t('powerList.disclosureText', { what: item.disclosure.what, where: item.disclosure.where, days: item.disclosure.withinDays })}`,
          )}
        {!item.disclosure && line('supervision', item.supervisionBody)}
      </Space>
    </Card>
  );
}

/** 权力清单公开 — public, no sign-in: the items enabled in one community or village; inside the portal, the way back leads to the community's portal page. */
export function PowerBoardPage() {
  const { t } = useTranslation();
  const { unitId } = useParams();
  const inPortal = useInPortalFrame();
  const list = usePublicPowerList(unitId);
  const title = list.data ? `${list.data.unitName} · ${t('powerBoard.title')}` : t('powerBoard.title');
  return (
    <PublicShell title={title} testId="power-board-page">
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Space wrap size="large">
          <Link
            to={inPortal ? `/portal/communities/${unitId ?? ''}` : `/board/${unitId ?? ''}`}
            style={LINK}
            data-testid="power-board-back"
          >
            ← {t(inPortal ? 'powerBoard.backCommunity' : 'powerBoard.back')}
          </Link>
          <Link to="/portal/report" style={LINK} data-testid="power-board-report">
            {t('powerBoard.report')} →
          </Link>
        </Space>
        <Spin spinning={list.isPending}>
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            {list.data?.items.length === 0 && <Empty description={t('powerBoard.empty')} />}
            {list.data?.items.map((i) => (
              <PowerCard key={i.code} item={i} />
            ))}
          </Space>
        </Spin>
      </Space>
    </PublicShell>
  );
}
