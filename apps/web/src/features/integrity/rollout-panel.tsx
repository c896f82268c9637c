import { useState } from 'react';
import { Button, Card, Checkbox, Modal, Progress, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../lib/notify.ts';
import { testId } from '../../lib/test-id.ts';
import { useCan } from '../auth/session.ts';
import { usePowerItems, useRollout, useSetRollout } from './integrity-api.ts';
import type { RolloutUnit } from './integrity-api.ts';

/** Which items each community or village has enabled; the subdistrict admin changes it (enable what was ticked, disable what was unticked). */
function RolloutModal({ unit, onClose }: { unit: RolloutUnit; onClose: () => void }) {
  const { t } = useTranslation();
  const items = usePowerItems();
  const set = useSetRollout();
  const [codes, setCodes] = useState<string[]>(unit.codes);
  const all = (items.data?.items ?? []).map((i) => i.code);
  const save = async () => {
    const on = codes.filter((c) => !unit.codes.includes(c));
    const off = unit.codes.filter((c) => !codes.includes(c));
    if (on.length) await set.mutateAsync({ unitId: unit.unitId, codes: on, enabled: true });
    if (off.length) await set.mutateAsync({ unitId: unit.unitId, codes: off, enabled: false });
    notifySuccess(t('rollout.saved'));
    onClose();
  };
  return (
    <Modal
      open
      title={`${t('rollout.manage')} · ${unit.unitName}`}
      onCancel={onClose}
      onOk={() => void save().catch(() => undefined)}
      confirmLoading={set.isPending}
      okButtonProps={testId('rollout-save')}
      width={720}
      destroyOnHidden
    >
      <Space style={{ marginBottom: 12 }}>
        <Button size="small" onClick={() => setCodes(all)}>
          {t('rollout.selectAll')}
        </Button>
        <Button size="small" onClick={() => setCodes([])}>
          {t('rollout.clear')}
        </Button>
      </Space>
      <Checkbox.Group
        data-testid="rollout-codes"
        value={codes}
        onChange={(v) => setCodes(v as string[])}
        style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 6 }}
        options={(items.data?.items ?? []).map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))}
      />
    </Modal>
  );
}

export function RolloutPanel() {
  const { t } = useTranslation();
  const can = useCan();
  const rollout = useRollout();
  const [unit, setUnit] = useState<RolloutUnit | null>(null);
  return (
    <Card title={t('rollout.title')} data-testid="rollout-panel">
      <Typography.Paragraph type="secondary">{t('rollout.intro')}</Typography.Paragraph>
      <Table<RolloutUnit>
        rowKey="unitId"
        size="small"
        loading={rollout.isFetching}
        dataSource={rollout.data?.items ?? []}
        pagination={false}
        onRow={(u) => testId(`rollout-row-${u.unitId}`)}
        columns={[
          {
            title: t('rollout.unit'),
            dataIndex: 'unitName',
            render: (v: string, u) => (
              <>
                {v} {u.pilot && <Tag color="red">{t('rollout.pilot')}</Tag>}
              </>
            ),
          },
          {
            title: t('rollout.enabled'),
            key: 'enabled',
            width: 280,
            render: (_: unknown, u) =>
              u.enabled === 0 ? (
                <Typography.Text type="secondary">{t('rollout.none')}</Typography.Text>
              ) : (
                <Progress
                  percent={Math.round((u.enabled / Math.max(u.total, 1)) * 100)}
                  format={() => `${u.enabled}/${u.total}`}
                  size="small"
                />
              ),
          },
          ...(can('integrity:manage')
            ? [
                {
                  title: t('common.actions'),
                  key: 'a',
                  width: 120,
                  render: (_: unknown, u: RolloutUnit) => (
                    <Button
                      type="link"
                      style={{ padding: 0 }}
                      data-testid={`rollout-manage-${u.unitId}`}
                      onClick={() => setUnit(u)}
                    >
                      {t('rollout.manage')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {unit && <RolloutModal unit={unit} onClose={() => setUnit(null)} />}
    </Card>
  );
}
