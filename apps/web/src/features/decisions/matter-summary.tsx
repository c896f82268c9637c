import { Alert, Descriptions, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatterView } from './decisions-api.ts';

/** Who, where, under which procedure; and what the matter's state means for the next step. */
export function MatterSummary({ matter }: { matter: MatterView }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const failedStage = matter.status === 'returned' ? matter.next?.name : undefined;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'u', label: t('hall.community'), children: matter.unitName },
          { key: 't', label: t('hall.template'), children: `${matter.template.name} v${matter.template.version}` },
          {
            key: 's',
            label: t('hall.source'),
            children: `${t(`matterSource.${matter.source}`)}${matter.sourceNote ? `：${matter.sourceNote}` : ''}`,
          },
          { key: 'o', label: t('hall.openedOn'), children: matter.openedOn },
          { key: 'v', label: t('hall.solvedOn'), children: matter.solvedOn ?? none },
          { key: 'r', label: t('templates.version'), children: t('matter.revision', { n: matter.revision }) },
          ...(matter.oneShoulder ? [{ key: 'x', label: t('hall.oneShoulder'), children: t('common.yes') }] : []),
          ...(matter.proposals.length
            ? [
                {
                  key: 'p',
                  label: t('matter.proposalsLinked'),
                  span: 3,
                  children: matter.proposals
                    .map((p) => `${p.title}（${t('matter.support', { n: p.supportCount })}）`)
                    .join('；'),
                },
              ]
            : []),
          ...(matter.description
            ? [{ key: 'd', label: t('hall.description'), span: 3, children: matter.description }]
            : []),
        ]}
      />
      {failedStage && (
        <Alert
          data-testid="matter-failed-hint"
          type="warning"
          showIcon
          title={t('matter.failedHint', { stage: failedStage })}
        />
      )}
      {matter.status === 'completed' && <Alert type="success" showIcon title={t('matter.completeHint')} />}
      {matter.status === 'withdrawn' && (
        <Alert type="info" showIcon title={t('matter.withdrawnHint', { reason: matter.withdrawnReason ?? '' })} />
      )}
    </Space>
  );
}
