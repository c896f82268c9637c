import { Descriptions, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PowerItemView } from './integrity-api.ts';

type Step = PowerItemView['steps'][number];

/** Everything one item version says: basis, subject, the steps with their time limits, disclosure, supervision, risks, accountability. */
export function PowerItemDetail({ item }: { item: PowerItemView }) {
  const { t } = useTranslation();
  const d = item.disclosure;
  return (
    <div data-testid={`power-item-detail-${item.code}`}>
      <Descriptions size="small" column={{ xs: 1, lg: 2 }} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('powerList.basis')}>{item.policyBasis}</Descriptions.Item>
        <Descriptions.Item label={t('powerList.subject')}>
          {item.subject} · {item.post}
        </Descriptions.Item>
        <Descriptions.Item label={t('powerList.disclosure')}>
          {d
            ? t('powerList.disclosureText', { what: d.what, where: d.where, days: d.withinDays })
            : t('powerList.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('powerList.supervision')}>{item.supervisionBody}</Descriptions.Item>
        <Descriptions.Item label={t('powerList.riskPoints')}>
          {item.riskPoints.map((r) => (
            <Tag key={r} color="orange">
              {r}
            </Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('powerList.incompatible')}>
          {item.incompatible.length === 0
            ? t('powerList.none')
            : item.incompatible.map(([a, b]) => (
                <div key={`${a}-${b}`}>{t('powerList.incompatiblePair', { a, b })}</div>
              ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('powerList.accountability')} span={2}>
          {item.accountability}
        </Descriptions.Item>
      </Descriptions>
      <Table<Step>
        rowKey="seq"
        size="small"
        pagination={false}
        dataSource={item.steps}
        columns={[
          { title: '#', dataIndex: 'seq', width: 50 },
          { title: t('itemForm.stepName'), dataIndex: 'name' },
          { title: t('powerList.stepActor'), dataIndex: 'actorPost' },
          { title: t('powerList.stepOutput'), dataIndex: 'output' },
          {
            title: t('powerList.stepLimit'),
            dataIndex: 'timeLimitDays',
            width: 90,
            render: (n: number) => t('powerList.days', { n }),
          },
        ]}
      />
    </div>
  );
}
